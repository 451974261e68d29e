"""Rivers, lakes and gulfs: the curated waters of conflict news, the towns and counties a
water the gazetteer lacks is named after, and "the Gulf" said alone.

Hand-built mentions as the model would leave them; no spaCy model loads.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


def test_a_conflict_river_is_the_river_and_keeps_its_towns_in_place(stage: PlaceStage) -> None:
    text = "Israeli patrols moved along the Jordan River south of Jericho."
    mentions = analyse(stage, text, [("Israeli", "NORP"), ("the Jordan River", "LOC"),
                                     ("Jericho", "GPE")])
    assert place_of(mentions, "the Jordan River").name == "Jordan River"
    assert place_of(mentions, "Jericho").country == "PSE"


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Hezbollah fighters pulled back north of the Litani River.", "the Litani River", "Litani"),
    ("Syrian farmers irrigate from the Orontes River.", "the Orontes River", "Orontes"),
    ("Moldovan guards watched the Dniester River.", "the Dniester River", "Dniester"),
])
def test_a_river_of_conflict_news_is_in_the_gazetteer(stage: PlaceStage, text: str,
                                                      surface: str, name: str) -> None:
    place = place_of(analyse(stage, text, [(surface, "LOC")]), surface)
    assert (place.name, place.feature) == (name, "river")


def test_a_river_named_like_a_small_foreign_town_takes_no_town(stage: PlaceStage) -> None:
    # Albert is a small French town; nothing in the story is in France
    text = "Congolese troops crossed the Albert River near Bunia."
    mentions = analyse(stage, text, [("Congolese", "NORP"), ("the Albert River", "LOC"),
                                     ("Bunia", "GPE")])
    river = next(m for m in mentions if m.text == "the Albert River")
    assert river.place is None or river.place.country != "FRA"


def test_a_river_named_after_a_town_of_the_story_takes_the_town(stage: PlaceStage) -> None:
    text = "Sudanese troops blew up a bridge over the Atbara River."
    mentions = analyse(stage, text, [("Sudanese", "NORP"), ("the Atbara River", "LOC")])
    place = place_of(mentions, "the Atbara River")
    assert (place.name, place.country) == ("Atbara", "SDN")


def test_a_lake_named_after_a_town_of_a_named_state_takes_the_town(stage: PlaceStage) -> None:
    text = "Anglers from across Texas crowded Lake Conroe on Saturday."
    mentions = analyse(stage, text, [("Texas", "GPE"), ("Lake Conroe", "LOC")])
    place = place_of(mentions, "Lake Conroe")
    assert (place.name, place.country) == ("Conroe", "USA")


def test_a_river_named_after_a_county_takes_the_county(stage: PlaceStage) -> None:
    # a county's name is rarely shared far away: it counts whatever countries the story names
    text = "Canadian rafters drifted down the Yakima River."
    mentions = analyse(stage, text, [("Canadian", "NORP"), ("the Yakima River", "LOC")])
    place = place_of(mentions, "the Yakima River")
    assert (place.country, place.feature) == ("USA", "admin2")


@pytest.mark.parametrize(("text", "marked", "name"), [
    ("Iranian boats shadowed tankers in the Gulf.", [("Iranian", "NORP")], "Persian Gulf"),
    ("Rigs off Louisiana shut as the storm crossed the Gulf.", [("Louisiana", "GPE")],
     "Gulf of Mexico"),
])
def test_the_gulf_alone_is_the_gulf_whose_shores_the_story_names(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], name: str) -> None:
    mentions = analyse(stage, text, [*marked, ("the Gulf", "LOC")])
    assert place_of(mentions, "the Gulf").name == name


def test_the_gulf_alone_in_a_story_without_shores_is_no_place(stage: PlaceStage) -> None:
    mentions = analyse(stage, "Tankers crossed the Gulf under escort.", [("the Gulf", "LOC")])
    gulf = next(m for m in mentions if m.text == "the Gulf")
    assert gulf.place is None


def test_a_water_named_after_a_town_the_story_names_takes_the_town(stage: PlaceStage) -> None:
    text = "Volunteers cleaned up Dunmore. The Dunmore Reservoir trail reopened."
    mentions = analyse(stage, text, [("Dunmore", "GPE"), ("The Dunmore Reservoir", "LOC")])
    place = place_of(mentions, "The Dunmore Reservoir")
    assert (place.name, place.precision) == ("Dunmore", "town")


def test_a_water_in_a_story_that_names_no_country_takes_its_namesake(stage: PlaceStage) -> None:
    mentions = analyse(stage, "Volunteers cleared the Dunmore Reservoir trail.",
                       [("the Dunmore Reservoir", "LOC")])
    place = place_of(mentions, "the Dunmore Reservoir")
    assert (place.name, place.precision) == ("Dunmore", "town")
