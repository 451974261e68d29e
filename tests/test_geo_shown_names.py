"""The name a place shows is one an English reader would search for: the article's own
spelling where the gazetteer writes the name with accents or transliteration marks, else
the gazetteer's name without them; the gazetteer's form stays among the variants and the
gazetteer id is the same (`belli.geo.stage.shown_name`, `belli.geo.names.plain`).

Hand-built mentions as the model would leave them; no spaCy model loads.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.names import plain
from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "name", "shown", "listed"), [
    # GeoNames writes "Janīn" and "Arīsh"; the text's spelling is what a reader types
    ("Soldiers searched homes in Jenin at dawn.", "Jenin", "Jenin", "Janīn"),
    ("A convoy left Arish for the border crossing.", "Arish", "Arish", "Arīsh"),
    # a dateline's capitals are no way to write a name
    ("JENIN, West Bank - Soldiers searched homes at dawn.", "JENIN", "Jenin", "Janīn"),
])
def test_an_accented_gazetteer_name_shows_the_article_s_spelling(
        stage: PlaceStage, text: str, name: str, shown: str, listed: str) -> None:
    place = place_of(analyse(stage, text, [(name, "GPE")]), name)
    assert (place.name, place.variants[0]) == (shown, listed)
    assert place.gazetteer_id is not None and place.gazetteer_id.startswith("geonames:")


def test_a_plain_gazetteer_name_stays_as_the_gazetteer_writes_it(stage: PlaceStage) -> None:
    # "Kharkov" is another name of Kharkiv, not the gazetteer's own: the latter shows
    place = place_of(analyse(stage, "Rescue teams reached Kharkov by noon.",
                             [("Kharkov", "GPE")]), "Kharkov")
    assert (place.name, place.country) == ("Kharkiv", "UKR")


@pytest.mark.parametrize(("name", "shown"), [
    ("Ḩamāh", "Hamah"),
    ("Dar‘ā", "Dara"),
    ("Côte d'Ivoire", "Cote d'Ivoire"),  # an apostrophe is no transliteration mark
    ("Tulsa", "Tulsa"),
])
def test_a_plain_name_has_no_accents_nor_transliteration_marks(name: str, shown: str) -> None:
    assert plain(name) == shown


@pytest.mark.parametrize(("text", "marked"), [
    # a street the gazetteer lacks, placed at the article's town
    ("Troops entered Jenin at dawn. Residents of Nablus Road said shops stayed shut.",
     [("Jenin", "GPE"), ("Nablus Road", "FAC")]),
    # the article spells the one town two ways
    ("Troops entered Jenin on Monday. Shops in Janin stayed shut.",
     [("Jenin", "GPE"), ("Janin", "GPE")]),
])
def test_one_place_shows_one_name_within_an_article(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    places = [m.place for m in analyse(stage, text, marked)
              if m.place is not None and m.place.country == "PSE"]
    assert len(places) == 2 and len({p.gazetteer_id for p in places}) == 1
    assert {p.name for p in places} == {"Jenin"}


def test_two_places_keep_their_own_names(stage: PlaceStage) -> None:
    text = "Troops entered Jenin on Monday and Nablus on Tuesday."
    mentions = analyse(stage, text, [("Jenin", "GPE"), ("Nablus", "GPE")])
    assert [m.place.name for m in mentions if m.place is not None] == ["Jenin", "Nablus"]
