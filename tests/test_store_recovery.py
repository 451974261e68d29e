"""After a crash the write-ahead log is folded in; a damaged log stops the open with one
line and is never deleted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from belli.cli import run
from belli.errors import StoreError
from belli.store import Store
from belli.store.recovery import WAL_HEADER, wal_path

STORIES = 3
# A writer that commits one document per transaction, then dies without closing the
# store: its commits are in the log only, as after `belli ingest` is killed.
KILLED_WRITER = (
    "import os, signal, sys\n"
    "from belli.records import Analysis, Article\n"
    "from belli.store import Store\n"
    "store = Store.open(sys.argv[1])\n"
    "for i in range(int(sys.argv[2])):\n"
    "    text = f'Story {i}: Azerbaijan and Armenia met in Brussels on {i + 1} May.'\n"
    "    store.write([Analysis(article=Article.from_text(text, title=f'Story {i}'))])\n"
    "os.kill(os.getpid(), signal.SIGKILL)\n"
)


def killed_store(folder: Path, name: str = "belli.duckdb", stories: int = STORIES) -> Path:
    """A store whose writer was killed after `stories` commits: the file plus its log."""
    db = folder / name
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db), str(stories)],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == -9, done.stderr
    assert wal_path(str(db)).stat().st_size > 0
    return db


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return killed_store(tmp_path_factory.mktemp("crashed"))


def copy_of(db: Path, folder: Path) -> Path:
    target = folder / db.name
    shutil.copy(db, target)
    shutil.copy(wal_path(str(db)), wal_path(str(target)))
    return target


def documents_in(db: Path) -> int:
    with Store.open(db, read_only=True) as store:
        return len(store.docs())


def damage(db: Path, how: str) -> bytes:
    """Damage the log as a disk or a careless copy would; returns the damaged bytes."""
    wal = wal_path(str(db))
    data = wal.read_bytes()
    if how == "garbage":
        data = b"garbage " * 64
    elif how == "random bytes":
        data = os.urandom(len(data))
    elif how == "one flipped byte":
        middle = len(data) // 2
        data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:]
    wal.write_bytes(data)
    return data


def test_a_killed_writer_leaves_a_log_that_begins_with_duckdbs_header(crashed: Path) -> None:
    # The damage check tells a torn log from garbage by this header: pin it to DuckDB's.
    assert wal_path(str(crashed)).read_bytes().startswith(WAL_HEADER)


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_opening_after_a_crash_folds_every_commit_in(crashed: Path, tmp_path: Path,
                                                    read_only: bool) -> None:
    db = copy_of(crashed, tmp_path)
    with Store.open(db, read_only=read_only) as store:
        assert len(store.docs()) == STORIES
    assert not wal_path(str(db)).exists()


@pytest.mark.parametrize("how", ["garbage", "random bytes", "one flipped byte"])
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_a_damaged_log_stops_the_open_and_stays_as_it_was(crashed: Path, tmp_path: Path,
                                                         how: str, read_only: bool) -> None:
    db = copy_of(crashed, tmp_path)
    damaged = damage(db, how)
    with pytest.raises(StoreError) as err:
        Store.open(db, read_only=read_only)
    message = str(err.value)
    assert message.startswith(f"the write-ahead log {db}.wal is damaged (")
    assert "belli left the log in place" in message and "\n" not in message
    assert wal_path(str(db)).read_bytes() == damaged
    with pytest.raises(StoreError):  # and again: nothing was repaired behind the user's back
        Store.open(db)
    assert wal_path(str(db)).read_bytes() == damaged


def test_the_cli_names_a_damaged_log_in_one_line_and_keeps_it(
        crashed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = copy_of(crashed, tmp_path)
    damaged = damage(db, "garbage")
    assert run(["--db", str(db), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"belli: error: the write-ahead log {db}.wal is damaged "
                          "(DuckDB cannot read it)")
    assert f"mv {db}.wal {db}.wal.damaged" in err
    assert wal_path(str(db)).read_bytes() == damaged


def test_moving_a_damaged_log_away_opens_the_store_without_its_changes(
        crashed: Path, tmp_path: Path) -> None:
    db = copy_of(crashed, tmp_path)
    damage(db, "garbage")
    wal_path(str(db)).rename(tmp_path / "belli.duckdb.wal.damaged")
    assert documents_in(db) == 0
    assert (tmp_path / "belli.duckdb.wal.damaged").exists()


def test_a_log_torn_inside_its_first_transaction_opens_without_it(
        crashed: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # A kill can cut a commit's writes short after the header: nothing in it committed.
    db = copy_of(crashed, tmp_path)
    wal = wal_path(str(db))
    wal.write_bytes(wal.read_bytes()[:len(WAL_HEADER) + 40])
    with Store.open(db) as store:
        assert store.docs() == []
    assert "never committed" in caplog.text


def test_a_log_from_an_older_state_of_the_file_is_refused(crashed: Path,
                                                         tmp_path: Path) -> None:
    db = copy_of(crashed, tmp_path)
    old_log = wal_path(str(db)).read_bytes()
    Store.open(db).close()  # folds the log in: the file moves on
    wal_path(str(db)).write_bytes(old_log)
    with pytest.raises(StoreError, match="belongs to an older state of the database file"):
        Store.open(db)
    assert wal_path(str(db)).read_bytes() == old_log
