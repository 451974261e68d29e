"""The Spark job's Parquet tables into a DuckDB store, for `belli serve` and every query;
also a Parquet export of a store (`belli export --format parquet`: one NAME.parquet per
table, beside manifest.json), so a store moves to another one whole.

The tables carry the store's own columns, so each goes in with one INSERT ... SELECT
from `read_parquet`, in one transaction: an import that fails leaves the store as it was.
The store's rules hold as `belli ingest` keeps them, with two of the import's own (below:
a version published on an earlier day, and one the store replaced, are kept out; ingest
stores the version it reads last whatever its day or history). A document already stored
is skipped with all its rows; a document found under two input files (two runs over inputs
that share an article) comes in once, with the rows of one copy; of several versions of
one article (the same identity) in the import only the last (`seq`, then source file)
comes in, the others counted as superseded; one that is a new version of a stored article
replaces it, and `deletions` says so, unless published on an earlier day than the stored
one (then counted as older). The store's own `deletions` keep out what it has removed: a
document it replaced by a newer version, or deleted after the export was made (the
earliest `exported_at` of the folder's manifests: `manifest.json` and each single table's
`NAME.parquet.manifest.json`, all read and checked for schema). An incremental export's
`deletions.parquet` (or a single table's `NAME.deletions.parquet`) is applied: the stored
documents it names go, with its reason, but those the import carries. Failures come in
once each (failure_id). Documents are numbered after the store's last (`seq`), in
the job's order. Canonical events and their links are not imported but made again by the
relink that follows. Needs DuckDB only.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from belli.display import printable
from belli.errors import InputError, QueryError
from belli.spark.tables import TABLES
from belli.store import Store
from belli.store.living import parse_since, remove_documents
from belli.store.schema import SCHEMA_VERSION, TABLE_BY_NAME, q

_NEW = "_belli_import_new"  # (doc_id, source_file) of the documents this import stores
_FATE = "_belli_import_fate"  # what becomes of each document of the import, and why
# an incremental export's removals, beside its tables; `NAME.deletions.parquet` beside a
# single table's (`belli export --table NAME --since`)
_DELETIONS = ("deletions.parquet", "*.deletions.parquet")
_DERIVED = ("sentences", "mentions", "events", "relations", "claims")
_JOB_FILES = "/**/*.parquet"  # the job's layout: a folder per table, partitioned


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: documents stored and skipped, rows added per table."""

    folder: str
    stored: int
    already_stored: int
    rows: dict[str, int] = field(default_factory=dict)
    replaced: int = 0  # older versions of stored articles that stored documents replaced
    superseded: int = 0  # documents of the import a later version in it supersedes
    deleted: int = 0  # stored documents removed as the export's deletions say
    skipped: dict[str, int] = field(default_factory=dict)  # why -> documents kept out

    def summary(self) -> str:
        added = ", ".join(f"{n} {t}" for t, n in self.rows.items() if t != "documents")
        replaced = f" ({self.replaced} replacing older versions)" if self.replaced else ""
        others = [f"{n} {_SKIPPED[why]}" for why, n in self.skipped.items() if n]
        if self.superseded:
            others.insert(0, f"{self.superseded} superseded by a later version in the import")
        if self.deleted:
            others.append(f"{self.deleted} removed as the export's deletions say")
        return (f"{self.stored} documents stored{replaced}, {self.already_stored} already "
                f"stored{''.join(', ' + o for o in others)} ({added or 'no other rows'}) "
                f"from {self.folder}")


# Why a document of the import is kept out (`ImportReport.skipped`), as the summary says it.
_SKIPPED = {"replaced": "skipped (the store replaced them by a newer version)",
            "deleted": "skipped (deleted from the store after the export was made)",
            "older": "skipped (older than the stored version)"}


def import_parquet(folder: str | os.PathLike[str], store: Store) -> ImportReport:
    """Import the job's output folder into an open, writable store; relinks events."""
    found = parquet_tables(Path(folder))
    deletions = deletion_files(Path(folder))
    exported_at = _exported_at(export_manifests(Path(folder)))
    con = store.con
    con.begin()
    try:
        report = _import(con, found, deletions, printable(os.fspath(folder)), exported_at)
        con.execute(f"DROP TABLE IF EXISTS {_NEW}")
        con.execute(f"DROP TABLE IF EXISTS {_FATE}")
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot import {printable(os.fspath(folder))}: {line}") from exc
    if report.stored or report.deleted:
        from belli.api import relink

        relink(store)
    return report


def parquet_tables(folder: Path) -> dict[str, str]:
    """The glob of each table that has Parquet files under `folder` (the job's layout), or
    its file (an export's)."""
    if not folder.is_dir():
        raise InputError(f"{printable(str(folder))}: no such folder")
    for manifest in export_manifests(folder):
        _check_export_version(manifest)
    found = {name: path for name in TABLES if (path := _table_files(folder, name))}
    if "documents" not in found and "failures" not in found and not deletion_files(folder):
        raise InputError(f"{printable(str(folder))}: no belli Parquet tables in it",
                         hint="expected the output of `belli spark` (documents/, events/, "
                              "...) or of `belli export --format parquet`")
    return found


def deletion_files(folder: Path) -> list[str]:
    """The export's deletions files in `folder`: the whole export's, and single tables'."""
    return sorted({str(p) for pattern in _DELETIONS for p in folder.glob(pattern)
                   if p.is_file()})


def export_manifests(folder: Path) -> list[Path]:
    """The manifests of the export files in `folder`: the whole export's `manifest.json`
    and each single table's `NAME.parquet.manifest.json`; none for the job's output. An
    export file with no manifest beside files that have one is refused: nothing says which
    schema wrote it, nor when it was exported."""
    files = _export_files(folder)
    whole = folder / "manifest.json"
    found = {_manifest_of(path) for path in files} | {whole}
    missing = [path for path in files if not _manifest_of(path).is_file()]
    present = sorted(path for path in found if path.is_file())
    if present and missing:
        raise InputError(f"{printable(str(missing[0]))}: no export manifest beside it "
                         f"({missing[0].name}.manifest.json or manifest.json), as other "
                         "export files in the folder have",
                         hint="export that table again, or import it from its own folder")
    return present


def _export_files(folder: Path) -> list[Path]:
    """The files `belli export --format parquet` writes at the top of `folder`."""
    names = ["deletions.parquet", *(f"{name}{kind}.parquet" for name in TABLES
                                    for kind in ("", ".deletions"))]
    return [folder / name for name in names if (folder / name).is_file()]


def _manifest_of(path: Path) -> Path:
    """Where `belli export` put an export file's manifest: beside a single table's file
    (its `NAME.deletions.parquet` shares it), else the whole export's."""
    table = path.name.removesuffix(".parquet").removesuffix(".deletions")
    own = path.with_name(f"{table}.parquet.manifest.json")
    return own if own.is_file() else path.parent / "manifest.json"


def _table_files(folder: Path, name: str) -> str | None:
    if next((folder / name).glob("**/*.parquet"), None) is not None:
        return f"{folder}/{name}{_JOB_FILES}"
    exported = folder / f"{name}.parquet"
    return str(exported) if exported.is_file() else None


def _check_export_version(path: Path) -> None:
    """Refuse an export whose tables another schema wrote: this belli reads its own only."""
    written = _manifest_field(path, "schema_version")
    if written is None:
        return  # the job writes no manifest
    if not isinstance(written, int) or isinstance(written, bool):
        raise InputError(f"{printable(str(path))}: schema_version must be an integer, "
                         f"not {written!r}")
    if written > SCHEMA_VERSION:
        raise InputError(f"{printable(str(path))}: written with store schema {written}, newer "
                         f"than this belli's {SCHEMA_VERSION}", hint="upgrade belli")
    if written < SCHEMA_VERSION:
        # Stores migrate when opened; exports do not: the source store must be exported anew.
        raise InputError(f"{printable(str(path))}: written with store schema {written}, older "
                         f"than this belli's {SCHEMA_VERSION}",
                         hint="export the source store again with this belli (opening it "
                              "migrates it)")


def _exported_at(manifests: list[Path]) -> datetime | None:
    """When the export was made (naive UTC, as the store keeps times): the earliest of its
    manifests, so that no document deleted after any of its files was written comes back;
    None for the job."""
    times = [_manifest_time(path) for path in manifests]
    return min((t for t in times if t is not None), default=None)


def _manifest_time(path: Path) -> datetime | None:
    text = _manifest_field(path, "exported_at")
    if text is None:
        return None
    try:
        return parse_since(str(text))
    except QueryError:
        raise InputError(f"{printable(str(path))}: exported_at must be an ISO 8601 time, "
                         f"not {text!r}") from None


def _manifest_field(path: Path, name: str) -> Any:
    """A field of the export's manifest; None when there is no manifest (the job's
    output). A manifest without the field, or not a manifest, is an InputError."""
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise InputError(f"{printable(str(path))}: not a belli export manifest") from exc
    if not isinstance(body, dict):
        raise InputError(f"{printable(str(path))}: not a belli export manifest")
    if name not in body:
        raise InputError(f"{printable(str(path))}: the manifest has no {name}",
                         hint="import an export as `belli export --format parquet` wrote it")
    return body[name]


def _import(con: duckdb.DuckDBPyConnection, found: dict[str, str], deletions: list[str],
            label: str, exported_at: datetime | None) -> ImportReport:
    rows: dict[str, int] = {}
    fates: Counter[str] = Counter()
    replaced = 0
    if "documents" in found:
        fates = _new_documents(con, found["documents"], exported_at)
        replaced = _replace_older(con)
    # after the replacements: an older version the import replaces counts as replaced
    deleted = _apply_deletions(con, deletions, found.get("documents"))
    if "documents" in found:
        rows["documents"] = _insert_documents(con, found["documents"])
        for name in _DERIVED:
            if name in found:
                rows[name] = _insert(con, name, found[name], {})
    if "failures" in found:
        rows["failures"] = _insert_failures(con, found["failures"])
    return ImportReport(label, fates["stored"], fates["already"], rows, replaced,
                        fates["superseded"], deleted,
                        {why: fates[why] for why in _SKIPPED if fates[why]})


def _quoted(path: str) -> str:
    return path.replace("'", "''")


def _scan(glob: str) -> str:
    path = _quoted(glob)
    if not glob.endswith(_JOB_FILES):  # an export's file: one source, no partitions
        return f"(SELECT *, '' AS source_file FROM read_parquet('{path}'))"
    return (f"read_parquet('{path}', hive_partitioning = true, "
            "hive_types = {'source_file': VARCHAR, 'pub_month': VARCHAR})")


# What becomes of each document of the import (one copy per doc_id: the first), in order:
# superseded by a later version of its article in the import, already stored, kept out by
# the store's own deletions (replaced by a newer version, under the same identity: another
# article carrying an old version's text is none; deleted after the export was
# made: the parameter, NULL for the job's output), older than the stored version of its
# article (published on an earlier day: the one time a document carries from store to
# store, as `ingested_at` and `updated_at` are each store's own), else stored.
_FATES = """
WITH copies AS (
    SELECT doc_id, source_file, seq, coalesce(identity, '') AS identity,
           TRY_CAST(published AS DATE) AS published FROM {scan}
    QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY seq, source_file) = 1)
SELECT doc_id, source_file, seq, identity, CASE
    WHEN row_number() OVER (PARTITION BY CASE identity WHEN '' THEN doc_id ELSE identity END
                            ORDER BY seq DESC, source_file DESC) > 1 THEN 'superseded'
    WHEN doc_id IN (SELECT doc_id FROM documents) THEN 'already'
    WHEN (doc_id, identity) IN (SELECT (doc_id, coalesce(identity, '')) FROM deletions
                                WHERE reason = 'replaced') THEN 'replaced'
    WHEN doc_id IN (SELECT doc_id FROM deletions WHERE reason = 'deleted'
                    AND deleted_at > $exported_at) THEN 'deleted'
    WHEN identity <> '' AND published < (SELECT max(TRY_CAST(s.published AS DATE))
        FROM documents s WHERE s.identity = copies.identity) THEN 'older'
    ELSE 'stored' END AS fate
FROM copies"""


def _new_documents(con: duckdb.DuckDBPyConnection, glob: str, exported_at: datetime | None
                   ) -> Counter[str]:
    """Pick the documents to store (into `_NEW`); how many documents met each fate."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_FATE} AS {_FATES.format(scan=_scan(glob))}",
                {"exported_at": exported_at})
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_NEW} AS SELECT doc_id, source_file, seq, "
                f"identity FROM {_FATE} WHERE fate = 'stored'")
    fates = con.execute(f"SELECT fate, count(*) FROM {_FATE} GROUP BY fate").fetchall()
    return Counter({fate: int(n) for fate, n in fates})


def _apply_deletions(con: duckdb.DuckDBPyConnection, paths: list[str],
                     documents: str | None) -> int:
    """Remove the stored documents an incremental export's deletions name, each with the
    reason its source store gave, but those the import carries; how many went."""
    if not paths:
        return 0
    files = ", ".join(f"'{_quoted(path)}'" for path in paths)
    # no documents in the folder: none carried (`NOT IN (SELECT NULL)` would keep none)
    carried = f"AND doc_id NOT IN (SELECT doc_id FROM {_scan(documents)}) " if documents else ""
    named = con.execute(
        f"SELECT doc_id, reason, replaced_by FROM read_parquet([{files}]) "
        f"WHERE kind = 'document' {carried}"
        "QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY deleted_at DESC) = 1 "
        "ORDER BY deleted_at, doc_id").fetchall()
    gone = 0
    for reason in sorted({why for _, why, _ in named}):
        chosen = [(doc_id, by) for doc_id, why, by in named if why == reason]
        gone += len(remove_documents(con, [d for d, _ in chosen], reason,
                                     [by for _, by in chosen]))
    return gone


def _replace_older(con: duckdb.DuckDBPyConnection) -> int:
    """Remove the stored older versions of the chosen documents' articles (one chosen
    version per article); returns how many went."""
    pairs = con.execute(
        f"SELECT d.doc_id, n.doc_id FROM documents d JOIN {_NEW} n "
        "ON d.identity = n.identity WHERE n.identity <> '' ORDER BY d.seq").fetchall()
    return len(remove_documents(con, [old for old, _ in pairs], "replaced",
                                [new for _, new in pairs]))


def _insert_documents(con: duckdb.DuckDBPyConnection, glob: str) -> int:
    """The chosen documents, numbered after the store's last `seq`, in the job's order."""
    first = "(SELECT coalesce(max(seq) + 1, 0) FROM documents)"
    renumbered = f"{first} + row_number() OVER (ORDER BY n.seq, n.source_file) - 1"
    return _insert(con, "documents", glob, {"seq": renumbered})


def _insert(con: duckdb.DuckDBPyConnection, name: str, glob: str,
            replaced: dict[str, str]) -> int:
    """INSERT the rows of the chosen documents' copies (joined on doc_id and file)."""
    table = TABLE_BY_NAME[name]
    names = ", ".join(q(c.name) for c in (*table.written, *table.derived))
    values = ", ".join([*(replaced.get(c.name, f"p.{q(c.name)}") for c in table.written),
                        *(c.derived_sql("p") for c in table.derived)])
    return _count(con, f"INSERT INTO {name} ({names}) SELECT {values} FROM {_scan(glob)} p "
                       f"JOIN {_NEW} n ON p.doc_id = n.doc_id AND p.source_file = n.source_file")


def _insert_failures(con: duckdb.DuckDBPyConnection, glob: str) -> int:
    """Failures not yet stored, each once (a failure id is a hash of what failed)."""
    columns = TABLE_BY_NAME["failures"].written
    names = ", ".join(q(c.name) for c in columns)
    return _count(con, f"INSERT INTO failures ({names}) SELECT {names} FROM {_scan(glob)} "
                       "WHERE failure_id NOT IN (SELECT failure_id FROM failures) "
                       "QUALIFY row_number() OVER (PARTITION BY failure_id) = 1")


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row else 0
