"""Streets the model left untagged lie in the story's town: "Desire Street", "14th St.",
"Bourbon and Dauphine streets". A street's name is never read as a town of that name.

Our own sentences with invented or ordinary street names; no spaCy model loads.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from geo_fixtures import marked_mentions

from belli.geo.stage import PlaceStage
from belli.geo.streets import streets_unmentioned
from belli.records import Analysis, Article, Mention, Sentence


def analyse(stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> list[Mention]:
    """The marked mentions as the place stage resolves them, in the sentences the
    pipeline would give (each ends at a stop and a space; a title's stop ends none)."""
    stops = [0, *(m.end() for m in re.finditer(r"(?<!\bMr)[.!?]\s+", text)), len(text)]
    sentences = tuple(Sentence(doc_id="d", index=i, start=a, end=b, text=text[a:b])
                      for i, (a, b) in enumerate(pairwise(stops)) if a < b)
    analysis = Analysis(article=Article(doc_id="d", text=text), sentences=sentences,
                        mentions=tuple(marked_mentions(text, marked)))
    return list(stage.resolve(analysis).mentions)


@pytest.mark.parametrize(("text", "names"), [
    ("The parade turned onto Gravier Street at noon.", ["Gravier Street"]),
    ("Two men were arrested on 14th St. on Thursday.", ["14th St."]),
    ("The council renamed Third street after the late mayor.", ["Third street"]),
    ("Buses ran down Larkin and Ortega streets all night.", ["Larkin", "Ortega streets"]),
    ("The Elm Road bridge closed.", ["Elm Road"]),
    ("Elm Road closed at dawn.", ["Elm Road"]),
    ("Shops on Larkin Street shut. Traffic was light.", ["Larkin Street"]),
    ("Traders gathered on Wall Street.", ["Wall Street"]),
    ("Tulsa's Fifth Street was shut.", ["Fifth Street"]),
    # a function word that opens the sentence is no part of the name
    ("On Main Street, police set up a cordon.", ["Main Street"]),
    ("Near Elm Street the crowd thinned.", ["Elm Street"]),
    ('Aid came. "At Kenyatta Avenue we waited," she said.', ["Kenyatta Avenue"]),
    # a lower-case street word after an ordinal
    ("Crews closed Fortieth street and 12th road overnight.", ["Fortieth street", "12th road"]),
    ("Third street was closed after the blast.", ["Third street"]),
    ("A blast closed Third street.", ["Third street"]),
    # "street", "avenue" in lower case after a name, as translated wire copy writes them
    ("Crowds gathered on Khreshchatyk street in Kyiv.", ["Khreshchatyk street"]),
    ("Residents of Hamra street heard the blasts.", ["Hamra street"]),
    # a lone word opening a sentence, which the text capitalizes mid-sentence too
    ("Hamra street was shelled. Residents of Hamra fled.", ["Hamra street"]),
    # a function word that opens a sentence is the name's where no other name word follows
    ("Further Lane residents complained.", ["Further Lane"]),
    # a day's or a month's name is no part of it; an Arabic particle is
    ("Since Monday Canal Street has been shut.", ["Canal Street"]),
    # "March" and "May" are dates after a preposition of time, names elsewhere
    ("Since March Canal Street has been shut.", ["Canal Street"]),
    ("Protesters gathered on May Street.", ["May Street"]),
    ("Troops held Salah al-Din Road overnight.", ["Salah al-Din Road"]),
])
def test_an_untagged_name_before_a_street_word_is_a_street(text: str, names: list[str]) -> None:
    assert [s.text for s in streets_unmentioned(text)] == names


@pytest.mark.parametrize("text", [
    "The Street is a long-running soap opera.",
    "They took the road north after dark.",
    "Markets rose after the drive by investors.",
    # a lone word that opens a sentence is capitalized as its opener, not as a name
    "Poor road conditions slowed the convoys.",
    'Aid stalled. "Muddy road conditions cut us off," a driver said.',
    # a lower-case street word after a name is most often a common noun
    "The spring Taliban drive on the valley stalled.",
    "A Labour Party drive for new members began.",
    "Envoys revived the Middle East road map on Monday.",
    "A US Army road convoy was hit near the border.",
    "Harlow Power road crews restored the lines.",
    "Traffic merged into the Northbound Express lane at noon.",
    "Aid workers called it the Kabul drive for funds.",
    # a lone capitalized word that opens a sentence, or a common word, is no street's name
    "Heavy street fighting continued in Homs, the army said.",
    "Nightly street battles raged in the capital.",
    "Every street was empty by dusk.",
    "When street lights failed, looting began.",
    "Some street vendors fled the raid.",
    "Many street vendors fled the raid.",
    'Aid came late. "Every street is flooded," a resident said.',
])
def test_a_street_word_without_a_name_before_it_is_no_street(text: str) -> None:
    assert streets_unmentioned(text) == []


def test_an_untagged_street_lies_in_the_story_s_town_not_in_a_town_of_its_name(
        stage: PlaceStage) -> None:
    # Kendall is also a town in several states; the street here is in Tulsa
    text = "Police in Tulsa closed Kendall and Oakwood streets after the storm hit Tulsa."
    mentions = analyse(stage, text, [("Tulsa", "GPE"), ("Tulsa", "GPE")])
    streets = {m.text: m.place for m in mentions if m.source == "street"}
    assert set(streets) == {"Kendall", "Oakwood streets"}
    for place in streets.values():
        assert place is not None and (place.name, place.country) == ("Tulsa", "USA")


def test_a_street_the_model_tagged_keeps_its_own_reading(stage: PlaceStage) -> None:
    text = "Wall Street rallied as traders in New York cheered."
    mentions = analyse(stage, text, [("Wall Street", "ORG"), ("New York", "GPE")])
    assert [m.source for m in mentions if m.text == "Wall Street"] == ["model"]


@pytest.mark.parametrize(("text", "marked"), [
    ("Police in Tulsa closed Kendall and Oakwood streets after the storm.", [("Tulsa", "GPE")]),
    ("The storm hit Tulsa on Monday. Crews cleared Kendall and Oakwood streets.",
     [("Tulsa", "GPE")]),
    ("Crews cleared Tulsa's Kendall and Oakwood streets.", [("Tulsa", "GPE")]),
])
def test_an_untagged_street_lies_in_the_town_the_text_ties_it_to(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    mentions = analyse(stage, text, marked)
    streets = [m.place for m in mentions if m.source == "street"]
    assert len(streets) == 2
    assert all(p is not None and (p.name, p.country) == ("Tulsa", "USA") for p in streets)


def test_an_untagged_street_far_from_the_story_s_town_gets_no_place(stage: PlaceStage) -> None:
    # the story is set in Beijing; the street named sentences later lies in no town of it
    text = ("Officials in Beijing praised the new chips. Firms raced to adopt them. "
            "Prices fell sharply. The launch rattled traders on Wall Street.")
    mentions = analyse(stage, text, [("Beijing", "GPE")])
    street = next(m for m in mentions if m.source == "street")
    assert (street.text, street.place) == ("Wall Street", None)


@pytest.mark.parametrize("text", [
    "Tulsa mourned. Tulsa voted. Schools shut for days. Crews cleared Elm Street in Norman.",
    "Tulsa mourned. Tulsa voted. Schools shut for days. Crews cleared Norman's Elm Street.",
])
def test_an_untagged_street_lies_in_the_town_the_text_puts_it_in(
        stage: PlaceStage, text: str) -> None:
    marked = [("Tulsa", "GPE"), ("Tulsa", "GPE"), ("Norman", "GPE")]
    street = next(m for m in analyse(stage, text, marked) if m.source == "street")
    assert street.place is not None and street.place.name == "Norman"


def test_an_untagged_street_lies_in_the_town_named_in_the_pipeline_s_sentence_before(
        stage: PlaceStage) -> None:
    """"Mr." ends no sentence: Tulsa is named in the sentence right before the street's."""
    text = "Floods hit Tulsa, Mr. Okafor said. Crews then cleared Kendall Street."
    street = next(m for m in analyse(stage, text, [("Tulsa", "GPE")]) if m.source == "street")
    assert street.place is not None and street.place.name == "Tulsa"


@pytest.mark.parametrize(("text", "marked", "town"), [
    ("Crowds gathered on Khreshchatyk street in Kyiv.",
     [("Khreshchatyk", "GPE"), ("Kyiv", "GPE")], "Kyiv"),
    ("Residents of Hamra street in Beirut heard the blasts.",
     [("Hamra", "GPE"), ("Beirut", "GPE")], "Beirut"),
])
def test_a_name_before_a_lower_case_street_word_is_the_street_s_not_a_town_s(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], town: str) -> None:
    name = marked[0][0]
    place = next(m for m in analyse(stage, text, marked) if m.text == name).place
    assert place is not None and place.name == town


def test_a_town_after_an_article_before_a_lower_case_street_word_stays_a_town(
        stage: PlaceStage) -> None:
    text = "Protesters marched on a Beirut street on Monday."
    place = next(m for m in analyse(stage, text, [("Beirut", "GPE")])).place
    assert place is not None and (place.name, place.precision) == ("Beirut", "town")
