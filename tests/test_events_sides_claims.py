"""Whom words are aimed at: the subject of what a warning says, and who told the claim
a denial disputes. Each case is a text and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


SIDES = [
    # a warning is aimed at the subject of what it says will happen
    ("Rabat warned that armed groups on its territory could not stay.", ["THREATEN MAR>MAR"]),
    # ... not at the one who warns
    ("Tehran warned that it would retaliate.", ["THREATEN IRN>"]),
    # ... nor at a clause a report inside it left hanging on the threat
    (("Sudan threatened to bomb Chadian villages in revenge for an air raid on the town of "
      "Geneina where, it said, a dozen civilians died."), ["THREATEN SDN>TCD"]),
    # a claim disputed a sentence later is the claim of whoever told it
    (("Putin announced that his troops had captured the village. Ukrainian officials "
      "disputed the claim."), ["REJECT UKR>RUS"]),
    # with no one telling a claim before, the dispute is aimed at no one
    ("Ukrainian officials disputed the claim.", ["REJECT UKR>"]),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_words_are_aimed_at_what_they_answer_or_foretell(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == sorted(expected)
