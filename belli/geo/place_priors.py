"""A candidate place's score before the article's context weighs in: how likely a text
means this place by this name at all.

log10 of its population and of the number of its names in other languages (Venice,
Italy is known in hundreds; Venice, California in a few), plus a bonus by kind; a fixed
prior for continents, curated counties and curated places (seas, straits, disputed
regions); less for a name found by an alternate form, far less for a former or foreign
name; a capital's bonus; and a city named like its own division beats it ("Moscow"),
while a small town named like another division is rarely meant ("Oregon", Illinois).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from belli.geo.gazetteer import Entry
from belli.geo.names import alike, fold, same_name, spelled_out, without_settlement_word
from belli.geo.toponyms import Candidate, Toponym

__all__ = ["CAPITAL", "LARGE_TOWN", "division_readings", "prior"]

_PRIOR_BY_KIND = {"country": 4.0, "admin1": 0.5, "admin2": 0.3, "city": 0.0}
# a curated county (`places.csv`) lists no population: it counts as a division of about
# a million people, as England's counties and their like are
_FIXED_PRIOR = {"continent": 9.0, "county": 6.3}
_CURATED_PRIOR = 9.0  # seas, straits, disputed regions: salient by selection
_WEAK = -2.5
_NAMES_WEIGHT = 1.2  # per log10 of the alternate names: how widely known a place is
# a town's alternate names by its population (medians over the gazetteer's towns: 6 at
# 30,000 people, 11 at 100,000, 38 at a million, 80 at ten million): log10(names) rises
# about half a unit per tenfold population above a thousand people (capped at 1.2: a
# division's population sums its towns' and runs high)
_TYPICAL_NAMES_SLOPE = 0.5
_UNKNOWN_BELOW = 3.0
_TYPICAL_NAMES_MAX = 1.2
_ALTERNATE = -1.0  # matched by an alternate form of the place's own name ("New York")
_OTHER_NAME = -3.0  # matched by another name altogether: a former or foreign one ("Franklin"
# was El Paso's), which a text means far less often than a place of that very name
_SPELLING = 0.8  # how alike two names must be to count as spellings of one
CAPITAL = 2.0
_NAMESAKE_CITY = 1.0  # a city named like its own division: Moscow, New York, Mexico City
_NAMESAKE_TOWN = -3.0  # a small town named like another division: Oregon, Illinois
LARGE_TOWN = 100_000
# a town's fame abroad says little of which town a local story means by its offices
_MUNICIPAL_FAME = 0.0
_NOT_A_TOWN = -6.0  # a country or state read where the text names a town's offices


def prior(toponym: Toponym, candidate: Candidate, states: Sequence[Entry],
           municipal: bool = False, town_only: bool = False) -> float:
    """`states`: the first-level divisions among the toponym's candidates (`division_readings`).
    A name the text uses as a `municipal`ity is no seat of government and its fame abroad
    says little ("a Moscow man", "the Moscow Police Department" may be Moscow, Idaho): no
    capital's bonus, no names' weight; where it names a town's own offices (`town_only`)
    it is no country or state either."""
    entry = candidate.entry
    if entry.kind in _FIXED_PRIOR:
        score = _FIXED_PRIOR[entry.kind]
    elif entry.kind not in _PRIOR_BY_KIND:
        score = _CURATED_PRIOR
    else:
        fame = _MUNICIPAL_FAME if municipal else _NAMES_WEIGHT
        score = (math.log10(entry.population + 1) + _PRIOR_BY_KIND[entry.kind]
                 + fame * _known(toponym, entry))
    if entry.weak:
        score += _WEAK
    elif spelled_out(fold(entry.name)) != spelled_out(toponym.key) and \
            candidate.why == "gazetteer":
        other = entry.is_division and not _form_of(fold(entry.name), toponym.key)
        score += _OTHER_NAME if other or _foreign_name(toponym, entry) else _ALTERNATE
    if candidate.why.startswith("capital") and not municipal:
        score += CAPITAL
    if town_only and entry.kind in ("country", "admin1"):
        score += _NOT_A_TOWN
    if entry.kind == "city":
        score += _namesake(entry, states)
    return score

def _known(toponym: Toponym, entry: Entry) -> float:
    """log10 of how many names a place has abroad. GeoNames counts them for towns only; a
    state or a province is credited what a town of its population typically has ("Ontario"
    beside Ontario, California), unless its own namesake city or a capital is a reading
    too (the city is the better known: "New York", "Moscow", "Washington")."""
    if entry.kind != "admin1":
        return math.log10(entry.names + 1)
    if any(_namesake_city(c.entry, entry) or c.why.startswith("capital")
           for c in toponym.candidates):
        return 0.0
    typical = _TYPICAL_NAMES_SLOPE * (math.log10(entry.population + 1) - _UNKNOWN_BELOW)
    return min(_TYPICAL_NAMES_MAX, max(0.0, typical))

def _foreign_name(toponym: Toponym, town: Entry) -> bool:
    """Whether a town is matched by a name it bears only in other tongues ("Cancun" for
    Changchun, neither a form nor a spelling of its own) while another reading bears
    that very name: the text far more likely means the latter."""
    name = fold(town.name)
    if town.kind != "city" or without_settlement_word(name) == without_settlement_word(
            toponym.key) or alike(name, toponym.key):
        return False
    return any(same_name(c.entry.name, toponym.key) for c in toponym.candidates)

def _namesake_city(town: Entry, division: Entry) -> bool:
    return town.kind == "city" and (town.country, town.admin1) == (division.country,
                                                                  division.admin1)

@lru_cache(maxsize=1 << 14)  # a ratio of two spellings is slow, and names recur
def _form_of(name: str, key: str) -> bool:
    """Whether `key` is a form of the folded `name`: the same once a settlement word goes
    ("new york" of "new york city", not "franklin" of "franklin park"), or another
    spelling of it ("odessa" of "odesa", "jenin" of "janin"), not another name."""
    name, key = without_settlement_word(name), without_settlement_word(key)
    return name == key or SequenceMatcher(None, name, key).ratio() >= _SPELLING

def division_readings(toponym: Toponym) -> list[Entry]:
    return [c.entry for c in toponym.candidates if c.entry.kind == "admin1"]

def _namesake(town: Entry, states: Sequence[Entry]) -> float:
    """A city named like its own division is the division's city (Moscow, New York); a
    small town named like another division of its country is rarely what a text means
    by the name (Oregon, Illinois; Nevada, Iowa) unless the text puts it there."""
    own = [s for s in states if s.country == town.country]
    if any(s.admin1 == town.admin1 for s in own):
        return _NAMESAKE_CITY
    if town.population < LARGE_TOWN and any(not s.weak for s in own):
        return _NAMESAKE_TOWN
    return 0.0
