"""Behavioural probes of the roles family: who is source and who is target, read from the
parse (passive agents, possessors of event nouns, prepositional targets, coordination,
suppliers, control verbs, places that never act).

Each line of tests/probes/roles_{dev,blind}.jsonl is one sentence with what an analyst
codes:
- `expect`: events that must be coded. `type` (a type or a list of types), `source` and
  `target` (the exact set of countries of that side), `actors` (the set of countries of
  both sides together, for reciprocal events); `any_of` lists alternatives.
- `forbid`: events that must not be coded: every given field must hold for a match;
  `source`/`target` list countries the side holds, `any_side` countries either side holds,
  `negated` the event's negation, `sector` a source sector.
- `at_most`: the most events of a type (one reciprocal event, not one per pair).
- `xfail`: the probe fails today (strict, so a fixed probe must lose its flag).
"""

from __future__ import annotations

from typing import Any

import pytest
from probe_files import probe_params

from belli.records import Article, Event


def _load(half: str) -> list[Any]:
    return probe_params("roles", half, half_in_id=False)


def _countries(side: tuple[Any, ...]) -> set[str]:
    return {a.country or "?" for a in side}


def _type_fits(spec: dict[str, Any], event: Event) -> bool:
    wanted = spec.get("type")
    if wanted is None:
        return True
    return event.type in (wanted if isinstance(wanted, list) else [wanted])


def _expected(spec: dict[str, Any], event: Event) -> bool:
    """The event is the one the spec asks for (sides compared as exact sets)."""
    if "any_of" in spec:
        return any(_expected(alt, event) for alt in spec["any_of"])
    if not _type_fits(spec, event):
        return False
    if "source" in spec and _countries(event.source) != set(spec["source"]):
        return False
    if "target" in spec and _countries(event.target) != set(spec["target"]):
        return False
    both = _countries(event.source) | _countries(event.target)
    return "actors" not in spec or both == set(spec["actors"])


def _forbidden(spec: dict[str, Any], event: Event) -> bool:
    """The event matches every field of a must-not spec."""
    both = _countries(event.source) | _countries(event.target)
    return (_type_fits(spec, event)
            and set(spec.get("source", ())) <= _countries(event.source)
            and set(spec.get("target", ())) <= _countries(event.target)
            and (not spec.get("any_side") or bool(set(spec["any_side"]) & both))
            and spec.get("negated", event.negated) == event.negated
            and ("sector" not in spec or any(a.sector == spec["sector"] for a in event.source)))


def _summary(event: Event) -> str:
    return (f"{event.type} {','.join(sorted(_countries(event.source)))}>"
            f"{','.join(sorted(_countries(event.target)))}")


def probe_failures(pipeline: Any, probe: dict[str, Any]) -> list[str]:
    """What the pipeline gets wrong on one probe (empty when it passes)."""
    events = pipeline.process(Article.from_text(probe["text"], published="2024-05-14")).events
    coded = [_summary(e) for e in events]
    wrong = [f"missing {spec}; coded {coded}" for spec in probe.get("expect", ())
             if not any(_expected(spec, e) for e in events)]
    wrong += [f"forbidden {spec}; coded {coded}" for spec in probe.get("forbid", ())
              if any(_forbidden(spec, e) for e in events)]
    for type_, most in probe.get("at_most", {}).items():
        if sum(e.type == type_ for e in events) > most:
            wrong.append(f"more than {most} {type_}; coded {coded}")
    return wrong


@pytest.mark.parametrize("probe", _load("dev") + _load("blind"))
def test_roles_probe(nlp_pipeline: Any, probe: dict[str, Any]) -> None:
    assert probe_failures(nlp_pipeline, probe) == [], probe["text"]
