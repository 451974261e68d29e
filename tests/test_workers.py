"""Worker processes: the same records as one process, failures as records, no orphans."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from terminal import sigint_as_terminal
from worker_fixtures import (
    CUE,
    POISON,
    STALL,
    poisoned_pipeline,
    unbuildable_pipeline,
    warning_pipeline,
)

from belli import api
from belli.errors import ModelError, SettingError
from belli.procfs import alive, children, cmdline
from belli.records import Analysis, Article, Failure
from belli.settings import Settings
from belli.store import Store
from belli.workers import InProcess, WorkerPool, batch_runner, worker_count

pytestmark = [pytest.mark.slow, pytest.mark.model]

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "belli" / "demo" / "corpus"
# columns that record when or in which run a row was written, not what it says
RUN_COLUMNS = {"ingested_at", "updated_at", "seq"}


def settings(tmp_path: Path, workers: int, name: str = "belli.duckdb") -> Settings:
    return Settings.load(db_path=str(tmp_path / name), batch_size=3, workers=workers)


def test_workers_default_to_one_per_core_and_refuse_negative_counts() -> None:
    assert Settings().workers == 1  # the library: no processes a script did not ask for
    assert worker_count(Settings.load(workers=0)) == len(os.sched_getaffinity(0))
    assert worker_count(Settings.load(workers=3)) == 3
    with pytest.raises(SettingError, match="workers"):
        Settings.load(workers=-1)


def test_a_single_batch_runs_in_this_process() -> None:
    assert isinstance(batch_runner(Settings.load(workers=4), batches=1), InProcess)
    assert isinstance(batch_runner(Settings.load(workers=1), batches=9), InProcess)


def test_a_run_in_this_process_settles_its_pipeline_once_and_a_plain_one_never(
        monkeypatch: pytest.MonkeyPatch) -> None:
    settled: list[bool] = []
    monkeypatch.setattr("belli.workers.settle_for_run", lambda: settled.append(True))
    built = object()
    run = batch_runner(Settings.load(workers=1), 3, lambda _: built, settle=True)  # type: ignore[arg-type,return-value]
    assert isinstance(run, InProcess) and run.get() is run.get() is built
    InProcess(Settings.load(), lambda _: built).get()  # type: ignore[arg-type,return-value]
    assert settled == [True]


def test_extract_gives_the_same_records_with_two_workers(tmp_path: Path) -> None:
    one = list(api.extract([DEMO], settings(tmp_path, workers=1)))
    two = list(api.extract([DEMO], settings(tmp_path, workers=2)))
    assert len(one) > 100
    assert two == one


def test_ingest_stores_the_same_rows_with_two_workers(tmp_path: Path) -> None:
    reports = {n: api.ingest([DEMO], settings(tmp_path, n, f"w{n}.duckdb")) for n in (1, 2)}
    assert reports[2].stored == reports[1].stored > 3
    assert (reports[2].failed, reports[2].already_stored) == (reports[1].failed, 0)
    tables = {n: stored_rows(tmp_path / f"w{n}.duckdb") for n in (1, 2)}
    assert tables[2] == tables[1]
    again = api.ingest([DEMO], settings(tmp_path, 2, "w2.duckdb"))
    assert (again.stored, again.already_stored) == (0, reports[2].stored)


def stored_rows(path: Path) -> dict[str, list[str]]:
    with Store.open(str(path), read_only=True) as store:
        out = {}
        for table in ("documents", "sentences", "mentions", "events", "relations", "claims"):
            cur = store.con.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cur.description]
            rows = [{k: v for k, v in zip(names, row) if k not in RUN_COLUMNS}
                    for row in cur.fetchall()]
            out[table] = sorted(json.dumps(r, default=str, sort_keys=True) for r in rows)
        return out


def test_an_article_that_kills_its_worker_becomes_a_failure(tmp_path: Path) -> None:
    texts = [f"Armenia and Azerbaijan held talks in Moscow on day {i}." for i in range(5)]
    texts[3] = f"{POISON} Iran closed its border with Armenia."
    articles = [Article.from_text(t, published="2022-09-15") for t in texts]
    pool = WorkerPool(Settings.load(db_path=":memory:"), 2, poisoned_pipeline)
    try:
        batches = list(pool.map([articles[:2], articles[2:4], articles[4:]]))
    finally:
        pool.close()
    results = [r for batch in batches for r in batch]
    assert [r.doc_id for r in results] == [a.doc_id for a in articles]
    failed = [r for r in results if isinstance(r, Failure)]
    assert [(f.doc_id, f.stage) for f in failed] == [(articles[3].doc_id, "worker")]
    assert failed[0].message == "the worker process analysing this article died (exit code 3)"
    assert all(isinstance(r, Analysis) and r.events for r in results if r not in failed)


def test_an_article_that_stalls_its_worker_becomes_a_failure() -> None:
    texts = ["Iran closed its border with Armenia.", f"{STALL} Turkey opened its airspace.",
             "Armenia and Azerbaijan held talks in Moscow."]
    articles = [Article.from_text(t) for t in texts]
    pool = WorkerPool(Settings.load(db_path=":memory:"), 2, poisoned_pipeline,
                      article_timeout_s=3)
    try:
        results = [r for batch in pool.map([articles[:1], articles[1:]]) for r in batch]
    finally:
        pool.close()
    assert [r.doc_id for r in results] == [a.doc_id for a in articles]
    assert [type(r).__name__ for r in results] == ["Analysis", "Failure", "Analysis"]
    assert isinstance(results[1], Failure)
    assert results[1].message == ("the worker process analysing this article took too long "
                                  "and was stopped")


def test_a_pipeline_the_workers_cannot_build_is_belli_s_own_error() -> None:
    with pytest.raises(ModelError, match="not installed") as raised:
        WorkerPool(Settings.load(db_path=":memory:"), 2, unbuildable_pipeline)
    assert raised.value.hint == "pip install it"


def test_a_workers_log_records_reach_this_process(caplog: pytest.LogCaptureFixture) -> None:
    articles = [Article.from_text(f"{CUE} number {i}") for i in range(2)]
    pool = WorkerPool(Settings.load(db_path=":memory:"), 2, warning_pipeline)
    with caplog.at_level(logging.WARNING, logger="belli"):
        try:
            list(pool.map([articles[:1], articles[1:]]))
        finally:
            pool.close()
    assert sorted(r.getMessage() for r in caplog.records if r.name == "belli.test") == sorted(
        f"odd article {a.doc_id}" for a in articles)


def test_ctrl_c_stops_ingest_and_every_worker(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02d}.txt").write_text(
            f"Armenia and Azerbaijan held talks in Moscow on day {i}.\n", encoding="utf-8")
    env = {**os.environ, "BELLI_BATCH_SIZE": "1",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    with sigint_as_terminal():  # so that the Ctrl-C below is heard
        proc = subprocess.Popen(
            [sys.executable, "-m", "belli.cli", "--db", str(tmp_path / "s.duckdb"), "ingest",
             "--workers", "2", str(folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    workers = wait_for_children(proc.pid, 2)
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130, proc.stderr.read() if proc.stderr else ""
    assert not [pid for pid in workers if alive(pid)]


def wait_for_children(pid: int, n: int, timeout: float = 60) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [c for c in children(pid) if "spawn" in cmdline(c)]
        if len(found) >= n:
            time.sleep(1)  # let them start their work
            return found
        time.sleep(0.2)
    pytest.fail(f"{n} workers did not start in {timeout} s")
