"""The sides of a conflict inside one country, by the actors' sectors.

Linking compares actors by country, which tells two internal acts nothing: every report
of a siege in Somalia names Somalia acting on Somalia. Where both reports name one and
the same country only, the sides they compare are the country's sectors grouped into the
sides of such a conflict (the state, the insurgents with a breakaway's authorities, and
society with the opposition: data/sector_sides.yaml): "security forces killed the
attackers" and "the militants stormed the hotel" then meet on the armed group, and "the
group killed ten civilians" names a side acted on of its own. The opposition is no side
of its own: one protest's crowd is "demonstrators" to one outlet, "opposition activists"
to another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from belli.errors import KnowledgeBaseError
from belli.yamldata import word_data

if TYPE_CHECKING:
    from belli.analysis.linking import Report

__all__ = ["other_sides", "read_sides", "sector_sides", "sides_of"]


@cache
def sector_sides() -> dict[str, str]:
    """Each sector's side (data/sector_sides.yaml)."""
    return read_sides(word_data("belli.analysis", "sector_sides.yaml"))


def read_sides(data: Mapping[str, Any]) -> dict[str, str]:
    """The side of each sector a sides mapping lists (side: [sectors]); a sector listed
    under two sides is an error."""
    sides: dict[str, str] = {}
    for side, sectors in data.items():
        for sector in sectors or ():
            if sides.setdefault(str(sector), side) != side:
                raise KnowledgeBaseError(f"sector_sides.yaml: {sector} is under both "
                                         f"{sides[str(sector)]} and {side}")
    return sides


def sides_of(actors: Sequence[dict[str, Any]] | None) -> frozenset[str]:
    """The sides the actors of one role stand on, each as "COUNTRY side"; an actor with
    no country or no known sector names none."""
    known = sector_sides()
    return frozenset(f"{a['country']} {known[a['sector']]}" for a in actors or ()
                     if a.get("country") and a.get("sector") in known)


def other_sides(a: Report, b: Report) -> bool:
    """Whether two reports naming one and the same country only have different sides
    acting, neither acted on by the other's (the state's offensive and the militants'
    raid; but "forces attacked the militants" and "the militants attacked the forces" may
    be one clash told by each side)."""
    if len(a.countries) != 1 or a.countries != b.countries:
        return False
    if not (a.source_sides and b.source_sides) or not a.source_sides.isdisjoint(b.source_sides):
        return False
    return a.source_sides.isdisjoint(b.target_sides) and b.source_sides.isdisjoint(a.target_sides)
