"""The date a date counted from another counts from: "Two days later" and "the next day"
count from the last date the text gave, in their paragraph or the one before it, that
tells when the story happens. A date that tells when a thing the story names happened
("accused Baku of violating the ceasefire signed on 10 November") is passed over: the
story's own date ("Last week") comes before it. Where the paragraphs give no date of the
story, the last date they give at all counts.

Tokens are spaCy's, used through their attributes only, so this module imports no model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from belli.records import DateSpan

__all__ = ["Named", "counted_antecedent", "narrates"]

# a date hanging on a noun like these names that noun's time: "the 2020 war", "last year's war"
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
_NOUN_CLAUSES = frozenset({"acl", "relcl"})  # "the ceasefire signed on 10 November"
_NOMINAL = frozenset({"NOUN", "PROPN"})
_MAX_CLIMB = 10
_PARAGRAPHS = 2  # the anaphor's paragraph and the one before it


@dataclass(frozen=True, slots=True)
class Named:
    """A date the text gave: where, what it resolved to, and whether it dates the story."""

    start: int
    span: DateSpan
    narrates: bool


def narrates(doc: Any | None, start: int, end: int) -> bool:
    """Whether the date at `start`..`end` of a parsed doc tells when its sentence's story
    happens rather than when a thing it names did (True without a parse)."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) == 0:
        return True
    token = span.root
    if token.dep_ in _NOUN_MODIFIERS and token.head.pos_ in _NOMINAL:
        return False
    for _ in range(_MAX_CLIMB):
        if token.dep_ in _NOUN_CLAUSES:
            return False
        if token.head.i == token.i:
            return True
        token = token.head
    return True


def counted_antecedent(named: Sequence[Named], text: str, start: int) -> DateSpan | None:
    """The date an expression at `start` counted from another counts from (see above)."""
    reach = _paragraphs_start(text, start)
    near = [n for n in named if reach <= n.start < start]
    best = next((n for n in reversed(near) if n.narrates), near[-1] if near else None)
    return best.span if best is not None else None


def _paragraphs_start(text: str, start: int) -> int:
    """Where the paragraph before the one holding `start` begins (blank lines between
    paragraphs are passed over)."""
    # The same paragraphs as belli.nlp.paragraphs (a line break ends one), found here from
    # the text alone: that module imports spaCy, and publication-date inference, which
    # counts from these antecedents too, runs at ingest where no model is loaded.
    cut = start
    for _ in range(_PARAGRAPHS):
        opening = text.rfind("\n", 0, cut)
        if opening < 0:
            return 0
        cut = len(text[:opening].rstrip())
    return opening
