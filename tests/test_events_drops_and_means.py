"""What is dropped, and what is used against whom. Aid dropped is delivered (AID), bombs
dropped are an attack, charges dropped are neither; crowd-control arms used against
people ("used rubber bullets against students", "tear gas on protesters") are an attack
as other arms are. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("The United States dropped aid into northern Gaza by parachute.", ["AID USA>PSE"]),
    ("Russian warplanes dropped bombs on Kharkiv overnight.", ["ASSAULT RUS>UKR"]),
    ("Prosecutors in Nairobi dropped the charges against the activist.", []),
])
def test_what_is_dropped_says_what_the_act_is(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"AID", "ASSAULT"}) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Riot police in Dhaka used rubber bullets against students.", ["ASSAULT BGD>BGD"]),
    ("Police used tear gas on protesters in Nairobi.", ["ASSAULT KEN>KEN"]),
])
def test_crowd_control_arms_used_against_people_are_an_attack(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted
