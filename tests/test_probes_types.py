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

import pytest
from event_fixtures import sides
from probe_checks import probe_misses
from probe_files import both_halves, probes_of


@pytest.mark.model
@pytest.mark.parametrize("probe", both_halves("types"))
def test_the_trigger_codes_the_type_an_analyst_expects(nlp_pipeline, probe) -> None:
    assert probe_misses(nlp_pipeline, probe) == []


def test_every_probe_says_what_it_expects() -> None:
    for probe in probes_of("types"):
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
