"""A name the model tagged as a person, that the text uses as a place the gazetteer lacks
(a suburb, a quarter, a crossing): placed where the text puts it, else at the focus of a
story set in one country, never finer than a region; and never where the story reads it
as a person, aims the preposition at a person ("faith in") or sets itself in several
countries. A group's name is its people's, never a place.

Hand-built mentions and our own sentences (invented places); no spaCy model loads.
"""

from __future__ import annotations

import re

import pytest
from geo_fixtures import analyse, marked_mentions, place_of

from belli.geo.misread_places import used_as_place
from belli.geo.stage import PlaceStage
from belli.records import Actor, Analysis, Article


@pytest.mark.parametrize(("text", "marked", "surface"), [
    # a word for a place and "of"
    ("Families in Leeds moved to the new suburb of Ashgrove Vale, near Leeds city centre.",
     [("Leeds", "GPE"), ("Ashgrove Vale", "PERSON"), ("Leeds", "GPE")], "Ashgrove Vale"),
    # a locative preposition
    ("Fans from Leeds poured into Kestrel Heath before the derby in Leeds.",
     [("Leeds", "GPE"), ("Kestrel Heath", "PERSON"), ("Leeds", "GPE")], "Kestrel Heath"),
    # a word for a place's part after it
    ("Police in Leeds closed the Marrowby Flats intersection on Monday, Leeds officials said.",
     [("Leeds", "GPE"), ("Marrowby Flats", "PERSON"), ("Leeds", "GPE")], "Marrowby Flats"),
])
def test_a_person_tagged_name_the_text_uses_as_a_place_lies_near_the_story_s_focus(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], surface: str) -> None:
    place = place_of(analyse(stage, text, marked), surface)
    assert (place.name, place.country, place.precision) == ("Leeds", "GBR", "region")
    assert "the text uses it as a place" in (place.reason or "")


def test_a_person_tagged_name_is_placed_where_the_text_puts_it(stage: PlaceStage) -> None:
    text = ("Families in Leeds and York moved into Ashgrove Vale, York, last year; "
            "Leeds was full.")
    marked = [("Leeds", "GPE"), ("York", "GPE"), ("Ashgrove Vale", "PERSON"), ("York", "GPE"),
              ("Leeds", "GPE")]
    place = place_of(analyse(stage, text, marked), "Ashgrove Vale")
    assert (place.name, place.precision) == ("York", "region")


@pytest.mark.parametrize(("text", "marked"), [
    # a verb of speech after the name: a person
    ("Fans in Leeds ran into Kestrel Heath, and Kestrel Heath said the derby in Leeds was won.",
     [("Leeds", "GPE"), ("Kestrel Heath", "PERSON"), ("Kestrel Heath", "PERSON"),
      ("Leeds", "GPE")]),
    # "he" after it, later in its sentence
    ("Voters in Leeds put their trust in Kestrel Heath because he lives in Leeds.",
     [("Leeds", "GPE"), ("Kestrel Heath", "PERSON"), ("Leeds", "GPE")]),
    # an owner: "in Ann Lee's view"
    ("In Leeds, in Kestrel Heath's view, the council in Leeds failed.",
     [("Leeds", "GPE"), ("Kestrel Heath", "PERSON"), ("Leeds", "GPE")]),
    # no place cue around it
    ("The council in Leeds thanked Kestrel Heath for the report on Leeds.",
     [("Leeds", "GPE"), ("Kestrel Heath", "PERSON"), ("Leeds", "GPE")]),
])
def test_a_person_tagged_name_stays_unplaced_where_it_reads_as_a_person(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    mentions = analyse(stage, text, marked)
    assert all(m.place is None for m in mentions if m.text == "Kestrel Heath")


def test_a_name_an_actor_reading_covers_is_no_misread_place(stage: PlaceStage) -> None:
    text = "Crowds in Leeds gathered near Kestrel Heath, the Leeds council said."
    mentions = [m.replace(actors=(Actor(text=m.text, country="GBR", sector="GOV"),))
                if m.text == "Kestrel Heath" else m
                for m in marked_mentions(text, [("Leeds", "GPE"), ("Kestrel Heath", "NORP"),
                                                ("Leeds", "GPE")])]
    resolved = stage.resolve(Analysis(article=Article(doc_id="d", text=text),
                                      mentions=tuple(mentions)))
    assert next(m for m in resolved.mentions if m.text == "Kestrel Heath").place is None


def test_a_story_of_several_countries_gives_a_misread_name_no_focus(stage: PlaceStage) -> None:
    """No country holds most of its places: the focus may lie in any of them."""
    text = ("Envoys from Leeds, Lyon and Turin met near Kestrel Heath after talks in Leeds, "
            "Lyon and Turin.")
    marked = [("Leeds", "GPE"), ("Lyon", "GPE"), ("Turin", "GPE"), ("Kestrel Heath", "PERSON"),
              ("Leeds", "GPE"), ("Lyon", "GPE"), ("Turin", "GPE")]
    mentions = analyse(stage, text, marked)
    assert next(m for m in mentions if m.text == "Kestrel Heath").place is None



@pytest.mark.parametrize("text", [
    # a word that aims the preposition at a person or a body
    "Investors in Leeds poured money into Kestrel Heath before the vote in Leeds.",
    "Voters in Leeds lost faith in Kestrel Heath after the count in Leeds.",
    "Pollsters in Leeds saw a surge in Kestrel Heath after the debate in Leeds.",
    "Leeds fans rallied around Kestrel Heath after the defeat in Leeds.",
    # a bare "in" with no second cue
    "Voters in Leeds had their say in Kestrel Heath after the count in Leeds.",
    # an apposition that describes a person
    "Crowds from Leeds pressed near Kestrel Heath, the club's new manager, in Leeds.",
    "Crowds from Leeds pressed near Kestrel Heath, a Leeds startup founder, on Monday.",
    # a word for a person's people after the name
    "Police in Leeds moved into Kestrel Heath supporters after the match in Leeds.",
])
def test_a_person_tagged_name_in_an_ordinary_sentence_about_people_is_no_place(
        stage: PlaceStage, text: str) -> None:
    marked = [(m[0], "PERSON" if m[0] == "Kestrel Heath" else "GPE")
              for m in re.finditer("Leeds|Kestrel Heath", text)]
    mentions = analyse(stage, text, marked)
    assert next(m for m in mentions if m.text == "Kestrel Heath").place is None


def test_a_bare_in_places_a_name_with_a_second_cue(stage: PlaceStage) -> None:
    text = "Homes in Kestrel Heath sold fast, and the Kestrel Heath area lies in Leeds."
    marked = [("Kestrel Heath", "PERSON"), ("Kestrel Heath", "PERSON"), ("Leeds", "GPE")]
    place = next(m for m in analyse(stage, text, marked) if m.text == "Kestrel Heath").place
    assert place is not None and (place.name, place.precision) == ("Leeds", "region")


def test_an_apposition_naming_a_kind_of_place_keeps_the_name_a_place(
        stage: PlaceStage) -> None:
    text = "Fans from Leeds poured into Kestrel Heath, a suburb of Leeds, on Monday."
    marked = [("Leeds", "GPE"), ("Kestrel Heath", "PERSON"), ("Leeds", "GPE")]
    place = place_of(analyse(stage, text, marked), "Kestrel Heath")
    assert (place.name, place.precision) == ("Leeds", "region")


def test_a_group_tagged_name_is_its_people_never_a_place(stage: PlaceStage) -> None:
    text = "Tensions in Leeds grew among Catholics and across Muslims in Leeds."
    marked = [("Leeds", "GPE"), ("Catholics", "NORP"), ("Muslims", "NORP"), ("Leeds", "GPE")]
    assert all(m.place is None for m in analyse(stage, text, marked)
               if m.label == "NORP")


@pytest.mark.parametrize("text", [
    # an apposition that ends in a verb of speech is the sentence's source
    "Shelling hit homes near Marrowby, the army said.",
    "Clashes broke out in Marrowby, the ministry said. Clashes in the Marrowby district went on.",
    # an apposition that names no person may describe the place
    "Trucks waited near Marrowby, a key hub for supplies.",
    # words that follow places as often as people
    "Troops pushed into Marrowby. The Marrowby campaign stalled.",
    "Troops pushed into Marrowby. The Marrowby era of trade ended.",
    "Troops pushed into Marrowby. The Marrowby family farms burned.",
    # "efforts in", "hope in" aim at no one: a bare "in" with a second cue
    "Rescue efforts in Marrowby went on. The Marrowby area was flooded.",
    "Rescue teams in Marrowby went on. The Marrowby area was flooded.",
    "Hope in Marrowby faded. The Marrowby area was flooded.",
])
def test_a_person_tagged_name_with_a_place_cue_and_no_person_s_is_a_place(text: str) -> None:
    mention = marked_mentions(text, [("Marrowby", "PERSON")])[0]
    assert used_as_place(text, mention)


@pytest.mark.parametrize("text", [
    # money poured into it, the money's head further back than the word before
    "Backers poured millions of dollars into Marrowby before the vote.",
    "Backers poured millions of pesos into Marrowby before the vote.",
    "Donors poured resources into Marrowby before the vote.",
    "Donors put their efforts into Marrowby before the vote.",
    "Donors put their hopes into Marrowby before the vote.",
])
def test_money_or_effort_aimed_into_a_name_is_no_place_cue(text: str) -> None:
    mention = marked_mentions(text, [("Marrowby", "PERSON")])[0]
    assert not used_as_place(text, mention)


def test_an_apposition_of_figures_names_no_person() -> None:
    text = ("Fans poured into Kestrel Heath on Saturday. "
            "Kestrel Heath, a 2,000-strong crowd of fans, sang.")
    mention = marked_mentions(text, [("Kestrel Heath", "PERSON")])[0]
    assert used_as_place(text, mention)
