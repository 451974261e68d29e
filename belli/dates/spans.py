"""Days a multi-day expression covers: "Sept. 19-20", "12 to 20 September", "on Sept. 13
and 14".

TIMEX3 gives such an expression the value of the one day it names in full (the model's
mention holds both numbers, the grammar resolves the day that carries the month), so a
multi-day act would be dated by one of its days. `day_span` reads the other day from the
text: two day numbers of one month, joined by a dash, "to", "through", "until" or "and",
with the month's name next to them (so "from 1 to 3 p.m. on Sept. 3" and "Sept 3, 2 to 3
hours" are no spans of days).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from belli.dates.builders import previous_word
from belli.dates.spec import Spec, Stretch

if TYPE_CHECKING:
    from belli.dates.grammar import Found

__all__ = ["day_span", "with_stretches"]

_DAY = r"(?<![\d:.,/])(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%])"
_JOIN = r"[ \t]*(?:-|–|—|to|through|until|till|and)[ \t]*"
# the second number may be the one that carries the month ("Sept. 19-20"), or the first
# ("12 to 20 September"); a month word between the two numbers makes a span of two months,
# which one day and a number cannot say, so it is not read; it scans a whole story, so a
# lookahead for the first digit passes over most positions at once
_SPAN = re.compile(r"(?=\d)" + _DAY.format(name="first") + _JOIN + _DAY.format(name="last")
                   + r"(?![ \t]*(?:-|–|/|\.\d))", re.IGNORECASE)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?[ \t]*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"[ \t]+(?:of[ \t]+)?{_MONTH}\b", re.IGNORECASE)


def day_span(text: str, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the span `text` names, given the day it was resolved to
    (one of its ends); None when the text names that day alone."""
    for match in _SPAN.finditer(text):
        first, last = int(match["first"]), int(match["last"])
        if first >= last or day.day not in (first, last) or not _by_a_month(text, match):
            continue
        try:
            return day.replace(day=first), day.replace(day=last)
        except ValueError:  # "Feb. 28-30": no such day
            return None
    return None


def _by_a_month(text: str, match: re.Match[str]) -> bool:
    """Whether the month's name stands right before the first day or after the last."""
    return bool(_MONTH_BEFORE.search(text, 0, match.start())
                or _MONTH_AFTER.match(text, match.end()))


# --- spans the grammar reads: each end of "3-17 May" or "between March and May 2021" ------

_PAIR_JOIN = re.compile(r"[ \t]*(?:-|–|—|to|through|until|till|and)[ \t]*", re.IGNORECASE)
_SPAN_UNITS = frozenset({"day", "month", "year"})
_REACH = 16  # characters around a day searched for the other day of its span


def with_stretches(text: str, found: list[Found]) -> list[Found]:
    """The expressions of `text` in order, each end of a span given the other: two
    expressions of one unit joined by a dash, "to", "through" or "until" ("and" after
    "between"), or one day with a second day number beside it ("3-17 May")."""
    out = list(found)
    for i in range(len(out) - 1):
        if _joined(text, out[i], out[i + 1]):
            out[i], out[i + 1] = _paired(out[i], out[i + 1])
    return [f if f.stretch is not None else _with_other_day(text, f) for f in out]


def _joined(text: str, first: Found, second: Found) -> bool:
    """Whether two expressions of one unit are the ends of one span."""
    if not (_spannable(first.spec) and first.spec.unit == second.spec.unit
            and _spannable(second.spec)):
        return False
    join = _PAIR_JOIN.fullmatch(text, first.end, second.start)
    if join is None:
        return False
    # "in March and May" lists two months; "between March and May" spans them
    return join.group().strip().lower() != "and" or previous_word(text, first.start) == "between"


def _spannable(spec: Spec) -> bool:
    """A day, month or year named by its calendar fields, without a part ("early") or a
    shift ("last"): what a span of a calendar runs between."""
    fields = {"day": spec.day, "month": spec.month, "year": spec.year}
    plain = spec.weekday is None and spec.direction is None and spec.part is None
    return (spec.unit in _SPAN_UNITS and fields[spec.unit] is not None and plain
            and spec.shift_unit is None and not spec.anaphor and spec.season is None
            and (spec.unit != "month" or spec.day is None))


def _paired(first: Found, second: Found) -> tuple[Found, Found]:
    """Both ends told of each other; an end without its year takes the other's ("between
    March and May 2021": March 2021; "from December to February 2022": December 2021)."""
    a, b = first.spec, second.spec
    if a.year is None and b.year is not None:
        a = replace(a, year=b.year - (_order(a) > _order(b)))
    elif b.year is None and a.year is not None:
        b = replace(b, year=a.year + (_order(b) < _order(a)))
    return (replace(first, spec=a, stretch=Stretch(b, own_first=True)),
            replace(second, spec=b, stretch=Stretch(a, own_first=False)))


def _order(spec: Spec) -> tuple[int, int]:
    return spec.month or 0, spec.day or 0


def _with_other_day(text: str, found: Found) -> Found:
    """"3-17 May", "May 3-17", "between 3 and 17 May": a day whose span's other day is a
    bare number beside it (the same month and year)."""
    spec = found.spec
    if spec.unit != "day" or spec.day is None or spec.month is None:
        return found
    lo, hi = max(0, found.start - _REACH), min(len(text), found.end + _REACH)
    for match in _SPAN.finditer(text, lo, hi):
        first, last = int(match["first"]), int(match["last"])
        owns_first = found.start <= match.start("first") < found.end
        owns_last = found.start <= match.start("last") < found.end
        if first >= last or owns_first == owns_last or not _by_a_month(text, match):
            continue
        if spec.day != (first if owns_first else last):
            continue
        other = replace(spec, day=last if owns_first else first)
        return replace(found, stretch=Stretch(other, own_first=owns_first))
    return found
