"""Killing `belli ingest` midway (SIGKILL) leaves a consistent store; re-running completes it."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from belli import api
from belli.settings import Settings
from belli.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.model]

REPO = Path(__file__).resolve().parents[1]
N_DOCS = 60
BATCHES_BEFORE_KILL = 3

OPENINGS = [
    "Azerbaijani forces shelled positions near Lachin",
    "Armenia accused Azerbaijan of violating the ceasefire near Jermuk",
    "Russian peacekeepers set up a checkpoint on the road to Shusha",
    "Iran warned against any change to its border with Armenia",
    "Turkey and Pakistan held joint drills with Azerbaijan near Baku",
]


def write_corpus(folder: Path) -> Path:
    """Small news-like texts, each with its own number so every document is distinct."""
    folder.mkdir()
    for i in range(N_DOCS):
        opening = OPENINGS[i % len(OPENINGS)]
        text = (
            f"{opening} on {i % 28 + 1} September 2022, officials in Yerevan said. "
            f"The defence ministry reported {i + 3} soldiers wounded in the fighting. "
            "Moscow called on both sides to respect the 10 November 2020 statement. "
            f"Observers from the European Union counted {i + 10} incidents that week.\n"
        )
        (folder / f"report_{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def belli(*args: str, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "BELLI_BATCH_SIZE": "2",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-m", "belli.cli", "-v", "--db", str(db), *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
    )


def kill_after_batches(proc: subprocess.Popen[str], batches: int) -> list[str]:
    """SIGKILL the process once its log shows `batches` committed batches."""
    watchdog = threading.Timer(300, proc.kill)  # never hang the suite
    watchdog.start()
    seen: list[str] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            seen.append(line)
            if sum("committed batch" in s for s in seen) >= batches:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.wait()
        watchdog.cancel()
    assert proc.returncode == -signal.SIGKILL, "".join(seen)
    return seen


def records_of(db: Path) -> list[str]:
    with Store.open(db) as store:  # writable: replays the killed process's WAL
        out = io.StringIO()
        store.export("jsonl", out)
    return sorted(out.getvalue().splitlines()[1:])  # the versions line says when


def per_document(db: Path) -> dict[str, tuple[int, int]]:
    with Store.open(db, read_only=True) as store:
        return {d.doc_id: (d.sentences, d.mentions) for d in store.docs()}


def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    clean = tmp_path / "clean.duckdb"
    report = api.ingest([str(corpus)], Settings.load(db_path=str(clean)))
    assert (report.stored, report.failed) == (N_DOCS, 0)
    expected = per_document(clean)

    killed = tmp_path / "killed.duckdb"
    kill_after_batches(belli("ingest", str(corpus), db=killed), BATCHES_BEFORE_KILL)
    records_of(killed)  # open once after the crash, as the next run would
    partial = per_document(killed)
    assert BATCHES_BEFORE_KILL * 2 <= len(partial) < N_DOCS, "the kill was not midway"
    # No half article: every stored document has exactly the records of a clean run.
    assert {doc_id: expected[doc_id] for doc_id in partial} == partial

    rerun = belli("ingest", str(corpus), db=killed)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert (f"{N_DOCS - len(partial)} stored, {len(partial)} already stored, 0 failed"
            in err)
    assert per_document(killed) == expected
    assert records_of(killed) == records_of(clean)
