"""Places in national and world news: streets, newspapers and forces named after towns,
towns the model missed after "in" or "at", states named after a town, rivers and
mountains, and the country a story is set in."""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.datelines import find_datelines
from belli.geo.gazetteer import Gazetteer
from belli.geo.missed import located_unmentioned
from belli.geo.stage import PlaceStage
from belli.records import Mention


def test_street_named_after_a_town_lies_in_the_town_the_text_puts_it_in(
        stage: PlaceStage) -> None:
    text = "For most of Tuesday a water main break kept Concord Avenue in Boise shut."
    mentions = analyse(stage, text, [("Concord Avenue", "FAC"), ("Boise", "GPE")])
    assert place_of(mentions, "Concord Avenue").name == "Boise"


def test_street_named_after_a_country_is_not_in_that_country(stage: PlaceStage) -> None:
    text = "A new bakery opened on Irishmen Street in Savannah."
    mentions = analyse(stage, text, [("Irishmen Street", "FAC"), ("Savannah", "GPE")])
    assert place_of(mentions, "Irishmen Street").country == "USA"


def test_a_name_repeated_weighs_less_than_several_places_for_the_story_country(
        stage: PlaceStage) -> None:
    # "Tonopah" (a Nevada town here standing for a person's name the model took for a
    # place) is repeated; three South African places are named once each
    text = ("Tonopah says a nurse in Pinetown sent her home. Tonopah then took a bus to "
            "Durban, and later Tonopah phoned officials in KwaZulu-Natal. Tonopah has heard "
            "nothing since.")
    marked = [("Tonopah", "GPE"), ("Pinetown", "GPE"), ("Tonopah", "GPE"), ("Durban", "GPE"),
              ("Tonopah", "GPE"), ("KwaZulu-Natal", "GPE"), ("Tonopah", "GPE")]
    assert place_of(analyse(stage, text, marked), "Pinetown").country == "ZAF"


def test_small_foreign_town_in_a_force_s_name_is_dropped_in_a_story_set_elsewhere(
        stage: PlaceStage) -> None:
    # the gazetteer's Tonopah is a Nevada town; every other place here is Canadian
    text = ("A woman from Red Deer was arrested in Lethbridge, Tonopah Regional Police said. "
            "Calgary, Edmonton, Medicine Hat and Halifax sent officers to comb Alberta and Nova "
            "Scotia, Canada's police chiefs said. Canada and Alberta praised the hunt.")
    marked = [("Red Deer", "GPE"), ("Lethbridge", "GPE"), ("Tonopah Regional Police", "ORG"),
              ("Calgary", "GPE"), ("Edmonton", "GPE"), ("Medicine Hat", "GPE"),
              ("Halifax", "GPE"), ("Alberta", "GPE"), ("Nova Scotia", "GPE"), ("Canada", "GPE"),
              ("Canada", "GPE"), ("Alberta", "GPE")]
    force = next(m for m in analyse(stage, text, marked) if m.label == "ORG")
    assert force.place is None


def test_town_named_in_a_newspaper_s_name_is_placed(stage: PlaceStage) -> None:
    text = "She trailed by ten points in a survey the Fresno Courier-Examiner ran last week."
    mentions = analyse(stage, text, [("the Fresno Courier-Examiner", "FAC")])
    assert place_of(mentions, "the Fresno Courier-Examiner").name == "Fresno"


def test_newspaper_tagged_as_a_person_names_its_town(stage: PlaceStage) -> None:
    text = "Asked by Tulsa Journal reporter Ann Lee, the mayor declined to comment."
    mentions = analyse(stage, text, [("Tulsa Journal", "PERSON")])
    assert place_of(mentions, "Tulsa Journal").name == "Tulsa"


def test_division_after_a_town_is_the_one_that_holds_the_town(stage: PlaceStage) -> None:
    text = "She moved from Spokane, Washington to Boston last year."
    marked = [("Spokane", "GPE"), ("Washington", "GPE"), ("Boston", "GPE")]
    place = place_of(analyse(stage, text, marked), "Washington")
    assert (place.name, place.feature) == ("Washington", "admin1")


def test_river_inside_a_body_s_name_is_the_river(stage: PlaceStage) -> None:
    text = "The Cauvery Water Authority will meet the two states next week."
    mentions = analyse(stage, text, [("The Cauvery Water Authority", "ORG")])
    place = place_of(mentions, "The Cauvery Water Authority")
    assert (place.name, place.country, place.feature) == ("Cauvery", "IND", "river")


def test_river_and_mountain_range_by_their_usual_names(stage: PlaceStage) -> None:
    text = "Snowmelt from the Rockies swelled the Mississippi River this spring."
    marked = [("the Rockies", "LOC"), ("the Mississippi River", "LOC")]
    mentions = analyse(stage, text, marked)
    assert place_of(mentions, "the Mississippi River").feature == "river"
    assert place_of(mentions, "the Rockies").name == "Rocky Mountains"


def _located(gazetteer: Gazetteer, text: str, tagged: list[tuple[str, str]]) -> list[str]:
    mentions = [Mention(doc_id="d", start=(at := text.index(surface)), end=at + len(surface),
                        text=surface, label=label) for surface, label in tagged]
    return [s.text for s in located_unmentioned(text, mentions, gazetteer)]


def test_untagged_town_after_at_in_the_story_country_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Pakistan's army opened a school at Kohat and a market in Bannu on Friday."
    assert _located(gazetteer, text, [("Pakistan", "GPE")]) == ["Kohat", "Bannu"]


def test_untagged_name_after_in_is_no_place_without_its_country_or_behind_a_name(
        gazetteer: Gazetteer) -> None:
    text = "After two years in Chicago Messina opened a bakery; in Kohat nobody heard of it."
    assert _located(gazetteer, text, [("Chicago", "GPE")]) == []  # no Pakistan named
    text = "She toured Italy in May; in Naples Messina sang twice, and in June she left."
    assert _located(gazetteer, text, [("Italy", "GPE"), ("Naples", "GPE")]) == []


def test_town_that_owns_a_street_holds_it(stage: PlaceStage) -> None:
    text = "Kampala’s Fifth Street will be closed for repairs."
    mentions = analyse(stage, text, [("Kampala’s Fifth Street", "FAC")])
    assert place_of(mentions, "Kampala’s Fifth Street").name == "Kampala"


def test_county_road_lies_in_its_county(stage: PlaceStage) -> None:
    text = "A truck overturned on Stearns County Road near St. Cloud."
    mentions = analyse(stage, text, [("Stearns County Road", "FAC"), ("St. Cloud", "GPE")])
    place = place_of(mentions, "Stearns County Road")
    assert (place.name, place.feature) == ("Stearns County", "admin2")


def test_airport_and_island_by_their_short_names(stage: PlaceStage) -> None:
    text = "Flights from Gatwick to Maui were cancelled."
    mentions = analyse(stage, text, [("Gatwick", "FAC"), ("Maui", "LOC")])
    airport = place_of(mentions, "Gatwick")
    assert (airport.country, airport.feature, airport.precision) == ("GBR", "airport", "exact")
    assert (place_of(mentions, "Maui").country, place_of(mentions, "Maui").feature) == (
        "USA", "island")


def test_town_in_capitals_opening_the_text_before_a_sentence_is_a_dateline(
        gazetteer: Gazetteer) -> None:
    found = find_datelines("DENVER The Latest on the spring storm that closed roads.", gazetteer)
    assert [d.text for d in found] == ["DENVER"]
    heading = find_datelines("DENVER SCHOOLS CLOSE as the storm nears.", gazetteer)
    assert heading == []


@pytest.mark.parametrize(("text", "marked", "name", "town"), [
    # the model tagged the street's name without its last word: the street lies in the
    # story's town, not in the place it is named after
    ("Officers stopped a van on Lancaster Road in Exeter late on Friday.",
     [("Lancaster", "GPE"), ("Exeter", "GPE")], "Lancaster", "Exeter"),
    ("Firefighters in Boise were called to a blaze on North Idaho Street.",
     [("Boise", "GPE"), ("North Idaho", "GPE")], "North Idaho", "Boise"),
])
def test_a_name_cut_short_of_its_street_word_is_the_street(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], name: str,
        town: str) -> None:
    assert place_of(analyse(stage, text, marked), name).name == town


def test_a_street_word_opening_the_next_name_leaves_the_town(stage: PlaceStage) -> None:
    # "St." here opens a person's name, not a street after Dover
    text = "The council in Dover St. Clair Jones chairs met on Monday."
    mentions = analyse(stage, text, [("Dover", "GPE")])
    assert place_of(mentions, "Dover").name == "Dover"


@pytest.mark.parametrize(("text", "tagged", "found"), [
    ("Iowa crews from Ames, Boone, Marshalltown and Ankeny cleared the fallen trees.",
     [("Iowa", "GPE"), ("Ames", "GPE"), ("Boone", "GPE")], ["Marshalltown", "Ankeny"]),
    ("In Pakistan, schools in Peshawar, Mardan, Swabi and Charsadda stayed shut.",
     [("Pakistan", "GPE"), ("Peshawar", "GPE"), ("Mardan", "GPE")], ["Swabi", "Charsadda"]),
])
def test_untagged_towns_in_a_list_with_two_tagged_places_are_places(
        gazetteer: Gazetteer, text: str, tagged: list[tuple[str, str]],
        found: list[str]) -> None:
    assert _located(gazetteer, text, tagged) == found


@pytest.mark.parametrize(("text", "tagged", "found"), [
    ("Floods hit Ames, Boone, Marshalltown and Ankeny, Iowa, on Sunday night.",
     [("Ames", "GPE"), ("Marshalltown", "GPE"), ("Iowa", "GPE")], ["Boone", "Ankeny"]),
    ("Schools in Peshawar, Swabi, Mardan and Charsadda stayed shut across Pakistan.",
     [("Peshawar", "GPE"), ("Mardan", "GPE"), ("Pakistan", "GPE")], ["Swabi", "Charsadda"]),
])
def test_an_untagged_town_counts_the_tagged_places_after_it_in_its_list(
        gazetteer: Gazetteer, text: str, tagged: list[tuple[str, str]],
        found: list[str]) -> None:
    assert _located(gazetteer, text, tagged) == found


@pytest.mark.parametrize(("text", "tagged"), [
    # one tagged place is too little to say what the list holds
    ("Iowa crews from Ames, Marshalltown and Ankeny cleared the fallen trees.",
     [("Iowa", "GPE"), ("Ames", "GPE")]),
    # a speaker after the list, a town's name though it is
    ("Crews reached Iowa, Ames and Boone, Ankeny said.",
     [("Iowa", "GPE"), ("Ames", "GPE"), ("Boone", "GPE")]),
    # a tagged place on each side, but a person after it: still one place in the list
    ("Floods hit Ames, Boone and Jackson Reed's farm near Iowa's border.",
     [("Ames", "GPE"), ("Jackson Reed", "PERSON"), ("Iowa", "GPE")]),
])
def test_an_untagged_name_after_too_short_a_list_or_speaking_stays_unplaced(
        gazetteer: Gazetteer, text: str, tagged: list[tuple[str, str]]) -> None:
    assert _located(gazetteer, text, tagged) == []


@pytest.mark.parametrize(("text", "name", "wanted"), [
    # Yemen's government sits in Aden: the capital named is still the city named
    ("Airstrikes hit targets in Sanaa on Monday.", "Sanaa", "Sanaa"),
    ("Diplomats gathered in Tel Aviv for the talks.", "Tel Aviv", "Tel Aviv"),
    ("Protesters marched in Washington on Sunday.", "Washington", "Washington"),
])
def test_a_city_that_stands_for_a_government_is_the_city_named(
        stage: PlaceStage, text: str, name: str, wanted: str) -> None:
    assert place_of(analyse(stage, text, [(name, "GPE")]), name).name == wanted
