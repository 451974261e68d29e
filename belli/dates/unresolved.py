"""A date expression that cannot be placed on the calendar, as TIMEX3 writes it: the
fields the text gives, an X for each digit it leaves unknown. "Tuesday" in a page without
a publication date is "XXXX-WXX-2" (a day), "last month" "XXXX-XX" (a month), "in
February" "XXXX-02". The span has no range: it names no days.
"""

from __future__ import annotations

from belli.dates.grammar import Found
from belli.dates.spec import Spec
from belli.records import DateSpan

__all__ = ["placed", "unresolved"]


def unresolved(found: Found) -> DateSpan:
    """The expression's unit and the fields it states, its value left unknown elsewhere."""
    spec = found.spec
    return DateSpan(value=_value(spec), granularity=spec.unit, range=None, text=found.text)


def placed(span: DateSpan) -> bool:
    """Whether the span names days: not one `unresolved` made (an X in its value, no range)."""
    return span.range is not None or "X" not in span.value


def _value(spec: Spec) -> str:
    year = f"{spec.year:04d}" if spec.year is not None else "XXXX"
    unit = spec.unit
    if unit in ("day", "part_of_day"):
        day = _day(spec, year)
        return f"{day}T{spec.day_part}" if spec.day_part else day
    if unit in ("week", "weekend"):
        return f"{year}-WXX" + ("-WE" if unit == "weekend" else "")
    coded = {"month": _two(spec.month), "season": spec.season,
             "quarter": f"Q{spec.quarter or 'X'}", "half": f"H{spec.half or 'X'}"}
    if unit in coded:
        return f"{year}-{coded[unit] or 'XX'}"
    return {"decade": "XXX", "century": "XX"}.get(unit, year)


def _day(spec: Spec, year: str) -> str:
    if spec.weekday is not None:
        return f"{year}-WXX-{spec.weekday + 1}"  # TIMEX3 counts Monday as 1
    return f"{year}-{_two(spec.month) or 'XX'}-{_two(spec.day) or 'XX'}"


def _two(number: int | None) -> str | None:
    return f"{number:02d}" if number is not None else None
