"""`belli serve` as a user runs it: it prints its address, answers, lets `belli ingest`
send documents through it, and stops cleanly on Ctrl-C with nothing lost."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from server_fixtures import write_store
from terminal import sigint_as_terminal

from belli.store import Store

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def belli(*args: str, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "BELLI_API_TOKEN": ""}
    with sigint_as_terminal():  # so that the Ctrl-C the tests send is heard
        return subprocess.Popen([sys.executable, "-m", "belli", "--db", str(db), *args],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env, cwd=REPO)


def address(proc: subprocess.Popen[str]) -> str:
    """The address the server prints first (it binds port 0: the system picks one)."""
    assert proc.stderr is not None
    line = proc.stderr.readline()
    match = re.search(r"at (http://127\.0\.0\.1:\d+/) \(Ctrl-C stops it\)", line)
    assert match, line
    return match[1]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, Path]]:
    db = write_store(tmp_path / "belli.duckdb")
    proc = belli("serve", "--port", "0", "--api-only", db=db)
    try:
        yield proc, address(proc), db
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def test_serve_prints_its_address_and_answers(
        served: tuple[subprocess.Popen[str], str, Path]) -> None:
    _, url, _ = served
    stats = httpx.get(url + "api/stats", trust_env=False).json()
    assert stats["counts"]["events"] == 7


def test_ctrl_c_stops_the_server_cleanly_and_frees_the_store(
        served: tuple[subprocess.Popen[str], str, Path]) -> None:
    proc, _, db = served
    marker = Path(f"{db}.serve.json")
    assert marker.exists()
    assert oct(marker.stat().st_mode & 0o777) == "0o600"  # it holds the token
    proc.send_signal(signal.SIGINT)
    try:  # seconds on an idle machine; a fresh clone's `make test` keeps both cores busy
        assert proc.wait(timeout=60) == 0
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"the server did not stop within 60 s of Ctrl-C: {proc.communicate()[1]}")
    assert not marker.exists()
    with Store.open(db) as store:  # the lock is gone and nothing was lost
        assert store.stats().counts["events"] == 7


@pytest.mark.model
def test_ingest_on_a_served_store_sends_its_documents_through_the_api(
        served: tuple[subprocess.Popen[str], str, Path], tmp_path: Path) -> None:
    _, url, db = served
    story = tmp_path / "story.txt"
    story.write_text("Turkey and Azerbaijan began joint military drills near Baku on Monday, "
                     "the defence ministry said.\n", encoding="utf-8")
    ingest = belli("ingest", str(story), db=db)
    _, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 0, err
    assert f"is served at {url}: sending the documents there" in err
    assert "1 stored" in err
    events = httpx.get(url + "api/events", params={"q": "joint military drills"},
                       trust_env=False).json()
    assert events["total"] >= 1


def test_a_second_server_on_the_same_store_says_who_holds_it(
        served: tuple[subprocess.Popen[str], str, Path]) -> None:
    _, _, db = served
    second = belli("serve", "--port", "0", db=db)
    _, err = second.communicate(timeout=60)
    assert second.returncode == 1
    assert err.startswith("belli: error: database ") and "is in use by process" in err
    assert len(err.strip().splitlines()) == 1
