"""SIGKILL `belli serve` at random moments while a client posts documents: every document
the API acknowledged survives, none is half-written, and posting again converges to the
store a clean run makes.

`make test` lands a few kills; `make stress` lands 100 (BELLI_CRASH_KILLS=100).
BELLI_CRASH_SEED=N replays a run: the seed is printed, and every failure names it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from crash_harness import (
    clean_snapshot,
    crash_cycles,
    kills_from_env,
    same_store,
    seed_from_env,
    serve_once,
    snapshot,
    story_bodies,
)

from belli import api
from belli.ingest.readers.jsonl import article_from_record
from belli.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.model]

N_DOCS = 60


def test_killing_the_server_mid_ingest_loses_nothing_acknowledged(tmp_path: Path) -> None:
    seed, kills = seed_from_env(), kills_from_env(4)
    print(f"crash harness (serve): seed={seed}, replay with BELLI_CRASH_SEED={seed}")
    bodies = story_bodies(N_DOCS)
    # The articles the server makes of those bodies, stored by a run nothing interrupts.
    articles = [article_from_record(dict(body), source="api") for body in bodies]
    clean = clean_snapshot(tmp_path / "clean.duckdb", lambda db: api.ingest(
        articles, Settings.load(db_path=str(db))))
    assert len(clean.per_doc) == N_DOCS

    report = crash_cycles(kills, seed, tmp_path, clean,
                          lambda db, plan: serve_once(db, bodies, plan), work_span_s=2.0)
    print(report.summary())
    assert report.problems == [], report.summary()
    assert report.kills == kills and report.cycles_completed >= 1


def test_a_server_killed_before_linking_is_linked_after_its_restart(tmp_path: Path) -> None:
    bodies = story_bodies(12)
    articles = [article_from_record(dict(body), source="api") for body in bodies]
    clean = clean_snapshot(tmp_path / "clean.duckdb", lambda db: api.ingest(
        articles, Settings.load(db_path=str(db))))
    db = tmp_path / "served.duckdb"
    # Killed as soon as the last document is acknowledged: before the linking, which
    # waits for writes to pause.
    first = serve_once(db, bodies, plan=None, kill_when_done=True)
    assert first.killed and len(first.acknowledged) == len(bodies)

    again = serve_once(db, bodies, plan=None)
    assert not again.killed and again.returncode == 0
    assert same_store(snapshot(db, records=True), clean) == []
