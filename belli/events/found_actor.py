"""An actor a phrase names, as the event coder's participants find it (`Found`), and
each found actor once (`unique_found`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from belli.records import Actor

__all__ = ["Found", "unique_found"]


@dataclass(frozen=True, slots=True)
class Found:
    """An actor a phrase names, the mention it came from, and how it was found."""

    actor: Actor
    mention_id: str | None
    how: str  # "mention", "place", "unnamed"

    @property
    def is_place(self) -> bool:
        return self.how == "place"


def unique_found(found: list[Found]) -> list[Found]:
    """Each actor once: the same country, sector, person and name (or, with no country,
    the same text) found twice is one entry."""
    seen: set[tuple[Any, ...]] = set()
    out: list[Found] = []
    for item in found:
        a = item.actor
        key = (a.country, a.sector, a.person, a.name, a.text if a.country is None else None)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
