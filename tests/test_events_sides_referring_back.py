"""Sides named by a word that refers back: "the region", "the town", "the group",
"they", "their". Each case is a sentence and the events of the types named it must code, written
"TYPE SOURCES>TARGETS" with country codes. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


SIDES = [
    # a bare definite place noun is the last place of its size named before
    ("Rebels entered Goma on Monday. Government troops later shelled the town.",
     ["ASSAULT ?>COD"]),
    # "the group" acts as the body it refers back to
    ("Al-Shabab claimed the bombing in Mogadishu. The group also attacked a hotel.",
     # (the bombing's victims are inferred too: the story's fighting is inside Somalia)
     ["ASSAULT SOM>SOM", "ASSAULT SOM>SOM"]),
    # "they" may stand for a group named as one body a sentence before
    (("The Houthi group seized a cargo ship on Monday. They called on Saudi Arabia to lift "
      "the blockade."), ["REQUEST YEM>SAU"]),
    # an event noun owned by "their" is the subject's act
    ("The G7 countries restated their backing for Moldova.", ["SUPPORT G7>MDA"]),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_named_by_words_that_refer_back(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == sorted(expected)
