"""ACLED-shaped CSV: belli's events in the columns of ACLED's data export, so tools and
habits built for ACLED read them, with belli's own ids at the end to trace each row back.

Columns: event_date, time_precision, event_type, sub_event_type, actor1, assoc_actor_1,
inter1, actor2, assoc_actor_2, inter2, interaction, country, location, latitude,
longitude, geo_precision, source, notes, fatalities, doc_id, event_id, canonical_id.

Which events. Only events that happened: not negated, hypothetical or future (background
history happened and stays). Events without a usable date are left out, as ACLED has no
undated rows. A filter (`EventFilter`) narrows further.

Dates. event_date is the first day of the period the event's date stands for ("2020-09"
-> 2020-09-01). time_precision follows the length of that period: 1 a day (or part of
one), 2 up to a week (a week, a weekend, "2023-W38"), 3 anything longer (a month, a
season, a year, an open interval).

Event types, from PLOVER type and mode:

    ASSAULT aerial, drone               Explosions/Remote violence  Air/drone strike
    ASSAULT heavy-weapons               Explosions/Remote violence  Shelling/artillery/missile attack
    ASSAULT explosives                  Explosions/Remote violence  Remote explosive/landmine/IED
    ASSAULT suicide-attack              Explosions/Remote violence  Suicide bomb
    ASSAULT unconventional, chemical,   Explosions/Remote violence  Chemical weapon
      nerve-agent or gas trigger
    ASSAULT without a mode whose trigger names the weapon takes that weapon's row:
      shelling, artillery, mortar, rocket, missile -> shelling; air strike, airstrike,
      bombing, drone -> air/drone strike; mine, IED, explosive -> remote explosive
    ASSAULT abduct                      Violence against civilians  Abduction/forced disappearance
    ASSAULT sexual                      Violence against civilians  Sexual violence
    ASSAULT crowd-control               Protests                    Excessive force against protesters
    ASSAULT destroy                     Strategic developments      Looting/property destruction
    other ASSAULT, every target civilian
      (inter 7; unconventional: mass
      violence such as ethnic cleansing) Violence against civilians Attack
    other ASSAULT                       Battles                     Armed clash
    PROTEST riot, vandalize             Riots                       Violent demonstration
    other PROTEST                       Protests                    Peaceful protest
    AGREE; RETREAT ceasefire            Strategic developments      Agreement
    COERCE arrest                       Strategic developments      Arrests
    COERCE seize                        Strategic developments      Looting/property destruction
    MOBILIZE                            Strategic developments      Change to group/activity
    RETREAT withdraw                    Strategic developments      Non-violent transfer of territory
    every other type and mode           Strategic developments      Other

Actors. actor1 is the event's first source, assoc_actor_1 its other sources ("; "
between them, as ACLED writes); actor2 and assoc_actor_2 the same of its targets. A
reciprocal event ("Turkey and Azerbaijan held drills") has actor1 and actor2 as its
first two actors and the rest in assoc_actor_1. Actors are belli's keys ("AZE MIL", or a
name where there is no code), the keys every other belli query takes; entries that only
tie a place to its country are not actors.

Inter codes, from the actor's sector (ACLED's codes; 0 where there is no actor):

    1 state forces       GOV MIL COP SPY LEG JUD, or a country with no sector
    2 rebel groups       REB; PRE (the de facto authorities of a partly recognised entity:
                         ACLED counts such forces, e.g. the Donetsk People's Republic's,
                         as rebels); IMG (transnational armed groups)
    3 political militias UAF (unidentified armed groups), CRM, PTY; an unresolved source
                         of an ASSAULT (ACLED's "unidentified armed group")
    4 identity militias  never: no belli sector names communal or ethnic militias
    5 rioters            non-state sources of PROTEST riot or vandalize
    6 protesters         non-state sources of other PROTEST; civilian targets of ASSAULT
                         crowd-control
    7 civilians          CVL OPP NGO JRN BUS REF LAB EDU HLH REL ELI, and NGOs of igos.csv
    8 external/other     IGO and the organizations of igos.csv; state forces (1) acting
                         outside their own country (the event's place is in another
                         country, ACLED's rule); any other unresolved actor

interaction is the two inter codes, smaller first (12, 17, 28); with one actor alone, its
code times ten (60: protesters alone).

Places. country is the English name of the country of the event's place; location,
latitude and longitude the place's. geo_precision: 1 an exact spot or a town, 2 a region,
3 a country (blank when the event has no place).

source is the outlet (the document's publisher); notes the evidence sentence; canonical_id
the real-world event the report was linked to (blank until `belli link` has run).

fatalities. The quantities whose unit says dead (killed, dead, deaths, fatalities, died,
slain), and on an event whose trigger says death ("killed", "died") those that count
people ("71 servicemen had been killed": soldiers, civilians, people...). Within one
claimant the largest figure counts (smaller ones in one telling are usually parts of it:
"12 killed, 3 of them civilians"); across claimants the lowest, as ACLED takes the most
conservative report; 0 when no figure is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from typing import Any, TextIO

import duckdb

from belli.actors.kb import load_kb
from belli.actors.sectors import STATE_ORGANS
from belli.analysis.sql import happened, write_csv
from belli.errors import StoreError
from belli.records import Actor, Event, Place, Quantity
from belli.store.event_query import (
    EVENT_DAYS,
    EventFilter,
    actor_text,
    event_where,
    period_edge,
)
from belli.store.queries import with_defaults
from belli.store.schema import q

__all__ = ["ACLED_FIELDS", "AcledRow", "acled_row", "acled_rows", "event_kind", "fatalities",
           "inter_code", "write_acled"]

REMOTE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"
STRATEGIC = "Strategic developments"

_ASSAULT_MODES: dict[str, tuple[str, str]] = {
    "aerial": (REMOTE, "Air/drone strike"),
    "drone": (REMOTE, "Air/drone strike"),
    "heavy-weapons": (REMOTE, "Shelling/artillery/missile attack"),
    "explosives": (REMOTE, "Remote explosive/landmine/IED"),
    "suicide-attack": (REMOTE, "Suicide bomb"),
    "chemical": (REMOTE, "Chemical weapon"),  # an unconventional assault by gas or agent
    "abduct": (CIVILIANS, "Abduction/forced disappearance"),
    "sexual": (CIVILIANS, "Sexual violence"),
    "crowd-control": ("Protests", "Excessive force against protesters"),
    "destroy": (STRATEGIC, "Looting/property destruction"),
}
# weapons a trigger names when the coder gave no mode ("shelled", "air strike")
_WEAPON_TRIGGERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"chemical|nerve agent|sarin|chlorine|\bgas"), "chemical"),
    (re.compile(r"shell|artillery|mortar|rocket|missile|howitzer|bombard"), "heavy-weapons"),
    (re.compile(r"air ?strike|air raid|bomb|drone"), "aerial"),
    (re.compile(r"\bmines?\b|landmine|\bied\b|explosive"), "explosives"),
)
_STRATEGIC: dict[tuple[str, str | None], str] = {
    ("AGREE", None): "Agreement",
    ("RETREAT", "ceasefire"): "Agreement",
    ("COERCE", "arrest"): "Arrests",
    ("COERCE", "seize"): "Looting/property destruction",
    ("MOBILIZE", None): "Change to group/activity",
    ("RETREAT", "withdraw"): "Non-violent transfer of territory",
}

_REBELS = frozenset({"REB", "PRE"})
_MILITIAS = frozenset({"UAF", "CRM", "PTY"})
_ARMED = STATE_ORGANS | _REBELS | _MILITIAS | {"IGO"}
_VIOLENT_PROTEST = frozenset({"riot", "vandalize"})
_PRECISION = {"exact": 1, "town": 1, "region": 2, "country": 3}
_DEAD = frozenset({"killed", "dead", "deaths", "death", "fatalities", "died", "slain"})
# A trigger that itself says death makes a count of people a count of the dead: the
# quantities stage leaves some nouns as the unit ("71 servicemen had been killed").
_DEATH_TRIGGER = re.compile(r"^(?:kill|dead|death|die|slain|slay|massacre)", re.IGNORECASE)
_PEOPLE = frozenset({
    "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier",
    "servicemen", "serviceman", "troops", "militants", "fighters", "officers", "police",
    "policemen", "residents", "villagers", "children", "women", "men", "personnel",
    "members", "rebels", "insurgents", "protesters", "passengers", "workers", "victims"})


@dataclass(frozen=True, slots=True)
class AcledRow:
    event_date: str
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str
    inter1: int
    actor2: str
    assoc_actor_2: str
    inter2: int
    interaction: int
    country: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    source: str
    notes: str
    fatalities: int
    doc_id: str
    event_id: str
    canonical_id: str | None


ACLED_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(AcledRow))


# --- event type --------------------------------------------------------------------------

def event_kind(event: Event, civilian_targets: bool) -> tuple[str, str]:
    """ACLED's (event_type, sub_event_type) for a PLOVER event (the table above)."""
    if event.type == "ASSAULT":
        return _assault_kind(_weapon(event), civilian_targets)
    if event.type == "PROTEST":
        if event.mode in _VIOLENT_PROTEST:
            return "Riots", "Violent demonstration"
        return "Protests", "Peaceful protest"
    sub = _STRATEGIC.get((event.type, event.mode)) or _STRATEGIC.get((event.type, None))
    return STRATEGIC, sub or "Other"


def _weapon(event: Event) -> str | None:
    """The ASSAULT's mode, or the weapon its trigger names where it has none; a chemical
    trigger makes an unconventional (mass violence) assault a chemical attack."""
    if event.mode not in (None, "unconventional"):
        return event.mode
    trigger = event.trigger.lower()
    named = next((mode for pattern, mode in _WEAPON_TRIGGERS if pattern.search(trigger)), None)
    if event.mode is None or named == "chemical":
        return named
    return event.mode


def _assault_kind(weapon: str | None, civilian_targets: bool) -> tuple[str, str]:
    if weapon in _ASSAULT_MODES:
        return _ASSAULT_MODES[weapon]
    if civilian_targets:
        return CIVILIANS, "Attack"
    return "Battles", "Armed clash"


# --- actors ------------------------------------------------------------------------------

def inter_code(actor: Actor | None, event: Event, *, as_source: bool) -> int:
    """ACLED's inter code of an actor of `event` (the table above)."""
    if actor is None:
        return 0
    sector, code = actor.sector, actor.country
    if event.type == "PROTEST" and as_source and sector not in _ARMED:
        return 5 if event.mode in _VIOLENT_PROTEST else 6
    if sector in _REBELS or code == "IMG":
        return 2
    if sector in _MILITIAS:
        return 3
    kb = load_kb()
    if code in kb.igos and kb.igos[code].kind == "NGO":
        return 7
    if sector == "IGO" or code in kb.igos:
        return 8
    if sector in STATE_ORGANS or (sector is None and code in kb.countries):
        return _state_or_external(code, event.place)
    if sector is None:
        return 3 if as_source and event.type == "ASSAULT" and code is None else 8
    if event.mode == "crowd-control" and not as_source:
        return 6
    return 7


def _state_or_external(code: str | None, place: Place | None) -> int:
    """State forces at home are 1; abroad (the event's place in another country) 8."""
    abroad = place is not None and place.country and code and place.country != code
    return 8 if abroad else 1


def _actors(entries: Sequence[Actor]) -> list[Actor]:
    """The actor entries, places and repeated keys left out."""
    seen: dict[str, Actor] = {}
    for entry in entries:
        if not entry.is_location:
            seen.setdefault(actor_text(entry), entry)
    return list(seen.values())


def _sides(event: Event) -> tuple[list[Actor], list[Actor]]:
    """(actor1 and its associates, actor2 and its associates)."""
    if event.reciprocal:
        together = _actors((*event.source, *event.target))
        return [together[0], *together[2:]] if together else [], together[1:2]
    return _actors(event.source), _actors(event.target)


def _interaction(inter1: int, inter2: int) -> int:
    if 0 in (inter1, inter2):  # one actor alone (an event may name only its target)
        return 10 * max(inter1, inter2)
    return 10 * min(inter1, inter2) + max(inter1, inter2)


# --- dates, places, figures --------------------------------------------------------------

def _time_precision(first: str, last: str) -> int:
    days = (date.fromisoformat(last) - date.fromisoformat(first)).days
    return 1 if days == 0 else 2 if days <= 7 else 3


@lru_cache(maxsize=65536)  # a store holds few distinct dates
def _edges(value: str | None) -> tuple[str | None, str | None]:
    return period_edge(value, last=False), period_edge(value, last=True)


def fatalities(quantities: Sequence[Quantity], trigger: str = "") -> int:
    """The dead an event's figures give (the rule in the module docstring)."""
    dead_units = _DEAD | (_PEOPLE if _DEATH_TRIGGER.match(trigger.strip()) else frozenset())
    per_claimant: dict[str | None, float] = {}
    for quantity in quantities:
        if quantity.value is None or (quantity.unit or "").lower() not in dead_units:
            continue
        claimant = quantity.claimed_by
        per_claimant[claimant] = max(per_claimant.get(claimant, 0.0), quantity.value)
    return int(min(per_claimant.values())) if per_claimant else 0


def _country_name(code: str | None) -> str:
    if code is None:
        return ""
    entry = load_kb().countries.get(code)
    return entry.name if entry else code


# --- one row, and all of them ------------------------------------------------------------

def acled_row(event: Event, publisher: str | None = None,
              canonical_id: str | None = None) -> AcledRow | None:
    """The ACLED row of an event; None for an event without a usable date."""
    first, last = _edges(event.date)
    if first is None or last is None or first.startswith("0000"):
        return None
    side1, side2 = _sides(event)
    inter1 = inter_code(side1[0] if side1 else None, event, as_source=True)
    inter2 = inter_code(side2[0] if side2 else None, event, as_source=False)
    civilian = bool(side2) and all(
        inter_code(a, event, as_source=False) in (6, 7) for a in side2)
    event_type, sub_type = event_kind(event, civilian)
    place = event.place
    return AcledRow(
        event_date=first, time_precision=_time_precision(first, last), event_type=event_type,
        sub_event_type=sub_type, actor1=_key(side1[:1]), assoc_actor_1=_key(side1[1:]),
        inter1=inter1, actor2=_key(side2[:1]), assoc_actor_2=_key(side2[1:]), inter2=inter2,
        interaction=_interaction(inter1, inter2),
        country=_country_name(place.country if place else None),
        location=place.name if place else "", latitude=place.lat if place else None,
        longitude=place.lon if place else None,
        geo_precision=_PRECISION.get(place.precision or "") if place else None,
        source=publisher or "", notes=event.sentence,
        fatalities=fatalities(event.quantities, event.trigger), doc_id=event.doc_id,
        event_id=event.event_id, canonical_id=canonical_id)


def _key(actors: Sequence[Actor]) -> str:
    return "; ".join(actor_text(a) for a in actors)


_COLUMNS = ("doc_id", "event_id", "type", "mode", "quad", "score", "sentence", "start", "end",
            "trigger", "source", "target", "date", "date_granularity", "place", "quantities",
            "reciprocal")
_BATCH = 2000


def acled_rows(con: duckdb.DuckDBPyConnection,
               where: EventFilter | None = None) -> Iterator[AcledRow]:
    """The ACLED rows of the stored events that happened and match `where`, by date, then
    in stored order. The query runs when the first row is asked for."""
    clauses = event_where(happened(where))
    first, _ = EVENT_DAYS
    cols = ", ".join(f"e.{q(c)}" for c in _COLUMNS)
    sql = (f"SELECT {cols}, d.publisher, l.canonical_id, {first} AS first_day "
           "FROM events e JOIN documents d ON d.doc_id = e.doc_id "
           "LEFT JOIN event_links l ON l.doc_id = e.doc_id AND l.event_id = e.event_id "
           f"{clauses.sql()} ORDER BY first_day NULLS LAST, d.seq, e.seq")
    try:
        cur = con.execute(sql, clauses.params)
        while batch := cur.fetchmany(_BATCH):
            for row in batch:
                made = acled_row(_event(row), row[len(_COLUMNS)], row[len(_COLUMNS) + 1])
                if made is not None:
                    yield made
    except duckdb.Error as exc:
        raise StoreError(f"could not read events: {exc}".split("\n")[0]) from exc


def _event(row: Sequence[Any]) -> Event:
    return Event.from_dict(with_defaults(Event, dict(zip(_COLUMNS, row, strict=False))))


def write_acled(con: duckdb.DuckDBPyConnection, out: TextIO,
                where: EventFilter | None = None) -> int:
    """Write the ACLED CSV (header and rows) to `out`; the number of rows."""
    return write_csv(out, ACLED_FIELDS, acled_rows(con, where))

