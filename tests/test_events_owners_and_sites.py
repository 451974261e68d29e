"""Whose body acts, and where what is hit stands. A state named as owner of its own body
("Russia's Wagner Group") only says whose it is; an act noun that is the subject of a
verb of its type is one act with it, its place hit a side and where ("an Israeli strike
on a Damascus building killed ..."); "set fire to" names what burns, and an embassy burnt
"in Baghdad" was burnt there, not in the state it belongs to. "It was the 10th such
protest" tells no new act. "The drones" told again are used by whoever used them before.
"China, the military's main backer" names China alone. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import coded, countries, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    ("Russia's Wagner Group withdrew from Bakhmut.", "withdrew", [("RUS", "MIL")]),
    ("Israel's Mossad killed a Hamas official in Dubai.", "killed", [("ISR", "SPY")]),
    ("Iran's Revolutionary Guards seized a tanker in the Gulf.", "seized", [("IRN", "MIL")]),
])
def test_a_state_named_as_owner_of_its_own_body_only_says_whose_it_is(
        nlp_pipeline, text, trigger, wanted):
    event = coded(nlp_pipeline, text, trigger)
    assert [(a.country, a.sector) for a in event.source] == wanted


def test_a_state_before_a_body_of_another_state_still_acts(nlp_pipeline):
    # the PKK is no body of Turkey's: Turkey's crackdown is Turkey's act
    text = "Turkey's crackdown on the PKK intensified after the bombing in Ankara."
    assert "TUR" in countries(coded(nlp_pipeline, text, "crackdown").source)


def test_an_act_noun_that_is_the_subject_of_its_verb_is_one_act(nlp_pipeline):
    text = ("An Israeli strike on a Damascus building killed a senior commander of Iran's "
            "Revolutionary Guards.")
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == ["ASSAULT ISR>IRN,SYR"]
    strike = coded(nlp_pipeline, text, "strike")
    assert strike.place is not None and strike.place.name == "Damascus"


def test_two_acts_of_one_type_on_different_states_stay_two(nlp_pipeline):
    text = ("Israeli jets struck Gaza on Monday, and a drone strike in Lebanon killed a "
            "Hezbollah commander.")
    assert len(sides(nlp_pipeline, text, {"ASSAULT"})) == 2


@pytest.mark.parametrize(("text", "wanted"), [
    ("Protesters set fire to the Swedish embassy in Baghdad.", "SWE"),
    ("Rioters set fire to a police station in Dhaka.", "BGD"),
])
def test_what_is_set_fire_to_is_the_target(nlp_pipeline, text, wanted):
    event = coded(nlp_pipeline, text, "set")
    assert event.type == "ASSAULT" and wanted in countries(event.target)


def test_an_embassy_hit_in_a_city_was_hit_in_that_city(nlp_pipeline):
    event = coded(nlp_pipeline, "Protesters set fire to the Swedish embassy in Baghdad.", "set")
    assert event.place is not None and event.place.name == "Baghdad"



@pytest.mark.parametrize("text", [
    ("Manila summoned a Chinese diplomat to protest the incident. It was the 10th such protest "
    "this year."),
    "Russia struck Kyiv with drones on Monday. It was the third such strike this month.",
])
def test_one_of_a_kind_told_before_is_no_new_act(nlp_pipeline, text):
    from event_fixtures import analyse
    second = text.index(". ") + 2
    assert [e.trigger for e in analyse(nlp_pipeline, text).events if e.start >= second] == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Azerbaijani drones struck a bus near Lachin. The drones also hit a school.",
     ["ASSAULT AZE>", "ASSAULT AZE>"]),
    ("Russian missiles struck Kyiv overnight. Two of the missiles hit a hospital.",
     ["ASSAULT RUS>UKR", "ASSAULT RUS>UKR"]),
])
def test_weapons_told_again_are_used_by_whoever_used_them_before(nlp_pipeline, text, wanted):
    assert [s[:len(w)] for s, w in zip(sides(nlp_pipeline, text, {"ASSAULT"}), wanted,
                                         strict=True)] == wanted


def test_weapons_bought_name_no_user_by_their_makers_adjective(nlp_pipeline):
    text = ("Turkey bought the Russian S-400 system in 2019. Washington says the system "
            "threatens NATO.")
    accusations = sides(nlp_pipeline, text, {"ACCUSE", "THREATEN"})
    assert not any("RUS" in s.split(">")[1] for s in accusations), accusations


def test_where_a_deed_was_welcomed_is_no_one_it_was_aimed_at(nlp_pipeline):
    text = "President Donald Trump welcomed their release on social media."
    welcomed = coded(nlp_pipeline, text, "welcomed")
    assert all(a.sector != "JRN" for a in welcomed.target), welcomed.target


@pytest.mark.parametrize(("text", "trigger", "wanted"), [
    (("China, the military's main backer, has pressed armed groups along its border to "
     "negotiate."), "pressed", [("CHN", "GOV")]),
    ("Hamas, Iran's closest ally in Gaza, fired rockets at Tel Aviv.", "fired", [("PSE", "REB")]),
])
def test_an_apposition_naming_a_tie_to_another_adds_no_actor(nlp_pipeline, text, trigger, wanted):
    source = coded(nlp_pipeline, text, trigger).source
    assert [(a.country, a.sector) for a in source] == wanted


def test_an_apposition_naming_an_office_still_places_its_holder(nlp_pipeline):
    text = "Sergei Lavrov, Russia's foreign minister, met Wang Yi in Beijing."
    assert {a.country for a in coded(nlp_pipeline, text, "met").source} == {"RUS"}


def test_weapons_told_again_are_those_launched_by_the_subject_named_before(nlp_pipeline):
    text = ("Russian drones hit Kharkiv overnight. Ukraine responded by launching drones at "
            "Russian oil refineries. The drones struck a refinery in Ryazan.")
    struck = coded(nlp_pipeline, text, "struck")
    assert [a.country for a in struck.source] == ["UKR"]
