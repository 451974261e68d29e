"""A name news gives with a division word ("Katsina state", "the Kharkiv region", "the
province of Kandahar") is the first-level division of that name, spelled the gazetteer's
way or another (`belli.geo.division_names`); without the word, or where no division bears
the town's name, it stays the town.

Hand-built mentions as the model would leave them; no spaCy model loads.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.candidates import Candidate
from belli.geo.division_names import worded_divisions
from belli.geo.gazetteer import Gazetteer
from belli.geo.names import close_spelling
from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "name", "country", "code"), [
    # the model tags the name alone; the word after it makes it the state
    ("Bandits raided two villages in Katsina state on Sunday.", "Katsina", "NGA", "24"),
    # the word before it, with "of"
    ("Fighting spread across the province of Kandahar last week.", "Kandahar", "AFG", "23"),
])
def test_a_division_word_around_a_name_makes_it_the_division(
        stage: PlaceStage, text: str, name: str, country: str, code: str) -> None:
    place = place_of(analyse(stage, text, [(name, "GPE")]), name)
    assert (place.feature, place.country, place.gazetteer_id) == (
        "admin1", country, f"admin1:{country}.{code}")
    assert place.precision == "region"


@pytest.mark.parametrize(("text", "name", "division", "shown"), [
    # the gazetteer spells the division "Odessa", the town "Odesa"
    ("A ferry sank off the coast of the Odesa region on Friday.", "Odesa region",
     "admin1:UKR.17", "Odesa"),
    # and this one "Sagain": one name transliterated two ways
    ("Flooding cut roads across Sagaing region this week.", "Sagaing region",
     "admin1:MMR.10", "Sagaing"),
    # the town bears the division's name among its own ("Kiev")
    ("Air defences were busy over the Kyiv region all night.", "Kyiv region",
     "admin1:UKR.13", "Kyiv"),
])
def test_a_division_named_after_its_town_is_found_under_another_spelling(
        stage: PlaceStage, text: str, name: str, division: str, shown: str) -> None:
    place = place_of(analyse(stage, text, [(name, "GPE")]), name)
    assert (place.gazetteer_id, place.precision, place.name) == (division, "region", shown)


@pytest.mark.parametrize(("text", "name"), [
    # a division word elsewhere in the sentence is no word of the name
    ("Traffic slowed in Katsina as the state governor arrived.", "Katsina"),
    # a division word that opens a longer name is that name's
    ("Lecturers marched from Katsina State University to the palace.", "Katsina"),
])
def test_without_a_division_word_of_its_own_the_name_stays_the_town(
        stage: PlaceStage, text: str, name: str) -> None:
    assert place_of(analyse(stage, text, [(name, "GPE")]), name).feature == "city"


def test_a_town_no_division_is_named_after_gets_no_division(stage: PlaceStage) -> None:
    text = "Shells fell on villages of the Mariupol region overnight."
    (mention,) = analyse(stage, text, [("Mariupol region", "GPE")])
    assert mention.place is None  # the actor stage's town stands


@pytest.mark.parametrize(("one", "other", "expected"), [
    ("Sagaing", "Sagain", True),
    ("Kharkiv", "Kharkov", True),
    ("Sagaing", "Bago", False),
    ("Kyiv", "Kiev", False),  # too short to tell by its letters: a name of the town instead
])
def test_two_transliterations_of_one_name_are_close(one: str, other: str,
                                                    expected: bool) -> None:
    assert close_spelling(one, other) is expected


@pytest.mark.parametrize(("text", "name", "country"), [
    # "the state of X's ..." is how X fares, no division of X
    ("Observers criticised the state of Georgia's democracy after the vote in Tbilisi.",
     "Georgia", "GEO"),
    ("Investors fretted over the state of Mexico's economy this week.", "Mexico", "MEX"),
    ("Shippers complained about the state of Panama's ports on Monday.", "Panama", "PAN"),
])
def test_a_possessive_after_the_state_of_a_name_leaves_the_country(
        stage: PlaceStage, text: str, name: str, country: str) -> None:
    place = place_of(analyse(stage, text, [(name, "GPE")]), name)
    assert (place.feature, place.country) == ("country", country)


def test_the_state_of_a_name_without_a_possessive_is_still_the_division(
        stage: PlaceStage) -> None:
    text = "Storms lashed the state of Georgia overnight, officials in Atlanta said."
    place = place_of(analyse(stage, text, [("Georgia", "GPE"), ("Atlanta", "GPE")]),
                     "Georgia")
    assert (place.feature, place.country) == ("admin1", "USA")


def test_a_division_word_rules_out_the_towns_of_a_name_never_its_country(
        stage: PlaceStage) -> None:
    text = "Monitors in Tbilisi said the state of Georgia had held a fair vote."
    place = place_of(analyse(stage, text, [("Tbilisi", "GPE"), ("Georgia", "GPE")]),
                     "Georgia")
    assert (place.feature, place.country) == ("country", "GEO")


def test_the_worded_divisions_keep_a_country_candidate_and_drop_the_towns(
        gazetteer: Gazetteer) -> None:
    candidates = [Candidate(entry, "named") for entry in gazetteer.lookup("Mexico")]
    kept = {c.entry.kind for c in worded_divisions(gazetteer, "Mexico", candidates)}
    assert kept == {"admin1", "country"}
