"""A worker that dies is replaced and the run goes on; Ctrl-C stops every worker at once."""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from terminal import sigint_as_terminal
from worker_fixtures import (
    KILL_ONCE,
    KILL_ONCE_FLAG,
    POISON,
    UNSENDABLE,
    hung_while_loading,
    killed_once_and_while_reloading,
    killed_once_pipeline,
    killed_once_then_raises_while_reloading,
    killed_once_without_model,
    killed_while_loading,
    poisoned_without_model,
    raises_while_loading,
    unsendable_pipeline,
)

from belli import workers
from belli.errors import PipelineError
from belli.pipeline import Pipeline
from belli.procfs import alive, children, cmdline
from belli.records import Analysis, Article, Failure
from belli.settings import Settings
from belli.workers import InProcess, Results, WorkerPool, _failed, _pids

pytestmark = [pytest.mark.slow, pytest.mark.model]

REPO = Path(__file__).resolve().parents[1]
TALKS = "Armenia and Azerbaijan held talks in Moscow on day {}, officials in Yerevan said."
SETTINGS = Settings.load(db_path=":memory:")


def articles(n: int, marked: int | None = None) -> list[Article]:
    texts = [TALKS.format(i) for i in range(n)]
    if marked is not None:
        texts[marked] = f"{KILL_ONCE} {texts[marked]}"
    return [Article.from_text(t, published="2022-09-15") for t in texts]


def in_pairs(items: list[Article]) -> list[list[Article]]:
    return [items[i:i + 2] for i in range(0, len(items), 2)]


def records(batches: Iterator[Results] | list[Results]) -> list[dict[str, object]]:
    return [rec.to_dict() for batch in batches for result in batch
            for rec in (result.records() if isinstance(result, Analysis) else [result])]


def eventually(condition: Callable[[], bool], seconds: float = 15.0) -> bool:
    """Whether `condition` holds within `seconds` (a loaded machine may take a while)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture(scope="module")
def one_process() -> InProcess:
    return InProcess(SETTINGS)


def run_killed_once(build: Callable[[Settings], Pipeline], texts: list[Article],
                    flag: Path, monkeypatch: pytest.MonkeyPatch,
                    caplog: pytest.LogCaptureFixture) -> list[dict[str, object]]:
    """The records of `texts` in pairs, by two workers that `build` has killed once."""
    monkeypatch.setenv(KILL_ONCE_FLAG, str(flag))
    pool = WorkerPool(SETTINGS, 2, build)
    with caplog.at_level(logging.WARNING, logger="belli"):
        try:
            return records(pool.map(in_pairs(texts)))
        finally:
            pool.close()


def test_a_worker_killed_between_batches_is_replaced_and_the_run_goes_on(
        one_process: InProcess) -> None:
    texts = articles(8)
    pool = WorkerPool(SETTINGS, 2)
    try:
        dead = _pids(pool._pool)[0]
        os.kill(dead, signal.SIGKILL)
        # the pool is broken before the first batch is handed to it
        assert eventually(lambda: bool(getattr(pool._pool, "_broken", False)))
        got = records(pool.map(in_pairs(texts)))
    finally:
        pool.close()
    assert got == records(one_process.map(in_pairs(texts)))


def test_a_worker_killed_mid_batch_loses_no_article(
        one_process: InProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    texts = articles(8, marked=3)
    got = run_killed_once(killed_once_pipeline, texts, tmp_path / "killed", monkeypatch, caplog)
    assert (tmp_path / "killed").exists()
    assert got == records(one_process.map(in_pairs(texts)))
    assert "a worker process died (killed by SIGKILL)" in caplog.text


def test_a_new_pool_whose_worker_is_killed_while_loading_is_started_again(
        one_process: InProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    texts = articles(6, marked=1)
    got = run_killed_once(killed_once_and_while_reloading, texts, tmp_path / "killed",
                          monkeypatch, caplog)
    assert (tmp_path / "killed.reloaded").exists()
    assert got == records(one_process.map(in_pairs(texts)))
    assert ("a worker process died while loading the pipeline (killed by SIGKILL); "
            "starting it again") in caplog.text


def test_a_worker_killed_while_loading_says_so() -> None:
    with pytest.raises(PipelineError, match=r"died while loading the pipeline "
                                            r"\(killed by SIGKILL\)"):
        WorkerPool(SETTINGS, 2, killed_while_loading)


def test_a_worker_that_hangs_while_loading_is_stopped_with_an_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "_LOAD_TIMEOUT_S", 2.0)
    started = time.monotonic()
    with pytest.raises(PipelineError, match=r"had not loaded the pipeline after 2 s"):
        WorkerPool(SETTINGS, 2, hung_while_loading)
    assert time.monotonic() - started < 50  # the hung load sleeps for 60 s


def test_a_load_that_raises_is_reported_as_such_not_as_the_pool_s_sigterm() -> None:
    with pytest.raises(PipelineError, match=r"exited while loading the pipeline \(see the "
                                            r"error logged above\)"):
        WorkerPool(SETTINGS, 2, raises_while_loading)


def test_a_new_pool_whose_load_raises_ends_the_run_without_trying_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(PipelineError, match="exited while loading the pipeline"):
        run_killed_once(killed_once_then_raises_while_reloading, articles(6, marked=1),
                        tmp_path / "killed", monkeypatch, caplog)
    assert "starting it again" not in caplog.text
    assert len((tmp_path / "killed.loads").read_text().splitlines()) <= 2  # one pool's


def test_a_batch_the_killed_pool_had_finished_is_not_analysed_again() -> None:
    pool = WorkerPool.__new__(WorkerPool)  # no processes: only the bookkeeping is tested
    finished: Future[Results] = Future()
    finished.set_result([])
    texts = articles(2)
    pool._pending = deque([([texts[0]], finished), ([texts[1]], _failed(BrokenProcessPool()))])
    submitted: list[list[Article]] = []

    def submit(batch: list[Article]) -> Future[Results]:
        submitted.append(batch)
        return Future()

    pool._submit = submit  # type: ignore[method-assign]
    pool._resubmit()
    assert submitted == [[texts[1]]]
    assert pool._pending[0][1] is finished


def test_a_batch_whose_results_cannot_come_back_is_rerun_in_a_new_pool() -> None:
    texts = articles(4)
    texts[1] = Article.from_text(f"{UNSENDABLE} {texts[1].text}", published="2022-09-15")
    pool = WorkerPool(SETTINGS, 2, unsendable_pipeline)
    try:
        before = set(_pids(pool._pool))
        results = [r for batch in pool.map(in_pairs(texts)) for r in batch]
        after = set(_pids(pool._pool))
    finally:
        pool.close()
    assert [type(r).__name__ for r in results] == ["Analysis", "Failure", "Analysis", "Analysis"]
    assert isinstance(results[1], Failure) and results[1].doc_id == texts[1].doc_id
    # the other batches were not left running beside the one-by-one reruns
    assert not before & after


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(TALKS.format(i) + "\n", encoding="utf-8")
    return folder


def belli_extract(corpus: Path, workers: int) -> subprocess.Popen[bytes]:
    """`belli extract` in a session of its own, hearing SIGINT as a terminal's job does;
    unbuffered here, so that a line read first is not a block that communicate() loses."""
    env = {**os.environ, "BELLI_BATCH_SIZE": "1",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    with sigint_as_terminal():
        return subprocess.Popen(
            [sys.executable, "-m", "belli.cli", "extract", "--workers", str(workers),
             str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
            env=env, cwd=REPO, start_new_session=True)


def first_document(proc: subprocess.Popen[bytes]) -> list[bytes]:
    """Until the run writes its first document (the workers are then analysing); a run
    that writes nothing for two minutes fails the test rather than hanging it."""
    assert proc.stdout is not None
    readable, _, _ = select.select([proc.stdout], [], [], 120)
    assert readable, "the run wrote no document in two minutes"
    lines = [proc.stdout.readline()]
    assert json.loads(lines[0])["kind"] == "document"
    return lines


def test_ctrl_c_at_the_terminal_stops_extract_and_every_worker(tmp_path: Path) -> None:
    proc = belli_extract(write_corpus(tmp_path / "corpus", 200), workers=2)
    try:
        first_document(proc)
        helpers = children(proc.pid)  # the workers and multiprocessing's resource tracker
        assert sum("spawn_main" in cmdline(pid) for pid in helpers) == 2
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
        # a close may wait 5 s for the log listener and 5 s for each worker
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert err.strip().endswith(b"interrupted")
    assert eventually(lambda: not [pid for pid in helpers if alive(pid)])


def test_a_worker_killed_mid_run_leaves_the_output_of_one_worker(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 60)
    alone, proc = belli_extract(corpus, workers=1), belli_extract(corpus, workers=2)
    try:
        lines = first_document(proc)
        os.kill(next(c for c in children(proc.pid) if "spawn_main" in cmdline(c)),
                signal.SIGKILL)
        out, err = proc.communicate(timeout=300)
        expected, _ = alone.communicate(timeout=300)
    finally:
        proc.kill()
        alone.kill()
    assert proc.returncode == 0, err
    assert b"a worker process died (killed by SIGKILL)" in err
    assert b"".join(lines) + out == expected
    assert "failure" not in {json.loads(line)["kind"] for line in expected.splitlines()}


def ingest_with_two_workers(build: Callable[[Settings], Pipeline], texts: list[str],
                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """`belli ingest --workers 2` of `texts` (one JSON row each, two to a batch), its
    workers building `build`: the exit status."""
    from belli import api
    from belli.cli import run

    corpus = tmp_path / "feed.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                              for i, t in enumerate(texts)), encoding="utf-8")
    monkeypatch.setenv(KILL_ONCE_FLAG, str(tmp_path / "killed"))
    monkeypatch.setenv("BELLI_BATCH_SIZE", "2")
    monkeypatch.setattr(api, "batch_runner", lambda settings, _, **_options: WorkerPool(settings, 2, build))
    return run(["--db", str(tmp_path / "belli.duckdb"), "ingest", "--workers", "2", str(corpus)])


def test_ingest_says_a_worker_was_killed_and_exits_0_when_no_article_failed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    texts = [TALKS.format(i) for i in range(6)]
    texts[3] = f"{KILL_ONCE} {texts[3]}"
    code = ingest_with_two_workers(killed_once_without_model, texts, tmp_path, monkeypatch)
    err = capfd.readouterr().err
    assert code == 0, err
    assert ("a worker process died (killed by SIGKILL); new workers rerun its batch one "
            "article at a time") in err
    assert "belli: 6 stored, 0 already stored, 0 failed" in err


def test_ingest_exits_1_and_names_the_article_that_killed_its_worker(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    texts = [TALKS.format(i) for i in range(6)]
    texts[3] = f"{POISON} {texts[3]}"
    code = ingest_with_two_workers(poisoned_without_model, texts, tmp_path, monkeypatch)
    err = capfd.readouterr().err
    assert code == 1, err
    assert "the worker process analysing this article died (exit code 3)" in err
    assert "belli: 5 stored, 0 already stored, 1 failed" in err
