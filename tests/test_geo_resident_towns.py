"""An untagged town before a word for its people ("Dunmore residents") is a place."""

from __future__ import annotations

import pytest

from belli.geo.gazetteer import Gazetteer
from belli.geo.missed import resident_unmentioned
from belli.records import Mention


def _residents(gazetteer: Gazetteer, text: str, tagged: list[tuple[str, str]]) -> list[str]:
    mentions = [Mention(doc_id="d", start=(at := text.index(surface)), end=at + len(surface),
                        text=surface, label=label) for surface, label in tagged]
    return [s.text for s in resident_unmentioned(text, mentions, gazetteer)]


@pytest.mark.parametrize(("text", "tagged", "towns"), [
    ("Police in Pennsylvania said a Scranton man had been charged.",
     [("Pennsylvania", "GPE")], ["Scranton"]),
    ("Flooding in Texas forced several Amarillo families from their homes.",
     [("Texas", "GPE")], ["Amarillo"]),
    # a headline's first word, where the text never writes it in lower case
    ("Leominster residents debate a land deal. Officials in Massachusetts agreed.",
     [("Massachusetts", "GPE")], ["Leominster"]),
])
def test_untagged_town_before_its_people_is_a_place(gazetteer, text, tagged, towns):
    assert _residents(gazetteer, text, tagged) == towns


@pytest.mark.parametrize(("text", "tagged"), [
    # a sentence's first word is capitalized whatever it is
    ("Storms hit Louisiana. Many residents fled and many more stayed.", [("Louisiana", "GPE")]),
    # no town of a country the story names
    ("A Scranton man was charged in Paris, France.", [("Paris", "GPE"), ("France", "GPE")]),
    # an ordinary word that names a small town opens the text
    ("Many residents fled when many roads flooded in Louisiana.", [("Louisiana", "GPE")]),
])
def test_word_before_people_is_no_town_without_support(gazetteer, text, tagged):
    assert _residents(gazetteer, text, tagged) == []


@pytest.mark.parametrize(("text", "towns"), [
    # the story names no country: a sizable town still names itself
    ("Scranton residents debate a land deal. The council met on Monday.", ["Scranton"]),
    ("Police said an Amarillo woman had been charged with arson.", ["Amarillo"]),
])
def test_sizable_town_before_its_people_needs_no_country_where_none_is_named(
        gazetteer, text, towns):
    assert _residents(gazetteer, text, []) == towns


@pytest.mark.parametrize("text", [
    # a small town's namesake, where no country narrows the reading
    "Police said a Dunmore man had been charged with arson.",
    "Many residents fled the flood on Monday.",
])
def test_small_town_before_its_people_needs_a_named_country(gazetteer, text):
    assert _residents(gazetteer, text, []) == []
