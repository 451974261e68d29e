"""When an event happened: the date its own clause gives, else one in its sentence, else the
nearest earlier one of its paragraph, else around publication; and whether that makes it
background (`historical`) or still to come.

Date values come from the date stage (`Mention.date` of DATE and TIME mentions); their
periods are the date stage's own (`belli.dates.calendar.period_of_value`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from belli.dates.calendar import period_of_value
from belli.events.participants import Participants
from belli.events.syntax import clause_verb
from belli.events.triggers import Trigger
from belli.records import Analysis, DateSpan, Mention

__all__ = ["HISTORICAL_AFTER_DAYS", "DocumentDates", "EventDate", "calendar_value", "date_of",
           "is_future", "is_historical", "period_end"]

# An event whose period ends this long before publication is background to the piece.
HISTORICAL_AFTER_DAYS = 45
_DATE_LABELS = frozenset({"DATE", "TIME"})
# TIMEX3 writes a decade "199" and a century "19"; the output contract writes "199X", "19XX"
_DECADE = re.compile(r"^\d{3}$")
_CENTURY = re.compile(r"^\d{2}$")


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str
    granularity: str
    text: str | None
    how: str  # "clause", "sentence", "paragraph", "publication"
    range: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class DocumentDates:
    """A document's calendar-dated mentions in text order, each with the verb of its
    clause, worked out once for all of its events."""

    text: str
    published: str | None
    mentions: tuple[Mention, ...]
    verbs: tuple[int | None, ...]  # token index of each mention's clause verb
    starts: tuple[int, ...]

    @classmethod
    def of(cls, analysis: Analysis, people: Participants) -> DocumentDates:
        dated = sorted((m for m in analysis.mentions if m.label in _DATE_LABELS
                        and m.date is not None and calendar_value(m.date.value)),
                       key=lambda m: m.start)
        return cls(analysis.article.text, analysis.article.published, tuple(dated),
                   tuple(_verb_of(m, people) for m in dated), tuple(m.start for m in dated))


def date_of(trigger: Trigger, dates: DocumentDates) -> EventDate | None:
    """The date of the trigger's event (see the module docstring)."""
    sentence = trigger.token.sent
    first, last = (bisect_left(dates.starts, offset)
                   for offset in (sentence.start_char, sentence.end_char))
    own = clause_verb(trigger.head).i
    clause = [m for m, verb in zip(dates.mentions[first:last], dates.verbs[first:last],
                                   strict=True) if verb == own]
    if clause:
        return _nearest(clause, trigger, "clause")
    if last > first:
        return _nearest(list(dates.mentions[first:last]), trigger, "sentence")
    paragraph = bisect_left(dates.starts, _paragraph_start(dates.text, sentence.start_char))
    if paragraph < last:  # the latest date before the sentence governs what follows it
        best = dates.mentions[last - 1]
        return _from(best.date, best.text, "paragraph")  # type: ignore[arg-type]
    if dates.published:
        return EventDate(dates.published[:10], "day", None, "publication")
    return None


def _nearest(mentions: list[Mention], trigger: Trigger, how: str) -> EventDate:
    best = min(mentions, key=lambda m: abs(m.start - trigger.head.idx))
    return _from(best.date, best.text, how)  # type: ignore[arg-type]


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _verb_of(mention: Mention, people: Participants) -> int | None:
    span = people.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return clause_verb(span.root).i if span is not None else None


def _from(span: DateSpan, text: str, how: str) -> EventDate:
    return EventDate(calendar_value(span.value) or span.value, span.granularity, text, how,
                     span.range)


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


def _period_start(value: str) -> date | None:
    period = period_of_value(value.split("/")[0].replace("X", ""))
    return period.start if period is not None else None


def _published(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def is_historical(when: EventDate, published: str | None) -> bool:
    """Whether the event's period ended well before the publication date."""
    anchor = _published(published)
    if when.how == "publication" or anchor is None:
        return False
    end = _bound(when, 1) or period_end(when.value)
    return end is not None and end < anchor - timedelta(days=HISTORICAL_AFTER_DAYS)


def is_future(when: EventDate, published: str | None) -> bool:
    """Whether the event's own clause dates it after the publication day ("next week")."""
    anchor = _published(published)
    if when.how != "clause" or anchor is None:
        return False
    start = _bound(when, 0) or _period_start(when.value)
    return start is not None and start > anchor


def _bound(when: EventDate, index: int) -> date | None:
    try:
        return date.fromisoformat(when.range[index]) if when.range else None
    except ValueError:
        return None
