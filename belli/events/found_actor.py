"""An actor a phrase names, as the event coder's participants find it (`Found`), and
each found actor once (`unique_found`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from belli.records import Actor

__all__ = ["Found", "same_actor", "unique_found"]


@dataclass(frozen=True, slots=True)
class Found:
    """An actor a phrase names, the mention it came from, and how it was found."""

    actor: Actor
    mention_id: str | None
    how: str  # "mention", "place", "unnamed"

    @property
    def is_place(self) -> bool:
        return self.how == "place"


def same_actor(item: Found) -> Hashable:
    """The same country, sector, person and name (or, with no country, the same text)."""
    a = item.actor
    return a.country, a.sector, a.person, a.name, a.text if a.country is None else None


def unique_found(found: list[Found], key: Callable[[Found], Hashable] = same_actor,
                 last: bool = False) -> list[Found]:
    """Each actor once: entries of one key (by default `same_actor`) are one, at the
    place of the first, which is kept, or with `last` replaced by the last."""
    kept: dict[Hashable, Found] = {}
    for item in found:
        at = key(item)
        if last or at not in kept:
            kept[at] = item
    return list(kept.values())
