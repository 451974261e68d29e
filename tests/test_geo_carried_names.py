"""Namesakes carried abroad, journeys, street addresses, offices and headlines.

Two English town names that lie close together in several American states ("Exeter" and
"Portsmouth") back each other only as much as one of those places: settlers carried the
pair, so their nearness says little against the pair's home abroad. A name after "from" a
tagged place and "to", or after a street address and a comma, is a town; so is the
town named inside an office's name the model labelled a thing ("Ruston Mayor Jo Hale"),
a headline's name that the dateline after it repeats, and a name a hyphen joins to a
tagged town ("Ruston-Monroe buses").

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, marked_mentions, place_of

from belli.geo.gazetteer import Gazetteer
from belli.geo.missed import located_unmentioned
from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("first", "second"), [("Exeter", "Portsmouth"), ("Oxford", "Chester")])
def test_a_pair_of_carried_names_keeps_its_home_abroad(
        stage: PlaceStage, first: str, second: str) -> None:
    text = f"A nurse from {first} won a prize at a college in {second}, and went home by bus."
    mentions = analyse(stage, text, [(first, "GPE"), (second, "GPE")])
    assert place_of(mentions, first).country == "GBR"
    assert place_of(mentions, second).country == "GBR"


def test_a_carried_pair_stays_american_where_the_story_names_its_state(
        stage: PlaceStage) -> None:
    text = "A nurse from Exeter won a prize at a college in Portsmouth, New Hampshire."
    mentions = analyse(stage, text, [("Exeter", "GPE"), ("Portsmouth", "GPE"),
                                     ("New Hampshire", "GPE")])
    assert place_of(mentions, "Exeter").country == "USA"
    assert place_of(mentions, "Portsmouth").country == "USA"


def test_a_pair_close_in_one_state_only_still_backs_each_other(stage: PlaceStage) -> None:
    text = "A nurse from Windsor won a prize at a college in Hartford, and went home by bus."
    mentions = analyse(stage, text, [("Windsor", "GPE"), ("Hartford", "GPE")])
    assert place_of(mentions, "Windsor").country == "USA"


@pytest.mark.parametrize(("text", "marked"), [
    ("Volunteers drove from Monroe to Ruston with water and blankets.",
     [("Monroe", "GPE"), ("Ruston", "PERSON")]),
    ("The new trail runs from Lincoln Parish to Ruston and beyond.",
     [("Lincoln Parish", "GPE"), ("Ruston", "PERSON")]),
])
def test_the_end_of_a_journey_from_a_place_is_a_town(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    place = place_of(analyse(stage, text, marked), "Ruston")
    assert (place.name, place.country) == ("Ruston", "USA")


@pytest.mark.parametrize(("text", "marked"), [
    ("The dinner is at the lodge, 120 Pine St., Ruston, on Friday.", [("Ruston", "PERSON")]),
    ("Doors open at six at 45 Route 9 North, Ruston, for the show.",
     [("Ruston", "PERSON")]),
])
def test_a_name_after_a_street_address_is_its_town(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    place = place_of(analyse(stage, text, marked), "Ruston")
    assert (place.name, place.country) == ("Ruston", "USA")


@pytest.mark.parametrize(("text", "marked"), [
    # "from" a person, not a place
    ("The letter went from Ann Ward to Jackson on Monday.",
     [("Ann Ward", "PERSON"), ("Jackson", "PERSON")]),
    # a street with no number is no address
    ("He lives on Pine Street, Jackson told the court.", [("Jackson", "PERSON")]),
])
def test_no_journey_and_no_address_leave_a_surname_alone(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    assert all(m.place is None for m in analyse(stage, text, marked) if m.text == "Jackson")


def _located(gazetteer: Gazetteer, text: str, tagged: list[tuple[str, str]]) -> list[str]:
    mentions = marked_mentions(text, tagged)
    return [s.text for s in located_unmentioned(text, mentions, gazetteer)]


def test_an_untagged_town_after_an_address_or_a_journey_is_a_place(
        gazetteer: Gazetteer) -> None:
    text = "A Louisiana woman, Ann Ward, of 1200 Pine St., Ruston, was charged."
    assert _located(gazetteer, text, [("Louisiana", "GPE"), ("Ann Ward", "PERSON")]) == ["Ruston"]
    text = "In Louisiana, families moved from Lincoln Parish to Ruston last year."
    assert _located(gazetteer, text, [("Louisiana", "GPE"), ("Lincoln Parish", "GPE")]) == [
        "Ruston"]


def test_an_untagged_name_after_to_needs_a_tagged_place_after_from(
        gazetteer: Gazetteer) -> None:
    text = "In Louisiana, the prize went from the board to Ruston last year."
    assert _located(gazetteer, text, [("Louisiana", "GPE")]) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("The plan was welcomed by Ruston Mayor Jo Hale on Monday.", "Ruston Mayor Jo Hale"),
    ("Ruston Parks Services will open the pool in May.", "Ruston Parks Services"),
])
def test_an_office_under_a_label_for_things_names_its_town(
        stage: PlaceStage, text: str, surface: str) -> None:
    place = place_of(analyse(stage, text, [(surface, "WORK_OF_ART")]), surface)
    assert (place.name, place.country) == ("Ruston", "USA")


def test_a_title_with_no_office_word_names_no_town(stage: PlaceStage) -> None:
    text = "She read Ruston Nights, a novel about the war, twice."
    mentions = analyse(stage, text, [("Ruston Nights", "WORK_OF_ART")])
    assert all(m.place is None for m in mentions)


@pytest.mark.parametrize(("text", "name", "dateline"), [
    ("Lincoln bakery wins a prize. LINCOLN, Neb. — A family bakery won on Monday.",
     "Lincoln", "LINCOLN"),
    ("Jackson wins grant for a park. JACKSON, Miss. (AP) — The city won a grant on Monday.",
     "Jackson", "JACKSON"),
])
def test_a_headline_name_the_dateline_repeats_is_its_town(
        stage: PlaceStage, text: str, name: str, dateline: str) -> None:
    mentions = analyse(stage, text, [(name, "PERSON"), (dateline, "PERSON")])
    assert place_of(mentions, name).country == "USA"


def test_a_name_after_the_dateline_is_not_made_its_town(stage: PlaceStage) -> None:
    text = ("Grant for a park. LINCOLN — The town won a grant. Lincoln said on Monday that "
            "she would visit.")
    mentions = analyse(stage, text, [("LINCOLN", "PERSON"), ("Lincoln", "PERSON")])
    assert next(m for m in mentions if m.text == "Lincoln").place is None


@pytest.mark.parametrize(("text", "name"), [
    ("The funeral is at the church, 400 Elm St., Lebanon, on Friday.", "Lebanon"),
    ("She lived at 12 Main Street, Jordan, for thirty years.", "Jordan"),
])
def test_a_name_after_a_street_address_is_no_country(
        stage: PlaceStage, text: str, name: str) -> None:
    place = place_of(analyse(stage, text, [(name, "GPE")]), name)
    assert place.feature == "city"


def test_a_country_named_with_no_address_is_the_country(stage: PlaceStage) -> None:
    mentions = analyse(stage, "The minister flew to Lebanon on Monday.", [("Lebanon", "GPE")])
    assert place_of(mentions, "Lebanon").country == "LBN"


@pytest.mark.parametrize(("text", "marked"), [
    ("Ruston-Monroe buses will run again in May.", [("Ruston", "PERSON"), ("Monroe", "GPE")]),
    ("Pupils of the Ruston-Shreveport district met.",
     [("Ruston", "PERSON"), ("Shreveport", "GPE")]),
])
def test_a_name_a_hyphen_joins_to_a_tagged_town_is_a_town(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    place = place_of(analyse(stage, text, marked), "Ruston")
    assert (place.name, place.country) == ("Ruston", "USA")


def test_a_hyphen_between_two_person_names_makes_no_town(stage: PlaceStage) -> None:
    text = "Voters cheered as Jackson-Monroe took the stage."
    mentions = analyse(stage, text, [("Jackson", "PERSON"), ("Monroe", "PERSON")])
    assert all(m.place is None for m in mentions)
