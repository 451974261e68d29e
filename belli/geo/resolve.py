"""Choose, for each toponym of an article, the place it names: population, kind and context.

A candidate's score adds up, in log space:

* its prior (`belli.geo.place_priors`): log10 of its population and of the number of its
  names in other languages (Venice, Italy is known in hundreds; Venice, California in a
  few), plus a bonus by kind. A country, a continent or a curated place (a sea, a
  disputed region) beats a same-named town ("Georgia", "Jordan"); a city beats the
  division named after it ("Moscow", "New York"); a capital named as a seat of
  government ("Washington") is the capital; a name found only once its designator is
  dropped ("Tensas" for Tensas Parish) counts less, and a place's former or foreign name
  ("Franklin" for El Paso) far less than a place of that name;
* a name the text uses as a municipality ("the Moscow Police Department", "a Peru man",
  "Rome City Council") is a town: a local story's, whose fame abroad and status as a
  capital count for nothing, and, beside a town's own offices, no country or state; a
  name before a person ("a Lebanon woman") or a school ("Peru Elementary") is no
  country, which news names by its adjective there, nor is one after a street address
  ("12 Elm St., Lebanon"), which ends with its town (`belli.geo.name_uses`);
* two names close together in several divisions ("Exeter" and "Portsmouth") share their
  nearness among those places, so a pair carried abroad keeps its home
  (`belli.geo.nearness`);
* a compass part before a name ("central Ontario") makes it a state or a country;
* containment the text states: "Ruston, La.", "Kapan, in Armenia's Syunik province",
  "Armenia's Syunik province" put the place inside the division named with it
  (`belli.geo.containment`);
* the article's other places: each other toponym supports the countries and first-level
  divisions of its likely readings, and so do the actors' countries and the country the
  story's own writing points to (`belli.geo.usage`). Support is spread
  by each toponym's current probabilities and updated a few times, so that "Moscow" in a
  Russia story is Moscow, Russia and "Moscow" next to "Latah County" is Moscow, Idaho.
  A town named like a country ("Peru", "Lebanon") counts only the support of its
  country's towns and divisions: naming the United States says nothing of Peru, Ind.
  (`belli.geo.context_support`).

One sense per story: readings of one name in different countries all take the one chosen
among the most candidates (`_one_sense`).

Pure functions over `Toponym` records: no spaCy, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from belli.geo.containment import (
    contained,
    containing,
    shared_containers,
    stated_containers,
    stated_contents,
)
from belli.geo.context_support import Support, context_score, names_country, supports, voter
from belli.geo.gazetteer import Entry
from belli.geo.name_uses import (
    MUNICIPAL,
    NO_COUNTRY,
    TOWN_ONLY,
    addressed_names,
    cued_names,
    names_after_parts,
)
from belli.geo.nearness import nearby_scores
from belli.geo.place_priors import CAPITAL, LARGE_TOWN, division_readings, prior
from belli.geo.toponyms import Candidate, Toponym

__all__ = ["INSIDE_REASON", "Resolution", "resolve_toponyms"]

# how a place's reason opens where the name lies inside a longer one ("the Venice
# Commission"): a body's namesake, which readers of places tell apart from a place named
INSIDE_REASON = "named inside the mention: "

_RIVAL_BACKING = 0.5  # how much more a rival's country must be backed to void a capital's bonus
_ROUNDS = 3
_TOWN_KINDS = frozenset({"city", "admin2"})
_AREA_READ = 4.0  # an area's reading after a compass part, over a town's
# (a conflict region of the places file counts: "northern Gaza" is the Strip's north)
_AREA_KINDS = frozenset({"country", "admin1", "region", "county", "island", "peninsula",
                         "desert", "valley", "zone", "heights"})
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
    stated = stated_containers(text, toponyms)
    containers = shared_containers(toponyms, stated)
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
        best = fullest.get(voter(r.toponym))
        if best is None or len(r.toponym.candidates) > len(best.toponym.candidates):
            fullest[voter(r.toponym)] = r
    out = []
    for r in resolutions:
        best = fullest[voter(r.toponym)]
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
    municipal = cued_names(text, toponyms, MUNICIPAL)
    town_only = cued_names(text, toponyms, TOWN_ONLY)
    no_country = cued_names(text, toponyms, NO_COUNTRY) | addressed_names(text, toponyms)
    parts = names_after_parts(text, toponyms)
    nearby = nearby_scores(toponyms)
    states = [division_readings(t) for t in toponyms]
    contents = stated_contents(toponyms, stated)
    return [[prior(t, c, states[i], t.key in municipal, t.key in town_only)
             + (_NOT_A_COUNTRY if t.key in no_country and c.entry.kind == "country" else 0.0)
             + contained(c, containers.get(i, ())) + n + containing(c, contents.get(i, ()))
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
    national = [names_country(t) for t in toponyms]
    groups = _repeat_groups(toponyms, base)
    scores = [base[first] for first in groups]
    for _ in range(_ROUNDS):
        support = supports(toponyms, scores, evidence)
        scores = _rescored(toponyms, base, national, support, groups)
    return scores

def _repeat_groups(toponyms: Sequence[Toponym], base: list[list[float]]) -> list[int]:
    """For each toponym, the first one that scores as it does: the same name with the same
    readings and base scores. `_rescored` reads nothing else of a toponym, so a story's
    repeats of a name are scored once per round and share that row."""
    firsts: dict[tuple[str, tuple[float, ...]], list[int]] = {}
    groups = []
    for i, (toponym, row) in enumerate(zip(toponyms, base, strict=True)):
        same = firsts.setdefault((toponym.key, tuple(row)), [])
        first = next((j for j in same if toponyms[j].candidates == toponym.candidates), None)
        if first is None:
            same.append(i)
        groups.append(i if first is None else first)
    return groups

def _rescored(toponyms: Sequence[Toponym], base: list[list[float]], national: list[bool],
              support: tuple[Support, Support, Support], groups: list[int]) -> list[list[float]]:
    """The base scores plus each candidate's `context_score`, worked out once per name and
    reading: a name recurs, and its readings often share a country and a division."""
    countries, divisions, local = support
    known: dict[tuple[str, str | None, str | None, str, bool], float] = {}
    scores: list[list[float]] = []
    for i, (toponym, bases, rival) in enumerate(zip(toponyms, base, national, strict=True)):
        if groups[i] != i:
            scores.append(scores[groups[i]])  # a repeat (`_repeat_groups`): the same row
            continue
        row = []
        for b, candidate in zip(bases, toponym.candidates, strict=True):
            entry = candidate.entry
            key = (toponym.key, entry.country, entry.admin1, entry.kind, rival)
            if key not in known:
                known[key] = context_score(toponym, candidate, countries, divisions,
                                      local if rival else None)
            row.append(b + known[key])
        scores.append(_capital_checked(toponym, row, countries))
    return scores

def _capital_checked(toponym: Toponym, row: list[float], countries: Support) -> list[float]:
    """The row without a capital's bonus where the article backs a rival reading's country
    and not the capital's: "Lebanese troops ... in Tripoli" is Tripoli, Lebanon. The bonus
    is for a capital named alone or as its government ("Tripoli said"). Only a large
    town is such a rival: a story that names the United States still means London, not
    London, Ohio."""
    if not any(c.why.startswith("capital") for c in toponym.candidates):
        return row  # no capital's bonus to take back
    name = voter(toponym)
    backing = [countries.others(name, c.entry.country) if c.entry.country else 0.0
               for c in toponym.candidates]
    rivals = [b for c, b in zip(toponym.candidates, backing, strict=True)
              if c.entry.population >= LARGE_TOWN and not c.why.startswith("capital")]
    best = max(rivals, default=0.0)
    return [score - CAPITAL if c.why.startswith("capital") and best > own + _RIVAL_BACKING
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
            contained(c, containers) for c in toponym.candidates):
        return None
    states = {c.entry.gazetteer_id: c.entry for t in containers for c in t.candidates
              if all(o.entry.kind == "admin1" for o in t.candidates) and not c.entry.weak}
    return next(iter(states.values())) if len(states) == 1 else None

def _reason(toponym: Toponym, chosen: Candidate, containers: Sequence[Toponym],
            count: int) -> str:
    entry = chosen.entry
    where = f" ({entry.country})" if entry.country else ""
    found = {"name": "", "adjective": "adjective ", "inside": INSIDE_REASON}
    why = f"{found[toponym.how]}'{toponym.text}' → {entry.kind} {entry.name}{where}"
    if containers and contained(chosen, containers):
        why += f", in {', '.join(c.text for c in containers)} as the text says"
    elif count > 1:
        why += f", the likeliest of {count} places so named given population and context"
    return why
