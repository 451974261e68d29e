"""When an event happened: the date its own clause gives, else one in its sentence, else the
nearest earlier one of its paragraph within two sentences (a story pasted without line
breaks is one paragraph), else around publication; and whether that makes it background
(`historical`) or still to come. A present perfect ("has rejected") and an act told as
recent take no date of an earlier sentence: they speak of now. So does a sentence whose
main clause speaks of now or of what may be ("Experts say Iran may have sent", "could
respond") or that names the present ("now", "this week"): the text has left the earlier
date's time. A date of an era ("in the early 1990s") dates a later sentence only where
that sentence goes on from it ("They signed a truce", "Then ..."): a story's background
is told in a sentence or two, and the next act named afresh is the story's own.

A date inside a noun phrase dates what that phrase names: "the November 2020 ceasefire",
"last year's war", "the town that forces seized on Sunday" say when the ceasefire, the war
or the seizure happened. It dates an act outside the phrase only where the parse makes the
phrase the act's time: the object of a preposition that locates the act ("support during
the 2020 war", "deployed as a result of November 2020's ceasefire"), or the subject of a
past act ("last month's attack killed six soldiers"), or the occasion an act in a
to-clause was done on ("used Tuesday's visit to sign the accord"). Elsewhere the phrase only names
another event ("accused Baku of breaking the 2020 ceasefire", "remains reluctant to comply
with the November 2020 ceasefire"). Such a date never governs the sentences after it, nor
does a date that only bounds a span ("since 2009", "until June"): it says when no act
happened. An act located by an event named without a date ("throughout the 44-day
war") takes the date the document gives an event of that name elsewhere ("the 2020 war"),
where it gives one only (date type "document"): never one the text does not state.

A date of another clause dates an act only where their tenses agree: a plan's date ("are
due to meet on Thursday") does not date what the sentence tells as done, nor does a past
date what it tells as still to come. The date carried on from an earlier sentence dates
what is told in the past, and a present or future act only from a clause of its own tense
(otherwise "is" and "will" speak of publication); a plan reported in the past ("said it
would send a mission") is told as of the saying. An act of its own clause dated "since" a
day happened between that day and publication. An act told "a day after" or "two days
before" another is dated from that one's date.

An act dated by a span ("between 3 and 17 May") takes all of it: the date stage gives
the span's range, wider than the TIMEX3 value of its one end.

Date values come from the date stage (`Mention.date` of DATE and TIME mentions); their
periods are the date stage's own (`belli.dates.calendar.period_of_value`).

A document's dated mentions and what each may date live in `document_dates`, the tenses
acts are told in in `act_tenses`, the date a mention's span gives in `event_date`, and
the counting of "a day after" in `relative_dates`; the names the coder and tests import
from here are re-exported.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from belli.dates.calendar import period_of_value
from belli.dates.lexicon import load_lexicon
from belli.dates.tense import Tense
from belli.events.act_tenses import act_tense, told_tense
from belli.events.cue_lists import cue_list
from belli.events.date_phrases import locating_preposition, names_period
from belli.events.document_dates import DocumentDates
from belli.events.event_date import EventDate, from_span
from belli.events.event_periods import (
    bound,
    calendar_value,
    period_end,
    period_start,
    published_day,
)
from belli.events.relative_dates import count_from, counted, offset_days, sequence_of
from belli.events.syntax import clause_verb
from belli.events.syntax_index import sentence_of
from belli.events.triggers import Trigger
from belli.nlp.paragraphs import paragraph_of

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Span, Token

    from belli.records import DateSpan

__all__ = ["DocumentDates", "EventDate", "act_tense", "date_of", "told_tense"]


def date_of(trigger: Trigger, dates: DocumentDates) -> EventDate | None:
    """The date of the trigger's event (see the module docstring)."""
    head = trigger.head
    when = _date_at(head, dates)
    if when is not None and when.how == "clause" and not counted(head):
        return when
    return _relative(head, dates) or when


def _date_at(head: Token, dates: DocumentDates) -> EventDate | None:
    """The date of the act `head` names, from its clause, sentence, paragraph or publication."""
    sentence = sentence_of(head)
    first, last = (bisect_left(dates.starts, offset)
                   for offset in (sentence.start_char, sentence.end_char))
    verb = clause_verb(head)
    governing = [i for i in range(first, last) if dates.governs(i, head)]
    clause = [i for i in governing if dates.locates(i, head)
              or (dates.verbs[i] == verb.i and dates.inside(i, head))]
    if clause:
        ahead = act_tense(verb) == "future"
        return replace(_nearest(clause, head, dates, "clause"), ahead=ahead)
    if verb.i in dates.unplaced:  # its own date is unknown: no other date is the act's
        return None
    tense = told_tense(verb)
    agreeing = [i for i in governing
                if dates.agrees(i, tense, verb) and _reaches(dates, i, tense, head)]
    if agreeing:
        return _nearest(agreeing, head, dates, "sentence")
    named = _named_period(head, verb, dates) if tense == "past" else None
    if named is not None:
        return named
    carried = None if _told_as_recent(head, verb) else _carried(dates, sentence, first, tense)
    if carried is not None:
        return carried
    if dates.published:  # an inferred one may be a week, a month or a year ("2022-09")
        period = period_of_value(dates.published[:10])
        unit = period.granularity if period is not None else "day"
        return EventDate(dates.published[:10], unit, None, "publication")
    return None


def _reaches(dates: DocumentDates, index: int, tense: Tense | None, head: Token) -> bool:
    """Whether a date of another clause of the sentence may date the act: for a present
    perfect, which tells the act as it stands now, only one that opens the span it runs
    over ("have been killed since X attacked on Tuesday"); never one that bounds a span
    ("delayed the tariffs until April 2"), nor one of a deed the act is about ("blamed
    them for withdrawing in 2017")."""
    if tense == "perfect":
        return dates.since(index) or _since_clause(dates.verbs[index], head)
    if tense != "past" and dates.since(index):
        return True  # "blocked since Dec. 12 by activists PROTESTING there": the span runs on
    return not dates.bounds(index) and not _about_deed(dates, index, head)


def _about_deed(dates: DocumentDates, index: int, head: Token) -> bool:
    """Whether the date's clause hangs below the act through a preposition: the deed it
    judges or tells of ("blamed X for withdrawing in 2017", "accused of abusing in 2019")."""
    at, verb = dates.verbs[index], clause_verb(head)
    if at is None or at == verb.i:
        return False
    token = head.doc[at]
    if verb not in token.ancestors:
        return False
    while token != verb:
        if token.dep_ in ("pcomp", "pobj"):
            return True
        token = token.head
    return False


def _named_period(head: Token, verb: Token, dates: DocumentDates) -> EventDate | None:
    """"supported Baku throughout the 44-day war": an act located by an event named
    without a date takes the date the document gives that event elsewhere ("the 2020
    war"), when it gives one only; "document" says so."""
    for noun in sentence_of(head):
        named = noun.dep_ == "pobj" and names_period(noun)
        index = dates.periods.get(noun.lemma_.lower()) if named else None
        prep = locating_preposition(noun) if index is not None else None
        if index is None or prep is None or prep.head.i not in (head.i, verb.i):
            continue
        best = dates.mentions[index]
        return from_span(best.date, best.text, "document")  # type: ignore[arg-type]
    return None


def _carried(dates: DocumentDates, sentence: Span, first: int,
             tense: Tense | None) -> EventDate | None:
    """The latest date before the sentence in its paragraph that governs what follows it."""
    opening, _ = paragraph_of(dates.text, sentence.start_char, sentence.end_char)
    paragraph = bisect_left(dates.starts, max(opening, _reach(sentence)))
    free = [i for i in range(paragraph, first) if dates.carries_on(i)]
    if not free or not dates.carries_to(free[-1], tense) or not _still_then(
            dates, sentence, free[-1]):
        return None
    best = dates.mentions[free[-1]]
    return from_span(best.date, best.text, "paragraph")  # type: ignore[arg-type]


_NOW_TENSES = frozenset({"present", "perfect", "future"})
_ERAS = frozenset({"decade", "century"})
_REPORTED_FUTURE = frozenset({"would", "'d", "’d"})  # "said it would send": narrative still


def _still_then(dates: DocumentDates, sentence: Span, index: int) -> bool:
    """Whether `sentence` is still told in the time of the earlier date at `index` (see
    the module docstring): not where its main clause turns to now (a present, perfect or
    future the date's clause is not told in) or to what may be, or it names the present;
    after a date of an era, only where it goes on from it."""
    root = sentence.root
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in _REPORTED_FUTURE
                for c in root.children)
    tense = told_tense(root)
    turned = tense in _NOW_TENSES and tense != (dates.tenses[index] if dates.tenses else None)
    if modal or turned or _names_now(dates, sentence):
        return False
    span = dates.mentions[index].date
    return span is None or span.granularity not in _ERAS or _goes_on(root)


def _names_now(dates: DocumentDates, sentence: Span) -> bool:
    """"now", "currently", or a date of the sentence that holds the publication day."""
    if any(t.dep_ == "advmod" and t.lower_ in _present_words() for t in sentence):
        return True
    day = published_day(dates.published)
    first, last = (bisect_left(dates.starts, offset)
                   for offset in (sentence.start_char, sentence.end_char))
    return day is not None and any(_holds(dates.mentions[i].date, day) for i in range(first, last))


def _holds(span: DateSpan | None, day: date) -> bool:
    value = calendar_value(span.value) if span is not None else None
    start, end = (period_start(value), period_end(value)) if value else (None, None)
    return start is not None and end is not None and start <= day <= end


@cache  # read once: it is asked of every token of a sentence
def _present_words() -> frozenset[str]:
    references = load_lexicon().references
    return frozenset(w for w, ref in references.items() if ref == "PRESENT_REF" and " " not in w)


def _goes_on(root: Token) -> bool:
    """Whether a sentence goes on from the one before: its subject a pronoun ("They
    signed"), or an adverb of sequence on its verb ("Then", "later")."""
    sequence = load_lexicon().sequence_adverbs
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
               or c.dep_ == "advmod" and c.lower_ in sequence for c in root.children)


# how many sentences back a date still dates the narrative: a story pasted without line
# breaks is one paragraph, and a date of its third sentence does not date its twentieth
_CARRY_SENTENCES = 2


def _reach(sentence: Span) -> int:
    """Where the earliest sentence whose date may carry on to `sentence` starts."""
    start = sentence.start
    for _ in range(_CARRY_SENTENCES):
        if start == 0:
            break
        start = sentence_of(sentence.doc[start - 1]).start
    return int(sentence.doc[start].idx)


def _told_as_recent(head: Token, verb: Token) -> bool:
    """"Recently convened", "has just signed", "the recent arrest": the text places the act
    near publication itself, so a date of an earlier sentence does not date it."""
    words = cue_list("recent_words")
    return any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children) or any(
        c.dep_ == "amod" and c.lower_ in words for c in head.children)


def _nearest(indices: list[int], head: Token, dates: DocumentDates, how: str) -> EventDate:
    index = min(indices, key=lambda i: abs(dates.starts[i] - head.idx))
    best = dates.mentions[index]
    when = from_span(best.date, best.text, how)  # type: ignore[arg-type]
    opens = dates.since(index) or _since_clause(dates.verbs[index], head)
    return _since(when, dates.published) if opens else when


def _since_clause(at: int | None, head: Token) -> bool:
    """Whether the date lies in a "since" clause of the act's own verb: "105 soldiers have
    been killed since Azerbaijan attacked on Tuesday" (killed between then and publication)."""
    verb = clause_verb(head)
    if at is None or at == verb.i:
        return False
    clause = head.doc[at]
    return clause.dep_ == "advcl" and clause.head.i == verb.i and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in clause.children)


def _since(when: EventDate, published: str | None) -> EventDate:
    """"has liberated since 27 September": the act lies between that day and publication."""
    start, anchor = bound(when, 0) or period_start(when.value), published_day(published)
    if start is None or anchor is None or start > anchor:
        return when
    first, last = start.isoformat(), anchor.isoformat()
    return EventDate(f"{first}/{last}", "day", when.text, when.how, (first, last))


def _relative(head: Token, dates: DocumentDates) -> EventDate | None:
    """"talks on Thursday, a day after the authorities were forced to accept a ceasefire":
    the act counted from the date of the clause it hangs on, when that is a day."""
    found = sequence_of(head)
    if found is None:
        return None
    word, governor = found
    days = offset_days(word)
    anchor = _date_at(governor, dates) if days is not None else None
    if anchor is None or days is None:
        return None
    return count_from(anchor, word, days)
