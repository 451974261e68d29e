"""The publication date of an undated page, inferred from everything its text says.

1. Every dated event the text reports, not only "in 2020": full dates, months with
   years, quarters, seasons, "the war of 2020", "the 2020 war" in a past-tense clause,
   and months or days without a year ("on September 27"), which take the latest year the
   text names. Events in a clause that looks ahead ("elections will be held in 2025",
   "until 2030") and dates after today are plans, not events.
2. The page is no earlier than the latest of them (the most specific one where two begin
   together): "in June 2021" after "on 3 May 2021" gives 2021-06.
3. A relative expression pins the date further where its unit is the latest event's:
   "last month" with an event in August 2022 gives 2022-09; "last year's war" with the
   war of 2020 gives 2021; "two years ago" with 2019 gives 2021.

The result keeps its precision ("2021", "2022-09", "2021-09-27") and a reason an analyst
can check. No parse is needed: tense is read from the words of each clause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from belli.dates import calendar as cal
from belli.dates.grammar import Found, find_expressions
from belli.dates.resolve import resolve_found
from belli.dates.tense import Tense, clause_tense, with_hint

__all__ = ["Inference", "infer_publication"]

_EVENT_UNITS = frozenset({"day", "week", "weekend", "month", "season", "quarter", "half", "year"})
_PIN_UNITS = frozenset({"month", "year"})


@dataclass(frozen=True, slots=True)
class Inference:
    """An inferred publication date (partial ISO) and why."""

    value: str
    reason: str


@dataclass(frozen=True, slots=True)
class _Event:
    period: cal.Period
    text: str


def infer_publication(
    text: str, *, today: dt.date | None = None, found: Sequence[Found] | None = None
) -> Inference | None:
    """The publication date the text supports, or None when it dates nothing. `found`:
    the text's expressions (`find_expressions`), when the caller has them already."""
    today = today or dt.date.today()
    tensed = _tensed(text, find_expressions(text) if found is None else found)
    events = _dated_events(tensed, today)
    if not events:
        return None
    latest = max(events, key=_lateness)
    reason = f"latest dated event reported in the past: {latest.text!r}"
    pinned = _pinned(latest, [f for f, _ in tensed], today)
    if pinned is not None:
        period, relative = pinned
        return Inference(period.value, f"{reason}; {relative!r} counts from it: {period.value}")
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


def _dated_events(tensed: list[tuple[Found, Tense | None]], today: dt.date) -> list[_Event]:
    """Events the text dates by itself, and those whose year is the latest it names."""
    absolute = [e for f, t in tensed if f.spec.is_absolute and (e := _event(f, t, today))]
    years = [e.period.start.year for e in absolute]
    if not years:
        return absolute
    latest_year = max(years)
    partial = [
        e for f, t in tensed if _yearless(f)
        and (e := _event(_in_year(f, latest_year), t, today))
    ]
    return absolute + partial


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


def _event(found: Found, tense: Tense | None, today: dt.date) -> _Event | None:
    """The period of an event the text reports (`tense`: its clause's), if it could have
    happened by `today`."""
    if not found.confident and tense != "past":
        return None  # a bare "2020" counts in a past clause only ("the 2020 war ended")
    span = resolve_found(found, None)
    if span is None or span.range is None:
        return None
    period = cal.period_of_value(span.value)
    if period is None or period.granularity not in _EVENT_UNITS:
        return None
    return _Event(period, found.text) if dt.date.fromisoformat(span.range[0]) <= today else None


def _pinned(latest: _Event, found: list[Found], today: dt.date) -> tuple[cal.Period, str] | None:
    """The date a relative expression ("last month", "two years ago") fixes when its unit
    is that of the latest event: the event's period moved forward by the offset."""
    unit = latest.period.granularity
    if unit not in _PIN_UNITS:
        return None
    best: tuple[cal.Period, str] | None = None
    for f in found:
        spec = f.spec
        if spec.shift_unit != unit or spec.offset >= 0 or spec.has_fields:
            continue
        period = cal.shift(latest.period, -spec.offset)
        if period.start <= today and (best is None or period.start > best[0].start):
            best = (period, f.text)
    return best

