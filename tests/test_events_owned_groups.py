"""A group a state's name owns is that state's, even inside a phrase the model took
whole ("SUDAN'S warring parties"), wherever the act is told to happen. Sentences are our
own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Sudan's warring parties signed a declaration of principles in Jeddah.", ["AGREE SDN>"]),
    ("Yemen's rival factions signed a prisoner swap deal in Geneva.", ["AGREE YEM>"]),
    # the whole name of the state, not its last word
    ("South Sudan's warring parties signed a peace deal in Addis Ababa.", ["AGREE SSD>"]),
    ("War-torn South Sudan's warring parties signed a peace deal.", ["AGREE SSD>"]),
])
def test_a_group_a_state_owns_is_that_states(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"AGREE"}) == wanted
