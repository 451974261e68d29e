"""Crash harness: SIGKILL belli at random moments (seeded) and check the store after each.

After every kill the store opens (the next run's writable open folds the log in), every
document belli acknowledged is in it, and none is half-written: each stored document has
exactly the rows a clean run gives it, and no row belongs to a document that is not
stored. Runs that finish complete the store, which must then equal a clean run's store
(row counts per table, doc_ids, event ids, every exported record), and a fresh store
starts the next cycle, so that every kill lands on real work.

"Acknowledged" is what belli said it stored: a `stored: DOC_ID` line of `belli -v
ingest`, logged after the commit, or a 200/201 answer to `POST /api/documents`.

tests/test_crash_ingest.py and tests/server/test_crash_serve.py run a few kills in
`make test`; `make stress` runs 100 of each (BELLI_CRASH_KILLS). BELLI_CRASH_SEED replays
a run: every failure message starts with its seed.
"""

from __future__ import annotations

import io
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from belli.store import Store
from belli.store.schema import TABLE_BY_NAME

REPO = Path(__file__).resolve().parents[1]
# Linked across documents and remade whole after new documents come in (belli.analysis):
# a view of the events, compared only once a store is complete.
DERIVED_TABLES = ("canonical_events", "event_links")
# The records of one document: every table keyed by a doc_id, but the documents themselves,
# failures (which may name a document that was never stored) and the derived tables.
CHILD_TABLES = tuple(t.name for t in TABLE_BY_NAME.values()
                     if t.name not in ("documents", "failures", *DERIVED_TABLES)
                     and any(c.name == "doc_id" for c in t.columns))
_STORED = re.compile(r"(?<!already )stored: (\S+) \(")
_SERVING = re.compile(r"at (http://127\.0\.0\.1:\d+/) \(Ctrl-C stops it\)")

OPENINGS = [
    "Azerbaijani forces shelled positions near Lachin",
    "Armenia accused Azerbaijan of violating the ceasefire near Jermuk",
    "Russian peacekeepers set up a checkpoint on the road to Shusha",
    "Iran warned against any change to its border with Armenia",
    "Turkey and Pakistan held joint drills with Azerbaijan near Baku",
    "Georgia offered to host talks between Baku and Yerevan in Tbilisi",
    "The European Union sent monitors to the Armenian side of the border",
]


def seed_from_env() -> int:
    """BELLI_CRASH_SEED, or a fresh seed (printed by the caller, for replay)."""
    given = os.environ.get("BELLI_CRASH_SEED")
    return int(given) if given else random.SystemRandom().randrange(1, 2**31)


def kills_from_env(default: int) -> int:
    return int(os.environ.get("BELLI_CRASH_KILLS", default))


def story(i: int) -> str:
    """A short news-like story of our own writing, distinct for every `i`."""
    opening = OPENINGS[i % len(OPENINGS)]
    return (
        f"{opening} on {i % 28 + 1} September 2022, officials in Yerevan said. "
        f"The defence ministry reported {i + 3} soldiers wounded in the fighting. "
        "Moscow called on both sides to respect the 10 November 2020 statement. "
        f"Observers from the European Union counted {i + 10} incidents that week.\n"
    )


def write_corpus(folder: Path, n_docs: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        (folder / f"report_{i:04d}.txt").write_text(story(i), encoding="utf-8")
    return folder


def story_bodies(n_docs: int) -> list[dict[str, Any]]:
    """The same stories as bodies of `POST /api/documents`."""
    return [{"text": story(i), "title": f"Report {i}", "publisher": "Crash Wire",
             "published": f"2022-09-{i % 28 + 1:02d}"} for i in range(n_docs)]


# --- what a store holds ------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """A store as the checks see it."""

    rows: dict[str, int]                     # table -> row count
    per_doc: dict[str, tuple[int, ...]]      # doc_id -> rows in each of CHILD_TABLES
    event_ids: frozenset[str]                # doc_id/event_id
    orphans: dict[str, int]                  # table -> rows whose document is not stored
    records: tuple[str, ...] = field(repr=False, default=())  # sorted JSON Lines export


def snapshot(db: Path, *, records: bool = False) -> Snapshot:
    """Open `db` writable, as the next run would (its log is folded in), and read it."""
    with Store.open(db) as store:
        con = store.con
        rows = {t: _count(con, f"SELECT count(*) FROM {t}") for t in TABLE_BY_NAME}
        counts = ", ".join(f"(SELECT count(*) FROM {t} c WHERE c.doc_id = d.doc_id)"
                           for t in CHILD_TABLES)
        per_doc = {r[0]: tuple(r[1:]) for r in
                   con.execute(f"SELECT d.doc_id, {counts} FROM documents d").fetchall()}
        orphans = {t: _count(con, f"SELECT count(*) FROM {t} WHERE doc_id NOT IN "
                                  "(SELECT doc_id FROM documents)") for t in CHILD_TABLES}
        events = frozenset(r[0] for r in con.execute(
            "SELECT doc_id || '/' || event_id FROM events").fetchall())
        exported: tuple[str, ...] = ()
        if records:
            out = io.StringIO()
            store.export("jsonl", out)
            # the first line gives the versions and when it was exported
            exported = tuple(sorted(out.getvalue().splitlines()[1:]))
    return Snapshot(rows, per_doc, events, orphans, exported)


def _count(con: Any, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row else 0


def whole_and_acknowledged(got: Snapshot, clean: Snapshot, acknowledged: set[str]) -> list[str]:
    """What is wrong with a store after a kill: lost, half-written or stray records."""
    problems = []
    lost = acknowledged - set(got.per_doc)
    if lost:
        problems.append(f"{len(lost)} acknowledged documents lost, e.g. {min(lost)}")
    strays = set(got.per_doc) - set(clean.per_doc)
    if strays:
        problems.append(f"{len(strays)} documents a clean run does not have")
    half = sorted(d for d in set(got.per_doc) & set(clean.per_doc)
                  if got.per_doc[d] != clean.per_doc[d])
    if half:
        problems.append(f"{len(half)} half-written documents, e.g. {half[0]}: rows per "
                        f"{CHILD_TABLES} {got.per_doc[half[0]]} != {clean.per_doc[half[0]]}")
    orphans = {t: n for t, n in got.orphans.items() if n}
    if orphans:
        problems.append(f"rows without their document: {orphans}")
    if got.rows["failures"]:
        problems.append(f"{got.rows['failures']} failure rows")
    return problems


def same_store(got: Snapshot, clean: Snapshot) -> list[str]:
    """What differs between a store completed after kills and a clean run's store."""
    problems = []
    if got.rows != clean.rows:
        problems.append(f"rows per table {got.rows} != clean {clean.rows}")
    if set(got.per_doc) != set(clean.per_doc):
        problems.append("the doc_ids differ from a clean run's")
    if got.event_ids != clean.event_ids:
        problems.append("the event ids differ from a clean run's")
    if got.records != clean.records:
        problems.append("the exported records differ from a clean run's")
    return problems


# --- killing -------------------------------------------------------------------------------


@dataclass
class Run:
    """One run of belli that may be killed: its acknowledged documents and its log."""

    killed: bool = False
    returncode: int | None = None
    acknowledged: set[str] = field(default_factory=set)
    log: list[str] = field(default_factory=list)


class KillPlan:
    """When to kill, drawn from a seeded generator: mostly at a random moment of real
    work (after the run's first newly stored document, so the model has loaded and the
    documents stored before are skipped), sometimes during start-up (opening, migrating,
    skipping what is stored, loading the model)."""

    def __init__(self, seed: int, work_span_s: float, startup_span_s: float = 4.0) -> None:
        self.rng = random.Random(seed)
        self.work_span_s, self.startup_span_s = work_span_s, startup_span_s

    def next(self) -> tuple[bool, float]:
        """(wait for work first?, seconds to wait after that)."""
        if self.rng.random() < 0.2:
            return False, self.rng.uniform(0, self.startup_span_s)
        return True, self.rng.uniform(0, self.work_span_s)


def kill_at(proc: subprocess.Popen[str], working: threading.Event, plan: tuple[bool, float],
            run: Run, idle: Callable[[], bool] = lambda: False) -> None:
    """SIGKILL `proc` at the planned moment, unless it has finished by then (or, waiting
    for work, it is `idle`: no work will come)."""
    wait_for_work, delay = plan
    if wait_for_work:
        while not working.wait(0.05):
            if proc.poll() is not None or idle():
                return
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        run.killed = True


def belli_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1", "BELLI_API_TOKEN": "",
            "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
            **extra}


def ingest_once(db: Path, corpus: Path, plan: tuple[bool, float] | None) -> Run:
    """`belli -v ingest corpus` on `db`, killed as `plan` says (None: never)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "belli.cli", "-v", "--db", str(db), "ingest", str(corpus)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=REPO,
        env=belli_env(BELLI_BATCH_SIZE="4"))
    run, working = Run(), threading.Event()
    reader = threading.Thread(target=_read_log, args=(proc, run, working))
    reader.start()
    try:
        if plan is not None:
            kill_at(proc, working, plan, run)
        run.returncode = proc.wait(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join()
    return run


def _read_log(proc: subprocess.Popen[str], run: Run, working: threading.Event) -> None:
    assert proc.stderr is not None
    for line in proc.stderr:
        run.log.append(line)
        match = _STORED.search(line)
        if match:  # "already stored" lines come before the model loads: not yet work
            run.acknowledged.add(match[1])
            working.set()


# --- the server ----------------------------------------------------------------------------

TOKEN = "crash-harness-token"


def serve_once(db: Path, bodies: list[dict[str, Any]], plan: tuple[bool, float] | None,
               *, kill_when_done: bool = False) -> Run:
    """`belli serve` on `db` while a client posts `bodies`; the server is killed as `plan`
    says (None: once every body is acknowledged, it is stopped with Ctrl-C, or killed
    with `kill_when_done`)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "belli.cli", "--db", str(db), "serve", "--api-only",
         "--port", "0", "--token", TOKEN],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=REPO,
        env=belli_env())
    run, working = Run(), threading.Event()
    try:
        url = _address(proc)
        if url is None:
            run.returncode = proc.wait(timeout=60)
            run.log.extend(proc.stderr.readlines() if proc.stderr else [])
            return run
        client = threading.Thread(target=_post_all, args=(url, bodies, run, working))
        client.start()
        if plan is not None:
            kill_at(proc, working, plan, run, idle=lambda: not client.is_alive())
        client.join()
        if not run.killed:
            proc.send_signal(signal.SIGKILL if kill_when_done else signal.SIGINT)
            run.killed = kill_when_done
        run.returncode = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return run


def _address(proc: subprocess.Popen[str]) -> str | None:
    assert proc.stderr is not None
    for line in proc.stderr:
        match = _SERVING.search(line)
        if match:
            return match[1]
    return None


def _post_all(url: str, bodies: list[dict[str, Any]], run: Run,
              working: threading.Event) -> None:
    """Post every body in order until the server stops answering."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=url, headers=headers, trust_env=False,
                      timeout=httpx.Timeout(10.0, read=120.0)) as client:
        for body in bodies:
            try:
                response = client.post("/api/documents", json=body)
            except httpx.HTTPError as exc:
                run.log.append(f"client: {type(exc).__name__}: {exc}\n")
                return
            if response.status_code not in (200, 201):
                run.log.append(f"client: HTTP {response.status_code}: {response.text}\n")
                return
            run.acknowledged.update(response.json()["doc_ids"])
            if response.status_code == 201:  # a new document stored: the model is loaded
                working.set()


# --- cycles of kills -------------------------------------------------------------------------


@dataclass
class CrashReport:
    seed: int
    kills: int = 0
    runs: int = 0
    cycles_completed: int = 0
    acknowledged: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"seed={self.seed}: {self.kills} kills in {self.runs} runs, "
                f"{self.cycles_completed} stores completed and equal to a clean run, "
                f"{self.acknowledged} acknowledged documents checked, "
                f"{self.seconds:.0f} s, {len(self.problems)} problems")


def crash_cycles(kills: int, seed: int, workdir: Path, clean: Snapshot,
                 once: Callable[[Path, tuple[bool, float] | None], Run],
                 work_span_s: float) -> CrashReport:
    """Kill `once` runs until `kills` kills landed, checking the store after every run;
    a run that finishes completes its store, which must equal `clean`. A kill that leaves
    every document stored (its links, say, not yet made) is followed by a run left to
    finish. Ends with a run to completion of the last store."""
    report, plan, started = CrashReport(seed), KillPlan(seed, work_span_s), time.monotonic()
    cycle = 0
    db = workdir / f"store-{cycle}.duckdb"
    finishing = False
    while not report.problems:
        final = report.kills >= kills
        run = once(db, None if final or finishing else plan.next())
        report.runs += 1
        report.kills += run.killed
        report.acknowledged += len(run.acknowledged)
        where = f"seed={seed} run {report.runs} ({'killed' if run.killed else 'finished'})"
        if not run.killed and run.returncode != 0:
            report.problems.append(f"{where}: exit {run.returncode}: {''.join(run.log[-5:])}")
            break
        got = snapshot(db, records=not run.killed)
        report.problems += [f"{where}: {p}" for p in
                            whole_and_acknowledged(got, clean, run.acknowledged)]
        if run.killed:
            finishing = set(got.per_doc) == set(clean.per_doc)
            continue
        report.problems += [f"{where}: {p}" for p in same_store(got, clean)]
        report.cycles_completed += 1
        if final:
            break
        cycle, finishing = cycle + 1, False
        db = workdir / f"store-{cycle}.duckdb"
    report.seconds = time.monotonic() - started
    return report


def clean_snapshot(db: Path, fill: Callable[[Path], None]) -> Snapshot:
    fill(db)
    return snapshot(db, records=True)
