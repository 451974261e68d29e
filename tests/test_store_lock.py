"""A second process gets a one-line StoreLockedError naming the process that holds the file."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from belli.cli import run
from belli.errors import StoreLockedError
from belli.store import Store
from belli.store.database import locked_error

HOLD = (
    "import sys, time, duckdb\n"
    "con = duckdb.connect(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "time.sleep(120)\n"
)


@pytest.fixture
def held_db(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A database file held open for writing by another process, and that process's id."""
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        yield db, holder.pid
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
def test_second_process_is_told_which_process_holds_the_database(
    held_db: tuple[Path, int], read_only: bool
) -> None:
    db, pid = held_db
    with pytest.raises(StoreLockedError) as err:
        Store.open(db, read_only=read_only)
    message = str(err.value)
    assert f"process {pid} (" in message
    assert "python" in message  # the holder's command line, from /proc
    assert "\n" not in message


@pytest.mark.slow
def test_cli_reports_a_held_database_in_one_line(
    held_db: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    db, pid = held_db
    assert run(["--db", str(db), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"belli: error: database {db} is in use by process {pid}")
    assert "(wait for that process to finish, or pass --db with another file)" in err


@pytest.mark.parametrize("duckdb_text, holder", [
    (('IO Error: Could not set lock on file "/d/b.duckdb": Conflicting lock is held in '
      "/usr/bin/python3.12 (PID 999999999). See also https://duckdb.org/docs/current/connect/"
      "concurrency"), "process 999999999 (/usr/bin/python3.12)"),
    ('IO Error: Could not set lock on file "/d/b.duckdb": Resource temporarily unavailable',
     "another process"),
])
def test_lock_message_names_the_holder_duckdb_reports(duckdb_text: str, holder: str) -> None:
    assert str(locked_error("/d/b.duckdb", duckdb_text)).startswith(
        f"database /d/b.duckdb is in use by {holder}"
    )
