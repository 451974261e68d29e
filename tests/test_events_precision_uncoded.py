"""What an analyst does not code, though a trigger word is there: an event noun that only
describes something ("it is the deadliest attack"), an act the text says is absent ("made
no mention of aid"), an analyst's forecast, a war that only sets the scene, a denied
claim, an open question, a passive that only describes a noun; and the unnamed attacker
of a conflict inside one country.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2023-10-07")).events)


def _triggers(pipeline, text: str) -> set[str]:
    return {e.trigger.lower() for e in _events(pipeline, text)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("It was the deadliest attack on Kenya in a decade.", "attack"),
    ("Serbian officials described the rally as a blockade organised by Kosovo.", "blockade"),
    ("Georgia sees the exercise as a threat to its sovereignty.", "threat"),
])
def test_an_event_noun_that_describes_something_is_no_event(nlp_pipeline, text, trigger):
    assert trigger not in _triggers(nlp_pipeline, text)


def test_an_attack_a_copula_only_names_is_still_told(nlp_pipeline):
    text = "Police said this was an attack on two Kenyan aid workers in Mogadishu."
    assert any(e.type == "ASSAULT" for e in _events(nlp_pipeline, text))


def test_an_existential_copula_still_tells_the_event(nlp_pipeline):
    text = "There was heavy fighting between Sudan and South Sudan near the border town."
    assert any(e.type == "ASSAULT" for e in _events(nlp_pipeline, text))


def test_an_event_the_text_says_is_absent_is_no_event(nlp_pipeline):
    text = "NATO said it would send observers to Latvia; it made no mention of military aid."
    assert "aid" not in _triggers(nlp_pipeline, text)


@pytest.mark.parametrize("text", [
    "Analysts say Iran would welcome the closure of the American base in Turkey.",
    "Experts believe a purchase of Russian jets by Turkey will anger the United States.",
])
def test_an_analysts_forecast_is_no_event(nlp_pipeline, text):
    assert not _events(nlp_pipeline, text), [e.reason for e in _events(nlp_pipeline, text)]


def test_experts_who_speak_for_a_state_or_an_igo_tell_present_acts(nlp_pipeline):
    text = "UN experts say Ethiopia is detaining Eritrean refugees."
    assert any(e.type == "COERCE" for e in _events(nlp_pipeline, text))


def test_a_past_act_an_analyst_tells_is_coded(nlp_pipeline):
    text = "Analysts said Turkish drones had destroyed Armenian tanks in the first week."
    assert any(e.type == "ASSAULT" for e in _events(nlp_pipeline, text))


@pytest.mark.parametrize("text", [
    "Egypt and Qatar keep talking although they took opposite sides in the Libyan war.",
    "Armenia doubts Russian support while Moscow is preoccupied with its war in Ukraine.",
    "Turkey opened corridors for Syrian civilians who wished to leave areas near the fighting.",
])
def test_a_war_that_sets_the_scene_of_another_act_is_no_event(nlp_pipeline, text):
    assert not {"war", "fighting"} & _triggers(nlp_pipeline, text)


@pytest.mark.parametrize("text", [
    "Moscow denied Ukrainian claims that it cut the gas supply to Moldova.",
    "Baku rejected reports that its troops had shelled Armenian villages.",
])
def test_an_act_a_denial_calls_a_claim_is_left_to_the_speech_acts(nlp_pipeline, text):
    types = {e.type for e in _events(nlp_pipeline, text)}
    assert "REJECT" in types and types <= {"REJECT", "ACCUSE"}


def test_an_unnamed_attacker_inside_one_country_is_whoever_attacks_that_kind_of_actor(
        nlp_pipeline):
    text = ("Al-Shabab fighters killed three civilians in Mogadishu on Monday. "
            "On Tuesday, four more civilians were killed in Baidoa, police said.")
    second = _events(nlp_pipeline, text)[-1]
    assert [(a.country, a.sector) for a in second.source] == [("SOM", "REB")], second.reason


def test_an_unnamed_side_is_not_taken_from_those_the_named_side_attacks(nlp_pipeline):
    text = ("Al-Shabab fighters killed three civilians in Mogadishu on Monday. "
            "On Tuesday, two al-Shabab commanders were killed in Baidoa.")
    second = _events(nlp_pipeline, text)[-1]
    assert not any(a.sector == "CVL" for a in second.source), second.reason


def test_an_event_noun_naming_the_kind_of_a_deal_is_no_second_event(nlp_pipeline):
    text = "Georgia said work on a Russia ceasefire deal had stalled."
    assert "ceasefire" not in _triggers(nlp_pipeline, text), [
        e.reason for e in _events(nlp_pipeline, text)]


def test_an_act_named_as_an_open_question_is_no_event(nlp_pipeline):
    text = "It is unclear whether Russian troops will withdraw from Georgia."
    assert "withdraw" not in _triggers(nlp_pipeline, text), [
        e.reason for e in _events(nlp_pipeline, text)]


@pytest.mark.parametrize("text", [
    "Indian peacekeepers, deployed in South Sudan under a UN mandate, guard the airport.",
    "Georgian forces, equipped mostly with old Soviet tanks, held the line.",
])
def test_a_passive_that_only_describes_a_noun_is_no_act(nlp_pipeline, text):
    assert not [e for e in _events(nlp_pipeline, text) if e.type in ("AID", "MOBILIZE")], [
        e.reason for e in _events(nlp_pipeline, text)]


def test_a_passive_accusation_is_still_coded_for_whom_it_accuses(nlp_pipeline):
    text = "Former Haitian president Jean Dupont has been accused of stealing public funds."
    assert any(e.type == "ACCUSE" for e in _events(nlp_pipeline, text))
