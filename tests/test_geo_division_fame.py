"""A province or state is as well known as a town of its population; Ireland's counties go
by their English names."""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of


@pytest.mark.parametrize(("text", "marked", "surface", "country"), [
    # a province of millions outranks a same-named city of a hundred thousand elsewhere
    ("Teachers in Ontario walked out on Monday.", [("Ontario", "GPE")], "Ontario", "CAN"),
    ("Wildfires spread across Ontario overnight.", [("Ontario", "GPE")], "Ontario", "CAN"),
])
def test_large_division_outranks_a_smaller_namesake_town(stage, text, marked, surface, country):
    place = place_of(analyse(stage, text, marked), surface)
    assert (place.country, place.feature) == (country, "admin1")


@pytest.mark.parametrize(("text", "surface", "feature"), [
    # a division named like its own big city is still the city: the city is the better known
    ("Talks resumed in New York on Friday.", "New York", "city"),
    ("The minister flew to Washington for the talks.", "Washington", "city"),
])
def test_namesake_city_keeps_its_name(stage, text, surface, feature):
    place = place_of(analyse(stage, text, [(surface, "GPE")]), surface)
    assert (place.country, place.feature) == ("USA", feature)


@pytest.mark.parametrize(("text", "marked", "surface"), [
    ("Floods closed roads across County Donegal on Tuesday.", [("County Donegal", "GPE")],
     "County Donegal"),
    ("Kerry County Council approved the plan.", [("Kerry County Council", "ORG")],
     "Kerry County Council"),
    ("Farmers in Wexford and Louth counted their losses.",
     [("Wexford", "GPE"), ("Louth", "GPE")], "Louth"),
])
def test_irish_counties_found_by_english_name(stage, text, marked, surface):
    place = place_of(analyse(stage, text, marked), surface)
    assert (place.country, place.feature) == ("IRL", "admin2")


def test_english_county_name_does_not_move_a_stated_town(stage):
    text = "A storm hit Mayo, Fla., on Sunday."
    place = place_of(analyse(stage, text, [("Mayo", "GPE"), ("Fla.", "GPE")]), "Mayo")
    assert place.country == "USA"


@pytest.mark.parametrize(("text", "marked", "surface"), [
    # an ordinary word opening a body's name is that name's word, not a small town
    ("Aid from the Red Crescent reached the camp.", [("the Red Crescent", "ORG")],
     "the Red Crescent"),
    ("Green Party members voted against the bill.", [("Green Party", "ORG")], "Green Party"),
    ("The Hope Foundation gave out blankets.", [("The Hope Foundation", "ORG")],
     "The Hope Foundation"),
])
def test_common_word_opening_a_body_is_no_town(stage, text, marked, surface):
    found = next(m for m in analyse(stage, text, marked) if m.text == surface)
    assert found.place is None


def test_town_named_elsewhere_still_opens_a_body(stage):
    text = "The Hope Foundation opened an office in Hope, British Columbia."
    marked = [("The Hope Foundation", "ORG"), ("Hope", "GPE"), ("British Columbia", "GPE")]
    assert place_of(analyse(stage, text, marked), "The Hope Foundation").country == "CAN"


def test_town_not_named_by_a_common_word_opens_a_body(stage):
    text = "Leeds police arrested two men."
    place = place_of(analyse(stage, text, [("Leeds police", "ORG")]), "Leeds police")
    assert place.country == "GBR"
