"""Where an event's date stands against the publication date: the calendar value the
output contract writes, and whether an act is background (historical) or still to come
(future). `belli.events.timing` finds which date an event takes; this module reads it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from belli.dates.calendar import period_of_value

if TYPE_CHECKING:
    from belli.events.event_date import EventDate

__all__ = ["HISTORICAL_AFTER_DAYS", "bound", "calendar_value", "is_future", "is_historical",
           "period_end", "period_start", "published_day"]

# An event whose period ends this long before publication is background to the piece.
HISTORICAL_AFTER_DAYS = 45
# TIMEX3 writes a decade "199" and a century "19"; the output contract writes "199X", "19XX"
_DECADE = re.compile(r"^\d{3}$")
_CENTURY = re.compile(r"^\d{2}$")


def calendar_value(value: str) -> str | None:
    """The value as a calendar date the contract allows ("2022-09-13TMO" -> "2022-09-13",
    the decade "199" -> "199X", a weekend or a half year -> its days or months as an
    interval), or None for what is no calendar date ("PRESENT_REF")."""
    bounds = value.split("/", 1)
    firsts, lasts = [], []
    for part in bounds:
        if _DECADE.match(part):
            part += "X"
        elif _CENTURY.match(part):
            part += "XX"
        else:
            period = period_of_value(part)
            if period is None:
                return None
            part = part.split("T")[0]
            if not _CONTRACT_FORM.match(part):  # "2023-W39-WE", "2021-H1"
                firsts.append(_edge(period.start, period.granularity))
                lasts.append(_edge(period.end, period.granularity))
                continue
        firsts.append(part)
        lasts.append(part)
    return "/".join(dict.fromkeys([firsts[0], lasts[-1]]))


# the partial dates the output contract allows, besides decades and centuries
_CONTRACT_FORM = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-(?:SP|SU|FA|WI|Q[1-4]))?$")


def _edge(day: date, granularity: str) -> str:
    return day.isoformat()[:7] if granularity == "half" else day.isoformat()


def period_end(value: str) -> date | None:
    """The last day of a value's period ("2020" -> 2020-12-31, "199X" -> 1999-12-31,
    "1990/1993" -> 1993-12-31); None for what is no calendar date."""
    period = period_of_value(value.split("/")[-1].replace("X", ""))
    return period.end if period is not None else None


def period_start(value: str) -> date | None:
    period = period_of_value(value.split("/")[0].replace("X", ""))
    return period.start if period is not None else None


def published_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def is_historical(when: EventDate, published: str | None) -> bool:
    """Whether the event's period ended well before the publication date, or is a past
    year as a whole ("in 2019", told in January 2020: most of it lies long before)."""
    anchor = published_day(published)
    if when.how == "publication" or anchor is None:
        return False
    end = bound(when, 1) or period_end(when.value)
    if end is None or end >= anchor:
        return False
    start = bound(when, 0) or period_start(when.value)
    whole_year = start is not None and (end - start).days >= _YEAR_DAYS
    return whole_year or end < anchor - timedelta(days=HISTORICAL_AFTER_DAYS)


_YEAR_DAYS = 364  # a period this long or longer is a year or more


def is_future(when: EventDate, published: str | None) -> bool:
    """Whether the event's own clause dates it after the publication day ("next week"),
    or on that day in the future tense ("are due to meet on Thursday", said on Thursday)."""
    anchor = published_day(published)
    if when.how != "clause" or anchor is None:
        return False
    start = bound(when, 0) or period_start(when.value)
    return start is not None and (start > anchor or (when.ahead and start == anchor))


def bound(when: EventDate, index: int) -> date | None:
    try:
        return date.fromisoformat(when.range[index]) if when.range else None
    except ValueError:
        return None
