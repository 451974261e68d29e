"""A document's calendar-dated mentions in text order, with what each may date: the
clause it belongs to, the noun phrase it is confined to, the act a phrase gives the time
of, whether it opens or only bounds a span, and the periods ("the 2020 war") it dates
(see `belli.events.timing` for how an event's date is chosen)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from belli.dates.tense import Tense
from belli.dates.unresolved import placed
from belli.events.act_tenses import DONE_TENSES, act_tense
from belli.events.date_phrases import confining_phrase, located_act, names_period, phrase_noun
from belli.events.event_periods import calendar_value, period_start, published_day
from belli.events.participants import Participants
from belli.events.syntax import clause_verb
from belli.records import Analysis, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["DocumentDates"]

_DATE_LABELS = frozenset({"DATE", "TIME"})


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
    # the clause verbs (token indices) of date expressions the date stage could not place
    # ("the following week" with no day to count from): their acts are undated
    unplaced: frozenset[int] = frozenset()

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
                   _periods(dated, spans), _unplaced_verbs(analysis, people))

    def governs(self, index: int, token: Token) -> bool:
        """Whether the mention at `index` may date an event of its sentence whose trigger
        is `token` (see `belli.events.timing`)."""
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
        return phrase is None and not self.bounds(index)

    def bounds(self, index: int) -> bool:
        """Whether the mention at `index` only bounds a span ("since 2009", "until June")."""
        return bool(_BOUNDING.search(self.before(index)))

    def agrees(self, index: int, tense: Tense | None, verb: Token | None = None) -> bool:
        """Whether the mention at `index`, of another clause, may date an act told in
        `tense`: a plan's date does not date what is told as done, nor the reverse. A
        clause below the act's `verb` looks ahead from the act, not from publication
        ("agreed to buy the drones in 2019"): only its date's value counts."""
        own = self.tenses[index] if self.tenses else None
        if verb is not None and self._below(index, verb):
            own = None
        if tense in DONE_TENSES:
            return own != "future" and not self._after_publication(index)
        return not (tense == "future" and own in DONE_TENSES)

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


def _unplaced_verbs(analysis: Analysis, people: Participants) -> frozenset[int]:
    """The clause verbs of the date expressions left off the calendar ("XXXX-WXX"), save
    those confined to a noun phrase ("the next year's budget" dates no act)."""
    spans = [people.doc.char_span(m.start, m.end, alignment_mode="expand")
             for m in analysis.mentions if m.label in _DATE_LABELS
             and m.date is not None and not placed(m.date)]
    return frozenset(clause_verb(s.root).i for s in spans
                     if s is not None and confining_phrase(s) is None)


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


# a preposition that makes a date the bound of a span rather than the time of an act
# (a time of day before the date is part of it: "since the evening of Sept. 14")
_DAY_PART = r"(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?)?"
_BOUNDING = re.compile(r"\b(?:since|until|till|by|before|after|from|through)\s+(?:the\s+)?"
                       + _DAY_PART + "$", re.IGNORECASE)
_SINCE = re.compile(r"(?<!\bever )\bsince\s+(?:the\s+)?" + _DAY_PART + "$", re.IGNORECASE)
_PREP_REACH = 40
