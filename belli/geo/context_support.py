"""The support an article's other names give a reading: each toponym supports the
countries and first-level divisions of its likely readings, by its current
probabilities, and so do the actors' countries and the newsroom's (`belli.geo.usage`).
A name never votes for itself; a name the article repeats weighs more, not in proportion.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from belli.geo.names import without_settlement_word
from belli.geo.toponyms import Candidate, Toponym

__all__ = ["COUNTRY_WEIGHT", "DIVISION_WEIGHT", "REPEAT_WEIGHT", "Support", "context_score",
           "names_country", "supports", "voter"]

COUNTRY_WEIGHT = 2.0  # per log1p of the support the article gives a country
DIVISION_WEIGHT = 3.0  # per log1p of the support it gives a first-level division
REPEAT_WEIGHT = 1.0  # a name the article repeats is its subject: "Illinois" five times


def supports(toponyms: Sequence[Toponym], scores: list[list[float]],
             evidence: dict[str, dict[str, float]]) -> tuple[Support, Support, Support]:
    """Per toponym key, how much it supports each country and each first-level division;
    and each country through its towns and divisions only, not its own name."""
    countries: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    divisions: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    local: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    seen: dict[str, int] = defaultdict(int)
    # a name's repeats share one row of scores (`resolve._repeat_groups`): one softmax each
    probabilities: dict[int, list[float]] = {}
    for toponym, row in zip(toponyms, scores, strict=True):
        if not row:
            continue
        key = voter(toponym)
        seen[key] += 1
        if id(row) not in probabilities:
            probabilities[id(row)] = _softmax(row)
        for candidate, p in zip(toponym.candidates, probabilities[id(row)], strict=True):
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
    return Support(countries), Support(divisions), Support(local)

def voter(toponym: Toponym) -> str:
    """The name a toponym votes as: "Quincy City" is "Quincy" again, and no name votes
    for itself."""
    return without_settlement_word(toponym.key)

def _weigh_repeats(seen: dict[str, int], tables: Sequence[dict[str, dict[str, float]]]) -> None:
    """Weigh each name's support by how often the article names it (`_repeats`), in place."""
    for key, count in seen.items():
        for table in tables:
            for code in table[key]:
                table[key][code] *= _repeats(count) / count

def _repeats(count: int) -> float:
    """How much a name named `count` times weighs: more than once, less than `count`."""
    return 1.0 + REPEAT_WEIGHT * math.log(count)

def names_country(toponym: Toponym) -> bool:
    """Whether a toponym may name a country by its own name ("Peru", "Poland")."""
    return any(c.entry.kind == "country" for c in toponym.candidates)

def context_score(toponym: Toponym, candidate: Candidate, countries: Support,
             divisions: Support, local: Support | None = None) -> float:
    """The support the article's other names give a candidate's country and division. A
    town named like a country (`local` given) counts only its country's towns and
    divisions: a story that names the United States, Canada and Washington still means
    the country by "Peru"; one that names Logansport and Wabash may mean Peru, Ind."""
    entry = candidate.entry
    score = 0.0
    if entry.country:
        support = local if local is not None and entry.kind == "city" else countries
        score += COUNTRY_WEIGHT * math.log1p(support.others(voter(toponym), entry.country))
    if entry.admin1 and entry.kind != "country":
        code = f"{entry.country}.{entry.admin1}"
        score += DIVISION_WEIGHT * math.log1p(divisions.others(voter(toponym), code))
    return score

class Support:
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
