"""Shared by the tests of `belli.events.nominal`: hand-made events and actors, the two
sides' fighting, the triggers the coder finds in a text, whether it tells one's act as
happening, and what `adopt_actors` makes of one trigger coded with no actor."""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from typing import Any

from event_fixtures import triggers_found

from belli.events.nominal import adopt_actors, told_as_happening
from belli.events.triggers import Trigger
from belli.records import Actor, Event

QUADS = {"ASSAULT": 4, "RETREAT": 2, "ACCUSE": 3, "PROTEST": 4, "COERCE": 4}


def actor(country: str, sector: str | None = None) -> Actor:
    return Actor(text=country, name=country, country=country, sector=sector)


def event(type: str, start: int, source: tuple[Actor, ...] = (),
          target: tuple[Actor, ...] = (), trigger: str = "word") -> Event:
    return Event("doc", f"{type}{start}", type, None, QUADS[type], 0.0, "A sentence.",
                 start, start + 10, trigger, source=source, target=target)


# two acts of arms between the same two states: the story's two sides
FIGHTING = [event("ASSAULT", 0, (actor("AZE"),), (actor("ARM"),)),
            event("ASSAULT", 0, (actor("ARM"),), (actor("AZE"),))]


def triggers(pipeline: Any, text: str) -> dict[str, Trigger]:
    """The triggers the coder finds in the text, by their head word."""
    return {t.head.lower_: t for t in triggers_found(pipeline, text)}


def told_happening(pipeline: Any, text: str, word: str) -> bool:
    """Whether the text tells the act its trigger `word` names as happening."""
    trigger = triggers(pipeline, text)[word]
    return told_as_happening(trigger.head, trigger.kind)


def adopted(pipeline: Any, text: str, word: str, told: list[Event]) -> list[Event]:
    """What `adopt_actors` makes of the trigger `word`, coded with no actor in the last
    sentence of `text`, beside the events `told` (placed at the start of their sentence)."""
    trigger = triggers(pipeline, text)[word]
    starts = [s.start_char for s in trigger.head.doc.sents]
    lone = event(trigger.type or "", starts[-1], trigger=trigger.head.text)
    placed = [e.replace(start=starts[int(e.start)]) for e in told]  # start = sentence number
    return adopt_actors([(trigger, lone)], placed, partial(bisect_right, starts))
