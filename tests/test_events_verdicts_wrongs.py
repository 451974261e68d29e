"""A speaker who says another committed a wrong, or is answerable for an act, accuses
them (`belli.events.verdicts`); a duty ("responsible for security"), a chore carried
out, and an inference ("must have given the orders") accuse no one.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Amnesty said Chadian soldiers had committed grave abuses in the camps.",
     ["ACCUSE AMNESTY>TCD"]),
    ("Peruvian prosecutors said the rebels were responsible for the bombing of the bridge.",
     ["ACCUSE PER>PER"]),
])
def test_a_wrong_or_an_act_laid_at_someones_door_accuses_them(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == expected


@pytest.mark.parametrize("text", [
    "The minister said the rebels carried out the repairs quickly.",
    "The mayor said the army was responsible for security in the capital.",
    "Lawyers said Colombian generals must have given the orders.",
])
def test_a_chore_a_duty_or_an_inference_accuses_no_one(nlp_pipeline, text):
    assert sides(nlp_pipeline, text) == []


def test_a_demand_on_them_is_a_request_to_whom_they_stand_for(nlp_pipeline):
    text = "Kenya said the Somali militants must stop attacking the border posts."
    assert sides(nlp_pipeline, text) == ["REQUEST KEN>SOM"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile said Bolivian agents were meddling in its elections.", ["ACCUSE CHL>BOL"]),
    ("Norway said Russian trawlers were harassing its research vessels.", ["ACCUSE NOR>RUS"]),
    ("Jordan said Syrian smugglers were trafficking drugs across the desert.", ["ACCUSE JOR>SYR"]),
])
def test_an_act_that_is_a_wrong_by_its_name_told_of_another_side_accuses_it(
        nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Yemen said Saudi Arabia was sponsoring terrorism in the south.", ["ACCUSE YEM>SAU"]),
    ("Bahrain said Iran was financing terrorism on the island.", ["ACCUSE BHR>IRN"]),
])
def test_abetting_what_is_charged_as_a_wrong_accuses_the_abettor(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == expected


@pytest.mark.parametrize("text", [
    "Kenya said its troops were fighting terrorism in Somalia.",
    "Peru said Chile was not interfering in the dispute.",
    "The mayor said the flood was obstructing the roads to the capital.",
    "Finland said it supports the fight against terrorism.",
])
def test_fighting_a_wrong_a_denial_or_a_thing_doing_it_accuses_no_one(nlp_pipeline, text):
    assert "ACCUSE" not in {s.split()[0] for s in sides(nlp_pipeline, text)}


def test_a_wrong_by_its_name_accuses_by_its_own_rule(nlp_pipeline):
    """Its reason says a wrong was done, not that a law was broken."""
    text = "Chile said Bolivian agents were meddling in its elections."
    (event,) = [e for e in analyse(nlp_pipeline, text).events if e.type == "ACCUSE"]
    assert event.mode == "allege" and "saying an actor did a wrong accuses it" in event.reason


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran said Israel was planning attacks.", ["ACCUSE IRN>ISR"]),
    ("Kenya said its police were planning raids.", []),
])
def test_planning_attacks_told_of_another_side_accuses_it_but_not_of_ones_own(
        nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == expected
