"""Behavioural probes of spurious events: sentences where an analyst codes nothing, or one
main event among distractor triggers. Generic and habitual statements ("the navy regularly
holds exercises"), what weapons can do, third parties' plans told as background, sporting,
economic and figurative senses of conflict verbs, counterfactual commentary, names and
titles holding trigger words ("the Ministry of Defence", "Operation Desert Storm"),
appositive histories, questions, quoted slogans, and one act wrapped in secondary verbs
(say, add, seek, continue, help).

The probes are our own sentences in wire style, in tests/probes/spurious_{dev,blind}.jsonl,
in the shape of the type probes (tests/test_probes_types.py): `must_not` lists types no
event may have ("*": no event at all), `expect` asks for the one main event. The 60 were
split at random into halves of 30 before belli's answers were read (random.Random(7)
shuffling the list, the first 30 dev); fixes were made on the dev half only, so the blind
half's pass rate measures how far they generalize. First run: dev 20/30, blind 21/30; after
`belli.events.untold`: dev 28/30, blind 21/30 (with types' blind "beat 2-0" now passing).
"""

from __future__ import annotations

import pytest
from probe_checks import probe_misses
from probe_files import both_halves, probes_of


@pytest.mark.model
@pytest.mark.parametrize("probe", both_halves("spurious"))
def test_an_analyst_codes_no_event_beyond_the_main_one(nlp_pipeline, probe) -> None:
    assert probe_misses(nlp_pipeline, probe) == []


def test_every_probe_says_what_it_forbids() -> None:
    for probe in probes_of("spurious"):
        assert probe.get("must_not"), probe["id"]
