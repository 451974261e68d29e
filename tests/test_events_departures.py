"""Who leaves: troops, peacekeepers, a mission or rebels leaving ground withdraw from it;
civilians leaving do not, and take no part in an offensive they leave before; a
mission that leaves is a body that acts, while "its mission is to protect" states an
aim. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("The UN peacekeepers left Mali at the end of the year.", ["RETREAT UN>MLI"]),
    ("The French mission left Niger in December.", ["RETREAT FRA>NER"]),
])
def test_forces_leaving_a_country_withdraw(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"RETREAT"}) == wanted


def test_civilians_leaving_before_an_offensive_take_no_part_in_it(nlp_pipeline):
    text = "Thousands of civilians left the city before the offensive."
    assert [e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "The ministry said its aims were to disarm the formations.",
    "Its mission is to protect civilians in Darfur.",
])
def test_an_aim_stated_is_no_act(nlp_pipeline, text):
    assert analyse(nlp_pipeline, text).events == ()
