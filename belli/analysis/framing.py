"""How outlets tell one event: `belli compare` and outlet profiles.

For a canonical event, each report is set beside the others: who its outlet says acted
and on whom (who is blamed, for a conflict), how sure it is and on whose word, its
figures, the loaded words of its sentence (belli/analysis/data/loaded_terms.yaml), and
what it leaves out that another telling gives (a place, a date, a target, a figure, a
source for the claim).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import duckdb

from belli.analysis.outlet_info import OutletBook, OutletInfo, load_outlet_book
from belli.analysis.views import explain
from belli.records import CanonicalEvent, Event
from belli.store.event_query import StoredEvent, actor_text
from belli.yamldata import load_word_data

__all__ = ["Comparison", "Telling", "compare", "loaded_terms", "terms_in"]


@dataclass(frozen=True, slots=True)
class Telling:
    """One outlet's report of the event."""

    outlet: str
    published: str | None
    doc_id: str
    event_id: str
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    certainty: str
    attributed_to: str | None
    date: str | None
    place: str | None
    quantities: tuple[str, ...]
    loaded: tuple[tuple[str, str], ...]  # (term, what it does)
    leaves_out: tuple[str, ...]
    sentence: str
    outlet_country: str | None = None  # what outlets.yaml (and the user's file) say
    outlet_ownership: str | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    event: CanonicalEvent
    tellings: tuple[Telling, ...]
    differences: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event.to_dict(), "differences": list(self.differences),
                "tellings": [asdict(t) for t in self.tellings]}


@cache
def loaded_terms() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, term, group) for every loaded term, longest first."""
    text = resources.files("belli.analysis").joinpath("data/loaded_terms.yaml").read_text(
        encoding="utf-8")
    data = load_word_data(text, "loaded_terms.yaml", package="belli.analysis")
    pairs = sorted(((str(t).lower(), str(g)) for g, terms in data.items() for t in terms),
                   key=lambda p: -len(p[0]))
    return tuple((re.compile(rf"(?<![\w-]){re.escape(t)}(?![\w-])", re.IGNORECASE), t, g)
                 for t, g in pairs)


def terms_in(sentence: str) -> tuple[tuple[str, str], ...]:
    """The loaded terms of a sentence, a longer term hiding the shorter ones inside it."""
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, term, group in loaded_terms():
        for m in pattern.finditer(sentence):
            if not any(s <= m.start() < e for s, e in taken):
                taken.append(m.span())
                found.append((term, group))
    return tuple(dict.fromkeys(found))


def compare(con: duckdb.DuckDBPyConnection, some_id: str,
            book: OutletBook | None = None) -> Comparison:
    """Every report of the canonical event `some_id` names, side by side; each outlet
    under its name in `book` (default: the packaged outlets.yaml)."""
    explanation = explain(con, some_id)
    items = [item for item, _ in explanation.reports]
    book = book or load_outlet_book()
    tellings = tuple(_telling(item, items, book.find(item.publisher or ""))
                     for item in items)
    return Comparison(explanation.event, tellings, _differences(tellings))


def _sides(event: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(actor_text(a) for a in event.source),
            tuple(actor_text(a) for a in event.target))


def _telling(item: StoredEvent, others: Sequence[StoredEvent],
             known: OutletInfo | None) -> Telling:
    e = item.event
    source, target = _sides(e)
    return Telling(
        outlet=known.name if known else item.publisher or "unknown outlet",
        outlet_country=known.country if known else None,
        outlet_ownership=known.ownership if known else None, published=item.published,
        doc_id=e.doc_id, event_id=e.event_id, type=e.type, source=source, target=target,
        certainty=e.certainty,
        attributed_to=actor_text(e.attributed_to) if e.attributed_to else None,
        date=e.date, place=e.place.name if e.place else None,
        quantities=tuple(q.text for q in e.quantities), loaded=terms_in(e.sentence),
        leaves_out=_left_out(e, [o.event for o in others]), sentence=e.sentence)


_GIVES = {
    "a place": lambda e: e.place is not None,
    "a date": lambda e: bool(e.date),
    "a target": lambda e: bool(e.target) or e.reciprocal,
    "figures": lambda e: bool(e.quantities),
    "whose word it is": lambda e: e.attributed_to is not None or e.certainty == "asserted",
}


def _left_out(event: Event, others: Sequence[Event]) -> tuple[str, ...]:
    """What some other telling gives and this one does not."""
    return tuple(what for what, gives in _GIVES.items()
                 if not gives(event) and any(gives(o) for o in others if o is not event))


def _differences(tellings: Sequence[Telling]) -> tuple[str, ...]:
    """Where the tellings part ways, one line each."""
    lines = []
    blame = {t.outlet: f"{' + '.join(t.source) or '?'} -> {' + '.join(t.target) or '?'}"
             for t in tellings}
    if len(set(blame.values())) > 1:
        lines.append("who acted on whom: " + "; ".join(f"{o}: {b}" for o, b in blame.items()))
    for name, pick in (("type", lambda t: t.type), ("certainty", lambda t: t.certainty),
                       ("place", lambda t: t.place or "none"),
                       ("figures", lambda t: ", ".join(t.quantities) or "none")):
        values = {t.outlet: pick(t) for t in tellings}
        if len(set(values.values())) > 1:
            lines.append(f"{name}: " + "; ".join(f"{o}: {v}" for o, v in values.items()))
    for t in tellings:
        if t.loaded:
            lines.append(f"{t.outlet} words it with " + ", ".join(
                f"'{term}' ({group})" for term, group in t.loaded))
    return tuple(lines)
