"""Names the tagger got wrong, read as a reader would. An organization's acronym is no
town, though a town's name is spelt the same in other letters: "the BLA" (an armed group)
is not Bla in Mali; written as the town is, the name is still the town. A name the tagger
took for a person's after a strike's noun ("airstrikes on Rafah") is the town hit, where
the gazetteer knows one; a person attacked stays a person. Hand-built mentions and our own
sentences; no spaCy model loads."""

from __future__ import annotations

import pytest
from geo_fixtures import analyse

from belli.geo.stage import PlaceStage


def _place(stage: PlaceStage, text: str, surface: str, label: str = "ORG") -> str | None:
    mentions = analyse(stage, text, [(surface, label)])
    place = next(m for m in mentions if m.text == surface).place
    return None if place is None else place.country


@pytest.mark.parametrize("text", [
    "The BLA had warned a day earlier that it would strike again.",
    "BLA fighters attacked a convoy on Tuesday.",
])
def test_an_acronym_in_capitals_is_no_town_spelt_alike(stage: PlaceStage, text: str) -> None:
    assert _place(stage, text, "BLA") is None


def test_the_town_written_as_a_town_is_still_placed(stage: PlaceStage) -> None:
    assert _place(stage, "Fighters attacked a convoy near Bla on Tuesday.", "Bla") == "MLI"


@pytest.mark.parametrize("text", [
    "Israeli airstrikes on Rafah killed 20 people overnight.",
    "The shelling of Rafah went on for a third day.",
])
def test_a_person_tagged_town_after_a_strikes_noun_is_the_town(stage: PlaceStage, text: str) -> None:
    assert _place(stage, text, "Rafah", "PERSON") == "PSE"


@pytest.mark.parametrize(("text", "name"), [
    ("The attack on Rushdie shocked the world.", "Rushdie"),
    # "attack" and "assault" fall on people as often: a namesake town is no cue
    ("Gunmen carried out an attack on Morales on Sunday, officials said.", "Morales"),
])
def test_a_person_attacked_stays_a_person(stage: PlaceStage, text: str, name: str) -> None:
    assert _place(stage, text, name, "PERSON") is None
