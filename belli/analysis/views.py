"""Reading canonical events back: a page of them, and one with its reports and the link
that brought each in (what `belli why` and `/api/canonical/{id}` show)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from belli.errors import NotFoundError, StoreError
from belli.records import CanonicalEvent, EventLink
from belli.store.event_query import ActorSpec, StoredEvent, actor_sql, check_page, select_stored
from belli.store.explore import Page
from belli.store.queries import decode_row, with_defaults

__all__ = ["Explanation", "canonical_page", "explain"]


@dataclass(frozen=True, slots=True)
class Explanation:
    """A canonical event, its reports (first published first) and each one's link."""

    event: CanonicalEvent
    reports: tuple[tuple[StoredEvent, EventLink], ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.event.to_dict(), "report_events": [
            {**item.event.to_dict(), "document": {"title": item.title,
                                                  "publisher": item.publisher,
                                                  "published": item.published},
             "link": {"score": link.score, "reason": link.reason}}
            for item, link in self.reports]}


def _read(con: duckdb.DuckDBPyConnection, table: str, sql: str,
          params: list[Any]) -> list[dict[str, Any]]:
    try:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [decode_row(table, names, row) for row in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"could not read {table}: {exc}".split("\n")[0]) from exc


def canonical_page(con: duckdb.DuckDBPyConnection, *, min_reports: int = 1,
                   actor: str | None = None, limit: int | None = 50,
                   offset: int = 0) -> Page[CanonicalEvent]:
    """Canonical events told by at least `min_reports` reports, the most told first."""
    check_page("stored", limit, offset)
    where, params = "n_reports >= ?", [min_reports]
    if actor is not None:
        cond, more = actor_sql('list_concat("source", "target")', ActorSpec.parse(actor))
        where, params = f"{where} AND {cond}", [*params, *more]
    total = _read(con, "canonical_events",
                  f"SELECT count(*) AS n FROM canonical_events WHERE {where}", params)[0]["n"]
    rows = _read(con, "canonical_events",
                 f"SELECT * FROM canonical_events WHERE {where} ORDER BY n_reports DESC, "
                 "n_sources DESC, first_seen, canonical_id LIMIT ? OFFSET ?",
                 [*params, limit, offset])
    items = tuple(CanonicalEvent.from_dict(with_defaults(CanonicalEvent, r)) for r in rows)
    return Page(items, int(total), offset, limit)


def explain(con: duckdb.DuckDBPyConnection, some_id: str) -> Explanation:
    """The canonical event named by its id, or the one a report belongs to (given as
    "doc_id/event_id" or an event id)."""
    canonical_id = _canonical_id(con, some_id.strip())
    rows = _read(con, "canonical_events",
                 "SELECT * FROM canonical_events WHERE canonical_id = ?", [canonical_id])
    event = CanonicalEvent.from_dict(with_defaults(CanonicalEvent, rows[0]))
    links = {f"{r['doc_id']}/{r['event_id']}": EventLink.from_dict(with_defaults(EventLink, r))
             for r in _read(con, "event_links",
                            "SELECT * FROM event_links WHERE canonical_id = ?", [canonical_id])}
    stored = {f"{s.event.doc_id}/{s.event.event_id}": s for s in select_stored(
        con, "list_contains(?::VARCHAR[], e.doc_id || '/' || e.event_id)",
        [list(event.reports)])}
    reports = tuple((stored[uid], links[uid]) for uid in event.reports
                    if uid in stored and uid in links)
    return Explanation(event, reports)


def _canonical_id(con: duckdb.DuckDBPyConnection, some_id: str) -> str:
    doc_id, _, event_id = some_id.rpartition("/")
    rows = _read(con, "event_links",
                 "SELECT DISTINCT canonical_id FROM event_links WHERE canonical_id = ? "
                 "OR (event_id = ? AND (? = '' OR starts_with(doc_id, ?))) LIMIT 2",
                 [some_id, event_id, doc_id, doc_id])
    if not rows:
        raise NotFoundError(f"no canonical event or event has id {some_id!r}",
                            hint="run `belli link` after ingesting, or list ids with "
                                 "`belli events --format jsonl`")
    if len(rows) > 1:
        raise NotFoundError(f"event id {some_id!r} is in several documents",
                            hint="give it as DOC_ID/EVENT_ID")
    return str(rows[0]["canonical_id"])
