"""Opening a store after a crash: its write-ahead log is folded in at once, and a damaged
log stops the open with one line and stays where it is.

DuckDB writes each commit to `<db>.wal` before the database file, and replays that log
when the file is next opened. It treats a log it cannot read from its first byte as a torn
write: it opens without it and overwrites it at the next commit, so every commit in it is
lost without a word. belli therefore checkpoints right after a writable open over a log,
before anything is written: a log DuckDB read is folded into the file and goes away; one
still there was not read. If it does not begin with DuckDB's log header it is damaged, and
the open fails, leaving it untouched. If it does, the crash tore its first transaction (a
kill can cut a commit's writes short, never the first page of one), so nothing in it was
ever committed and DuckDB may overwrite it.

A log DuckDB refuses itself (a failed checksum, a log of an older database file) gives
the same one-line error; DuckDB leaves such a log in place too.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import duckdb

from belli.display import printable
from belli.errors import StoreError

__all__ = ["damaged_wal_error", "fold_in_wal", "has_wal", "wal_error", "wal_path"]

log = logging.getLogger(__name__)

# DuckDB's first log entry: field 100 (a little-endian u16) holding WALType::WAL_VERSION (98).
# tests/test_store_recovery.py pins it against the log a killed DuckDB leaves.
WAL_HEADER = b"d\x00b"
_CHECKSUM = re.compile(r"entry at byte position (\d+) computed checksum")


def wal_path(db_path: str) -> Path:
    return Path(f"{db_path}.wal")


def has_wal(db_path: str) -> bool:
    """Whether `db_path` has a write-ahead log with something in it (a crash leaves one)."""
    try:
        return db_path != ":memory:" and wal_path(db_path).stat().st_size > 0
    except OSError:
        return False


def fold_in_wal(con: duckdb.DuckDBPyConnection, db_path: str) -> None:
    """Checkpoint a connection just opened (writable) over a log; refuse a log it left."""
    try:
        con.execute("CHECKPOINT")
    except duckdb.Error as exc:
        raise StoreError(f"could not fold the write-ahead log into {printable(db_path)}: "
                         f"{exc}".split("\n")[0], hint="check free disk space") from exc
    if not has_wal(db_path):
        return
    with wal_path(db_path).open("rb") as wal:
        head = wal.read(len(WAL_HEADER))
    if head != WAL_HEADER:
        raise damaged_wal_error(db_path, "DuckDB cannot read it")
    log.warning("%s: the last transaction in it never committed (a crash cut it short); "
                "DuckDB discards it", printable(str(wal_path(db_path))))


def wal_error(db_path: str, duckdb_message: str) -> StoreError | None:
    """The one-line error for a DuckDB open error about the log, or None for another one."""
    text = duckdb_message.replace(db_path, "")
    if "WAL" not in text:
        return None
    checksum = _CHECKSUM.search(text)
    if checksum is not None:
        return damaged_wal_error(db_path, f"the entry at byte {checksum[1]} fails its checksum")
    if "older version of this database" in text:
        return damaged_wal_error(db_path, "it belongs to an older state of the database file")
    reason = text.split("\n")[0].removeprefix("IO Error: ").split('": ')[-1]
    return damaged_wal_error(db_path, reason.strip().rstrip("."))


def damaged_wal_error(db_path: str, reason: str) -> StoreError:
    """The log is left in place: it may hold the only copy of committed documents."""
    wal = printable(str(wal_path(db_path)))
    return StoreError(
        f"the write-ahead log {wal} is damaged ({reason}): the changes in it are not in the "
        "store, and belli left the log in place",
        hint=f"keep a copy; to open the store without those changes, move it away: "
             f"mv {wal} {wal}.damaged")
