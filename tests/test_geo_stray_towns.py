"""A small town whose country no other place of the story names is no place of the story.
Read inside a body's name ("Peel" in "Peel Regional Police", Peel being a small town
of the Isle of Man) it is the body's namesake; named on its own beside three or more
places of another country it is a local name the gazetteer reads wrongly, which gets no
place at all (never the story's focus, kept for names the gazetteer lacks). Where the story
names the town's country on its own, the town stays.

Hand-built mentions and our own sentences; no spaCy model loads.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "marked", "body"), [
    ("Officers of the Peel Regional Police searched a home in Mississauga, Ontario.",
     [("the Peel Regional Police", "ORG"), ("Mississauga", "GPE"), ("Ontario", "GPE")],
     "the Peel Regional Police"),
    ("Farmers near Mississauga, Ontario, met at the Peel Valley Growers Cooperative.",
     [("Mississauga", "GPE"), ("Ontario", "GPE"), ("the Peel Valley Growers Cooperative", "ORG")],
     "the Peel Valley Growers Cooperative"),
])
def test_a_small_foreign_town_inside_a_body_s_name_is_no_place_of_the_story(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], body: str) -> None:
    """Peel, Isle of Man, is a small town; the story names only Canada on its own."""
    assert next(m for m in analyse(stage, text, marked) if m.text == body).place is None


def test_a_small_town_inside_a_body_s_name_stays_where_the_story_names_its_country(
        stage: PlaceStage) -> None:
    text = "The Peel Harbour Board met in Douglas, on the Isle of Man, on Friday."
    marked = [("The Peel Harbour Board", "ORG"), ("Douglas", "GPE"), ("the Isle of Man", "GPE")]
    place = place_of(analyse(stage, text, marked), "The Peel Harbour Board")
    assert (place.name, place.country) == ("Peel", "IMN")


@pytest.mark.parametrize(("text", "marked", "name"), [
    # the gazetteer's only Rehab is a small Jordanian town; this one lies near Cairo
    ("Academies opened in Rehab and New Cairo, east of Cairo, the Egyptian capital, Egypt.",
     [("Rehab", "GPE"), ("New Cairo", "GPE"), ("Cairo", "GPE"), ("Egypt", "GPE")], "Rehab"),
    # Schengen, the Luxembourg village, names a travel zone in a story set in France
    ("Checks inside the Schengen zone returned, police in Paris, Lyon and Lille said.",
     [("Schengen", "GPE"), ("Paris", "GPE"), ("Lyon", "GPE"), ("Lille", "GPE")], "Schengen"),
])
def test_a_lone_small_town_of_a_country_the_story_never_names_gets_no_place(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], name: str) -> None:
    """The gazetteer holds the name, so it is no unlisted local place: it is never put at
    the story's focus, a wrong pin being worse than none."""
    assert next(m for m in analyse(stage, text, marked) if m.text == name).place is None


def test_a_name_the_gazetteer_lacks_still_lies_at_the_story_s_focus(stage: PlaceStage) -> None:
    text = "Checks inside the Marrowby zone returned, police in Paris, Lyon and Lille said."
    marked = [("Marrowby", "GPE"), ("Paris", "GPE"), ("Lyon", "GPE"), ("Lille", "GPE")]
    place = place_of(analyse(stage, text, marked), "Marrowby")
    assert (place.name, place.country, place.precision) == ("Paris", "FRA", "region")


def test_a_lone_small_town_stays_where_the_story_names_its_country_among_others(
        stage: PlaceStage) -> None:
    text = "Ministers met in Schengen, Luxembourg, then flew to Paris, Lyon and Lille."
    marked = [("Schengen", "GPE"), ("Luxembourg", "GPE"), ("Paris", "GPE"), ("Lyon", "GPE"),
              ("Lille", "GPE")]
    place = place_of(analyse(stage, text, marked), "Schengen")
    assert (place.name, place.country) == ("Schengen", "LUX")


def test_a_lone_small_town_stays_where_the_story_names_its_country(stage: PlaceStage) -> None:
    text = "Talks moved from Cairo to Rehab, Jordan, then to Amman and Aqaba in Jordan."
    marked = [("Cairo", "GPE"), ("Rehab", "GPE"), ("Jordan", "GPE"), ("Amman", "GPE"),
              ("Aqaba", "GPE"), ("Jordan", "GPE")]
    place = place_of(analyse(stage, text, marked), "Rehab")
    assert (place.name, place.country, place.precision) == ("Rehab", "JOR", "town")


@pytest.mark.parametrize(("text", "marked", "name", "country"), [
    # beside names of several countries a story roams: no one country sets it
    ("The summit in Davos drew leaders from Washington, Beijing and Brussels.",
     [("Davos", "GPE"), ("Washington", "GPE"), ("Beijing", "GPE"), ("Brussels", "GPE")],
     "Davos", "CHE"),
    ("Runners from Iten beat rivals from Boston, Berlin and Tokyo.",
     [("Iten", "GPE"), ("Boston", "GPE"), ("Berlin", "GPE"), ("Tokyo", "GPE")], "Iten", "KEN"),
    # an adjective names the town's country
    ("Delegates from Ankara, Moscow and Tehran met in the Kazakh resort of Burabay.",
     [("Ankara", "GPE"), ("Moscow", "GPE"), ("Tehran", "GPE"), ("Kazakh", "NORP"),
      ("Burabay", "GPE")], "Burabay", "KAZ"),
])
def test_a_lone_small_town_stays_in_a_story_of_several_countries(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], name: str,
        country: str) -> None:
    place = place_of(analyse(stage, text, marked), name)
    assert (place.name, place.country, place.precision) == (name, country, "town")


@pytest.mark.parametrize("text", [
    "DAVOS (Reuters) - Leaders from Washington, Beijing and Brussels met on Tuesday.",
    "DAVOS (Reuters) - Police in Paris, Lyon and Lille said on Tuesday they made arrests.",
])
def test_a_dateline_s_small_town_always_stays(stage: PlaceStage, text: str) -> None:
    """Where a story was filed no other name of it outweighs, even three of one country."""
    others = [w for w in ("Washington", "Beijing", "Brussels", "Paris", "Lyon", "Lille")
              if w in text]
    place = place_of(analyse(stage, text, [(w, "GPE") for w in others]), "DAVOS")
    assert (place.name, place.country) == ("Davos", "CHE")


def test_a_stray_town_named_alone_and_inside_a_longer_name_gets_no_place_in_either(
        stage: PlaceStage) -> None:
    """One name, one reading: the bare name dropped does not keep its town for the phrase."""
    text = "Police from Cairo, Giza and Alexandria met Rehab residents near Rehab."
    marked = [("Cairo", "GPE"), ("Giza", "GPE"), ("Alexandria", "GPE"),
              ("Rehab residents", "ORG"), ("Rehab", "GPE")]
    mentions = analyse(stage, text, marked)
    assert [m.place for m in mentions if m.text.startswith("Rehab")] == [None, None]
