"""Shared by the tests of `belli.events.nominal`: hand-made events and actors, the two
sides' fighting, the triggers the coder finds in a parsed text, and what `adopt_actors`
makes of one trigger coded with no actor."""

from __future__ import annotations

from bisect import bisect_right
from functools import partial
from typing import Any

from event_fixtures import analyse

from belli.events.nominal import adopt_actors
from belli.events.participants import Participants
from belli.events.stage import EventStage
from belli.events.triggers import Trigger, TriggerFinder
from belli.records import Actor, Analysis, Event

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


def triggers(pipeline: Any, analysis: Analysis) -> dict[str, Trigger]:
    coder = next(s for s in pipeline.stages if isinstance(s, EventStage)).coder
    people = Participants(analysis.parse, analysis.mentions, coder.kb, coder.lexicon.containers)
    finder = TriggerFinder(coder.lexicon, coder.plover, people, coder.cues.speech,
                           coder.cues.obligations, coder._verdicts)
    return {t.head.lower_: t for s in analysis.parse.sents for t in finder.find(s)}


def adopted(pipeline: Any, text: str, word: str, told: list[Event]) -> list[Event]:
    """What `adopt_actors` makes of the trigger `word`, coded with no actor in the last
    sentence of `text`, beside the events `told` (placed at the start of their sentence)."""
    analysis = analyse(pipeline, text)
    starts = [s.start_char for s in analysis.parse.sents]
    trigger = triggers(pipeline, analysis)[word]
    lone = event(trigger.type or "", starts[-1], trigger=trigger.head.text)
    placed = [e.replace(start=starts[int(e.start)]) for e in told]  # start = sentence number
    return adopt_actors([(trigger, lone)], placed, partial(bisect_right, starts))
