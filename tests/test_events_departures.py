"""Who leaves: troops, peacekeepers or rebels leaving ground withdraw from it; civilians,
observers or a lender's mission leaving do not; who leaves before an offensive takes no
part in it, who leaves after talks took part in them; "its mission is to protect" states
an aim. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("The UN peacekeepers left Mali at the end of the year.", ["RETREAT UN>MLI"]),
    # a lender's mission or observers leaving withdraw no force
    ("An IMF mission left Kyiv on Friday without a deal.", []),
    ("EU election observers left Caracas after the vote.", []),
])
def test_forces_leaving_a_country_withdraw(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"RETREAT"}) == wanted


def test_one_who_leaves_after_talks_took_part_in_them(nlp_pipeline):
    text = "The Iranian foreign minister left Moscow after talks with Lavrov."
    assert sides(nlp_pipeline, text, {"CONSULT"}) == ["CONSULT IRN>RUS"]


def test_civilians_leaving_before_an_offensive_take_no_part_in_it(nlp_pipeline):
    text = "Thousands of civilians left the city before the offensive."
    assert [e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "The ministry said its aims were to disarm the formations.",
    "Its mission is to protect civilians in Darfur.",
])
def test_an_aim_stated_is_no_act(nlp_pipeline, text):
    assert analyse(nlp_pipeline, text).events == ()
