"""The date an event takes, and how a dated mention's span becomes one: a span of days
("Sept. 19-20", "between 3 and 17 May") is kept whole, not cut to the one end TIMEX3
values, and a part of a period ("the early 1990s", "late 2019") keeps its part: the
event's date is the interval of its range ("1990/1993", "2019-09/2019-12"), written at
the coarsest unit whose bounds its ends fall on, so that a query for a range finds it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from belli.dates.calendar import Period, period_of_value
from belli.dates.grammar import find_expressions
from belli.dates.spans import day_span
from belli.dates.spec import PUBLICATION_PARTS
from belli.events.event_periods import calendar_value
from belli.records import DateSpan

__all__ = ["EventDate", "from_span"]


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str
    granularity: str
    text: str | None
    how: str  # "clause", "sentence", "paragraph", "document", "publication"
    range: tuple[str, str] | None = None
    ahead: bool = False  # its clause tells the act as still to come ("are due to meet")


def from_span(span: DateSpan, text: str, how: str) -> EventDate:
    """The date the mention `text`, dated `span`, gives an event found by `how`."""
    if _split_at(span, text):  # "earlier this month": the month, up to publication
        return EventDate(calendar_value(span.value) or span.value, span.granularity, text,
                         how, span.range)
    days = _stretch(span) or _days_named(span, text)
    if days is not None:  # "Sept. 19-20": the act took both days, not the one TIMEX3 values
        unit = span.granularity if span.granularity in _SPAN_UNITS else "day"
        return _interval(days, unit, text, how)
    part = _part(span)
    if part is not None:  # "the early 1990s": 1990/1993, not the whole decade
        return _interval(part, _aligned_unit(part), text, how)
    return EventDate(calendar_value(span.value) or span.value, span.granularity, text, how,
                     span.range)


def _interval(days: tuple[date, date], unit: str, text: str, how: str) -> EventDate:
    """An event dated by its days; one day is that day, never an interval whose ends meet."""
    bounds = (days[0].isoformat(), days[1].isoformat())
    if days[0] == days[1]:
        return EventDate(bounds[0], "day", text, how, bounds)
    return EventDate(_span_value(days, unit), unit, text, how, bounds)


def _stretch(span: DateSpan) -> tuple[date, date] | None:
    """The days of a span the date stage read ("between March and May 2021"): a range
    wider than the period of the value, which TIMEX3 gives one end of."""
    found = _range_days(span)
    if found is None:
        return None
    (first, last), period = found
    return (first, last) if first < period.start or last > period.end else None


def _range_days(span: DateSpan) -> tuple[tuple[date, date], Period] | None:
    """The first and last days of the span's range, and the period of its value; None
    where it has no range, its value names no period, or a day is unreadable."""
    period = period_of_value(span.value)
    if span.range is None or period is None:
        return None
    try:
        first, last = (date.fromisoformat(d) for d in span.range)
    except ValueError:
        return None
    return (first, last), period


def _split_at(span: DateSpan, text: str) -> bool:
    """Whether the span is the stretch of its period up to publication or from it
    ("earlier this month", "later this year"), as its expression says: an analyst reads
    the period, the range says which part of it. A part the calendar fixes ("early this
    month") is an interval of its own, whatever the day of publication. Only a span with
    a range can be one, so the others are not parsed again (this runs per dated event)."""
    if span.range is None:
        return False
    said = find_expressions(span.text or text)
    return any(found.spec.part in PUBLICATION_PARTS for found in said)


_SPAN_UNITS = frozenset({"day", "month", "year"})  # units whose ends the contract can write


def _part(span: DateSpan) -> tuple[date, date] | None:
    """The days of a part of a period ("early last month"): a range narrower than the
    period of the value, which TIMEX3 gives whole."""
    found = _range_days(span)
    if found is None:
        return None
    (first, last), period = found
    inside = period.start <= first <= last <= period.end
    return (first, last) if inside and (first, last) != (period.start, period.end) else None


def _aligned_unit(days: tuple[date, date]) -> str:
    """"year" for 1990-01-01..1993-12-31, "month" for 2019-09-01..2019-12-31, else "day"."""
    first, last = days
    month_end = (last + timedelta(days=1)).day == 1
    if first.day == 1 and month_end:
        return "year" if first.month == 1 and last.month == 12 else "month"
    return "day"


def _span_value(days: tuple[date, date], granularity: str) -> str:
    """"2021-05-03/2021-05-17", "2021-03/2021-05", "2014/2016": each end at the unit named."""
    width = {"month": 7, "year": 4}.get(granularity, 10)
    first, last = (d.isoformat()[:width] for d in days)
    return f"{first}/{last}"


def _days_named(span: DateSpan, text: str) -> tuple[date, date] | None:
    if span.granularity != "day":
        return None
    try:
        return day_span(text, date.fromisoformat(span.value[:10]))
    except ValueError:
        return None
