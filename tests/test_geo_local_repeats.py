"""Local news names its town in many guises: before the town's offices and schools, in
lists of neighbouring towns, in a county's road or fairground, in a legislator's tag.
Each guise is the same place wherever the model tags it or not."""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.gazetteer import Gazetteer
from belli.geo.missed import find_missed, repeated_places
from belli.geo.names import same_name
from belli.geo.stage import PlaceStage
from belli.records import Mention


def _repeats(text: str, tagged: str) -> list[str]:
    """Untagged repeats of `tagged`, which the model tagged at its last occurrence only."""
    at = text.rindex(tagged)
    mentions = [Mention(doc_id="d", start=at, end=at + len(tagged), text=tagged, label="GPE")]
    return [f"{s.text}@{s.start}" for s in repeated_places(text, mentions)]


@pytest.mark.parametrize(("text", "expected"), [
    # a town's own institutions bear its name, however long their name runs
    ("The Salem Volunteer Fire Department was called. Homes in Salem lost power.",
     ["Salem@4"]),
    ("Salem Mayor Ann Lee cut the ribbon. The park in Salem opens Monday.", ["Salem@0"]),
    ("Pupils of Salem Memorial High School sang. Parents in Salem cheered.", ["Salem@10"]),
    # a name that only opens another name is no place
    ("The Salem Witch Trials drew tourists. Hotels in Salem filled up.", []),
])
def test_town_opening_an_untagged_institution_is_the_town(text: str,
                                                          expected: list[str]) -> None:
    assert _repeats(text, "Salem") == expected


def _placed(stage: PlaceStage, text: str, marked: list[tuple[str, str]],
            surface: str) -> list[tuple[str | None, float | None]]:
    return [(m.place.name, m.place.lat) for m in analyse(stage, text, marked)
            if m.text == surface and m.place is not None]


@pytest.mark.parametrize(("text", "marked"), [
    # a headline's town tagged as an organization, then standing alone
    ("Brookings backs new park. Officials said Brookings will pay half the cost.",
     [("Brookings", "ORG")]),
    # a town found inside its police force's name, then standing alone
    ("Norwalk police arrested two men. They had been seen in a Norwalk parking lot.",
     [("Norwalk police", "ORG")]),
])
def test_town_placed_once_is_placed_at_its_untagged_repeats(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    town = marked[0][0].split()[0]
    mentions = analyse(stage, text, marked)
    first = place_of(mentions, marked[0][0])
    repeats = [m for m in mentions if m.text == town and m.start > len(marked[0][0])]
    assert len(repeats) == 1 and repeats[0].place is not None
    assert (repeats[0].place.name, repeats[0].place.lat) == (first.name, first.lat)


def test_person_tagged_name_is_not_echoed(stage: PlaceStage) -> None:
    text = "Tyler scored twice on Friday, and then Tyler thanked the fans."
    mentions = analyse(stage, text, [("Tyler", "PERSON")])
    assert [m.start for m in mentions if m.text == "Tyler"] == [0]


@pytest.mark.parametrize(("text", "facility", "county"), [
    ("The fair returns to the Ashe County Fairgrounds next week.",
     "the Ashe County Fairgrounds", "Ashe County"),
    ("Traffic was sent onto Polk County Road 12 after the crash.",
     "Polk County Road 12", "Polk County"),
])
def test_county_named_in_full_opening_a_facility_holds_it(
        stage: PlaceStage, text: str, facility: str, county: str) -> None:
    place = place_of(analyse(stage, text, [(facility, "FAC")]), facility)
    assert (place.name, place.feature) == (county, "admin2")


@pytest.mark.parametrize(("text", "marked", "town"), [
    ("Deputies patrolled Hondo and Pine Bluff overnight.",
     [("Hondo", "GPE"), ("Pine Bluff", "PERSON")], "Pine Bluff"),
    ("Volunteers from Elgin, Bastrop and Dripping Springs filled sandbags.",
     [("Elgin", "GPE"), ("Bastrop", "GPE"), ("Dripping Springs", "PERSON")], "Dripping Springs"),
])
def test_name_listed_with_towns_is_a_town(stage: PlaceStage, text: str,
                                          marked: list[tuple[str, str]], town: str) -> None:
    place = place_of(analyse(stage, text, marked), town)
    assert (place.country, place.feature) == ("USA", "city")


def test_person_listed_with_a_town_stays_a_person(stage: PlaceStage) -> None:
    text = "Deputies from Hondo and Jim Castroville searched the creek."
    mentions = analyse(stage, text, [("Hondo", "GPE"), ("Jim Castroville", "PERSON")])
    assert next(m for m in mentions if m.text == "Jim Castroville").place is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The bill's sponsors, Sen. Ann Lee, D-Ames and Rep. Tom Ruiz, D-Ida Grove, spoke.",
     ["Ames", "Ida Grove"]),
    ("Rep. Ann Lee (R-Ames) and Sen. Tom Ruiz, R-Ida Grove; both voted no.",
     ["Ames", "Ida Grove"]),
    # no comma or bracket before the tag: no legislator's tag
    ("The D-Ames and R-Ida Grove signs were stolen.", []),
])
def test_party_tag_names_the_members_town_in_a_list(gazetteer: Gazetteer, text: str,
                                                    expected: list[str]) -> None:
    assert [s.text for s in find_missed(text, gazetteer, [])] == expected


@pytest.mark.parametrize(("text", "person"), [
    ("Deputies found a Glen Rose woman unharmed on Sunday.", "Glen Rose"),
    ("Several Pine Bluff residents spoke at the meeting.", "Pine Bluff"),
])
def test_person_tagged_town_before_a_resident_noun_is_the_town(stage: PlaceStage, text: str,
                                                               person: str) -> None:
    place = place_of(analyse(stage, text, [(person, "PERSON")]), person)
    assert (place.country, place.feature) == ("USA", "city")


def test_person_tagged_name_before_a_verb_stays_a_person(stage: PlaceStage) -> None:
    text = "Glen Rose said on Sunday that the road would reopen."
    mentions = analyse(stage, text, [("Glen Rose", "PERSON")])
    assert next(m for m in mentions if m.text == "Glen Rose").place is None


@pytest.mark.parametrize(("text", "marked", "town"), [
    ("Parking fees in Downtown Tulsa rise next month.", ("Downtown Tulsa", "GPE"), "Tulsa"),
    ("Snow fell across Metro Denver overnight.", ("Metro Denver", "GPE"), "Denver"),
    ("The Downtown Tulsa Partnership hired a director.",
     ("The Downtown Tulsa Partnership", "ORG"), "Tulsa"),
])
def test_area_word_before_a_town_names_the_town(stage: PlaceStage, text: str,
                                                marked: tuple[str, str], town: str) -> None:
    place = place_of(analyse(stage, text, [marked]), marked[0])
    assert (place.name, place.feature) == (town, "city")


def test_area_word_before_no_town_names_no_place(stage: PlaceStage) -> None:
    text = "The Metro Transit Authority raised fares."
    mentions = analyse(stage, text, [("The Metro Transit Authority", "ORG")])
    assert mentions[0].place is None


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Ft. Smith", "Fort Smith", True),
    ("St Charles", "Saint Charles", True),
    ("Fort Smith", "Smith", False),
])
def test_abbreviated_words_name_the_same_place(one: str, other: str, same: bool) -> None:
    assert same_name(one, other) is same


def test_abbreviated_town_opening_a_body_finds_every_town_so_named(stage: PlaceStage) -> None:
    text = "Reporters at the Ft. Smith Times in Arkansas said the vote was close."
    mentions = analyse(stage, text, [("the Ft. Smith Times", "ORG"), ("Arkansas", "GPE")])
    place = place_of(mentions, "the Ft. Smith Times")
    assert place.country == "USA" and place.lat is not None and abs(place.lat - 35.4) < 0.3
