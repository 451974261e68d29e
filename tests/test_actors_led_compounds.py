"""Who leads: a name joined by a hyphen to "led" before a body's own name says who leads
that body, which acts under its own name ("the Russian-led Collective Security Treaty
Organization" is the CSTO alone); before a common noun the leader is the one acting ("the
Saudi-led coalition"). An abbreviation the tokenizer keeps in one word with its "-led"
("the U.S.-led coalition") still names the group's state, never the sentence's other one.
"""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "leader"), [
    ("Armenia appealed to the Russian-led Collective Security Treaty Organization for help.",
     "Russian"),
    ("Officials of the Kurdish-led Autonomous Administration met in Qamishli.", "Kurdish"),
])
def test_the_leader_of_a_named_body_is_no_actor(nlp_pipeline, text, leader):
    assert actor_codes(nlp_pipeline, text, leader) == []


def test_the_leader_of_a_common_group_stays_the_actor(nlp_pipeline):
    text = "The Saudi-led coalition struck Houthi positions in Yemen."
    assert [c.split()[0] for c in actor_codes(nlp_pipeline, text, "Saudi")] == ["SAU"]


@pytest.mark.parametrize(("text", "group", "country"), [
    ("Ukraine asked the U.S.-led coalition for help.", "the U.S.-led coalition", "USA"),
    ("France joined the U.S.-led coalition against the Islamic State.",
     "the U.S.-led coalition", "USA"),
    ("The U.S.-led forces bombed Raqqa on Monday.", "The U.S.-led forces", "USA"),
])
def test_a_group_an_abbreviation_leads_is_the_leaders(nlp_pipeline, text, group, country):
    assert [c.split()[0] for c in actor_codes(nlp_pipeline, text, group)] == [country]


def test_a_coalition_a_state_leads_is_no_party(nlp_pipeline):
    codes = actor_codes(nlp_pipeline, "Ukraine asked the U.S.-led coalition for help.",
                        "the U.S.-led coalition")
    assert codes == ["USA None"]  # no sector: not the "coalition" of parties the cue means
