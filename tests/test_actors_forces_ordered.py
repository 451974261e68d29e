"""Forces a leader orders are the leader's own. A named leader places no group by the
sentence alone (a counterpart from abroad is often named beside an official), so "the
army" in "Netanyahu ordered the army to intensify strikes on Gaza" took the other state
the sentence names, the one struck. Sentences are our own."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    ("Netanyahu ordered the army to intensify strikes on Gaza.", "the army", ["ISR MIL"]),
    ("Putin ordered troops to pull back from the Ukrainian border.", "troops", ["RUS MIL"]),
    ("Venezuelan President Nicolas Maduro ordered the military to reinforce the border with Guyana.",
     "the military", ["VEN MIL"]),
])
def test_forces_a_leader_orders_are_the_leaders_own(nlp_pipeline, text, wanted, expected):
    assert actor_codes(nlp_pipeline, text, wanted) == expected


def test_the_act_ordered_is_the_leaders_states(nlp_pipeline):
    text = "Netanyahu ordered the army to intensify strikes on Gaza."
    assert sides(nlp_pipeline, text, {"ASSAULT", "REQUEST"}) == ["ASSAULT ISR>PSE"]


def test_forces_a_body_of_no_state_orders_stay_unplaced(nlp_pipeline):
    assert actor_codes(nlp_pipeline, "The court ordered the police to release the protesters.",
                       "the police") == []
