"""A worker that dies is replaced and the run goes on; Ctrl-C stops every worker at once."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from terminal import sigint_as_terminal
from worker_fixtures import (
    KILL_ONCE,
    KILL_ONCE_FLAG,
    killed_once_and_while_reloading,
    killed_once_pipeline,
    killed_while_loading,
)

from belli.errors import PipelineError
from belli.procfs import alive, children, cmdline
from belli.records import Analysis, Article
from belli.settings import Settings
from belli.workers import InProcess, Results, WorkerPool, _pids

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


@pytest.fixture(scope="module")
def one_process() -> InProcess:
    return InProcess(SETTINGS)


def test_a_worker_killed_between_batches_is_replaced_and_the_run_goes_on(
        one_process: InProcess) -> None:
    texts = articles(8)
    pool = WorkerPool(SETTINGS, 2)
    try:
        dead = _pids(pool._pool)[0]
        os.kill(dead, signal.SIGKILL)
        while alive(dead):  # the pool is broken before the first batch is handed to it
            time.sleep(0.05)
        time.sleep(0.5)
        got = records(pool.map(in_pairs(texts)))
    finally:
        pool.close()
    assert got == records(one_process.map(in_pairs(texts)))


def test_a_worker_killed_mid_batch_loses_no_article(
        one_process: InProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv(KILL_ONCE_FLAG, str(tmp_path / "killed"))
    texts = articles(8, marked=3)
    pool = WorkerPool(SETTINGS, 2, killed_once_pipeline)
    with caplog.at_level(logging.WARNING, logger="belli"):
        try:
            got = records(pool.map(in_pairs(texts)))
        finally:
            pool.close()
    assert (tmp_path / "killed").exists()
    assert got == records(one_process.map(in_pairs(texts)))
    assert "a worker process died (killed by SIGKILL)" in caplog.text


def test_a_new_pool_whose_worker_is_killed_while_loading_is_started_again(
        one_process: InProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv(KILL_ONCE_FLAG, str(tmp_path / "killed"))
    texts = articles(6, marked=1)
    pool = WorkerPool(SETTINGS, 2, killed_once_and_while_reloading)
    with caplog.at_level(logging.WARNING, logger="belli"):
        try:
            got = records(pool.map(in_pairs(texts)))
        finally:
            pool.close()
    assert (tmp_path / "killed.reloaded").exists()
    assert got == records(one_process.map(in_pairs(texts)))
    assert ("a worker process died while loading the pipeline (killed by SIGKILL); "
            "starting it again") in caplog.text


def test_a_worker_killed_while_loading_says_so() -> None:
    with pytest.raises(PipelineError, match=r"died while loading the pipeline "
                                            r"\(killed by SIGKILL\)"):
        WorkerPool(SETTINGS, 2, killed_while_loading)


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
    """Until the run writes its first document (the workers are then analysing)."""
    assert proc.stdout is not None
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
        _, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert err.strip().endswith(b"interrupted")
    time.sleep(2)
    assert not [pid for pid in helpers if alive(pid)]


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
