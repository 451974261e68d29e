"""The derived lexicon (`data/lexicon_derived.yaml`): words the hand lexicon lacks, of
lower standing, that code an event only where no hand entry speaks; the sentences are
our own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from event_fixtures import analyse

from belli.errors import KnowledgeBaseError
from belli.events import lexicon as lexicon_module
from belli.events.lexicon import DERIVED, load_derived, load_lexicon, load_plover


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
    assert derived["verbs"] and derived["nouns"]
    for entries in derived.values():
        for key, (rule,) in entries.items():
            assert rule.type in plover.quads, key
            assert rule.note.startswith("derived: ") and not rule.conditions, key


def test_no_derived_entry_overrides_a_hand_entry():
    hand, merged = load_lexicon(derived=False), load_lexicon()
    for kind, entries in hand.entries.items():
        for key, rules in entries.items():
            assert merged.rules(kind, key) == rules, (kind, key)
    for kind, entries in load_derived().items():
        for key in entries:
            assert merged.has(kind, key)


def test_a_derived_word_the_hand_lexicon_has_keeps_the_hand_reading(derived_text):
    derived_text("verbs:\n  attack: {type: AID, similarity: 0.9, from: [donate]}\n"
                 "  quash: {type: COERCE, similarity: 0.8, from: [suppress]}\n")
    lexicon = load_lexicon()
    assert {r.type for r in lexicon.rules("verbs", "attack")} == {
        r.type for r in load_lexicon(derived=False).rules("verbs", "attack")}
    assert [r.note for r in lexicon.rules("verbs", "quash")] == [
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


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("The Chinese government stifled dissent in Hong Kong.", "stifled", "COERCE"),
    ("Belarusian police quashed a protest by opposition supporters.", "quashed", "COERCE"),
])
def test_a_derived_verb_codes_its_event_and_says_so(nlp_pipeline, text, trigger, type_):
    events = [e for e in analyse(nlp_pipeline, text).events if e.trigger == trigger]
    assert [e.type for e in events] == [type_]
    assert "derived: neighbour of " in events[0].reason


@pytest.mark.model
def test_a_neutral_verb_stays_silent(nlp_pipeline):
    """"lament" sits among verbs of voice, not of blame: nothing derives it."""
    assert not load_lexicon().has("verbs", "lament")
    text = "Pakistan lamented the state of its relations with India."
    assert not analyse(nlp_pipeline, text).events
