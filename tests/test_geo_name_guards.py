"""Names that are also people's names or words: an Irish county whose English name is a
first name counts only with its designator, and another spelling of a town inside a
body's name must be a spelling, not a neighbouring word."""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.names import alike


@pytest.mark.parametrize(("text", "marked", "surface"), [
    ("Rain flooded farms across County Kerry overnight.", [("County Kerry", "GPE")],
     "County Kerry"),
    ("Ferries to Co. Clare were cancelled.", [("Co. Clare", "GPE")], "Co. Clare"),
    ("Kerry County Board members met on Friday.", [("Kerry County Board", "ORG")],
     "Kerry County Board"),
])
def test_county_named_like_a_person_counts_with_its_designator(stage, text, marked, surface):
    place = place_of(analyse(stage, text, marked), surface)
    assert (place.country, place.feature) == ("IRL", "admin2")


@pytest.mark.parametrize(("text", "marked", "surface"), [
    ("Senator Tom Kerry visited the border post.", [("Tom Kerry", "PERSON")], "Tom Kerry"),
    ("Kerry Delano sang at the gala.", [("Kerry Delano", "PERSON")], "Kerry Delano"),
    ("Clare said the budget was late.", [("Clare", "PERSON")], "Clare"),
    ("Clare Ombati chaired the hearing.", [("Clare Ombati", "PERSON")], "Clare Ombati"),
])
def test_person_named_like_a_county_is_no_irish_county(stage, text, marked, surface):
    found = next(m for m in analyse(stage, text, marked) if m.text == surface)
    assert found.place is None or found.place.country != "IRL"


def test_county_with_no_other_sense_still_counts_bare(stage):
    text = "Farmers in Offaly counted their losses."
    place = place_of(analyse(stage, text, [("Offaly", "GPE")]), "Offaly")
    assert (place.country, place.feature) == ("IRL", "admin2")


@pytest.mark.parametrize(("one", "other"), [
    ("Jenin", "Janin"),      # another vowel in a transliteration
    ("Odessa", "Odesa"),     # a letter doubled inside the name
    ("Kharkiv", "Kharkov"),  # a long name a letter apart
    ("St. Louis", "Saint Louis"),
])
def test_spellings_of_one_name_are_alike(one, other):
    assert alike(one, other)


@pytest.mark.parametrize(("one", "other"), [
    ("Marvel", "Marvell"),   # a doubled last letter makes another word
    ("Paris", "Parish"),
    ("Jenin", "Tenin"),      # another first letter
    ("Dover", "Dove"),
    ("Guma", "Goma"),        # a short name a vowel apart is another name
])
def test_neighbouring_words_are_not_alike(one, other):
    assert not alike(one, other)


def test_a_word_opening_a_fandom_is_no_town_spelled_nearly_so(stage):
    text = "Marvel fans queued overnight for the premiere."
    found = next(m for m in analyse(stage, text, [("Marvel", "ORG")]) if m.text == "Marvel")
    assert found.place is None or found.place.name != "Marvell"


@pytest.mark.parametrize(("text", "surface"), [
    ("Ann Washington spoke at the rally.", "Ann Washington"),
    ("Coach Dario P. Houston resigned on Monday.", "Dario P. Houston"),
])
def test_a_person_s_family_name_is_no_place(stage, text, surface):
    found = next(m for m in analyse(stage, text, [(surface, "PERSON")]) if m.text == surface)
    assert found.place is None


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Senator Ann Lee of Iowa spoke first.", "Senator Ann Lee of Iowa", "USA"),
    ("Texas Ranger Ann Lee testified.", "Texas Ranger Ann Lee", "USA"),
    ("By Ann Lee UK-based insurers paid out.", "Ann Lee UK", "GBR"),  # an acronym taken in
    ("Miss Polk County won the crown.", "Miss Polk County", "USA"),  # a titleholder's county
])
def test_a_place_beside_a_person_s_name_still_counts(stage, text, surface, country):
    assert place_of(analyse(stage, text, [(surface, "PERSON")]), surface).country == country
