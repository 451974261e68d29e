"""Calendar periods and their TIMEX3 values: days, weeks, months, seasons, quarters,
halves, years, decades and centuries, with the arithmetic the resolver needs.

A `Period` is an inclusive range of days plus the TIMEX3 value of the unit it belongs
to. Usually the two agree ("2022-02" is 1 to 28 February 2022); a part of a period
("early 1990s") keeps the unit's value ("199", as TIMEX3 writes the 1990s) and narrows
the range (1990-01-01 to 1993-12-31). Values follow TIMEX3: "2013-W12" (ISO week),
"2010-W04-WE" (its weekend), "2012-SU" (season), "2009-Q1", "2009-H2", "199" (decade),
"19" (the 20th century), "2008-01-09TMO" (a part of a day).
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from fractions import Fraction

__all__ = [
    "GRANULARITIES",
    "MAX_YEAR",
    "MIN_YEAR",
    "Period",
    "containing",
    "day",
    "distance",
    "month",
    "narrowed",
    "period_of_value",
    "season",
    "shift",
    "shift_date",
    "split_at",
    "year",
]

# Finest first: a value of an earlier granularity is more specific.
GRANULARITIES = (
    "part_of_day", "day", "weekend", "week", "month", "season", "quarter", "half", "year",
    "decade", "century",
)
MIN_YEAR, MAX_YEAR = 2, 9997  # room to shift a year either way without leaving `datetime`
# Northern-hemisphere seasons by meteorological months; a winter belongs to the year it
# starts in (winter 2012 is December 2012 to February 2013), as in TIMEX3.
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}


class CalendarError(ValueError):
    """A period outside the years the resolver handles."""


@dataclass(frozen=True, slots=True)
class Period:
    """Days `start`..`end` (inclusive) of a unit whose TIMEX3 value is `value`."""

    start: dt.date
    end: dt.date
    granularity: str
    value: str

    def contains(self, when: dt.date) -> bool:
        return self.start <= when <= self.end


def _checked(y: int) -> int:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise CalendarError(f"year {y} is out of range")
    return y


def day(when: dt.date) -> Period:
    return Period(when, when, "day", when.isoformat())


def part_of_day(when: dt.date, code: str) -> Period:
    return Period(when, when, "part_of_day", f"{when.isoformat()}T{code}")


def week(when: dt.date) -> Period:
    iso = when.isocalendar()
    monday = when - dt.timedelta(days=iso.weekday - 1)
    return Period(monday, monday + dt.timedelta(days=6), "week", f"{iso.year:04d}-W{iso.week:02d}")


def weekend(when: dt.date) -> Period:
    whole = week(when)
    return Period(whole.end - dt.timedelta(days=1), whole.end, "weekend", f"{whole.value}-WE")


def month(y: int, m: int) -> Period:
    last = _calendar.monthrange(_checked(y), m)[1]
    return Period(dt.date(y, m, 1), dt.date(y, m, last), "month", f"{y:04d}-{m:02d}")


def season(y: int, code: str) -> Period:
    """A season of year `y`; a winter runs from December of `y` into `y + 1`."""
    months = SEASON_MONTHS[code]
    start = dt.date(_checked(y), months[0], 1)
    end_year = y + 1 if code == "WI" else y
    end = month(end_year, months[-1]).end
    return Period(start, end, "season", f"{y:04d}-{code}")


def quarter(y: int, q: int) -> Period:
    first, last = month(y, 3 * q - 2), month(y, 3 * q)
    return Period(first.start, last.end, "quarter", f"{y:04d}-Q{q}")


def half(y: int, h: int) -> Period:
    first, last = month(y, 6 * h - 5), month(y, 6 * h)
    return Period(first.start, last.end, "half", f"{y:04d}-H{h}")


def year(y: int) -> Period:
    _checked(y)
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}")


def decade(d: int) -> Period:
    """The decade whose years start with the digits `d` (199 -> the 1990s)."""
    first = year(max(d * 10, MIN_YEAR)).start
    last = year(d * 10 + 9).end
    return Period(first, last, "decade", f"{d:03d}")


def century(c: int) -> Period:
    """The century whose years start with the digits `c` (19 -> 1900 to 1999)."""
    first = year(max(c * 100, MIN_YEAR)).start
    last = year(c * 100 + 99).end
    return Period(first, last, "century", f"{c:02d}")


def containing(when: dt.date, granularity: str) -> Period:
    """The period of a granularity that holds the day `when`."""
    y = when.year
    if granularity in ("day", "part_of_day"):
        return day(when)
    if granularity == "week":
        return week(when)
    if granularity == "weekend":
        return weekend(when)
    if granularity == "month":
        return month(y, when.month)
    if granularity == "season":
        code = next(c for c, months in SEASON_MONTHS.items() if when.month in months)
        return season(y - 1 if code == "WI" and when.month < 12 else y, code)
    if granularity == "quarter":
        return quarter(y, (when.month - 1) // 3 + 1)
    if granularity == "half":
        return half(y, 1 if when.month <= 6 else 2)
    if granularity == "year":
        return year(y)
    if granularity == "decade":
        return decade(y // 10)
    if granularity == "century":
        return century(y // 100)
    raise CalendarError(f"unknown granularity {granularity!r}")


def shift_date(when: dt.date, unit: str, n: int) -> dt.date:
    """`when` moved by `n` units (a month from 31 January is the last day of February)."""
    try:
        if unit in ("day", "part_of_day"):
            return when + dt.timedelta(days=n)
        if unit in ("week", "weekend"):
            return when + dt.timedelta(weeks=n)
        months = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12,
                  "decade": 120, "century": 1200}[unit] * n
    except OverflowError as exc:
        raise CalendarError(str(exc)) from exc
    index = when.year * 12 + when.month - 1 + months
    y, m = divmod(index, 12)
    last = _calendar.monthrange(_checked(y), m + 1)[1]
    return dt.date(y, m + 1, min(when.day, last))


def shift(period: Period, n: int) -> Period:
    """The period `n` units after (or before) `period`, of the same granularity."""
    unit = period.granularity
    if unit == "part_of_day":
        moved = shift_date(period.start, "day", n)
        return part_of_day(moved, period.value[-2:])
    if unit == "season":
        code = period.value[-2:]
        return season(_checked(int(period.value[:4]) + n), code)
    return containing(shift_date(period.start, unit, n), unit)


def narrowed(period: Period, lo: Fraction, hi: Fraction) -> Period:
    """The part of a period between two fractions of it ("early" is 0 to 1/3).

    A month is cut into ten-day thirds (1-10, 11-20, 21-end); longer periods into whole
    months or years, so "early 1990s" is 1990 to 1993 and "late 2006" September to December.
    """
    units = _units(period)
    n = len(units)
    if period.granularity == "month" and (lo, hi) in _DEKADS:
        first, last = _DEKADS[(lo, hi)]
        return replace(period, start=units[first][0], end=units[min(last, n - 1)][1])
    first = min(n - 1, math.ceil(n * lo))
    last = max(first, math.ceil(n * hi) - 1)
    return replace(period, start=units[first][0], end=units[last][1])


def split_at(period: Period, when: dt.date, *, before: bool) -> Period:
    """The part of a period up to `when` ("earlier this month") or from it ("later this year")."""
    if not period.contains(when):
        return period
    return replace(period, end=when) if before else replace(period, start=when)


_DEKADS = {
    (Fraction(0), Fraction(1, 3)): (0, 9),
    (Fraction(1, 3), Fraction(2, 3)): (10, 19),
    (Fraction(2, 3), Fraction(1)): (20, 30),
}


def _units(period: Period) -> list[tuple[dt.date, dt.date]]:
    """The sub-units a period is cut into: days, months or years."""
    if period.granularity in ("month", "week", "weekend", "day", "part_of_day"):
        days = (period.end - period.start).days + 1
        return [(period.start + dt.timedelta(days=i),) * 2 for i in range(days)]
    if period.granularity in ("decade", "century"):
        return [(year(y).start, year(y).end) for y in range(period.start.year, period.end.year + 1)]
    out: list[tuple[dt.date, dt.date]] = []
    cursor = period.start
    while cursor <= period.end:
        whole = month(cursor.year, cursor.month)
        out.append((whole.start, whole.end))
        cursor = whole.end + dt.timedelta(days=1)
    return out


def distance(period: Period, when: dt.date) -> int:
    """Days from `when` to the nearest day of the period (0 inside it)."""
    if when < period.start:
        return (period.start - when).days
    return max(0, (when - period.end).days)


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<p>MO|AF|EV|NI))?)?"
    r"|W(?P<w>\d{2})(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?$"
)


def period_of_value(value: str) -> Period | None:
    """The period a TIMEX3 calendar value names; None for references and unknowns."""
    try:
        if re.fullmatch(r"\d{3}", value):
            return decade(int(value))
        if re.fullmatch(r"\d{2}", value):
            return century(int(value))
        match = _VALUE.match(value)
        return _period_of_match(match) if match is not None else None
    except (ValueError, CalendarError):  # "2021-13", the 9990s beyond the years handled
        return None


def _period_of_match(match: re.Match[str]) -> Period:
    y = int(match["y"])
    if match["d"]:
        when = dt.date(y, int(match["m"]), int(match["d"]))
        return part_of_day(when, match["p"]) if match["p"] else day(when)
    if match["m"]:
        return month(y, int(match["m"]))
    if match["w"]:
        monday = dt.date.fromisocalendar(y, int(match["w"]), 1)
        return weekend(monday) if match["we"] else week(monday)
    if match["q"]:
        return quarter(y, int(match["q"]))
    if match["h"]:
        return half(y, int(match["h"]))
    if match["s"]:
        return season(y, match["s"])
    return year(y)
