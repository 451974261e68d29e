"""A harm that may have had no doer ("an explosion at the port", "the deaths") is coded as
no act, but an actor a speaker holds responsible for one, or puts behind it, is accused all
the same ("said Israel was RESPONSIBLE FOR the blast"). A harm told bare is a duty's field
("responsible for fire and flood protection"), and a speaker owning the harm blames no one.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Iran said Israel was responsible for the blast at the port.",
    "Iran said Israel was behind the explosion at the nuclear site.",
    "Iranian officials held Israel responsible for the fire at the refinery.",
    "Iran said Israel bears full responsibility for the explosion at the port.",
])
def test_an_actor_held_answerable_for_a_harm_is_accused(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE IRN>ISR"]


@pytest.mark.parametrize("text", [
    "The Iranian minister said the municipality was responsible for fire and flood protection.",
    "Iran said it was responsible for the explosion at the port.",
])
def test_a_duty_or_a_harm_owned_blames_no_one(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []
