"""Places an act's clause names away from its verb (`belli.events.act_places`): a place of
extent on the object's "of" phrase ("struck warehouses of the group across X"), a site the
act lands on or starts from ("from a school in X", "on villages near X"), the party met
("talks with his counterpart in X"), a subject that is a group or body ("Police in X
fired"), a place a longer name ends on ("a protest outside parliament in X",
`belli.geo.events.named_inside`) and the site named in the object, finer than the
clause's area ("raided the Dadaab refugee camp in northern Kenya").

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

from typing import Any

import pytest

from belli.geo.events import named_inside, narrowest
from belli.records import Article, Mention, Place


def analyse_events(pipeline: Any, text: str) -> list[Any]:
    return list(pipeline.process(Article.from_text(text, published="2024-05-14")).events)


def _places(pipeline: Any, text: str) -> set[str]:
    events = pipeline.process(Article.from_text(text, published="2024-05-14")).events
    assert events, "no event coded"
    return {e.place.name for e in events if e.place is not None}


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("Drones struck warehouses of the Wagner group across Bamako overnight.", "Bamako"),
    ("Police arrested supporters of the opposition across Nairobi on Friday.", "Nairobi"),
    ("Troops raided offices of the ruling party throughout Khartoum on Monday.", "Khartoum"),
])
def test_a_place_of_extent_on_the_objects_of_phrase_places_the_act(
        nlp_pipeline: Any, text: str, town: str) -> None:
    assert town in _places(nlp_pipeline, text)


@pytest.mark.model
def test_a_place_on_the_objects_of_phrase_is_a_targets_whereabouts(nlp_pipeline: Any) -> None:
    text = "Police raided the offices of two lawyers in Kazan on Monday."
    assert "Kazan" not in _places(nlp_pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen abducted ten pupils from a school in Maiduguri, officials said.", "Maiduguri"),
    ("Jets launched air strikes on villages near Mosul on Sunday.", "Mosul"),
])
def test_a_site_the_act_lands_on_or_starts_from_places_it(nlp_pipeline: Any, text: str,
                                                           town: str) -> None:
    assert town in _places(nlp_pipeline, text)


@pytest.mark.model
def test_a_target_that_is_no_site_keeps_its_whereabouts(nlp_pipeline: Any) -> None:
    text = "Gunmen fired shots on traders in Maiduguri, officials said."
    assert "Maiduguri" not in _places(nlp_pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("The Kenyan president held talks with his Ugandan counterpart in Kampala.", "Kampala"),
    ("The envoy had a meeting with rebel leaders in Doha on Monday.", "Doha"),
])
def test_the_party_met_is_where_the_meeting_was(nlp_pipeline: Any, text: str,
                                                town: str) -> None:
    assert town in _places(nlp_pipeline, text)


@pytest.mark.model
def test_a_party_of_no_meeting_gives_no_place(nlp_pipeline: Any) -> None:
    text = "The ministry cut all contact with a militia in Tripoli last week."
    assert "Tripoli" not in _places(nlp_pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("Police in Lagos fired tear gas at striking workers.", "Lagos"),
    ("Soldiers in Kabul detained three journalists on Tuesday.", "Kabul"),
    # a target the model tags ("at protesters") reached through "at" names no place and
    # must not stop the group's place from being read
    ("Police in Dhaka fired tear gas at protesters.", "Dhaka"),
    ("Riot police in Nairobi fired water cannon at demonstrators.", "Nairobi"),
])
def test_a_group_where_it_is_acts_there(nlp_pipeline: Any, text: str, town: str) -> None:
    assert _places(nlp_pipeline, text) == {town}


@pytest.mark.model
@pytest.mark.parametrize(("text", "town", "group"), [
    ("Russian troops in Belarus shelled Chernihiv on Monday.", "Chernihiv", "Belarus"),
    ("Rebel fighters in Syria shelled Kirkuk on Sunday.", "Kirkuk", "Syria"),
])
def test_the_place_the_act_is_done_to_beats_where_the_group_is(
        nlp_pipeline: Any, text: str, town: str, group: str) -> None:
    places = _places(nlp_pipeline, text)
    assert town in places and group not in places


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Moscow expelled two British diplomats on Friday.",  # the subject itself
    "Kabul police detained three journalists on Tuesday.",  # a word of the subject's name
])
def test_a_toponym_no_preposition_governs_is_no_place_of_the_act(nlp_pipeline: Any,
                                                                 text: str) -> None:
    assert _places(nlp_pipeline, text) == set()


@pytest.mark.model
def test_a_group_keeps_its_place_where_the_object_is_no_place(nlp_pipeline: Any) -> None:
    text = "Russian troops in Belarus shelled villages on Monday."
    assert _places(nlp_pipeline, text) == {"Belarus"}


@pytest.mark.model
def test_the_clauses_own_place_beats_the_groups(nlp_pipeline: Any) -> None:
    text = "Police in Lagos arrested three men in Abuja on Monday."
    assert _places(nlp_pipeline, text) == {"Abuja"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("Police detained 20 people at a protest outside parliament in Tbilisi.", "Tbilisi"),
    ("Kenyan police raided the Dadaab refugee camp in northern Kenya on Monday.", "Dadaab"),
])
def test_a_place_named_inside_a_site_places_the_act(nlp_pipeline: Any, text: str,
                                                    town: str) -> None:
    assert _places(nlp_pipeline, text) == {town}


@pytest.mark.model
def test_the_area_stays_where_the_object_names_no_finer_site(nlp_pipeline: Any) -> None:
    text = "Israeli troops raided homes in the occupied West Bank on Tuesday."
    assert _places(nlp_pipeline, text) == {"West Bank"}


_DHAKA = Place(name="Dhaka", country="BGD", lat=23.7, lon=90.4, precision="town")


@pytest.mark.parametrize(("text", "tail"), [
    ("Police in Dhaka", "Dhaka"),
    ("the embassy at Dhaka", "Dhaka"),
    ("Centre for Studies in Law in Dhaka", "Dhaka"),
])
def test_a_longer_name_ending_on_its_place_yields_the_place(text: str, tail: str) -> None:
    mention = Mention(doc_id="d", start=10, end=10 + len(text), text=text, label="ORG",
                      place=_DHAKA)
    inner = named_inside(" " * 10 + text, mention)
    assert inner is not None and inner.text == tail and inner.end == mention.end


@pytest.mark.parametrize("text", ["Dhaka", "Dhaka police", "Bank in the City"])
def test_a_name_that_ends_on_no_place_after_a_locative_yields_none(text: str) -> None:
    mention = Mention(doc_id="d", start=0, end=len(text), text=text, label="ORG",
                      place=_DHAKA)
    assert named_inside(text, mention) is None


def _mention(text: str, name: str, place: Place) -> Mention:
    start = text.index(name)
    return Mention(doc_id="d", start=start, end=start + len(name), text=name, label="GPE",
                   place=place)


_AREA = Place(name="Syunik", country="ARM", lat=39.5, lon=46.3, precision="region")
_TOWN = Place(name="Goris", country="ARM", lat=39.5, lon=46.3, precision="town")


@pytest.mark.parametrize("text", [
    "Shells fell in the Syunik province town of Goris.",
    "Shells fell on homes in the Syunik region village of Goris overnight.",
])
def test_a_finer_place_named_after_its_area_and_a_kind_word_is_the_narrowest(
        text: str) -> None:
    area, town = _mention(text, "Syunik", _AREA), _mention(text, "Goris", _TOWN)
    assert narrowest(text, [area, town], area) is town


@pytest.mark.parametrize(("text", "town"), [
    ("Shells fell in Syunik and the town of Goris.", _TOWN),
    ("Shells fell in the Syunik province town of Goris.", _TOWN.replace(country="AZE")),
])
def test_a_place_after_its_area_without_a_kind_word_or_of_another_country_is_not(
        text: str, town: Place) -> None:
    area = _mention(text, "Syunik", _AREA)
    assert narrowest(text, [area, _mention(text, "Goris", town)], area) is area


_OBLAST = Place(name="Kharkiv", country="UKR", lat=49.9, lon=36.3, precision="region")
_VILLAGE = Place(name="Balakliia", country="UKR", lat=49.5, lon=36.9, precision="town")


@pytest.mark.parametrize("text", [
    # every first-level division word of the geo word lists is a kind word here too
    "Shells fell in the Kharkiv oblast town of Balakliia.",
    "Drones hit homes in the Kharkiv oblast village of Balakliia overnight.",
])
def test_a_first_level_word_before_a_kind_word_names_the_finer_place(text: str) -> None:
    area = _mention(text, "Kharkiv", _OBLAST)
    assert narrowest(text, [area, _mention(text, "Balakliia", _VILLAGE)], area).text \
        == "Balakliia"


def test_a_name_after_the_area_and_an_oblast_word_alone_is_no_finer_place() -> None:
    text = "Shells fell in the Kharkiv oblast and Balakliia."
    area = _mention(text, "Kharkiv", _OBLAST)
    assert narrowest(text, [area, _mention(text, "Balakliia", _VILLAGE)], area) is area


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    (("At least nine people were killed and dozens wounded when a truck bomb exploded in a "
      "crowded market in Kismayo on Friday, police said."), "Kismayo"),
    ("Two reporters were detained while covering a rally in Batumi.", "Batumi"),
])
def test_a_clause_of_the_same_moment_places_the_act(nlp_pipeline: Any, text: str,
                                                   town: str) -> None:
    assert town in _places(nlp_pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "elsewhere"), [
    # where they were before they were killed says nothing of where they were killed
    ("Four soldiers were killed after they left a base in Kalat on Monday.", "Kalat"),
    # a "while" that sets another's act beside it is no moment of the arrest
    (("Belarusian police arrested 40 protesters, while Lithuania hosted opposition leaders "
     "in Vilnius."), "Vilnius"),
])
def test_an_act_before_after_or_beside_another_is_not_placed_by_it(
        nlp_pipeline: Any, text: str, elsewhere: str) -> None:
    events = analyse_events(nlp_pipeline, text)
    arrest_or_killing = [e for e in events if e.trigger in ("killed", "arrested")]
    assert arrest_or_killing and all(e.place is None or e.place.name != elsewhere
                                     for e in arrest_or_killing)


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("The Islamic State claimed the bombing that killed 14 people in Jalalabad.",
     "Jalalabad"),
    ("Belarusian police detained dozens of activists in Minsk on Sunday.", "Minsk"),
])
def test_people_an_attack_or_arrest_hits_are_where_their_phrase_puts_them(
        nlp_pipeline: Any, text: str, town: str) -> None:
    assert town in _places(nlp_pipeline, text)
