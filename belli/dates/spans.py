"""Days a multi-day expression covers: "Sept. 19-20", "12 to 20 September", "on Sept. 13
and 14".

TIMEX3 gives such an expression the value of the one day it names in full (the model's
mention holds both numbers, the grammar resolves the day that carries the month), so a
multi-day act would be dated by one of its days. `day_span` reads the other day from the
text: two day numbers of one month, joined by a dash, "to", "through", "until" or "and".
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


def day_span(text: str, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the span `text` names, given the day it was resolved to
    (one of its ends); None when the text names that day alone."""
    for match in _SPAN.finditer(text):
        first, last = int(match["first"]), int(match["last"])
        if first >= last or day.day not in (first, last):
            continue
        try:
            return day.replace(day=first), day.replace(day=last)
        except ValueError:  # "Feb. 28-30": no such day
            return None
    return None
