"""The Spark job's Parquet tables into a DuckDB store, for `belli serve` and every query.

The tables carry the store's own columns, so each goes in with one INSERT ... SELECT
from `read_parquet`, in one transaction: an import that fails leaves the store as it was.
The store's rules hold: a document already stored is skipped with all its rows; a
document found under two input files (two runs over inputs that share an article) comes
in once, with the rows of one copy; failures come in once each (failure_id). Documents
are numbered after the store's last (`seq`), in the job's order. Needs DuckDB only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from belli.display import printable
from belli.errors import InputError
from belli.spark.tables import TABLES
from belli.store import Store
from belli.store.schema import TABLE_BY_NAME, q

_NEW = "_belli_import_new"  # (doc_id, source_file) of the documents this import stores
_DERIVED = ("sentences", "mentions", "events", "relations", "claims")


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: documents stored and skipped, rows added per table."""

    folder: str
    stored: int
    already_stored: int
    rows: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        added = ", ".join(f"{n} {t}" for t, n in self.rows.items() if t != "documents")
        return (f"{self.stored} documents stored, {self.already_stored} already stored "
                f"({added or 'no other rows'}) from {self.folder}")


def import_parquet(folder: str | os.PathLike[str], store: Store) -> ImportReport:
    """Import the job's output folder into an open, writable store; relinks events."""
    found = parquet_tables(Path(folder))
    con = store.con
    con.begin()
    try:
        report = _import(con, found, printable(os.fspath(folder)))
        con.execute(f"DROP TABLE IF EXISTS {_NEW}")
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot import {printable(os.fspath(folder))}: {line}") from exc
    if report.stored:
        from belli.api import relink

        relink(store)
    return report


def parquet_tables(folder: Path) -> dict[str, str]:
    """The glob of each table that has Parquet files under `folder`."""
    if not folder.is_dir():
        raise InputError(f"{printable(str(folder))}: no such folder")
    found = {name: f"{folder}/{name}/**/*.parquet" for name in TABLES
             if next((folder / name).glob("**/*.parquet"), None) is not None}
    if "documents" not in found and "failures" not in found:
        raise InputError(f"{printable(str(folder))}: no belli Parquet tables in it",
                         hint="expected the output of `belli spark`: documents/, events/, ...")
    return found


def _import(con: duckdb.DuckDBPyConnection, found: dict[str, str], label: str
            ) -> ImportReport:
    rows: dict[str, int] = {}
    stored = already = 0
    if "documents" in found:
        stored, already = _new_documents(con, found["documents"])
        rows["documents"] = _insert_documents(con, found["documents"])
        for name in _DERIVED:
            if name in found:
                rows[name] = _insert(con, name, found[name], {})
    if "failures" in found:
        rows["failures"] = _insert_failures(con, found["failures"])
    return ImportReport(label, stored, already, rows)


def _scan(glob: str) -> str:
    path = glob.replace("'", "''")
    return (f"read_parquet('{path}', hive_partitioning = true, "
            "hive_types = {'source_file': VARCHAR, 'pub_month': VARCHAR})")


def _new_documents(con: duckdb.DuckDBPyConnection, glob: str) -> tuple[int, int]:
    """Pick the documents to store: not in the store, one copy per doc_id (lowest seq)."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {_NEW} AS SELECT doc_id, source_file, seq "
        f"FROM {_scan(glob)} WHERE doc_id NOT IN (SELECT doc_id FROM documents) "
        "QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY seq, source_file) = 1"
    )
    new = _count(con, f"SELECT count(*) FROM {_NEW}")
    total = _count(con, f"SELECT count(DISTINCT doc_id) FROM {_scan(glob)}")
    return new, total - new


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
