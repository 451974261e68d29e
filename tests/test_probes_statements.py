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

import pytest
from probe_checks import probe_misses
from probe_files import both_halves, probes_of


@pytest.mark.model
@pytest.mark.parametrize("probe", both_halves("statements"))
def test_the_statement_codes_who_said_what_to_whom(nlp_pipeline, probe) -> None:
    assert probe_misses(nlp_pipeline, probe) == []


def test_every_probe_says_what_it_expects() -> None:
    for probe in probes_of("statements"):
        assert ("expect" in probe) or probe.get("must_not"), probe["id"]
