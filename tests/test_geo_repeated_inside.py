"""A name the article tags as a place elsewhere, met again inside an organization's name or
beside an acronym, is that place; inside a person's name it is not. A town named like a
country wins over the country only where the story names the town's neighbours or state,
never by naming the town's country alone; "fighters from X" places the fighters' X.

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, marked_mentions, place_of

from belli.geo.missed import repeated_places
from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "marked", "organization", "country"), [
    ("Flooding hit Tulsa on Monday. Volunteers with Together Tulsa handed out water.",
     [("Tulsa", "GPE"), ("Together Tulsa", "ORG")], "Together Tulsa", "USA"),
    ("Heavy rain fell on Nairobi. Volunteers with Keep Nairobi Clean cleared drains.",
     [("Nairobi", "GPE"), ("Keep Nairobi Clean", "ORG")], "Keep Nairobi Clean", "KEN"),
])
def test_an_organization_holding_a_place_named_elsewhere_lies_there(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], organization: str,
        country: str) -> None:
    mentions = analyse(stage, text, marked)
    assert place_of(mentions, organization).country == country


def test_a_person_whose_name_holds_a_place_named_elsewhere_gets_no_place(
        stage: PlaceStage) -> None:
    text = "Jordan closed a border crossing. Jordan Peterson spoke in Toronto."
    mentions = analyse(stage, text, [("Jordan", "GPE"), ("Jordan Peterson", "PERSON"),
                                     ("Toronto", "GPE")])
    person = next(m for m in mentions if m.text == "Jordan Peterson")
    assert person.place is None


@pytest.mark.parametrize(("text", "name"), [
    ("Two hikers were rescued near Marrowby on Sunday. Courtesy of Marrowby FD/handout",
     "Marrowby"),
    ("Hail struck Ashcombe overnight, according to WQXJ Ashcombe.", "Ashcombe"),
])
def test_a_place_beside_an_acronym_repeats_the_place(text: str, name: str) -> None:
    mentions = marked_mentions(text, [(name, "GPE")])
    spans = repeated_places(text, mentions)
    assert [(s.text, s.start) for s in spans] == [(name, text.rindex(name))]


def test_a_place_in_a_persons_untagged_name_is_no_repeat() -> None:
    text = "Jordan closed a border crossing. Fans cheered Michael Jordan later."
    assert repeated_places(text, marked_mentions(text, [("Jordan", "GPE")])) == []


@pytest.mark.parametrize(("text", "marked"), [
    (("Trade ministers of the United States, Canada and Mexico met in Washington. "
      "The next summit will be held in Peru in April."),
     [("United States", "GPE"), ("Canada", "GPE"), ("Mexico", "GPE"), ("Washington", "GPE"),
      ("Peru", "GPE")]),
    (("American farmers in Iowa and Kansas, U.S. traders in Chicago and officials in "
      "Washington welcomed the United States' new deal with Peru."),
     [("American", "NORP"), ("Iowa", "GPE"), ("Kansas", "GPE"), ("U.S.", "GPE"),
      ("Chicago", "GPE"), ("Washington", "GPE"), ("United States", "GPE"), ("Peru", "GPE")]),
])
def test_a_country_named_in_a_story_full_of_another_countrys_places_is_the_country(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    assert place_of(analyse(stage, text, marked), "Peru").country == "PER"


def test_a_town_named_like_a_country_stays_the_town_where_the_text_places_it(
        stage: PlaceStage) -> None:
    text = "The United States Postal Service opened a new office in Peru, Ind., on Monday."
    mentions = analyse(stage, text, [("United States", "GPE"), ("Peru", "GPE"),
                                     ("Ind.", "GPE")])
    assert place_of(mentions, "Peru").country == "USA"


@pytest.mark.parametrize(("text", "body", "town"), [
    ("Brigades of fighters from Benghazi joined the offensive, officials in Tripoli said.",
     "Brigades of fighters from Benghazi", ("Benghazi", "LBY")),
    ("Volunteers from Mosul rebuilt the school, officials in Baghdad said.",
     "Volunteers from Mosul", ("Mosul", "IRQ")),
])
def test_a_body_from_a_town_comes_from_there(stage: PlaceStage, text: str, body: str,
                                             town: tuple[str, str]) -> None:
    capital = "Tripoli" if "Tripoli" in text else "Baghdad"
    place = place_of(analyse(stage, text, [(body, "ORG"), (capital, "GPE")]), body)
    assert (place.name, place.country) == town
