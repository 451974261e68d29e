"""Whom an act is aimed at, and who its parties are, however the sentence puts it: a
participle on the act's noun ("tariffs TARGETING Canada", "drills ENCIRCLING Taiwan"),
"at" after a word of aim ("aimed AT Russia", "took a swipe AT Washington": whom, not
where), the parties "among" whom a joint act is, and the second object that only says
what the first is ("designated the group A TERRORIST ORGANIZATION"). Peacekeepers keep
the peace in a land not their own. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, coded, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "types", "wanted"), [
    ("The US imposed tariffs targeting Canada and Mexico.", {"SANCTION"},
     ["SANCTION USA>CAN,MEX"]),
    # the parser reads "drills encircling Taiwan" as a clause of its own
    ("China conducted the military drills encircling Taiwan and called them a punishment.",
     {"MOBILIZE"}, ["MOBILIZE CHN>TWN"]),
    ("China held drills surrounding Taiwan on Monday.", {"MOBILIZE"}, ["MOBILIZE CHN>TWN"]),
])
def test_a_participle_on_the_acts_noun_names_its_target(nlp_pipeline, text, types, wanted):
    assert sides(nlp_pipeline, text, types) == wanted


@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    ("Sanctions aimed at Russia took effect.", "Sanctions", ("RUS", "GOV")),
    ("Israel launched airstrikes aimed at Hamas.", "airstrikes", ("PSE", "REB")),
    ("Iran's foreign minister took a swipe at Washington on Monday.", "took", ("USA", "GOV")),
    ("Beijing took aim at Tokyo over the islands.", "took", ("JPN", "GOV")),
    ("Kabul pointed the finger at the Taliban for the attack.", "pointed", ("AFG", "REB")),
])
def test_at_after_a_word_of_aim_names_whom_not_where(nlp_pipeline, text, trigger, wanted):
    target = coded(nlp_pipeline, text, trigger).target
    assert [(a.country, a.sector) for a in target] == [wanted]


def test_a_city_fired_at_is_a_place_not_its_government(nlp_pipeline):
    target = coded(nlp_pipeline, "Hamas fired rockets at Tel Aviv.", "fired").target
    assert [(a.country, a.sector) for a in target] == [("ISR", None)]


def test_a_swipe_at_no_one_is_no_accusation(nlp_pipeline):
    assert sides(nlp_pipeline, "The ruling party took a swipe at the weather.",
                 {"ACCUSE"}) == []


def test_a_population_among_whom_a_stance_is_held_is_no_party(nlp_pipeline):
    text = "Support among Republicans for aid to Ukraine has fallen."
    assert sides(nlp_pipeline, text, {"SUPPORT"}) == []


def test_the_parties_among_whom_a_joint_act_is_are_its_sides(nlp_pipeline):
    text = "Refugee numbers fell after a 2013 agreement among Kenya, Somalia and the UNHCR."
    event = coded(nlp_pipeline, text, "agreement")
    assert {a.country for a in event.source} == {"KEN", "SOM", "UNHCR"}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Sudan's army regained control of the presidential palace from the RSF.",
     ["ASSAULT SDN>SDN"]),
    ("The rebels regained the town of Goma on Monday.", ["ASSAULT COD>COD"]),
    ("The ruling party regained momentum after the vote.", []),
])
def test_ground_regained_is_taken_by_force_momentum_is_not(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


def test_a_shared_acronym_after_the_is_read_by_the_story(nlp_pipeline):
    # "the RSF" in a story on Sudan: the Rapid Support Forces, not Reporters Without Borders
    text = "Sudan's army regained control of the presidential palace from the RSF."
    target = coded(nlp_pipeline, text, "regained").target
    assert [(a.country, a.sector) for a in target] == [("SDN", "REB")]


def test_a_predicate_after_the_object_is_not_a_second_target(nlp_pipeline):
    text = ("The Houthis attacked ships in the Red Sea on Monday. The United States "
            "designated the group a foreign terrorist organization on Tuesday.")
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION USA>YEM"]
    # alone, "the group" names no one: no event, and never the predicate as a target
    alone = "The United States designated the group a foreign terrorist organization."
    assert sides(nlp_pipeline, alone, {"SANCTION"}) == []


def test_peacekeepers_are_not_the_force_of_the_land_they_are_in(nlp_pipeline):
    text = "The Security Council condemned the attack on peacekeepers in Lebanon."
    target = coded(nlp_pipeline, text, "attack").target
    assert [(a.country, a.sector) for a in target] == [(None, "MIL")]


def test_peacekeepers_in_two_lands_are_of_neither(nlp_pipeline):
    text = "Israeli tanks fired on peacekeepers in Lebanon and Syria."
    target = coded(nlp_pipeline, text, "fired").target
    assert [(a.country, a.sector) for a in target] == [(None, "MIL")]


def test_peacekeepers_told_before_keep_their_country(nlp_pipeline):
    text = ("Russian peacekeepers arrived in Stepanakert. "
            "Azerbaijan accused the peacekeepers of bias.")
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE AZE>RUS"]


def test_peacekeepers_a_state_owns_are_its_own(nlp_pipeline):
    analysis = analyse(nlp_pipeline, "Gunmen attacked Kenyan peacekeepers in Somalia.")
    targets = [a.country for e in analysis.events for a in e.target]
    assert targets == ["KEN"]


@pytest.mark.parametrize(("text", "wanted"), [
    # the tagger takes the mass noun for a gerund heading the clause
    ("Fighting among rival militias in Tripoli killed 12 people.", ["ASSAULT LBY>LBY"]),
    ("Shelling by Russian forces destroyed homes in Kherson.", ["ASSAULT RUS>UKR"]),
])
def test_an_act_named_as_the_subject_of_what_it_did_is_told(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


@pytest.mark.parametrize("text", [
    "Moving relief items was difficult, the agency said.",
    "Negotiating with the Taliban achieves nothing, he said.",
    "Negotiating with the Taliban will not end the war, the senator said.",
    "Meeting with the Taliban would cause outrage.",
    "Killing of civilians by security forces must stop, Amnesty said.",
])
def test_a_gerund_that_names_a_kind_of_act_tells_none(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"MOBILIZE", "CONSULT", "ASSAULT"}) == []


def test_the_quad_is_the_grouping(nlp_pipeline):
    event = coded(nlp_pipeline, "The Quad condemned North Korea's missile launch.", "condemned")
    assert [a.country for a in event.source] == ["QUAD"]


def test_an_acts_phrase_hung_on_the_verb_that_views_it_is_the_acts(nlp_pipeline):
    # the parser hangs "to Armenian separatists" on "perceives", beside "as a threat"
    text = "Azerbaijan perceives Iran's covert support to Armenian separatists as a threat."
    assert sides(nlp_pipeline, text, {"AID"}) == ["AID IRN>ARM"]
