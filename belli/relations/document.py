"""What the relation rules ask of one document, worked out once: its sentences as slots,
the events of each sentence, the pairs at war with each other, its main conflict, and
dates and modality around a match."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from belli.dates.calendar import period_of_value
from belli.records import Actor, Analysis, Event, Mention, Quantity, Sentence
from belli.relations.lexicon import RelationLexicon
from belli.relations.sentence import SlottedSentence, may_slot_an_actor, slotted
from belli.relations.templates import phrase_in

__all__ = ["Candidate", "Document", "is_state", "participants"]

# words before a date that make it the end of a relation ("until 2019")
_END_WORDS = frozenset({"until", "till", "through", "to"})
# how far (in tokens) from a match a date may stand and still date it
_DATE_REACH = 8
# tokens before a match that can negate it or make it unreal ("if", "not"); more would
# reach into idioms ("made no secret of X's use of ...")
_BEFORE = 2


@dataclass
class Candidate:
    """A relation a rule found in one sentence, before it is split into pairs and merged."""

    type: str
    sentence: Sentence
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...] = ()
    symmetric: bool = False
    item: str | None = None
    status: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    event_ids: tuple[str, ...] = ()
    mention_ids: tuple[str, ...] = ()
    confidence: float = 0.5
    reason: str = ""
    quantity: Quantity | None = None  # arms: how many items, or what they cost


def is_state(actor: Actor, organizations: frozenset[str]) -> bool:
    code = actor.country
    return bool(code) and actor.sector != "IGO" and code not in organizations


def participants(event: Event) -> tuple[Actor, ...]:
    """The event's actors with a code, source first; place links are no participants."""
    return tuple(a for a in (*event.source, *event.target) if a.country and not a.is_location)


@dataclass
class Document:
    analysis: Analysis
    lexicon: RelationLexicon
    organizations: frozenset[str]
    _slotted: dict[int, SlottedSentence] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.analysis.sentences]
        self._mentions: dict[int, list[Mention]] = {}
        for mention in self.analysis.mentions:
            index = self.sentence_index(mention.start)
            if index is not None:
                self._mentions.setdefault(index, []).append(mention)
        self._events: dict[int, list[Event]] = {}
        for event in self.analysis.events:
            index = self.sentence_index(event.start)
            if index is not None:
                self._events.setdefault(index, []).append(event)
        self.hostile = _hostile_pairs(self.analysis.events, self.lexicon, self.organizations)
        self.main_dyad = _main_dyad(self.analysis.events, self.organizations)

    @property
    def published(self) -> str | None:
        value = self.analysis.article.published
        return value[:10] if value else None

    def sentences(self) -> Iterator[SlottedSentence]:
        for index in range(len(self.analysis.sentences)):
            yield self.slotted(index)

    def slotted(self, index: int) -> SlottedSentence:
        if index not in self._slotted:
            self._slotted[index] = slotted(self.analysis.sentences[index],
                                           self._mentions.get(index, ()), self.organizations)
        return self._slotted[index]

    def may_slot_an_actor(self, index: int) -> bool:
        """Whether sentence `index` may have a slot with an actor (`may_slot_an_actor`)."""
        return may_slot_an_actor(self._mentions.get(index, ()))

    def sentence_index(self, offset: int) -> int | None:
        at = bisect_right(self._starts, offset) - 1
        sentences = self.analysis.sentences
        if at < 0 or offset >= sentences[at].end:
            return None
        return at

    def events_in(self, sentence: Sentence) -> Sequence[Event]:
        index = self.sentence_index(sentence.start)
        return self._events.get(index, []) if index is not None else []

    def parties(self, sentence: Sentence, mediators: set[str | None],
                why: list[str]) -> tuple[Actor, ...]:
        """Between whom a mediator the sentence names mediates, where it does not say: the
        states acting in the sentence's other events, else the sides of the document's
        main conflict."""
        acting = {a.country: a for e in self.events_in(sentence) if not e.negated
                  for a in participants(e)
                  if is_state(a, self.organizations) and a.country not in mediators}
        if len(acting) >= 2:
            why.append("parties: the states acting in the sentence's events")
            return tuple(acting.values())
        found = tuple(a for a in self.main_dyad if a.country not in mediators)
        if found:
            why.append("parties: the two sides of the document's main conflict")
        return found

    def hedged(self, sentence: SlottedSentence) -> bool:
        stream = sentence.stream
        return any(phrase_in(h, stream) for h in self.lexicon.hedges)

    def is_hostile(self, first: str | None, second: str | None) -> bool:
        return bool(first and second) and tuple(sorted((first or "", second or ""))) \
            in self.hostile

    def window_has(self, sentence: SlottedSentence, first: int, last: int,
                   phrases: Sequence[str]) -> bool:
        """Whether the tokens first..last (clipped to the sentence) hold one of `phrases`."""
        tokens = sentence.tokens[max(0, first):max(0, last)]
        window = " ".join(tokens) + " "
        return any(phrase_in(p, window) for p in phrases) or any(
            t.endswith("n't") for t in tokens if "n't" in phrases)

    def modality(self, sentence: SlottedSentence, first: int, last: int) -> str | None:
        """"negated" or "unreal" when the words of a match, or just before it, say the
        relation does not hold now; None when it is stated."""
        if self.window_has(sentence, first - _BEFORE, last, self.lexicon.negators):
            return "negated"
        if self.window_has(sentence, first - _BEFORE, last, self.lexicon.unreal):
            return "unreal"
        return None

    def ended(self, sentence: SlottedSentence, first: int, last: int) -> bool:
        inside = self.window_has(sentence, first, last, self.lexicon.ended)
        return inside or self.window_has(sentence, last, last + 2, ("until", "till"))

    def date_near(self, sentence: SlottedSentence, first: int,
                  last: int) -> tuple[str, bool, str] | None:
        """(value, is_end, text) of the date expression nearest a match, within reach, that
        is no later than publication; None when the sentence dates nothing near."""
        best: tuple[int, str, bool, str] | None = None
        for n, token in enumerate(sentence.tokens):
            if not token.startswith("§d"):
                continue
            distance = 0 if first <= n < last else min(abs(n - first), abs(n - last + 1))
            mention = sentence.slot(token).mention
            value = _calendar(mention.date.value) if mention.date else None
            if distance > _DATE_REACH or value is None or self._after_publication(value):
                continue
            is_end = n > 0 and sentence.tokens[n - 1] in _END_WORDS
            if best is None or distance < best[0]:
                best = (distance, value, is_end, mention.text)
        return None if best is None else best[1:]

    def event_date(self, event: Event) -> str | None:
        return _calendar(event.date) if event.date else None

    def _after_publication(self, value: str) -> bool:
        published = self.published
        period = period_of_value(value.split("/")[0].replace("X", ""))
        return bool(published) and period is not None and period.start.isoformat() > (
            published or "")


def _calendar(value: str) -> str | None:
    """A date value as the output contract writes it ("199" -> "199X"), or None."""
    # imported here: belli.events loads spaCy's token types, which the query side of
    # belli.relations (CLI, API) should not pay for
    from belli.events.event_periods import calendar_value

    return calendar_value(value)


def _hostile_pairs(events: Sequence[Event], lexicon: RelationLexicon,
                   organizations: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Unordered pairs of states one of which attacks or coerces the other in the text
    (also where the act takes place in the other's country)."""
    pairs: set[tuple[str, ...]] = set()
    for event in events:
        if event.type not in lexicon.events.hostile_types or event.negated:
            continue
        sources = {a.country for a in event.source if is_state(a, organizations)}
        targets = {a.country for a in event.target if is_state(a, organizations)}
        if event.place is not None and event.place.country:
            targets.add(event.place.country)
        pairs |= {tuple(sorted((s or "", t or ""))) for s in sources for t in targets if s != t}
    return frozenset(pairs)


def _main_dyad(events: Sequence[Event], organizations: frozenset[str]) -> tuple[Actor, ...]:
    """The two states the document's conflict events (quad 3 and 4) most often set against
    each other: the parties of "the conflict" a mediator mediates when no sentence names
    them."""
    counts: Counter[tuple[str, str]] = Counter()
    seen: dict[str, Actor] = {}
    for event in events:
        if event.quad < 3 or event.negated:
            continue
        for actor in participants(event):
            if is_state(actor, organizations):
                seen.setdefault(actor.country or "", actor)
        sources = {a.country for a in event.source if is_state(a, organizations)}
        targets = {a.country for a in event.target if is_state(a, organizations)}
        for s in sources:
            for t in targets:
                if s and t and s != t:
                    first, second = sorted((s, t))
                    counts[(first, second)] += 1
    if not counts:
        return ()
    (first, second), _ = counts.most_common(1)[0]
    return (seen[first], seen[second])
