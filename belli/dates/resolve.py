"""Resolving date expressions against the publication date, with granularity and range.

`resolve("Tuesday", date(2022, 9, 15))` is 2022-09-13 (a day); "in February" in that
piece is 2022-02 (a month, not a day picked at random); "last year's war" in 2021 is
2020; "the early 1990s" is the decade "199" (as TIMEX3 writes it) with the range
1990-01-01..1993-12-31; "early last month" is the previous month with its first ten days
as range; "next summer" is always ahead.

Which occurrence of a month, weekday, season or quarter the text means comes from, in
order: its own words ("last June", "next Tuesday"), a preposition ("since", "until",
"by"), the tense of the verb that governs it, and otherwise the nearest occurrence
(a bare weekday is the most recent one, as news reports what happened).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from belli.dates import calendar as cal
from belli.dates.calendar import CalendarError, Period
from belli.dates.grammar import Found, find_expressions
from belli.dates.lexicon import load_lexicon
from belli.dates.spec import PUBLICATION_PARTS, Spec, Stretch
from belli.dates.tense import Tense, with_hint
from belli.records import DateSpan

__all__ = ["resolve", "resolve_found"]

_WINDOW = 2  # occurrences tried on each side of the publication date's own
_AHEAD_WEIGHT = 2


def resolve(
    text: str,
    anchor: dt.date | None,
    *,
    tense: Tense | None = None,
    last: DateSpan | None = None,
    anchor_inferred: bool = False,
) -> DateSpan | None:
    """The date a short expression names, resolved against the publication date `anchor`.

    `text` is a date expression as a text gives it ("on Tuesday", "late last July",
    "the first quarter of 2009"); when it holds several, the longest is resolved.
    `tense` is that of the verb governing the expression ("past", "perfect", "present",
    "future"), which picks the occurrence of a bare month or weekday; `last` is the date
    the text named before, for "that day" and "the same week". The result's `value`
    follows TIMEX3 ("2022-09-13", "2022-W37", "2022-SU", "2022-Q1", "199", "PAST_REF"),
    `granularity` names its unit and `range` the first and last day it covers (a part of
    a unit, "early 2009", narrows the range, not the value). `inferred` is set when the
    value leans on an inferred publication date. None when the text names no date this
    can place; never raises.
    """
    expressions = find_expressions(text[:500])
    best = max(expressions, key=lambda f: (f.end - f.start, -f.start), default=None)
    if best is None or (best.spec.unit == "year" and _DATE_LIKE.search(text)):
        parsed = _fallback(text, anchor, anchor_inferred)
        if parsed is not None or best is None:
            return parsed
    return resolve_found(best, anchor, tense=tense, last=last, anchor_inferred=anchor_inferred)


def resolve_found(
    found: Found,
    anchor: dt.date | None,
    *,
    tense: Tense | None = None,
    last: DateSpan | None = None,
    anchor_inferred: bool = False,
) -> DateSpan | None:
    """`resolve` for an expression already found in a text (see `find_expressions`)."""
    spec = found.spec
    if spec.reference is not None:
        return _reference(spec.reference, anchor, found.text)
    try:
        period = _period(spec, anchor, with_hint(tense, spec.tense_hint), last)
    except (CalendarError, ValueError, OverflowError):
        return None
    if period is None:
        return None
    leans = anchor_inferred and not spec.is_absolute
    lo, hi = _stretched(found.stretch, period, anchor, tense) or (period.start, period.end)
    return DateSpan(
        value=period.value,
        granularity=period.granularity,
        range=(lo.isoformat(), hi.isoformat()),
        text=found.text,
        inferred=leans,
    )


def _stretched(stretch: Stretch | None, own: Period, anchor: dt.date | None,
               tense: Tense | None) -> tuple[dt.date, dt.date] | None:
    """The days from the first end of a span to its last ("3-17 May"), given the end the
    expression names; an end without its year lies in the named end's year, or the one
    beside it where the span runs over New Year ("from December to February")."""
    if stretch is None:
        return None
    other = stretch.other
    years = [None] if other.year is not None else [own.start.year + k for k in (0, 1, -1)]
    for y in years:
        try:
            far = _period(replace(other, year=y) if y else other, anchor, tense, None)
        except (CalendarError, ValueError, OverflowError):
            return None
        if far is None:
            return None
        first, last = (own, far) if stretch.own_first else (far, own)
        if first.end < last.start:
            return first.start, last.end
    return None


def _reference(value: str, anchor: dt.date | None, text: str) -> DateSpan:
    """PRESENT_REF is the publication day; the past and the future have no range."""
    today = anchor.isoformat() if anchor else None
    point = (today, today) if today and value == "PRESENT_REF" else None
    return DateSpan(value=value, granularity="reference", range=point, text=text)


def _period(spec: Spec, anchor: dt.date | None, tense: Tense | None,
            last: DateSpan | None) -> Period | None:
    if spec.anaphor:
        return _from_last(spec, last, anchor, tense)
    if spec.narrative and tense == "past":  # nothing to count from: no date, not publication's
        return _narrated(spec, last, anchor, tense)
    if spec.two_digit is not None:
        if anchor is None:
            return None
        spec = _with_century(spec, anchor, tense)
    if spec.is_absolute:
        return _absolute(spec, anchor)
    if anchor is None:
        return None
    if spec.shift_unit is not None:
        return _shifted(spec, anchor)
    return _cyclic(spec, anchor, tense)


def _absolute(spec: Spec, anchor: dt.date | None) -> Period | None:
    """A period the text fixes by itself (a year, decade or century is given)."""
    if spec.century is not None:
        return _part(cal.century(spec.century), spec, anchor)
    if spec.decade is not None:
        return _part(cal.decade(spec.decade), spec, anchor)
    return _in_year(spec, spec.year, anchor) if spec.year is not None else None


def _in_year(spec: Spec, y: int, anchor: dt.date | None) -> Period | None:
    """The period the fields of `spec` name within year `y` (or the winter starting in it)."""
    if spec.month is not None and spec.day is not None:
        when = dt.date(y, spec.month, spec.day)
        return cal.week(when) if spec.unit == "week" else cal.day(when)
    if spec.month is not None and spec.week_of_month is not None:
        return _week_of_month(y, spec.month, spec.week_of_month)
    if spec.month is not None:
        return _part(cal.month(y, spec.month), spec, anchor)
    if spec.quarter is not None:
        return _part(cal.quarter(y, spec.quarter), spec, anchor)
    if spec.half is not None:
        return _part(cal.half(y, spec.half), spec, anchor)
    if spec.season is not None:
        return _part(cal.season(y, spec.season), spec, anchor)
    return _part(cal.year(y), spec, anchor)


def _part(period: Period, spec: Spec, anchor: dt.date | None) -> Period:
    """The part of the period the text names ("early", "the end of", "earlier this")."""
    if spec.part is None:
        return period
    if spec.part in PUBLICATION_PARTS:
        return cal.split_at(period, anchor, before=spec.part == "to_date") if anchor else period
    lo, hi = load_lexicon().parts[spec.part]
    return cal.narrowed(period, lo, hi)


def _week_of_month(y: int, m: int, nth: int) -> Period | None:
    """The nth (or last, -1) ISO week lying wholly inside a month."""
    whole = cal.month(y, m)
    first_monday = whole.start + dt.timedelta(days=(7 - whole.start.weekday()) % 7)
    weeks = []
    monday = first_monday
    while monday + dt.timedelta(days=6) <= whole.end:
        weeks.append(cal.week(monday))
        monday += dt.timedelta(days=7)
    if not weeks or nth > len(weeks):
        return None
    return weeks[-1] if nth < 0 else weeks[nth - 1]


def _with_century(spec: Spec, anchor: dt.date, tense: Tense | None) -> Spec:
    """"'82" and "the 70s" take the century that puts them nearest before the anchor
    (after it, when the text looks ahead)."""
    digits = spec.two_digit or 0
    if spec.unit == "decade":
        decades = [c * 10 + digits // 10 for c in (anchor.year // 100 - 1, anchor.year // 100)]
        past = [d for d in decades if d * 10 <= anchor.year]
        return replace(spec, two_digit=None, decade=max(past) if past else min(decades))
    century = anchor.year // 100
    years = [c * 100 + digits for c in (century - 1, century, century + 1)]
    if tense == "future":
        ahead = [y for y in years if y >= anchor.year]
        return replace(spec, two_digit=None, year=min(ahead))
    past = [y for y in years if y <= anchor.year]
    return replace(spec, two_digit=None, year=max(past))


def _shifted(spec: Spec, anchor: dt.date) -> Period | None:
    """"last year", "three weeks ago", "the first quarter of last year", "tomorrow night"."""
    unit = spec.shift_unit or spec.unit
    moved = cal.shift_date(anchor, unit, spec.offset)
    if spec.has_fields and unit == "year":
        return _in_year(replace(spec, shift_unit=None), moved.year, anchor)
    if spec.day_part is not None:
        return cal.part_of_day(moved, spec.day_part)
    return _part(cal.containing(moved, spec.unit), spec, anchor)


def _from_last(spec: Spec, last: DateSpan | None, anchor: dt.date | None,
               tense: Tense | None) -> Period | None:
    """"that day", "the same week": the date named last, at the unit the text asks for."""
    if last is None or last.range is None or last.granularity in ("reference",):
        return None
    named = cal.period_of_value(last.value)
    if named is None:
        return None
    if spec.shift_unit is not None:
        counted = _counted_from(_named_days(named, last.range), spec.shift_unit, spec.offset,
                                spec.unit)
        return None if counted is None or _after_told(counted, anchor, tense) else counted
    order = cal.GRANULARITIES
    if order.index(named.granularity) > order.index(spec.unit):
        return None  # "that day" after "in 2020": no day to point back to
    if spec.unit == "day" and named.granularity in ("day", "part_of_day"):
        return named
    return cal.containing(named.start, spec.unit)


def _narrated(spec: Spec, last: DateSpan | None, anchor: dt.date | None,
              tense: Tense | None) -> Period | None:
    """"the next year", "early the next year", "the following spring" in a past-tense
    story: counted from the date named last, not from publication."""
    if spec.shift_unit is not None:
        told = _from_last(spec, last, anchor, tense)
        return _part(told, spec, anchor) if told is not None else None
    if last is None or last.range is None:
        return None
    first, end = (dt.date.fromisoformat(d) for d in last.range)
    told = _cyclic(spec, end if spec.direction == "next" else first, tense)
    return None if told is None or _after_told(told, anchor, tense) else told


def _named_days(named: Period, days: tuple[str, str]) -> Period:
    """The days the earlier date covers: "late 2019" is the year 2019, but only its last
    third can be counted from."""
    first, last = (dt.date.fromisoformat(d) for d in days)
    return replace(named, start=first, end=last)


def _after_told(period: Period, anchor: dt.date | None, tense: Tense | None) -> bool:
    """A date counted in a past-tense clause cannot begin after the text was published
    ("Two days later, troops attacked" after Wednesday, in a paper of Thursday): the
    count is then no date the text can mean, and is not placed (a clipped period would
    have no TIMEX3 value)."""
    return anchor is not None and tense in ("past", "perfect") and period.start > anchor


# the units a date counted from another may widen to, finest first
_WIDENING = ("day", "week", "month", "year", "decade", "century")


def _counted_from(named: Period, unit: str, n: int, wanted: str) -> Period | None:
    """"two days later", "the following week": the period named last moved `n` units, at
    the unit `wanted` where the named one is as fine; else the smallest period, at most
    one unit coarser, holding every day it may be ("a day later" than "last week" is in
    that week or the next, so in their month). A count never widens past a year: "the
    next day" after "in 2014" may be 1 January 2015, and a decade is no date of it.
    A widened period keeps the counted days as its range ("two weeks later" than January
    is the year, from 15 January to 14 February)."""
    first, last = (cal.shift_date(day, unit, n) for day in (named.start, named.end))
    order = cal.GRANULARITIES
    finest = max(order.index(wanted), order.index(named.granularity))
    fits = [g for g in _WIDENING if order.index(g) >= finest][:2]
    for granularity in fits:
        period = cal.containing(first, granularity)
        widened = granularity != fits[0]
        if period.end >= last and not (widened and order.index(granularity) > _YEAR):
            return replace(period, start=first, end=last) if widened else period
    return None


_YEAR = cal.GRANULARITIES.index("year")


# --- cyclic units: which June, which Tuesday ---------------------------------------------


def _cyclic(spec: Spec, anchor: dt.date, tense: Tense | None) -> Period | None:
    """A month, weekday, season, quarter or holiday without its year: pick the occurrence."""
    make, base = _occurrences(spec, anchor)
    candidates = [p for k in range(base - _WINDOW, base + _WINDOW + 1) if (p := make(k))]
    if not candidates:
        return None
    if spec.direction is not None:
        return _directed(candidates, spec, anchor, make(base))
    daily = spec.weekday is not None or spec.unit == "weekend"
    return _by_tense(candidates, anchor, tense, weekday=daily)


def _occurrences(spec: Spec, anchor: dt.date) -> tuple[Callable[[int], Period | None], int]:
    """A function from a cycle index to the occurrence in it, and the anchor's own index."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if spec.unit == "weekend" and spec.weekday is None:
        return (lambda k: cal.weekend(monday + dt.timedelta(days=7 * k))), 0
    if spec.weekday is not None:
        weekday = spec.weekday
        part = spec.day_part

        def on_weekday(k: int) -> Period:
            when = monday + dt.timedelta(days=7 * k + weekday)
            return cal.part_of_day(when, part) if part else cal.day(when)

        return on_weekday, 0

    if spec.unit == "decade":  # "the end of the decade": this one's, or the last one's
        return (lambda k: _part(cal.decade(k), spec, anchor)), anchor.year // 10

    def in_year(y: int) -> Period | None:
        try:
            return _in_year(spec, y, anchor)
        except ValueError:  # 29 February of a common year
            return None

    return in_year, anchor.year


def _directed(candidates: list[Period], spec: Spec, anchor: dt.date,
              own: Period | None) -> Period | None:
    """"last June" is the latest before this month, "next summer" the first after this
    season, "this Tuesday" the one of this week."""
    unit = "day" if spec.weekday is not None else _cycle_unit(spec)
    current = cal.containing(anchor, unit)
    if spec.direction == "last":
        before = [p for p in candidates if p.end < current.start]
        return max(before, key=lambda p: p.start) if before else None
    if spec.direction == "next":
        after = [p for p in candidates if p.start > current.end]
        return min(after, key=lambda p: p.start) if after else None
    if spec.season is not None:
        return min(candidates, key=lambda p: (cal.distance(p, anchor), p.start))
    return own


def _cycle_unit(spec: Spec) -> str:
    if spec.day is not None or spec.week_of_month is not None:
        return "day"
    for unit, field in (("month", spec.month), ("season", spec.season),
                        ("quarter", spec.quarter), ("half", spec.half)):
        if field is not None:
            return unit
    return "year"


def _by_tense(candidates: list[Period], anchor: dt.date, tense: Tense | None,
              *, weekday: bool) -> Period:
    """Past: the latest that has begun; future: the first not yet over; otherwise the
    nearest (a weekday: the latest that has begun, as news looks back)."""
    begun = [p for p in candidates if p.start <= anchor]
    pending = [p for p in candidates if p.end >= anchor]
    looks_back = tense in ("past", "perfect") or (weekday and tense != "future")
    if looks_back and begun:
        return max(begun, key=lambda p: p.start)
    if tense == "future" and pending:
        return min(pending, key=lambda p: p.start)
    return min(candidates, key=lambda p: (_leaning_distance(p, anchor), p.start))


def _leaning_distance(period: Period, anchor: dt.date) -> int:
    """Days to the anchor, counted double ahead of it: news reports more than it announces,
    so "in February" in a September piece is the February just past."""
    days = cal.distance(period, anchor)
    return days * _AHEAD_WEIGHT if period.start > anchor else days


# --- dateparser, for written forms the grammar does not know ----------------------------

_DATE_LIKE = re.compile(r"\d{1,4}\s*[-/.\s]\s*\w{1,9}\s*[-/.\s]\s*\d{1,4}")
_PERIODS = frozenset({"day", "week", "month", "year"})  # dateparser periods the calendar has


def _fallback(text: str, anchor: dt.date | None, anchor_inferred: bool) -> DateSpan | None:
    """Explicit dates in other written forms ("2022.09.15", "15-Sep-2022"), via dateparser."""
    if len(text) > 40 or not _DATE_LIKE.search(text):
        return None
    import dateparser.date

    base = dt.datetime.combine(anchor, dt.time()) if anchor else None
    parser = dateparser.date.DateDataParser(
        languages=["en"], settings={"RELATIVE_BASE": base} if base else None
    )
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    granularity = data.period or ""
    if data.date_obj is None or granularity not in _PERIODS:
        return None
    try:
        period = cal.containing(data.date_obj.date(), granularity)
    except CalendarError:
        return None
    days = (period.start.isoformat(), period.end.isoformat())
    return DateSpan(period.value, period.granularity, days, text=text, inferred=anchor_inferred)
