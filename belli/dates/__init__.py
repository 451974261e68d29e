"""Date expressions resolved against the publication date, with granularity and range.

    resolve(text, anchor, *, tense=None, last=None, anchor_inferred=False) -> DateSpan | None
    find_expressions(text) -> list[Found]

The pipeline stage that fills `Mention.date` is `belli.dates.stage.DateStage`.
"""

from __future__ import annotations

from belli.dates.grammar import Found, find_expressions
from belli.dates.resolve import resolve, resolve_found
from belli.dates.tense import Tense, clause_tense, tense_at

__all__ = [
    "Found",
    "Tense",
    "clause_tense",
    "find_expressions",
    "resolve",
    "resolve_found",
    "tense_at",
]
