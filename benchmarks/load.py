"""Load on `belli serve`: many concurrent clients on a store of 100,000 events.

    .venv/bin/python benchmarks/load.py [--db PATH] [--clients N] [--think A,B]
                                        [--duration S] [--warmup S]
                                        [--surge-clients N] [--surge-s S] [--seed N]
                                        [--api-only] [--no-cache] [--json PATH]
                                        [--no-check]

The store (`--db`, default out/events-100000.duckdb, made by
`benchmarks/build_event_store.py`) is copied to a temporary folder, since the server
opens it writable, and `belli serve` runs on the copy as a subprocess on a free
127.0.0.1 port. The clients run in this process: asyncio tasks sharing one
httpx.AsyncClient (trust_env=False), so client and server share the machine's cores.

1. **Steady load.** `--clients` (200) clients each wait a think time drawn uniformly
   from `--think` (1,2 s), send one request, and start over. Requests hit /api/events and
   /api/dyads (and /api/dyads/series) with filters drawn from the store itself: actors,
   dyads, event types, words and months. Values are drawn Zipf-like (s = 1.1) over the
   busiest-first lists /api/actors and /api/dyads give, since analysts ask most about the
   busiest actors; types, months and pages vary uniformly. The first `--warmup` seconds
   (10) are not measured, the next `--duration` (60) are. Target: p95 < 200 ms, 0 errors.
2. **Surge.** `--surge-clients` (1000) clients send requests back to back, no think
   time, for `--surge-s` (15) seconds. Every answer must be a 200 or a 503 in belli's
   error shape with Retry-After (the server sheds what it cannot take); anything else
   (another status, a timeout, a dropped connection) is an error.
3. **Recovery.** Right after the surge, one client sends a request every 100 ms for 10 s,
   as it did for 10 s before the steady load (the idle baseline). Recovered: the moment
   from which every answer is a 200 within twice the idle p95 (or 200 ms, if more).
   Target: < 5 s.

The cores the server and the clients kept busy are read from /proc for each phase, and
the server's log for its cache's hit rate. Prints Markdown tables ready for
docs/benchmarks.md; exits 1 when a target is missed, unless `--no-check`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DB = ROOT / "out" / "events-100000.duckdb"
TARGET_MS = 200.0
RECOVERY_TARGET_S = 5.0
PROBE_S = 10.0
ZIPF_S = 1.1
STARTUP_TIMEOUT_S = 120.0
ERROR_FIELDS = {"status", "code", "message", "hint", "details"}

Params = dict[str, str | int]
T = TypeVar("T")


# --- the server ---------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def raise_open_files_limit() -> int:
    """1,000 clients need 1,000 sockets here and 1,000 in the server (which inherits it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 65536
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


# `belli serve` with its read cache passing every request through (--no-cache).
_WITHOUT_CACHE = """
import sys
from belli.server import cache
async def passing(self, scope, receive, send):
    await self.app(scope, receive, send)
cache.ReadCache.__call__ = passing
from belli.cli import main
sys.argv[0] = "belli"
main()
"""


@dataclass(frozen=True)
class Server:
    url: str
    pid: int


def cpu_seconds(pid: int | None = None) -> float:
    """CPU time (user + system) of a process so far: this one when `pid` is None."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU time every process on the machine has used (from /proc/stat): with the server's
    and the clients' own, it shows what other work took from the cores while measuring."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


@contextmanager
def served(db: Path, api_only: bool, log: Path, cache: bool = True) -> Iterator[Server]:
    """`belli -v serve` over a copy of `db`, its output in `log`; yields it, stops it with
    Ctrl-C after (its last log lines come then)."""
    with tempfile.TemporaryDirectory(prefix="belli-load-") as folder:
        copy = linked_copy(db, Path(folder))
        port = free_port()
        start = ["-m", "belli"] if cache else ["-c", _WITHOUT_CACHE]
        command = [sys.executable, *start, "-v", "--db", str(copy), "serve",
                   "--host", "127.0.0.1", "--port", str(port)]
        env = {**os.environ, "BELLI_API_TOKEN": "", "PYTHONUNBUFFERED": "1"}
        with log.open("wb") as out:
            proc = subprocess.Popen(command + (["--api-only"] if api_only else []), cwd=ROOT,
                                    stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            url = f"http://127.0.0.1:{port}"
            wait_ready(url, log)
            yield Server(url, proc.pid)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def linked_copy(db: Path, folder: Path) -> Path:
    """A copy of `db` with its events linked: a server that finds the links stale links
    them first (25 s on 100,000 events, holding the writer's lock and a core), and that
    is start-up work, not the load being measured."""
    from belli import api
    from belli.analysis.canonical import links_stale

    copy = folder / db.name
    shutil.copyfile(db, copy)
    with api.open_store(copy) as store:
        if links_stale(store.con):
            started = time.perf_counter()
            api.relink(store)
            print(f"linked the copy's events first ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
    return copy


def wait_ready(url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/stats", trust_env=False).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    sys.exit(f"belli serve did not answer within {STARTUP_TIMEOUT_S:.0f} s:\n"
             f"{log.read_text(errors='replace')[-3000:]}")


# --- what to ask ----------------------------------------------------------------------------

@dataclass(frozen=True)
class StoreValues:
    """Filter values drawn from the store itself, busiest first where that means something."""

    total_events: int
    codes: tuple[str, ...]
    actors: tuple[str, ...]
    dyads: tuple[tuple[str, str], ...]
    types: tuple[str, ...]
    words: tuple[str, ...]
    years: tuple[int, ...]


_WORD = re.compile(r"[a-z]{5,}")


def store_values(url: str) -> StoreValues:
    with httpx.Client(base_url=url, trust_env=False, timeout=120) as client:
        def get(path: str, **params: Any) -> Any:
            response = client.get(path, params=params)
            response.raise_for_status()
            return response.json()

        stats = get("/api/stats")
        actors = get("/api/actors", limit=300)["items"]
        dyads = get("/api/dyads", limit=300)["items"]
        sample = get("/api/events", limit=1000, offset=5000)["items"]
    codes = list(dict.fromkeys(a["country"] for a in actors if a.get("country")))
    words = Counter(w for e in sample for w in _WORD.findall(e["sentence"].lower()))
    first, last = stats.get("published_min") or "", stats.get("published_max") or ""
    if not (actors and dyads and sample and first and last):
        sys.exit("the store looks empty: build it with benchmarks/build_event_store.py")
    return StoreValues(
        int(stats["counts"]["events"]), tuple(codes), tuple(a["actor"] for a in actors),
        tuple((d["source"], d["target"]) for d in dyads),
        tuple(sorted({e["type"] for e in sample})), tuple(w for w, _ in words.most_common()),
        tuple(range(int(first[:4]), int(last[:4]) + 1)))


class RequestMix:
    """Draws (kind, path, params): 60% events, 40% dyads, filters from the store."""

    def __init__(self, values: StoreValues, rng: random.Random) -> None:
        self.v, self.rng = values, rng
        self.kinds = [
            (12, "events: page", "/api/events", self._page),
            (10, "events: actor", "/api/events", lambda: {"actor": self._zipf(self.v.actors)}),
            (10, "events: dyad", "/api/events", self._dyad_filter),
            (10, "events: type + months", "/api/events", self._dated),
            (6, "events: q (text)", "/api/events", lambda: {"q": self._zipf(self.v.words)}),
            (6, "events: newest first", "/api/events",
             lambda: {"sort": "date", "order": "desc"}),
            (6, "events: country", "/api/events", lambda: {"country": self._zipf(self.v.codes)}),
            (8, "dyads: plain", "/api/dyads", dict),
            (10, "dyads: actor", "/api/dyads", lambda: {"actor": self._zipf(self.v.codes)}),
            (8, "dyads: year", "/api/dyads", self._year),
            (6, "dyads: type", "/api/dyads", lambda: {"type": self.rng.choice(self.v.types)}),
            (8, "dyads/series", "/api/dyads/series", self._series),
        ]

    def draw(self) -> tuple[str, str, Params]:
        weights = [k[0] for k in self.kinds]
        _, kind, path, params = self.rng.choices(self.kinds, weights)[0]
        return kind, path, params()

    def _zipf(self, items: Sequence[Any]) -> Any:
        """An item, the i-th (from 1) with weight 1 / i**s: the busiest are asked most."""
        weights = _zipf_weights(len(items))
        return self.rng.choices(items, weights)[0]

    def _page(self) -> Params:
        return {"offset": 50 * self.rng.randrange(10)}

    def _dyad_filter(self) -> Params:
        source, target = self._zipf(self.v.dyads)
        return {"dyad": f"{source},{target}",
                "either_direction": self.rng.choice(["true", "false"])}

    def _dated(self) -> Params:
        start = self.rng.choice(self.v.years) * 12 + self.rng.randrange(12)
        end = start + self.rng.randrange(12)
        return {"type": self.rng.choice(self.v.types),
                "since": f"{start // 12}-{start % 12 + 1:02d}",
                "until": f"{end // 12}-{end % 12 + 1:02d}"}

    def _year(self) -> Params:
        year = self.rng.choice(self.v.years)
        return {"since": str(year), "until": str(year)}

    def _series(self) -> Params:
        source, target = self._zipf(self.v.dyads)
        return {"source": source, "target": target,
                "bucket": self.rng.choice(["week", "month"])}


_WEIGHTS: dict[int, list[float]] = {}


def _zipf_weights(n: int) -> list[float]:
    if n not in _WEIGHTS:
        _WEIGHTS[n] = [1 / (i + 1) ** ZIPF_S for i in range(n)]
    return _WEIGHTS[n]


# --- measuring ------------------------------------------------------------------------------

@dataclass
class Sample:
    kind: str
    status: int  # 0: no answer (timeout, dropped connection)
    ms: float
    at: float  # seconds since the phase began
    problem: str | None = None


async def send(client: httpx.AsyncClient, mix: RequestMix, started: float) -> Sample:
    kind, path, params = mix.draw()
    begin = time.perf_counter()
    try:
        response = await client.get(path, params=params)
    except httpx.HTTPError as exc:
        cause = exc.__cause__ or exc.__context__
        return Sample(kind, 0, (time.perf_counter() - begin) * 1000, begin - started,
                      f"{type(exc).__name__}: {exc} ({cause!r}) {begin - started:.1f} s "
                      f"into the phase, after {time.perf_counter() - begin:.1f} s"[:200])
    ms = (time.perf_counter() - begin) * 1000
    return Sample(kind, response.status_code, ms, begin - started, problem_of(response))


def problem_of(response: httpx.Response) -> str | None:
    """What is wrong with an answer: None for a 200, or a 503 in belli's error shape with
    Retry-After (load shed); a line for anything else."""
    if response.status_code == 200:
        return None
    text = f"{response.status_code} {response.request.url.path}: {response.text[:160]}"
    if response.status_code != 503:
        return text
    try:
        error = response.json()["error"]
    except (ValueError, KeyError, TypeError):
        return "503 not in belli's error shape: " + text
    if set(error) != ERROR_FIELDS or error["status"] != 503:
        return "503 not in belli's error shape: " + text
    if not response.headers.get("retry-after"):
        return "503 without Retry-After: " + text
    return None


def new_client(url: str, clients: int, timeout_s: float) -> httpx.AsyncClient:
    # An idle connection is dropped here before uvicorn's 5 s keep-alive ends it there:
    # with the same 5 s on both sides a request sent as the server closes the connection
    # fails with a ReadError (browsers retry those; httpx does not).
    limits = httpx.Limits(max_connections=clients + 10, max_keepalive_connections=clients + 10,
                          keepalive_expiry=3.0)
    return httpx.AsyncClient(base_url=url, trust_env=False, limits=limits,
                             timeout=httpx.Timeout(timeout_s))


async def steady(url: str, mix: RequestMix, clients: int, think: tuple[float, float],
                 warmup_s: float, duration_s: float) -> list[Sample]:
    """Clients with think time; samples of the measured window only."""
    samples: list[Sample] = []
    started = time.perf_counter()
    stop_at = started + warmup_s + duration_s

    async def one_client(client: httpx.AsyncClient, rng: random.Random) -> None:
        await asyncio.sleep(rng.uniform(0, think[1]))  # clients arrive spread out
        while time.perf_counter() < stop_at:
            sample = await send(client, mix, started)
            if sample.at >= warmup_s:
                samples.append(sample)
            await asyncio.sleep(rng.uniform(*think))

    async with new_client(url, clients, 30.0) as client:
        await asyncio.gather(*(one_client(client, random.Random(mix.rng.random()))
                               for _ in range(clients)))
    return samples


async def surge(url: str, mix: RequestMix, clients: int, seconds: float) -> list[Sample]:
    """Clients without think time for `seconds`; every answer is a sample."""
    samples: list[Sample] = []
    started = time.perf_counter()

    async def one_client(client: httpx.AsyncClient) -> None:
        while time.perf_counter() - started < seconds:
            samples.append(await send(client, mix, started))

    async with new_client(url, clients, 30.0) as client:
        await asyncio.gather(*(one_client(client) for _ in range(clients)))
    return samples


async def probe(url: str, mix: RequestMix, window_s: float = PROBE_S,
                every_s: float = 0.1) -> list[Sample]:
    """One client, one request every `every_s`, for `window_s`: the server's idle answer
    times before the load, and its recovery right after the surge."""
    samples: list[Sample] = []
    started = time.perf_counter()
    async with new_client(url, 1, 30.0) as client:
        while time.perf_counter() - started < window_s:
            samples.append(await send(client, mix, started))
            await asyncio.sleep(every_s)
    return samples


def normal_ms(idle_p95_ms: float) -> float:
    """An answer time as good as an idle server's: twice its p95, or the target if more."""
    return max(TARGET_MS, 2 * idle_p95_ms)


def recovered_after(samples: Sequence[Sample], within_ms: float) -> float | None:
    """Seconds until every later answer was a 200 within `within_ms` (None: never)."""
    for i, sample in enumerate(samples):
        if all(s.status == 200 and s.ms <= within_ms for s in samples[i:]):
            return sample.at
    return None


# --- reporting ------------------------------------------------------------------------------

def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] if ordered else float("nan")


@dataclass
class Row:
    name: str
    n: int
    per_s: float
    p50: float
    p95: float
    p99: float
    max: float
    errors: int
    shed: int = 0


def row(name: str, samples: Sequence[Sample], seconds: float) -> Row:
    answered = [s.ms for s in samples if s.status == 200]
    return Row(name, len(samples), len(samples) / seconds if seconds else 0.0,
               percentile(answered, 0.5), percentile(answered, 0.95),
               percentile(answered, 0.99), max(answered, default=float("nan")),
               sum(1 for s in samples if s.problem), sum(1 for s in samples if s.status == 503))


def table(rows: Sequence[Row]) -> str:
    lines = ["| requests | n | per s | p50 ms | p95 ms | p99 ms | max ms | 503 | errors |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r.name} | {r.n:,} | {r.per_s:.0f} | {r.p50:.0f} | {r.p95:.0f} | "
              f"{r.p99:.0f} | {r.max:.0f} | {r.shed:,} | {r.errors:,} |" for r in rows]
    return "\n".join(lines)


def cache_figures(log: Path) -> str:
    """The server's last cache line (`belli -v serve` logs one per minute and at exit)."""
    lines = [ln for ln in log.read_text(errors="replace").splitlines() if "cache:" in ln]
    return lines[-1].split("cache:", 1)[1].strip() if lines else "no cache line in the log"


def machine() -> str:
    load = os.getloadavg()
    return (f"{dt.date.today()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"load average before the run {load[0]:.2f}")


# --- the run ----------------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--think", default="1,2", help="think time range in seconds: A,B")
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--warmup", type=float, default=10.0)
    parser.add_argument("--surge-clients", type=int, default=1000)
    parser.add_argument("--surge-s", type=float, default=15.0)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--api-only", action="store_true", help="serve without the dashboard")
    parser.add_argument("--no-cache", action="store_true",
                        help="switch the server's read cache off, to measure what it gives")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--no-check", action="store_true")
    return parser.parse_args(argv)


@dataclass
class Result:
    machine: str
    steady: list[Row] = field(default_factory=list)
    surge: list[Row] = field(default_factory=list)
    # per phase: cores kept busy by the server, by the clients, by anything else
    cores: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    idle_p95_ms: float = 0.0
    recovered_s: float | None = None
    cache: str = ""
    problems: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


def timed(server: Server, result: Result, phase: str, work: Callable[[], T]) -> T:
    """Run one phase; note the cores the server and this client kept busy meanwhile."""
    client, busy, everything = cpu_seconds(), cpu_seconds(server.pid), machine_busy_seconds()
    started = time.perf_counter()
    out = work()
    wall = time.perf_counter() - started
    served_s, asked_s = cpu_seconds(server.pid) - busy, cpu_seconds() - client
    others_s = machine_busy_seconds() - everything - served_s - asked_s
    result.cores[phase] = (served_s / wall, asked_s / wall, max(0.0, others_s / wall))
    return out


def run(args: argparse.Namespace) -> Result:
    if not args.db.is_file():
        sys.exit(f"no store at {args.db}: run benchmarks/build_event_store.py first")
    think = (float(args.think.split(",")[0]), float(args.think.split(",")[1]))
    raise_open_files_limit()
    result = Result(machine())
    log = Path(tempfile.mkdtemp(prefix="belli-load-log-")) / "serve.log"
    with served(args.db, args.api_only, log, cache=not args.no_cache) as server:
        url = server.url
        mix = RequestMix(store_values(url), random.Random(args.seed))
        idle = timed(server, result, "idle: one client", lambda: asyncio.run(probe(url, mix)))
        result.idle_p95_ms = percentile([s.ms for s in idle if s.status == 200], 0.95)
        print(f"steady: {args.clients} clients, think {args.think} s, "
              f"{args.warmup:.0f} + {args.duration:.0f} s", file=sys.stderr)
        calm = timed(server, result, "steady", lambda: asyncio.run(
            steady(url, mix, args.clients, think, args.warmup, args.duration)))
        result.steady = by_kind(calm, args.duration)
        print(table(result.steady), file=sys.stderr)
        print(f"surge: {args.surge_clients} clients, {args.surge_s:.0f} s", file=sys.stderr)
        rush = timed(server, result, "surge", lambda: asyncio.run(
            surge(url, mix, args.surge_clients, args.surge_s)))
        after = timed(server, result, "after the surge: one client",
                      lambda: asyncio.run(probe(url, mix)))
        result.surge = [row("idle, before: one client", idle, PROBE_S),
                        row("surge: all", rush, args.surge_s),
                        row("after the surge: one client", after, PROBE_S)]
        result.recovered_s = recovered_after(after, normal_ms(result.idle_p95_ms))
        result.examples = sorted({s.problem for s in calm + rush + after if s.problem})[:5]
    result.cache = cache_figures(log)
    shutil.rmtree(log.parent, ignore_errors=True)
    result.problems = misses(result)
    return result


def by_kind(samples: Sequence[Sample], seconds: float) -> list[Row]:
    kinds = sorted({s.kind for s in samples})
    pooled = [row(f"**all {group}**", [s for s in samples if s.kind.startswith(group)],
                  seconds) for group in ("events", "dyads")]
    return [row("**all**", samples, seconds), *pooled,
            *(row(k, [s for s in samples if s.kind == k], seconds) for k in kinds)]


def misses(result: Result) -> list[str]:
    problems = [f"steady {r.name}: p95 {r.p95:.0f} ms" for r in result.steady[:3]
                if not r.p95 < TARGET_MS]
    # In the steady phase a 503 is a client turned away: an error like any other.
    problems += [f"steady {r.name}: {r.errors} errors, {r.shed} answered 503"
                 for r in result.steady[:1] if r.errors or r.shed]
    problems += [f"{r.name}: {r.errors} errors" for r in result.surge if r.errors]
    if result.recovered_s is None or result.recovered_s > RECOVERY_TARGET_S:
        problems.append(f"recovery after the surge: {result.recovered_s} s")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    result = run(args)
    print(f"\n{result.machine}\n\n### Steady: {args.clients} clients, think {args.think} s\n")
    print(table(result.steady))
    print(f"\n### Surge: {args.surge_clients} clients without think time, then one client\n")
    print(table(result.surge))
    print("\n| phase | cores busy: server | clients | other work on the machine |\n"
          "|---|---:|---:|---:|")
    for phase, (server, client, others) in result.cores.items():
        print(f"| {phase} | {server:.2f} | {client:.2f} | {others:.2f} |")
    print(f"\nRecovered {result.recovered_s} s after the surge (answers back to 200 within "
          f"{normal_ms(result.idle_p95_ms):.0f} ms: twice the idle p95, or the target); "
          f"cache: {result.cache}")
    for example in result.examples:
        print(f"  e.g. {example}")
    if args.json:
        args.json.write_text(json.dumps(asdict(result), indent=2), encoding="utf-8")
    for problem in result.problems:
        print(f"MISSED: {problem}", file=sys.stderr)
    return 1 if result.problems and not args.no_check else 0


if __name__ == "__main__":
    sys.exit(main())
