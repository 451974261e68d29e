"""The toponym finder's parts, each on its own: what it reads of an article
(`belli.geo.article`), when a person- or organization-tagged name is a place
(`belli.geo.place_cues`), the place inside a longer mention (`belli.geo.inside`) and the
word lists they share (`belli.geo.words`, kept in data/words.yaml).

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import marked_mentions

from belli.actors.kb import load_kb
from belli.geo import words
from belli.geo.article import ArticleNames, read_article
from belli.geo.gazetteer import Gazetteer
from belli.geo.inside import InsideFinder
from belli.geo.place_cues import treated_as_place


def _names(text: str, marked: list[tuple[str, str]], gazetteer: Gazetteer) -> ArticleNames:
    return read_article(text, marked_mentions(text, marked), gazetteer, load_kb(), frozenset())


@pytest.mark.parametrize("name", ["AREA_WORDS", "LOCAL_AREAS", "WATERS", "WATERS_BEFORE",
                                  "NOT_ALONE", "ROLES", "FACILITIES", "STREETS", "BODIES",
                                  "FIELDS"])
def test_word_lists_hold_lower_case_words_as_folded_names_are_compared(name: str) -> None:
    listed = getattr(words, name)
    assert listed and all(w == w.lower() for w in listed)


def test_a_word_that_makes_an_area_of_a_town_is_never_a_place_alone() -> None:
    assert {"downtown", "metro"} <= words.AREA_WORDS <= words.NOT_ALONE


def test_a_bare_water_lists_its_waters_in_the_order_tried() -> None:
    waters = words.BARE_WATERS["gulf"]
    assert [water for water, _ in waters] == ["Persian Gulf", "Gulf of Mexico"]
    assert all(len(code) == 3 and code.isupper() for _, shores in waters for code in shores)


def test_the_article_keeps_tagged_names_as_written_and_town_bounds(
        gazetteer: Gazetteer) -> None:
    text = "Police in N.J. met Ann Lee near the Hudson. Smithfield police came."
    names = _names(text, [("N.J.", "GPE"), ("Ann Lee", "PERSON"), ("the Hudson", "LOC"),
                          ("Smithfield police", "ORG")], gazetteer)
    assert names.tagged == {"nj": "N.J.", "hudson": "Hudson"}
    assert names.place_names == {"nj", "hudson"}
    assert (names.town_starts, names.town_ends) == ({text.index("N.J.")}, {text.index(" met")})
    assert names.person_words == {"ann", "lee"}


@pytest.mark.parametrize(("text", "marked"), [
    # after a locative preposition
    ("Floods closed two roads in Alexandria on Monday.", [("Alexandria", "PERSON")]),
    # a legislator's party tag
    ("Rep. Ann Lee, D-Charleston, voted no.", [("D-Charleston", "PERSON")]),
    # listed beside a tagged town
    ("Schools shut in Hondo and Castroville.", [("Hondo", "PERSON"), ("Castroville", "GPE")]),
])
def test_a_person_tagged_name_the_text_treats_as_a_place_is_one(
        gazetteer: Gazetteer, text: str, marked: list[tuple[str, str]]) -> None:
    names = _names(text, marked, gazetteer)
    mention = marked_mentions(text, marked)[0]
    assert treated_as_place(names, mention, mention.text)


def test_a_person_named_like_a_country_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Jordan Peterson spoke to students on Monday."
    names = _names(text, [("Jordan Peterson", "PERSON")], gazetteer)
    mention = marked_mentions(text, [("Jordan Peterson", "PERSON")])[0]
    assert not treated_as_place(names, mention, "Jordan Peterson")


@pytest.mark.parametrize(("text", "surface", "label", "inside"), [
    ("Calgary police made an arrest.", "Calgary police", "ORG", "Calgary"),
    ("Donors gave to the Cancer Society of Canada.", "the Cancer Society of Canada",
     "ORG", "Canada"),
])
def test_the_place_inside_an_organization_is_found_at_its_offset(
        gazetteer: Gazetteer, text: str, surface: str, label: str, inside: str) -> None:
    names = _names(text, [(surface, label)], gazetteer)
    found = InsideFinder(names).find(marked_mentions(text, [(surface, label)])[0])
    assert found is not None
    offset, shown, candidates = found
    assert (shown, surface[offset:offset + len(shown)]) == (inside, inside) and candidates


def test_a_place_with_a_name_of_its_own_holds_no_other_place(gazetteer: Gazetteer) -> None:
    text = "Music filled the Spanish Quarter."
    names = _names(text, [("the Spanish Quarter", "LOC")], gazetteer)
    assert InsideFinder(names).find(marked_mentions(text, [("the Spanish Quarter", "LOC")])[0]) \
        is None
