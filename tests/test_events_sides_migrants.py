"""Refugees and migrants told by no name, adjective or place of origin: they are the
target of what is done to them, counted or not ("300 migrants", which the model may tag
as a quantity), and never take the country they are in or the story is about: a group
that crossed a border is by what it is of another country, most often one the story
does not name.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from event_fixtures import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Greek coast guards pushed back hundreds of migrants to Turkey on Sunday.", "pushed", "GRC"),
    ("Hungarian police detained 300 migrants near the Serbian border.", "detained", "HUN"),
    ("Police in Athens arrested 40 refugees on Monday. Greece has tightened its asylum rules.",
     "arrested", "GRC"),
])
def test_unnamed_migrants_are_the_target_and_of_no_country_copied(
        nlp_pipeline, text: str, trigger: str, doer: str) -> None:
    event = coded(nlp_pipeline, text, trigger)
    assert {a.country for a in event.source} == {doer}
    assert [(a.sector, a.country) for a in event.target] == [("REF", None)]


def test_a_push_back_of_migrants_is_a_deportation(nlp_pipeline) -> None:
    event = coded(nlp_pipeline, "Greek coast guards pushed back hundreds of migrants to Turkey.",
                  "pushed")
    assert (event.type, event.mode) == ("COERCE", "deport")


def test_the_displaced_keep_the_country_they_are_in(nlp_pipeline) -> None:
    # internally displaced people are, by definition, of their own country
    event = coded(nlp_pipeline, "Sudanese officials said gunmen attacked displaced people "
                  "near El Fasher.", "attacked")
    assert [(a.sector, a.country) for a in event.target] == [("REF", "SDN")]
