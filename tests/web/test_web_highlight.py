"""Finding an event's parts inside its sentence, for the evidence page's marks."""

from __future__ import annotations

import pytest

from belli.records import Actor, Event, Place
from belli.web.highlight import evidence_spans, find_word, segments

SENTENCE = "Baku said Azerbaijani troops shelled Armenian positions near Jermuk on Monday."


def event(**extra: object) -> Event:
    """An event whose sentence starts at offset 100 of its article."""
    base: dict[str, object] = {"trigger_start": 100 + SENTENCE.index("shelled"),
                               "trigger_end": 100 + SENTENCE.index("shelled") + 7}
    base.update(extra)
    return Event("d", "e", "ASSAULT", None, 4, -9.0, SENTENCE, 100, 100 + len(SENTENCE),
                 "shelled", **base)  # type: ignore[arg-type]


def marked(e: Event) -> dict[str, str]:
    return {s.kind: SENTENCE[s.start:s.end] for s in evidence_spans(e)}


def test_the_trigger_offsets_are_shifted_into_the_sentence() -> None:
    assert marked(event()) == {"trigger": "shelled"}


def test_a_trigger_whose_offsets_disagree_is_found_by_its_word() -> None:
    assert marked(event(trigger_start=3, trigger_end=9)) == {"trigger": "shelled"}


def test_actors_place_and_date_are_found_by_their_text() -> None:
    e = event(source=(Actor("Azerbaijani troops", country="AZE", sector="MIL"),),
              target=(Actor("Armenian positions", country="ARM", sector="MIL"),),
              place=Place("Jermuk", "ARM", precision="town"), date="2022-09-12",
              date_text="on Monday", date_granularity="day")
    assert marked(e) == {"trigger": "shelled", "source": "Azerbaijani troops",
                         "target": "Armenian positions", "place": "Jermuk",
                         "date": "on Monday"}


def test_a_place_is_found_by_another_of_its_names() -> None:
    e = event(place=Place("Cermuk", "ARM", variants=("Jermuk",), precision="town"))
    assert marked(e)["place"] == "Jermuk"


def test_the_speaker_is_marked_too() -> None:
    e = event(attributed_to=Actor("Baku", country="AZE", sector="GOV"))
    assert marked(e)["speaker"] == "Baku"


def test_spans_never_overlap_and_the_stronger_kind_wins() -> None:
    e = event(source=(Actor("troops shelled"),), target=(Actor("Azerbaijani troops"),),
              place=Place("troops"))
    spans = evidence_spans(e)
    assert [(s.kind, SENTENCE[s.start:s.end]) for s in spans] == [
        ("target", "Azerbaijani troops"), ("trigger", "shelled")]


def test_text_absent_from_the_sentence_marks_nothing() -> None:
    assert marked(event(place=Place("Stepanakert"))) == {"trigger": "shelled"}


@pytest.mark.parametrize("needle, expected", [
    ("Jermuk", SENTENCE.index("Jermuk")),
    ("jermuk", SENTENCE.index("Jermuk")),
    ("Baku", 0),
    ("Bak", None),  # only whole words
    ("", None),
])
def test_find_word_wants_a_whole_word_in_any_case(needle: str, expected: int | None) -> None:
    assert find_word(SENTENCE, needle) == expected


def test_segments_cut_the_text_without_losing_any_of_it() -> None:
    e = event(place=Place("Jermuk"), date_text="on Monday")
    pieces = segments(SENTENCE, evidence_spans(e))
    assert "".join(piece for piece, _ in pieces) == SENTENCE
    assert [piece for piece, span in pieces if span] == ["shelled", "Jermuk", "on Monday"]
