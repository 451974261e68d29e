"""More ways a sentence tells an act with no actor as happening, so that the context
may give it actors (`belli.events.nominal`):

- the doer of a passive: "families displaced BY FIGHTING", "villages hit by the
  SHELLING" (the act did something, so it happened);
- a verb that ends or pauses fighting done together: "the deal HALTS fighting", "the
  accord ENDED the hostilities" (in a story of one armed conflict, its two sides stop);

and one more way a clause dates another act: a "when" the parser labels an adverb
("who were there WHEN the road was closed").

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from nominal_fixtures import FIGHTING, adopted, told_happening


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("Thousands of families were displaced by fighting in the north.", "fighting"),
    ("Villages hit by the shelling lay empty on Monday.", "shelling"),
    ("The deal halted the fighting.", "halted"),
    ("The accord ended the hostilities.", "ended"),
])
def test_an_act_that_did_something_or_that_stops_fighting_is_told(nlp_pipeline, text, word):
    assert told_happening(nlp_pipeline, text, word)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("People who were abroad when the border was closed cannot return.", "closed"),
    ("Residents fled while the town was shelled.", "shelled"),
])
def test_a_passive_that_dates_another_act_is_not_told(nlp_pipeline, text, word):
    assert not told_happening(nlp_pipeline, text, word)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "type"), [
    ("The two armies traded fire. Thousands were displaced by fighting.", "fighting",
     "ASSAULT"),
    ("The two armies traded fire. The accord ended the hostilities.", "ended", "RETREAT"),
])
def test_fighting_told_this_way_is_the_two_sides_together(nlp_pipeline, text, word, type):
    (event,) = adopted(nlp_pipeline, text, word, FIGHTING)
    assert event.type == type and event.reciprocal
    assert {a.country for a in event.source} == {"ARM", "AZE"}, event.reason


@pytest.mark.model
def test_one_sides_act_that_did_something_is_not_given_both_sides(nlp_pipeline):
    """"Shelling" is done by one side, and the text does not say which."""
    text = "The two armies traded fire. Homes were destroyed by shelling."
    assert not adopted(nlp_pipeline, text, "shelling", FIGHTING)
