"""How much of the actor figures rests on people the gold sets name: audit and ablation.

    .venv/bin/python benchmarks/people_ablation.py audit [--write]
    .venv/bin/python benchmarks/people_ablation.py eval [DATASET ...]

`audit` finds the people.csv rows whose name or an alias occurs in a gold set
(../shared/eval/*.jsonl) and in none of the real articles (../shared/corpus/seeds,
../shared/corpus/voa/voa_stories.jsonl, belli/demo/corpus), and lists the rows whose
`gold_only` column disagrees; `--write` sets the column. Names match as whole words after
folding (diacritics, dashes, case kept).

`eval` runs `belli eval` once per setting of $BELLI_KB_PEOPLE (all, without_gold_only,
none) and prints the headline figures side by side (default dataset: plover_gsr). The
figure without gold-only people is the honest estimate for text naming other people.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from belli.actors.kb import DATA_DIR, PEOPLE_CHOICES, PEOPLE_ENV, fold

SHARED = ROOT.parent / "shared"
PEOPLE = DATA_DIR / "people.csv"
_WORD = re.compile(r"\w+")


def _texts(paths: Iterable[Path]) -> Iterator[str]:
    for path in paths:
        if path.suffix == ".jsonl":
            for line in path.open(encoding="utf-8"):
                record = json.loads(line)
                yield " ".join(str(record.get(k) or "") for k in ("title", "text"))
        else:
            yield path.read_text(encoding="utf-8", errors="replace")


def _ngrams(texts: Iterable[str], firsts: set[str], longest: int) -> set[tuple[str, ...]]:
    """Word runs of the texts that start with a word some name starts with."""
    out: set[tuple[str, ...]] = set()
    for text in texts:
        words = _WORD.findall(fold(text))
        for i, word in enumerate(words):
            if word in firsts:
                out.update(tuple(words[i:i + n]) for n in range(1, longest + 1))
    return out


def gold_only_names() -> set[str]:
    """Names of people.csv rows named in the gold sets and in no real article."""
    data = [line for line in PEOPLE.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    forms: dict[str, list[tuple[str, ...]]] = {}
    for row in csv.DictReader(data):
        for form in [row["name"], *row["aliases"].split("|")]:
            if form.strip():
                forms.setdefault(row["name"], []).append(tuple(_WORD.findall(fold(form))))
    firsts = {f[0] for fs in forms.values() for f in fs if f}
    longest = max(len(f) for fs in forms.values() for f in fs)
    gold = _ngrams(_texts(sorted((SHARED / "eval").glob("*.jsonl"))), firsts, longest)
    real_paths = [*sorted((SHARED / "corpus" / "seeds").glob("*")),
                  SHARED / "corpus" / "voa" / "voa_stories.jsonl",
                  *sorted(p for p in (ROOT / "belli" / "demo" / "corpus").rglob("*") if p.is_file())]
    real = _ngrams(_texts(real_paths), firsts, longest)
    return {name for name, fs in forms.items()
            if any(f in gold for f in fs) and not any(f in real for f in fs)}


def audit(write: bool) -> int:
    names = gold_only_names()
    lines = PEOPLE.read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if not line.startswith("#"))
    out, stale = [], []
    for line in lines:
        if line.startswith("#") or line == header:
            out.append(line)
            continue
        row = dict(zip(header.split(","), next(csv.reader([line])), strict=True))
        wanted = "yes" if row["name"] in names else ""
        if row["gold_only"] != wanted:
            stale.append(row["name"])
        out.append(line[: line.rindex(",") + 1] + wanted)  # gold_only is the last column
    print(f"{len(names)} names gold-only; {len(stale)} rows' marks disagree", file=sys.stderr)
    for name in dict.fromkeys(stale):
        print(f"  {name}: {'gold-only' if name in names else 'not gold-only'}")
    if write and stale:
        PEOPLE.write_text("\n".join(out) + "\n", encoding="utf-8")
    return 1 if stale and not write else 0


def ablation(datasets: list[str]) -> int:
    belli = ROOT / ".venv" / "bin" / "belli"
    table: dict[str, dict[str, tuple[float | None, int]]] = {}
    for choice in PEOPLE_CHOICES:
        for name in datasets:
            env = {**os.environ, PEOPLE_ENV: choice}
            done = subprocess.run([str(belli), "eval", name, "--format", "json"], env=env,
                                  capture_output=True, text=True, check=True)
            for metric, value in json.loads(done.stdout)["headline"].items():
                if value["value"] is not None and value["n"]:
                    table.setdefault(f"{name} {metric}", {})[choice] = (value["value"], value["n"])
    print("| metric | " + " | ".join(PEOPLE_CHOICES) + " |")
    print("|---|" + "---:|" * len(PEOPLE_CHOICES))
    for metric, row in table.items():
        cells = [f"{row[c][0]:.3f}" if c in row else "—" for c in PEOPLE_CHOICES]
        print(f"| {metric} (n {next(iter(row.values()))[1]}) | " + " | ".join(cells) + " |")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("audit", help="list people.csv rows whose gold_only mark is stale")
    check.add_argument("--write", action="store_true", help="rewrite the gold_only column")
    run = sub.add_parser("eval", help="headline figures with all, without gold-only, no people")
    run.add_argument("datasets", nargs="*", default=["plover_gsr"])
    args = parser.parse_args()
    return audit(args.write) if args.command == "audit" else ablation(args.datasets)


if __name__ == "__main__":
    raise SystemExit(main())
