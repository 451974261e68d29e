"""Export: JSON Lines (the output contract, as `belli extract` writes it), CSV and Parquet,
and two CSVs shaped for analysts' tools.

JSON Lines rebuilds the records and writes `to_dict()` forms, so an export reads exactly
like extraction output. CSV and Parquet are DuckDB COPYs of the tables, one file per
table or a single chosen table; CSV turns STRUCT and LIST columns into JSON text, Parquet
keeps them as native nested types. `acled` (events in ACLED's columns,
belli.analysis.acled) and `dyads` (dyad-month series for early-warning models,
belli.analysis.dyad_months) write one CSV file each.

Exports are versioned: a JSON Lines export starts with one `{"kind": "export", ...}` line,
and a CSV or Parquet export writes `manifest.json` beside its tables (`NAME.manifest.json`
beside a single table's file, `acled.csv.manifest.json` and `dyad-months.csv.manifest.json`
beside those), each naming the belli and schema versions, when it was exported, since
when (for an incremental export) and `as_of`, the `since` of the next. With `since`, only
the documents written after it go out (with all their records, each document's records
whole), the canonical events written after it, and the documents and canonical events
removed after it (`deletion` lines, or `deletions.csv`/`deletions.parquet` beside the
tables, or beside the one table).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import duckdb

from belli import __version__
from belli.errors import StoreError
from belli.records import CanonicalEvent
from belli.store.living import LIVE_REMOVALS, REMOVALS, ChangeSet, iso_utc, last_write, now_utc
from belli.store.queries import (
    DOC_ORDER,
    analyses_of,
    decode_row,
    iter_analyses,
    list_failures,
    with_defaults,
)
from belli.store.schema import SCHEMA_VERSION, TABLE_BY_NAME, TABLES, Table, q

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


def manifest(con: duckdb.DuckDBPyConnection, changes: ChangeSet | None) -> dict[str, Any]:
    """What an export says of itself: the versions that wrote it, when, since when, and
    `as_of`, the `since` of the next incremental export (belli.store.living)."""
    as_of = changes.as_of if changes is not None else iso_utc(last_write(con))
    return {"kind": "export", "belli_version": __version__, "schema_version": SCHEMA_VERSION,
            "exported_at": iso_utc(now_utc(con)),
            "since": changes.since if changes else None, "as_of": as_of}


def export_jsonl(con: duckdb.DuckDBPyConnection, out: TextIO,
                 changes: ChangeSet | None = None) -> ExportReport:
    """The manifest line, then every record, as `belli extract` gives them (with
    `changes`: the changed documents' records, the canonical events written since and the
    deletions; since the beginning, every canonical event: what a sync starts from); the
    count leaves the manifest out."""
    out.write(jsonl_line(manifest(con, changes)))
    count = 0
    for record in contract_records(con) if changes is None else changed_records(con, changes):
        out.write(jsonl_line(record))
        count += 1
    return ExportReport("jsonl", count)


def changed_records(con: duckdb.DuckDBPyConnection, changes: ChangeSet,
                    chunk: int = 256) -> Iterator[dict[str, Any]]:
    """The contract records of the documents in `changes`, the canonical events written
    since, then its deletions (documents' and canonical events')."""
    ids = list(changes.doc_ids)
    for start in range(0, len(ids), chunk):
        for analysis in analyses_of(con, ids[start:start + chunk]):
            for record in analysis.records():
                yield record.to_dict()
    yield from changed_canonical_events(con, changes.since)
    for deletion in changes.deletions:
        yield deletion.to_dict()


def changed_canonical_events(con: duckdb.DuckDBPyConnection,
                             since: str | None) -> Iterator[dict[str, Any]]:
    """The canonical events written (new, or changed by a relink) after `since`."""
    cur = con.execute("SELECT * FROM canonical_events WHERE ? IS NULL OR updated_at > "
                      "CAST(? AS TIMESTAMP) ORDER BY canonical_id", [since, _naive(since)])
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        data = with_defaults(CanonicalEvent, decode_row("canonical_events", names, row))
        yield CanonicalEvent.from_dict(data).to_dict()


def export_tables(con: duckdb.DuckDBPyConnection, fmt: str, dest: Path,
                  table: str | None = None, changes: ChangeSet | None = None) -> ExportReport:
    """COPY every table into `dest` (a folder), or one table into `dest` (a file), with
    its manifest; with `changes`, only the rows written since and the deletions."""
    if fmt in ANALYST_FORMATS:
        return export_analyst_csv(con, fmt, dest, table)
    if fmt not in ("csv", "parquet"):
        raise StoreError(f"unknown table export format {fmt!r}", hint="use csv or parquet")
    if table is not None and table not in TABLE_BY_NAME:
        raise StoreError(f"no table named {table!r}", hint=f"tables: {', '.join(TABLE_BY_NAME)}")
    targets = _targets(fmt, dest, table)
    counts = {spec.name: _copy(con, spec, fmt, path, changes) for spec, path in targets}
    files = [path for _, path in targets]
    if changes is not None:  # a sync needs the removals whatever table it asked for
        files.append(_copy_deletions(con, changes, _deletions_path(fmt, dest, table)))
        counts["deletions"] = len(changes.deletions)
    _write_manifest(con, changes, counts, dest / "manifest.json" if table is None or
                    dest.is_dir() else dest.with_name(dest.name + ".manifest.json"))
    return ExportReport(fmt, sum(counts.values()), tuple(files))


def _write_manifest(con: duckdb.DuckDBPyConnection, changes: ChangeSet | None,
                    counts: dict[str, int], path: Path) -> None:
    body = {**manifest(con, changes), "rows": counts}
    try:
        path.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror}") from exc


def _copy_deletions(con: duckdb.DuckDBPyConnection, changes: ChangeSet, path: Path) -> Path:
    """The deletions of `changes` as a file like the tables' (for csv: `removed` as JSON)."""
    target = str(path).replace("'", "''")
    options = "FORMAT csv, HEADER" if path.suffix == ".csv" else "FORMAT parquet"
    try:
        con.execute(f"COPY (SELECT * FROM {REMOVALS} WHERE {LIVE_REMOVALS} ORDER BY "
                    f"deleted_at, kind DESC, doc_id) TO '{target}' ({options})",
                    [changes.since, _naive(changes.since)])
    except duckdb.Error as exc:
        raise StoreError(f"could not export deletions to {path}: {exc}".split("\n")[0]) from exc
    return path


def _deletions_path(fmt: str, dest: Path, table: str | None) -> Path:
    """`deletions.FMT` in an export's folder; `NAME.deletions.FMT` beside a single table's
    file, so two tables exported side by side keep theirs apart."""
    if table is None or dest.is_dir():
        return dest / f"deletions.{fmt}"
    return dest.with_name(f"{dest.name.removesuffix('.' + fmt)}.deletions.{fmt}")


def _naive(stamp: str | None) -> str | None:
    """An `iso_utc` time as DuckDB's TIMESTAMP reads it (no Z)."""
    return None if stamp is None else stamp.rstrip("Z")


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


def _copy(con: duckdb.DuckDBPyConnection, spec: Table, fmt: str, path: Path,
          changes: ChangeSet | None = None) -> int:
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
    where, params = _changed_rows(spec, changes)
    sql = (f"COPY (SELECT {cols} FROM {spec.name} WHERE {where} ORDER BY {order}) "
           f"TO '{target}' ({options})")
    try:
        result = con.execute(sql, params).fetchone()
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
    # beside the file, never manifest.json: the tables' export may share its folder
    _write_manifest(con, None, {fmt: rows}, path.with_name(path.name + ".manifest.json"))
    return ExportReport(fmt, rows, (path,))


# Links written since: those of changed documents, and every link of a canonical event
# written since (a new report can move unchanged documents' links to a new root).
_CHANGED_LINKS = ("doc_id IN (SELECT unnest(?::VARCHAR[])) OR canonical_id IN (SELECT "
                  "canonical_id FROM canonical_events WHERE updated_at > CAST(? AS TIMESTAMP))")


def _changed_rows(spec: Table, changes: ChangeSet | None) -> tuple[str, list[Any]]:
    """The condition that keeps a table's rows written after `changes.since`."""
    if changes is None or changes.since is None:
        return "true", []
    names = {c.name for c in spec.columns}
    if "updated_at" in names:
        return "updated_at > CAST(? AS TIMESTAMP)", [_naive(changes.since)]
    if "doc_id" in names and spec.name != "failures":
        return _CHANGED_LINKS, [list(changes.doc_ids), _naive(changes.since)]
    return "false", []  # failures are not part of what a sync carries


def _child_order(spec: Table) -> str:
    names = {c.name for c in spec.columns}
    if "seq" in names:
        return "doc_id, seq"
    if "recorded_at" in names:
        return "recorded_at, failure_id"
    return spec.key or "doc_id, event_id"  # the linking tables: by id, so exports compare
