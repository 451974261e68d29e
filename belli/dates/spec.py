"""What a date expression says, before it meets a calendar.

The grammar (grammar.py) turns "the first quarter of last year" into
`Spec(unit="quarter", quarter=1, shift_unit="year", offset=-1)`; the resolver
(resolve.py) places it on the calendar against the publication date. A field left None is
one the text did not give: a month without a year takes its year from the publication
date and the tense; a year given in the text needs neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["PUBLICATION_PARTS", "Direction", "Spec", "Stretch"]

# Which occurrence of a cyclic unit ("June", "Tuesday", "summer") the text means.
Direction = Literal["last", "next", "this"]

# The parts of a period cut at publication ("earlier this month": up to it; "later this
# year": from it), unlike the parts the calendar fixes ("early", "late"), which are
# intervals of their own.
PUBLICATION_PARTS = frozenset({"to_date", "rest"})


@dataclass(frozen=True, slots=True)
class Spec:
    """A parsed date expression; see the module docstring."""

    unit: str  # granularity of the value: "day", "month", "quarter", "decade", ...
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday is 0
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for 1900-1999 (the 20th century)
    week_of_month: int | None = None  # 1-5, or -1 for the last week of the month
    day_part: str | None = None  # MO AF EV NI
    two_digit: int | None = None  # "'82", "the 70s": a year or decade whose century is implied
    # "last year", "three weeks ago", "next month": the publication date's period of
    # `shift_unit`, moved by `offset`; the fields above then pick a part of it.
    shift_unit: str | None = None
    offset: int = 0
    direction: Direction | None = None  # "last June", "next summer", "this Tuesday"
    part: str | None = None  # early, mid, late, ... (lexicon parts), to_date, rest
    reference: str | None = None  # PRESENT_REF, PAST_REF, FUTURE_REF
    anaphor: bool = False  # "that day", "the same week": the date named last
    # "the next year", "the previous month": counted from the date named last where a
    # past-tense story tells it ("withdrew in 2019 and returned the next year"), else
    # from publication ("talks are expected in the next year")
    narrative: bool = False
    tense_hint: str | None = None  # "past" after "since", "future" after "until"

    @property
    def is_absolute(self) -> bool:
        """Whether the text alone fixes the date (a year, decade or century is given)."""
        return (
            self.year is not None or self.decade is not None or self.century is not None
        ) and self.shift_unit is None

    @property
    def has_fields(self) -> bool:
        """Whether a month, quarter, half, season or weekday picks a part of the period
        ("March of last year"), so the expression is not a plain shift ("last year")."""
        return any(
            v is not None for v in (self.month, self.quarter, self.half, self.season, self.weekday)
        )


@dataclass(frozen=True, slots=True)
class Stretch:
    """The other end of a span an expression is one end of: "3" for "17 May" in "3-17
    May", "March" for "May 2021" in "between March and May 2021". The range runs from the
    first end to the last; a field the other end leaves out comes from the resolved end."""

    other: Spec
    own_first: bool  # whether the expression itself is the first end
