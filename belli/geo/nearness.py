"""Names of an article that may lie close together: "Paris" next to "Marshall" and
"Charleston" is Paris, Illinois. Each town or county reading gets a bonus for the other
names with a reading in its grid cell or the eight around it; a pair of names close
together in several divisions ("Exeter" and "Portsmouth") shares that nearness among them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from belli.geo.gazetteer import Entry
from belli.geo.toponyms import Toponym

__all__ = ["NEARBY_WEIGHT", "nearby_scores"]

NEARBY_WEIGHT = 2.0  # per log1p of the other names that have a reading close by
_CELL_DEG = 0.5  # grid cell for "close by": a candidate's cell and its eight neighbours


def nearby_scores(toponyms: Sequence[Toponym]) -> list[list[float]]:
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
    # a name recurs through a story, and its readings share cells: count each name's
    # cell once (the bonus reads only the name and the cell)
    counted: dict[tuple[str, tuple[int, int]], float] = {}
    return [[_counted(counted, cells, toponym.key, candidate.entry, shared)
             if candidate.entry.kind in ("city", "admin2") else 0.0
             for candidate in toponym.candidates] for toponym in toponyms]

def _counted(counted: dict[tuple[str, tuple[int, int]], float],
             cells: dict[str, set[tuple[int, int]]], key: str, entry: Entry,
             shared: dict[tuple[str, str], int]) -> float:
    """`_near_count`, remembered in `counted` by name and cell."""
    at = (key, _cell(entry))
    if at not in counted:
        counted[at] = _near_count(cells, key, entry, shared)
    return counted[at]

def _shared_pairs(cells: dict[str, set[tuple[int, int]]],
                  towns: dict[str, list[Entry]]) -> dict[tuple[str, str], int]:
    """For each pair of names that both name towns of one other country too (their home
    abroad), in how many first-level divisions a reading of the first lies close to a
    reading of the second."""
    out: dict[tuple[str, str], int] = {}
    countries = {key: {e.country for e in entries} for key, entries in towns.items()}
    for key, entries in towns.items():
        near = [(e, _around(e)) for e in entries]  # once per entry, not per pair of names
        for other, seen in cells.items():
            both = countries[key] & countries[other]
            if other == key or not both:
                continue  # no home abroad without a country in common
            close = {(e.country, e.admin1) for e, around in near if not around.isdisjoint(seen)}
            abroad = both - {country for country, _ in close}
            if abroad:
                out[key, other] = len(close)
    return out

def _around(entry: Entry) -> set[tuple[int, int]]:
    here = _cell(entry)
    return {(here[0] + a, here[1] + b) for a in (-1, 0, 1) for b in (-1, 0, 1)}

def _near_count(cells: dict[str, set[tuple[int, int]]], key: str, entry: Entry,
                shared: dict[tuple[str, str], int]) -> float:
    """The bonus of one town or county: the other names with a reading in its cell or
    the eight around it, each shared among the divisions where the two lie close."""
    around = _around(entry)
    count = sum(1.0 / max(1, shared.get((key, other), 1))
                for other, seen in cells.items()
                if other != key and not around.isdisjoint(seen))
    return NEARBY_WEIGHT * math.log1p(count)

def _cell(entry: Entry) -> tuple[int, int]:
    return (math.floor(entry.lat / _CELL_DEG), math.floor(entry.lon / _CELL_DEG))
