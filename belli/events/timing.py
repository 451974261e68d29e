"""When an event happened: the date its own clause gives, else one in its sentence, else
around publication; and whether that makes it background (`historical`).

Date values come from the date stage (`Mention.date` of DATE and TIME mentions).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from belli.events.participants import Participants
from belli.events.syntax import Token, clause_verb
from belli.events.triggers import Trigger
from belli.records import Analysis, DateSpan, Mention

__all__ = ["HISTORICAL_AFTER_DAYS", "EventDate", "calendar_value", "date_of", "is_historical",
           "period_end"]

# An event whose period ends this long before publication is background to the piece.
HISTORICAL_AFTER_DAYS = 45
_DATE_LABELS = frozenset({"DATE", "TIME"})
# What an event's date may be (the output contract): a partial ISO date, a week, a
# season or quarter, or an interval of them; TIMEX3 times of day are cut to the day.
_PARTIAL = re.compile(r"^(\d{4}|\d{3}X|\d{2}XX)(-\d{2}(-\d{2})?)?$|^\d{4}-W\d{2}$|^\d{4}-(SP|SU|FA|WI|Q[1-4])$")


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str
    granularity: str
    text: str | None
    how: str  # "clause", "sentence", "publication"
    range: tuple[str, str] | None = None


def date_of(trigger: Trigger, analysis: Analysis, people: Participants) -> EventDate | None:
    """The date of the trigger's event (see the module docstring)."""
    sentence = trigger.token.sent
    dated = [m for m in analysis.mentions
             if m.label in _DATE_LABELS and m.date is not None and calendar_value(m.date.value)
             and sentence.start_char <= m.start < sentence.end_char]
    own = clause_verb(trigger.head)
    clause = [m for m in dated if _verb_of(m, people) is own]
    if clause:
        best = min(clause, key=lambda m: abs(m.start - trigger.head.idx))
        return _from(best.date, best.text, "clause")  # type: ignore[arg-type]
    if dated:
        best = min(dated, key=lambda m: abs(m.start - trigger.head.idx))
        return _from(best.date, best.text, "sentence")  # type: ignore[arg-type]
    published = analysis.article.published
    if published:
        return EventDate(published[:10], "day", None, "publication")
    return None


def _verb_of(mention: Mention, people: Participants) -> Token | None:
    span = people.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return clause_verb(span.root) if span is not None else None


def _from(span: DateSpan, text: str, how: str) -> EventDate:
    return EventDate(calendar_value(span.value) or span.value, span.granularity, text, how,
                     span.range)


def calendar_value(value: str) -> str | None:
    """The value as a calendar date the contract allows ("2022-09-13TMO" -> "2022-09-13"),
    or None for what is no calendar date ("PRESENT_REF", a duration)."""
    parts = [part.split("T")[0] for part in value.split("/", 1)]
    if all(_PARTIAL.match(part) for part in parts):
        return "/".join(parts)
    return None


def is_historical(when: EventDate | None, published: str | None) -> bool:
    """Whether the event's period ended well before the publication date."""
    if when is None or when.how == "publication" or not published:
        return False
    end = period_end(when.range[1] if when.range else when.value)
    try:
        anchor = date.fromisoformat(published[:10])
    except ValueError:
        return False
    return end is not None and end < anchor - timedelta(days=HISTORICAL_AFTER_DAYS)


def period_end(value: str) -> date | None:
    """The last day of a partial ISO value: "2020" -> 2020-12-31, "199X" -> 1999-12-31,
    "2022-09" -> 2022-09-30, "2022-09-13" itself; None for what it cannot read."""
    head = value.split("/")[-1].split("T")[0]
    try:
        if len(head) == 4 and head[:3].isdigit() and head[3] in "Xx":
            return date(int(head[:3]) * 10 + 9, 12, 31)
        if len(head) == 4 and head.isdigit():
            return date(int(head), 12, 31)
        if len(head) == 7 and head[4] == "-" and head[5:].isdigit():
            year, month = int(head[:4]), int(head[5:])
            return date(year, month, calendar.monthrange(year, month)[1])
        return date.fromisoformat(head[:10])
    except ValueError:
        return None
