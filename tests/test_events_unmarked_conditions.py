"""Conditions the parse does not mark on their own verb are hypothetical: one opened by
its auxiliary before its subject ("Should Iran strike ..., ", "Were Russia to invade
..., ", "Had Moscow sent ..., ") and an "if" clause whose present-tense verb the tagger
read as a plural noun ("If Armenia attacks, ..."). Such a present-tense verb read as a
noun at the head of a headline-style sentence ("Azerbaijan shells Armenian villages")
is a verb too. A "should" after its subject stays an obligation, and a plural noun that
is the subject of its own verb stays a noun.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse, coded, countries

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Should Baku launch an offensive, Yerevan would seek help.", "offensive", "AZE", None),
    ("Should Iran strike Israel again, Washington would retaliate.", "strike", "IRN", "ISR"),
    ("Were Russia to invade Moldova, Romania would close its border.", "invade", "RUS", "MDA"),
    ("Had Turkey sent troops to Libya earlier, the war might have ended.", "sent", "TUR", None),
])
def test_a_condition_opened_by_its_auxiliary_is_hypothetical(nlp_pipeline, text, trigger,
                                                              source, target):
    event = coded(nlp_pipeline, text, trigger)
    assert "hypothetical" in event.aux and event.certainty == "asserted"
    assert source in countries(event.source)
    assert target is None or target in countries(event.target)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("If Armenia attacks, Azerbaijan could respond within hours.", "ARM", None),
    ("If Serbia attacks Kosovo, NATO troops will intervene.", "SRB", "XKX"),
])
def test_an_if_verb_read_as_a_noun_is_a_hypothetical_act(nlp_pipeline, text, source, target):
    event = coded(nlp_pipeline, text, "attacks")
    assert event.type == "ASSAULT" and "hypothetical" in event.aux
    assert countries(event.source) == [source]
    assert target is None or countries(event.target) == [target]


def test_a_should_after_its_subject_is_still_an_obligation(nlp_pipeline):
    text = "Iran should stop attacking Israel, the minister said."
    assert "attacking" not in {e.trigger for e in analyse(nlp_pipeline, text).events}


def test_an_if_clause_whose_noun_has_its_own_verb_keeps_the_noun(nlp_pipeline):
    text = "If Houthi attacks continue, shipping firms will avoid the Red Sea."
    assert coded(nlp_pipeline, text, "attacks").reason.startswith("noun 'attacks'")


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Azerbaijan shells Armenian villages.", "shells", "AZE", "ARM"),
    ("Pakistan shells Indian posts.", "shells", "PAK", "IND"),
])
def test_a_headline_style_present_verb_read_as_a_noun_iscoded(nlp_pipeline, text, trigger,
                                                                source, target):
    event = coded(nlp_pipeline, text, trigger)
    assert event.type == "ASSAULT"
    assert countries(event.source) == [source] and countries(event.target) == [target]


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("If Armenia attacks, Azerbaijan will retaliate.", "retaliate", "AZE"),
    ("Unless Serbia withdraws, Kosovo will attack.", "attack", "XKX"),
])
def test_the_act_made_conditional_on_a_misread_if_verb_is_its_own_subjects(nlp_pipeline, text,
                                                                           trigger, doer):
    event = coded(nlp_pipeline, text, trigger)
    assert countries(event.source) == [doer] and "hypothetical" in event.aux
