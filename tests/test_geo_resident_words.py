"""A person-tagged name before a word that says who lives somewhere is a town ("a Cedar
Falls couple"); an office word ("a Jackson spokesman") follows a person's name as well, and
a name the story gives a person elsewhere stays that person's.

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "marked", "town"), [
    ("Police said a Cedar Falls couple lost their home to the fire.",
     [("Cedar Falls", "PERSON")], "Cedar Falls"),
    ("Dozens of Pine Bluff teens joined the cleanup on Saturday.",
     [("Pine Bluff", "PERSON")], "Pine Bluff"),
    # the same town, tagged a person twice, each time before a residence word
    ("A Glen Rose woman was hurt in the crash. Glen Rose residents raised funds for her.",
     [("Glen Rose", "PERSON"), ("Glen Rose", "PERSON")], "Glen Rose"),
])
def test_a_person_tagged_name_before_a_residence_word_is_a_town(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], town: str) -> None:
    place = place_of(analyse(stage, text, marked), town)
    assert (place.name, place.country, place.feature) == (town, "USA", "city")


@pytest.mark.parametrize(("text", "marked"), [
    # an office word: a spokesman speaks for a person as often as for a town
    (("Senator Tom Jackson of Ohio denied the report on Monday. A Jackson spokesman said "
      "the senator had been in Columbus all week."),
     [("Tom Jackson", "PERSON"), ("Ohio", "GPE"), ("Jackson", "PERSON"),
      ("Columbus", "GPE")]),
    ("Mayor Ann Glen Rose opened the fair in Texas. A Glen Rose aide said it drew a crowd.",
     [("Ann Glen Rose", "PERSON"), ("Texas", "GPE"), ("Glen Rose", "PERSON")]),
    # a residence word, but the story names a person so
    ("Pastor Tom Jackson led the service in Dallas. The Jackson family thanked the crowd.",
     [("Tom Jackson", "PERSON"), ("Dallas", "GPE"), ("Jackson", "PERSON")]),
])
def test_a_name_the_story_gives_a_person_is_no_town(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    mentions = analyse(stage, text, marked)
    assert [m.place for m in mentions if m.label == "PERSON"] == [None] * sum(
        label == "PERSON" for _, label in marked)
