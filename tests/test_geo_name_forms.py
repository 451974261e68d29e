"""Forms of place names that news writes and the gazetteer lists another way: another
spelling of a town inside a body's name, English counties' short forms, and "Korea".

Hand-built mentions as the model and the actor stage would leave them; no spaCy model
loads. Each case states a convention of news text, not a gold record.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.gazetteer import Gazetteer
from belli.geo.missed import find_missed
from belli.geo.names import alike
from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("one", "other", "expected"), [
    ("Jenin", "Janin", True),
    ("Odessa", "Odesa", True),
    ("St. Charles", "Saint Charles", True),
    ("Paris", "Perth", False),
])
def test_two_spellings_of_one_name_are_alike(one: str, other: str, expected: bool) -> None:
    assert alike(one, other) is expected


@pytest.mark.parametrize(("text", "holder", "code"), [
    ("Medics worked through the night at the Jenin refugee camp clinic.",
     "the Jenin refugee camp clinic", "PSE"),
    ("The Izium city council asked for generators.", "The Izium city council", "UKR"),
])
def test_a_town_spelled_another_way_opens_a_body_s_name(stage: PlaceStage, text: str,
                                                        holder: str, code: str) -> None:
    assert place_of(analyse(stage, text, [(holder, "ORG")]), holder).country == code


@pytest.mark.parametrize(("text", "marked", "name"), [
    ("Volunteers from the Wilts Wildlife Trust cleared the pond.",
     ("the Wilts Wildlife Trust", "ORG"), "Wiltshire"),
    ("A lorry overturned near Witney, Oxon, on Tuesday.", ("Oxon", "GPE"), "Oxfordshire"),
    ("Lancs officers closed the motorway.", ("Lancs officers", "ORG"), "Lancashire"),
])
def test_an_english_county_s_short_form_names_the_county(stage: PlaceStage, text: str,
                                                         marked: tuple[str, str],
                                                         name: str) -> None:
    place = place_of(analyse(stage, text, [marked]), marked[0])
    assert (place.name, place.country) == (name, "GBR")


def test_a_plural_word_is_no_county_s_short_form(stage: PlaceStage) -> None:
    text = "Beds were brought into the ward."
    mention = analyse(stage, text, [("Beds", "ORG")])[0]
    assert mention.place is None


@pytest.mark.parametrize(("text", "marked"), [
    ("Korea beat Japan in the final.", ("Korea", "GPE")),
    ("Korean carmakers raised prices.", ("Korean", "NORP")),
])
def test_korea_alone_is_the_peninsula_not_a_same_named_village(
        stage: PlaceStage, text: str, marked: tuple[str, str]) -> None:
    place = place_of(analyse(stage, text, [marked]), marked[0])
    assert place.name == "Korean Peninsula" and place.country is None


def test_either_korea_by_its_name_is_its_country(stage: PlaceStage) -> None:
    text = "South Korea and North Korea held talks."
    mentions = analyse(stage, text, [("South Korea", "GPE"), ("North Korea", "GPE")])
    assert [place_of(mentions, n).country for n in ("South Korea", "North Korea")] == \
        ["KOR", "PRK"]


@pytest.mark.parametrize(("text", "holder", "name"), [
    ("Atlantic Beach officials voted to keep the festival.", "Atlantic Beach officials",
     "Atlantic Beach"),
    ("Pacific Grove police closed the coast road.", "Pacific Grove police", "Pacific Grove"),
])
def test_a_town_named_after_a_sea_is_the_town_inside_a_body_s_name(
        stage: PlaceStage, text: str, holder: str, name: str) -> None:
    place = place_of(analyse(stage, text, [(holder, "ORG")]), holder)
    assert (place.name, place.feature) == (name, "city")


@pytest.mark.parametrize(("text", "holder", "name"), [
    ("Scandinavian fishermen blocked the port.", "Scandinavian fishermen", "Scandinavia"),
    ("Central American migrants waited at the border.", "Central American migrants",
     "Central America"),
])
def test_a_region_s_adjective_before_common_nouns_is_the_region(
        stage: PlaceStage, text: str, holder: str, name: str) -> None:
    assert place_of(analyse(stage, text, [(holder, "ORG")]), holder).name == name


@pytest.mark.parametrize(("text", "name"), [
    ("The bill was backed by Ann Lee and Bo Ray, both D-Ga., on Monday.", "Ga."),
    ("Sen. Ann Lee, R-Ohio , called the plan a start.", "Ohio"),
    ("Sen. Bo Ray, D-N.M., voted no.", "N.M."),
])
def test_a_legislator_s_party_tag_names_the_state(gazetteer: Gazetteer, text: str,
                                                  name: str) -> None:
    assert [s.text for s in find_missed(text, gazetteer, [])] == [name]


def test_a_hyphenated_word_after_a_comma_is_no_party_tag(gazetteer: Gazetteer) -> None:
    text = "The guard, both D-Day veterans, spoke."
    assert find_missed(text, gazetteer, []) == []


@pytest.mark.parametrize(("text", "name", "town", "country"), [
    # GeoNames lists "Cancun" among Changchun's names and "Valence" among Valencia's: a
    # text that writes the name means the town that bears it as its own
    ("Two charter flights left for Cancun before dawn.", "Cancun", "Cancún", "MEX"),
    ("The cyclists reached Valence after a long climb.", "Valence", "Valence", "FRA"),
])
def test_a_town_s_own_name_beats_a_larger_city_s_foreign_name(
        stage: PlaceStage, text: str, name: str, town: str, country: str) -> None:
    place = place_of(analyse(stage, text, [(name, "GPE")]), name)
    # the gazetteer's own name stays among the variants (the name shown is the text's)
    assert town in place.variants and place.country == country


@pytest.mark.parametrize(("text", "name", "town"), [
    # a form of the city's own name ("New York" of New York City) or another spelling of
    # it ("Odessa" of Odesa) is no foreign name, though a smaller place bears it exactly
    ("Rents in New York rose again this spring.", "New York", "New York City"),
    ("The ferry to Odessa was full of soldiers.", "Odessa", "Odesa"),
])
def test_a_form_or_spelling_of_a_city_s_name_still_names_the_city(
        stage: PlaceStage, text: str, name: str, town: str) -> None:
    assert place_of(analyse(stage, text, [(name, "GPE")]), name).name == town
