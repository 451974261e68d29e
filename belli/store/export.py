"""Export: JSON Lines (the output contract, as `belli extract` writes it), CSV and Parquet,
and two CSVs shaped for analysts' tools.

JSON Lines rebuilds the records and writes `to_dict()` forms, so an export reads exactly
like extraction output. CSV and Parquet are DuckDB COPYs of the tables, one file per
table or a single chosen table; CSV turns STRUCT and LIST columns into JSON text, Parquet
keeps them as native nested types. `acled` (events in ACLED's columns,
belli.analysis.acled) and `dyads` (dyad-month series for early-warning models,
belli.analysis.dyad_months) write one CSV file each.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import duckdb

from belli.errors import StoreError
from belli.store.queries import DOC_ORDER, iter_analyses, list_failures
from belli.store.schema import TABLE_BY_NAME, TABLES, Table, q

__all__ = [
    "ANALYST_FORMATS", "FORMATS", "ExportReport", "contract_records", "export_analyst_csv",
    "export_jsonl", "export_tables", "jsonl_line",
]

FORMATS = ("jsonl", "csv", "parquet", "acled", "dyads")
ANALYST_FORMATS = {"acled": "acled.csv", "dyads": "dyad-months.csv"}  # format: file name

# Unicode line breaks that JSON leaves raw but str.splitlines() and some JSON Lines
# readers split on; escaped, every record stays on one physical line for any reader.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def jsonl_line(record: dict[str, Any]) -> str:
    """One JSON Lines line (with its newline), readable UTF-8, safe for any line splitter."""
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


@dataclass(frozen=True, slots=True)
class ExportReport:
    format: str
    records: int
    files: tuple[Path, ...] = ()


def contract_records(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    """Every stored record in its output-contract form, documents first within each."""
    for analysis in iter_analyses(con):
        for record in analysis.records():
            yield record.to_dict()
    for failure in list_failures(con):
        yield failure.to_dict()


def export_jsonl(con: duckdb.DuckDBPyConnection, out: TextIO) -> ExportReport:
    count = 0
    for record in contract_records(con):
        out.write(jsonl_line(record))
        count += 1
    return ExportReport("jsonl", count)


def export_tables(con: duckdb.DuckDBPyConnection, fmt: str, dest: Path,
                  table: str | None = None) -> ExportReport:
    """COPY every table into `dest` (a folder), or one table into `dest` (a file)."""
    if fmt in ANALYST_FORMATS:
        return export_analyst_csv(con, fmt, dest, table)
    if fmt not in ("csv", "parquet"):
        raise StoreError(f"unknown table export format {fmt!r}", hint="use csv or parquet")
    if table is not None and table not in TABLE_BY_NAME:
        raise StoreError(f"no table named {table!r}", hint=f"tables: {', '.join(TABLE_BY_NAME)}")
    targets = _targets(fmt, dest, table)
    rows = 0
    for spec, path in targets:
        rows += _copy(con, spec, fmt, path)
    return ExportReport(fmt, rows, tuple(path for _, path in targets))


def _targets(fmt: str, dest: Path, table: str | None) -> list[tuple[Table, Path]]:
    if table is not None and not dest.is_dir():
        dest.parent.mkdir(parents=True, exist_ok=True)
        return [(TABLE_BY_NAME[table], dest)]
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create export folder {dest}: {exc.strerror}") from exc
    chosen = [TABLE_BY_NAME[table]] if table else list(TABLES)
    return [(spec, dest / f"{spec.name}.{fmt}") for spec in chosen]


def _copy(con: duckdb.DuckDBPyConnection, spec: Table, fmt: str, path: Path) -> int:
    # Derived columns stay behind: they only repeat the others (an event's days, its date).
    if fmt == "csv":
        # CSV has no nested types: STRUCT and LIST columns go out as JSON text.
        cols = ", ".join(
            f"to_json({q(c.name)}) AS {q(c.name)}" if c.nested else q(c.name)
            for c in spec.columns if c.derived is None
        )
        options = "FORMAT csv, HEADER"
    else:
        derived = ", ".join(q(c.name) for c in spec.derived)
        cols = f"* EXCLUDE ({derived})" if derived else "*"
        options = "FORMAT parquet"
    order = DOC_ORDER if spec.name == "documents" else _child_order(spec)
    target = str(path).replace("'", "''")
    sql = f"COPY (SELECT {cols} FROM {spec.name} ORDER BY {order}) TO '{target}' ({options})"
    try:
        result = con.execute(sql).fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"could not export {spec.name} to {path}: {exc}".split("\n")[0]) from exc
    return int(result[0]) if result else 0


def export_analyst_csv(con: duckdb.DuckDBPyConnection, fmt: str, dest: Path,
                       table: str | None = None) -> ExportReport:
    """Write the `acled` or `dyads` CSV to `dest` (a file, or a folder to put it in)."""
    # Imported here: the analysis package reads the store, so the store may not import it
    # at load time.
    from belli.analysis.acled import write_acled
    from belli.analysis.dyad_months import write_dyad_months

    if table is not None:
        raise StoreError("--table works with csv and parquet",
                         hint=f"{fmt} export writes one CSV of its own")
    path = dest / ANALYST_FORMATS[fmt] if dest.is_dir() or not dest.suffix else dest
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as out:
            rows = (write_acled if fmt == "acled" else write_dyad_months)(con, out)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror}") from exc
    return ExportReport(fmt, rows, (path,))


def _child_order(spec: Table) -> str:
    names = {c.name for c in spec.columns}
    if "seq" in names:
        return "doc_id, seq"
    if "recorded_at" in names:
        return "recorded_at, failure_id"
    return spec.key or "doc_id, event_id"  # the linking tables: by id, so exports compare
