"""Sides that trade fire, as those that exchange it, fire on each other; rivals that trade
blows or shots over a policy trade words, no fire.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize("verb", ["exchanged", "traded"])
def test_sides_that_trade_fire_fire_on_each_other(nlp_pipeline, verb):
    text = f"India and Pakistan {verb} fire across the Line of Control on Sunday."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == ["ASSAULT IND,PAK>"]


@pytest.mark.parametrize("text", [
    "Beijing and Washington traded blows over tariffs this week.",
    "The two leaders exchanged shots over the economy on Sunday.",
])
def test_blows_traded_over_a_policy_are_no_fire(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == []
