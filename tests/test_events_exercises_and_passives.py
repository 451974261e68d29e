"""Exercises, passive light verbs, and whom "he" is. One state's exercises are a show of
force and several states' together cooperation, whoever holds them ("the Chinese
military began exercises", "Russia held exercises") and however the name is built ("the
Malabar Joint Maritime Exercise"); the exercise of a right is no drill. A light verb in
the passive with no "by" leaves the act to its noun's own phrase ("the withdrawal of
French troops was completed"). Acts told under "although" are apart, and so are acts
under a word of time whose doers differ, named or not ("troops opened fire after rebels
attacked"). "He" is the nearest person told as a subject, known or not. A word of a
sector before an act's noun names its doers where the phrase places them ("the military
coup in Niger"). Exercises planned together are cooperation promised. A deed done as a
rule ("regularly holds exercises") is a practice, a stance said as a rule ("routinely
deny") is still said. Looting survivors tell of is an attack as they report it, and an
acronym two bodies share, put before a word of armed men ("RSF fighters"), is the armed
body. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Chinese military began large-scale exercises around Taiwan.", ["MOBILIZE CHN>TWN"]),
    ("The Chinese military began two days of large-scale exercises around Taiwan.",
     ["MOBILIZE CHN>TWN"]),
    ("Russia held exercises near the border with Finland.", ["MOBILIZE RUS>FIN"]),
    ("China's exercises around Taiwan alarmed Japan.", ["MOBILIZE CHN>TWN"]),
    ("Russian war games near the border alarmed Lithuania.", ["MOBILIZE RUS>"]),
])
def test_one_states_exercises_are_a_show_of_force(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"MOBILIZE", "COOPERATE"}) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Indian and American exercises in Alaska ended on Friday.", ["COOPERATE IND,USA>"]),
    ("Last November, Japan held the Malabar Joint Maritime Exercise with India.",
     ["COOPERATE JPN>IND"]),
])
def test_several_states_exercising_together_cooperate(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"MOBILIZE", "COOPERATE"}) == wanted


def test_the_exercise_of_a_right_is_no_drill(nlp_pipeline):
    text = "Russia's exercise of its veto angered Britain."
    assert "MOBILIZE" not in {e.type for e in analyse(nlp_pipeline, text).events}


@pytest.mark.parametrize(("text", "wanted"), [
    ("The withdrawal of French troops from Mali was completed in August.",
     ["RETREAT FRA>MLI"]),
    ("The raid on the camp by Israeli forces was conducted at night.", ["ASSAULT ISR>"]),
    ("Egypt's purchase of Rafale jets from France was completed in 2016.", ["AID FRA>EGY"]),
    ("The strike on the hospital in Kharkiv was carried out by the Russian army.",
     ["ASSAULT RUS>UKR"]),
])
def test_a_passive_light_verb_leaves_the_act_to_its_noun(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text) == wanted


def test_acts_told_under_although_stay_apart(nlp_pipeline):
    text = ("Nobody knows how Manila will react to Suga's visit to Manila, although Duterte "
            "and Suga spoke by phone last year.")
    coded = {e.trigger for e in analyse(nlp_pipeline, text).events}
    assert "spoke" in coded


@pytest.mark.parametrize(("text", "wanted"), [
    ("Troops opened fire after rebels attacked a checkpoint.", ["attacked", "opened"]),
    ("Gunmen killed five soldiers after ambushing their convoy.", ["killed"]),
])
def test_acts_under_a_word_of_time_are_apart_when_their_doers_differ(nlp_pipeline, text,
                                                                      wanted):
    assert sorted(e.trigger for e in analyse(nlp_pipeline, text).events) == wanted


def test_he_is_the_nearest_subject_known_or_not(nlp_pipeline):
    text = ("Trump raised tariffs on Canada after Ontario's premier said he is adding a levy "
            "on electricity sold to American customers.")
    levy = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == "levy")
    assert all(a.person != "Donald Trump" for a in levy.source)


def test_he_after_a_known_subject_is_that_person(nlp_pipeline):
    text = "Aliyev met Putin in Sochi. He said Azerbaijan would attack Armenia."
    threat = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == "attack")
    assert threat.attributed_to is not None and threat.attributed_to.country == "AZE"


def test_a_sector_word_before_an_act_placed_names_its_doers(nlp_pipeline):
    text = "France and Germany condemned the military coup in Niger."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE DEU,FRA>NER"]


def test_a_call_by_phone_is_a_consultation_by_phone(nlp_pipeline):
    for text in ("Putin spoke with Erdogan by phone.", "Putin and Erdogan spoke by phone."):
        (event,) = [e for e in analyse(nlp_pipeline, text).events if e.type == "CONSULT"]
        assert event.mode == "phone"


def test_exercises_planned_together_are_cooperation_promised(nlp_pipeline):
    text = "Vietnam and the Philippines are going to hold naval exercises next month."
    (event,) = analyse(nlp_pipeline, text).events
    assert (event.type, event.intent, "future" in event.aux) == ("AGREE", "COOPERATE", True)


@pytest.mark.parametrize(("text", "coded"), [
    ("The Indian navy regularly holds exercises in the Bay of Bengal.", False),
    ("Police in Kenya routinely use tear gas to disperse crowds.", False),
    ("Afghan Taliban routinely deny providing sanctuary to anti-Pakistan fighters.", True),
    ("Iran routinely denies involvement in the attacks.", True),
    ("Iran usually denies involvement in such attacks.", False),
])
def test_a_deed_done_as_a_rule_is_a_practice_and_a_stance_said_as_a_rule_is_said(
        nlp_pipeline, text, coded):
    assert bool(analyse(nlp_pipeline, text).events) is coded


@pytest.mark.parametrize("text", [
    "RSF fighters looted homes and set fire to markets, survivors told VOA.",
    "Survivors said the militia plundered the town.",
])
def test_looting_told_by_survivors_is_an_attack_as_they_report_it(nlp_pipeline, text):
    (event,) = analyse(nlp_pipeline, text).events
    assert (event.type, event.certainty) == ("ASSAULT", "reported")


@pytest.mark.parametrize(("text", "wanted"), [
    ("RSF fighters looted homes, survivors said.", ("SDN", "REB")),
    ("An RSF drone struck a hospital in El Fasher.", ("SDN", "REB")),
])
def test_an_acronym_before_a_word_of_armed_men_is_the_armed_body(nlp_pipeline, text, wanted):
    sources = [a for e in analyse(nlp_pipeline, text).events for a in e.source]
    assert sources and all((a.country, a.sector) == wanted for a in sources)


def test_the_press_group_keeps_its_acronym_where_no_armed_men_are_named(nlp_pipeline):
    text = "RSF condemned the arrest of the journalist in Minsk."
    accuser = next(e for e in analyse(nlp_pipeline, text).events if e.type == "ACCUSE")
    assert [(a.country, a.sector) for a in accuser.source] == [("RSF", "NGO")]


@pytest.mark.parametrize("text", [
    "Kenya's electoral commission launched a voter registration exercise.",
    "China condemned the exercises near Taiwan.",
])
def test_no_drill_where_none_is_held(nlp_pipeline, text):
    assert "MOBILIZE" not in {e.type for e in analyse(nlp_pipeline, text).events}


def test_drills_a_speaker_plans_with_another_state_are_cooperation_promised(nlp_pipeline):
    text = "'We will hold naval exercises with Russia next month,' Iran's navy chief said."
    assert sides(nlp_pipeline, text) == ["AGREE IRN>RUS"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("The UN Security Council approved the deployment of a Kenyan-led force to Haiti.",
     ["MOBILIZE KEN>HTI"]),
    ("Kenya's parliament approved the deployment of 1,000 police officers to Haiti.",
     ["MOBILIZE KEN>HTI"]),
])
def test_an_act_approved_is_done_by_whom_its_phrase_names_else_the_approver(nlp_pipeline, text,
                                                                             wanted):
    assert sides(nlp_pipeline, text, {"MOBILIZE"}) == wanted


def test_plundered_money_is_no_attack(nlp_pipeline):
    text = "Prosecutors say the former minister plundered millions from the state oil firm."
    assert "ASSAULT" not in {e.type for e in analyse(nlp_pipeline, text).events}


def test_concern_a_state_is_in_is_voiced(nlp_pipeline):
    text = "Japan said it was concerned about China's military build-up."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE JPN>CHN"]
