"""Place names the model leaves untagged or folds into a time or a number, and a sentence's
last word that only looks like a title.

* A division named with its own word ("Avoyelles Parish") is the division even where
  the model tagged nothing, inside an untagged body's or event's name too.
* A time, date or number mention the model stretched over the state or county after it
  ("In March, South Carolina...", "At 9:15 a.m. Walker County deputies...") still names
  that state or county; a town's bare name there stays unread (it may be a surname).
* A range of divisions ("from Bibb to Twiggs counties") or a list after a plural
  designator in its clause ("counties such as Bibb and Twiggs") names divisions, as a
  list before the designator does.
* A title counts with a dot only as a capitalized abbreviation ("Gov. Ruston"); a
  lower-case word before a dot ends a sentence ("...the fire. Ruston's inspector").

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.actors.kb import load_kb
from belli.geo.gazetteer import load_gazetteer
from belli.geo.missed import divisions_in
from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "marked", "division"), [
    ("Call the Avoyelles Parish Sheriff's Office with any tip.", [], "Avoyelles Parish"),
    ("She was crowned at the Miss Greater Butler County Pageant in Ohio.",
     [("Ohio", "GPE")], "Butler County"),
    ("Deputies of the DeKalb County Sheriff's Office searched the woods.", [],
     "DeKalb County"),
])
def test_an_untagged_division_named_with_its_own_word_is_placed(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], division: str) -> None:
    mentions = analyse(stage, text, marked)
    found = [m for m in mentions if m.source == "designated"]
    assert [m.text for m in found] == [division]
    assert found[0].place is not None and found[0].place.country == "USA"


def test_a_capitalized_word_that_no_division_bears_stays_unplaced(stage: PlaceStage) -> None:
    text = "The Justice Department and the Water District met on Friday."
    mentions = analyse(stage, text, [])
    assert not [m for m in mentions if m.source == "designated"]


@pytest.mark.parametrize(("text", "marked", "place", "country"), [
    ("In March, South Carolina had the highest jobless rate.",
     [("In March, South Carolina", "DATE")], "South Carolina", "USA"),
    ("At 9:15 a.m. Walker County deputies answered the call in Huntsville, Texas.",
     [("9:15 a.m. Walker County", "TIME"), ("Huntsville", "GPE"), ("Texas", "GPE")],
     "Walker County", "USA"),
])
def test_a_state_or_county_folded_into_a_time_is_still_placed(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], place: str,
        country: str) -> None:
    mentions = analyse(stage, text, marked)
    swallowed = next(m for m in mentions if m.label in ("DATE", "TIME"))
    assert swallowed.place is not None
    assert (swallowed.place.name, swallowed.place.country) == (place, country)


def test_a_town_name_closing_a_date_is_not_read_as_the_town(stage: PlaceStage) -> None:
    # "Monday Jackson" may be a date and a person's surname as well as a date and a town
    text = "By Monday Jackson had signed the order."
    mentions = analyse(stage, text, [("Monday Jackson", "DATE")])
    assert mentions[0].place is None


@pytest.mark.parametrize("text", [
    "Crews fought the fire. Ruston's schools stayed shut, and volunteers from Ruston helped.",
    "Officials praised the chief. Ruston's streets reopened after crews from Ruston cleared them.",
])
def test_a_role_word_ending_a_sentence_is_no_title(stage: PlaceStage, text: str) -> None:
    mentions = analyse(stage, text, [("Ruston", "PERSON"), ("Ruston", "PERSON")])
    assert place_of(mentions, "Ruston").country == "USA"


def test_an_abbreviated_title_still_makes_the_name_a_person(stage: PlaceStage) -> None:
    text = "Residents met Gov. Ruston in the hall, and volunteers from Ruston helped."
    mentions = analyse(stage, text, [("Ruston", "PERSON"), ("Ruston", "PERSON")])
    assert all(m.place is None for m in mentions if m.text == "Ruston")


@pytest.mark.parametrize(("text", "marked", "town"), [
    # a town the model took for a group: the text still puts things in it
    ("Thieves stole a truck from a farm in Ruston last week.", [("Ruston", "NORP")], "Ruston"),
    ("Crews in Monroe and Ruston cleared the roads.",
     [("Monroe", "GPE"), ("Ruston", "NORP")], "Ruston"),
])
def test_a_town_tagged_as_a_group_is_a_town_where_the_text_says_place(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], town: str) -> None:
    assert place_of(analyse(stage, text, marked), town).name == town


def test_a_group_name_without_a_place_cue_stays_unplaced(stage: PlaceStage) -> None:
    text = "Ruston voters backed the levy, organizers said."
    mentions = analyse(stage, text, [("Ruston", "NORP")])
    assert mentions[0].place is None


@pytest.mark.parametrize(("text", "town"), [
    ("Ruston officials met the contractor on Monday.", "Ruston"),
    ("A Ruston student won the state spelling bee.", "Ruston"),
])
def test_officials_or_a_student_after_a_person_tagged_name_make_it_a_town(
        stage: PlaceStage, text: str, town: str) -> None:
    assert place_of(analyse(stage, text, [(town, "PERSON")]), town).country == "USA"


def test_officials_after_a_person_whose_speech_is_reported_keep_him_a_person(
        stage: PlaceStage) -> None:
    text = "Ruston officials met on Monday. Ruston said the deal was done."
    mentions = analyse(stage, text, [("Ruston", "PERSON"), ("Ruston", "PERSON")])
    assert all(m.place is None for m in mentions)


@pytest.mark.parametrize(("text", "marked"), [
    ("Ruston Fire Station 1 sent two engines. Volunteers from Ruston joined them.",
     [("Ruston Fire Station 1", "PERSON"), ("Ruston", "PERSON")]),
    ("Ruston Elementary closed early. Families from Ruston picked up their children.",
     [("Ruston Elementary", "PERSON"), ("Ruston", "PERSON")]),
])
def test_a_body_misread_as_a_person_lends_its_town_no_person(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    mentions = analyse(stage, text, marked)
    lone = next(m for m in mentions if m.text == "Ruston")
    assert lone.place is not None and lone.place.country == "USA"


def test_a_full_person_name_keeps_its_surname_a_person(stage: PlaceStage) -> None:
    text = "Tom Ruston chaired the meeting. Volunteers from Ruston joined him."
    mentions = analyse(stage, text, [("Tom Ruston", "PERSON"), ("Ruston", "PERSON")])
    assert next(m for m in mentions if m.text == "Ruston").place is None


@pytest.mark.parametrize(("text", "names"), [
    # the two ends of a range of counties
    ("Drifts closed roads from Bibb to Twiggs counties overnight.", ["Bibb", "Twiggs"]),
    # a list after the designator, in the same clause
    ("Crews are surveying other counties along the river, such as Bibb and Twiggs.",
     ["Bibb", "Twiggs"]),
    ("Aid reached the districts of Balkh and Kunduz on Monday.", ["Balkh", "Kunduz"]),
])
def test_a_range_or_a_list_after_a_plural_designator_names_divisions(
        text: str, names: list[str]) -> None:
    assert [s.text for s in divisions_in(text, load_gazetteer(), load_kb())] == names


@pytest.mark.parametrize("text", [
    "Aid reached the states of Kachin and Texas.",  # divisions, but of two countries
    # the list lies past the clause that names the designator
    "The counties met. Such as Bibb and Twiggs, towns fared worse.",
])
def test_a_list_after_a_designator_must_be_its_divisions(text: str) -> None:
    assert divisions_in(text, load_gazetteer(), load_kb()) == []
