"""Toponym resolution on real phrases, with hand-built mentions: no spaCy model loads.

Each case is a short text, the mentions the model and the actor stage would leave (label
and offsets), and what the place stage must give one of them.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.events import event_place, locative_of
from belli.geo.stage import PlaceStage
from belli.records import LOCATION_REASON, Actor, Analysis, Article, Mention, Place


@pytest.mark.parametrize(("text", "marked", "surface", "country", "admin1_or_feature"), [
    ("Moscow sent more troops, the Kremlin said, as Russia pressed on.",
     [("Moscow", "GPE"), ("Kremlin", "ORG"), ("Russia", "GPE")], "Moscow", "RUS", "city"),
    ("The University of Idaho in Moscow, Idaho, closed its campus.",
     [("Moscow", "GPE"), ("Idaho", "GPE")], "Moscow", "USA", "city"),
    ("Police in Moscow and Pullman, in Latah County, searched the river.",
     [("Moscow", "GPE"), ("Pullman", "GPE"), ("Latah County", "GPE")], "Moscow", "USA", "city"),
    ("Shells fell on Kapan, in Armenia's Syunik province, overnight.",
     [("Kapan", "GPE"), ("Armenia", "GPE"), ("Syunik province", "GPE")], "Kapan", "ARM", "city"),
    ("Chiquita Henry, 19, of Alexandria, La., was arrested.",
     [("Chiquita Henry", "PERSON"), ("Alexandria", "GPE"), ("La.", "GPE")],
     "Alexandria", "USA", "city"),
    ("The storm hit Atlanta and much of Georgia on Monday.",
     [("Atlanta", "GPE"), ("Georgia", "GPE")], "Georgia", "USA", "admin1"),
    ("Russian troops left Tbilisi as Georgia counted its losses.",
     [("Russian", "NORP"), ("Tbilisi", "GPE"), ("Georgia", "GPE")], "Georgia", "GEO", "country"),
    ("Wildfires spread across Southern California this week.",
     [("Southern California", "LOC")], "Southern California", "USA", "admin1"),
    ("Iran warned tankers in the Strait of Hormuz.",
     [("Iran", "GPE"), ("the Strait of Hormuz", "LOC")], "the Strait of Hormuz", None, "strait"),
    ("Both navies patrol the Caspian Sea.", [("the Caspian Sea", "LOC")],
     "the Caspian Sea", None, "sea"),
])
def test_toponym_resolves_in_context(stage: PlaceStage, text: str, marked: list[tuple[str, str]],
                                     surface: str, country: str | None,
                                     admin1_or_feature: str) -> None:
    place = place_of(analyse(stage, text, marked), surface)
    assert place.country == country
    assert place.feature == admin1_or_feature


@pytest.mark.parametrize(("text", "marked", "surface", "name", "precision"), [
    ("Fighting resumed in Syria on Sunday.", [("Syria", "GPE")], "Syria", "Syria", "country"),
    ("Aid reached Texas after the floods.", [("Texas", "GPE")], "Texas", "Texas", "region"),
    ("Protests grew in Kapan.", [("Kapan", "GPE")], "Kapan", "Kapan", "town"),
    ("Trucks queued at the Lachin corridor.", [("the Lachin corridor", "LOC")],
     "the Lachin corridor", "Lachin corridor", "region"),
    ("Russian diplomats left.", [("Russian diplomats", "ORG")], "Russian diplomats", "Russia",
     "country"),
    ("Calgary police said the man was armed.", [("Calgary police", "ORG")], "Calgary police",
     "Calgary", "town"),
    ("European leaders met.", [("European", "NORP")], "European", "Europe", "region"),
])
def test_geometry_class_follows_the_kind_of_place(stage: PlaceStage, text: str,
                                                  marked: list[tuple[str, str]], surface: str,
                                                  name: str, precision: str) -> None:
    place = place_of(analyse(stage, text, marked), surface)
    assert place.name == name
    assert place.precision == precision
    assert place.gazetteer_id and place.reason


def test_contested_place_keeps_every_name(stage: PlaceStage) -> None:
    place = place_of(analyse(stage, "Talks on Artsakh stalled.", [("Artsakh", "GPE")]),
                     "Artsakh")
    assert place.name == "Nagorno-Karabakh"
    assert {"Artsakh", "Karabakh", "Nagorno-Karabakh"} <= set(place.variants)


def test_actor_stage_variants_are_kept_for_the_same_place(stage: PlaceStage) -> None:
    earlier = Place(name="Khankendi", country="AZE", variants=("Khankendi", "Stepanakert"))
    text = "Convoys reached Khankendi."
    mention = Mention(doc_id="d", start=16, end=25, text="Khankendi", label="GPE", place=earlier)
    analysis = Analysis(article=Article(doc_id="d", text=text), mentions=(mention,))
    (out,) = stage.resolve(analysis).mentions
    assert out.place is not None and out.place.lat is not None
    assert "Stepanakert" in out.place.variants


@pytest.mark.parametrize(("text", "marked", "surface"), [
    ("Ambassador Jordan Peterson spoke.", [("Jordan Peterson", "PERSON")], "Jordan Peterson"),
    ("She said the results were fine.", [("She", "PRON")], "She"),
    ("The report came out on Monday.", [("Monday", "DATE")], "Monday"),
])
def test_names_that_are_not_places_stay_unplaced(stage: PlaceStage, text: str,
                                                 marked: list[tuple[str, str]],
                                                 surface: str) -> None:
    mention = next(m for m in analyse(stage, text, marked) if m.text == surface)
    assert mention.place is None


def test_street_unknown_to_the_gazetteer_takes_the_article_town(stage: PlaceStage) -> None:
    text = "In Savannah, Broughton Street was closed. Savannah police said so."
    mentions = analyse(stage, text, [("Savannah", "GPE"), ("Broughton Street", "FAC"),
                                     ("Savannah", "GPE")])
    place = place_of(mentions, "Broughton Street")
    assert place.name == "Savannah"
    assert "not in the gazetteer" in (place.reason or "")


@pytest.mark.parametrize(("text", "marked", "clause", "expected", "precision"), [
    ("Azerbaijani forces shelled villages near Kapan on Monday.",
     [("Azerbaijani", "NORP"), ("Kapan", "GPE")], (0, 57), "Kapan", "town"),
    ("Turkey carried out air strikes in northern Syria.",
     [("Turkey", "GPE"), ("Syria", "GPE")], (0, 49), "Syria", "country"),
    ("Protesters gathered in the southern town of Kapan.",
     [("Kapan", "GPE")], (0, 50), "Kapan", "town"),
])
def test_event_takes_the_place_its_clause_names(stage: PlaceStage, text: str,
                                                marked: list[tuple[str, str]],
                                                clause: tuple[int, int], expected: str,
                                                precision: str) -> None:
    place = event_place(text, analyse(stage, text, marked), *clause)
    assert place is not None and place.name == expected
    assert place.precision == precision
    assert (place.reason or "").startswith(("'near", "'in"))


@pytest.mark.parametrize(("text", "marked"), [
    ("Moscow sent two warships.", [("Moscow", "GPE")]),
    ("Russian diplomats left for talks.", [("Russian diplomats", "ORG")]),
])
def test_actor_or_embedded_name_is_no_event_place(stage: PlaceStage, text: str,
                                                  marked: list[tuple[str, str]]) -> None:
    assert event_place(text, analyse(stage, text, marked), 0, len(text)) is None


def test_location_reading_of_the_actor_stage_counts_as_a_place(stage: PlaceStage) -> None:
    text = "Talks were held at Baku."
    link = Actor(text="Baku", name="Baku", country="AZE",
                 reason=f"{LOCATION_REASON}: Baku is a place in AZE")
    mention = Mention(doc_id="d", start=19, end=23, text="Baku", label="GPE", actors=(link,))
    analysis = Analysis(article=Article(doc_id="d", text=text), mentions=(mention,))
    place = event_place(text, stage.resolve(analysis).mentions, 0, len(text))
    assert place is not None and place.country == "AZE"


@pytest.mark.parametrize(("before", "expected"), [
    ("fighting in ", "in"), ("clashes near the ", "near"), ("air strikes across eastern ", "across"),
    ("drones over the disputed ", "over"), ("Moscow said ", None), ("sent troops to ", None),
])
def test_locative_preposition(before: str, expected: str | None) -> None:
    text = before + "Kapan"
    mention = Mention(doc_id="d", start=len(before), end=len(text), text="Kapan", label="GPE")
    assert locative_of(text, mention) == expected


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Wal-Mart deal under review. COLUMBUS, Ohio (AP) — Officials said", "Columbus", "USA"),
    ("By Vickie Welborn March 24, 2009 MANSFIELD, La. -- Mayor Curtis McCoy said", "Mansfield",
     "USA"),
    ("CAIRO - Egypt's president said on Sunday", "Cairo", "EGY"),
])
def test_dateline_the_model_missed_becomes_a_place(stage: PlaceStage, text: str, name: str,
                                                   country: str) -> None:
    analysis = Analysis(article=Article(doc_id="d", text=text))
    mentions = stage.resolve(analysis).mentions
    dateline = next(m for m in mentions if m.source == "dateline")
    assert text[dateline.start:dateline.end] == dateline.text
    assert dateline.place is not None and dateline.place.name == name
    assert dateline.place.country == country


def test_capitals_in_a_headline_without_a_dash_are_no_dateline(stage: PlaceStage) -> None:
    analysis = Analysis(article=Article(doc_id="d", text="NATO MEETS IN BRUSSELS. Talks began."))
    assert stage.resolve(analysis).mentions == ()


def test_the_self_declared_republic_s_name_is_the_region(stage: PlaceStage) -> None:
    text = "Officials of the Nagorno-Karabakh Republic met envoys from Yerevan."
    mentions = analyse(stage, text, [("the Nagorno-Karabakh Republic", "GPE"),
                                     ("Yerevan", "GPE")])
    place = place_of(mentions, "the Nagorno-Karabakh Republic")
    assert (place.name, place.country) == ("Nagorno-Karabakh", "AZE")
