"""Living data: documents removed (deleted, or replaced by an edited version), the
deletions feed, and what changed since a moment, for clients that sync incrementally.

Every row a document owns is written in the transaction that stores the document, so its
records share the document's `updated_at`; a replaced or deleted document leaves a row in
`deletions` (doc_id, why, what it held, when). A client keeps the `as_of` of the changes
it read and asks for the changes since then next time: documents written after it come
whole (apply them as new), deletions tell it which documents to drop.

`as_of` is the time of the last write the store holds, not the clock: a write that began
before a read and committed after it is stamped earlier than the read, and a cursor taken
from the clock would skip it. Writes are serialized (one writer holds the file; the
server's writes take its lock), so every later write is stamped after `as_of`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb

from belli.errors import NotFoundError, QueryError, StoreError

__all__ = ["ChangeSet", "Deletion", "changes_since", "delete_document", "iso_utc",
           "last_write", "parse_since", "remove_documents", "updated_times"]

# A document's own rows, removed with it; the links of its events go too, and the next
# relink drops them from their canonical events.
_OWNED = ("sentences", "mentions", "events", "relations", "claims", "event_links")


@dataclass(frozen=True, slots=True)
class Deletion:
    """One document removed: deleted by hand, or replaced by a newer version of it."""

    doc_id: str
    reason: str  # "deleted" or "replaced"
    replaced_by: str | None = None
    identity: str | None = None
    removed: dict[str, int] = field(default_factory=dict)  # table -> rows removed
    deleted_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "deletion", "doc_id": self.doc_id, "reason": self.reason,
                "replaced_by": self.replaced_by, "identity": self.identity,
                "removed": dict(self.removed), "deleted_at": self.deleted_at}


def iso_utc(value: datetime | None) -> str | None:
    """A stored (naive UTC) time as ISO 8601 with its Z, to the microsecond: what a client
    gives back as `since`."""
    return None if value is None else value.isoformat(timespec="microseconds") + "Z"


def parse_since(text: str) -> datetime:
    """`since` as a naive UTC time: an ISO 8601 date or date and time (with Z or an offset;
    none means UTC). Anything else is a QueryError."""
    try:
        moment = datetime.fromisoformat(text.strip())  # takes a Z since Python 3.11
    except ValueError:
        raise QueryError(f"since must be an ISO 8601 time, not {text!r}",
                         hint="e.g. 2024-05-01 or 2024-05-01T12:00:00Z") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def remove_documents(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str], reason: str,
                     replaced_by: Sequence[str | None] | None = None) -> list[Deletion]:
    """Remove documents with every record they own, inside the caller's transaction, and
    record each in `deletions`. `replaced_by[i]` names the document that replaces the i-th."""
    if not doc_ids:
        return []
    ids = list(doc_ids)
    counts: dict[str, Counter[str]] = {i: Counter() for i in ids}
    for table in _OWNED:
        for (doc_id,) in con.execute(f"DELETE FROM {table} WHERE doc_id IN "
                                     "(SELECT unnest(?::VARCHAR[])) RETURNING doc_id",
                                     [ids]).fetchall():
            counts[doc_id][table] += 1
    identities = dict(con.execute("DELETE FROM documents WHERE doc_id IN "
                                  "(SELECT unnest(?::VARCHAR[])) RETURNING doc_id, identity",
                                  [ids]).fetchall())
    by = list(replaced_by) if replaced_by is not None else [None] * len(ids)
    now = _now(con)
    gone = [Deletion(i, reason, b, identities.get(i) or None,
                     {"documents": 1, **{t: n for t, n in counts[i].items() if n}},
                     iso_utc(now))
            for i, b in zip(ids, by, strict=True) if i in identities]
    if gone:
        con.executemany(  # a few rows: documents are removed one story at a time
            "INSERT INTO deletions (doc_id, reason, replaced_by, identity, removed, "
            "deleted_at) VALUES (?, ?, ?, ?, ?, ?)",
            [[d.doc_id, d.reason, d.replaced_by, d.identity, json.dumps(d.removed), now]
             for d in gone])
    return gone


def delete_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> Deletion:
    """Delete one stored document (its full id) with its records, in one transaction."""
    con.begin()
    try:
        gone = remove_documents(con, [doc_id], "deleted")
        if not gone:
            raise NotFoundError(f"no stored document has id {doc_id!r}",
                                hint="give the full id, as `belli docs` lists it")
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        raise StoreError(f"could not delete {doc_id}: {exc}".split("\n")[0]) from exc
    except BaseException:
        con.rollback()
        raise
    return gone[0]


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What changed after `since`, as seen at `as_of`: the ids of documents written since
    (stored order), and the documents removed since (oldest first)."""

    since: str | None
    as_of: str | None  # the `since` of the next call
    doc_ids: tuple[str, ...]
    deletions: tuple[Deletion, ...]


def changes_since(con: duckdb.DuckDBPyConnection, since: datetime | None) -> ChangeSet:
    """The documents written and removed after `since` (None: since the beginning)."""
    try:
        as_of = last_write(con)  # first: what commits meanwhile comes again next time
        docs = con.execute("SELECT doc_id FROM documents WHERE ? IS NULL OR updated_at > ? "
                           "ORDER BY seq", [since, since]).fetchall()
        gone = con.execute("SELECT doc_id, reason, replaced_by, identity, CAST(removed AS "
                           "VARCHAR), deleted_at FROM deletions WHERE ? IS NULL OR "
                           "deleted_at > ? ORDER BY deleted_at, doc_id",
                           [since, since]).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"could not read the changes: {exc}".split("\n")[0]) from exc
    deletions = tuple(Deletion(d, r, b, i, json.loads(n) if n else {}, iso_utc(at))
                      for d, r, b, i, n, at in gone)
    if as_of is None or (since is not None and since > as_of):
        as_of = since
    return ChangeSet(iso_utc(since), iso_utc(as_of), tuple(d for (d,) in docs), deletions)


def last_write(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """When the last document was written or removed (None: never)."""
    row = con.execute("SELECT max(t) FROM (SELECT max(updated_at) AS t FROM documents "
                      "UNION ALL SELECT max(deleted_at) FROM deletions)").fetchone()
    return row[0] if row else None


def updated_times(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, str]:
    """When each of the stored documents `doc_ids` (and so each of its records) was written."""
    rows = con.execute("SELECT doc_id, updated_at FROM documents WHERE doc_id IN "
                       "(SELECT unnest(?::VARCHAR[]))", [list(doc_ids)]).fetchall()
    return {doc_id: iso_utc(at) or "" for doc_id, at in rows}


def _now(con: duckdb.DuckDBPyConnection) -> datetime:
    """The time rows written now get (`now()` is the transaction's start), in UTC."""
    row = con.execute("SELECT now() AT TIME ZONE 'UTC'").fetchone()
    if row is None:
        raise StoreError("the database gave no time")
    return row[0]
