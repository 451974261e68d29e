"""Containment the text states: "Ruston, La.", "Kapan, in Armenia's Syunik province",
"Armenia's Syunik province" put a place inside the division named with it, and that
division is the one that holds a reading of the place ("Spokane, Washington" names the
state). A name placed once is that place wherever the article repeats it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from belli.geo.gazetteer import Entry, distance_km
from belli.geo.toponyms import Candidate, Toponym

__all__ = ["CONTAINED", "contained", "containing", "shared_containers", "stated_containers",
           "stated_contents"]

CONTAINED = 6.0  # the text says the place lies in this division
_CONTAINER_KINDS = frozenset({"country", "admin1", "admin2", "region", "province", "county"})
_NEAR_KM = 150.0
_COMMA = re.compile(r"^\s*,\s*$")
_IN = re.compile(r"^\s*,?\s*(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s?\s+$")


def stated_containers(text: str, toponyms: Sequence[Toponym]) -> dict[int, list[Toponym]]:
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

def shared_containers(toponyms: Sequence[Toponym],
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

def contained(candidate: Candidate, containers: Sequence[Toponym]) -> float:
    entry = candidate.entry
    for container in containers:
        for other in container.candidates:
            if other.entry.kind in _CONTAINER_KINDS and _inside(entry, other.entry):
                return CONTAINED
    return 0.0

def stated_contents(toponyms: Sequence[Toponym],
              stated: dict[int, list[Toponym]]) -> dict[int, list[Toponym]]:
    """Toponym index -> the toponyms the text puts in it: the other side of `stated_containers`."""
    index = {id(t): i for i, t in enumerate(toponyms)}
    out: dict[int, list[Toponym]] = defaultdict(list)
    for i, found in stated.items():
        for container in found:
            out[index[id(container)]].append(toponyms[i])
    return out

def containing(candidate: Candidate, contents: Sequence[Toponym]) -> float:
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
    return entry.country == area.country and distance_km(entry, area) <= _NEAR_KM
