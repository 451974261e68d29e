"""Inside a body's name, where it lies beats whom or what it is named for; an acronym
is no town.

"The College of St. Paul in Denver" lies in Denver: a place after "in" is the body's
seat, one after "of" often a saint's, a founder's or a field's name. "MoD" is an
acronym, not a town the gazetteer lists under another name. Hand-built mentions and our
own sentences; no spaCy model loads.
"""

from __future__ import annotations

from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


def test_the_place_a_body_lies_in_beats_the_place_it_is_named_for(stage: PlaceStage) -> None:
    text = "A lecturer at the College of St. Paul in Denver said the rules would change."
    surface = "the College of St. Paul in Denver"
    place = place_of(analyse(stage, text, [(surface, "ORG")]), surface)
    assert (place.name, place.country) == ("Denver", "USA")


def test_a_body_named_of_a_place_with_no_seat_given_is_that_place(stage: PlaceStage) -> None:
    text = "The University of Nebraska raised its fees."
    surface = "The University of Nebraska"
    place = place_of(analyse(stage, text, [(surface, "ORG")]), surface)
    assert (place.name, place.country) == ("Nebraska", "USA")


def test_an_acronym_with_lower_case_letters_inside_names_no_town(stage: PlaceStage) -> None:
    mentions = analyse(stage, "The MoD named the soldier on Friday.", [("MoD", "GPE")])
    assert mentions[0].place is None
