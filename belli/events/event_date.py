"""The date an event takes, and how a dated mention's span becomes one: a span of days
("Sept. 19-20", "between 3 and 17 May") is kept whole, not cut to the one end TIMEX3
values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from belli.dates.calendar import period_of_value
from belli.dates.spans import day_span
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
    days = _stretch(span) or _days_named(span, text)
    if days is not None:  # "Sept. 19-20": the act took both days, not the one TIMEX3 values
        unit = span.granularity if span.granularity in _SPAN_UNITS else "day"
        bounds = (days[0].isoformat(), days[1].isoformat())
        return EventDate(_span_value(days, unit), unit, text, how, bounds)
    return EventDate(calendar_value(span.value) or span.value, span.granularity, text, how,
                     span.range)


def _stretch(span: DateSpan) -> tuple[date, date] | None:
    """The days of a span the date stage read ("between March and May 2021"): a range
    wider than the period of the value, which TIMEX3 gives one end of."""
    period = period_of_value(span.value)
    if span.range is None or period is None:
        return None
    try:
        first, last = (date.fromisoformat(d) for d in span.range)
    except ValueError:
        return None
    return (first, last) if first < period.start or last > period.end else None


_SPAN_UNITS = frozenset({"day", "month", "year"})  # units whose ends the contract can write


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
