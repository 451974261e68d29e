"""Stands given up or switched, and whose gerund it is. An objection or a veto lifted
is a concession to whom it was aimed at; recognition switched to a state supports it. A
gerund right after a noun's "to" or "for" and a name is that name's act ("its objection
to SWEDEN joining NATO"), where one right after a place name is the clause's ("raided a
camp in Jenin killing three"). Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import coded, sides, summary

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "types", "wanted"), [
    ("Turkey lifted its objection to Sweden joining NATO.", {"CONCEDE"}, ["CONCEDE TUR>SWE"]),
    ("Honduras switched diplomatic recognition from Taiwan to China.", {"SUPPORT"},
     ["SUPPORT HND>CHN"]),
    ("The team switched buses in Lyon before the match.", {"SUPPORT"}, []),
    ("Turkey dropped its veto on Finland's membership.", {"CONCEDE", "REJECT"},
     ["CONCEDE TUR>FIN"]),
])
def test_a_stand_given_up_or_switched(nlp_pipeline, text, types, wanted):
    assert sides(nlp_pipeline, text, types) == wanted


def test_a_gerund_after_a_nouns_to_and_a_name_is_that_names_act(nlp_pipeline):
    event = coded(nlp_pipeline, "Turkey lifted its objection to Sweden joining NATO.", "joining")
    assert [a.country for a in event.source] == ["SWE"]


def test_a_gerund_right_after_a_place_tells_what_the_clauses_act_did(nlp_pipeline):
    event = coded(nlp_pipeline, "Israeli troops raided a camp in Jenin killing three people.",
                  "raided")
    assert summary(event) == "ASSAULT ISR>PSE" and [q.unit for q in event.quantities] == ["killed"]


@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    # a gerund after a motion's "to" is the sender's act
    ("China sent warships to Taiwan threatening a blockade.", "threatening", ["CHN"]),
    # a name after "of" or "at" and its gerund are a clause of their own
    ("There were reports of Houthis attacking a tanker in the Red Sea.", "attacking", ["YEM"]),
    ("Washington voiced alarm at Beijing sending warships near Taiwan.", "sending", ["CHN"]),
])
def test_a_gerund_keeps_its_own_doer(nlp_pipeline, text, trigger, wanted):
    assert [a.country for a in coded(nlp_pipeline, text, trigger).source] == wanted


def test_coast_guard_vessels_crossing_a_line_make_an_incursion(nlp_pipeline):
    text = "Chinese coast guard vessels crossed the median line near Taiwan."
    assert sides(nlp_pipeline, text, {"COERCE", "ASSAULT"}) == ["COERCE CHN>TWN"]


@pytest.mark.parametrize(("text", "types"), [
    ("A Russian passenger jet crossed the border into Kazakhstan after a bird strike.",
     {"COERCE", "ASSAULT"}),
    ("Hundreds of Chinese fishing vessels crossed the maritime boundary.", {"COERCE", "ASSAULT"}),
    ("The Solomon Islands switched ties away from Taiwan in 2019.", {"SUPPORT"}),
])
def test_a_civil_crossing_or_ties_switched_away_code_nothing(nlp_pipeline, text, types):
    assert sides(nlp_pipeline, text, types) == []
