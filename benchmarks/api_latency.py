"""Latency of `belli serve` on a large store: the REST API per query kind, and the
dashboard's first page in a real browser.

    .venv/bin/python benchmarks/api_latency.py [--db PATH] [--rounds N] [--seed N]
                                               [--kind-budget S] [--loads N]
                                               [--no-dashboard] [--no-check] [--json PATH]

The store (`--db`, default out/events-100000.duckdb, made by
`benchmarks/build_event_store.py`) is copied to a temporary folder, since the server
opens it writable, and `belli serve` runs on the copy as a subprocess on a free
127.0.0.1 port. Once /api/stats answers, the script reads real values from the store
(actors, dyads, event types, words of evidence sentences, the years it covers) and sends
a mix of requests from one client, one at a time, in a shuffled order drawn from
`--seed`: /api/events with no filter, an actor, a dyad, a type and date range, a text
search, sorted by date (newest first) and at a deep offset; /api/dyads plain, with an
actor and with bucket=month; /api/dyads/series; /api/actors; /api/timeline;
/api/places. Each kind gets `--rounds` requests (default 200) after one unmeasured
warm-up request, but stops early once it has spent `--kind-budget` seconds (default 90)
and has at least 20 samples, so a slow kind cannot hold the run for an hour; the table
gives every kind's n. Times are wall-clock at the client (httpx, keep-alive), so they
include the HTTP and JSON work; percentiles are nearest-rank.

The target (issue: "events and dyads endpoints answer in under 200 ms at p95") is
checked on the pooled events kinds, the pooled dyads kinds (/api/dyads and
/api/dyads/series) and every one of those kinds alone: the script exits 1 when any p95
is 200 ms or more, unless `--no-check`.

Then Playwright drives Debian's chromium (/usr/bin/chromium) to load / `--loads` times
(default 5), each in a fresh browser context (empty cache). It waits for network idle
and for Dash to finish (no element with data-dash-is-loading="true", #page has
content), and reads from the browser's own clock (ms since navigation start): "first
content" (when #page first got children) and "rendered" (the later of the last DOM
change and the last response; the 500 ms of quiet that network idle needs is not
counted). Every request URL is recorded; any not to 127.0.0.1 is reported (there must
be none), and so are page errors, console errors and HTTP errors.

Prints Markdown tables (machine, date, figures) ready for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import duckdb
import httpx

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = ROOT / "out" / "events-100000.duckdb"
TARGET_MS = 200.0
MIN_SAMPLES = 20
STARTUP_TIMEOUT_S = 120.0
REQUEST_TIMEOUT_S = 120.0
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

Params = dict[str, str | int]
Request = tuple[str, str, Params]  # kind, path, query parameters


# --- the server ---------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def copy_store(db: Path, folder: Path) -> Path:
    """A copy of the store (and its WAL, if any) that the server may open writable."""
    copy = folder / db.name
    shutil.copyfile(db, copy)
    wal = db.with_name(db.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + ".wal"))
    return copy


@contextmanager
def running_server(db: Path, port: int, log: Path, dashboard: bool) -> Iterator[str]:
    """`belli serve` over `db` on 127.0.0.1:`port`, stopped with Ctrl-C (SIGINT) after."""
    command = [sys.executable, "-m", "belli", "--db", str(db), "serve", "--host", "127.0.0.1",
               "--port", str(port)] + ([] if dashboard else ["--api-only"])
    with log.open("wb") as out:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_ready(client: httpx.Client, log: Path) -> float:
    """Seconds until /api/stats answered 200; exits with the server's log if it never does."""
    start = time.perf_counter()
    while time.perf_counter() - start < STARTUP_TIMEOUT_S:
        try:
            if client.get("/api/stats").status_code == 200:
                return time.perf_counter() - start
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    sys.exit(f"belli serve did not answer /api/stats within {STARTUP_TIMEOUT_S:.0f} s; "
             f"its output:\n{log.read_text(errors='replace')[-3000:]}")


# --- real values to vary the requests with ------------------------------------------------

@dataclass(frozen=True)
class StoreValues:
    """Values drawn from the store itself, so every filter matches something real."""

    total_events: int
    actors: tuple[str, ...]  # "ETH GOV", as /api/actors keys them
    codes: tuple[str, ...]  # "ETH"
    dyads: tuple[tuple[str, str], ...]
    types: tuple[str, ...]
    words: tuple[str, ...]
    years: tuple[int, ...]


def get_json(client: httpx.Client, path: str, params: Params | None = None) -> Any:
    response = client.get(path, params=params)
    response.raise_for_status()
    return response.json()


_WORD = re.compile(r"[a-z]{5,}")


def store_values(client: httpx.Client) -> StoreValues:
    stats = get_json(client, "/api/stats")
    actors = get_json(client, "/api/actors", {"limit": 300})["items"]
    dyads = get_json(client, "/api/dyads", {"limit": 300})["items"]
    sample = get_json(client, "/api/events", {"limit": 1000, "offset": 5000})["items"]
    years = _years(stats.get("published_min"), stats.get("published_max"))
    words = sorted({w for e in sample for w in _WORD.findall(e["sentence"].lower())})
    codes = sorted({a["country"] for a in actors if a.get("country")})
    if not (actors and dyads and sample and years):
        sys.exit("the store looks empty: build it with benchmarks/build_event_store.py")
    return StoreValues(
        total_events=int(stats["counts"]["events"]),
        actors=tuple(a["actor"] for a in actors), codes=tuple(codes),
        dyads=tuple((d["source"], d["target"]) for d in dyads),
        types=tuple(sorted({e["type"] for e in sample})), words=tuple(words),
        years=years)


def _years(first: str | None, last: str | None) -> tuple[int, ...]:
    if not first or not last:
        return ()
    return tuple(range(int(first[:4]), int(last[:4]) + 1))


# --- the request mix ----------------------------------------------------------------------

def month_range(rng: random.Random, years: Sequence[int]) -> tuple[str, str]:
    """A range of 1 to 12 whole months inside the store's years, as since/until."""
    start = rng.choice(years) * 12 + rng.randrange(12)
    end = start + rng.randrange(12)
    return f"{start // 12}-{start % 12 + 1:02d}", f"{end // 12}-{end % 12 + 1:02d}"


def request_makers(v: StoreValues) -> dict[str, Callable[[random.Random], Request]]:
    """One function per query kind, drawing that kind's parameters."""
    def dated(rng: random.Random) -> Params:
        since, until = month_range(rng, v.years)
        return {"type": rng.choice(v.types), "since": since, "until": until}

    def deep(rng: random.Random) -> Params:
        return {"offset": rng.randrange(v.total_events // 2, max(v.total_events - 50, 1))}

    def dyad(rng: random.Random) -> Params:
        source, target = rng.choice(v.dyads)
        return {"dyad": f"{source},{target}", "either_direction": rng.choice(["true", "false"])}

    def series(rng: random.Random) -> Params:
        source, target = rng.choice(v.dyads)
        return {"source": source, "target": target, "bucket": rng.choice(["week", "month"])}

    makers: dict[str, tuple[str, Callable[[random.Random], Params]]] = {
        "events: no filter": ("/api/events", lambda rng: {}),
        "events: actor": ("/api/events", lambda rng: {"actor": rng.choice(v.codes + v.actors)}),
        "events: dyad": ("/api/events", dyad),
        "events: type + since/until": ("/api/events", dated),
        "events: q (text)": ("/api/events", lambda rng: {"q": rng.choice(v.words)}),
        "events: sort=date desc": ("/api/events", lambda rng: {"sort": "date", "order": "desc"}),
        "events: deep offset": ("/api/events", deep),
        "dyads: plain": ("/api/dyads", lambda rng: {}),
        "dyads: actor": ("/api/dyads", lambda rng: {"actor": rng.choice(v.codes)}),
        "dyads: bucket=month": ("/api/dyads", lambda rng: {"bucket": "month"}),
        "dyads/series": ("/api/dyads/series", series),
        "actors": ("/api/actors", lambda rng: {}),
        "timeline": ("/api/timeline", lambda rng: {"bucket": rng.choice(["week", "month"])}),
        "places": ("/api/places", lambda rng: {}),
    }
    return {kind: _maker(kind, path, params) for kind, (path, params) in makers.items()}


def _maker(kind: str, path: str,
           params: Callable[[random.Random], Params]) -> Callable[[random.Random], Request]:
    return lambda rng: (kind, path, params(rng))


def schedule(kinds: Sequence[str], rounds: int, rng: random.Random) -> list[str]:
    """Every kind `rounds` times, shuffled so that no kind runs in one block."""
    order = [kind for kind in kinds for _ in range(rounds)]
    rng.shuffle(order)
    return order


# --- measuring ----------------------------------------------------------------------------

@dataclass
class KindTimes:
    samples: list[float] = field(default_factory=list)  # ms
    spent_s: float = 0.0
    errors: list[str] = field(default_factory=list)


def timed_get(client: httpx.Client, request: Request) -> tuple[float, str | None]:
    """Milliseconds for one request, and an error line when it did not answer 200."""
    _, path, params = request
    start = time.perf_counter()
    response = client.get(path, params=params)
    _ = response.content
    elapsed = (time.perf_counter() - start) * 1000
    error = None if response.status_code == 200 else (
        f"{response.status_code} {response.request.url}: {response.text[:200]}")
    return elapsed, error


def measure(client: httpx.Client, makers: dict[str, Callable[[random.Random], Request]],
            rounds: int, budget_s: float, rng: random.Random) -> dict[str, KindTimes]:
    times = {kind: KindTimes() for kind in makers}
    for kind, make in makers.items():  # one unmeasured warm-up request per kind
        timed_get(client, make(rng))
    sent = 0
    for kind in schedule(list(makers), rounds, rng):
        record = times[kind]
        if record.spent_s >= budget_s and len(record.samples) >= MIN_SAMPLES:
            continue
        elapsed, error = timed_get(client, makers[kind](rng))
        record.spent_s += elapsed / 1000
        record.samples.append(elapsed)
        if error is not None:
            record.errors.append(error)
        sent += 1
        if sent % 250 == 0:
            print(f"  … {sent} requests", file=sys.stderr, flush=True)
    return times


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1) of a non-empty sequence."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass(frozen=True)
class Summary:
    name: str
    n: int
    p50: float
    p95: float
    p99: float
    max: float
    errors: int

    @classmethod
    def of(cls, name: str, samples: Sequence[float], errors: int = 0) -> Summary:
        return cls(name, len(samples), percentile(samples, 0.5), percentile(samples, 0.95),
                   percentile(samples, 0.99), max(samples), errors)


def summarize(times: dict[str, KindTimes]) -> tuple[list[Summary], list[Summary]]:
    """Per kind, then pooled over the events kinds and the dyads kinds."""
    kinds = [Summary.of(k, t.samples, len(t.errors)) for k, t in times.items() if t.samples]
    pooled = []
    for group in ("events", "dyads"):
        members = [t for k, t in times.items() if k.startswith(group) and t.samples]
        samples = [s for t in members for s in t.samples]
        if samples:
            pooled.append(Summary.of(f"**all {group}**", samples,
                                     sum(len(t.errors) for t in members)))
    return kinds, pooled


def failures(kinds: Sequence[Summary], pooled: Sequence[Summary]) -> list[str]:
    """The events and dyads rows whose p95 misses the target, or that had errors."""
    rows = [*pooled, *(k for k in kinds if k.name.startswith(("events", "dyads")))]
    missed = [f"{r.name}: p95 {r.p95:.0f} ms" for r in rows if r.p95 >= TARGET_MS]
    return missed + [f"{r.name}: {r.errors} errors" for r in kinds if r.errors]


# --- the dashboard ------------------------------------------------------------------------

_TRACKER = """
(() => {
  window.__belli = {firstContent: null, lastChange: 0};
  new MutationObserver(() => {
    const now = performance.now();
    window.__belli.lastChange = now;
    const page = document.getElementById('page');
    if (window.__belli.firstContent === null && page && page.children.length > 0) {
      window.__belli.firstContent = now;
    }
  }).observe(document, {subtree: true, childList: true, attributes: true,
                        characterData: true});
})();
"""
_DONE = ("() => document.querySelector('[data-dash-is-loading=\"true\"]') === null && "
         "!!document.getElementById('page') && "
         "document.getElementById('page').children.length > 0")
_TIMES = ("() => ({firstContent: window.__belli.firstContent, "
          "lastChange: window.__belli.lastChange, lastResponse: Math.max(0, ...performance"
          ".getEntriesByType('resource').map(e => e.responseEnd))})")


@dataclass
class PageLoad:
    first_content_ms: float | None
    rendered_ms: float
    requests: int
    foreign: list[str]
    problems: list[str]
    text: str


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("data", "blob", "about") or parsed.hostname == "127.0.0.1"


def load_once(browser: Any, url: str) -> PageLoad:
    """One load of `url` in a fresh context (empty cache), timed by the browser's clock."""
    context = browser.new_context()
    page = context.new_page()
    urls: list[str] = []
    problems: list[str] = []
    page.add_init_script(_TRACKER)
    page.on("request", lambda r: urls.append(r.url))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("response", lambda r: problems.append(f"HTTP {r.status} {r.url}")
            if r.status >= 400 else None)
    try:
        page.goto(url, wait_until="networkidle", timeout=60_000)
        page.wait_for_function(_DONE, timeout=60_000)
        marks = page.evaluate(_TIMES)
        text = page.inner_text("#page")
    finally:
        context.close()
    rendered = max(float(marks["lastChange"]), float(marks["lastResponse"]))
    first = marks["firstContent"]
    return PageLoad(None if first is None else float(first), rendered, len(urls),
                    [u for u in urls if not is_local(u)], problems, text)


def measure_dashboard(base_url: str, loads: int) -> tuple[list[PageLoad], str | None]:
    """`loads` page loads of the dashboard's first page, or why there are none."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        return [], "playwright is not installed (.venv/bin/pip install playwright)"
    if not Path(CHROMIUM).exists():
        return [], f"{CHROMIUM} is missing (scripts/ensure-chromium installs it)"
    status = httpx.get(base_url + "/", trust_env=False, timeout=REQUEST_TIMEOUT_S)
    if status.status_code != 200:
        return [], f"GET / answered {status.status_code}: the dashboard is not mounted"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return [load_once(browser, base_url + "/") for _ in range(loads)], None
        except PlaywrightError as exc:
            return [], f"the page did not finish rendering: {str(exc).splitlines()[0]}"
        finally:
            browser.close()


# --- the report ---------------------------------------------------------------------------

def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next((int(line.split()[1]) for line in _lines("/proc/meminfo")
                   if line.startswith("MemTotal:")), 0)
    return {"date": dt.date.today().isoformat(), "cpus": str(len(os.sched_getaffinity(0))),
            "cpu": cpu, "ram": f"{mem_kb / 1024 / 1024:.1f} GB",
            "load": load_average(), "load_end": "",
            "python": platform.python_version(), "duckdb": duckdb.__version__}


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def machine_table(m: dict[str, str], db: Path, events: int) -> str:
    box = (f"{m['cpus']} cores ({m['cpu']}), {m['ram']} RAM; load average (1, 5, 15 min) "
           f"{m['load']} at the start, {m['load_end'] or '?'} at the end")
    return "\n".join([
        "| | |", "|---|---|",
        f"| date | {m['date']} |",
        f"| machine | {box} |",
        f"| software | Python {m['python']}, DuckDB {m['duckdb']} |",
        f"| store | `{db.name}`, {events:,} events |",
    ])


def latency_table(kinds: Sequence[Summary], pooled: Sequence[Summary]) -> str:
    head = ["| query | n | p50 ms | p95 ms | p99 ms | max ms | errors |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    rows = [f"| {s.name} | {s.n} | {s.p50:.0f} | {_mark(s.p95, s.name)} | {s.p99:.0f} | "
            f"{s.max:.0f} | {s.errors} |" for s in [*kinds, *pooled]]
    return "\n".join(head + rows)


def _mark(p95: float, name: str) -> str:
    checked = name.lstrip("*").startswith(("events", "dyads", "all"))
    return f"**{p95:.0f}**" if checked and p95 >= TARGET_MS else f"{p95:.0f}"


def dashboard_table(loads: Sequence[PageLoad], why_not: str | None) -> str:
    if why_not is not None:
        return f"Dashboard: not measured: {why_not}."
    firsts = [x.first_content_ms for x in loads if x.first_content_ms is not None]
    rendered = [x.rendered_ms for x in loads]
    foreign = sorted({u for x in loads for u in x.foreign})
    problems = sorted({p for x in loads for p in x.problems})
    counts = ", ".join(str(x.requests) for x in loads)
    note = (f"Requests per load: {counts}; "
            f"not to 127.0.0.1: {', '.join(foreign) if foreign else 'none'}; "
            f"errors: {'; '.join(problems) if problems else 'none'}.")
    rows = ["| first page (/) | loads | median ms | max ms |", "|---|---:|---:|---:|",
            _load_row("first content (#page filled)", firsts),
            _load_row("rendered (Dash done, network quiet)", rendered), "", note]
    return "\n".join(rows)


def _load_row(name: str, values: Sequence[float]) -> str:
    if not values:
        return f"| {name} | 0 | – | – |"
    return f"| {name} | {len(values)} | {percentile(values, 0.5):.0f} | {max(values):.0f} |"


def render(m: dict[str, str], db: Path, values: StoreValues, kinds: Sequence[Summary],
           pooled: Sequence[Summary], loads: Sequence[PageLoad], why_not: str | None) -> str:
    return "\n\n".join([machine_table(m, db, values.total_events),
                        latency_table(kinds, pooled), dashboard_table(loads, why_not)])


# --- main ---------------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rounds", type=int, default=200, help="requests per query kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kind-budget", type=float, default=90.0,
                        help=f"seconds after which a kind stops (once it has {MIN_SAMPLES})")
    parser.add_argument("--loads", type=int, default=5, help="dashboard page loads")
    parser.add_argument("--no-dashboard", action="store_true")
    parser.add_argument("--no-check", action="store_true",
                        help="exit 0 even when a p95 misses the 200 ms target")
    parser.add_argument("--json", type=Path, default=None, help="also write raw figures here")
    return parser.parse_args(argv)


def write_json(path: Path, m: dict[str, str], kinds: Sequence[Summary],
               pooled: Sequence[Summary], times: dict[str, KindTimes],
               loads: Sequence[PageLoad], why_not: str | None) -> None:
    data = {"machine": m, "summaries": [asdict(s) for s in [*kinds, *pooled]],
            "samples_ms": {k: t.samples for k, t in times.items()},
            "errors": {k: t.errors for k, t in times.items() if t.errors},
            "dashboard": [{k: v for k, v in asdict(x).items() if k != "text"} for x in loads],
            "dashboard_not_measured": why_not}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    db = args.db.resolve()
    if not db.exists():
        sys.exit(f"{db} does not exist: build it first with\n"
                 f"    .venv/bin/python benchmarks/build_event_store.py --out {db}")
    m = machine()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="belli-api-bench-") as tmp:
        copy = copy_store(db, Path(tmp))
        log = Path(tmp) / "serve.log"
        with running_server(copy, free_port(), log, not args.no_dashboard) as url, \
                httpx.Client(base_url=url, trust_env=False, timeout=REQUEST_TIMEOUT_S) as client:
            print(f"server up after {wait_ready(client, log):.1f} s at {url}", file=sys.stderr)
            values = store_values(client)
            times = measure(client, request_makers(values), args.rounds, args.kind_budget, rng)
            loads, why_not = ([], "--no-dashboard") if args.no_dashboard else \
                measure_dashboard(url, args.loads)
    m["load_end"] = load_average()
    kinds, pooled = summarize(times)
    print(render(m, db, values, kinds, pooled, loads, why_not))
    if args.json is not None:
        write_json(args.json, m, kinds, pooled, times, loads, why_not)
    missed = failures(kinds, pooled)
    if missed and not args.no_check:
        print(f"\nmissed the {TARGET_MS:.0f} ms p95 target: " + "; ".join(missed),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
