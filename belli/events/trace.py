"""A trace of the event coder's decisions: what became of every trigger word it read.

An analyst who expected an event from a sentence and got none asks why. Given a `Trace`,
`EventCoder.code` tells it, step by step, which triggers it found, which check refused
one, which another accounted for or merged, and which later step dropped an event or
kept it (`belli explain`). The coder calls it only where one is given: without a trace
it does exactly what it does without one.

Fates, in the order the coder decides them:

    refused      a check turned the trigger down before drafting (`why` names it)
    absorbed     another trigger of the sentence accounts for it
    merged       it tells the event another trigger of its sentence tells
    no actor     it names no actor, and the context gives it none
    duplicate    its sentence repeats an earlier one word for word
    denied       an act alleged by one side and denied by its doers
    no doer      a passive with no doer, where none is supplied
    not placed   a cooperation between no one the text identifies
    retelling    a later telling of an event the story told before
    below cut    its confidence is under the `min_confidence` cut
    kept         an event of the output (`event_id`)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from belli.records import Sentence

if TYPE_CHECKING:
    from belli.events.draft import Draft
    from belli.events.triggers import Trigger
    from belli.records import Actor, Event

__all__ = ["Candidate", "Explanation", "Trace"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One trigger the coder considered and its fate. `event_id` is the event it became
    (kept, below cut) or went into (merged, duplicate, retelling)."""

    sentence: int
    trigger: str
    start: int
    end: int
    lexicon: str  # kind.key: the lexicon entry that read the word
    type: str | None  # the type the lexicon gave, before any reframing
    fate: str
    why: str = ""
    event_id: str | None = None
    event_type: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Entry:
    """A candidate while the coder decides: its fate stays None until a step settles it."""

    sentence: int
    trigger: Trigger
    fate: str | None = None
    why: list[str] = field(default_factory=list)
    event: Event | None = None
    into: _Entry | None = None

    def settle(self, fate: str, why: str, into: _Entry | None = None) -> None:
        if self.fate is None:
            self.fate, self.into = fate, into
            self.why.insert(0, why)


class Trace:
    """The sink `EventCoder.code` reports to, one per article; `candidates()` reads what
    it heard. It keeps the triggers it was told of, so their ids stay theirs."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._by_trigger: dict[int, _Entry] = {}
        self._by_event: dict[str, list[_Entry]] = {}
        self.headings: set[int] = set()  # sentences read as inline headings: no triggers

    def found(self, sentence: int, triggers: Sequence[Trigger], chosen: Sequence[Trigger]) -> None:
        """A sentence's triggers, and those left once others took what they account for."""
        for trigger in triggers:
            self._entry(sentence, trigger)
        for trigger in chosen:  # a split or an ultimatum adds triggers of its own
            if id(trigger) not in self._by_trigger:
                self._entry(sentence, trigger)
        kept = {id(t) for t in chosen}
        for trigger in triggers:
            if id(trigger) not in kept:
                by = _accounting(trigger, chosen)
                self._of(trigger).settle("absorbed", f"accounted for by '{by}'" if by else
                                         "accounted for by another trigger of the sentence")

    def refused(self, trigger: Trigger, check: str) -> None:
        self._of(trigger).settle("refused", check)

    def drafts_dropped(self, before: Sequence[Draft], after: Sequence[Draft], why: str,
                       fate: str = "absorbed") -> None:
        """Drafts a step took out before their events were built: by default because
        another draft holds them."""
        kept = {id(d) for d in after}
        for draft in before:
            if id(draft) not in kept:
                self._of(draft.trigger).settle(fate, why)

    def merged(self, after: Sequence[Draft]) -> None:
        """Drafts `merge.merged` folded into a twin of their sentence (its `also`)."""
        for draft in after:
            twin = self._of(draft.trigger)
            for other, _ in draft.also:
                self._of(other).settle("merged", f"tells the event of '{draft.trigger.head.text}'",
                                       twin)

    def built(self, pairs: Sequence[tuple[Draft, Event]]) -> None:
        for draft, event in pairs:
            entry = self._of(draft.trigger)
            entry.event = event
            self._by_event.setdefault(event.event_id, []).append(entry)

    def dropped(self, before: Sequence[Event], after: Sequence[Event], fate: str, why: str) -> None:
        """Events of `before` missing from `after`: `fate`, for the reason `why`. A
        candidate keeps the first fate it is given."""
        ids = {e.event_id for e in after}
        for event in before:
            if event.event_id not in ids:
                into = self._into(event, after, fate)
                for entry in self._by_event.get(event.event_id, []):
                    entry.settle(fate, why, into)

    def renamed(self, before: Sequence[Event], after: Sequence[Event]) -> None:
        """A step that re-codes events in place (a denied report becomes a charge)."""
        for old, new in zip(before, after, strict=True):
            if old.event_id != new.event_id:
                moved = self._by_event.pop(old.event_id, [])
                for entry in moved:
                    entry.why.append(f"re-coded as {new.type}")
                self._by_event.setdefault(new.event_id, []).extend(moved)

    def kept(self, events: Sequence[Event]) -> None:
        """The coder's output: each event's entries are kept, with the final record."""
        for event in events:
            for entry in self._by_event.get(event.event_id, []):
                if entry.fate is None:
                    entry.event = event
                    entry.settle("kept", event.reason)
        for entry in self._entries:
            entry.settle("dropped", "left out by a later step")

    def cut(self, kept: Sequence[Event], minimum: float) -> None:
        """The stage's confidence cut: kept events missing from `kept` fell below it."""
        ids = {e.event_id for e in kept}
        for entry in self._entries:
            if entry.fate == "kept" and entry.event and entry.event.event_id not in ids:
                entry.fate = "below cut"
                entry.why.insert(0, f"confidence {entry.event.confidence} < {minimum}")

    def candidates(self) -> tuple[Candidate, ...]:
        """Every trigger considered, in text order, with its fate."""
        return tuple(sorted((_candidate(e) for e in self._entries),
                            key=lambda c: (c.start, c.lexicon)))

    def _entry(self, sentence: int, trigger: Trigger) -> None:
        entry = _Entry(sentence, trigger)
        self._entries.append(entry)
        self._by_trigger[id(trigger)] = entry

    def _of(self, trigger: Trigger) -> _Entry:
        return self._by_trigger[id(trigger)]

    def _into(self, event: Event, after: Sequence[Event], fate: str) -> _Entry | None:
        """The event a duplicate or a retelling went into, where the step's output says."""
        told = f"also told at {event.start}-{event.end} ('{event.trigger}')"
        found = next((e for e in after if (fate == "retelling" and told in e.reason) or (
            fate == "duplicate" and e.type == event.type and e.trigger == event.trigger)), None)
        entries = self._by_event.get(found.event_id, []) if found is not None else []
        return entries[0] if entries else None


def _accounting(trigger: Trigger, chosen: Sequence[Trigger]) -> str | None:
    """The word of the nearest chosen trigger above (or else below) the one taken: a
    light verb above its noun, a request above its act, an order below its command."""
    above = [t for t in chosen if t.token in trigger.token.ancestors]
    below = [t for t in chosen if trigger.token in t.token.ancestors]
    if above:
        return min(above, key=lambda t: abs(t.token.i - trigger.token.i)).token.text
    return below[0].token.text if below else None


def _candidate(entry: _Entry) -> Candidate:
    trigger, head = entry.trigger, entry.trigger.head
    target = entry.event if entry.fate in ("kept", "below cut") else (
        _final(entry.into) if entry.into is not None else None)
    return Candidate(
        sentence=entry.sentence, trigger=head.text, start=head.idx, end=head.idx + len(head.text),
        lexicon=f"{trigger.kind}.{trigger.key}", type=trigger.type, fate=entry.fate or "dropped",
        why="; ".join(w for w in entry.why if w),
        event_id=target.event_id if target else None,
        event_type=target.type if target else None,
        source=_codes(target.source) if target and entry.fate == "kept" else (),
        target=_codes(target.target) if target and entry.fate == "kept" else (),
        confidence=target.confidence if target and entry.fate in ("kept", "below cut") else None)


def _final(entry: _Entry) -> Event | None:
    """The event a merged candidate's twin became, following merges to the end."""
    seen: set[int] = set()
    while entry.into is not None and id(entry) not in seen:
        seen.add(id(entry))
        entry = entry.into
    return entry.event if entry.fate in ("kept", "below cut") else None


def _codes(actors: Sequence[Actor]) -> tuple[str, ...]:
    return tuple(" ".join(filter(None, (a.country, a.sector))) or a.text for a in actors)


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why one article's sentences gave the events they gave: each sentence with the
    candidates the coder considered in it (`belli explain`)."""

    doc_id: str
    sentences: tuple[Sentence, ...]
    candidates: tuple[Candidate, ...]
    headings: frozenset[int] = frozenset()  # sentences read as headings: no trigger read
    notes: tuple[str, ...] = ()

    def by_sentence(self) -> list[dict[str, Any]]:
        """One row per sentence: its index, text, whether a heading, and its candidates."""
        return [{"doc_id": self.doc_id, "sentence": s.index, "text": s.text,
                 "heading": s.index in self.headings,
                 "candidates": [c.to_dict() for c in self.candidates if c.sentence == s.index]}
                for s in self.sentences]
