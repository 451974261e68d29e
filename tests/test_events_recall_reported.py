"""Acts an analyst codes that the parse hides: a charge a speaker lays through the cause
of another act ("said the clashes were triggered by a provocation by X"), a verb in the
present the tagger read as a plural noun ("Peru rejects that version"), a participle
hung on a farther noun ("the terms of the pact signed in May"), the agent of a passive
who does its purpose ("measures adopted by X to deploy warships"), and forces that set
up posts where they deploy. And one act it does not code: a place "hit" by a misfortune.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2023-10-07")).events)


def _coded(pipeline, text: str, trigger: str) -> list[Event]:
    return [e for e in _events(pipeline, text) if e.trigger.lower() == trigger]


@pytest.mark.parametrize("text", [
    ("The fighting, which Moscow says was triggered by a provocation by Georgian troops, "
     "lasted two days."),
    "The ministry said its units had responded to provocations by Georgian troops.",
])
def test_a_cause_blamed_on_a_named_doer_is_an_accusation(nlp_pipeline, text):
    verb = "says" if "says" in text else "said"
    assert [e.type for e in _coded(nlp_pipeline, text, verb)] == ["ACCUSE"]


def test_a_cause_with_no_doer_is_no_accusation(nlp_pipeline):
    text = "The ministry said its units had responded to the shelling overnight."
    assert not [e for e in _coded(nlp_pipeline, text, "said") if e.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Turkey rejects that account.", "rejects", "TUR"),
    ("Georgia rejects that claim.", "rejects", "GEO"),
    ("South Korea rejects that version of events.", "rejects", "KOR"),
])
def test_a_present_verb_after_a_country_is_coded_even_if_tagged_a_noun(
        nlp_pipeline, text, trigger, country):
    found = _coded(nlp_pipeline, text, trigger)
    assert [e.type for e in found] == ["REJECT"]
    assert {a.country for a in found[0].source} == {country}


def _parsed(words: list[str], tags: list[str], deps: list[str], heads: list[int]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    pos = ["PROPN" if t == "NNP" else "NOUN" if t.startswith("NN") else "X" for t in tags]
    return Doc(Vocab(), words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def test_a_plural_noun_heading_name_and_determiner_is_read_as_a_verb():
    from belli.events.syntax import misread_verb, subject_of

    doc = _parsed(["Chile", "rejects", "that", "account", "."],
                  ["NNP", "NNS", "WDT", "VBP", "."], ["compound", "ROOT", "nsubj", "relcl", "punct"],
                  [1, 1, 3, 1, 1])
    assert misread_verb(doc[1])
    assert subject_of(doc[1]) == doc[0]


def test_a_plural_noun_with_no_determiner_after_it_is_not_a_verb():
    from belli.events.syntax import misread_verb

    doc = _parsed(["Chile", "exports", "rose", "."], ["NNP", "NNS", "VBD", "."],
                  ["compound", "nsubj", "ROOT", "punct"], [1, 2, 2, 2])
    assert not misread_verb(doc[1])


def test_a_plural_noun_after_a_name_stays_a_noun(nlp_pipeline):
    text = "Kenya Airways flights resumed on Monday after the strike."
    assert "flights" not in {e.trigger.lower() for e in _events(nlp_pipeline, text)}


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Georgian troops set up observation posts along the river.", "set", "MOBILIZE"),
    ("UN peacekeepers set up observation posts near the village.", "set", "AID"),
    ("French soldiers established a base in the north.", "established", "MOBILIZE"),
])
def test_forces_setting_up_posts_deploy(nlp_pipeline, text, trigger, kind):
    assert [e.type for e in _coded(nlp_pipeline, text, trigger)] == [kind]


@pytest.mark.parametrize("text", [
    "The company set up a post office in the town.",
    "Refugees set up camp near the border.",
])
def test_others_setting_up_a_post_or_camp_deploy_nothing(nlp_pipeline, text):
    assert not _events(nlp_pipeline, text)


def test_a_participle_hung_on_a_farther_noun_also_tells_of_the_noun_before_it():
    from belli.events.syntax import objects_of

    # "the terms of the pact signed in May", with "signed" hung on "terms"
    doc = _parsed(["the", "terms", "of", "the", "pact", "signed", "in", "May"],
                  ["DT", "NNS", "IN", "DT", "NN", "VBN", "IN", "NNP"],
                  ["det", "ROOT", "prep", "det", "pobj", "acl", "prep", "pobj"],
                  [1, 1, 1, 4, 2, 1, 5, 6])
    assert {t.text for t in objects_of(doc[5])} == {"terms", "pact"}


def test_a_participle_after_a_from_phrase_tells_only_of_its_own_noun():
    from belli.events.syntax import objects_of

    # "a report from the ministry released on Monday": the report was released
    doc = _parsed(["a", "report", "from", "the", "ministry", "released", "on", "Monday"],
                  ["DT", "NN", "IN", "DT", "NN", "VBN", "IN", "NNP"],
                  ["det", "ROOT", "prep", "det", "pobj", "acl", "prep", "pobj"],
                  [1, 1, 1, 4, 2, 1, 5, 6])
    assert [t.text for t in objects_of(doc[5])] == ["report"]


def test_the_agent_of_a_passive_does_its_purpose(nlp_pipeline):
    text = "Analysts worry about new measures adopted by Beijing to deploy warships."
    found = _coded(nlp_pipeline, text, "deploy")
    assert [e.type for e in found] == ["MOBILIZE"]
    assert {a.country for a in found[0].source} == {"CHN"}


def test_the_agent_of_a_nouns_participle_does_the_nouns_to_clause():
    from belli.events.syntax import subject_of

    # "steps taken by Chile to send troops", with "to send" hung on "steps"
    doc = _parsed(["steps", "taken", "by", "Chile", "to", "send", "troops"],
                  ["NNS", "VBN", "IN", "NNP", "TO", "VB", "NNS"],
                  ["ROOT", "acl", "agent", "pobj", "aux", "acl", "dobj"],
                  [0, 0, 1, 2, 5, 0, 5])
    assert subject_of(doc[5]) == doc[3]


def test_a_participle_after_a_names_of_phrase_releases_nothing(nlp_pipeline):
    text = ("A report from Kenya's Ministry of Foreign Affairs released on Monday said the "
            "floods had displaced 8,000 people.")
    assert "released" not in {e.trigger.lower() for e in _events(nlp_pipeline, text)}


@pytest.mark.parametrize("text", [
    "The country has been hit by political unrest.",
    "The region was hit by floods last week.",
])
def test_a_place_hit_by_a_misfortune_is_not_attacked(nlp_pipeline, text):
    assert not [e for e in _events(nlp_pipeline, text) if e.type == "ASSAULT"]


def test_a_place_hit_by_weapons_is_attacked(nlp_pipeline):
    text = "The town was hit by Russian missiles."
    assert [e.type for e in _coded(nlp_pipeline, text, "hit")] == ["ASSAULT"]
