"""The words that make a name a division are one list, the actors' data file's: the
gazetteer's designators are the actors' first-level divisions and the other designators."""

from __future__ import annotations

import pytest

from belli.geo.names import DIVISION_WORDS, designator
from belli.yamldata import word_list


def test_every_first_level_division_of_the_actors_is_a_geo_designator():
    assert word_list("belli.actors", "place_kinds.yaml", "divisions") <= DIVISION_WORDS


@pytest.mark.parametrize(("text", "split"), [
    ("Aland oblast", ("Aland", "oblast")),       # a first-level division word
    ("Borduria Parish", ("Borduria", "parish")),  # another designator
])
def test_a_designator_from_the_data_file_splits_off(text, split):
    assert designator(text) == split


@pytest.mark.parametrize("text", ["Aland city", "Borduria neighbourhood"])
def test_a_local_area_word_is_no_division_designator(text):
    assert designator(text) == (text, None)
