"""The one writer: one transaction per batch, so a crash never leaves half an article.

A batch of pipeline results goes in as a single transaction: every document with its
sentences, mentions, events, relations and claims, plus the failures. A document whose
id is already stored is skipped and counted as "already stored"; failures are stored
with their source path and never touch stored documents. A document that is a new version
of a stored article (the same identity, belli.store.identity, another body) replaces it
in the same transaction: the old one's rows go, and `deletions` says so. A version the
store replaced is never stored again (as `belli import-parquet` rules): ingesting an old
snapshot after an edit leaves the edit in place; such documents count as outdated. One
deleted by hand (`belli delete`) may be ingested again on purpose.

Rows travel to DuckDB as one JSON array per table, cast to the table's STRUCT type in
SQL: about fifty times faster than `executemany`, with no dependency on pyarrow, and the
cast is strict, so a record that drifts from the schema fails loudly.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from typing import Any, TypeVar

import duckdb

from belli.errors import StoreError
from belli.records import Analysis, Article, Failure, content_id
from belli.store.identity import identity_of, legacy_identity
from belli.store.living import remove_documents
from belli.store.schema import TABLE_BY_NAME, Table, q
from belli.store.stamps import stamp_rows

__all__ = ["BatchCounts", "StoreWriter", "insert_records", "plain"]

log = logging.getLogger(__name__)

STAGE = "store.duckdb.v1"
# Errors caused by one record's data (not by the database): that article fails alone.
_DATA_ERRORS = (duckdb.ConversionException, duckdb.ConstraintException,
                duckdb.InvalidInputException, ValueError, TypeError)


@dataclass(frozen=True, slots=True)
class BatchCounts:
    """What a write did: documents stored, documents already there, failures recorded,
    older versions of stored articles that documents stored replaced, and documents not
    stored because the store already replaced them by a later version (outdated)."""

    stored: int = 0
    already_stored: int = 0
    failed: int = 0
    replaced: int = 0
    outdated: int = 0

    def __add__(self, other: BatchCounts) -> BatchCounts:
        return BatchCounts(
            self.stored + other.stored,
            self.already_stored + other.already_stored,
            self.failed + other.failed,
            self.replaced + other.replaced,
            self.outdated + other.outdated,
        )


def plain(value: Any) -> Any:
    """A record value as JSON-ready data, field by field (not via to_dict: no renames)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def _row(table: Table, record: Any, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    extra = extra or {}
    return {
        c.name: plain(extra[c.name] if c.name in extra else getattr(record, c.name))
        for c in table.written
    }


@cache
def _insert_sql(table_name: str) -> str:
    table = TABLE_BY_NAME[table_name]
    names = ", ".join(q(c.name) for c in (*table.written, *table.derived))
    struct = ", ".join(f"{q(c.name)} {c.sql_type}" for c in table.written)
    derived = "".join(f", {c.derived_sql('r')}" for c in table.derived)
    sql = (
        f"INSERT INTO {table.name} ({names}) "
        f"SELECT r.*{derived} FROM (SELECT unnest(CAST(?::JSON AS STRUCT({struct})[])) AS r)"
    )
    # A failure seen again on a re-run is the same row, not a new one.
    return sql + " ON CONFLICT DO NOTHING" if table.key == "failure_id" else sql


def insert_records(con: duckdb.DuckDBPyConnection, table_name: str,
                   records: Sequence[Any], chunk: int = 20_000) -> None:
    """Insert records (of the table's record class) into `table_name`, in the caller's
    transaction; in chunks, so 100,000 rows never make one giant JSON text."""
    table = TABLE_BY_NAME[table_name]
    for start in range(0, len(records), chunk):
        rows = [_row(table, r) for r in records[start:start + chunk]]
        payload = json.dumps(rows, ensure_ascii=False, allow_nan=False, default=str)
        con.execute(_insert_sql(table_name), [payload])
        if table.stamped and table.key:
            stamp_rows(con, table_name, [row[table.key] for row in rows])


def failure_id(failure: Failure) -> str:
    return content_id(failure.source, failure.doc_id, failure.stage, failure.message)


def analysis_rows(analysis: Analysis, seq: int, identity: str | None = None
                  ) -> dict[str, list[dict[str, Any]]]:
    """Every row one analysed article adds, by table; `seq` orders documents, `identity`
    overrides the article's own (belli.store.identity)."""
    t = TABLE_BY_NAME
    extra = {"notes": analysis.notes, "stages": analysis.stages, "seq": seq,
             "identity": identity_of(analysis.article) if identity is None else identity}
    return {
        "documents": [_row(t["documents"], analysis.article, extra)],
        "sentences": [
            _row(t["sentences"], s, {"seq": i}) for i, s in enumerate(analysis.sentences)
        ],
        "mentions": [
            _row(t["mentions"], m, {"mention_id": m.mention_id, "seq": i})
            for i, m in enumerate(analysis.mentions)
        ],
        "events": [_row(t["events"], e, {"seq": i}) for i, e in enumerate(analysis.events)],
        "relations": [
            _row(t["relations"], r, {"seq": i}) for i, r in enumerate(analysis.relations)
        ],
        "claims": [_row(t["claims"], c, {"seq": i}) for i, c in enumerate(analysis.claims)],
    }


class StoreWriter:
    """Writes pipeline results into an open, writable connection; `url_only`: articles
    are identified by their URL alone (posted ones, whose source and id are the client's)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, url_only: bool = False) -> None:
        self._con = con
        self._url_only = url_only

    def _key(self, item: Analysis | Article) -> _Key:
        """The article's identity, or a key of its own when it has none."""
        article = item.article if isinstance(item, Analysis) else item
        return identity_of(article, url_only=self._url_only) or _Unidentified(item.doc_id)

    def to_analyse(self, articles: Iterable[Article], ahead: Iterable[Article] = ()
                   ) -> list[Article]:
        """The articles of a batch worth analysing: each body once, none already stored,
        and of several versions of one article only the last, none when the last is the
        one stored (the same input again changes nothing), and none the store replaced.
        `ahead`: articles of earlier batches still to be stored; what the store holds of
        theirs at this batch's turn is not known yet, so every version of those goes on
        and the write picks, as it would in a run of its own after theirs."""
        articles = list(articles)
        outdated = self.outdated(articles)
        current = [a for a in articles if a.doc_id not in outdated]
        replacing = {self._key(a) for a in ahead}
        latest = _latest_versions([a for a in current if self._key(a) not in replacing],
                                  self._key)
        known = self.known(a.doc_id for a in latest.values())
        chosen = {a.doc_id for a in latest.values() if a.doc_id not in known}
        chosen |= {a.doc_id for a in current if self._key(a) in replacing}
        return _first_of_each([a for a in current if a.doc_id in chosen])

    def known(self, doc_ids: Iterable[str]) -> set[str]:
        """The ids among `doc_ids` that are already stored."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        rows = self._con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def outdated(self, items: Iterable[Article | Analysis]) -> set[str]:
        """The ids of `items` whose version of their article the store replaced by a later
        one and does not hold (a deletion by hand does not count: the document may come
        back on purpose). The identity must match too: another article that happens to
        carry an old version's text (a syndicated copy) is no old version of its own."""
        pairs = {(item.doc_id, name) for item in items for name in self._names(item)}
        if not pairs:
            return set()
        doc_ids, names = zip(*pairs, strict=True)
        rows = self._con.execute(
            "SELECT DISTINCT d.doc_id FROM deletions d JOIN (SELECT unnest(?::VARCHAR[]) AS "
            "doc_id, unnest(?::VARCHAR[]) AS identity) i ON d.doc_id = i.doc_id AND "
            "d.identity = i.identity WHERE d.reason = 'replaced' AND d.doc_id NOT IN "
            "(SELECT doc_id FROM documents)", [list(doc_ids), list(names)]).fetchall()
        return {r[0] for r in rows}

    def _names(self, item: Article | Analysis) -> list[str]:
        """The identities the store may hold an item's article under (today's and, for a
        store written before absolute paths, the older form); none when it has none."""
        key = self._key(item)
        if not isinstance(key, str):
            return []
        article = item.article if isinstance(item, Analysis) else item
        return [key, *filter(None, [legacy_identity(article)])]

    def write_batch(self, results: Iterable[Analysis | Failure]) -> BatchCounts:
        """Store a batch in one transaction; a batch that cannot be stored is retried
        article by article, and an article that still fails becomes a Failure row."""
        items = list(results)
        try:
            try:
                counts = self._transaction(items)
            except _DATA_ERRORS as exc:
                log.warning("batch could not be stored (%s); retrying article by article", exc)
                counts = self._one_by_one(items)
        except duckdb.Error as exc:
            raise StoreError(f"could not write to the database: {exc}".split("\n")[0]) from exc
        log.info(
            "committed batch: %d stored, %d already stored, %d failed",
            counts.stored, counts.already_stored, counts.failed,
        )
        return counts

    def _one_by_one(self, items: Sequence[Analysis | Failure]) -> BatchCounts:
        counts = BatchCounts()
        for item in items:
            try:
                counts += self._transaction([item])
            except _DATA_ERRORS as exc:
                message = f"{type(exc).__name__}: {exc}".split("\n")[0]
                counts += self._transaction([Failure(item.doc_id, STAGE, message, _source(item))])
        return counts

    def _transaction(self, items: Sequence[Analysis | Failure]) -> BatchCounts:
        con = self._con
        con.begin()
        try:
            counts, stored = self._insert(items)
            con.commit()
        except BaseException:
            # Also on KeyboardInterrupt: the batch is undone as a whole.
            con.rollback()
            raise
        # Said only once committed: a document this line names survives any crash after it
        # (the crash tests hold belli to exactly that).
        for analysis in stored:
            log.info("stored: %s (%s)", analysis.doc_id, analysis.article.source or "-")
        return counts

    def _insert(self, items: Sequence[Analysis | Failure]
                ) -> tuple[BatchCounts, list[Analysis]]:
        """Insert a batch's rows (inside the caller's transaction); also returns the
        analyses stored, documents already there left out."""
        given = [i for i in items if isinstance(i, Analysis)]
        failures = {failure_id(f): f for f in items if isinstance(f, Failure)}
        # asked now, not when the batch was picked: an earlier batch may have replaced them
        outdated = self.outdated(given)
        analyses = [a for a in given if a.doc_id not in outdated]
        known = self.known(a.doc_id for a in analyses)
        # The last version of an article in the input wins even when it is the one already
        # stored: the same input again changes nothing.
        latest = {key: a for key, a in _latest_versions(analyses, self._key).items()
                  if a.doc_id not in known}
        stored = list(latest.values())
        replaced = self._replace_older(latest)
        tables = _batch_rows(latest, self._next_seq() if analyses else 0)
        tables["failures"] = [
            _row(TABLE_BY_NAME["failures"], f, {"failure_id": fid}) for fid, f in failures.items()
        ]
        for name, rows in tables.items():
            if rows:
                self._execute(name, rows)
        superseded = _superseded(analyses, latest, known, self._key)
        return BatchCounts(len(stored), len(analyses) - len(stored) - superseded, len(failures),
                           replaced + superseded, len(given) - len(analyses)), stored

    def _replace_older(self, latest: Mapping[_Key, Analysis]) -> int:
        """Remove the stored older versions of the articles about to be stored (inside
        the caller's transaction); returns how many went."""
        by_identity = {i: a for i, a in latest.items() if isinstance(i, str)}
        for analysis in list(by_identity.values()):  # as a store before absolute paths has it
            if old := legacy_identity(analysis.article):
                by_identity.setdefault(old, analysis)
        if not by_identity:
            return 0
        older = self._con.execute(
            "SELECT doc_id, identity FROM documents WHERE identity IN "
            "(SELECT unnest(?::VARCHAR[])) ORDER BY seq", [list(by_identity)]).fetchall()
        gone = remove_documents(self._con, [d for d, _ in older], "replaced",
                                [by_identity[i].doc_id for _, i in older])
        for deletion in gone:
            log.info("replaced: %s by %s", deletion.doc_id, deletion.replaced_by)
        return len(gone)

    def _next_seq(self) -> int:
        row = self._con.execute("SELECT coalesce(max(seq) + 1, 0) FROM documents").fetchone()
        return int(row[0]) if row else 0

    def _execute(self, table_name: str, rows: list[dict[str, Any]]) -> None:
        payload = json.dumps(rows, ensure_ascii=False, allow_nan=False, default=str)
        try:
            self._con.execute(_insert_sql(table_name), [payload])
        except duckdb.IOException as exc:
            raise StoreError(
                f"could not write to the database: {exc}".split("\n")[0],
                hint="check free disk space and permissions",
            ) from exc


@dataclass(frozen=True, slots=True)
class _Unidentified:
    """The key `_latest_versions` gives a document with no identity: its own id."""

    doc_id: str


_Key = str | _Unidentified  # an article's identity, or its document's id when it has none


def _batch_rows(latest: Mapping[_Key, Analysis], seq: int) -> dict[str, list[dict[str, Any]]]:
    """Every row the analyses to store add, by table, numbered from `seq` in order."""
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLE_BY_NAME}
    for key, analysis in latest.items():
        identity = key if isinstance(key, str) else ""
        for name, rows in analysis_rows(analysis, seq + len(tables["documents"]),
                                        identity).items():
            tables[name].extend(rows)
    return tables


def _superseded(analyses: Sequence[Analysis], latest: Mapping[_Key, Analysis],
                known: set[str], key: Callable[[Analysis | Article], _Key]) -> int:
    """How many new documents of the input a later version stored now supersedes: they
    count as replaced (the others not stored count as already stored)."""
    passed = known | {a.doc_id for a in latest.values()}
    return len({a.doc_id for a in analyses if a.doc_id not in passed and key(a) in latest})


_Item = TypeVar("_Item", Analysis, Article)


def _latest_versions(items: Iterable[_Item], key: Callable[[_Item], _Key]) -> dict[_Key, _Item]:
    """The analyses (or articles) to store, by identity: each document once, and of
    several versions of one article in a batch only the last (a feed that carries its
    edits in order)."""
    latest: dict[_Key, _Item] = {}
    seen: set[str] = set()
    for item in items:
        if item.doc_id in seen:  # the same body twice: the first is stored, as before
            continue
        seen.add(item.doc_id)
        name = key(item)
        latest.pop(name, None)  # the newer version goes last, in input order
        latest[name] = item
    return latest


def _first_of_each(articles: Iterable[Article]) -> list[Article]:
    """The articles in order, each body once: the first of its copies."""
    seen: dict[str, Article] = {}
    for article in articles:
        seen.setdefault(article.doc_id, article)
    return list(seen.values())


def _source(item: Analysis | Failure) -> str | None:
    return item.source if isinstance(item, Failure) else item.article.source
