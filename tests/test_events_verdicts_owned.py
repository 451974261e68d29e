"""A speaker that owns an act, or binds itself to one, accuses and asks no one
(`belli.events.verdicts`): "said it was responsible for the attack" claims the attack,
which stays coded; "officials said they should arrest" tells the speaker's own duty,
while a pronoun for another side named before it is a demand on that side.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides, types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The militant group said it was responsible for the attack on the army camp.",
    "The Russian army said its forces were responsible for the strike on a Ukrainian arms depot.",
    "The Islamic State group said its fighters were responsible for the bombing of a church.",
])
def test_a_speaker_owning_an_act_claims_it_and_accuses_no_one(nlp_pipeline, text):
    coded = types_coded(nlp_pipeline, text)
    assert "ASSAULT" in coded and "ACCUSE" not in coded


def test_a_state_blaming_its_own_rebels_still_accuses_them(nlp_pipeline):
    text = "Peruvian prosecutors said the rebels were responsible for the bombing of the bridge."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE PER>PER"]


@pytest.mark.parametrize("text", [
    "Kenyan police officials said they should arrest anyone who attacks the border posts.",
    "Ethiopian officials said they must respond to the raid on the army camp.",
])
def test_a_duty_the_speaker_binds_itself_to_is_no_demand(nlp_pipeline, text):
    assert "REQUEST" not in types_coded(nlp_pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia said that if Ukraine wants peace, it must withdraw its troops from the region.",
     ["REQUEST RUS>UKR"]),
    ("The minister said that if the Taliban are sincere, they must stop the attacks.",
     ["REQUEST AFG>AFG"]),  # "they" is the Taliban
])
def test_a_pronoun_for_another_side_named_before_is_a_demand_on_it(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"REQUEST"}) == expected
