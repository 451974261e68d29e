"""A name a story uses as a municipality, and a division that closes a listing.

A local paper names its town's police, council and people ("the Moscow Police
Department", "a Peru man"): that is a town, however famous a capital or a country of
the same name; which town the story's other places decide. A division after a name and a
comma ("at Hever Castle, Kent.") holds the place before it, even where the model
tagged neither. Hand-built mentions and our own sentences; no spaCy model loads.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "marked", "surface"), [
    ("The Moscow Police Department said a Moscow man was treated in Latah County.",
     [("The Moscow Police Department", "ORG"), ("Moscow", "GPE"), ("Latah County", "GPE")],
     "Moscow"),
    ("A Peru woman was held in the Miami County jail, the Peru Police Department said.",
     [("Peru", "GPE"), ("Miami County", "GPE"), ("the Peru Police Department", "ORG")],
     "Peru"),
])
def test_a_name_used_as_a_municipality_is_the_town_its_story_places_it_near(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], surface: str) -> None:
    place = place_of(analyse(stage, text, marked), surface)
    assert (place.country, place.feature) == ("USA", "city")


def test_a_famous_city_named_without_municipal_words_keeps_its_fame(stage: PlaceStage) -> None:
    text = "Talks in Moscow ended late, and a delegation flew on to Latah County."
    place = place_of(analyse(stage, text, [("Moscow", "GPE"), ("Latah County", "GPE")]),
                     "Moscow")
    assert place.country == "RUS"


def test_an_untagged_division_after_a_name_and_a_comma_is_placed(stage: PlaceStage) -> None:
    text = "The fair returns to the United Kingdom at Hever Castle, Kent. Tickets sold out."
    place = place_of(analyse(stage, text, [("United Kingdom", "GPE")]), "Kent")
    assert (place.country, place.feature) == ("GBR", "admin2")


@pytest.mark.parametrize("text", [
    "The rally in the United Kingdom moves to Tatton Park, Cheshire. Entry is free.",
    "Riders from the United Kingdom met at the Dunham Showground, Cheshire, on Sunday.",
])
def test_an_untagged_ceremonial_county_after_a_name_and_a_comma_is_placed(
        stage: PlaceStage, text: str) -> None:
    """England's ceremonial counties are no GeoNames division: the places file lists them."""
    place = place_of(analyse(stage, text, [("United Kingdom", "GPE")]), "Cheshire")
    assert (place.country, place.feature) == ("GBR", "county")


def test_a_ceremonial_county_in_a_story_of_another_country_stays_unplaced(
        stage: PlaceStage) -> None:
    text = "The rally in Canada moves to Tatton Park, Cheshire. Entry is free."
    assert "Cheshire" not in [m.text for m in analyse(stage, text, [("Canada", "GPE")])]


def test_a_capitalized_word_after_a_comma_that_is_no_division_stays_unplaced(
        stage: PlaceStage) -> None:
    text = "The fair returns to the United Kingdom at Hever Castle, Saturday. Tickets sold out."
    mentions = analyse(stage, text, [("United Kingdom", "GPE")])
    assert [m.text for m in mentions] == ["United Kingdom"]


def test_a_great_lake_is_the_lake_not_a_town_named_like_its_province(stage: PlaceStage) -> None:
    text = "A freighter ran aground on Lake Ontario, the coast guard said."
    place = place_of(analyse(stage, text, [("Lake Ontario", "LOC")]), "Lake Ontario")
    assert place.feature == "lake"


@pytest.mark.parametrize(("text", "marked", "surface"), [
    ("The board in the United States hired the lawyer, Washington.", "United States",
     "Washington"),
    ("Well, Virginia, the United States team tried.", "United States", "Virginia"),
    ("Oh, Kent, the United Kingdom will miss you.", "United Kingdom", "Kent"),
    ("In the United Kingdom the lead singer, Kent, left the band.", "United Kingdom", "Kent"),
])
def test_a_division_name_after_a_comma_but_after_no_name_stays_unplaced(
        stage: PlaceStage, text: str, marked: str, surface: str) -> None:
    """An apposition or a vocative: the word before the comma is no name, or only the
    sentence's first word, whose capital says nothing."""
    mentions = analyse(stage, text, [(marked, "GPE")])
    assert surface not in [m.text for m in mentions]


@pytest.mark.parametrize("text", [
    "The fair returns to the United Kingdom, held at Maidstone, Kent.",
    "The fair returns to the United Kingdom at St. Albans, Hertfordshire.",
    "The United Kingdom tour has one stop left. Final date: Maidstone, Kent.",
])
def test_a_division_after_one_word_name_mid_sentence_is_placed(stage: PlaceStage,
                                                                 text: str) -> None:
    surface = text.rstrip(".").rsplit(", ", 1)[1]
    place = place_of(analyse(stage, text, [("United Kingdom", "GPE")]), surface)
    assert place.country == "GBR"
