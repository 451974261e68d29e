"""A speaker who says another committed a wrong, or is answerable for an act, accuses
them (`belli.events.verdicts`); a duty ("responsible for security"), a chore carried
out, and an inference ("must have given the orders") accuse no one.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

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
