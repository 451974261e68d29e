"""Place names the model tags badly or not at all, and the points the gazetteer gives.

Hand-built mentions as the model and the actor stage would leave them; no spaCy model
loads. Each case states a convention of news text or of GeoNames-based data, not a gold
record.
"""

from __future__ import annotations

import math

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.gazetteer import Gazetteer
from belli.geo.missed import find_missed
from belli.geo.stage import PlaceStage
from belli.records import Analysis, Article


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dlon = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    cos = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dlon)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos)))


@pytest.mark.parametrize(("code", "lat", "lon"), [
    ("CAN", 60.1, -113.6),  # the Factbook's lies near Hudson Bay
    ("JPN", 35.7, 139.8),  # the Factbook's lies in the Alps
    ("USA", 39.8, -98.5),
])
def test_country_point_follows_the_geonames_convention(gazetteer: Gazetteer, code: str,
                                                       lat: float, lon: float) -> None:
    entry = gazetteer.country(code)
    assert entry is not None and _km(entry.lat, entry.lon, lat, lon) < 50


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Ontario", "CAN", 49.3, -84.5),  # its towns crowd along the Great Lakes
    ("Alaska", "USA", 64.0, -150.0),  # and around Anchorage
    ("Queensland", "AUS", -20.0, 145.0),  # and along the coast
])
def test_large_division_point_lies_in_the_middle_of_its_area(
        gazetteer: Gazetteer, name: str, country: str, lat: float, lon: float) -> None:
    entry = next(e for e in gazetteer.lookup(name)
                 if e.kind == "admin1" and e.country == country and not e.weak)
    assert _km(entry.lat, entry.lon, lat, lon) < 50


def test_untagged_repeat_of_a_place_is_the_same_place(stage: PlaceStage) -> None:
    text = "Peoria raised its sandbag goal. Crews in Peoria worked overnight as Peoria waited."
    mentions = analyse(stage, text, [("Peoria", "GPE")] * 2)  # the model tagged two of three
    repeats = [m for m in mentions if m.source == "repeat"]
    assert [text[m.start:m.end] for m in repeats] == ["Peoria"]
    assert repeats[0].place is not None and repeats[0].place.country == "USA"


def test_a_place_name_inside_a_person_name_is_no_repeat(stage: PlaceStage) -> None:
    text = "Officials in Washington cited George Washington on the bridge named for him."
    mentions = analyse(stage, text, [("Washington", "GPE")])
    assert not any(m.source == "repeat" for m in mentions)


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Levee holds. PEORIA, Ill. Heavy rain closed two roads.", "Peoria", "Illinois"),
    ("Vote set. MUNCIE, Ind. (AP)  Voters will decide the levy.", "Muncie", "Indiana"),
])
def test_dateline_that_lost_its_dash_still_names_the_place(stage: PlaceStage, text: str,
                                                           name: str, state: str) -> None:
    mentions = stage.resolve(Analysis(article=Article(doc_id="d", text=text))).mentions
    places = [m.place.name for m in mentions if m.source == "dateline" and m.place]
    assert places == [name, state]


def test_short_form_without_the_dot_a_tokenizer_split_off(gazetteer: Gazetteer) -> None:
    assert any(e.name == "West Virginia" for e in gazetteer.lookup("W.Va"))
    assert not any(e.name == "Louisiana" for e in gazetteer.lookup("La"))


@pytest.mark.parametrize(("text", "marked", "surface", "name", "feature"), [
    # a direction abbreviated as local papers write it
    ("Crews in N. Charleston cleared the road.", [("N. Charleston", "GPE")], "N. Charleston",
     "North Charleston", "city"),
    # a legislator's party taken into the place's mention
    ("Rep. Ann Lee, R-Cedar Rapids, voted no.", [("R-Cedar Rapids", "GPE")], "R-Cedar Rapids",
     "Cedar Rapids", "city"),
    # a public body the model tagged as a place
    ("Deputies of the Tazewell County Police searched the farm.",
     [("Tazewell County Police", "GPE")], "Tazewell County Police", "Tazewell County", "admin2"),
    # a state whose name holds a country's
    ("The New Mexico Republican Party endorsed him.",
     [("The New Mexico Republican Party", "GPE")], "The New Mexico Republican Party",
     "New Mexico", "admin1"),
])
def test_place_the_model_wrapped_in_a_longer_mention(stage: PlaceStage, text: str,
                                                     marked: list[tuple[str, str]], surface: str,
                                                     name: str, feature: str) -> None:
    place = place_of(analyse(stage, text, marked), surface)
    assert (place.name, place.country, place.feature) == (name, "USA", feature)


def test_place_named_as_itself_is_not_read_as_a_body(stage: PlaceStage) -> None:
    mentions = analyse(stage, "Tourists crowd the Spanish Quarter.",
                       [("the Spanish Quarter", "LOC")])
    quarter = next(m for m in mentions if m.text == "the Spanish Quarter")
    assert quarter.place is None or quarter.place.country != "ESP"


@pytest.mark.parametrize(("text", "marked", "surface", "name"), [
    ("Drones struck targets across the Sinai.", [("the Sinai", "LOC")], "the Sinai",
     "Sinai Peninsula"),
    ("Envoys toured the Middle East.", [("the Middle East", "LOC")], "the Middle East",
     "Middle East"),
])
def test_curated_region_outranks_a_same_named_town(stage: PlaceStage, text: str,
                                                       marked: list[tuple[str, str]],
                                                       surface: str, name: str) -> None:
    assert place_of(analyse(stage, text, marked), surface).name == name


@pytest.mark.parametrize(("text", "marked", "surface", "name"), [
    ("Sirens go up in Brick Township this spring.", [("Brick Township", "GPE")],
     "Brick Township", "Brick"),
    ("Rents rose in the Mallow district of Cork.", [("the Mallow district", "GPE")],
     "the Mallow district", "Mallow"),
])
def test_local_area_the_gazetteer_lacks_takes_its_town(stage: PlaceStage, text: str,
                                                       marked: list[tuple[str, str]],
                                                       surface: str, name: str) -> None:
    assert place_of(analyse(stage, text, marked), surface).name == name


def test_station_call_sign_marks_a_dateline(stage: PlaceStage) -> None:
    text = "Boaters found. CHATHAM COUNTY, GA (WTOC) - Two boaters were found."
    mentions = stage.resolve(Analysis(article=Article(doc_id="d", text=text))).mentions
    assert [m.place.name for m in mentions if m.source == "dateline" and m.place] == [
        "Chatham County"]


def test_a_former_name_of_a_city_loses_to_towns_of_that_very_name(stage: PlaceStage) -> None:
    # GeoNames lists "Franklin" among El Paso's names; a text that says Franklin means one
    # of the many towns called so
    mentions = analyse(stage, "The council of Franklin met on Monday.", [("Franklin", "GPE")])
    assert place_of(mentions, "Franklin").name == "Franklin"


@pytest.mark.parametrize(("text", "adjective", "name", "country"), [
    ("Texan ranchers sold their herds early.", "Texan", "Texas", "USA"),
    ("Scottish voters went to the polls.", "Scottish", "Scotland", "GBR"),
    ("Chechen fighters were seen near the border.", "Chechen", "Chechnya", "RUS"),
])
def test_adjective_of_a_division_names_the_division(stage: PlaceStage, text: str,
                                                    adjective: str, name: str,
                                                    country: str) -> None:
    place = place_of(analyse(stage, text, [(adjective, "NORP")]), adjective)
    assert (place.name, place.country, place.feature) == (name, country, "admin1")


def test_a_division_adjective_is_no_name_of_its_own(gazetteer: Gazetteer) -> None:
    # "Texan" names Texas only where the model reads it as a group, never as a town's name
    assert not any(e.name == "Texas" for e in gazetteer.lookup("Texan"))


def test_another_spelling_of_a_city_keeps_the_city(stage: PlaceStage) -> None:
    # GeoNames writes the Ukrainian port "Odesa"; the older spelling still names it
    mentions = analyse(stage, "Drones struck the port of Odessa overnight.", [("Odessa", "GPE")])
    assert place_of(mentions, "Odessa").country == "UKR"


def test_country_abbreviation_without_the_dot_a_tokenizer_split_off(stage: PlaceStage) -> None:
    mentions = analyse(stage, "Talks with the U.S. resumed.", [("U.S", "GPE")])
    assert place_of(mentions, "U.S").country == "USA"


def test_a_name_in_capitals_is_no_repeat(stage: PlaceStage) -> None:
    # in a heading or a text set in capitals every word is capitalized: no evidence
    text = "RIVER RISES AT PEORIA. Crews in Peoria worked overnight."
    mentions = analyse(stage, text, [("Peoria", "GPE")])
    assert not any(m.source == "repeat" for m in mentions)


@pytest.mark.parametrize(("written", "name"), [
    ("Mt. Airy", "Mount Airy"), ("Ft. Myers", "Fort Myers"), ("St. Cloud", "Saint Cloud"),
])
def test_abbreviated_word_finds_the_name_written_out(gazetteer: Gazetteer, written: str,
                                                     name: str) -> None:
    assert any(e.name == name and e.country == "USA" for e in gazetteer.lookup(written))


@pytest.mark.parametrize(("text", "marked", "surface", "lat", "lon"), [
    # the Yakima runs through Yakima County, Washington (a county: no other support needed)
    ("Rafts drifted down the Yakima River.", [("the Yakima River", "LOC")],
     "the Yakima River", 46.5, -120.7),
    # Lake Conroe lies by the town of Conroe, in the state the story names
    ("Anglers from across Texas crowded Lake Conroe.", [("Texas", "GPE"), ("Lake Conroe", "LOC")],
     "Lake Conroe", 30.4, -95.5),
])
def test_river_or_lake_the_gazetteer_lacks_takes_its_namesake(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], surface: str,
        lat: float, lon: float) -> None:
    place = place_of(analyse(stage, text, marked), surface)
    assert place.lat is not None and place.lon is not None
    assert place.country == "USA" and _km(place.lat, place.lon, lat, lon) < 100


def test_a_river_is_never_read_as_the_state_it_is_named_after(stage: PlaceStage) -> None:
    mentions = analyse(stage, "Floodwater rose on the Ohio River.", [("the Ohio River", "LOC")])
    river = next(m for m in mentions if m.text == "the Ohio River")
    assert river.place is None or river.place.feature != "admin1"


def test_division_demonym_inside_a_group_mention(stage: PlaceStage) -> None:
    mentions = analyse(stage, "Many Oregonians lost power.", [("Oregonians", "ORG")])
    place = place_of(mentions, "Oregonians")
    assert (place.name, place.feature) == ("Oregon", "admin1")


def test_village_the_gazetteer_lacks_lies_near_the_article_town(stage: PlaceStage) -> None:
    text = "Water rose in Mallow on Monday. Farmers near Zorbavalle lost sheep."
    mentions = analyse(stage, text, [("Mallow", "GPE"), ("Zorbavalle", "GPE")])
    village = place_of(mentions, "Zorbavalle")
    # placed at the town the article names, but never claimed as precisely as a town
    assert (village.name, village.country, village.precision) == ("Mallow", "IRL", "region")


def test_a_bare_direction_is_not_placed_at_the_article_town(stage: PlaceStage) -> None:
    text = "Water rose in Mallow on Monday, as it did across the West."
    mentions = analyse(stage, text, [("Mallow", "GPE"), ("the West", "LOC")])
    west = next(m for m in mentions if m.text == "the West")
    assert west.place is None


def test_a_party_tag_the_model_left_untagged_names_the_place(gazetteer: Gazetteer) -> None:
    text = "Sen. Bo Ray, D-Grand Forks, and Rep. Ann Lee (R-Mont.) backed the bill."
    assert [s.text for s in find_missed(text, gazetteer, [])] == ["Grand Forks", "Mont."]
