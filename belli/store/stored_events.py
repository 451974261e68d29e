"""Stored events as callers get them: with their document's title, outlet and date, as
flat rows, and a page at a time with the total matched.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from belli.records import Actor, Event
from belli.store.queries import with_defaults

__all__ = ["ROW_FIELDS", "EventPage", "StoredEvent", "actor_text", "stored_event"]


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A stored event with what its document says of where and when it was published."""

    event: Event
    title: str | None = None
    publisher: str | None = None
    published: str | None = None

    def to_row(self) -> dict[str, Any]:
        """One flat row (CSV, spreadsheets, data frames): actors as "AZE MIL; TUR MIL"."""
        e = self.event
        return {
            "doc_id": e.doc_id, "event_id": e.event_id, "published": self.published,
            "publisher": self.publisher, "date": e.date, "date_granularity": e.date_granularity,
            "type": e.type, "mode": e.mode, "quad": e.quad, "score": e.score,
            "source": _actors(e.source), "target": _actors(e.target),
            "reciprocal": e.reciprocal, "certainty": e.certainty, "aux": "; ".join(e.aux),
            "attributed_to": actor_text(e.attributed_to) if e.attributed_to else "",
            "intent": e.intent, "contexts": "; ".join(e.contexts),
            "place": e.place.name if e.place else "",
            "quantities": "; ".join(qty.text for qty in e.quantities),
            "trigger": e.trigger, "sentence": e.sentence, "start": e.start, "end": e.end,
            "confidence": e.confidence, "reason": e.reason,
        }


def actor_text(actor: Actor) -> str:
    """An actor entry as an analyst reads it: "AZE MIL", or its name where it has no code."""
    who = actor.country or actor.name or actor.text
    return " ".join(part for part in (who, actor.sector) if part)


def _actors(actors: Sequence[Actor]) -> str:
    return "; ".join(actor_text(a) for a in actors)


# The columns of `StoredEvent.to_row()`, in order (a CSV of no events still has a header).
ROW_FIELDS: tuple[str, ...] = tuple(StoredEvent(Event("", "", "", None, 0, 0.0, "", 0, 0, ""))
                                    .to_row())


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of matched events and how many matched in all (no silent truncation)."""

    items: tuple[StoredEvent, ...]
    total: int
    offset: int = 0
    limit: int | None = None

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(item.event for item in self.items)

    def __iter__(self) -> Iterator[StoredEvent]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def summary(self) -> str:
        """ "showing 20 of 143 events", with where the page starts when it is not the first."""
        start = f" from number {self.offset + 1}" if self.offset and self.items else ""
        return f"showing {len(self.items)} of {self.total} events{start}"


def stored_event(row: dict[str, Any]) -> StoredEvent:
    """The stored event of a row of the events table joined with `doc_title`, `doc_publisher`
    and `doc_published`."""
    return StoredEvent(Event.from_dict(with_defaults(Event, row)), row.get("doc_title"),
                       row.get("doc_publisher"), row.get("doc_published"))
