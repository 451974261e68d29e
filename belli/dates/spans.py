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

__all__ = ["day_span"]

_DAY = r"(?<![\d:.,/])(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%])"
_JOIN = r"[ \t]*(?:-|–|—|to|through|until|till|and)[ \t]*"
# the second number may be the one that carries the month ("Sept. 19-20"), or the first
# ("12 to 20 September"); a month word between the two numbers makes a span of two months,
# which one day and a number cannot say, so it is not read
_SPAN = re.compile(_DAY.format(name="first") + _JOIN + _DAY.format(name="last")
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
