"""A denial told beside the charge it answers, however the parser hung it, and what one
hands another "with". "Congo accused Rwanda of backing the rebels, a charge Kigali
denies" is the accusation and the denial of it, told in the outlet's voice: the parser
made the denial the sentence's verb, the accusation what it says, and the claim noun part
of the denier's name. "..., an accusation Moscow rejects" read the denial as a plural
noun. "Provided Ukraine with air defence systems" gives Ukraine the systems. Sides agreeing
among themselves to do a deed of force agree; one side alone threatens. Sentences are our
own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Congo accused Rwanda of backing the rebels, a charge Kigali denies.",
     ["ACCUSE COD>RWA", "REJECT RWA>COD"]),
    ("Serbia has accused Albania of arming the militants, a charge Tirana denies.",
     ["ACCUSE SRB>ALB", "REJECT ALB>SRB"]),
    ("Kyiv accuses Moscow of shelling the plant, an allegation Russia rejects.",
     ["ACCUSE UKR>RUS", "REJECT RUS>UKR"]),
])
def test_a_charge_denied_beside_it_is_both_speech_acts(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE", "REJECT"}) == wanted


def test_the_denier_beside_a_charge_tells_no_claim(nlp_pipeline):
    text = "Congo accused Rwanda of backing the rebels, a charge Kigali denies."
    analysis = analyse(nlp_pipeline, text)
    assert all(c.speaker is None or c.speaker.country != "RWA" for c in analysis.claims)
    accusation = next(e for e in analysis.events if e.type == "ACCUSE")
    assert accusation.certainty == "asserted" and accusation.attributed_to is None


def test_a_denial_read_as_a_noun_answers_the_report_before_it(nlp_pipeline):
    text = "Ukraine says Russia has deported thousands of children, an accusation Moscow rejects."
    assert "REJECT RUS>UKR" in sides(nlp_pipeline, text, {"REJECT"})


def test_a_present_tense_verb_of_a_plain_sentence_is_read_as_before(nlp_pipeline):
    assert sides(nlp_pipeline, "South Korea rejects that version.", {"REJECT"}) == ["REJECT KOR>"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Germany provided Ukraine with air defense systems.", "AID DEU>UKR"),
    ("Turkey provided Azerbaijan with drones and military advisers.", "AID TUR>AZE"),
    ("The World Bank provided Ukraine with a $1.5 billion loan.", "AID WBG>UKR"),
    ("Britain provided Kyiv with intelligence on Russian positions.", "AID GBR>UKR"),
])
def test_providing_someone_with_help_aids_them(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"AID"}) == [wanted]


def test_a_promise_to_provide_someone_with_help_is_an_agreement(nlp_pipeline):
    text = "Japan will provide Ukraine with $4.5 billion in aid."
    assert sides(nlp_pipeline, text, {"AGREE"}) == ["AGREE JPN>UKR"]


def test_providing_reporters_with_details_is_no_aid(nlp_pipeline):
    text = "The Israeli army provided reporters with details of the operation."
    assert sides(nlp_pipeline, text, {"AID"}) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("India and China agreed to resume patrols along their disputed border.",
     "AGREE CHN,IND>"),
    ("Russia agreed with Turkey to conduct joint patrols in northern Syria.", "AGREE RUS>TUR"),
])
def test_sides_agreeing_on_a_deed_of_force_agree(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"AGREE", "THREATEN"}) == [wanted]


def test_one_side_agreeing_to_a_deed_of_force_threatens(nlp_pipeline):
    text = "Israel agreed to resume its offensive in Gaza."
    assert [s.split()[0] for s in sides(nlp_pipeline, text, {"AGREE", "THREATEN"})] == ["THREATEN"]


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


@pytest.mark.parametrize("text", [
    "South Africa filed a case against Israel at the International Court of Justice.",
    "Nicaragua brought a case against Germany in the International Court of Justice.",
])
def test_the_court_a_case_is_brought_in_is_not_accused(nlp_pipeline, text):
    assert [s.split(">")[1] for s in sides(nlp_pipeline, text, {"ACCUSE"})] == [
        "ISR" if "Israel" in text else "DEU"]


def test_the_pope_is_a_religious_leader(nlp_pipeline):
    event = next(iter(analyse(nlp_pipeline, "Pope Francis called for an immediate ceasefire in Gaza.").events))
    assert [a.sector for a in event.source] == ["REL"]


@pytest.mark.parametrize(("text", "wanted"), [
    (("The joint exercises, dubbed Three Brothers, brought together special forces from "
      "Azerbaijan, Turkey and Pakistan."), "COOPERATE AZE,PAK,TUR>"),
    ("The joint exercises involved troops from Azerbaijan, Turkey and Pakistan.",
     "COOPERATE AZE,PAK,TUR>"),
    ("The talks brought together officials from Armenia and Azerbaijan.", "CONSULT ARM,AZE>"),
    ("The summit gathered leaders from Turkey, Azerbaijan and Pakistan.", "CONSULT AZE,PAK,TUR>"),
])
def test_an_act_is_done_by_those_it_brings_together(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"COOPERATE", "CONSULT"}) == [wanted]


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
])
def test_a_statement_of_fact_after_insist_demands_nothing(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"REQUEST"}) == []


def test_people_called_foreign_are_not_of_the_land_they_are_in(nlp_pipeline):
    event = next(iter(analyse(nlp_pipeline, "Zimbabwe's government deported two foreign journalists.").events))
    assert [a.country for a in event.target] == [None]


def test_a_states_foreign_minister_is_still_its_own(nlp_pipeline):
    text = "The foreign minister met the Russian ambassador in Bamako on Tuesday."
    assert "MLI" in sides(nlp_pipeline, "Mali said it wants more trade. " + text, {"CONSULT"})[0]


def test_lending_suspended_is_aid_cut_off(nlp_pipeline):
    text = "The World Bank suspended new lending to Uganda over the law."
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION WBG>UGA"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Hamas vowed not to release the hostages.", "REJECT PSE>"),
    ("Israel promised not to withdraw from Gaza.", "REJECT ISR>PSE"),
])
def test_a_cooperative_act_forsworn_is_refused(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"REJECT", "AGREE", "THREATEN"}) == [wanted]


def test_a_deed_of_force_forsworn_is_no_threat(nlp_pipeline):
    text = "Russia pledged not to use nuclear weapons against Ukraine."
    assert [s.split()[0] for s in sides(nlp_pipeline, text, {"REJECT", "AGREE", "THREATEN"})] == ["AGREE"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Iran promised to release the detainees.", "AGREE"),
    ("The rebels vowed to attack the capital.", "THREATEN"),
])
def test_a_promise_of_an_act_is_as_before(nlp_pipeline, text, wanted):
    assert [s.split()[0] for s in sides(nlp_pipeline, text, {"REJECT", "AGREE", "THREATEN"})] == [wanted]


def test_a_phrase_on_the_objects_last_conjunct_names_the_target(nlp_pipeline):
    text = "Washington paused military aid and intelligence sharing with Kyiv earlier this month."
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION USA>UKR"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Beijing added 15 U.S. companies to its export control list.", "SANCTION CHN>USA"),
    ("Ottawa suspended its retaliatory tariffs after Washington paused its levies.", "CONCEDE USA>"),
    ("Mexico agreed to deploy 10,000 troops to the border to avert U.S. tariffs.", "AGREE MEX>USA"),
])
def test_trade_measures_and_their_easing(nlp_pipeline, text, wanted):
    assert wanted in sides(nlp_pipeline, text, {"SANCTION", "CONCEDE", "AGREE", "THREATEN"})


def test_a_surcharge_imposed_is_a_levy(nlp_pipeline):
    text = "Canada imposed a 25% surcharge on American steel."
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION CAN>USA"]


@pytest.mark.parametrize("text", [
    "The U.N. warned that Gaza faces starvation.",
    "Aid agencies warned that Sudan faces the world's worst famine.",
])
def test_a_warning_of_a_misfortune_threatens_no_one(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"THREATEN"}) == []


def test_a_warning_that_a_foe_will_face_consequences_threatens_it(nlp_pipeline):
    text = "Israel warned that Hezbollah will face consequences."
    assert sides(nlp_pipeline, text, {"THREATEN"}) == ["THREATEN ISR>LBN"]


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
