"""Query times of outlet profiles and the analysts' exports on a large store.

    .venv/bin/python benchmarks/outlet_profiles.py [--db PATH] [--rounds N] [--no-check]

The store (`--db`, default out/events-100000.duckdb, made by
`benchmarks/build_event_store.py`) is opened read-only. Timed, each `--rounds` times
(default 20) after one warm-up: the outlet list; each query of one outlet's profile
(documents and events, certainty, months, dyads, aggressors) for the busiest outlet and
for a worst case, every publisher of the store taken as one outlet (all its events);
the whole profile; then the ACLED and dyad-month CSV exports once each (written to
memory). Prints a Markdown table of median, p95 (nearest rank) and worst times.

The target (issue 10: "keep each profile query under ~200 ms on 100,000 events") is
checked on every profile query's p95: the script exits 1 when one is 200 ms or more,
unless `--no-check`.
"""

from __future__ import annotations

import argparse
import io
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from belli.analysis import outlets
from belli.analysis.acled import write_acled
from belli.analysis.dyad_months import write_dyad_months
from belli.analysis.outlet_info import load_outlet_book
from belli.store import Store

TARGET_MS = 200.0


def _times(run: Callable[[], Any], rounds: int) -> list[float]:
    run()  # warm-up: caches, the period functions' memo
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        out.append(1000 * (time.perf_counter() - start))
    return out


def _p95(times: list[float]) -> float:
    ranked = sorted(times)
    return ranked[max(0, math.ceil(0.95 * len(ranked)) - 1)]


def _profile_parts(con: Any, publishers: list[str]) -> dict[str, Callable[[], Any]]:
    where = outlets._docs_where(publishers, None, None)
    return {
        "documents and events": lambda: outlets._publisher_counts(con, where),
        "certainty": lambda: outlets._certainty(con, where),
        "months": lambda: outlets._months(con, where),
        "dyads (top 20)": lambda: outlets._dyads(con, where, 20),
        "aggressors (top 10)": lambda: outlets._aggressors(con, where, 10),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("out/events-100000.duckdb"))
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--no-check", action="store_true")
    args = parser.parse_args(argv)
    book = load_outlet_book()
    rows: list[tuple[str, list[float], bool]] = []
    with Store.open(args.db, read_only=True) as store:
        con = store.con
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
        listing = outlets.outlet_rows(con, book=book, limit=None)
        busiest = listing.items[0]
        everyone = [p for row in listing.items for p in row.publishers]
        rows.append(("outlet list", _times(lambda: outlets.outlet_rows(con, book=book),
                                          args.rounds), True))
        for label, publishers in ((f"{busiest.outlet} ({busiest.events} events)",
                                   list(busiest.publishers)),
                                  (f"all publishers as one ({events} events)", everyone)):
            for part, run in _profile_parts(con, publishers).items():
                rows.append((f"{label}: {part}", _times(run, args.rounds), True))
        rows.append(("whole profile, busiest outlet", _times(
            lambda: outlets.outlet_profile(con, busiest.outlet, book=book), args.rounds), False))
        rows.append(("ACLED export", _times(lambda: write_acled(con, io.StringIO()), 1),
                     False))
        rows.append(("dyad-month export", _times(
            lambda: write_dyad_months(con, io.StringIO()), 1), False))
    print(f"{args.db}: {events} events, {listing.total} outlets, {args.rounds} rounds\n")
    print("| query | median ms | p95 ms | worst ms |\n|---|---:|---:|---:|")
    for label, times, _ in rows:
        print(f"| {label} | {statistics.median(times):.1f} | {_p95(times):.1f} | "
              f"{max(times):.1f} |")
    slow = [label for label, times, checked in rows if checked and _p95(times) >= TARGET_MS]
    if slow and not args.no_check:
        print(f"\nover {TARGET_MS:.0f} ms: {', '.join(slow)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
