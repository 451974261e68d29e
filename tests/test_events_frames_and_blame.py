"""Acts and who did them, read off the phrase around the act. An act brought to its end
was done by who ends it ("completed the withdrawal of troops"); a state that approves
sending its forces sends them; an act blamed on someone was, as told, theirs; an arrest
made in raids is one act of force, not an arrest and an attack; whoever punishes an act
with sanctions did not do it; a word of a sector before a noun of an act ("military
cooperation", "an official visit") names the act's kind, not a group of people; an
organization's own code is no country for the unnamed. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("India and China completed the withdrawal of troops from the border.",
     ["RETREAT CHN,IND>"]),
    ("Serbia and Kosovo completed the disengagement of their police units.",
     ["RETREAT SRB,XKX>"]),
    ("Russia completed the delivery of S-400 missiles to India.", ["AID RUS>IND"]),
    ("Iran and the IAEA concluded two days of talks in Tehran.", ["CONSULT IAEA,IRN>"]),
])
def test_an_act_brought_to_its_end_is_done_by_who_ends_it(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"RETREAT", "AID", "CONSULT"}) == wanted


def test_what_is_no_act_completed_codes_nothing(nlp_pipeline):
    assert analyse(nlp_pipeline, "The Kenyan army completed a review of its training.").events == ()


def test_a_state_approving_the_deployment_of_its_forces_deploys_them(nlp_pipeline):
    text = "Kenya's parliament approved the deployment of 1,000 police officers to Haiti."
    assert sides(nlp_pipeline, text, {"MOBILIZE"}) == ["MOBILIZE KEN>HTI"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("A drone attack blamed on the RSF hit a power station in northern Sudan.",
     "ASSAULT SDN>SDN"),
    ("The attack, blamed on Hamas, killed three Israelis.", "ASSAULT PSE>ISR"),
    ("A bombing attributed to the Islamic State killed 12 people in Kabul.",
     "ASSAULT IMG>AFG"),
])
def test_an_act_blamed_on_someone_is_theirs_as_told(nlp_pipeline, text, wanted):
    assert wanted in sides(nlp_pipeline, text, {"ASSAULT"})


def test_an_act_blamed_on_no_one_has_no_doer(nlp_pipeline):
    text = "An attack blamed on faulty wiring destroyed a depot in Kharkiv."
    assaults = [e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT"]
    assert assaults and all(not e.source for e in assaults)


@pytest.mark.parametrize("text", [
    "Israeli troops arrested 20 Palestinians in overnight raids across the West Bank.",
    "In raids across the West Bank, Israeli troops arrested 20 Palestinians.",
    "Turkish police detained 30 people in raids across Istanbul.",
])
def test_arrests_made_in_raids_are_one_act(nlp_pipeline, text):
    coded = sides(nlp_pipeline, text)
    assert len(coded) == 1 and coded[0].startswith("COERCE ")


def test_a_raid_by_other_hands_stays_its_own_act(nlp_pipeline):
    text = "Soldiers detained the mayor of Goma during a raid by M23 rebels."
    assert {s.split()[0] for s in sides(nlp_pipeline, text)} == {"COERCE", "ASSAULT"}


@pytest.mark.parametrize("text", [
    "The European Union imposed sanctions on six Iranian officials over the crackdown on protesters.",
    "Britain sanctioned three Belarusian officials over the crackdown on protesters.",
])
def test_who_sanctions_an_act_did_not_do_it(nlp_pipeline, text):
    events = analyse(nlp_pipeline, text).events
    crackdown = [e for e in events if e.trigger == "crackdown"]
    assert any(e.type == "SANCTION" for e in events)
    assert all(a.country not in ("EU", "GBR") for e in crackdown for a in e.source)


@pytest.mark.parametrize(("text", "trigger", "act"), [
    ("China opposes official exchanges with Taiwan.", "opposes", "exchanges"),
    ("Beijing opposes any official visit by Taiwan's leader.", "opposes", "visit"),
    ("Moscow condemned the military cooperation between Kyiv and London.", "condemned",
     "cooperation"),
])
def test_a_sector_word_before_an_act_names_no_group(nlp_pipeline, text, trigger, act):
    events = [e for e in analyse(nlp_pipeline, text).events if e.trigger == trigger]
    assert events
    assert not any(act in a.text for e in events for a in e.target)


def test_the_parties_to_a_condemned_act_are_its_target(nlp_pipeline):
    text = "Moscow condemned the military cooperation between Kyiv and London."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE RUS>GBR,UKR"]


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a police patrol in Kirkuk.",
    "Rebels attacked a military convoy near Goma.",
])
def test_people_sent_on_an_act_still_name_a_group(nlp_pipeline, text):
    targets = [a for e in analyse(nlp_pipeline, text).events for a in e.target]
    assert any(a.sector in ("COP", "MIL") and a.text.endswith(("patrol", "convoy"))
               for a in targets)


def test_an_organizations_code_is_no_country_for_the_unnamed(nlp_pipeline):
    text = "Officials blamed the RSF for a drone attack on a power station."
    officials = [a for e in analyse(nlp_pipeline, text).events for a in e.source
                 if a.text == "Officials"]
    assert officials and all(a.country != "RSF" for a in officials)


@pytest.mark.parametrize(("text", "maker"), [
    ("Police arrested two men in the killing of the journalist.", "Police"),
    ("Prosecutors charged three soldiers in the killing of the protesters.", "Prosecutors"),
])
def test_the_case_of_an_arrest_or_a_charge_is_no_act_of_its_maker(nlp_pipeline, text, maker):
    events = analyse(nlp_pipeline, text).events
    killing = [e for e in events if e.trigger == "killing"]
    assert killing and all(a.text != maker for e in killing for a in e.source)


def test_a_charge_in_a_killing_is_an_accusation(nlp_pipeline):
    text = "Prosecutors charged three soldiers in the killing of the protesters."
    assert any(e.type == "ACCUSE" and e.trigger == "charged"
               for e in analyse(nlp_pipeline, text).events)


def test_an_unnamed_rights_group_is_no_states_side(nlp_pipeline):
    text = "Pakistan's expulsion of Afghan refugees has been criticized by rights groups."
    critics = [a for e in analyse(nlp_pipeline, text).events if e.type == "ACCUSE"
               for a in e.source]
    assert critics and all(a.country is None for a in critics)


@pytest.mark.parametrize("text", [
    "Bangladeshi peacekeepers arrived in Juba on Monday.",
    "Kenyan police arrived in Haiti on Tuesday.",
])
def test_forces_arriving_are_on_no_visit(nlp_pipeline, text):
    assert sides(nlp_pipeline, text) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Iranian foreign minister arrived in Moscow on Tuesday.", ["CONSULT IRN>RUS"]),
    ("An IMF mission arrived in Kyiv on Tuesday.", ["CONSULT IMF>UKR"]),
])
def test_envoys_arriving_visit(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text) == wanted


def test_an_offensive_the_arrests_were_made_in_is_the_arresters(nlp_pipeline):
    text = "Syrian troops arrested 12 militants in an offensive near Idlib."
    offensive = [e for e in analyse(nlp_pipeline, text).events if e.trigger == "offensive"]
    assert offensive and all(a.country == "SYR" for e in offensive for a in e.source)


def test_cooperation_paused_is_cut_off(nlp_pipeline):
    text = "The United States paused intelligence sharing with Kyiv after the meeting."
    assert sides(nlp_pipeline, text) == ["SANCTION USA>UKR"]
