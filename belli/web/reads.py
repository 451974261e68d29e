"""The few reads the dashboard needs that `belli.store` does not offer (yet): table
counts, the latest failures, the outlets for the filter, and events by id.

Each is one aggregated or bounded query, so a page stays fast on a large store. They
belong in belli/store/explore.py in the long run; they sit here while that module is
being written by someone else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from belli.errors import StoreError
from belli.records import Event
from belli.store.event_query import StoredEvent
from belli.store.queries import decode_row, with_defaults
from belli.store.schema import q

__all__ = ["FailureRow", "events_by_uid", "outlets", "quad_counts", "recent_failures",
           "table_counts"]


@dataclass(frozen=True, slots=True)
class FailureRow:
    doc_id: str | None
    stage: str
    message: str
    source: str | None
    recorded_at: str | None


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()) -> list:
    try:
        return con.execute(sql, list(params)).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"could not read the store: {exc}".split("\n")[0]) from exc


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table the overview counts."""
    tables = ("documents", "events", "claims", "failures")
    sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
    return {name: int(n) for name, n in _rows(con, sql)}


def quad_counts(con: duckdb.DuckDBPyConnection) -> dict[int, int]:
    return {int(k or 0): int(n) for k, n in _rows(
        con, "SELECT quad, count(*) FROM events GROUP BY quad ORDER BY quad")}


def recent_failures(con: duckdb.DuckDBPyConnection, limit: int = 5) -> list[FailureRow]:
    sql = (f"SELECT doc_id, {q('stage')}, message, {q('source')}, "
           "strftime(recorded_at, '%Y-%m-%d %H:%M') FROM failures "
           "ORDER BY recorded_at DESC, failure_id LIMIT ?")
    return [FailureRow(*row) for row in _rows(con, sql, [limit])]


def outlets(con: duckdb.DuckDBPyConnection, limit: int = 300) -> list[str]:
    """Publishers, the most prolific first (the outlet filter's choices)."""
    sql = ("SELECT publisher FROM documents WHERE publisher IS NOT NULL "
           "GROUP BY publisher ORDER BY count(*) DESC, publisher LIMIT ?")
    return [str(row[0]) for row in _rows(con, sql, [limit])]


def events_by_uid(con: duckdb.DuckDBPyConnection, uids: Sequence[str]) -> list[StoredEvent]:
    """The events named "doc_id/event_id" (as `DyadPoint.event_ids` names them), in the
    order given; ids that name nothing are skipped."""
    if not uids:
        return []
    sql = ("SELECT e.*, d.title AS doc_title, d.publisher AS doc_publisher, "
           "d.published AS doc_published FROM events e JOIN documents d USING (doc_id) "
           "WHERE list_contains(?::VARCHAR[], e.doc_id || '/' || e.event_id)")
    try:
        cur = con.execute(sql, [list(uids)])
        names = [d[0] for d in cur.description]
        rows = [decode_row("events", names, row) for row in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"could not read events: {exc}".split("\n")[0]) from exc
    found = {f"{r['doc_id']}/{r['event_id']}": r for r in rows}
    return [_stored(found[uid]) for uid in uids if uid in found]


def _stored(row: dict[str, object]) -> StoredEvent:
    event = Event.from_dict(with_defaults(Event, row))
    return StoredEvent(event, _text(row.get("doc_title")), _text(row.get("doc_publisher")),
                       _text(row.get("doc_published")))


def _text(value: object) -> str | None:
    return None if value is None else str(value)
