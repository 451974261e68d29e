"""Commitments and the sides of acts told together. Sides agreeing among themselves to a
deed of force agree, one side alone threatens; a cooperative act forsworn is refused
("vowed not to release the hostages"), a deed of force forsworn is restraint. An act its
doer has not confirmed is unconfirmed, not undone. Sides accusing each other accuse
reciprocally. An act done together is done by those its verb brings together (not a
strike that "drew" condemnation, nor sanctions that "include" banks). People called
foreign are not of the land the sentence names, a state's foreign minister is. A phrase
the parser hung on the object's last conjunct is the verb's, unless the first object has
its own. What "was to" happen is planned; "any attack" under a negated verb is none; the
agreement "under" which an act is done frames it. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model

_COMMITMENTS = {"REJECT", "AGREE", "THREATEN"}


@pytest.mark.parametrize(("text", "wanted"), [
    ("India and China agreed to resume patrols along their disputed border.",
     "AGREE CHN,IND>"),
    ("Russia agreed with Turkey to conduct joint patrols in northern Syria.", "AGREE RUS>TUR"),
])
def test_sides_agreeing_on_a_deed_of_force_agree(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, _COMMITMENTS) == [wanted]


def test_one_side_agreeing_to_a_deed_of_force_threatens(nlp_pipeline):
    text = "Israel agreed to resume its offensive in Gaza."
    assert [s.split()[0] for s in sides(nlp_pipeline, text, _COMMITMENTS)] == ["THREATEN"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Hamas vowed not to release the hostages.", "REJECT PSE>"),
    ("Israel promised not to withdraw from Gaza.", "REJECT ISR>PSE"),
])
def test_a_cooperative_act_forsworn_is_refused(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, _COMMITMENTS) == [wanted]


def test_a_deed_of_force_forsworn_is_no_threat(nlp_pipeline):
    text = "Russia pledged not to use nuclear weapons against Ukraine."
    assert [s.split()[0] for s in sides(nlp_pipeline, text, _COMMITMENTS)] == ["AGREE"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Iran promised to release the detainees.", "AGREE"),
    ("The rebels vowed to attack the capital.", "THREATEN"),
])
def test_a_promise_of_an_act_is_as_before(nlp_pipeline, text, wanted):
    assert [s.split()[0] for s in sides(nlp_pipeline, text, _COMMITMENTS)] == [wanted]


@pytest.mark.parametrize("text", [
    "Islamabad has not confirmed carrying out the strikes.",
    "Israel has not acknowledged carrying out the raid.",
])
def test_an_act_its_doer_has_not_confirmed_is_unconfirmed_not_undone(nlp_pipeline, text):
    (event,) = [e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT"]
    assert not event.negated and event.certainty == "speculative"


@pytest.mark.parametrize("text", [
    "Pakistan and Afghanistan accused each other of starting the clashes.",
    "India and Pakistan blamed one another for the attack.",
])
def test_sides_accusing_each_other_accuse_reciprocally(nlp_pipeline, text):
    (event,) = [e for e in analyse(nlp_pipeline, text).events if e.type == "ACCUSE"]
    assert event.reciprocal and len(event.source) == 2


@pytest.mark.parametrize(("text", "wanted"), [
    (("The joint exercises, dubbed Three Brothers, brought together special forces from "
      "Azerbaijan, Turkey and Pakistan."), "COOPERATE AZE,PAK,TUR>"),
    ("The joint exercises involved troops from Azerbaijan, Turkey and Pakistan.",
     "COOPERATE AZE,PAK,TUR>"),
    ("The talks brought together officials from Armenia and Azerbaijan.", "CONSULT ARM,AZE>"),
    ("The summit gathered leaders from Turkey, Azerbaijan and Pakistan.", "CONSULT AZE,PAK,TUR>"),
])
def test_an_act_done_together_is_done_by_those_it_brings_together(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"COOPERATE", "CONSULT"}) == [wanted]


@pytest.mark.parametrize(("text", "kind"), [
    ("The strike drew condemnation from Russia.", "ASSAULT"),
    ("The offensive drew sharp criticism from the United States and France.", "ASSAULT"),
    ("The new sanctions include Russia's largest banks.", "SANCTION"),
])
def test_what_an_act_of_one_side_draws_or_takes_in_does_not_do_it(nlp_pipeline, text, kind):
    assert all(not e.source for e in analyse(nlp_pipeline, text).events if e.type == kind)


def test_people_called_foreign_are_not_of_the_land_they_are_in(nlp_pipeline):
    (event,) = [e for e in analyse(nlp_pipeline, "Zimbabwe's government deported two foreign journalists.").events
                if e.type == "COERCE"]
    assert [a.country for a in event.target] == [None]


def test_a_states_foreign_minister_is_still_its_own(nlp_pipeline):
    text = "Mali said it wants more trade. The foreign minister met the Russian ambassador in Bamako."
    assert sides(nlp_pipeline, text, {"CONSULT"}) == ["CONSULT MLI>RUS"]


def test_a_phrase_on_the_objects_last_conjunct_names_the_target(nlp_pipeline):
    text = "Washington paused military aid and intelligence sharing with Kyiv earlier this month."
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION USA>UKR"]


def test_the_first_objects_own_phrase_keeps_the_second_objects_apart(nlp_pipeline):
    text = "The EU imposed sanctions on Russia and a ban on Belarusian potash."
    (sanctions,) = [e for e in analyse(nlp_pipeline, text).events if e.trigger == "sanctions"]
    assert [a.country for a in sanctions.target] == ["RUS"]


@pytest.mark.parametrize("text", [
    "Under the ceasefire, Hezbollah was to withdraw its fighters from the border area.",
    "Israeli troops were to leave southern Lebanon within 60 days.",
])
def test_an_act_that_was_to_happen_is_planned_not_done(nlp_pipeline, text):
    events = analyse(nlp_pipeline, text).events
    assert events and all("future" in e.aux for e in events)


@pytest.mark.parametrize("text", [
    "It was a mistake to support the rebels, the minister said.",
    "He was among the first refugees to arrive at the camp.",
])
def test_a_to_clause_after_what_something_is_is_no_plan(nlp_pipeline, text):
    assert all("future" not in e.aux for e in analyse(nlp_pipeline, text).events)


def test_any_act_under_a_negated_verb_names_none(nlp_pipeline):
    text = "The group has not claimed any attack on Israel since December."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == []


def test_an_agreement_named_as_what_binds_an_act_is_not_agreed_again(nlp_pipeline):
    text = "Under the 2020 deal, Armenia returned three districts to Azerbaijan."
    assert [e.trigger for e in analyse(nlp_pipeline, text).events] == ["returned"]
