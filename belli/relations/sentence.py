"""A sentence as relation templates read it: words, with each resolved mention one slot.

"NATO member Turkey said on Monday ..." reads as `§i0 member §s1 said on §d2 ...`: a
mention that resolved to a state (`s`), an organization (`i`), only a place (`p`) or a
weapon (`w`) becomes one token naming its kind and its index among the sentence's slots,
and a date expression one `§d` token (so "May" never reads as the modal). The words a
mention carries after its name stay words ("Russian peacekeepers" is `§s0 peacekeepers`),
and a possessive is always the token `'s` ("Israel's", "its", "whose").

Pure Python over the records; no parse is needed, so the rules run on stored analyses
and on hand-built ones in tests.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from belli.dates.unresolved import placed
from belli.records import Actor, Mention, Sentence

__all__ = ["ITEM_LABELS", "Slot", "SlottedSentence", "may_slot_an_actor", "slotted", "tokens_of",
           "trimmed"]

ITEM_LABELS = frozenset({"WEAPON", "MILITARY_PLATFORM"})
_DATE_LABELS = frozenset({"DATE", "TIME"})
# labels whose mentions never stand for a side of a relation
_NOT_ACTORS = frozenset({"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW",
                         "WORK_OF_ART", "LANGUAGE"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "whose"})
# a number is one token ("1,960"), as it is one word to a reader
_WORD = re.compile(r"'s\b|\d+(?:[.,]\d+)*|\w+(?:[-'.]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Slot:
    """One mention standing as a token: what it resolved to and where it is."""

    index: int
    kind: str  # s (state), i (organization), p (only a place), w (weapon), d (date)
    mention: Mention
    actor: Actor | None  # the side it names; None for weapons and dates

    @property
    def token(self) -> str:
        return f"§{self.kind}{self.index}"

    @property
    def code(self) -> str | None:
        return self.actor.country if self.actor is not None else None


@dataclass(frozen=True, slots=True)
class SlottedSentence:
    """The tokens of one sentence, the slots among them, and each token's text offset."""

    sentence: Sentence
    tokens: tuple[str, ...]
    offsets: tuple[int, ...]  # document offset of each token's text
    slots: tuple[Slot, ...]
    # the tokens as one string, each followed by a space (templates match on it)
    stream: str = ""
    vocabulary: frozenset[str] = frozenset()
    starts: tuple[int, ...] = ()  # where each token starts in `stream`
    # where each word (and, as "§", any slot but a date) starts in `stream`
    positions: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, sentence: Sentence, tokens: Sequence[str], offsets: Sequence[int],
           slots: Sequence[Slot]) -> SlottedSentence:
        starts, at = [], 0
        positions: dict[str, list[int]] = {"§": []}
        for token in tokens:
            starts.append(at)
            key = "§" if token[0] == "§" and token[1] != "d" else token
            positions.setdefault(key, []).append(at)
            at += len(token) + 1
        return cls(sentence, tuple(tokens), tuple(offsets), tuple(slots),
                   "".join(t + " " for t in tokens), frozenset(tokens), tuple(starts),
                   {k: tuple(v) for k, v in positions.items()})

    def token_at(self, position: int) -> int:
        """The index of the token that starts at a character `position` of `stream` (the
        count of tokens when `position` is its end)."""
        return bisect_left(self.starts, position)

    def slot(self, token: str) -> Slot:
        return self.slots[int(token[2:])]

    def text_offset(self, token_index: int) -> int:
        return self.offsets[min(token_index, len(self.offsets) - 1)] if self.offsets else 0



def tokens_of(text: str) -> list[str]:
    """Lower-cased words and punctuation, the way templates are written."""
    return [t.lower() for t in _WORD.findall(_plain(text))]


def slotted(sentence: Sentence, mentions: Sequence[Mention],
            organizations: Collection[str]) -> SlottedSentence:
    """The sentence with its mentions as slots; `organizations` are the IGO codes."""
    chosen = _chosen(sentence, mentions)
    tokens: list[str] = []
    offsets: list[int] = []
    slots: list[Slot] = []
    at = sentence.start
    text = sentence.text
    for mention in chosen:
        _add_words(text[at - sentence.start:mention.start - sentence.start], at, tokens,
                   offsets)
        words = _carried_words(mention)  # read once, for the words before its name and after
        _add_head(mention, words, tokens, offsets)
        readings = _readings(mention, organizations)
        link = "-" if "-" in mention.text else "and"
        for n, (kind, actor) in enumerate(readings):
            if n:  # a compound mention ("the Azerbaijan-Turkey alliance") reads as it is
                tokens.append(link)
                offsets.append(mention.start)
            slot = Slot(len(slots), kind, mention, actor)
            slots.append(slot)
            tokens.append(slot.token)
            offsets.append(mention.start)
        _add_tail(mention, words, tokens, offsets)
        at = mention.end
    _add_words(text[at - sentence.start:], at, tokens, offsets)
    return SlottedSentence.of(sentence, tokens, offsets, slots)


def trimmed(sentence: Sentence) -> tuple[str, int, int]:
    """The sentence's text and offsets without the whitespace at its edges."""
    text = sentence.text
    start = sentence.start + len(text) - len(text.lstrip())
    text = text.strip()
    return text, start, start + len(text)


def _plain(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def _chosen(sentence: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions inside the sentence that can be slots, the longest where they overlap."""
    inside = [m for m in mentions
              if sentence.start <= m.start and m.end <= sentence.end and _usable(m)]
    inside.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Mention] = []
    for mention in inside:
        if not chosen or mention.start >= chosen[-1].end:
            chosen.append(mention)
    return chosen


def may_slot_an_actor(mentions: Iterable[Mention]) -> bool:
    """Whether one of the mentions could be a slot with an actor in `slotted`: a test of
    the mentions alone, so a sentence that names no actor is never slotted for nothing."""
    return any(_usable(m) and m.label not in _DATE_LABELS and m.label not in ITEM_LABELS
               for m in mentions)


def _usable(mention: Mention) -> bool:
    if mention.label in _NOT_ACTORS:
        return False
    if mention.label in _DATE_LABELS:
        return mention.date is not None and placed(mention.date)
    if mention.label in ITEM_LABELS:
        return True
    actor = mention.actor
    if actor is not None and actor.country:
        return True
    return mention.place is not None and bool(mention.place.country)


def _readings(mention: Mention,
              organizations: Collection[str]) -> list[tuple[str, Actor | None]]:
    """One reading per country a mention names: two for "Azerbaijan-Turkey", else one."""
    actors = [a for a in mention.actors if a.country and not a.is_location]
    countries = list(dict.fromkeys(a.country for a in actors))
    if mention.label in _DATE_LABELS or mention.label in ITEM_LABELS or len(countries) < 2:
        return [_reading(mention, organizations)]
    firsts = [next(a for a in actors if a.country == code) for code in countries]
    return [("i" if a.sector == "IGO" or a.country in organizations else "s", a)
            for a in firsts]


def _reading(mention: Mention, organizations: Collection[str]) -> tuple[str, Actor | None]:
    if mention.label in _DATE_LABELS:
        return "d", None
    if mention.label in ITEM_LABELS:
        return "w", None
    actor = mention.actor
    if actor is not None and actor.country:
        is_igo = actor.sector == "IGO" or actor.country in organizations
        return ("i" if is_igo else "s"), actor
    place = mention.place
    if place is None:  # `_usable` lets no such mention through; read it as no side
        return "p", None
    return "p", Actor(text=mention.text, name=place.name, country=place.country,
                      reason="the place's country")


def _add_words(text: str, base: int, tokens: list[str], offsets: list[int]) -> None:
    plain = _plain(text)
    for match in _WORD.finditer(plain):
        tokens.append(match.group().lower())
        offsets.append(base + match.start())


def _add_tail(mention: Mention, found: list[tuple[str, int]], tokens: list[str],
              offsets: list[int]) -> None:
    """The words a mention carries after its name ("Russian [peacekeepers]"), and its
    possessive ("Azerbaijan['s] foreign ministry", "[its]"); `found`: its words."""
    if len(found) == 1 and found[0][0] in _POSSESSIVES:
        tokens.append("'s")
        offsets.append(mention.start)
        return
    named = [i for i, (word, _) in enumerate(found) if word[:1].isupper()]
    if not named and found and found[0][0].lower() in _POSSESSIVES:
        tokens.append("'s")
        offsets.append(mention.start)
    for word, at in found[(named[-1] if named else 0) + 1:]:
        if word == "'s" or word[:1].isalnum():  # "U.S." keeps no stray full stop
            tokens.append(word.lower())
            offsets.append(at)


def _add_head(mention: Mention, found: list[tuple[str, int]], tokens: list[str],
              offsets: list[int]) -> None:
    """The words a mention holds before its name ("[allies of] Tehran"), as words;
    `found`: its words."""
    named = [i for i, (word, _) in enumerate(found) if word[:1].isupper()]
    for word, at in found[:named[0]] if named else ():
        tokens.append(word.lower())
        offsets.append(at)


def _carried_words(mention: Mention) -> list[tuple[str, int]]:
    """The words of a mention that may stand around its slot (`_add_head`, `_add_tail`):
    none for a date or an item, which is one slot and nothing else."""
    if mention.label in _DATE_LABELS or mention.label in ITEM_LABELS:
        return []
    return _words_of(mention)


def _words_of(mention: Mention) -> list[tuple[str, int]]:
    return [(m.group(), mention.start + m.start()) for m in _WORD.finditer(_plain(mention.text))]
