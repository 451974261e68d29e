"""Across sentences: a denial answers the accusation before it; an unnamed side is the
document's main counterpart.

"France and Russia say fighters were brought in. Baku and Ankara deny it." The denial
(REJECT) names no target in its own sentence; its target is whoever accused the denier
in the sentences just before: the source of an ACCUSE aimed at the denier, or the
speaker of a reported act the denier is said to have done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from belli.records import Actor, Event

__all__ = ["MIN_PAIRINGS", "MIN_SHARE", "WINDOW_SENTENCES", "answer_denials", "infer_counterparts"]

WINDOW_SENTENCES = 3  # how far back a denial looks for what it answers


def answer_denials(events: Sequence[Event], sentence_of: Callable[[int], int]) -> list[Event]:
    out = list(events)
    for i, event in enumerate(out):
        if event.type != "REJECT" or event.target or not event.source:
            continue
        deniers: set[str | None] = {a.country for a in event.source if a.country}
        here = sentence_of(event.start)
        for earlier in reversed(out[:i]):
            if here - sentence_of(earlier.start) > WINDOW_SENTENCES:
                break
            accusers = _accusers(earlier, deniers)
            if accusers:
                why = f"target: it answers '{earlier.trigger}' by {_codes(accusers)}"
                out[i] = event.replace(target=accusers, reason=f"{event.reason}; {why}")
                break
    return out


def _accusers(event: Event, deniers: set[str | None]) -> tuple[Actor, ...]:
    if event.type == "ACCUSE" and deniers & {a.country for a in event.target}:
        return tuple(a for a in event.source if a.country not in deniers)
    speaker = event.attributed_to
    if (speaker is not None and speaker.country and speaker.country not in deniers
            and deniers & {a.country for a in event.source}):
        return (speaker,)
    return ()


def _codes(actors: Sequence[Actor]) -> str:
    return ", ".join(a.country or "?" for a in actors)


# Sectors that speak for a state in a dyad; a rebel group's counterpart is no state's
_STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY", "CVL", "LEG"})
# An event whose one side is unnamed takes the document's main counterpart of the other
# side only when that counterpart is clear: at least this many events pair them, it is
# at least this share of the named side's pairings, and no other partner ties with it.
MIN_PAIRINGS = 1
MIN_SHARE = 0.5
# cooperative types that settle a conflict: one side agrees to, hands over to, or stops
# fighting with its adversary, so where no partner in cooperation is clear the
# counterpart is the one it fights ("the region's forces agreed to disarm")
_SETTLEMENTS = frozenset({"AGREE", "CONCEDE", "RETREAT"})


def infer_counterparts(events: Sequence[Event]) -> list[Event]:
    """"71 Azerbaijani servicemen had been killed": in a story of Armenian-Azerbaijani
    fighting the unnamed side is the other party. An event with one side named and the
    other empty (or only an unnamed group without a country) takes the document's main
    counterpart of the named side, with the reason and a lower confidence."""
    # partners in cooperation and adversaries in conflict are counted apart: support for
    # Ukraine in a story of Russia's war is not support from Russia
    pairs = {side: _pairings([e for e in events if (e.quad <= 2) == side]) for side in (True, False)}
    return [_completed(event, pairs[event.quad <= 2],
                       pairs[False] if event.type in _SETTLEMENTS else None)
            for event in events]


def _pairings(events: Sequence[Event]) -> dict[str, dict[str, int]]:
    pairs: dict[str, dict[str, int]] = {}
    for event in events:
        if event.negated:
            continue  # what did not happen pairs no one
        sources = {a.country for a in event.source if a.country}
        targets = {a.country for a in event.target if a.country}
        for s in sources:
            for t in targets - sources:
                pairs.setdefault(s, {}).setdefault(t, 0)
                pairs[s][t] += 1
                pairs.setdefault(t, {}).setdefault(s, 0)
                pairs[t][s] += 1
    return pairs


def _counterpart(country: str, pairs: dict[str, dict[str, int]]) -> str | None:
    partners = pairs.get(country) or {}
    if not partners:
        return None
    ranked = sorted(partners.items(), key=lambda kv: -kv[1])
    best, count = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == count:
        return None
    return best if count >= MIN_PAIRINGS and count / sum(partners.values()) >= MIN_SHARE else None


def _completed(event: Event, pairs: dict[str, dict[str, int]],
               adversaries: dict[str, dict[str, int]] | None = None) -> Event:
    if event.reciprocal:
        return event
    for named, empty in (("source", "target"), ("target", "source")):
        have = [a for a in getattr(event, named) if a.country and a.sector in _STATE_SECTORS]
        missing = getattr(event, empty)
        if len(have) != 1 or any(a.country for a in missing):
            continue
        other = _counterpart(have[0].country or "", pairs)
        if other is None and adversaries is not None and not pairs.get(have[0].country or ""):
            other = _counterpart(have[0].country or "", adversaries)
        if other is None:
            continue
        sector = next((a.sector for a in missing), None)
        why = f"{empty} inferred: {other} is the document's main counterpart of {have[0].country}"
        actor = Actor(text=next((a.text for a in missing), other), name=other, country=other,
                      sector=sector, reason=why)
        return event.replace(**{empty: (actor,)}, reason=f"{event.reason}; {why}",
                             confidence=round(max(0.1, event.confidence - 0.15), 2))
    return event
