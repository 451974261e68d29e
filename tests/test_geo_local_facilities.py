"""A facility the gazetteer lacks (a canal, a chapel, a race circuit) lies where the text
puts it, else in the town the story names most; a facility tagged with its division after
a comma ("X Raceway, Somerset") lies in that division.

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "marked", "facility", "town"), [
    ("Boats crowded the Grand Union Canal in Leicester on Sunday.",
     [("the Grand Union Canal", "FAC"), ("Leicester", "GPE")], "the Grand Union Canal",
     ("Leicester", "GBR")),
    ("Police in Galway closed two roads. Crowds later filled St Nicholas Chapel.",
     [("Galway", "GPE"), ("St Nicholas Chapel", "FAC")], "St Nicholas Chapel",
     ("Galway", "IRL")),
])
def test_a_facility_the_gazetteer_lacks_lies_in_the_storys_town(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], facility: str,
        town: tuple[str, str]) -> None:
    place = place_of(analyse(stage, text, marked), facility)
    assert (place.name, place.country) == town
    assert place.precision != "exact"  # only near the town, never pinned on it


def test_a_facility_in_a_story_without_places_stays_unplaced(stage: PlaceStage) -> None:
    text = "Crowds later filled St Nicholas Chapel."
    mentions = analyse(stage, text, [("St Nicholas Chapel", "FAC")])
    assert mentions[0].place is None


@pytest.mark.parametrize(("text", "facility", "division"), [
    ("The series moves to Thornbury Raceway, Somerset, next month.",
     "Thornbury Raceway, Somerset", ("Somerset", "GBR")),
    ("Marines trained at Camp Kestrel Ridge, Djibouti, last spring.",
     "Camp Kestrel Ridge, Djibouti", ("Djibouti", "DJI")),
])
def test_a_facility_tagged_with_its_division_lies_in_the_division(
        stage: PlaceStage, text: str, facility: str, division: tuple[str, str]) -> None:
    place = place_of(analyse(stage, text, [(facility, "FAC")]), facility)
    assert (place.name, place.country) == division
