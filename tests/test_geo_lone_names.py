"""A one-word name the model tagged as a person is a town only where a reader would take
it for one: no occurrence reads as a person's (a title before it, a verb of speech or
", who" after it) and one stands where places stand ("police from Ruston", "Ruston
police", "moved to Ruston", "a Ruston-based firm", in a list beside a tagged town).

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "marked", "town"), [
    ("Volunteers from Ruston joined the search on Sunday.", [("Ruston", "PERSON")], "Ruston"),
    ("Ruston police arrested two men after the robbery.", [("Ruston", "PERSON")], "Ruston"),
    ("The family moved to Ruston after the storm.", [("Ruston", "PERSON")], "Ruston"),
    ("A Ruston-based charity delivered the meals.", [("Ruston", "PERSON")], "Ruston"),
    # the object of a verb of taking a place by force
    ("Rebel columns entered Ruston before dawn.", [("Ruston", "PERSON")], "Ruston"),
    ("Militiamen seized Ruston after a week of fighting.", [("Ruston", "PERSON")], "Ruston"),
    ("Crews worked in Monroe, Ruston and Minden overnight.",
     [("Monroe", "GPE"), ("Ruston", "PERSON"), ("Minden", "GPE")], "Ruston"),
    # a name standing alone is read as the town another occurrence shows it to be
    ("Ruston will vote on the school levy in May. Ruston residents back it.",
     [("Ruston", "PERSON")], "Ruston"),
])
def test_a_one_word_person_standing_where_towns_stand_is_a_town(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], town: str) -> None:
    place = place_of(analyse(stage, text, marked), town)
    assert (place.name, place.country) == (town, "USA")


@pytest.mark.parametrize(("text", "marked"), [
    # no cue at all: a surname as often as a town
    ("Jackson told reporters on Monday that the budget would pass.", [("Jackson", "PERSON")]),
    ("Lawmakers sent a letter to Jackson on Tuesday.", [("Jackson", "PERSON")]),
    ("Lawmakers thanked Jackson for the report.", [("Jackson", "PERSON")]),
    # an inquiry into someone, a deal through someone: no place's preposition
    ("The committee opened an inquiry into Jackson on Monday.", [("Jackson", "PERSON")]),
    ("The sale went through Jackson, the family lawyer.", [("Jackson", "PERSON")]),
    # a place's cue, but another occurrence reads as a person's
    ("The prize went to Jackson, who thanked her coach.", [("Jackson", "PERSON")]),
    ("Supporters came from Jackson to hear her. Jackson said she was moved.",
     [("Jackson", "PERSON"), ("Jackson", "PERSON")]),
    ("Coach Warren praised the defense. Fans from Warren filled the stands.",
     [("Warren", "PERSON"), ("Warren", "PERSON")]),
])
def test_a_one_word_person_a_reader_takes_for_a_person_is_no_town(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    assert all(m.place is None for m in analyse(stage, text, marked))
