"""An analyst's own places and the places an event is put in: the longest name the text
gives wins ("near Redhill post" is the analyst's post, not Redhill, England), an
analyst's place yields to same-named towns in a story set in another country, and an
event is placed at the finest place its clause names ("Kapan, in Armenia's Syunik
province" is Kapan, not the province).

Sentences and places written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from geo_fixtures import analyse, place_of

from belli.actors.kb import load_kb
from belli.geo.events import event_place
from belli.geo.gazetteer import load_gazetteer
from belli.geo.stage import PlaceStage
from belli.records import Mention

_OWN_PLACES = """name,variants,country,feature,lat,lon
Red Hill Checkpoint,Red Hill|Redhill post,ARM,checkpoint,39.5,46.1
Kestrel Ridge Outpost,Kestrel outpost,AZE,site,40.1,46.8
"""


@pytest.fixture(scope="module")
def own_stage(tmp_path_factory: pytest.TempPathFactory) -> PlaceStage:
    """The place stage with an analyst's places file."""
    path = Path(tmp_path_factory.mktemp("places")) / "mine.csv"
    path.write_text(_OWN_PLACES, "utf-8")
    return PlaceStage(load_kb(), load_gazetteer(extra=(str(path),)))


def _mention(mentions: list[Mention], start: int) -> Mention:
    return next(m for m in mentions if m.start == start)


@pytest.mark.parametrize(("text", "marked", "start", "widened", "expected"), [
    ("Shells fell on villages near Redhill post on Monday.",
     [("Redhill", "GPE")], 29, "Redhill post", "Red Hill Checkpoint"),
    ("Sappers cleared mines near Kestrel outpost overnight.",
     [("Kestrel", "PERSON")], 27, "Kestrel outpost", "Kestrel Ridge Outpost"),
    ("Trucks waited for days at the Lachin corridor.",  # belli's own places file
     [("Lachin", "GPE")], 30, "Lachin corridor", "Lachin corridor"),
])
def test_a_mention_widens_to_the_longest_curated_name(own_stage: PlaceStage, text: str,
                                                      marked: list[tuple[str, str]],
                                                      start: int, widened: str,
                                                      expected: str) -> None:
    mention = _mention(analyse(own_stage, text, marked), start)
    assert mention.text == widened
    assert mention.place is not None and mention.place.name == expected


@pytest.mark.parametrize(("text", "marked", "widened"), [
    # the model split one name in two: the curated name takes both pieces in
    ("Warships exercised in the Bay of Bengal on Monday.",
     [("the Bay of", "LOC"), ("Bengal", "GPE")], "the Bay of Bengal"),
    # "of" between a capitalized word and the name
    ("A tanker was seized in the Gulf of Oman.", [("Oman", "GPE")], "Gulf of Oman"),
])
def test_a_curated_name_with_of_is_read_whole(own_stage: PlaceStage, text: str,
                                              marked: list[tuple[str, str]],
                                              widened: str) -> None:
    mentions = analyse(own_stage, text, marked)
    whole = next(m for m in mentions if m.text == widened)
    assert whole.place is not None and whole.place.feature in ("sea", "gulf")
    assert not [m for m in mentions if m is not whole and m.start < whole.end
                and whole.start < m.end]


def test_a_mention_keeps_its_span_where_no_longer_curated_name_follows(
        own_stage: PlaceStage) -> None:
    text = "Redhill postal workers walked out on Friday."
    mention = _mention(analyse(own_stage, text, [("Redhill", "GPE")]), 0)
    assert mention.text == "Redhill"
    assert mention.place is not None and mention.place.country == "GBR"


@pytest.mark.parametrize(("text", "marked", "country"), [
    ("Fire crews fought flames near Red Hill in Queensland, Australia.",
     [("Red Hill", "GPE"), ("Queensland", "GPE"), ("Australia", "GPE")], "AUS"),
    ("Police searched a house in Red Hill, Pennsylvania, on Monday.",
     [("Red Hill", "GPE"), ("Pennsylvania", "GPE")], "USA"),
])
def test_an_analysts_place_yields_to_a_namesake_in_the_storys_country(
        own_stage: PlaceStage, text: str, marked: list[tuple[str, str]],
        country: str) -> None:
    place = place_of(analyse(own_stage, text, marked), "Red Hill")
    assert place.country == country and place.precision == "town"


@pytest.mark.parametrize(("text", "marked"), [
    ("Azerbaijani forces shelled villages near Red Hill, Armenia said.",
     [("Azerbaijani", "NORP"), ("Red Hill", "GPE"), ("Armenia", "GPE")]),
    ("Soldiers dug trenches around Red Hill overnight.", [("Red Hill", "GPE")]),
])
def test_an_analysts_place_wins_in_its_own_country_or_where_none_is_named(
        own_stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    place = place_of(analyse(own_stage, text, marked), "Red Hill")
    assert (place.name, place.precision) == ("Red Hill Checkpoint", "exact")


@pytest.mark.parametrize(("text", "marked"), [
    ("Goris, in Armenia's Syunik province, came under fire overnight.",
     [("Goris", "GPE"), ("Armenia", "GPE"), ("Syunik province", "LOC")]),
    ("Troops shelled farms near Goris, in Syunik province, on Monday.",
     [("Goris", "GPE"), ("Syunik province", "LOC")]),
    ("Drones hit a fuel depot at Goris, Syunik, in Armenia on Monday.",
     [("Goris", "GPE"), ("Syunik", "LOC"), ("Armenia", "GPE")]),
])
def test_an_event_takes_the_finest_place_its_clause_names(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    place = event_place(text, analyse(stage, text, marked), 0, len(text),
                        trigger=text.index(marked[-1][0]))
    assert place is not None and (place.name, place.precision) == ("Goris", "town")
    assert "which holds 'Goris'" in (place.reason or "")


@pytest.mark.parametrize(("text", "marked"), [
    ("Residents fled Goris as troops shelled villages in Syunik province.",
     [("Goris", "GPE"), ("Syunik province", "LOC")]),
    ("Goris and villages in Syunik province came under fire.",
     [("Goris", "GPE"), ("Syunik province", "LOC")]),
])
def test_a_place_named_apart_from_the_container_does_not_narrow_it(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    place = event_place(text, analyse(stage, text, marked), text.index("villages"),
                        len(text), trigger=text.index("Syunik"))
    assert place is not None and (place.name, place.precision) == ("Syunik", "region")


def test_a_tv_channel_is_not_the_english_channel(own_stage: PlaceStage) -> None:
    # "the Channel" folds to "channel": no alias of the strait may be that bare word
    mentions = analyse(own_stage, "Israel's Channel 12 reported the strike on Monday.",
                       [("Israel", "GPE"), ("Channel 12", "ORG")])
    channel = next(m for m in mentions if m.text.startswith("Channel"))
    assert channel.place is None or channel.place.name != "English Channel"
