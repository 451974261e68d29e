"""The states that modify a tie are its two sides (`belli.events.mutual_ties`): "the
crisis deepened Sino-Indian ties" is China and India acting together, as the states
before "talks" are; a subject that is one of them acts on the other. A tie named with
"with", or with one state before it, keeps its usual roles.

Sentences written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The energy crisis has deepened Sino-Indian ties, diplomats said.", "SUPPORT CHN,IND>"),
    ("The new trade route strengthened Brazil-Argentina relations.", "SUPPORT ARG,BRA>"),
    ("The state visit deepened U.S.-Indian ties.", "SUPPORT IND,USA>"),
])
def test_states_modifying_a_tie_hold_it_together(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"SUPPORT"}) == [expected]
    assert all(e.reciprocal for e in analyse(nlp_pipeline, text).events if e.type == "SUPPORT")


@pytest.mark.model
def test_a_subject_that_is_one_side_acts_on_the_other(nlp_pipeline):
    text = "Tokyo deepened Japanese-Australian ties with a defence pact."
    assert sides(nlp_pipeline, text, {"SUPPORT"}) == ["SUPPORT JPN>AUS"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara repaired its ties with Cairo.", "SUPPORT TUR>EGY"),     # a "with" partner
    ("Canberra strengthened Indonesian ties.", "SUPPORT AUS>IDN"),   # one state only
])
def test_a_tie_without_two_modifying_states_keeps_its_roles(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"SUPPORT"}) == [expected]
