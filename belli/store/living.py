"""Living data: documents removed (deleted, or replaced by an edited version), the
deletions feed, and what changed since a moment, for clients that sync incrementally.

Every row a document owns is written in the transaction that stores the document, so its
records share the document's `updated_at`; a replaced or deleted document leaves a row in
`deletions` (doc_id, why, what it held, when). A client keeps the `as_of` of the changes
it read and asks for the changes since then next time: deletions tell it which documents
and canonical events to drop (apply them first), documents written after it come whole
(apply them as new), and so do the canonical events written since (new, or changed by a
relink: belli.store.stamps). A document removed and stored again since is only a document.

`as_of` is the time of the last write the store holds, not the clock: a write that began
before a read and committed after it is stamped earlier than the read, and a cursor taken
from the clock would skip it. Writes are serialized (one writer holds the file; the
server's writes take its lock), so every later write is stamped after `as_of`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb

from belli.errors import NotFoundError, QueryError, StoreError
from belli.store.rows import MAX_ROWS, check_rows
from belli.store.schema import UTC_NOW

__all__ = ["ChangePage", "ChangeSet", "Deletion", "changes_page", "changes_since",
           "delete_document", "iso_utc", "last_write", "now_utc", "parse_since",
           "removals_since", "remove_documents", "updated_times"]

# A document's own rows, removed with it; the links of its events go too, and the next
# relink drops them from their canonical events.
_OWNED = ("sentences", "mentions", "events", "relations", "claims", "event_links")


@dataclass(frozen=True, slots=True)
class Deletion:
    """One document removed (deleted by hand, or replaced by a newer version of it), or
    one canonical event a relink took away (`of` "canonical_event", its id in `doc_id`)."""

    doc_id: str
    reason: str  # "deleted" or "replaced"; "relinked" for a canonical event
    replaced_by: str | None = None
    identity: str | None = None
    removed: dict[str, int] = field(default_factory=dict)  # table -> rows removed
    deleted_at: str | None = None
    of: str = "document"  # or "canonical_event"

    def to_dict(self) -> dict[str, Any]:
        if self.of == "canonical_event":
            return {"kind": "deletion", "of": self.of, "canonical_id": self.doc_id,
                    "reason": self.reason, "deleted_at": self.deleted_at}
        return {"kind": "deletion", "of": self.of, "doc_id": self.doc_id, "reason": self.reason,
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
                         hint=_since_hint(text)) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _since_hint(text: str) -> str:
    # A '+' left raw in a query string arrives as a space: "12:00:00 02:00".
    if _DECODED_PLUS.search(text.strip()):
        return "encode the + of the offset as %2B in a URL (or give the time in UTC with Z)"
    return "e.g. 2024-05-01 or 2024-05-01T12:00:00Z"


_DECODED_PLUS = re.compile(r"\d \d{2}(:?\d{2})?$")


def remove_documents(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str], reason: str,
                     replaced_by: Sequence[str | None] | None = None) -> list[Deletion]:
    """Remove documents with every record they own, inside the caller's transaction, and
    record each in `deletions`. `replaced_by[i]` names the document that replaces the i-th."""
    if not doc_ids:
        return []
    ids = list(doc_ids)
    counts = _remove_owned(con, ids)
    identities = dict(con.execute("DELETE FROM documents WHERE doc_id IN "
                                  "(SELECT unnest(?::VARCHAR[])) RETURNING doc_id, identity",
                                  [ids]).fetchall())
    by = list(replaced_by) if replaced_by is not None else [None] * len(ids)
    now = now_utc(con)
    gone = [Deletion(i, reason, b, identities.get(i) or None,
                     {"documents": 1, **{t: n for t, n in counts[i].items() if n}},
                     iso_utc(now))
            for i, b in zip(ids, by, strict=True) if i in identities]
    if gone:
        _record_deletions(con, gone, now)
    return gone


def _record_deletions(con: duckdb.DuckDBPyConnection, gone: list[Deletion],
                      now: datetime) -> None:
    """One row in `deletions` per document removed, in one statement: an import or a
    rerun can remove thousands at once, and a row at a time costs a millisecond each."""
    con.execute(
        "INSERT INTO deletions (doc_id, reason, replaced_by, identity, removed, deleted_at) "
        "SELECT unnest(?::VARCHAR[]), ?, unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
        "unnest(?::VARCHAR[])::JSON, ?",
        [[d.doc_id for d in gone], gone[0].reason, [d.replaced_by for d in gone],
         [d.identity for d in gone], [json.dumps(d.removed) for d in gone], now])


def _remove_owned(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, Counter[str]]:
    """Delete the rows the documents `ids` own; how many went, by document and table."""
    counts: dict[str, Counter[str]] = {i: Counter() for i in ids}
    for table in _OWNED:
        for (doc_id,) in con.execute(f"DELETE FROM {table} WHERE doc_id IN "
                                     "(SELECT unnest(?::VARCHAR[])) RETURNING doc_id",
                                     [ids]).fetchall():
            counts[doc_id][table] += 1
    return counts


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
    (oldest write first, with each one's paging cursor), and the removals since (oldest
    first): documents, and canonical events a relink took away. A document removed and
    then stored again is among the documents, not the removals: a client applies the
    removals, then the documents."""

    since: str | None
    as_of: str | None  # the `since` of the next call
    doc_ids: tuple[str, ...]
    deletions: tuple[Deletion, ...]
    cursors: tuple[str, ...] = ()  # cursors[i]: the `after` that pages past doc_ids[i]


def changes_since(con: duckdb.DuckDBPyConnection, since: datetime | None) -> ChangeSet:
    """The documents written and removed after `since` (None: since the beginning)."""
    try:
        as_of = last_write(con)  # first: what commits meanwhile comes again next time
        docs = _written_after(con, since, None, None, 0)
        deletions = removals_since(con, since)
    except duckdb.Error as exc:
        raise StoreError(f"could not read the changes: {exc}".split("\n")[0]) from exc
    return ChangeSet(iso_utc(since), iso_utc(as_of), tuple(d for d, _, _ in docs), deletions,
                     tuple(_cursor(at, seq) for _, at, seq in docs))


_SINCE = "(? IS NULL OR updated_at > ?)"


def removals_since(con: duckdb.DuckDBPyConnection, since: datetime | None
                   ) -> tuple[Deletion, ...]:
    """The documents and canonical events removed after `since`, oldest first."""
    gone = con.execute(f"SELECT {_DELETION_COLUMNS} FROM {REMOVALS} WHERE {LIVE_REMOVALS} "
                       "ORDER BY deleted_at, kind DESC, doc_id", [since, since]).fetchall()
    return tuple(Deletion(d, r, b, i, json.loads(n) if n else {}, iso_utc(at), k)
                 for d, r, b, i, n, at, k in gone)


@dataclass(frozen=True, slots=True)
class ChangePage:
    """One page of the changes after `since`: `limit` documents past the cursor `after`
    (their ids; `next` pages past the last, None on the last page) out of `total`; the
    removals come with the first page only (no `after`, offset 0), once per sync."""

    since: str | None
    as_of: str | None
    total: int
    doc_ids: tuple[str, ...]
    next: str | None
    deletions: tuple[Deletion, ...] | None  # None: not the first page


def changes_page(con: duckdb.DuckDBPyConnection, since: datetime | None, after: str | None,
                 limit: int, offset: int = 0) -> ChangePage:
    """A page of `changes_since`, read by keyset (a page starts past its cursor, never
    counting off the pages before it); each page also counts every document written
    since, for `total`."""
    check_rows(limit, offset)
    first = after is None and offset == 0
    try:
        as_of = last_write(con)  # first: what commits meanwhile comes again next time
        total = _count_written(con, since)
        docs = _written_after(con, since, None if after is None else _parse_cursor(after),
                              min(limit + 1, MAX_ROWS), offset)
        deletions = removals_since(con, since) if first else None
    except duckdb.Error as exc:
        raise StoreError(f"could not read the changes: {exc}".split("\n")[0]) from exc
    page = docs[:limit]
    return ChangePage(iso_utc(since), iso_utc(as_of), total, tuple(d for d, _, _ in page),
                      _next(page, after, more=len(docs) > limit), deletions)


def _next(page: list[Any], after: str | None, *, more: bool) -> str | None:
    """The cursor past the page; an empty page of a longer feed (limit 0) stays where it is."""
    if not more:
        return None
    return _cursor(page[-1][1], page[-1][2]) if page else after


def _count_written(con: duckdb.DuckDBPyConnection, since: datetime | None) -> int:
    row = con.execute(f"SELECT count(*) FROM documents WHERE {_SINCE}", [since, since]
                      ).fetchone()
    return int(row[0]) if row else 0


def _written_after(con: duckdb.DuckDBPyConnection, since: datetime | None,
                   key: tuple[datetime, int] | None, limit: int | None, offset: int
                   ) -> list[tuple[str, datetime, int]]:
    """Documents written after `since` and past the cursor `key` (None: from the first),
    in cursor order, `limit` of them (None: all)."""
    at, seq = key if key is not None else (None, None)
    return con.execute(f"SELECT doc_id, updated_at, seq FROM documents WHERE {_SINCE} AND "
                       "(? IS NULL OR (updated_at, seq) > (?, ?)) ORDER BY updated_at, seq "
                       "LIMIT ? OFFSET ?", [since, since, at, at, seq, limit, offset]).fetchall()


_DELETION_COLUMNS = ("doc_id, reason, replaced_by, identity, CAST(removed AS VARCHAR), "
                     "deleted_at, kind")
# Canonical events a relink took away: their stamps stay behind, stamped with the time of
# the relink that removed them (belli.store.stamps).
_CANONICAL_REMOVALS = (
    "SELECT canonical_id AS doc_id, 'relinked' AS reason, NULL AS replaced_by, NULL AS "
    "identity, NULL::JSON AS removed, removed_at AS deleted_at, 'canonical_event' AS kind "
    "FROM canonical_stamps WHERE removed_at IS NOT NULL")
# Every removal, documents' and canonical events', in the columns of `deletions` and `kind`.
REMOVALS = ("(SELECT doc_id, reason, replaced_by, identity, removed, deleted_at, 'document' "
            f"AS kind FROM deletions UNION ALL {_CANONICAL_REMOVALS})")
# Removals after `since` (the two parameters) of what is not stored again since: a
# document deleted and ingested again is a document of the feed, not a deletion.
LIVE_REMOVALS = ("deleted_at IS NOT NULL AND (? IS NULL OR deleted_at > ?) AND doc_id NOT IN "
                 "(SELECT doc_id FROM documents) AND doc_id NOT IN (SELECT canonical_id FROM "
                 "canonical_events)")


def _cursor(at: datetime, seq: int) -> str:
    return f"{iso_utc(at)}~{seq}"


def _parse_cursor(text: str) -> tuple[datetime, int]:
    at, _, seq = text.strip().rpartition("~")
    try:
        return parse_since(at), int(seq)
    except (QueryError, ValueError):
        raise QueryError(f"after must be a cursor that /api/changes gave, not {text!r}",
                         hint="pass the `next` of the last page as it came") from None


def last_write(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """When the last document or canonical event was written or removed (None: never)."""
    row = con.execute("SELECT max(t) FROM (SELECT max(updated_at) AS t FROM documents "
                      "UNION ALL SELECT max(deleted_at) FROM deletions UNION ALL "
                      "SELECT greatest(max(seen_at), max(removed_at)) FROM canonical_stamps)"
                      ).fetchone()
    return row[0] if row else None


def updated_times(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, str]:
    """When each of the stored documents `doc_ids` (and so each of its records) was written."""
    rows = con.execute("SELECT doc_id, updated_at FROM documents WHERE doc_id IN "
                       "(SELECT unnest(?::VARCHAR[]))", [list(doc_ids)]).fetchall()
    return {doc_id: iso_utc(at) or "" for doc_id, at in rows}


def now_utc(con: duckdb.DuckDBPyConnection) -> datetime:
    """The time rows written now get (`now()` is the transaction's start), in UTC."""
    row = con.execute(f"SELECT {UTC_NOW}").fetchone()
    if row is None:
        raise StoreError("the database gave no time")
    return row[0]
