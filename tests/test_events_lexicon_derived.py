"""The derived lexicon (`data/lexicon_derived.yaml`): words the hand lexicon lacks, of
lower standing, that code an event only where no hand entry speaks; the sentences are
our own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from event_fixtures import analyse, coded, sides

from belli.errors import KnowledgeBaseError
from belli.events import lexicon as lexicon_module
from belli.events.lexicon import ACTOR, DERIVED, load_derived, load_lexicon, load_plover
from belli.events.stage import EventStage
from belli.yamldata import load_word_data

# verbs an earlier derivation kept as one hand verb's synonyms (their md vector is that
# verb's): kept here so the tests hold derived verbs to the parse's conditions
GUESSED_VERBS = """verbs:
  liken: {type: ACCUSE, similarity: 0.7, from: [accuse, criticize]}
  stymie: {type: COERCE, similarity: 0.7, from: [suppress, censor]}
  discipline: {type: SANCTION, similarity: 0.7, from: [sanction, sentence]}
  stifle: {type: COERCE, similarity: 0.7, from: [suppress, censor]}
  quash: {type: COERCE, similarity: 0.7, from: [suppress, censor]}
nouns:
  ratification: {type: AGREE, similarity: 0.49, from: [ratify]}
"""


@pytest.fixture
def derived_text(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Swap the derived file's text for a test's own; the caches are cleared around it."""

    def swap(text: str | None) -> None:
        def read(name: str) -> str:
            if name != DERIVED:
                return lexicon_module._packaged(name)
            if text is None:
                raise FileNotFoundError(name)
            return text
        monkeypatch.setattr(lexicon_module, "_text", read)
        load_derived.cache_clear()
        load_lexicon.cache_clear()

    yield swap
    load_derived.cache_clear()
    load_lexicon.cache_clear()


def test_the_derived_file_loads_with_known_types_and_its_origin_in_the_note():
    derived = load_derived()
    plover = load_plover()
    assert derived["nouns"]
    for entries in derived.values():
        for key, rules in entries.items():
            assert [r.type in plover.quads for r in rules if r.type] == [True], key
            assert all(r.note.startswith("derived: ") for r in rules), key


def test_a_derived_verb_needs_an_actor_doing_it_to_an_actor(derived_text):
    derived_text(GUESSED_VERBS)
    rules = load_lexicon().rules("verbs", "liken")
    coding = [r for r in rules if r.type]
    assert [r.type for r in coding] == ["ACCUSE"]
    assert coding[0].conditions == {"subject": {ACTOR}, "object": {ACTOR}}
    assert "will" in rules[0].conditions["modal"] and rules[0].type is None  # type: ignore[operator]


def test_a_derived_noun_a_verb_holds_back_codes_nothing(derived_text):
    derived_text(GUESSED_VERBS)
    first, reading = load_lexicon().rules("nouns", "ratification")
    assert first.type is None and set(first.conditions) == {"governor"}
    assert {"delay", "block", "postpone"} <= first.conditions["governor"]  # type: ignore[operator]
    assert reading.type == "AGREE" and not reading.conditions


def test_the_derived_file_holds_no_hand_word_list():
    """The derivation rewrites its file from scratch: hand lists live in cues.yaml."""
    data = load_word_data(lexicon_module._packaged(DERIVED), DERIVED)
    assert set(data) == {"verbs", "nouns"}


def test_no_derived_entry_overrides_a_hand_entry():
    hand, merged = load_lexicon(derived=False), load_lexicon()
    for kind, entries in hand.entries.items():
        for key, rules in entries.items():
            assert merged.rules(kind, key) == rules, (kind, key)
    derived = load_derived()
    assert derived["nouns"]  # the shipped file holds entries to check (its verbs may be none)
    for kind, entries in derived.items():
        for key in entries:
            assert merged.has(kind, key)


def test_a_derived_word_the_hand_lexicon_has_keeps_the_hand_reading(derived_text):
    derived_text("verbs:\n  attack: {type: AID, similarity: 0.9, from: [donate]}\n"
                 "  quash: {type: COERCE, similarity: 0.8, from: [suppress]}\n")
    lexicon = load_lexicon()
    assert {r.type for r in lexicon.rules("verbs", "attack")} == {
        r.type for r in load_lexicon(derived=False).rules("verbs", "attack")}
    assert [r.note for r in lexicon.rules("verbs", "quash") if r.type] == [
        "derived: neighbour of suppress (0.80)"]
    assert lexicon.knows("quash")


def test_without_the_derived_file_the_hand_lexicon_stands_alone(derived_text):
    derived_text(None)
    assert load_lexicon().entries == load_lexicon(derived=False).entries


@pytest.mark.parametrize("text", [
    "verbs:\n  quash: COERCE\n",
    "verbs:\n  quash: {type: CRUSH, similarity: 0.8, from: [suppress]}\n",
    "verbs:\n  quash: {type: COERCE, similarity: 0.8}\n",
])
def test_a_malformed_derived_entry_fails_at_load_with_its_name(derived_text, text):
    derived_text(text)
    with pytest.raises(KnowledgeBaseError, match="lexicon_derived.yaml verbs.quash"):
        load_lexicon()


@pytest.fixture
def guessed(nlp_pipeline: Any, derived_text: Any) -> Any:
    """The pipeline with GUESSED_VERBS as its derived file."""
    derived_text(GUESSED_VERBS)
    stages = [replace(s, coder=replace(s.coder, lexicon=load_lexicon()))
              if isinstance(s, EventStage) else s for s in nlp_pipeline.stages]
    return replace(nlp_pipeline, stages=stages)


MUST_NOT = [
    "The minister likened the new trade agreement to a marriage.",
    "Heavy rains stymied rescue efforts in northern Pakistan.",
    "The school will discipline students.",
    "Turkey delayed ratification of Sweden's NATO membership bid.",
]


@pytest.mark.model
def test_a_shipped_derived_noun_a_verb_holds_back_codes_nothing(nlp_pipeline):
    assert load_derived()["nouns"]["ratification"][-1].type == "AGREE"
    assert sides(nlp_pipeline, MUST_NOT[-1]) == []


@pytest.mark.model
@pytest.mark.parametrize("text", MUST_NOT)
def test_even_a_derived_verb_needs_the_parse_to_vouch_for_an_event(guessed, text):
    assert sides(guessed, text) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The Chinese government stifled dissidents in Hong Kong.", "stifled", "COERCE CHN>HKG"),
    ("Belarusian police quashed the opposition's protests.", "quashed", "COERCE BLR>BLR"),
])
def test_a_derived_verb_of_an_actor_on_an_actor_codes_and_says_so(guessed, text, trigger,
                                                                  expected):
    assert sides(guessed, text, triggers={trigger}) == [expected]
    assert "derived: neighbour of suppress" in coded(guessed, text, trigger).reason


@pytest.mark.model
def test_a_neutral_verb_stays_silent(nlp_pipeline):
    """"lament" sits among verbs of voice, not of blame: nothing derives it."""
    assert not load_lexicon().has("verbs", "lament")
    text = "Pakistan lamented the state of its relations with India."
    assert not analyse(nlp_pipeline, text).events
