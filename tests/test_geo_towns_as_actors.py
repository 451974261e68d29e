"""A town the model tagged as an actor keeps its place.

* A story uses a name in one sense throughout: once one person- or organization-tagged
  occurrence reads as a town ("Ruston residents"), the others are the town too, even as
  the subject of a verb of speech ("Ruston says no"): a town that speaks is its
  government. Only a title before one ("Mayor Ruston") or ", who" after it keeps it a
  person's.
* A person-tagged name of several words that a determiner opens ("every Tulsa Drillers
  game") or an office's word follows ("Tulsa City" + "Manager") is a team's or an
  office's name: the town that opens it is a place inside it. A person's name takes
  neither.

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, marked_mentions

from belli.geo.stage import PlaceStage
from belli.records import Actor, Analysis, Article


def _places(stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> list[str | None]:
    return [m.place.name if m.place else None for m in analyse(stage, text, marked)]


@pytest.mark.parametrize(("text", "marked", "town"), [
    ("Ruston residents packed the hall. Ruston says it will not pay for the road.",
     [("Ruston", "PERSON"), ("Ruston", "PERSON")], "Ruston"),
    ("Crews worked in Tulsa overnight. Tulsa said a curfew would start on Monday.",
     [("Tulsa", "PERSON"), ("Tulsa", "PERSON")], "Tulsa"),
])
def test_a_town_that_speaks_is_the_town_the_story_names_elsewhere(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], town: str) -> None:
    assert _places(stage, text, marked) == [town, town]


@pytest.mark.parametrize(("text", "marked"), [
    # a title before it: the person who bears the town's name
    ("Crews worked in Ruston overnight. Mayor Ruston thanked them.",
     [("Ruston", "PERSON"), ("Ruston", "PERSON")]),
    # ", who" after it
    ("Crews worked in Ruston overnight. Ruston, who leads the crew, was tired.",
     [("Ruston", "PERSON"), ("Ruston", "PERSON")]),
    # "she" after one occurrence: a person's name throughout
    ("Crews worked in Ruston overnight. Ruston said she was proud of them.",
     [("Ruston", "PERSON"), ("Ruston", "PERSON")]),
    # the first was read as a town of a longer name ("Fort Abbas"): no town by this one
    ("Guards stood in Abbas's office. Abbas announced the talks would go on.",
     [("Abbas", "PERSON"), ("Abbas", "PERSON")]),
])
def test_a_namesake_of_a_placed_town_read_as_a_person_stays_one(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    assert _places(stage, text, marked)[1] is None


def test_a_speaker_no_occurrence_places_stays_a_person(stage: PlaceStage) -> None:
    text = "Jackson told reporters the budget would pass. Jackson said she was pleased."
    assert _places(stage, text, [("Jackson", "PERSON"), ("Jackson", "PERSON")]) == [None, None]


@pytest.mark.parametrize(("text", "marked", "town"), [
    ("Fans cheered at every Tulsa Drillers game this summer.",
     [("Tulsa Drillers", "PERSON")], "Tulsa"),
    ("The Leeds Rhinos won again on Saturday.", [("Leeds Rhinos", "PERSON")], "Leeds"),
    # a club's word ends the name, with no determiner
    ("Leeds United lost at home on Saturday.", [("Leeds United", "PERSON")], "Leeds"),
    ("The budget is late, said Tulsa City Manager Ann Cole.",
     [("Tulsa City", "PERSON"), ("Ann Cole", "PERSON")], "Tulsa"),
])
def test_a_town_opening_a_team_or_an_office_named_like_a_person_is_placed(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], town: str) -> None:
    assert _places(stage, text, marked)[0] == town


@pytest.mark.parametrize(("text", "marked"), [
    # "that" opens a clause here, not a name
    ("Fans said that Austin Powers was their favourite film hero.",
     [("Austin Powers", "PERSON")]),
    ("Paris Hilton arrived at the gala on Friday.", [("Paris Hilton", "PERSON")]),
])
def test_a_person_whose_name_opens_with_a_town_keeps_no_place(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    assert _places(stage, text, marked) == [None]


def test_a_determiner_before_a_singular_name_makes_no_team(stage: PlaceStage) -> None:
    """"the Paris Hilton" tagged as a person: a hotel's name in the singular, not a team's;
    the model's label decides."""
    text = "Guests at the Paris Hilton waited for an hour."
    assert _places(stage, text, [("Paris Hilton", "PERSON")]) == [None]


def test_a_speaking_town_keeps_the_actor_the_actor_stage_gave_it(stage: PlaceStage) -> None:
    """The place stage adds the place and leaves who acts alone: the town's government."""
    text = "Ruston residents packed the hall. Ruston says it will not pay for the road."
    government = Actor(text="Ruston", country="USA", sector="GOV")
    first, second = marked_mentions(text, [("Ruston", "PERSON"), ("Ruston", "PERSON")])
    analysis = Analysis(article=Article(doc_id="d", text=text),
                        mentions=(first, second.replace(actors=(government,))))
    speaking = stage.resolve(analysis).mentions[1]
    assert speaking.place is not None and speaking.place.name == "Ruston"
    assert speaking.actors == (government,)
