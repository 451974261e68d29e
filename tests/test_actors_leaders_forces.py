"""Forces a leader orders, or tells of, are the leader's own. A named leader places no
group by the sentence alone (a counterpart from abroad is often named beside an
official), so "the army" in "Netanyahu ordered the army to intensify strikes on Gaza"
took the other state the sentence names, the one struck; so did "the military" Erdogan
said would launch an operation in Syria. What the leader's own forces are to do is the
state's own act: a threat aims at its foe, not at the forces. Sentences are our own."""

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


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("The UN ordered the police to release the protesters in Kenya.", "the police", "UN COP"),
    ("The Israeli military ordered civilians in Gaza to move south.", "civilians", "ISR CVL"),
])
def test_only_a_states_leader_orders_its_own_forces(nlp_pipeline, text, wanted, unwanted):
    assert unwanted not in actor_codes(nlp_pipeline, text, wanted, match="holding")


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    ("Erdogan said the military would launch a new operation against Kurdish militants in Syria.",
     "the military", ["TUR MIL"]),
    ("Modi praised the armed forces for their strikes on targets in Pakistan.",
     "the armed forces", ["IND MIL"]),
])
def test_forces_a_leader_tells_of_are_the_leaders_own(nlp_pipeline, text, wanted, expected):
    assert actor_codes(nlp_pipeline, text, wanted) == expected


def test_a_threat_of_the_leaders_forces_aims_at_the_foe(nlp_pipeline):
    text = "Netanyahu vowed that the army would destroy Hamas."
    assert sides(nlp_pipeline, text, {"THREATEN"}) == ["THREATEN ISR>PSE"]


def test_a_demand_on_the_states_own_forces_is_asked_of_them(nlp_pipeline):
    text = "Israel's government demanded that the army investigate the shooting."
    assert sides(nlp_pipeline, text, {"REQUEST"}) == ["REQUEST ISR>ISR"]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("Biden said the army must protect civilians in Gaza.", "the army", "USA MIL"),
    ("Blinken urged the military to show restraint in Myanmar.", "the military", "USA MIL"),
    ("Erdogan accused the army of killing civilians in Syria.", "the army", "TUR MIL"),
    ("Xi warned that the military in Taiwan would be crushed.", "the military", "CHN MIL"),
    ("Israeli troops entered Rafah on Monday. Biden said the troops would protect civilians.",
     "the troops", "USA MIL"),
])
def test_forces_a_leader_urges_condemns_or_places_are_not_the_leaders(nlp_pipeline, text, wanted,
                                                                     unwanted):
    assert unwanted not in actor_codes(nlp_pipeline, text, wanted, match="holding", nth=0)


def test_a_deed_of_force_praised_is_not_aimed_at_its_praiser(nlp_pipeline):
    text = "Modi praised the armed forces for their strikes on targets in Pakistan."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == ["ASSAULT IND>"]


def test_help_thanked_for_went_to_the_thanker(nlp_pipeline):
    assert sides(nlp_pipeline, "Kyiv thanked Poland for its aid.", {"AID"}) == ["AID POL>UKR"]


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    # the order's verb joined to another that has the subject
    ("Putin visited the front on Monday and ordered the army to advance on Pokrovsk.",
     "the army", ["RUS MIL"]),
    # the leader named beside the subject ("its leader, X")
    (("South Korea's military said the North's leader, Kim Jong Un, ordered the navy to "
     "prepare for war."), "the navy", ["PRK MIL"]),
])
def test_forces_ordered_by_a_leader_told_another_way_are_the_leaders_own(
        nlp_pipeline, text, wanted, expected):
    assert actor_codes(nlp_pipeline, text, wanted) == expected


@pytest.mark.parametrize(("text", "wanted"), [
    ("Kim Jong Un ordered the navy to prepare for war.", ["MOBILIZE PRK>"]),
    ("The two sides are preparing for talks in Geneva.", []),
])
def test_forces_readied_for_war_are_mobilized(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"MOBILIZE"}) == wanted
