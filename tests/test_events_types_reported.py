"""What a speaker says another side did or will undergo, calls on the parties to do, and
the acts a passive or a light verb tells with their doer (`events.rules.v1`): a broken
truce told by another side is an accusation, a harm another side is told it will suffer
is a threat, "calls on the parties to" is a demand, "the raid was carried out by" keeps
its doer, and damage done to a building by an armed side is an assault. Sentences are
our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides, trigger_types

_WAR = "Russian troops shelled Ukrainian positions near Kharkiv. "  # whom a call is on


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine said Russia violated the ceasefire.", "ACCUSE UKR>RUS"),
    ("Armenia said Baku had breached the truce on Sunday.", "ACCUSE ARM>AZE"),
])
def test_a_broken_undertaking_told_by_another_side_accuses_the_breaker(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


def test_a_side_telling_its_own_breach_accuses_no_one(nlp_pipeline) -> None:
    text = "Russia said its forces violated the ceasefire."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Netanyahu said Hamas will pay a heavy price.", "THREATEN ISR>PSE"),
    ("Russian officials said Ukraine would face serious consequences.", "THREATEN RUS>UKR"),
    ("Ethiopia's prime minister said the rebels will be crushed by the army.",
     "THREATEN ETH>ETH"),
])
def test_a_harm_another_side_is_told_it_will_suffer_threatens_it(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"THREATEN"}) == [expected]


@pytest.mark.parametrize("text", [
    "Analysts said Iran will face higher prices.",  # prices, not a price paid
    "The general said the rebels were defeated last week.",  # told as done, not to come
    "The minister said the old bridge will be destroyed next year.",  # no actor to suffer
    "Moscow said its soldiers who looted will be punished.",  # its own side, disciplined
    "Kenya said the rebels will be defeated in the election.",  # beaten at the polls
])
def test_what_is_no_harm_held_out_over_a_side_threatens_no_one(nlp_pipeline,
                                                               text: str) -> None:
    assert sides(nlp_pipeline, text, {"THREATEN"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    (_WAR + "The UN said its calls on the parties to end the war have gone unanswered.",
     ["REQUEST UN>RUS,UKR"]),
    ("Calls on Russia to withdraw its troops grew louder in Brussels.", ["REQUEST >RUS"]),
])
def test_calls_on_the_parties_to_act_are_demands(nlp_pipeline, text: str,
                                                 expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, {"REQUEST"}) == expected


def test_the_act_a_call_asks_for_is_not_coded_as_done(nlp_pipeline) -> None:
    text = _WAR + "The UN said its calls on the parties to end the war have gone unanswered."
    assert sides(nlp_pipeline, text, {"RETREAT"}) == []


def test_a_call_on_a_day_is_no_demand(nlp_pipeline) -> None:
    text = "Biden and Xi held a call on Tuesday to discuss trade."
    assert sides(nlp_pipeline, text, {"REQUEST"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The raid on the village was conducted by Nigerian troops.", "ASSAULT NGA>"),
    ("The attack was launched by Houthi rebels on Sunday.", "ASSAULT YEM>"),
])
def test_a_passive_light_verb_gives_the_act_its_doer(nlp_pipeline, text: str,
                                                     expected: str) -> None:
    found = sides(nlp_pipeline, text, {"ASSAULT"})
    assert [s[:len(expected)] for s in found] == [expected]


def test_a_passive_light_verb_over_no_event_codes_nothing(nlp_pipeline) -> None:
    assert trigger_types(nlp_pipeline, "The survey was carried out by Ukrainian researchers.") \
        == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces damaged a power plant in Kharkiv.", {"damaged": "ASSAULT"}),
    ("A school was damaged by Israeli troops.", {"damaged": "ASSAULT"}),
    ("The storm damaged hundreds of homes in Florida.", {}),
])
def test_damage_done_by_an_armed_side_to_a_building_is_an_assault(
        nlp_pipeline, text: str, expected: dict[str, str]) -> None:
    assert trigger_types(nlp_pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the lemmatizer cuts "raped" to "rap": the silent "e" is looked up too
    ("Sudanese soldiers raped women in the village.", {"raped": "ASSAULT"}),
    ("Dozens of women had been raped by armed men.", {"raped": "ASSAULT"}),
    ("The singer rapped about the war.", {"war": "ASSAULT"}),
])
def test_a_verb_the_lemmatizer_clips_is_still_looked_up(nlp_pipeline, text: str,
                                                        expected: dict[str, str]) -> None:
    assert trigger_types(nlp_pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali ceased all cooperation with France last year.", {"ceased": "SANCTION"}),
    ("Germany ceased its aid to the junta in 2021.", {"ceased": "SANCTION", "aid": "AID"}),
    ("The rebels ceased fire on Sunday.", {"ceased": "RETREAT"}),
])
def test_ceasing_aid_or_ties_stops_them_and_ceasing_fire_is_a_ceasefire(
        nlp_pipeline, text: str, expected: dict[str, str]) -> None:
    assert trigger_types(nlp_pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States announced that it would cease military aid to Ukraine.",
     "SANCTION USA>UKR"),
    ("The European Union decided to suspend budget support to Niger.", "SANCTION EU>NER"),
    # on a condition, or only said, it is held out: a threat
    ("Washington said it would impose sanctions on Turkey if Ankara went ahead.",
     "THREATEN USA>TUR"),
    ("Trump said he would impose new tariffs on Canada.", "THREATEN USA>CAN"),
])
def test_a_sanction_told_as_decided_is_taken_not_held_out(nlp_pipeline, text: str,
                                                          expected: str) -> None:
    assert sides(nlp_pipeline, text, {"SANCTION", "THREATEN"}) == [expected]
