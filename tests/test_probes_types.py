"""Behavioural probes of event types: the PLOVER type (and mode) common news triggers code,
with the objects, particles and prepositions that decide it, and must-not cases (idioms and
non-political senses: "a sales offensive", "a drill bit", "conceded two goals").

The probes are our own sentences in wire style, in tests/probes/types_{dev,blind}.jsonl,
one JSON object a line: `expect` {type, mode?, source, target, reciprocal?} asks for an
event of that type whose sides hold those countries (for a reciprocal event, both sides
together); `must_not` lists types no event may have ("*": no event at all). A probe that
fails today carries `"xfail": "why"`, strict, so a probe that comes to pass must lose it.
The blind half was split off at random before belli's answers were read: its pass rate is
the honest measure of how far fixes made on the dev half generalize.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_fixtures import analyse, sides
from probe_files import probe_params

from belli.records import Event


def _load(half: str) -> list[Any]:
    return probe_params("types", half)


def _countries(actors: Any) -> set[str]:
    return {a.country for a in actors if a.country}


def _fits(event: Event, expect: dict[str, Any]) -> bool:
    """Whether the event has the expected type, mode and countries on its sides."""
    if event.type != expect["type"] or event.mode != expect.get("mode", event.mode):
        return False
    source, target = _countries(event.source), _countries(event.target)
    if expect.get("reciprocal"):
        return set(expect["source"]) | set(expect["target"]) <= source | target
    return set(expect["source"]) <= source and set(expect["target"]) <= target


def _summary(events: list[Event]) -> list[str]:
    return [f"{e.trigger}: {e.type}/{e.mode} {sorted(_countries(e.source))}>"
            f"{sorted(_countries(e.target))}" for e in events]


def check(pipeline: Any, probe: dict[str, Any]) -> None:
    events = list(analyse(pipeline, probe["text"]).events)
    if "expect" in probe:
        assert any(_fits(e, probe["expect"]) for e in events), _summary(events)
    banned = set(probe.get("must_not", []))
    wrong = [e for e in events if "*" in banned or e.type in banned]
    assert not wrong, _summary(wrong)


@pytest.mark.model
@pytest.mark.parametrize("probe", _load("dev") + _load("blind"))
def test_the_trigger_codes_the_type_an_analyst_expects(nlp_pipeline, probe) -> None:
    check(nlp_pipeline, probe)


def test_every_probe_says_what_it_expects() -> None:
    for half in ("dev", "blind"):
        for param in _load(half):
            probe = param.values[0]
            assert ("expect" in probe) or probe.get("must_not"), probe["id"]


# Senses the lexicon tells apart beyond the probes, written "TYPE SOURCES>TARGETS".
SENSES = [
    # talks called off are refused; air strikes called in are one's own attack
    ("Iran called off the nuclear talks with the European Union.", {"called"},
     ["REJECT IRN>EU"]),
    ("Sudan's army called in air strikes on Khartoum.", {"called"}, []),
    ("Britain called in the Russian ambassador over the poisoning.", {"called"},
     ["ACCUSE GBR>"]),
    # a landslide kills no one's enemy, money withdrawn moves
    ("A landslide killed 12 villagers in Nepal.", {"killed"}, []),
    ("Kenya withdrew 200 million shillings from the reserve fund.", {"withdrew"}, []),
    # a letter handed over tells; a minister fired is dismissed, wherever it happens
    (("In a letter handed over to the United Nations, Iraq said it would let inspectors "
      "back."), {"handed"}, []),
    ("Colombia's president fired his defence minister at a cabinet meeting.", {"fired"}, []),
    # aid pledged is an AGREE with the aid's recipient
    ("Japan pledged aid to Bangladesh after the cyclone.", {"pledged"}, ["AGREE JPN>BGD"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), SENSES)
def test_the_lexicon_reads_the_sense_of_the_phrase(nlp_pipeline, text: str, triggers: set[str],
                                                   expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected
