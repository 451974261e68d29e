"""The region's standing picture: stored relations aggregated across documents.

Each document's relation records are evidence. Evidence of one type between the same
sides (by country or organization code; with `by_item`, of the same item too) makes one
`StandingRelation`: valid from the earliest date any evidence gives, to the latest end
any gives, unless later evidence shows it still holding (then it is open again). With
`as_of`, only relations valid on that date (or at some time in that period: "2021"
keeps what held at any time in 2021) are kept; relations only announced (`planned`) are
not in force and never pass an `as_of`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from belli.errors import QueryError, StoreError
from belli.records import Actor, Quantity, Relation
from belli.store.event_query import ActorSpec, period_edge, split_values
from belli.store.queries import decode_row, with_defaults

__all__ = ["Evidence", "RelationPage", "StandingRelation", "relation_page",
           "standing_relations"]

# the most advanced stage a transfer reached in any telling, first
_STATUS_RANK = {"delivered": 4, "reported": 3, "contracted": 2, "planned": 1}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_SELECT = ("SELECT r.*, d.publisher AS doc_publisher, d.published AS doc_published, "
           "d.title AS doc_title FROM relations r JOIN documents d ON d.doc_id = r.doc_id")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One document's telling of a relation: its sentence, outlet and date."""

    doc_id: str
    relation_id: str
    sentence: str
    start: int
    end: int
    outlet: str | None
    published: str | None
    title: str | None
    item: str | None
    status: str | None
    valid_from: str | None
    valid_to: str | None
    confidence: float
    event_ids: tuple[str, ...]
    reason: str
    quantity: Quantity | None = None

    def to_dict(self) -> dict[str, Any]:
        return {name: _plain(value)
                for name in self.__slots__ if (value := getattr(self, name)) is not None
                or name in ("outlet", "published")}


def _plain(value: Any) -> Any:
    if isinstance(value, Quantity):
        return value.to_dict(with_kind=False)
    return list(value) if isinstance(value, tuple) else value


@dataclass(frozen=True, slots=True)
class StandingRelation:
    """A relation as all stored documents tell it, with its validity and evidence."""

    type: str
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    item: str | None
    items: tuple[str, ...]
    status: str | None
    valid_from: str | None
    valid_to: str | None
    confidence: float
    evidence: tuple[Evidence, ...] = field(default=())

    @property
    def key(self) -> str:
        return f"{self.type} {_key(self.source)} -> {_key(self.target)}"

    @property
    def n_documents(self) -> int:
        return len({e.doc_id for e in self.evidence})

    @property
    def n_sources(self) -> int:
        return len({e.outlet for e in self.evidence if e.outlet})

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Each figure the evidence gives of the transfer once ("12 Harop drones")."""
        found = {(q.text, q.value, q.unit): q for e in self.evidence
                 if (q := e.quantity) is not None}
        return tuple(found.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "standing_relation", "type": self.type,
            "source": [a.to_dict(with_kind=False) for a in self.source],
            "target": [a.to_dict(with_kind=False) for a in self.target],
            "source_key": _key(self.source), "target_key": _key(self.target),
            "item": self.item, "items": list(self.items),
            "quantities": [q.to_dict(with_kind=False) for q in self.quantities],
            "status": self.status,
            "valid_from": self.valid_from, "valid_to": self.valid_to,
            "confidence": self.confidence, "n_documents": self.n_documents,
            "n_sources": self.n_sources, "evidence": [e.to_dict() for e in self.evidence],
        }

    def to_row(self) -> dict[str, Any]:
        """One flat row (CSV, table): the evidence as counts and the first sentence."""
        first = self.evidence[0] if self.evidence else None
        return {
            "type": self.type, "source": _key(self.source), "target": _key(self.target),
            "item": self.item or "; ".join(self.items),
            "quantity": "; ".join(q.text for q in self.quantities), "status": self.status or "",
            "valid_from": self.valid_from or "", "valid_to": self.valid_to or "",
            "confidence": self.confidence, "documents": self.n_documents,
            "outlets": self.n_sources,
            "first_evidence": f"{first.doc_id}: {first.sentence}" if first else "",
        }


@dataclass(frozen=True, slots=True)
class RelationPage:
    """One page of standing relations and how many matched in all."""

    items: tuple[StandingRelation, ...]
    total: int
    offset: int = 0
    limit: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "offset": self.offset, "limit": self.limit,
                "items": [r.to_dict() for r in self.items]}


def standing_relations(con: duckdb.DuckDBPyConnection, *, as_of: str | None = None,
                       types: str | Iterable[str] | None = None, actor: str | None = None,
                       by_item: bool = False) -> list[StandingRelation]:
    """The stored relations aggregated across documents, most attested first."""
    wanted = _known_types(split_values(types))
    spec = ActorSpec.parse(actor) if actor is not None else None
    day = _as_of(as_of) if as_of is not None else None
    groups: dict[tuple[str, ...], list[tuple[Relation, dict[str, Any]]]] = {}
    for relation, row in _stored(con, wanted):
        if spec is not None and not any(_matches(a, spec)
                                        for a in (*relation.source, *relation.target)):
            continue
        key = (relation.type, _key(relation.source), _key(relation.target),
               (relation.item or "").casefold() if by_item else "")
        groups.setdefault(key, []).append((relation, row))
    found = [_standing(rows, by_item) for rows in groups.values()]
    if day is not None:
        found = [r for r in found if _valid_during(r, *day)]
    return sorted(found, key=lambda r: (-r.n_documents, -r.confidence, r.key))


def relation_page(con: duckdb.DuckDBPyConnection, *, limit: int | None = 50,
                  offset: int = 0, **filters: Any) -> RelationPage:
    """A page of `standing_relations`, with the total number that matched."""
    if offset < 0 or (limit is not None and limit < 0):
        raise QueryError("limit and offset must be 0 or more", hint="give 0 or more")
    found = standing_relations(con, **filters)
    end = None if limit is None else offset + limit
    return RelationPage(tuple(found[offset:end]), len(found), offset, limit)


def _stored(con: duckdb.DuckDBPyConnection,
            types: Sequence[str]) -> list[tuple[Relation, dict[str, Any]]]:
    where = f" WHERE r.type IN ({', '.join('?' for _ in types)})" if types else ""
    try:
        cur = con.execute(f"{_SELECT}{where} ORDER BY d.published NULLS LAST, d.seq, r.seq",
                          list(types))
        names = [d[0] for d in cur.description]
        rows = [decode_row("relations", names, row) for row in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"could not read relations: {exc}".split("\n")[0]) from exc
    return [(Relation.from_dict(with_defaults(Relation, row)), row) for row in rows]


def _standing(rows: list[tuple[Relation, dict[str, Any]]], by_item: bool) -> StandingRelation:
    relations = [r for r, _ in rows]
    first = relations[0]
    items = tuple(dict.fromkeys(r.item for r in relations if r.item))
    return StandingRelation(
        type=first.type, source=first.source, target=first.target,
        item=first.item if by_item else None, items=items,
        status=_status([r.status for r in relations]),
        valid_from=min((r.valid_from for r in relations if r.valid_from), default=None,
                       key=_first_day),
        valid_to=_valid_to(relations),
        confidence=round(max(r.confidence for r in relations), 2),
        evidence=tuple(_evidence(r, row) for r, row in rows))


def _status(statuses: Sequence[str | None]) -> str | None:
    """"planned" only when every telling announces it; else the furthest stage of a
    transfer any telling gives (None for relations without stages, in force)."""
    if all(s == "planned" for s in statuses):
        return "planned"
    staged = [s for s in statuses if s and s != "planned"]
    return max(staged, key=lambda s: _STATUS_RANK.get(s, 0)) if staged else None


def _valid_to(relations: Sequence[Relation]) -> str | None:
    """The latest end any evidence gives, unless evidence dated after it shows the
    relation holding with no end (it was taken up again): then open."""
    ends = [r.valid_to for r in relations if r.valid_to]
    if not ends:
        return None
    last = max(ends, key=_last_day)
    holding = [r.valid_from for r in relations if not r.valid_to and r.valid_from
               and r.status != "planned"]
    if any(_first_day(v) > _last_day(last) for v in holding):
        return None
    return last


def _evidence(relation: Relation, row: dict[str, Any]) -> Evidence:
    return Evidence(
        doc_id=relation.doc_id, relation_id=relation.relation_id,
        sentence=relation.sentence, start=relation.start, end=relation.end,
        outlet=row.get("doc_publisher"), published=row.get("doc_published"),
        title=row.get("doc_title"), item=relation.item, status=relation.status,
        valid_from=relation.valid_from, valid_to=relation.valid_to,
        confidence=relation.confidence, event_ids=relation.event_ids,
        reason=relation.reason, quantity=relation.quantity)


def _valid_during(relation: StandingRelation, first: str, last: str) -> bool:
    if relation.status == "planned":
        return False
    starts = relation.valid_from is None or _first_day(relation.valid_from) <= last
    ends = relation.valid_to is None or _last_day(relation.valid_to) >= first
    return starts and ends


def _known_types(types: tuple[str, ...]) -> tuple[str, ...]:
    from belli.relations.lexicon import load_relation_lexicon

    known = load_relation_lexicon().types
    wanted = tuple(t.strip().lower() for t in types)
    unknown = [t for t in wanted if t not in known]
    if unknown:
        raise QueryError(f"unknown relation type {', '.join(map(repr, unknown))}",
                         hint=f"use {', '.join(known)}")
    return wanted


def _as_of(value: str) -> tuple[str, str]:
    """(first day, last day) of the --as-of date or period."""
    first, last = (period_edge(value.strip(), last=flag) for flag in (False, True))
    if not _DATE.match(value.strip()) or first is None or last is None:
        raise QueryError(f"as-of {value!r} is not a date",
                         hint="use YYYY, YYYY-MM or YYYY-MM-DD")
    return first, last


def _first_day(value: str) -> str:
    return period_edge(value, last=False) or "0000-01-01"


def _last_day(value: str) -> str:
    return period_edge(value, last=True) or "9999-12-31"


def _key(actors: Sequence[Actor]) -> str:
    """The sides as codes, "AZE+TUR"; an actor without a code by its name."""
    return "+".join(a.country or a.name or a.text for a in actors)


def _matches(actor: Actor, spec: ActorSpec) -> bool:
    if spec.code is not None:
        return actor.country == spec.code and (spec.sector is None
                                               or actor.sector == spec.sector)
    text = spec.text or ""
    return any(text in (v or "").casefold() for v in (actor.name, actor.text, actor.person))
