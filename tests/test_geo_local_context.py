"""Local news: a town the text places once keeps that place, a town the gazetteer lacks
stays in the state the text names, and region adjectives name their region."""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.gazetteer import Gazetteer
from belli.geo.missed import parts_unmentioned, repeated_places
from belli.geo.stage import PlaceStage
from belli.records import Mention


def _places(stage: PlaceStage, text: str, marked: list[tuple[str, str]],
            surface: str) -> list[tuple[str | None, float | None]]:
    mentions = analyse(stage, text, marked)
    return [(m.place.country, m.place.lat) for m in mentions
            if m.text == surface and m.place is not None]


def test_town_placed_once_keeps_that_place_when_repeated(stage: PlaceStage) -> None:
    text = ("Paris, Tenn. — The school board met on Monday. "
            "Later, Paris' council approved the budget.")
    marked = [("Paris", "GPE"), ("Tenn.", "GPE"), ("Paris", "GPE")]
    found = _places(stage, text, marked, "Paris")
    assert len(found) == 2
    for country, lat in found:  # Paris, Tennessee lies near 36.3 N
        assert country == "USA" and lat is not None and abs(lat - 36.3) < 0.5


def test_town_missing_from_the_state_it_is_put_in_is_placed_in_that_state(
        stage: PlaceStage) -> None:
    # the gazetteer lists Lakewoods in nine states, none of them Kentucky
    text = "Deputies arrested a Lakewood, Ky., man on a burglary charge late Sunday."
    mentions = analyse(stage, text, [("Lakewood", "GPE"), ("Ky.", "GPE")])
    place = place_of(mentions, "Lakewood")
    assert place.name == "Kentucky"
    assert place.precision == "region"


def test_list_of_cities_is_no_container(stage: PlaceStage) -> None:
    text = "The airline plans flights from New York to Moscow, Kiev and Minsk next year."
    marked = [("New York", "GPE"), ("Moscow", "GPE"), ("Kiev", "GPE"), ("Minsk", "GPE")]
    place = place_of(analyse(stage, text, marked), "Moscow")
    assert (place.country, place.feature) == ("RUS", "city")


def test_region_adjective_names_the_region(stage: PlaceStage) -> None:
    text = "The ceasefire was agreed by Abkhazian and Russian officers."
    mentions = analyse(stage, text, [("Abkhazian", "NORP"), ("Russian", "NORP")])
    place = place_of(mentions, "Abkhazian")
    assert (place.name, place.country) == ("Abkhazia", "GEO")


def _repeats(text: str, tagged: list[tuple[str, str]]) -> list[str]:
    """Untagged repeats, given the mentions the model tagged (surface, label; last match)."""
    mentions = [Mention(doc_id="d", start=(at := text.rindex(surface)), end=at + len(surface),
                        text=surface, label=label) for surface, label in tagged]
    return [f"{s.text}@{s.start}" for s in repeated_places(text, mentions)]


_SALEM = [("Salem", "GPE")]


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # a headline's first word takes a capital only because it opens the sentence
    ("Missing Salem girl found safe. Police in Salem said she was well.", _SALEM, ["Salem@8"]),
    # a sentence's end before a name is no part of it
    ("Oops! Salem pipe bursts. The pipe in Salem burst.", _SALEM, ["Salem@6"]),
    # a title's short form runs on into the name
    ("Dr. Salem spoke. She lives in Salem.", _SALEM, []),
    # a person the model tagged stays a person
    ("Tom Salem spoke. He lives in Salem.", [("Tom Salem", "PERSON"), *_SALEM], []),
])
def test_untagged_repeat_of_a_place_after_a_sentence_start(
        text: str, tagged: list[tuple[str, str]], expected: list[str]) -> None:
    assert _repeats(text, tagged) == expected


@pytest.mark.parametrize(("text", "org", "town"), [
    ("Tickets went on sale through the Bentonville Chamber of Commerce.",
     "the Bentonville Chamber of Commerce", "Bentonville"),
    ("She studied at the Leeds College of Law for two years.", "the Leeds College of Law", "Leeds"),
])
def test_field_a_body_serves_is_no_place(stage: PlaceStage, text: str, org: str,
                                         town: str) -> None:
    place = place_of(analyse(stage, text, [(org, "ORG")]), org)
    assert place.name == town


@pytest.mark.parametrize(("org", "named"), [
    ("the Pasadena City Council", "Pasadena"),  # the council of the city
    ("the Kansas City Council", "Kansas City"),  # a city called so
])
def test_city_before_a_body_belongs_to_the_body(stage: PlaceStage, org: str,
                                                named: str) -> None:
    text = f"Members of {org} voted on Tuesday."
    place = place_of(analyse(stage, text, [(org, "ORG")]), org)
    assert f"named inside the mention: '{named}' →" in (place.reason or "")


def test_county_bare_name_before_its_police_is_the_county(stage: PlaceStage) -> None:
    text = "Officers said Washtenaw police had closed the road by noon."
    place = place_of(analyse(stage, text, [("Washtenaw police", "ORG")]), "Washtenaw police")
    assert (place.name, place.feature) == ("Washtenaw County", "admin2")


@pytest.mark.parametrize("text", [
    "Heavy snow is expected in Northwest Ohio by Friday.",
    "Storms swept Southwestern Pennsylvania overnight.",
])
def test_state_after_a_joined_direction_is_found(gazetteer: Gazetteer, text: str) -> None:
    found = parts_unmentioned(text, [], gazetteer)
    assert [s.text for s in found] in (["Ohio"], ["Pennsylvania"])


def test_party_tag_taken_for_a_name_is_the_members_town(stage: PlaceStage) -> None:
    text = "The amendment, offered by Sen. Tom Ruiz, R-Macon, failed by two votes."
    mentions = analyse(stage, text, [("Tom Ruiz", "PERSON"), ("R-Macon", "ORG")])
    place = place_of(mentions, "R-Macon")
    assert (place.name, place.country) == ("Macon", "USA")
