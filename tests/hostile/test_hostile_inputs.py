"""`belli ingest` over a folder of hostile inputs, run as a user runs it (a subprocess):
each input gets its own named line on stderr, nothing prints a traceback, the good
articles among them are stored, the exit status says that some inputs failed, and the
whole run stays under 1 GB of memory. The corpus and what belli must say about each
input are in hostile_corpus.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from hostile_corpus import IS_ROOT, STORY, Case, build, cases

from belli.display import printable
from belli.ingest import read_sources
from belli.records import Failure
from belli.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.model]

REPO = Path(__file__).resolve().parents[2]
MEMORY_CEILING_MB = 1024
# Exit statuses of `belli ingest` (docs/reliability.md): 0 all stored, 1 some input failed.
SOME_FAILED = 1


@dataclass(frozen=True)
class Run:
    folder: Path
    db: Path
    cases: list[Case]
    status: int
    stderr: list[str]
    peak_rss_mb: float
    seconds: float

    def label(self, case: Case) -> str:
        """The input's name as belli shows it."""
        return printable(str(self.folder / case.name))

    def lines_about(self, case: Case) -> list[str]:
        label = self.label(case)
        return [line for line in self.stderr
                if line.split(": ", 2)[-1].startswith((f"{label}: ", f"{label}:"))]


def ingest(folder: Path, db: Path) -> tuple[int, str, float, float]:
    """Run `belli ingest FOLDER` to the end: exit status, stderr, peak RSS (MB) and seconds.

    os.wait4 gives this child's own peak RSS; RUSAGE_CHILDREN would give the largest of
    every child the test session has waited for."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELLI_")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    err_path = db.with_suffix(".stderr")
    started = time.perf_counter()
    with err_path.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "belli.cli", "--db", str(db), "ingest", str(folder)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=REPO,
        )
        watchdog = threading.Timer(300, proc.kill)  # a hang fails the test, not the suite
        watchdog.start()
        try:
            _pid, wait_status, usage = os.wait4(proc.pid, 0)
        finally:
            watchdog.cancel()
    proc.returncode = os.waitstatus_to_exitcode(wait_status)
    seconds = time.perf_counter() - started
    stderr = err_path.read_bytes().decode("utf-8", "replace")
    return proc.returncode, stderr, usage.ru_maxrss / 1024, seconds  # ru_maxrss: KiB on Linux


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "corpus"
    folder.mkdir()
    written = build(folder)
    status, stderr, peak, seconds = ingest(folder, base / "belli.duckdb")
    print(f"\nhostile corpus: {len(written)} inputs, exit {status}, peak RSS {peak:.0f} MB, "
          f"{seconds:.1f} s")
    return Run(folder, base / "belli.duckdb", written, status, stderr.splitlines(), peak, seconds)


def stored_texts(run: Run, case: Case) -> list[str]:
    with duckdb.connect(str(run.db), read_only=True) as db:
        found = db.execute("SELECT text FROM documents WHERE source = ?", [run.label(case)])
        return [text for (text,) in found.fetchall()]


def test_the_corpus_holds_at_least_fifty_hostile_inputs(run: Run) -> None:
    assert len(run.cases) >= 50


@pytest.mark.parametrize("case", cases(), ids=lambda case: printable(case.name)[:60])
def test_each_hostile_input_gets_its_own_named_line(run: Run, case: Case) -> None:
    if case.left_out:
        pytest.skip(case.left_out)
    label = run.label(case)
    got = run.lines_about(case)
    expected = [f"belli: {line.level}: {label}{line.suffix}: " for line in case.lines]
    assert len(got) == len(expected), f"{case.why}: {got}"
    for line, start, want in zip(got, expected, case.lines, strict=True):
        assert line.startswith(start) and printable(want.fragment) in line, case.why
    texts = stored_texts(run, case)
    assert len(texts) == case.stored, case.why
    if case.absent:
        assert all(case.absent not in text for text in texts), case.why


def test_no_traceback_and_no_unexpected_error(run: Run) -> None:
    stderr = "\n".join(run.stderr)
    assert "Traceback" not in stderr and "unexpected" not in stderr
    assert all(re.match(r"belli: (error|warning): |belli: \d+ stored", line)
               for line in run.stderr), "a line that is not belli's own"


def test_some_inputs_failed_is_exit_status_1_with_the_counts(run: Run) -> None:
    stored = sum(case.stored for case in run.cases)
    failed = sum(line.level == "error" for case in run.cases for line in case.lines)
    assert run.status == SOME_FAILED
    assert run.stderr[-1].startswith(f"belli: {stored} stored, 0 already stored, {failed} failed")


def test_peak_memory_stays_under_1_gb(run: Run) -> None:
    assert run.peak_rss_mb < MEMORY_CEILING_MB


@pytest.mark.skipif(IS_ROOT, reason="root reads every file whatever its mode: nothing to refuse")
def test_an_unreadable_file_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(STORY)
    path.chmod(0)
    (failure,) = read_sources([str(path)], Settings())
    assert isinstance(failure, Failure) and failure.message == f"{path}: permission denied"
