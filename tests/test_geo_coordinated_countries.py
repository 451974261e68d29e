"""Countries named side by side inside one mention, and regions news names by a
country's coast or island.

Hand-built mentions as the model and the actor stage would leave them; no spaCy model
loads. Each case states a convention of news text, not a gold record.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


def _countries(mentions: list, holder: str) -> dict[str, str | None]:
    """The country of each coordinated part inside `holder`'s span."""
    whole = next(m for m in mentions if m.text == holder)
    return {m.text: m.place.country if m.place else None for m in mentions
            if m.source == "coordinated" and whole.start <= m.start and m.end <= whole.end}


@pytest.mark.parametrize(("text", "holder", "expected"), [
    ("The Dutch and Kenyan ministries signed a trade pact.",
     "Dutch and Kenyan ministries", {"Dutch": "NLD", "Kenyan": "KEN"}),
    ("Observers from the Peru-Chile commission toured the border.",
     "the Peru-Chile commission", {"Peru": "PER", "Chile": "CHL"}),
    ("Polish, Czech and Slovak envoys met in the capital.",
     "Polish, Czech and Slovak envoys", {"Polish": "POL", "Czech": "CZE", "Slovak": "SVK"}),
])
def test_each_coordinated_country_gets_its_own_place(stage: PlaceStage, text: str,
                                                     holder: str,
                                                     expected: dict[str, str]) -> None:
    mentions = analyse(stage, text, [(holder, "ORG")])
    assert _countries(mentions, holder) == expected


def test_the_coordination_itself_lies_in_no_one_country(stage: PlaceStage) -> None:
    text = "The Dutch and Kenyan ministries signed a trade pact."
    mentions = analyse(stage, text, [("Dutch and Kenyan ministries", "ORG")])
    assert next(m for m in mentions if m.text == "Dutch and Kenyan ministries").place is None


def test_every_country_of_a_longer_list_counts(stage: PlaceStage) -> None:
    text = "It seated Serbian, Vojvodina and Hungarian and Slovak officials."
    holder = "Serbian, Vojvodina and Hungarian and Slovak officials"
    found = _countries(analyse(stage, text, [(holder, "ORG")]), holder)
    assert (found["Serbian"], found["Hungarian"], found["Slovak"]) == ("SRB", "HUN", "SVK")


@pytest.mark.parametrize(("text", "holder", "code"), [
    ("Trinidad and Tobago officials met reporters.", "Trinidad and Tobago officials", "TTO"),
    ("Kenyan ministers flew home.", "Kenyan ministers", "KEN"),
])
def test_one_country_is_not_split(stage: PlaceStage, text: str, holder: str,
                                  code: str) -> None:
    mentions = analyse(stage, text, [(holder, "ORG")])
    assert not [m for m in mentions if m.source == "coordinated"]
    assert place_of(mentions, holder).country == code


def test_a_place_named_after_two_countries_is_not_split(stage: PlaceStage) -> None:
    text = "Trucks queued at the Peru-Chile border for days."
    mentions = analyse(stage, text, [("the Peru-Chile border", "LOC")])
    assert not [m for m in mentions if m.source == "coordinated"]


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Wildfires spread along the West Coast as Oregon and California burned.",
     "the West Coast", "USA"),
    ("Snow closed highways across the Midwest and into Ohio.", "the Midwest", "USA"),
    ("Hikers crossed the South Island from Nelson to Dunedin.", "the South Island", "NZL"),
])
def test_a_country_s_coast_or_island_is_a_region_of_it(stage: PlaceStage, text: str,
                                                       name: str, code: str) -> None:
    assert place_of(analyse(stage, text, [(name, "LOC")]), name).country == code


def test_a_coast_the_text_puts_in_another_country_stays_there(stage: PlaceStage) -> None:
    text = "Floods cut roads on the West Coast of New Zealand."
    place = place_of(analyse(stage, text, [("the West Coast", "LOC"), ("New Zealand", "GPE")]),
                     "the West Coast")
    assert place.country == "NZL"
