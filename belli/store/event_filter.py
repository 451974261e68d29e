"""What a query for stored events asks, checked: actors, types, certainties and dates.

`EventFilter` checks its values once, when it is made (raising QueryError with a hint),
and puts them in canonical case; event_query.py turns it into SQL. The meaning of each
filter is told there.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from belli.errors import QueryError

__all__ = [
    "AUX_MODES",
    "CERTAINTIES",
    "QUADS",
    "ActorSpec",
    "EventFilter",
    "day_bound",
    "split_values",
]

CERTAINTIES = ("asserted", "reported", "speculative")
AUX_MODES = ("negated", "future", "hypothetical", "historical")
QUADS = (1, 2, 3, 4)

_CODE = re.compile(r"^(?P<code>[A-Z][A-Z0-9]{1,7})(?:[ :]+(?P<sector>[A-Z]{2,4}))?$")
_DAY = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def split_values(values: str | Iterable[str] | None) -> tuple[str, ...]:
    """One value, several, or comma-separated ones ("ASSAULT,COERCE"), as a tuple."""
    if values is None:
        return ()
    items = [values] if isinstance(values, str) else list(values)
    return tuple(part.strip() for item in items for part in str(item).split(",")
                 if part.strip())


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """An actor as a filter gives it: a code (plus sector), or a piece of a name."""

    code: str | None = None
    sector: str | None = None
    text: str | None = None

    @classmethod
    def parse(cls, value: str, what: str = "actor") -> ActorSpec:
        value = value.strip()
        if not value:
            raise QueryError(f"{what} is empty", hint="give a code such as AZE or a name")
        match = _CODE.match(value)
        if match:
            return cls(code=match["code"], sector=match["sector"])
        return cls(text=value.casefold())


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What `select_events` keeps; every field left at its default keeps everything.

    The constructor checks values (raising QueryError) and canonicalizes case: types in
    capitals, certainties and aux modes in lower case.
    """

    actor: str | None = None
    dyad: tuple[str, ...] | None = None  # (source, target)
    either_direction: bool = False
    types: tuple[str, ...] = ()
    quads: tuple[int, ...] = ()
    certainty: tuple[str, ...] = ()
    aux: tuple[str, ...] = ()
    without_aux: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    within: bool = False
    published_since: str | None = None
    published_until: str | None = None
    outlet: str | None = None
    doc: str | None = None
    text: str | None = None  # a piece of the evidence sentence, any case
    place: str | None = None  # a piece of the event place's name
    country: str | None = None  # the ISO alpha-3 code of the country the event took place in

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: canonical forms are set once, here
        # split_values also forgives a bare string ("ASSAULT") where a tuple belongs.
        set_(self, "types", _known("event type", split_values(self.types), _plover_types,
                                   str.upper))
        set_(self, "certainty", _known("certainty", split_values(self.certainty),
                                       CERTAINTIES))
        set_(self, "aux", _known("aux mode", split_values(self.aux), AUX_MODES))
        set_(self, "without_aux", _known("aux mode", split_values(self.without_aux),
                                         AUX_MODES))
        if isinstance(self.quads, int):
            set_(self, "quads", (self.quads,))
        for quad in self.quads:
            if quad not in QUADS:
                raise QueryError(f"quad class {quad} is out of range",
                                 hint="quad classes are 1 to 4")
        if self.actor is not None:
            ActorSpec.parse(self.actor)
        if self.dyad is not None:
            set_(self, "dyad", _dyad(self.dyad))
        _check_range("since", self.since, "until", self.until)
        _check_range("published_since", self.published_since,
                      "published_until", self.published_until)


def _plover_types() -> Sequence[str]:
    # Imported late: the PLOVER table is the events stage's data; the store reads it only
    # when a filter names a type, to check it.
    from belli.events.lexicon import load_plover

    return tuple(load_plover().quads)


def _known(what: str, values: Sequence[str],
           allowed: Sequence[str] | Callable[[], Sequence[str]],
           case: Callable[[str], str] = str.lower) -> tuple[str, ...]:
    """The values in canonical case, each checked against `allowed` (a function is called
    only when there are values to check)."""
    if not values:
        return ()
    names = allowed() if callable(allowed) else allowed
    canonical = [case(v) for v in values]
    for value in canonical:
        if value not in names:
            raise QueryError(f"unknown {what} {value!r}", hint=f"use {', '.join(names)}")
    return tuple(dict.fromkeys(canonical))


def _dyad(value: Sequence[str]) -> tuple[str, str]:
    parts = split_values(value)
    if len(parts) != 2:
        raise QueryError(f"dyad {','.join(parts)!r} is not two actors",
                         hint="give source and target separated by a comma, e.g. AZE,ARM")
    for part in parts:
        ActorSpec.parse(part, "dyad actor")
    return parts[0], parts[1]


def _check_range(low_name: str, low: str | None, high_name: str, high: str | None) -> None:
    """Both ends are dates (or absent), and the range is not empty."""
    first = day_bound(low, False, low_name) if low is not None else None
    last = day_bound(high, True, high_name) if high is not None else None
    if first is not None and last is not None and first > last:
        raise QueryError(f"{low_name} {low} is after {high_name} {high}",
                         hint=f"swap {low_name} and {high_name}")


def day_bound(value: str, last: bool, what: str) -> str:
    """A checked YYYY[-MM[-DD]] as the ISO text of its first (or `last`) day: a real day
    (2021-02-28, not 2021-02-31), since it is also compared with DATE columns."""
    value = value.strip()
    try:
        if not _DAY.match(value):
            raise ValueError(value)
        y, *rest = (int(part) for part in value.split("-"))
        m = rest[0] if rest else 12 if last else 1
        d = rest[1] if len(rest) > 1 else monthrange(y, m)[1] if last else 1
        return date(y, m, d).isoformat()
    except ValueError as exc:
        raise QueryError(f"{what}: {value!r} is not a date",
                         hint="use YYYY, YYYY-MM or YYYY-MM-DD") from exc
