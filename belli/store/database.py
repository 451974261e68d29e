"""Opening the DuckDB file: lock errors, migration at open, CHECKPOINT at close.

DuckDB lets one process open a file while it writes, and even read-only opens fail
then. Its error names the holder ("Conflicting lock is held in /usr/bin/python3
(PID 4242)"); we turn it into a StoreLockedError that names the holder's command line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TextIO

import duckdb

from belli.errors import StoreError, StoreLockedError
from belli.records import Analysis, Failure
from belli.store import export as _export
from belli.store import identity, living, queries, recovery, schema
from belli.store.event_query import (
    EventFilter,
    EventPage,
    register_period_functions,
    select_events,
)
from belli.store.writer import BatchCounts, StoreWriter

__all__ = ["Store"]

_HOLDER = re.compile(r"held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")
_LOCK_HINT = "wait for that process to finish, or pass --db with another file"


class Store:
    """An open belli database. Use as a context manager, or call `close()`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open (and create or migrate, when writable) the database at `path`."""
        path = str(path)
        if path == ":memory:":
            read_only = False
        if not read_only:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            con = _connect(path, read_only=False)
            _guarded(con, schema.migrate)
            _guarded(con, identity.fill_missing_identities)  # documents an older belli stored
            return cls(con, path, read_only=False)
        cls.require_file(path)
        if recovery.has_wal(path):
            # A crash left a log: fold it in (or refuse it) as a writable open does, since
            # a read-only DuckDB open would silently ignore a log it cannot read.
            cls.open(path).close()
        con = _connect(path, read_only=True)
        if _guarded(con, schema.needs_migration):
            # Migration needs a writable open, and happens only at open.
            con.close()
            cls.open(path).close()
            con = _connect(path, read_only=True)
        return cls(con, path, read_only=True)

    @staticmethod
    def require_file(path: str, hint: str = "run `belli ingest PATH` first, or pass --db"
                     ) -> None:
        """A StoreError unless a database file is at `path` (":memory:" always is): a
        mistyped --db must not read as an empty store, nor create one."""
        if path != ":memory:" and not Path(path).is_file():
            raise StoreError(f"no database at {path}", hint=hint)

    def close(self) -> None:
        """CHECKPOINT (when writable) and close: the WAL is folded into the file."""
        try:
            self.checkpoint()
        except duckdb.Error as exc:
            raise StoreError(f"could not checkpoint {self.path}: {exc}".split("\n")[0]) from exc
        finally:
            self.con.close()

    def checkpoint(self) -> None:
        if not self.read_only and self.path != ":memory:":
            self.con.execute("CHECKPOINT")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def writer(self) -> StoreWriter:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        return StoreWriter(self.con)

    def write(self, results: list[Analysis | Failure]) -> BatchCounts:
        """Store one batch in one transaction."""
        return self.writer().write_batch(results)

    def docs(self, *, limit: int | None = None, offset: int = 0,
             language: str | None = None) -> list[queries.DocSummary]:
        return queries.list_docs(self.con, limit=limit, offset=offset, language=language)

    def show(self, doc_id: str) -> Analysis:
        return queries.get_analysis(self.con, doc_id)

    def events(self, where: EventFilter | None = None, *, sort: str = "stored",
               descending: bool = False, limit: int | None = None,
               offset: int = 0) -> EventPage:
        """Stored events that `where` keeps, one page of them, and the total matched."""
        return select_events(self.con, where, sort=sort, descending=descending, limit=limit,
                             offset=offset)

    def delete(self, doc_id: str) -> living.Deletion:
        """Delete a stored document (its full id) and its records; `deletions` keeps a row
        of it. The canonical events need relinking after (belli.api.delete does it)."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        return living.delete_document(self.con, doc_id)

    def changes(self, since: str | None) -> living.ChangeSet:
        """The documents written and removed after `since` (ISO 8601; None: all)."""
        return living.changes_since(self.con, None if since is None else living.parse_since(since))

    def analyses(self) -> Iterator[Analysis]:
        return queries.iter_analyses(self.con)

    def failures(self) -> list[Failure]:
        return queries.list_failures(self.con)

    def stats(self) -> queries.StoreStats:
        return queries.store_stats(self.con, self.path)

    def export(self, fmt: str, dest: Path | TextIO, *, table: str | None = None,
               since: str | None = None) -> _export.ExportReport:
        """Write the store as jsonl (to a text stream or a file), csv or parquet; with
        `since`, only what changed after it, and the deletions (not acled or dyads)."""
        changes = None if since is None else self.changes(since)
        if fmt == "jsonl":
            if table is not None:
                raise StoreError("--table works with csv and parquet",
                                 hint="jsonl export holds every record kind")
            if isinstance(dest, Path):
                dest.parent.mkdir(parents=True, exist_ok=True)
                with dest.open("w", encoding="utf-8") as out:
                    report = _export.export_jsonl(self.con, out, changes)
                return _export.ExportReport("jsonl", report.records, (dest,))
            return _export.export_jsonl(self.con, dest, changes)
        if changes is not None and fmt in _export.ANALYST_FORMATS:
            raise StoreError(f"--since works with jsonl, csv and parquet, not {fmt}")
        if fmt not in _export.FORMATS:
            raise StoreError(f"unknown export format {fmt!r}",
                             hint=f"use one of {', '.join(_export.FORMATS)}")
        if not isinstance(dest, Path):
            raise StoreError(f"{fmt} export needs a file or folder path")
        return _export.export_tables(self.con, fmt, dest, table, changes)


def _connect(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    after_crash = not read_only and recovery.has_wal(path)
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        damaged = recovery.wal_error(path, str(exc))
        if damaged is None and "lock" in str(exc).lower():
            raise locked_error(path, str(exc)) from exc
        raise damaged or StoreError(f"cannot open database {path}: {exc}".split("\n")[0],
                                    hint="check the path and its permissions") from exc
    except duckdb.Error as exc:
        raise recovery.wal_error(path, str(exc)) or StoreError(
            f"cannot open database {path}: {exc}".split("\n")[0],
            hint="is it a DuckDB file written by belli?") from exc
    # DuckDB draws a progress bar on stderr for a query over 2 s: belli's stderr is its own
    con.execute("SET enable_progress_bar = false")
    if after_crash:  # before anything writes: the next commit would overwrite the log
        _guarded(con, lambda c: recovery.fold_in_wal(c, path))
    try:  # outside any transaction, so a rollback keeps them
        _guarded(con, register_period_functions)
    except duckdb.Error as exc:
        message = f"cannot add belli's SQL functions to {path}: {exc}".split("\n")[0]
        raise StoreError(message) from exc
    return con


def _guarded(con: duckdb.DuckDBPyConnection, step: Any) -> Any:
    """Run a schema step; close the connection if it fails, so no lock is left behind."""
    try:
        return step(con)
    except BaseException:
        con.close()
        raise


def locked_error(path: str, message: str) -> StoreLockedError:
    """A one-line StoreLockedError naming the process that holds `path`."""
    match = _HOLDER.search(message)
    if match is None:
        holder = "another process"
    else:
        pid = int(match["pid"])
        holder = f"process {pid} ({_command_line(pid) or match['program']})"
    return StoreLockedError(f"database {path} is in use by {holder}", hint=_LOCK_HINT)


def _command_line(pid: int, limit: int = 80) -> str | None:
    """The holder's command line, from /proc where there is one (Linux)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    args = [a for a in raw.decode("utf-8", "replace").split("\0") if a]
    if not args:
        return None
    args[0] = Path(args[0]).name
    line = " ".join(" ".join(args).split())  # arguments may hold newlines: keep one line
    return line if len(line) <= limit else line[: limit - 1] + "…"
