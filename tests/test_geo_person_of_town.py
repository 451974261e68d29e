"""A place named before a person ("a Bolivia woman", "two Peru men") is a town: of a
country news writes "a Lebanese woman". Countries stay countries everywhere else.

Hand-built mentions as the model and the actor stage would leave them; no spaCy model
loads. Each case states a convention of news text, not a gold record.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "name"), [
    ("Deputies said a Bolivia woman, 41, was charged with theft.", "Bolivia"),
    ("Two Peru men were hurt when the barn collapsed.", "Peru"),
])
def test_a_country_s_name_before_a_person_is_a_town(stage: PlaceStage, text: str,
                                                    name: str) -> None:
    place = place_of(analyse(stage, text, [(name, "GPE")]), name)
    assert place.feature == "city"


@pytest.mark.parametrize(("text", "marked", "code"), [
    ("Lebanon's residents queued for bread.", ("Lebanon", "GPE"), "LBN"),
    ("Officials in Lebanon said a Syrian man was held.", ("Lebanon", "GPE"), "LBN"),
    ("A Georgia man was arrested in Savannah.", ("Georgia", "GPE"), "USA"),
])
def test_elsewhere_the_name_keeps_its_usual_reading(stage: PlaceStage, text: str,
                                                    marked: tuple[str, str],
                                                    code: str) -> None:
    assert place_of(analyse(stage, text, [marked]), marked[0]).country == code
