"""From candidates to Relation records: one pair of sides each, the events of the
sentence that tie the two cited, and what several rules found in one sentence merged."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from belli.records import Actor, Relation, content_id
from belli.relations import STAGE
from belli.relations.document import Candidate, Document, participants
from belli.relations.sentence import trimmed

__all__ = ["STAGE", "relations_of"]
# what a merged relation keeps when its rules disagree: a sentence one reading finds
# passed on is passed on; otherwise the furthest stage of a transfer that any reading sees
_STATUS_RANK = {"reported": 5, "delivered": 4, "contracted": 3, "planned": 2}
_AGREEMENT_BONUS = 0.05  # each further rule that finds the same relation in the sentence
_MAX_CONFIDENCE = 0.95


@dataclass
class _Merged:
    """The relations that one key gathers: same type, same sides, same sentence."""

    first: Candidate
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    found: list[Candidate] = field(default_factory=list)


def relations_of(doc: Document, candidates: Iterable[Candidate]) -> tuple[Relation, ...]:
    """The document's relations, in the order of their sentences."""
    merged: dict[tuple[str, ...], _Merged] = {}
    for candidate in candidates:
        for sources, targets in _pairs(candidate):
            key = (candidate.type, *_codes(sources), "|", *_codes(targets),
                   str(candidate.sentence.start))
            if key not in merged:
                merged[key] = _Merged(candidate, sources, targets)
            merged[key].found.append(candidate)
    relations = [_relation(doc, group) for group in merged.values()]
    return tuple(sorted(relations, key=lambda r: (r.start, r.type)))


def _pairs(candidate: Candidate) -> Iterable[tuple[tuple[Actor, ...], tuple[Actor, ...]]]:
    """Pairs of distinct countries: both sides of a symmetric relation in `source`, sorted
    by code (each source with each target, or every two sources where there is no
    target); a mediator with all its parties; every other type one source, one target."""
    sources = _unique(candidate.sources)
    targets = _unique(candidate.targets)
    if candidate.symmetric:
        pairs = ([(a, b) for a in sources for b in targets] if targets
                 else list(combinations(sources, 2)))
        for a, b in pairs:
            if a.country != b.country:
                yield tuple(sorted((a, b), key=lambda x: x.country or "")), ()
        return
    if candidate.type == "mediator":
        for mediator in sources:
            parties = tuple(p for p in targets if p.country != mediator.country)
            yield (mediator,), tuple(sorted(parties, key=lambda x: x.country or ""))
        return
    for source in sources:
        for target in targets:
            if source.country != target.country:
                yield (source,), (target,)


def _unique(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """Each country once, the first entry that names it."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        if actor.country and actor.country not in seen:
            seen[actor.country] = actor
    return tuple(seen.values())


def _codes(actors: Sequence[Actor]) -> list[str]:
    return [a.country or "" for a in actors]


def _relation(doc: Document, group: _Merged) -> Relation:
    first, found = group.first, group.found
    text, start, end = trimmed(first.sentence)
    codes = set(_codes(group.sources)) | set(_codes(group.targets))
    events = [*(e for c in found for e in c.event_ids),
              *_tying_events(doc, first, codes)]
    statuses = [c.status for c in found if c.status]
    confidence = max(c.confidence for c in found) + _AGREEMENT_BONUS * (len(found) - 1)
    return Relation(
        doc_id=doc.analysis.doc_id,
        relation_id=content_id(doc.analysis.doc_id, "relation", first.type,
                               *_codes(group.sources), "|", *_codes(group.targets), start),
        type=first.type, sentence=text, start=start, end=end, source=group.sources,
        target=group.targets,
        item=", ".join(dict.fromkeys(c.item for c in found if c.item)) or None,
        status=max(statuses, key=lambda s: _STATUS_RANK.get(s, 0)) if statuses else None,
        valid_from=min((c.valid_from for c in found if c.valid_from), default=None),
        valid_to=max((c.valid_to for c in found if c.valid_to), default=None),
        event_ids=tuple(dict.fromkeys(events)),
        mention_ids=tuple(dict.fromkeys(m for c in found for m in c.mention_ids)),
        confidence=round(min(_MAX_CONFIDENCE, confidence), 2), stage=STAGE,
        reason=" | ".join(dict.fromkeys(c.reason for c in found)),
        quantity=next((c.quantity for c in found if c.quantity is not None), None))


def _tying_events(doc: Document, candidate: Candidate, codes: set[str]) -> list[str]:
    """Events of the sentence whose actors include two of the relation's sides."""
    out = []
    for event in doc.events_in(candidate.sentence):
        if event.negated:
            continue
        if len(codes & {a.country or "" for a in participants(event)}) >= 2:
            out.append(event.event_id)
    return out
