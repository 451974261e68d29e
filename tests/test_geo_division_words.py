"""The words that make a name a division are one list, the actors' data file's: the
gazetteer's designators are the actors' first-level divisions and the other designators."""

from __future__ import annotations

import pytest

from belli.geo.names import designator


@pytest.mark.parametrize(("text", "split"), [
    ("Aland oblast", ("Aland", "oblast")),       # a first-level division word
    ("Borduria Parish", ("Borduria", "parish")),  # another designator
])
def test_a_designator_from_the_data_file_splits_off(text, split):
    assert designator(text) == split


@pytest.mark.parametrize("text", ["Aland city", "Borduria neighbourhood"])
def test_a_local_area_word_is_no_division_designator(text):
    assert designator(text) == (text, None)
