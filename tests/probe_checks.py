"""The checks of the probe families in the type probes' shape (types, expressions, spurious,
statements): `expect` {type, mode?, source, target?, reciprocal?} asks for an event of that
type (and mode) whose sides hold those countries (for a reciprocal event, both sides
together); `must_not` lists types no event may have ("*": no event at all); `forbid` lists
{type, source, target?} that no event may fit (the sides turned round).
"""

from __future__ import annotations

from typing import Any

from event_fixtures import analyse

from belli.records import Event


def countries(actors: Any) -> set[str]:
    return {a.country for a in actors if a.country}


def fits(event: Event, expect: dict[str, Any]) -> bool:
    """Whether the event has the expected type, mode and countries on its sides."""
    if event.type != expect["type"] or event.mode != expect.get("mode", event.mode):
        return False
    source, target = countries(event.source), countries(event.target)
    if expect.get("reciprocal"):
        return set(expect["source"]) | set(expect["target"]) <= source | target
    return set(expect["source"]) <= source and set(expect.get("target", [])) <= target


def summary(events: list[Event]) -> list[str]:
    return [f"{e.trigger}: {e.type}/{e.mode} {sorted(countries(e.source))}>"
            f"{sorted(countries(e.target))}" for e in events]


def probe_misses(pipeline: Any, probe: dict[str, Any]) -> list[str]:
    """What the pipeline gets wrong on one probe; empty when it passes."""
    events = list(analyse(pipeline, probe["text"]).events)
    misses = []
    if "expect" in probe and not any(fits(e, probe["expect"]) for e in events):
        misses.append(f"no {probe['expect']}; got {summary(events)}")
    banned = set(probe.get("must_not", []))
    wrong = [e for e in events if "*" in banned or e.type in banned]
    wrong += [e for e in events for f in probe.get("forbid", []) if fits(e, f)]
    if wrong:
        misses.append(f"banned {summary(wrong)}")
    return misses
