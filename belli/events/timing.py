"""When an event happened: the date its own clause gives, else one in its sentence, else the
nearest earlier one of its paragraph, else around publication; and whether that makes it
background (`historical`) or still to come.

A date inside a noun phrase dates what that phrase names: "the November 2020 ceasefire",
"last year's war", "the town that forces seized on Sunday" say when the ceasefire, the war
or the seizure happened. An act of the same sentence told in the present, perfect or future
is not dated by it ("Armenia remains reluctant to comply with the November 2020
ceasefire"); one told in the past is, for lack of a better clue, since background
narrative names the occasion of a past act that way ("peacekeepers deployed as a result of
November 2020's ceasefire"). Such a date never governs the sentences after it, nor does a
date that only bounds a span ("since 2009", "until June"): it says when no act happened.

Date values come from the date stage (`Mention.date` of DATE and TIME mentions); their
periods are the date stage's own (`belli.dates.calendar.period_of_value`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from belli.dates.calendar import period_of_value
from belli.dates.spans import day_span
from belli.dates.tense import verb_tense
from belli.events.participants import Participants
from belli.events.syntax import clause_verb
from belli.events.triggers import Trigger
from belli.nlp.paragraphs import paragraph_of
from belli.records import Analysis, DateSpan, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["HISTORICAL_AFTER_DAYS", "DocumentDates", "EventDate", "calendar_value",
           "confining_phrase", "date_of", "is_future", "is_historical", "period_end"]

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
    # the tokens (first, last) of the noun phrase each mention is confined to, if any
    phrases: tuple[tuple[int, int] | None, ...] = ()

    @classmethod
    def of(cls, analysis: Analysis, people: Participants) -> DocumentDates:
        dated = sorted((m for m in analysis.mentions if m.label in _DATE_LABELS
                        and m.date is not None and calendar_value(m.date.value)),
                       key=lambda m: m.start)
        spans = [people.doc.char_span(m.start, m.end, alignment_mode="expand") for m in dated]
        return cls(analysis.article.text, analysis.article.published, tuple(dated),
                   tuple(clause_verb(s.root).i if s is not None else None for s in spans),
                   tuple(m.start for m in dated),
                   tuple(confining_phrase(s) if s is not None else None for s in spans))

    def governs(self, index: int, token: Token) -> bool:
        """Whether the mention at `index` may date an event of its sentence whose trigger
        is `token` (see the module docstring)."""
        phrase = self.phrases[index] if self.phrases else None
        if phrase is None or phrase[0] <= token.i <= phrase[1]:
            return True
        return verb_tense(clause_verb(token)) == "past"

    def carries_on(self, index: int) -> bool:
        """Whether the mention at `index` dates what the next sentences of its paragraph tell."""
        phrase = self.phrases[index] if self.phrases else None
        before = self.text[max(0, self.starts[index] - _PREP_REACH):self.starts[index]]
        return phrase is None and not _BOUNDING.search(before)


def date_of(trigger: Trigger, dates: DocumentDates) -> EventDate | None:
    """The date of the trigger's event (see the module docstring)."""
    sentence = trigger.token.sent
    first, last = (bisect_left(dates.starts, offset)
                   for offset in (sentence.start_char, sentence.end_char))
    own = clause_verb(trigger.head).i
    governing = [i for i in range(first, last) if dates.governs(i, trigger.head)]
    clause = [dates.mentions[i] for i in governing if dates.verbs[i] == own]
    if clause:
        return _nearest(clause, trigger, "clause")
    if governing:
        return _nearest([dates.mentions[i] for i in governing], trigger, "sentence")
    opening, _ = paragraph_of(dates.text, sentence.start_char, sentence.end_char)
    paragraph = bisect_left(dates.starts, opening)
    free = [i for i in range(paragraph, first) if dates.carries_on(i)]
    if free:  # the latest date before the sentence governs what follows it
        best = dates.mentions[free[-1]]
        return _from(best.date, best.text, "paragraph")  # type: ignore[arg-type]
    if dates.published:
        return EventDate(dates.published[:10], "day", None, "publication")
    return None


def _nearest(mentions: list[Mention], trigger: Trigger, how: str) -> EventDate:
    best = min(mentions, key=lambda m: abs(m.start - trigger.head.idx))
    return _from(best.date, best.text, how)  # type: ignore[arg-type]


# How a date attaches to the noun it is part of: "the November 2020 ceasefire", "the 2020
# war", "last year's war". A date the parser hangs on a noun as a bare adverbial ("drills
# Tuesday", npadvmod) or through "on"/"in" is left free: those attachments are often the
# parser's misreading of a date that modifies the verb.
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
# Clauses that belong to a noun: "the town that forces seized on Sunday" (relcl), "the
# statement signed late on Monday" (acl).
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_MAX_CLIMB = 10  # dependency steps from a date up to the verb of its clause


def confining_phrase(span: Span) -> tuple[int, int] | None:
    """The first and last token of the noun phrase a date expression lies inside, or None
    when the date modifies its clause. "the war of 2020" is the war's, like "the 2020 war"."""
    current = span.root
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i:
            return None
        outside = not (span.start <= head.i < span.end)
        if outside and head.pos_ in _NOMINAL and _modifies_noun(current):
            return head.left_edge.i, head.right_edge.i
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in _NOUN_CLAUSES:
            return None  # the clause the date modifies is a clause of the sentence
        current = head
    return None


def _modifies_noun(token: Token) -> bool:
    if token.dep_ in _NOUN_MODIFIERS or token.dep_ in _NOUN_CLAUSES:
        return True
    return token.dep_ == "prep" and token.lower_ == "of"


# a preposition that makes a date the bound of a span rather than the time of an act
_BOUNDING = re.compile(r"\b(?:since|until|till|by|before|after|from|through)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_PREP_REACH = 20


def _from(span: DateSpan, text: str, how: str) -> EventDate:
    days = _days_named(span, text)
    if days is not None:  # "Sept. 19-20": the act took both days, not the one TIMEX3 values
        first, last = (d.isoformat() for d in days)
        return EventDate(f"{first}/{last}", "day", text, how, (first, last))
    return EventDate(calendar_value(span.value) or span.value, span.granularity, text, how,
                     span.range)


def _days_named(span: DateSpan, text: str) -> tuple[date, date] | None:
    if span.granularity != "day":
        return None
    try:
        return day_span(text, date.fromisoformat(span.value[:10]))
    except ValueError:
        return None


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
