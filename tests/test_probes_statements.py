"""Behavioural probes of statements: the verbal events an analyst codes (ACCUSE, REQUEST,
REJECT, CONSULT, AGREE, THREATEN) with the speaker as source and the one addressed, blamed or
met as target, in the shapes wire stories use: quote first then "X said", "according to",
the passive "X was accused by Y", a speaker named by title ("the foreign ministry
spokesman"), a target named as possessor ("condemned India's decision"); and must-not
cases, reporting verbs alone ("said", "told reporters") with nothing conflictual or
cooperative told.

The probes are our own sentences, in tests/probes/statements_{dev,blind}.jsonl, one JSON
object a line: `expect` {type, source, target, reciprocal?} asks for an event of that type
whose sides hold those countries (for a reciprocal event, both sides together); `must_not`
lists types no event may have ("*": no event at all); `forbid` lists {type, source} that
no event may fit (the side turned round). A probe that fails today carries `"xfail": "why"`,
strict, so a probe that comes to pass must lose it.

The sixty were split with `random.Random(20261206).shuffle` of their indices, the first
thirty dev, before belli's answers were read: the blind half's pass rate is the honest
measure of how far fixes made on the dev half generalize.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_fixtures import analyse
from probe_files import probe_params

from belli.records import Event


def _load(half: str) -> list[Any]:
    return probe_params("statements", half)


def _countries(actors: Any) -> set[str]:
    return {a.country for a in actors if a.country}


def _fits(event: Event, expect: dict[str, Any]) -> bool:
    """Whether the event has the expected type and countries on its sides."""
    if event.type != expect["type"]:
        return False
    source, target = _countries(event.source), _countries(event.target)
    if expect.get("reciprocal"):
        return set(expect["source"]) | set(expect["target"]) <= source | target
    return set(expect["source"]) <= source and set(expect.get("target", [])) <= target


def _summary(events: list[Event]) -> list[str]:
    return [f"{e.trigger}: {e.type} {sorted(_countries(e.source))}>"
            f"{sorted(_countries(e.target))}" for e in events]


def probe_misses(pipeline: Any, probe: dict[str, Any]) -> list[str]:
    """What the pipeline gets wrong on one probe; empty when it passes."""
    events = list(analyse(pipeline, probe["text"]).events)
    misses = []
    if "expect" in probe and not any(_fits(e, probe["expect"]) for e in events):
        misses.append(f"no {probe['expect']}; got {_summary(events)}")
    banned = set(probe.get("must_not", []))
    wrong = [e for e in events if "*" in banned or e.type in banned]
    wrong += [e for e in events for f in probe.get("forbid", []) if _fits(e, f)]
    if wrong:
        misses.append(f"banned {_summary(wrong)}")
    return misses


@pytest.mark.model
@pytest.mark.parametrize("probe", _load("dev") + _load("blind"))
def test_the_statement_codes_who_said_what_to_whom(nlp_pipeline, probe) -> None:
    assert probe_misses(nlp_pipeline, probe) == []


def test_every_probe_says_what_it_expects() -> None:
    for half in ("dev", "blind"):
        for param in _load(half):
            probe = param.values[0]
            assert ("expect" in probe) or probe.get("must_not"), probe["id"]
