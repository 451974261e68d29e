"""The city gazetteer is built in every process at start-up: its shortcuts must give the
same index, and a city still reads as a typed, immutable record."""

from __future__ import annotations

import pytest

from belli.nlp.gazetteer import City, load_cities
from belli.nlp.patterns import _ascii, city_index, find_city


@pytest.mark.parametrize(("text", "expected"), [
    ("Kharkiv", "Kharkiv"),  # plain ASCII comes back as it is
    ("Al-Hasakah", "Al-Hasakah"),
    ("Ţarţūs", "Tartus"),  # diacritics folded
    ("Sāmarrā’", "Samarra'"),  # and the curly apostrophe made straight
])
def test_ascii_spelling(text: str, expected: str) -> None:
    assert _ascii(text) == expected


def test_a_folded_name_loses_its_article_too() -> None:
    town = City("Al Fallūjah", "IRQ", 33.35, 43.78, 190_000, 1)
    index = city_index({"al fallūjah": town})
    assert find_city(index, "Fallujah") is town
    assert find_city(index, "Al-Fallujah") is town


def test_packaged_cities_are_typed_immutable_records() -> None:
    city = load_cities()["paris"]
    assert (city.country, type(city.lat), type(city.population)) == ("FRA", float, int)
    with pytest.raises(AttributeError):
        city.country = "USA"  # type: ignore[misc]
