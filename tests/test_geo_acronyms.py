"""An organization's acronym is no town, though a town's name is spelt the same in
other letters: "the BLA" (an armed group) is not Bla in Mali. Written as the town is,
the name is still the town. Hand-built mentions and our own sentences; no spaCy model loads."""

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
