"""Choose, for each toponym of an article, the place it names: population, kind and context.

A candidate's score adds up, in log space:

* its prior: log10 of its population and of the number of its names in other languages
  (Venice, Italy is known in hundreds; Venice, California in a few), plus a bonus by kind. A country, a continent or a
  curated place (a sea, a disputed region) beats a same-named town ("Georgia", "Jordan");
  a city beats the division named after it ("Moscow", "New York"); a capital named as a
  seat of government ("Washington") is the capital; a name found only once its
  designator is dropped ("Tensas" for Tensas Parish) counts less, and a place's
  former or foreign name ("Franklin" for El Paso) far less than a place of that name;
* a name the text uses as a municipality ("the Moscow Police Department", "a Peru man",
  "Rome City Council") is a town: a local story's, whose fame abroad and status as a
  capital count for nothing, and, beside a town's own offices, no country or state; a
  name before a person ("a Lebanon woman") or a school ("Peru Elementary") is no
  country, which news names by its adjective there, nor is one after a street address
  ("12 Elm St., Lebanon"), which ends with its town;
* two names close together in several divisions ("Exeter" and "Portsmouth") share their
  nearness among those places, so a pair carried abroad keeps its home (`_nearby`);
* a compass part before a name ("central Ontario") makes it a state or a country;
* containment the text states: "Ruston, La.", "Kapan, in Armenia's Syunik province",
  "Armenia's Syunik province" put the place inside the division named with it;
* the article's other places: each other toponym supports the countries and first-level
  divisions of its likely readings, and so do the actors' countries and the country the
  story's own writing points to (`belli.geo.usage`). Support is spread
  by each toponym's current probabilities and updated a few times, so that "Moscow" in a
  Russia story is Moscow, Russia and "Moscow" next to "Latah County" is Moscow, Idaho.
  A town named like a country ("Peru", "Lebanon") counts only the support of its
  country's towns and divisions: naming the United States says nothing of Peru, Ind.

One sense per story: readings of one name in different countries all take the one chosen
among the most candidates (`_one_sense`).

Pure functions over `Toponym` records: no spaCy, no I/O.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from belli.geo.gazetteer import Entry
from belli.geo.lone_names import after_address
from belli.geo.names import fold, spelled_out
from belli.geo.toponyms import Candidate, Toponym

__all__ = ["Resolution", "resolve_toponyms"]

COUNTRY_WEIGHT = 2.0  # per log1p of the support the article gives a country
DIVISION_WEIGHT = 3.0  # per log1p of the support it gives a first-level division
CONTAINED = 6.0  # the text says the place lies in this division
REPEAT_WEIGHT = 1.0  # a name the article repeats is its subject: "Illinois" five times
NEARBY_WEIGHT = 2.0  # per log1p of the other names that have a reading close by
_CELL_DEG = 0.5  # grid cell for "close by": a candidate's cell and its eight neighbours
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
_SETTLEMENT_WORDS = frozenset({"city", "town", "village", "township", "borough"})
_SPELLING = 0.8  # how alike two names must be to count as spellings of one
_CAPITAL = 2.0
_RIVAL_BACKING = 0.5  # how much more a rival's country must be backed to void a capital's bonus
_NAMESAKE_CITY = 1.0  # a city named like its own division: Moscow, New York, Mexico City
_NAMESAKE_TOWN = -3.0  # a small town named like another division: Oregon, Illinois
_LARGE_TOWN = 100_000
_ROUNDS = 3
_CONTAINER_KINDS = frozenset({"country", "admin1", "admin2", "region", "province", "county"})
_TOWN_KINDS = frozenset({"city", "admin2"})
_NEAR_KM = 150.0
_COMMA = re.compile(r"^\s*,\s*$")
_IN = re.compile(r"^\s*,?\s*(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s?\s+$")
# words after a name that make it a municipality: its own government, services or people
# ("the Moscow Police Department", "Rome City Council", "a Peru man", "Vienna police")
_MUNICIPAL = re.compile(
    r"(?:['’]s)?\s+(?:city\s+(?:council|hall|manager|commission|schools)|police|"
    r"fire\s+(?:department|chief|station)|civic\s+cent(?:er|re)|"
    r"firefighters|mayor|township|residents?\b|man\b|woman\b|(?:public\s+)?library)",
    re.IGNORECASE)
# ...and those no country or state has: a town's own offices ("the Peru Fire Department")
_TOWN_ONLY = re.compile(r"(?:['’]s)?\s+(?:city\s+(?:council|hall|manager|commission|schools)|"
                        r"police\s+department|fire\s+department|township|"
                        r"civic\s+cent(?:er|re))", re.IGNORECASE)
# ...and those after a name that a country's name never stands before: a person of the
# place ("a Lebanon woman", "two Peru men": of a country news writes "a Lebanese woman"),
# or a town's own school ("Peru Elementary", "Lima High School")
_NO_COUNTRY = re.compile(r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|couple|"
                         r"elementary|(?:high|middle|junior\s+high)\s+school)\b",
                         re.IGNORECASE)
# a compass part before a name makes it an area ("central Ontario", "southern Lebanon"):
# a state's or a country's, not a town's (lower-case: "North Dakota" is a name)
_PART_OF = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|"
                      r"central|upstate|downstate)\s+$")
_AREA_READ = 4.0  # an area's reading after a compass part, over a town's
# (a conflict region of the places file counts: "northern Gaza" is the Strip's north)
_AREA_KINDS = frozenset({"country", "admin1", "region", "county", "island", "peninsula",
                         "desert", "valley", "zone", "heights"})
# a town's fame abroad says little of which town a local story means by its offices
_MUNICIPAL_FAME = 0.0
_NOT_A_TOWN = -6.0  # a country or state read where the text names a town's offices
_NOT_A_COUNTRY = -10.0  # a country read where the text names a person of a town


@dataclass(frozen=True, slots=True)
class Resolution:
    """The place chosen for a toponym, with the reason an analyst reads."""

    toponym: Toponym
    entry: Entry
    reason: str


def resolve_toponyms(text: str, toponyms: Sequence[Toponym],
                     actor_countries: Iterable[str] = (),
                     newsroom: Mapping[str, float] | None = None) -> list[Resolution]:
    """The best reading of every toponym that has a candidate. `newsroom`: the support
    the story's own writing gives a country (`belli.geo.usage`)."""
    stated = _containers(text, toponyms)
    containers = _shared(toponyms, stated)
    base = _base_scores(text, toponyms, stated, containers)
    scores = _in_context(toponyms, base, actor_countries, newsroom or {})
    return _one_sense([_chosen(toponym, row, stated.get(i, ()), containers.get(i, ()))
                       for i, (toponym, row) in enumerate(zip(toponyms, scores, strict=True))
                       if row])


def _one_sense(resolutions: list[Resolution]) -> list[Resolution]:
    """A story uses a name in one sense throughout: where its readings of one name lie in
    different countries ("Vienna, Va." and then "Vienna police" read as Austria's), every
    one takes the reading chosen from the most candidates (a name inside another name is
    looked up among fewer places). A body's name with a settlement word ("the Quincy City
    Council") is its town's name again; a bare "Panama City" is not "Panama"."""
    fullest: dict[str, Resolution] = {}
    for r in resolutions:
        best = fullest.get(_voter(r.toponym))
        if best is None or len(r.toponym.candidates) > len(best.toponym.candidates):
            fullest[_voter(r.toponym)] = r
    out = []
    for r in resolutions:
        best = fullest[_voter(r.toponym)]
        same = r.toponym.key == best.toponym.key or r.toponym.how == "inside"
        if r.entry.country == best.entry.country or not same:
            out.append(r)
        else:
            why = f"'{r.toponym.text}' → {best.entry.name}, as the story names it elsewhere"
            out.append(Resolution(r.toponym, best.entry, why))
    return out


def _base_scores(text: str, toponyms: Sequence[Toponym], stated: dict[int, list[Toponym]],
                 containers: dict[int, list[Toponym]]) -> list[list[float]]:
    """Each candidate's score before the article's other names weigh in: its prior, the
    places the text puts it in or beside, the names with a reading close by."""
    municipal = _municipal(text, toponyms, _MUNICIPAL)
    town_only = _municipal(text, toponyms, _TOWN_ONLY)
    no_country = _municipal(text, toponyms, _NO_COUNTRY) | _addressed(text, toponyms)
    parts = _parts(text, toponyms)
    nearby = _nearby(toponyms)
    states = [_states(t) for t in toponyms]
    contents = _contents(toponyms, stated)
    return [[_prior(t, c, states[i], t.key in municipal, t.key in town_only)
             + (_NOT_A_COUNTRY if t.key in no_country and c.entry.kind == "country" else 0.0)
             + _contained(c, containers.get(i, ())) + n + _containing(c, contents.get(i, ()))
             + (_AREA_READ if t.key in parts and c.entry.kind in _AREA_KINDS else 0.0)
             for c, n in zip(t.candidates, near, strict=True)]
            for i, (t, near) in enumerate(zip(toponyms, nearby, strict=True))]


def _in_context(toponyms: Sequence[Toponym], base: list[list[float]],
                actor_countries: Iterable[str],
                newsroom: Mapping[str, float]) -> list[list[float]]:
    """The scores with the support of the article's other names, actors' countries and
    newsroom, updated `_ROUNDS` times."""
    evidence = {f"actor:{code}": {code: 1.0} for code in sorted(set(actor_countries))}
    evidence.update({f"newsroom:{code}": {code: weight} for code, weight in newsroom.items()})
    scores = base
    national = [_names_country(t) for t in toponyms]
    for _ in range(_ROUNDS):
        scores = _rescored(toponyms, base, national, _support(toponyms, scores, evidence))
    return scores


def _rescored(toponyms: Sequence[Toponym], base: list[list[float]], national: list[bool],
              support: tuple[_Support, _Support, _Support]) -> list[list[float]]:
    """The base scores plus each candidate's `_context`, worked out once per name and
    reading: a name recurs, and its readings often share a country and a division."""
    countries, divisions, local = support
    known: dict[tuple[str, str | None, str | None, str, bool], float] = {}
    scores = []
    for toponym, bases, rival in zip(toponyms, base, national, strict=True):
        row = []
        for b, candidate in zip(bases, toponym.candidates, strict=True):
            entry = candidate.entry
            key = (toponym.key, entry.country, entry.admin1, entry.kind, rival)
            if key not in known:
                known[key] = _context(toponym, candidate, countries, divisions,
                                      local if rival else None)
            row.append(b + known[key])
        scores.append(_capital_checked(toponym, row, countries))
    return scores


def _capital_checked(toponym: Toponym, row: list[float], countries: _Support) -> list[float]:
    """The row without a capital's bonus where the article backs a rival reading's country
    and not the capital's: "Lebanese troops ... in Tripoli" is Tripoli, Lebanon. The bonus
    is for a capital named alone or as its government ("Tripoli said"). Only a large
    town is such a rival: a story that names the United States still means London, not
    London, Ohio."""
    backing = [countries.others(_voter(toponym), c.entry.country) if c.entry.country else 0.0
               for c in toponym.candidates]
    rivals = [b for c, b in zip(toponym.candidates, backing, strict=True)
              if c.entry.population >= _LARGE_TOWN and not c.why.startswith("capital")]
    best = max(rivals, default=0.0)
    return [score - _CAPITAL if c.why.startswith("capital") and best > own + _RIVAL_BACKING
            else score
            for c, score, own in zip(toponym.candidates, row, backing, strict=True)]


def _chosen(toponym: Toponym, row: list[float], stated: Sequence[Toponym],
            containers: Sequence[Toponym]) -> Resolution:
    """The best-scored reading of a toponym, or the division the text puts it in where
    that reading lies elsewhere."""
    best = max(range(len(row)), key=row.__getitem__)
    chosen = toponym.candidates[best]
    division = _stated_division(toponym, chosen, stated)
    if division is not None:
        return Resolution(toponym, division, f"'{toponym.text}' → {division.name}, "
                          "where the text puts it: the gazetteer lists no place so "
                          "named there")
    return Resolution(toponym, chosen.entry, _reason(toponym, chosen, containers, len(row)))


def _stated_division(toponym: Toponym, chosen: Candidate,
                     containers: Sequence[Toponym]) -> Entry | None:
    """The state the text puts a town in when no reading of the town lies there
    ("Lakewood, Ky." and the gazetteer knows no Lakewood in Kentucky): the town
    is somewhere in that state, not in a same-named town elsewhere. Only a name that is
    nothing but a state counts: in a list ("Moscow, Kiev") the next name is no container."""
    if chosen.entry.kind not in _TOWN_KINDS or any(
            _contained(c, containers) for c in toponym.candidates):
        return None
    states = {c.entry.gazetteer_id: c.entry for t in containers for c in t.candidates
              if all(o.entry.kind == "admin1" for o in t.candidates) and not c.entry.weak}
    return next(iter(states.values())) if len(states) == 1 else None


def _municipal(text: str, toponyms: Sequence[Toponym], cue: re.Pattern[str]) -> frozenset[str]:
    """The names the text uses, somewhere, as a municipality (`cue` after the name): one
    sense per article, so every occurrence is the town. A toponym that took in the
    settlement word of its cue ("Quincy City" + "Council") is the name before that word."""
    keys = set()
    for toponym in toponyms:
        if cue.match(text, toponym.end):
            keys.add(toponym.key)
        head, _, tail = toponym.text.rpartition(" ")
        if head and tail.lower() in _SETTLEMENT_WORDS and cue.match(text, toponym.start + len(head)):
            keys.add(fold(head))
    return frozenset(keys)


def _addressed(text: str, toponyms: Sequence[Toponym]) -> frozenset[str]:
    """The names the text puts right after a street address somewhere ("12 Elm St.,
    Lebanon"): an address ends with its town, and names a country only after the town."""
    return frozenset(t.key for t in toponyms
                     if after_address(text, t.start))


def _parts(text: str, toponyms: Sequence[Toponym]) -> frozenset[str]:
    """The names the text opens with a compass part somewhere ("central Ontario"): one
    sense per article, so every occurrence is the area."""
    return frozenset(t.key for t in toponyms
                     if _PART_OF.search(text, max(0, t.start - 20), t.start))


def _prior(toponym: Toponym, candidate: Candidate, states: Sequence[Entry],
           municipal: bool = False, town_only: bool = False) -> float:
    """`states`: the first-level divisions among the toponym's candidates (`_states`).
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
        score += _OTHER_NAME if other else _ALTERNATE
    if candidate.why.startswith("capital") and not municipal:
        score += _CAPITAL
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


def _namesake_city(town: Entry, division: Entry) -> bool:
    return town.kind == "city" and (town.country, town.admin1) == (division.country,
                                                                  division.admin1)


@lru_cache(maxsize=1 << 14)  # a ratio of two spellings is slow, and names recur
def _form_of(name: str, key: str) -> bool:
    """Whether `key` is a form of the folded `name`: the same once a settlement word goes
    ("new york" of "new york city", not "franklin" of "franklin park"), or another
    spelling of it ("odessa" of "odesa", "jenin" of "janin"), not another name."""
    name, key = _settlement(name), _settlement(key)
    return name == key or SequenceMatcher(None, name, key).ratio() >= _SPELLING


def _settlement(key: str) -> str:
    head, _, tail = key.rpartition(" ")
    return head if head and tail in _SETTLEMENT_WORDS else key


def _states(toponym: Toponym) -> list[Entry]:
    return [c.entry for c in toponym.candidates if c.entry.kind == "admin1"]


def _namesake(town: Entry, states: Sequence[Entry]) -> float:
    """A city named like its own division is the division's city (Moscow, New York); a
    small town named like another division of its country is rarely what a text means
    by the name (Oregon, Illinois; Nevada, Iowa) unless the text puts it there."""
    own = [s for s in states if s.country == town.country]
    if any(s.admin1 == town.admin1 for s in own):
        return _NAMESAKE_CITY
    if town.population < _LARGE_TOWN and any(not s.weak for s in own):
        return _NAMESAKE_TOWN
    return 0.0


def _nearby(toponyms: Sequence[Toponym]) -> list[list[float]]:
    """Per candidate, a bonus for the other names of the article that may lie close by
    ("Paris" next to "Marshall" and "Charleston" is Paris, Illinois). Two names that lie
    close together in several divisions are a set that settlers carried about ("Exeter"
    and "Portsmouth" in several states): their nearness is shared
    among those places, and says little against the pair's home abroad."""
    cells: dict[str, set[tuple[int, int]]] = defaultdict(set)
    towns: dict[str, list[Entry]] = defaultdict(list)
    for toponym in toponyms:
        for candidate in toponym.candidates:
            if not candidate.entry.weak and candidate.entry.kind in ("city", "admin2"):
                cells[toponym.key].add(_cell(candidate.entry))
                towns[toponym.key].append(candidate.entry)
    shared = _shared_pairs(cells, towns)
    return [[_near_count(cells, toponym.key, candidate.entry, shared)
             if candidate.entry.kind in ("city", "admin2") else 0.0
             for candidate in toponym.candidates] for toponym in toponyms]


def _shared_pairs(cells: dict[str, set[tuple[int, int]]],
                  towns: dict[str, list[Entry]]) -> dict[tuple[str, str], int]:
    """For each pair of names that both name towns of one other country too (their home
    abroad), in how many first-level divisions a reading of the first lies close to a
    reading of the second."""
    out: dict[tuple[str, str], int] = {}
    for key, entries in towns.items():
        near = [(e, _around(e)) for e in entries]  # once per entry, not per pair of names
        for other, seen in cells.items():
            if other == key:
                continue
            close = {(e.country, e.admin1) for e, around in near if not around.isdisjoint(seen)}
            abroad = ({e.country for e in entries} & {e.country for e in towns[other]}) - {
                country for country, _ in close}
            if abroad:
                out[key, other] = len(close)
    return out


def _around(entry: Entry) -> set[tuple[int, int]]:
    here = _cell(entry)
    return {(here[0] + a, here[1] + b) for a in (-1, 0, 1) for b in (-1, 0, 1)}


def _near_count(cells: dict[str, set[tuple[int, int]]], key: str, entry: Entry,
                shared: dict[tuple[str, str], int] | None = None) -> float:
    """The bonus of one town or county: the other names with a reading in its cell or
    the eight around it, each shared among the divisions where the two lie close."""
    around = _around(entry)
    count = sum(1.0 / max(1, (shared or {}).get((key, other), 1))
                for other, seen in cells.items()
                if other != key and not around.isdisjoint(seen))
    return NEARBY_WEIGHT * math.log1p(count)


def _cell(entry: Entry) -> tuple[int, int]:
    return (math.floor(entry.lat / _CELL_DEG), math.floor(entry.lon / _CELL_DEG))


def _containers(text: str, toponyms: Sequence[Toponym]) -> dict[int, list[Toponym]]:
    """Toponym index -> the toponyms the text puts it in ("X, Y", "X in Y", "Y's X")."""
    out: dict[int, list[Toponym]] = defaultdict(list)
    for i, toponym in enumerate(toponyms):
        following = toponyms[i + 1:i + 4]
        for j, other in enumerate(following):
            gap = text[toponym.end if j == 0 else following[j - 1].end:other.start]
            if j == 0 and (_COMMA.match(gap) or _IN.match(gap)):
                out[i].append(other)
            elif j > 0 and _POSSESSIVE.match(gap) and out.get(i):
                out[i].append(other)  # "Kapan, in Armenia's Syunik province"
            else:
                break
        if i and _POSSESSIVE.match(text[toponyms[i - 1].end:toponym.start]):
            out[i].append(toponyms[i - 1])
    return out


def _shared(toponyms: Sequence[Toponym],
            containers: dict[int, list[Toponym]]) -> dict[int, list[Toponym]]:
    """One sense per article: a name the text places once ("Springfield, Ohio") is that
    place wherever the article repeats it bare ("Springfield's schools")."""
    by_key: dict[str, list[Toponym]] = defaultdict(list)
    for i, found in containers.items():
        by_key[toponyms[i].key].extend(found)
    out = dict(containers)
    for i, toponym in enumerate(toponyms):
        if not out.get(i) and by_key.get(toponym.key):
            out[i] = by_key[toponym.key]
    return out


def _contained(candidate: Candidate, containers: Sequence[Toponym]) -> float:
    entry = candidate.entry
    for container in containers:
        for other in container.candidates:
            if other.entry.kind in _CONTAINER_KINDS and _inside(entry, other.entry):
                return CONTAINED
    return 0.0


def _contents(toponyms: Sequence[Toponym],
              stated: dict[int, list[Toponym]]) -> dict[int, list[Toponym]]:
    """Toponym index -> the toponyms the text puts in it: the other side of `_containers`."""
    index = {id(t): i for i, t in enumerate(toponyms)}
    out: dict[int, list[Toponym]] = defaultdict(list)
    for i, found in stated.items():
        for container in found:
            out[index[id(container)]].append(toponyms[i])
    return out


def _containing(candidate: Candidate, contents: Sequence[Toponym]) -> float:
    """A division the text puts a town in is the one that holds a reading of the town:
    "Spokane, Washington" names the state, not the capital."""
    area = candidate.entry
    if area.kind not in _CONTAINER_KINDS:
        return 0.0
    for content in contents:
        if any(not c.entry.weak and _inside(c.entry, area) for c in content.candidates):
            return CONTAINED
    return 0.0


def _inside(entry: Entry, area: Entry) -> bool:
    if entry.gazetteer_id == area.gazetteer_id or entry.country is None:
        return False
    if area.kind == "country":
        return entry.country == area.country
    if area.kind == "admin1":
        return (entry.country, entry.admin1) == (area.country, area.admin1)
    return entry.country == area.country and _km(entry, area) <= _NEAR_KM


def _support(toponyms: Sequence[Toponym], scores: list[list[float]],
             evidence: dict[str, dict[str, float]]) -> tuple[_Support, _Support, _Support]:
    """Per toponym key, how much it supports each country and each first-level division;
    and each country through its towns and divisions only, not its own name."""
    countries: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    divisions: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    local: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    seen: dict[str, int] = defaultdict(int)
    for toponym, row in zip(toponyms, scores, strict=True):
        if not row:
            continue
        key = _voter(toponym)
        seen[key] += 1
        for candidate, p in zip(toponym.candidates, _softmax(row), strict=True):
            entry = candidate.entry
            if entry.country:
                countries[key][entry.country] += p
                if entry.kind != "country":
                    local[key][entry.country] += p
            if entry.admin1 and entry.kind != "country":
                divisions[key][f"{entry.country}.{entry.admin1}"] += p
    _weigh_repeats(seen, (countries, divisions, local))
    for key, weights in evidence.items():
        for code, weight in weights.items():
            countries[key][code] += weight
    return _Support(countries), _Support(divisions), _Support(local)


def _voter(toponym: Toponym) -> str:
    """The name a toponym votes as: "Quincy City" is "Quincy" again, and no name votes
    for itself."""
    return _settlement(toponym.key)


def _weigh_repeats(seen: dict[str, int], tables: Sequence[dict[str, dict[str, float]]]) -> None:
    """Weigh each name's support by how often the article names it (`_repeats`), in place."""
    for key, count in seen.items():
        for table in tables:
            for code in table[key]:
                table[key][code] *= _repeats(count) / count


def _repeats(count: int) -> float:
    """How much a name named `count` times weighs: more than once, less than `count`."""
    return 1.0 + REPEAT_WEIGHT * math.log(count)


def _names_country(toponym: Toponym) -> bool:
    """Whether a toponym may name a country by its own name ("Peru", "Poland")."""
    return any(c.entry.kind == "country" for c in toponym.candidates)


def _context(toponym: Toponym, candidate: Candidate, countries: _Support,
             divisions: _Support, local: _Support | None = None) -> float:
    """The support the article's other names give a candidate's country and division. A
    town named like a country (`local` given) counts only its country's towns and
    divisions: a story that names the United States, Canada and Washington still means
    the country by "Peru"; one that names Logansport and Wabash may mean Peru, Ind."""
    entry = candidate.entry
    score = 0.0
    if entry.country:
        support = local if local is not None and entry.kind == "city" else countries
        score += COUNTRY_WEIGHT * math.log1p(support.others(_voter(toponym), entry.country))
    if entry.admin1 and entry.kind != "country":
        code = f"{entry.country}.{entry.admin1}"
        score += DIVISION_WEIGHT * math.log1p(divisions.others(_voter(toponym), code))
    return score


class _Support:
    """Per name, how much it supports each code; and what all the other names give."""

    def __init__(self, by_key: dict[str, dict[str, float]]) -> None:
        self.by_key = by_key
        self.total: dict[str, float] = defaultdict(float)
        for weights in by_key.values():
            for code, weight in weights.items():
                self.total[code] += weight

    def others(self, key: str, code: str) -> float:
        """The support for `code` from every name but `key` (a name never votes for itself)."""
        own = self.by_key.get(key, {}).get(code, 0.0)
        return max(0.0, self.total.get(code, 0.0) - own)


def _softmax(row: list[float]) -> list[float]:
    top = max(row)
    weights = [math.exp(s - top) for s in row]
    total = sum(weights)
    return [w / total for w in weights]


def _reason(toponym: Toponym, chosen: Candidate, containers: Sequence[Toponym],
            count: int) -> str:
    entry = chosen.entry
    where = f" ({entry.country})" if entry.country else ""
    found = {"name": "", "adjective": "adjective ", "inside": "named inside the mention: "}
    why = f"{found[toponym.how]}'{toponym.text}' → {entry.kind} {entry.name}{where}"
    if containers and _contained(chosen, containers):
        why += f", in {', '.join(c.text for c in containers)} as the text says"
    elif count > 1:
        why += f", the likeliest of {count} places so named given population and context"
    return why


def _km(a: Entry, b: Entry) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
