"""Across sentences: a denial answers the accusation before it.

"France and Russia say fighters were brought in. Baku and Ankara deny it." The denial
(REJECT) names no target in its own sentence; its target is whoever accused the denier
in the sentences just before: the source of an ACCUSE aimed at the denier, or the
speaker of a reported act the denier is said to have done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from belli.records import Actor, Event

__all__ = ["WINDOW_SENTENCES", "answer_denials"]

WINDOW_SENTENCES = 3  # how far back a denial looks for what it answers


def answer_denials(events: Sequence[Event], sentence_of: Callable[[int], int]) -> list[Event]:
    out = list(events)
    for i, event in enumerate(out):
        if event.type != "REJECT" or event.target or not event.source:
            continue
        deniers = {a.country for a in event.source if a.country}
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
