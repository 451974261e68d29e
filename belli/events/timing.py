"""When an event happened: the date its own clause gives, else one in its sentence, else the
nearest earlier one of its paragraph within two sentences (a story pasted without line
breaks is one paragraph), else around publication; and whether that makes it background
(`historical`) or still to come. A present perfect ("has rejected") and an act told as
recent take no date of an earlier sentence: they speak of now.

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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from belli.dates.calendar import period_of_value
from belli.dates.lexicon import load_lexicon
from belli.dates.spans import day_span
from belli.dates.tense import Tense, verb_tense
from belli.events.cue_lists import cue_list
from belli.events.date_phrases import (
    confining_phrase,
    located_act,
    locating_preposition,
    names_period,
    phrase_noun,
)
from belli.events.event_periods import (
    bound,
    calendar_value,
    period_start,
    published_day,
)
from belli.events.participants import Participants
from belli.events.syntax import clause_verb
from belli.events.triggers import Trigger
from belli.nlp.paragraphs import paragraph_of
from belli.records import Analysis, DateSpan, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["DocumentDates", "EventDate", "act_tense", "date_of", "told_tense"]

_DATE_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str
    granularity: str
    text: str | None
    how: str  # "clause", "sentence", "paragraph", "document", "publication"
    range: tuple[str, str] | None = None
    ahead: bool = False  # its clause tells the act as still to come ("are due to meet")


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
    tenses: tuple[Tense | None, ...] = ()  # the tense of each mention's clause
    # the act (token index) each confined mention's phrase gives the time of, if any, and
    # whether the phrase is that act's subject (then it dates a past act only)
    acts: tuple[tuple[int, bool] | None, ...] = ()
    # a period noun ("war") -> the one mention that dates the period of that name the
    # document tells ("the 2020 war"); a noun dated twice over is left out
    periods: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, analysis: Analysis, people: Participants) -> DocumentDates:
        dated = sorted((m for m in analysis.mentions if m.label in _DATE_LABELS
                        and m.date is not None and calendar_value(m.date.value)),
                       key=lambda m: m.start)
        spans = [people.doc.char_span(m.start, m.end, alignment_mode="expand") for m in dated]
        verbs = [clause_verb(s.root) if s is not None else None for s in spans]
        return cls(analysis.article.text, analysis.article.published, tuple(dated),
                   tuple(v.i if v is not None else None for v in verbs),
                   tuple(m.start for m in dated),
                   tuple(confining_phrase(s) if s is not None else None for s in spans),
                   tuple(act_tense(v) if v is not None else None for v in verbs),
                   tuple(located_act(s) if s is not None else None for s in spans),
                   _periods(dated, spans))

    def governs(self, index: int, token: Token) -> bool:
        """Whether the mention at `index` may date an event of its sentence whose trigger
        is `token` (see the module docstring)."""
        phrase = self.phrases[index] if self.phrases else None
        return phrase is None or phrase[0] <= token.i <= phrase[1] or self.locates(index, token)

    def locates(self, index: int, token: Token) -> bool:
        """Whether the phrase of the mention at `index` gives the time of the act of
        `token` from outside it: "support during the 2020 war", "last month's attack
        killed six soldiers" (a subject dates a past act only)."""
        act = self.acts[index] if self.acts else None
        if act is None:
            return False
        at, subject = act
        verb = clause_verb(token)
        if at == token.i != verb.i:  # "support during the 2020 war": the act a noun names
            return True
        if act_tense(verb) != "past":  # "has been worried since the war": a state to now
            return False
        # a past act's time is also what locates a clause below it ("deployed to the
        # areas that remain outside its control as a result of the 2020 truce")
        return at == verb.i or (not subject and verb in token.doc[at].ancestors)

    def inside(self, index: int, token: Token) -> bool:
        """Whether the mention at `index` lies in no noun phrase, or in the one of `token`."""
        phrase = self.phrases[index] if self.phrases else None
        return phrase is None or phrase[0] <= token.i <= phrase[1]

    def carries_on(self, index: int) -> bool:
        """Whether the mention at `index` dates what the next sentences of its paragraph tell."""
        phrase = self.phrases[index] if self.phrases else None
        return phrase is None and not _BOUNDING.search(self.before(index))

    def agrees(self, index: int, tense: Tense | None, verb: Token | None = None) -> bool:
        """Whether the mention at `index`, of another clause, may date an act told in
        `tense`: a plan's date does not date what is told as done, nor the reverse. A
        clause below the act's `verb` looks ahead from the act, not from publication
        ("agreed to buy the drones in 2019"): only its date's value counts."""
        own = self.tenses[index] if self.tenses else None
        if verb is not None and self._below(index, verb):
            own = None
        if tense in _DONE:
            return own != "future" and not self._after_publication(index)
        return not (tense == "future" and own in _DONE)

    def _below(self, index: int, verb: Token) -> bool:
        at = self.verbs[index]
        return at is not None and (at == verb.i or verb in verb.doc[at].ancestors)

    def carries_to(self, index: int, tense: Tense | None) -> bool:
        """Whether the mention at `index`, of an earlier sentence, dates an act told in
        `tense`: a past act, as narrative goes on; a present or future one only from a
        clause of its own tense ("fighting continues as of Wednesday. Baku is conducting
        an operation"), since "is" and "will" otherwise speak of publication; a present
        perfect never ("has blamed recent attacks" speaks of now)."""
        if tense == "perfect":
            return False  # "have rejected the claims": told as it stands now, not as narrative
        if tense is None or tense == "past":
            return self.agrees(index, tense)
        return bool(self.tenses) and self.tenses[index] == tense

    def since(self, index: int) -> bool:
        """Whether the mention at `index` opens a span that runs to publication: "since
        27 September", not "since the June 2021 agreement" (that names the agreement)."""
        phrase = self.phrases[index] if self.phrases else None
        return phrase is None and bool(_SINCE.search(self.before(index)))

    def before(self, index: int) -> str:
        """The text just before the mention at `index`, where a preposition would stand."""
        return self.text[max(0, self.starts[index] - _PREP_REACH):self.starts[index]]

    def _after_publication(self, index: int) -> bool:
        anchor, span = published_day(self.published), self.mentions[index].date
        value = calendar_value(span.value) if span is not None else None
        start = period_start(value) if value else None
        return anchor is not None and start is not None and start > anchor


_DONE = frozenset({"past", "perfect"})


def act_tense(verb: Token) -> Tense | None:
    """The tense of a clause's act; an infinitive the verb above does not make a plan
    takes that verb's ("were forced to accept": past)."""
    tense = verb_tense(verb)
    if tense is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head)
    if _shares_tense(verb, tense):
        return act_tense(verb.head)
    return tense


def _shares_tense(verb: Token, tense: Tense | None) -> bool:
    """Whether a verb is told in the tense of the verb it hangs on: a conjunct without
    auxiliaries or subject of its own ("have condemned the arrest and URGED", "will meet
    and SIGN"), or a bare participle adjunct ("has been fighting, ACCUSING it of ...")."""
    head = verb.head
    if head == verb or head.pos_ not in ("VERB", "AUX"):
        return False
    own = {c.dep_ for c in verb.children}
    if verb.dep_ == "conj":
        return not own & _CLAUSE_DEPS and any(
            c.dep_ in ("aux", "auxpass") for c in head.children)
    return tense is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and "mark" not in own


_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "neg"})


def told_tense(verb: Token) -> Tense | None:
    """The tense an act is told in: a future reported in the past ("the CSTO said it would
    send a mission") is told as of the saying, and takes the saying's date."""
    tense = act_tense(verb)
    if tense == "future" and verb.dep_ in _REPORTED and verb.head.pos_ in ("VERB", "AUX"):
        above = act_tense(verb.head)
        return above if above in _DONE else tense
    return tense


_REPORTED = frozenset({"ccomp", "xcomp", "conj"})


def date_of(trigger: Trigger, dates: DocumentDates) -> EventDate | None:
    """The date of the trigger's event (see the module docstring)."""
    head = trigger.head
    when = _date_at(head, dates)
    if when is not None and when.how == "clause" and not _counted(head):
        return when
    return _relative(head, dates) or when


def _counted(head: Token) -> bool:
    """Whether an act noun is the object of "after" or "before": the date of its clause is
    the one it is counted from ("talks on Friday, two days after the attack")."""
    return head.dep_ == "pobj" and head.head.lower_ in _SEQUENCE


def _date_at(head: Token, dates: DocumentDates) -> EventDate | None:
    """The date of the act `head` names, from its clause, sentence, paragraph or publication."""
    sentence = head.sent
    first, last = (bisect_left(dates.starts, offset)
                   for offset in (sentence.start_char, sentence.end_char))
    verb = clause_verb(head)
    governing = [i for i in range(first, last) if dates.governs(i, head)]
    clause = [i for i in governing if dates.locates(i, head)
              or (dates.verbs[i] == verb.i and dates.inside(i, head))]
    if clause:
        ahead = act_tense(verb) == "future"
        return replace(_nearest(clause, head, dates, "clause"), ahead=ahead)
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
    if dates.published:
        return EventDate(dates.published[:10], "day", None, "publication")
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
    return not _BOUNDING.search(dates.before(index)) and not _about_deed(dates, index, head)


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


def _periods(dated: list[Mention], spans: list[Span | None]) -> dict[str, int]:
    """Each period noun the document dates in one way only ("the 2020 war"), with the
    index of a mention that dates it."""
    found: dict[str, dict[str, int]] = {}
    for index, (mention, span) in enumerate(zip(dated, spans, strict=True)):
        noun = phrase_noun(span) if span is not None else None
        if noun is not None and names_period(noun) and mention.date is not None:
            found.setdefault(noun.lemma_.lower(), {}).setdefault(mention.date.value, index)
    return {noun: next(iter(values.values())) for noun, values in found.items()
            if len(values) == 1}


def _named_period(head: Token, verb: Token, dates: DocumentDates) -> EventDate | None:
    """"supported Baku throughout the 44-day war": an act located by an event named
    without a date takes the date the document gives that event elsewhere ("the 2020
    war"), when it gives one only; "document" says so."""
    for noun in head.sent:
        named = noun.dep_ == "pobj" and names_period(noun)
        index = dates.periods.get(noun.lemma_.lower()) if named else None
        prep = locating_preposition(noun) if index is not None else None
        if index is None or prep is None or prep.head.i not in (head.i, verb.i):
            continue
        best = dates.mentions[index]
        return _from(best.date, best.text, "document")  # type: ignore[arg-type]
    return None


def _carried(dates: DocumentDates, sentence: Span, first: int,
             tense: Tense | None) -> EventDate | None:
    """The latest date before the sentence in its paragraph that governs what follows it."""
    opening, _ = paragraph_of(dates.text, sentence.start_char, sentence.end_char)
    paragraph = bisect_left(dates.starts, max(opening, _reach(sentence)))
    free = [i for i in range(paragraph, first) if dates.carries_on(i)]
    if not free or not dates.carries_to(free[-1], tense):
        return None
    best = dates.mentions[free[-1]]
    return _from(best.date, best.text, "paragraph")  # type: ignore[arg-type]


# how many sentences back a date still dates the narrative: a story pasted without line
# breaks is one paragraph, and a date of its third sentence does not date its twentieth
_CARRY_SENTENCES = 2


def _reach(sentence: Span) -> int:
    """Where the earliest sentence whose date may carry on to `sentence` starts."""
    start = sentence.start
    for _ in range(_CARRY_SENTENCES):
        if start == 0:
            break
        start = sentence.doc[start - 1].sent.start
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
    when = _from(best.date, best.text, how)  # type: ignore[arg-type]
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


# --- "a day after", "two weeks before": an act dated from another -------------------------

_SEQUENCE = {"after": -1, "before": 1}  # which way the act lies from the date it counts from
# in hours, so that "48 hours after" counts two days and "an hour after" the same day
_UNIT_HOURS = {"day": 24, "days": 24, "week": 168, "weeks": 168, "hour": 1, "hours": 1}


def _relative(head: Token, dates: DocumentDates) -> EventDate | None:
    """"talks on Thursday, a day after the authorities were forced to accept a ceasefire":
    the act counted from the date of the clause it hangs on, when that is a day."""
    found = _sequence(head)
    if found is None:
        return None
    word, governor = found
    days = _offset_days(word)
    anchor = _date_at(governor, dates) if days is not None else None
    if anchor is None or days is None or anchor.how == "publication":
        return None
    if anchor.granularity != "day" or "/" in anchor.value:  # a span of days counts from no day
        return None
    day = date.fromisoformat(anchor.value[:10]) + timedelta(days=days * _SEQUENCE[word.lower_])
    text = word.doc[word.i - 2:word.i].text
    return EventDate(day.isoformat(), "day", text, anchor.how)


def _sequence(head: Token) -> tuple[Token, Token] | None:
    """The "after" or "before" that subordinates the act, and the verb it hangs on."""
    if head.dep_ == "pobj" and head.head.lower_ in _SEQUENCE:  # "a day after the attack"
        return head.head, clause_verb(head.head.head)
    clause = clause_verb(head)
    while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "were forced to accept": the clause of "forced"
    if clause.dep_ != "advcl":
        return None
    word = next((c for c in clause.children
                 if c.dep_ in ("mark", "prep") and c.lower_ in _SEQUENCE), None)
    return (word, clause.head) if word is not None else None


def _offset_days(word: Token) -> int | None:
    """How many days the words before "after"/"before" count ("a day", "two weeks");
    None when they count none ("shortly after", "days after")."""
    if word.i < 2:
        return None
    count, unit = word.doc[word.i - 2], word.doc[word.i - 1]
    per = _UNIT_HOURS.get(unit.lower_)
    number = int(count.text) if count.text.isdigit() else load_lexicon().numbers.get(count.lower_)
    if per is None or number is None or (number > 1) != unit.lower_.endswith("s"):
        return None
    return number * per // 24


# a preposition that makes a date the bound of a span rather than the time of an act
# (a time of day before the date is part of it: "since the evening of Sept. 14")
_DAY_PART = r"(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?)?"
_BOUNDING = re.compile(r"\b(?:since|until|till|by|before|after|from|through)\s+(?:the\s+)?"
                       + _DAY_PART + "$", re.IGNORECASE)
_SINCE = re.compile(r"(?<!\bever )\bsince\s+(?:the\s+)?" + _DAY_PART + "$", re.IGNORECASE)
_PREP_REACH = 40


def _from(span: DateSpan, text: str, how: str) -> EventDate:
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
