"""Actor resolution, round 3: groups whose own words call them foreign, non-state bodies
as antecedents, standings in apposition, the sides of a conflict called "parties", and
people introduced as the head of an NGO or IGO. End to end with the model; every
sentence is our own."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes, analyse

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "group"), [
    ("Foreign troops clashed with militants in Afghanistan on Monday.", "Foreign troops"),
    ("Coalition forces raided a village near Kandahar, Afghan officials said.",
     "Coalition forces"),
    ("International forces shelled a town near Mosul, Iraqi officials said.",
     "International forces"),
])
def test_a_group_called_foreign_does_not_take_the_country_it_is_in(nlp_pipeline, text, group):
    assert actor_codes(nlp_pipeline, text, group, match="closest") == ["None MIL"]


def test_a_foreign_group_is_the_one_foreign_military_the_story_names(nlp_pipeline):
    text = ("U.S. troops have been in Afghanistan since 2001. "
            "Foreign troops clashed with militants near Kandahar on Monday.")
    assert actor_codes(nlp_pipeline, text, "Foreign troops") == ["USA MIL"]


def test_a_foreign_group_stays_open_where_the_story_names_two_foreign_armies(nlp_pipeline):
    text = ("French and British troops arrived in Mali last year. "
            "Foreign troops clashed with militants near Gao on Monday.")
    assert actor_codes(nlp_pipeline, text, "Foreign troops") == ["None MIL"]


@pytest.mark.parametrize(("text", "group", "codes"), [
    ("Troops clashed with militants in Afghanistan on Monday.", "Troops", ["AFG MIL"]),
    ("The ruling coalition in Kenya backed the bill.", "The ruling coalition", ["KEN PTY"]),
    ("Kenya closed the border, the foreign ministry said.", "the foreign ministry",
     ["KEN GOV"]),
])
def test_a_group_without_foreign_words_still_takes_its_sentences_state(nlp_pipeline, text,
                                                                        group, codes):
    assert actor_codes(nlp_pipeline, text, group, match="closest") == codes


@pytest.mark.parametrize(("text", "pronoun", "codes"), [
    ("Doctors Without Borders said it would leave Darfur.", "it", ["MSF NGO"]),
    ("The Red Cross said its staff had left the city of Aleppo.", "its", ["ICRC NGO"]),
    ("Sudan said it would reopen the border.", "it", ["SDN GOV"]),
])
def test_it_after_an_aid_group_is_that_group_in_its_own_sector(nlp_pipeline, text, pronoun,
                                                               codes):
    assert actor_codes(nlp_pipeline, text, pronoun) == codes


def _event_codes(pipeline, text: str) -> set[str]:
    events = analyse(pipeline, text).events
    return {str(a.country) for e in events for a in (*e.source, *e.target)}


@pytest.mark.parametrize("text", [
    "Turkey, a NATO member, bought missiles from Russia.",
    "Japan, a close ally of NATO, sent aid to Tonga.",
])
def test_a_standing_in_apposition_only_describes_the_state(nlp_pipeline, text):
    assert "NATO" not in _event_codes(nlp_pipeline, text)


def test_a_persons_membership_in_apposition_is_whom_they_act_for(nlp_pipeline):
    text = "Ali Hassan, a member of Hamas, fired rockets at Israel."
    assert "PSE" in _event_codes(nlp_pipeline, text)


@pytest.mark.parametrize("text", [
    "The warring parties in Sudan agreed to a ceasefire.",
    "The two parties in Yemen swapped prisoners on Sunday.",
    "All parties to the conflict in Libya must protect civilians, the envoy said.",
])
def test_the_sides_of_a_conflict_are_no_political_party(nlp_pipeline, text):
    mentions = analyse(nlp_pipeline, text).mentions
    assert [m.text for m in mentions if "parties" in m.text
            and any(a.sector == "PTY" for a in m.actors)] == []


@pytest.mark.parametrize(("text", "group", "codes"), [
    ("Political parties in Kenya registered their candidates.", "Political parties in Kenya",
     ["KEN PTY"]),
    ("Opposition parties in Kenya rejected the vote.", "Opposition parties in Kenya",
     ["KEN OPP"]),
])
def test_political_parties_stay_parties(nlp_pipeline, text, group, codes):
    assert actor_codes(nlp_pipeline, text, group) == codes


@pytest.mark.parametrize(("text", "person", "codes"), [
    ("Anna Berg, the head of Doctors Without Borders, said soldiers in Sudan raided a clinic.",
     "Anna Berg", ["MSF NGO"]),
    ("Lena Ortiz, the chief of the World Health Organization, warned Nigeria of an outbreak.",
     "Lena Ortiz", ["WHO IGO"]),
])
def test_the_head_of_an_ngo_or_igo_speaks_for_that_body(nlp_pipeline, text, person, codes):
    assert actor_codes(nlp_pipeline, text, person) == codes


def test_a_donor_to_an_ngo_does_not_speak_for_it(nlp_pipeline):
    text = "Anna Berg, a donor to Doctors Without Borders, visited Sudan."
    assert "MSF NGO" not in actor_codes(nlp_pipeline, text, "Anna Berg")


@pytest.mark.parametrize(("text", "person", "codes"), [
    ("President Jane Doe of the Red Cross visited Yemen.", "President Jane Doe", ["ICRC NGO"]),
    ("Secretary General Omar Haddad of Doctors Without Borders spoke in Chad.",
     "Secretary General Omar Haddad", ["MSF NGO"]),
    ("President Paul Kagame of Rwanda visited Kenya.", "President Paul Kagame", ["RWA GOV"]),
])
def test_a_titled_name_of_a_body_takes_that_body_not_the_sentences_state(nlp_pipeline, text,
                                                                         person, codes):
    assert actor_codes(nlp_pipeline, text, person) == codes


def _named_countries(text: str, codes: dict[str, tuple[str, str]]) -> list[str]:
    """What `Participants.sentence_countries` reads in a one-sentence text whose mentions
    (by their words) resolved to (code, sector)."""
    import spacy

    from belli.events.participants import Participants
    from belli.records import Actor, Mention

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    mentions = [Mention(doc_id="d", start=text.index(w), end=text.index(w) + len(w), text=w,
                        label="ORG", actors=(Actor(text=w, country=c, sector=s),))
                for w, (c, s) in codes.items()]
    return Participants(doc, mentions, kb=None).sentence_countries(next(iter(doc.sents)))


def test_an_aid_group_named_in_a_sentence_is_no_country_for_unnamed_groups():
    text = "Armed men attacked the clinic in Kosti, said an official of the Red Cross."
    codes = {"Red Cross": ("ICRC", "NGO"), "Kosti": ("SDN", "")}
    assert _named_countries(text, codes) == ["SDN"]


def test_a_state_named_in_a_sentence_still_places_unnamed_groups():
    text = "Gunmen shot two guards, said officials in Chad."
    assert _named_countries(text, {"officials in Chad": ("TCD", "GOV")}) == ["TCD"]
