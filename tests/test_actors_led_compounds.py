"""Who leads: a name joined by a hyphen to "led" before the name of a body the knowledge
base knows says who leads that body, which acts under its own name ("the Russian-led
Collective Security Treaty Organization" is the CSTO alone); before a common noun or a
name of no known body the leader is the one acting ("the Saudi-led coalition", "the
French-led Barkhane force"). An abbreviation the tokenizer keeps in one word with its
"-led" ("the U.S.-led coalition") still names the group's state, never the sentence's
other one.
"""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Armenia appealed to the Russian-led Collective Security Treaty Organization for help.",
    "Armenia appealed to the Russian-led CSTO for help.",
])
def test_the_leader_of_a_known_body_is_no_actor(nlp_pipeline, text):
    assert actor_codes(nlp_pipeline, text, "Russian") == []


@pytest.mark.parametrize(("text", "leader", "country"), [
    ("The Saudi-led coalition struck Houthi positions in Yemen.", "Saudi", "SAU"),
    ("The Saudi-led Coalition struck a bus in Saada.", "Saudi", "SAU"),
    ("The French-led Barkhane force killed a jihadist leader in Mali.", "French", "FRA"),
    ("The NATO-led KFOR peacekeepers detained two men near the border.", "NATO", "NATO"),
])
def test_the_leader_of_a_group_no_body_names_stays_the_actor(nlp_pipeline, text, leader,
                                                              country):
    assert [c.split()[0] for c in actor_codes(nlp_pipeline, text, leader)] == [country]


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
