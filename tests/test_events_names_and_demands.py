"""What a speaker calls an act or an actor, and what it demands. An act launched under
the name its doer gives it ("what it called a special military operation") is that act;
calling an actor a wrongdoer accuses it, also where the parser read the charge as a
clause ("considers Greece an aggressor") or an apposition with its adjective ("the YPG a
TERRORIST organization"); calling one a partner accuses no one. A demand in the base
form after a verb of asking ("insisted that Israel ALLOW") is a request; a fact after it
("insisted that its strikes TARGET only militants") is none. A warning of a misfortune
met ("Gaza faces starvation") threatens no one; one of a foe's deed or of what a foe will
face still does. The court a case is brought in is not accused, beside an "against";
what one hits out at is. The pope is a religious leader. A duty laid on an actor ("is
obliged to", "is under an obligation to") and a deadline given are demands, but not one
on any one of a kind ("each company must"); a concern shared is voiced again, one shared
with someone is told them. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Russia launched what it called a special military operation in Ukraine.", "ASSAULT RUS>UKR"),
    ("Azerbaijan launched what it called an anti-terrorist operation in Nagorno-Karabakh.",
     "ASSAULT AZE>AZE"),
    ("Israel launched what it described as targeted strikes on Hezbollah positions.",
     "ASSAULT ISR>LBN"),
])
def test_an_act_launched_under_the_name_its_doer_gives_it_is_that_act(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == [wanted]


def test_what_a_clause_of_what_names_without_a_naming_verb_is_no_act(nlp_pipeline):
    text = "Russia launched what it hoped would be a quick operation."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Ankara considers Greece an aggressor.", "ACCUSE TUR>GRC"),
    ("Turkey considers the YPG a terrorist group.", "ACCUSE TUR>SYR"),
    ("Russia labelled the BBC a foreign agent.", "ACCUSE RUS>GBR"),
    ("Beijing branded Taiwan's president a separatist.", "ACCUSE CHN>TWN"),
])
def test_calling_an_actor_a_wrongdoer_accuses_it(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [wanted]


def test_an_appositive_charge_with_its_adjective_accuses(nlp_pipeline):
    text = "Turkey considers the Syrian Kurdish YPG a terrorist organization."
    assert [s.split(">")[0] for s in sides(nlp_pipeline, text, {"ACCUSE"})] == ["ACCUSE TUR"]


def test_calling_an_actor_a_partner_accuses_no_one(nlp_pipeline):
    assert sides(nlp_pipeline, "Ankara considers Baku a brother.", {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Washington insisted that Israel allow more aid into Gaza.", "REQUEST USA>ISR"),
    ("Russia insisted that NATO halt its expansion.", "REQUEST RUS>NATO"),
])
def test_a_demand_in_the_base_form_is_a_request(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"REQUEST"}) == [wanted]


@pytest.mark.parametrize("text", [
    "The minister insisted that Israel allows aid into Gaza.",
    "Iran insisted that its nuclear program was peaceful.",
    "Israel insisted that its strikes target only Hamas militants.",
    "China insisted that Taiwanese separatists threaten the peace.",
])
def test_a_statement_of_fact_after_insist_demands_nothing(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"REQUEST"}) == []


def test_an_act_demanded_of_a_plural_subject_is_a_request(nlp_pipeline):
    text = "Qatar insisted that the rebels release the hostages."
    assert [s.split(">")[0] for s in sides(nlp_pipeline, text, {"REQUEST"})] == ["REQUEST QAT"]



@pytest.mark.parametrize("text", [
    "The U.N. warned that Gaza faces starvation.",
    "Aid agencies warned that Sudan faces the world's worst famine.",
])
def test_a_warning_of_a_misfortune_threatens_no_one(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"THREATEN"}) == []


def test_a_warning_that_a_foe_will_face_consequences_threatens_it(nlp_pipeline):
    text = "Israel warned that Hezbollah will face consequences."
    assert sides(nlp_pipeline, text, {"THREATEN"}) == ["THREATEN ISR>LBN"]


def test_a_warning_of_a_foes_deed_causing_a_misfortune_still_accuses(nlp_pipeline):
    text = "Hamas warned that Israel's blockade would cause starvation in Gaza."
    assert "ACCUSE PSE>ISR" in sides(nlp_pipeline, text, {"ACCUSE", "THREATEN"})


@pytest.mark.parametrize(("text", "wanted"), [
    ("South Africa filed a case against Israel at the International Court of Justice.",
     "ACCUSE ZAF>ISR"),
    ("Nicaragua brought a case against Germany in the International Court of Justice.",
     "ACCUSE NIC>DEU"),
])
def test_the_court_a_case_is_brought_in_is_not_accused(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Russia hit out at NATO over the deployment.", "ACCUSE RUS>NATO"),
    ("Moscow lashed out at the OSCE for its report.", "ACCUSE RUS>OSCE"),
])
def test_a_body_hit_out_at_is_accused(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [wanted]


def test_the_pope_is_a_religious_leader(nlp_pipeline):
    (plea,) = [e for e in analyse(nlp_pipeline, "Pope Francis called for an immediate ceasefire in Gaza.").events
               if e.type == "REQUEST"]
    assert [a.sector for a in plea.source] == ["REL"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("The International Court of Justice said Israel is obliged to allow aid into Gaza.",
     "REQUEST ICJ>ISR"),
    (("The European Union said Serbia is under an obligation to end its support for the "
     "militias."), "REQUEST EU>SRB"),
])
def test_a_duty_laid_on_an_actor_is_a_demand(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"REQUEST"}) == [wanted]


def test_a_duty_on_a_thing_demands_nothing(nlp_pipeline):
    assert sides(nlp_pipeline, "The minister said the ship was obliged to stop in port.",
                 {"REQUEST"}) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Israel gave Hamas 48 hours to release the hostages.", ["REQUEST ISR>PSE"]),
    ("The United States gave Iran an ultimatum to stop enrichment.", ["REQUEST USA>IRN"]),
])
def test_a_deadline_given_is_a_demand_and_what_it_asks_is_not_done(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text) == wanted


def test_giving_time_off_demands_nothing(nlp_pipeline):
    assert sides(nlp_pipeline, "Kenya gave its soldiers two weeks of leave.", {"REQUEST"}) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Germany expressed concern over the shelling. France shares that concern.",
     ["ACCUSE DEU>", "ACCUSE FRA>"]),
    # the concern's holder is no one it is about
    ("Germany shares Poland's concern over Russian troop movements.", ["ACCUSE DEU>RUS"]),
])
def test_sharing_a_concern_voices_it_again(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == wanted


@pytest.mark.parametrize("text", [
    "In Europe, each company must fend for itself, the analyst said.",
    "The archbishop said every believer has to pray for peace.",
])
def test_a_duty_on_any_one_of_a_kind_is_advice_not_a_demand(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"REQUEST"}) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("The United Nations said troops must withdraw from the camp.", "REQUEST UN>?"),
    ("Kenya's interior ministry said rebels must lay down their arms.", "REQUEST KEN>"),
])
def test_a_duty_on_armed_men_in_general_is_still_a_demand(nlp_pipeline, text, wanted):
    assert [s[:len(wanted)] for s in sides(nlp_pipeline, text, {"REQUEST"})] == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Protesters must leave the square by 6 p.m., Kenyan police said.", ["REQUEST KEN>"]),
])
def test_a_duty_on_a_group_named_by_a_bare_plural_is_still_a_demand(nlp_pipeline, text, wanted):
    assert [s[:len(w)] for s, w in zip(sides(nlp_pipeline, text, {"REQUEST"}), wanted,
                                         strict=True)] == wanted


def test_troops_needed_are_no_demand(nlp_pipeline):
    text = "The ministry said 5,000 troops are required to secure the border."
    assert sides(nlp_pipeline, text, {"REQUEST"}) == []


def test_ending_a_statement_cuts_no_ties(nlp_pipeline):
    text = "The minister ended his statement by calling for calm."
    assert sides(nlp_pipeline, text, {"SANCTION"}) == []


def test_a_concern_shared_with_someone_is_told_them(nlp_pipeline):
    text = "Estonia shared its concerns with the UN envoy on Monday."
    assert sides(nlp_pipeline, text, {"ACCUSE", "CONSULT"}) == ["CONSULT EST>UN"]
