"""SIGKILL `belli ingest` at random moments: nothing acknowledged is lost, nothing is
half-written, and re-running converges to the store a clean run makes.

`make test` lands a few kills; `make stress` lands 100 (BELLI_CRASH_KILLS=100).
BELLI_CRASH_SEED=N replays a run: the seed is printed, and every failure names it.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from crash_harness import (
    belli_env,
    clean_snapshot,
    crash_cycles,
    ingest_once,
    kills_from_env,
    same_store,
    seed_from_env,
    snapshot,
    write_corpus,
)

from belli import api
from belli.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.model]

N_DOCS = 120  # small stories in batches of 4: a kill lands mid-batch more often than not


def test_random_kills_lose_nothing_acknowledged_and_reruns_converge(tmp_path: Path) -> None:
    seed, kills = seed_from_env(), kills_from_env(10)
    print(f"crash harness (ingest): seed={seed}, replay with BELLI_CRASH_SEED={seed}")
    corpus = write_corpus(tmp_path / "corpus", N_DOCS)
    clean = clean_snapshot(tmp_path / "clean.duckdb", lambda db: api.ingest(
        [str(corpus)], Settings.load(db_path=str(db))))
    assert len(clean.per_doc) == N_DOCS and clean.rows["events"] > 0

    report = crash_cycles(kills, seed, tmp_path, clean,
                          lambda db, plan: ingest_once(db, corpus, plan), work_span_s=2.5)
    print(report.summary())
    assert report.problems == [], report.summary()
    assert report.kills == kills and report.cycles_completed >= 1


# A run killed after its last commit and before it links the events (one transaction,
# remade whole) leaves every document stored: the next run stores nothing new.
DIES_BEFORE_LINKING = (
    "import os, signal, sys\n"
    "from belli import api\n"
    "from belli.settings import Settings\n"
    "api.relink = lambda store, settings=None: os.kill(os.getpid(), signal.SIGKILL)\n"
    "api.ingest([sys.argv[2]], Settings.load(db_path=sys.argv[1]))\n"
)


def test_a_run_killed_before_linking_is_linked_by_the_next_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 12)
    clean = clean_snapshot(tmp_path / "clean.duckdb", lambda db: api.ingest(
        [str(corpus)], Settings.load(db_path=str(db))))
    db = tmp_path / "killed.duckdb"
    killed = subprocess.run([sys.executable, "-c", DIES_BEFORE_LINKING, str(db), str(corpus)],
                            check=False, capture_output=True, text=True, env=belli_env(),
                            timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    report = api.ingest([str(corpus)], Settings.load(db_path=str(db)))
    assert (report.stored, report.already_stored) == (0, 12)
    assert same_store(snapshot(db, records=True), clean) == []
