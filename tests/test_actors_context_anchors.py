"""Knowledge-base names inside a mention (`find_anchors`).

A stub knowledge base and spaCy's tokenizer alone (no model loads): what is at issue is
which runs of words are looked up and which name wins.
"""

from __future__ import annotations

from typing import Any

import spacy

from belli.actors.context import find_anchors

_NLP = spacy.blank("en")


class _Names:
    """A knowledge base that knows a few names and records what it was asked."""

    def __init__(self, *names: str) -> None:
        self.names, self.asked = set(names), []  # type: ignore[var-annotated]

    def lookup_name(self, text: str) -> list[Any]:
        self.asked.append(text)
        return [text] if text in self.names else []


def _anchors(text: str, kb: _Names) -> list[tuple[int, int, str]]:
    doc = _NLP(text)
    return [(a.start, a.end, a.text) for a in find_anchors(doc[:], kb)]


def test_the_longest_name_wins_from_left_to_right() -> None:
    kb = _Names("South Korea", "Korea", "Japan")
    assert _anchors("South Korea and Japan met", kb) == [(0, 2, "South Korea"), (3, 4, "Japan")]


def test_a_name_may_keep_its_final_period() -> None:
    assert _anchors("U.S. officials", _Names("U.S.")) == [(0, 1, "U.S.")]


def test_a_leading_the_may_be_dropped() -> None:
    assert _anchors("The Hague court", _Names("Hague")) == [(0, 2, "The Hague")]


def test_a_name_keeps_the_spacing_of_the_text() -> None:
    found = _anchors("a Kurdistan  Workers' Party rally", _Names("Kurdistan  Workers' Party"))
    assert [text for _, _, text in found] == ["Kurdistan  Workers' Party"]


def test_no_run_starts_or_ends_at_punctuation() -> None:
    kb = _Names()
    _anchors('"Hamas", a group', kb)
    assert all(t[:1].isalnum() and t.rstrip(".")[-1:].isalnum() for t in kb.asked)
    assert "Hamas" in kb.asked


def test_the_span_bounds_the_search() -> None:
    doc = _NLP("leaders of North Korea met")
    anchors = find_anchors(doc[2:3], _Names("North Korea", "North"))
    assert [(a.start, a.end, a.text) for a in anchors] == [(2, 3, "North")]

