"""The publication date of an undated page, inferred from everything its text says.

1. Every dated event the text reports, not only "in 2020": full dates, months with
   years, quarters, seasons, "the war of 2020", "the 2020 war" in a past-tense clause,
   and months or days without a year ("on September 27"), which take the latest year the
   text names, and days counted from an earlier one ("Two days later" after "on 3 March
   2022"). Events in a clause that looks ahead ("elections will be held in 2025",
   "until 2030") and dates after today are plans, not events.
2. The page is no earlier than the latest of them (the most specific one where two begin
   together): "in June 2021" after "on 3 May 2021" gives 2021-06.
3. A relative expression pins the date further where its unit is the latest event's:
   "last month" with an event in August 2022 gives 2022-09; "last year's war" with the
   war of 2020 gives 2021; "two years ago" with 2019 gives 2021. So does a date stated in
   full right beside it, with at most punctuation or "on" between: "Last month, on 3
   August 2022, ..." gives 2022-09, "Three weeks ago, on 10 January 2023" 2023-01-31. A
   date further on in its sentence may be another thing's and pins nothing: "Last week,
   Armenia accused Baku of violating the truce signed on 10 November 2020" says when the
   truce was signed, not the week before publication. The page is never dated before
   its latest event all the same.

The result keeps its precision ("2021", "2022-09", "2021-W46", "2021-09-27") and a reason
an analyst can check. No parse is needed: tense is read from the words of each clause.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from belli.dates import calendar as cal
from belli.dates.antecedents import Named, counted_antecedent
from belli.dates.grammar import Found, find_expressions
from belli.dates.resolve import resolve_found
from belli.dates.spec import Spec
from belli.dates.tense import Tense, clause_tense, with_hint
from belli.records import DateSpan

__all__ = ["Inference", "infer_publication"]

_EVENT_UNITS = frozenset({"day", "week", "weekend", "month", "season", "quarter", "half", "year"})
_PIN_UNITS = frozenset({"day", "week", "month", "year"})


@dataclass(frozen=True, slots=True)
class Inference:
    """An inferred publication date (partial ISO) and why."""

    value: str
    reason: str


@dataclass(frozen=True, slots=True)
class _Event:
    period: cal.Period
    text: str
    start: int  # where the text names it
    end: int
    stated: bool = True  # the text gives its year itself, not the year of another date


def infer_publication(
    text: str, *, today: dt.date | None = None, found: Sequence[Found] | None = None
) -> Inference | None:
    """The publication date the text supports, or None when it dates nothing. `found`:
    the text's expressions (`find_expressions`), when the caller has them already."""
    today = today or dt.date.today()
    tensed = _tensed(text, find_expressions(text) if found is None else found)
    events = _dated_events(tensed, text, today)
    if not events:
        return None
    latest = max(events, key=_lateness)
    reason = f"latest dated event reported in the past: {latest.text!r}"
    pinned = _pinned(latest, events, [f for f, _ in tensed], text, today)
    if pinned is not None:
        period, relative, event = pinned
        source = "it" if event is latest else repr(event.text)
        return Inference(period.value,
                         f"{reason}; {relative!r} counts from {source}: {period.value}")
    return Inference(_publishable(latest.period).value, reason)


def _tensed(text: str, found: Sequence[Found]) -> list[tuple[Found, Tense | None]]:
    """Each expression with its clause's tense (read once), less those that look ahead."""
    pairs = [(f, clause_tense(text, f.start, f.end)) for f in found]
    return [(f, t) for f, t in pairs if with_hint(t, f.spec.tense_hint) != "future"]


def _publishable(period: cal.Period) -> cal.Period:
    """A day, month or year, as a publication date is written: a quarter or season becomes
    the month or year that holds it whole."""
    if period.granularity in ("day", "month", "year"):
        return period
    month = cal.containing(period.start, "month")
    return month if period.end <= month.end else cal.containing(period.start, "year")


def _lateness(event: _Event) -> tuple[dt.date, int]:
    """Later start first; of two that start together, the more specific."""
    return event.period.start, -cal.GRANULARITIES.index(event.period.granularity)


def _dated_events(tensed: list[tuple[Found, Tense | None]], text: str,
                 today: dt.date) -> list[_Event]:
    """Events the text dates by itself, and those whose year is the latest it names."""
    absolute = [e for f, t in tensed if f.spec.is_absolute and (e := _event(f, t, today))]
    years = [e.period.start.year for e in absolute]
    if not years:
        return absolute
    latest_year = max(years)
    partial = [
        replace(e, stated=False) for f, t in tensed if _yearless(f)
        and (e := _event(_in_year(f, latest_year), t, today))
    ]
    return absolute + partial + _counted(tensed, absolute + partial, text, today)


def _counted(tensed: list[tuple[Found, Tense | None]], events: list[_Event], text: str,
             today: dt.date) -> list[_Event]:
    """Days counted from an event named before them: "Two days later" after "on 3 March
    2022" is 5 March. The event counted from is the one the date stage would count from
    (`counted_antecedent`: the last in the expression's paragraph or the one before)."""
    named = [Named(e.start, _span(e.period), narrates=True)
             for e in sorted(events, key=lambda e: e.start)]
    found = []
    for f, t in tensed:
        if not f.spec.anaphor or f.spec.shift_unit is None:
            continue
        last = counted_antecedent(named, text, f.start)
        if last is not None and (e := _event(f, t, today, last)) is not None:
            found.append(e)
    return found


def _span(period: cal.Period) -> DateSpan:
    return DateSpan(period.value, period.granularity,
                    (period.start.isoformat(), period.end.isoformat()))


def _in_year(found: Found, year: int) -> Found:
    """A yearless expression placed in the year the text names last ("September 27 [2021]")."""
    return replace(found, spec=replace(found.spec, year=year), text=f"{found.text} [{year}]")


def _yearless(found: Found) -> bool:
    """A month or a month and day without a year: "on September 27", "in July"."""
    spec = found.spec
    return (
        found.confident and spec.year is None and spec.month is not None
        and spec.direction is None and spec.shift_unit is None and spec.two_digit is None
    )


def _event(found: Found, tense: Tense | None, today: dt.date,
           last: DateSpan | None = None) -> _Event | None:
    """The period of an event the text reports (`tense`: its clause's), if it could have
    happened by `today`; `last` is the date a counted one counts from."""
    if not found.confident and tense != "past":
        return None  # a bare "2020" counts in a past clause only ("the 2020 war ended")
    span = resolve_found(found, None, last=last)
    if span is None or span.range is None:
        return None
    period = cal.period_of_value(span.value)
    if period is None or period.granularity not in _EVENT_UNITS:
        return None
    if dt.date.fromisoformat(span.range[0]) > today:
        return None
    return _Event(period, found.text, found.start, found.end, found.spec.is_absolute)


def _pinned(latest: _Event, events: list[_Event], found: list[Found], text: str,
            today: dt.date) -> tuple[cal.Period, str, _Event] | None:
    """The latest date a relative expression ("last month", "two years ago") fixes with
    an event it pins (`_pinning`): the period of its unit holding the event, moved forward
    by the offset; None where none is later than the latest event."""
    best: tuple[cal.Period, str, _Event] | None = None
    for f in found:
        for event in _pinning(f, latest, events, text):
            period = _pin(event.period, f.spec)
            if period is not None and latest.period.start <= period.start <= today and (
                    best is None or period.start > best[0].start):
                best = (period, f.text, event)
    return best


def _pinning(found: Found, latest: _Event, events: list[_Event], text: str) -> list[_Event]:
    """The events a relative expression pins: the latest one where its unit is theirs,
    and one dated more finely by a date stated in full right beside it ("Last month, on 3
    August 2022"); a date further on in its sentence may be another thing's ("Last year,
    Russia left the treaty signed on 8 December 1987")."""
    unit = found.spec.unit
    pinned = [latest] if latest.period.granularity == unit else []
    return pinned + [e for e in events if e.stated and e.period.granularity != unit
                     and _beside(text, found, e)]


# what may stand between a relative expression and the date it pins: "Last month, on"
_BETWEEN = re.compile(r"[\s,;:()–—-]*(?:on\b[\s,]*)?")


def _beside(text: str, found: Found, event: _Event) -> bool:
    low, high = (found.end, event.start) if found.start < event.start else (event.end,
                                                                           found.start)
    return low <= high and _BETWEEN.fullmatch(text, low, high) is not None


def _pin(latest: cal.Period, spec: Spec) -> cal.Period | None:
    """The publication period a past relative expression counts back from, were it the
    latest event's: "last week" with 10 November 2021 gives the week after that day's."""
    shift, order = spec.shift_unit, cal.GRANULARITIES
    if (shift is None or spec.anaphor or spec.narrative or spec.offset >= 0 or spec.has_fields
            or spec.unit not in _PIN_UNITS):
        return None
    if order.index(latest.granularity) > order.index(spec.unit):
        return None  # "last month" does not pin the month of an event dated "in 2021"
    try:
        moved = cal.shift_date(latest.start, shift, -spec.offset)
        return cal.containing(moved, spec.unit)
    except cal.CalendarError:
        return None

