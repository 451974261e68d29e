"""Run the speed benchmark without the CLI: the same library code as `belli bench`.

    .venv/bin/python benchmarks/run_bench.py [--corpus PATH] [--repeat N] [--scaling]
                                             [--limit N] [--json]

belli's pipeline and the spaCy-only floor run on the same texts, each part in a fresh
process so its peak memory is its own. Figures are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belli.eval.bench import bench, bench_dict, render_bench
from belli.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--scaling", action="store_true")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = bench(args.corpus, args.repeat, args.scaling, Settings.load(), args.limit)
    print(json.dumps(bench_dict(report), indent=2) if args.json else render_bench(report))


if __name__ == "__main__":
    main()
