"""Memory of `belli ingest` over a long stream: is it flat, and how much per worker?

    python benchmarks/ingest_memory.py [--docs 10000] [--workers 2] [--out out/ingest-memory.json]

Writes a JSON Lines corpus of `--docs` documents (files of 200) (the VOA stories beside the checkout, else
the demo corpus, cycled; each copy gets its own closing line, so every document has its own
id and new numbers and names reach the string store), runs `belli ingest --workers N` on
it into a fresh store, and samples once a second, from /proc (Linux), the resident memory
of the ingest process and of each worker. Reports the peak of each process, the sum, and
the workers' memory over the second half of the run against the first quarter's: a
pipeline that keeps something per document grows between them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from belli.procfs import children, memory_mb

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
PLACES = ["Ganja", "Tartar", "Goris", "Kapan", "Agdam", "Fuzuli", "Jermuk", "Sotk", "Lachin"]


def base_texts() -> list[str]:
    if VOA.is_file():
        rows = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        return [r["text"] for r in rows if r.get("text")]
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "belli/demo/corpus").rglob("*.txt"))]


def write_corpus(folder: Path, docs: int, per_file: int = 200) -> None:
    """JSON Lines files of `per_file` documents (one file would pass max_input_bytes)."""
    texts = base_texts()
    folder.mkdir()
    for first in range(0, docs, per_file):
        with (folder / f"part-{first // per_file:05d}.jsonl").open("w", encoding="utf-8") as out:
            for i in range(first, min(first + per_file, docs)):
                closing = (f"\n\nOfficials reported {i % 997 + 3} incidents near "
                           f"{PLACES[i % len(PLACES)]} in report number {i}.")
                row = {"text": texts[i % len(texts)] + closing,
                       "published": f"2022-{i % 12 + 1:02d}-{i % 28 + 1:02d}"}
                out.write(json.dumps(row) + "\n")


def sample(proc: subprocess.Popen[bytes]) -> list[dict[str, Any]]:
    samples = []
    started = time.monotonic()
    while proc.poll() is None:
        workers = [c for c in children(proc.pid) if memory_mb(c) > 100]  # not the resource tracker
        samples.append({"t": round(time.monotonic() - started, 1), "main": memory_mb(proc.pid),
                        "workers": [memory_mb(c) for c in workers]})
        time.sleep(1)
    return samples


def summary(samples: list[dict[str, Any]], docs: int, workers: int, seconds: float,
            code: int) -> dict[str, Any]:
    def worker_mean(part: list[dict[str, Any]]) -> float:
        values = [max(s["workers"]) for s in part if s["workers"]]
        return round(sum(values) / len(values), 1) if values else 0.0

    n = len(samples)
    return {
        "docs": docs, "workers": workers, "seconds": round(seconds, 1), "exit_code": code,
        "docs_per_s": round(docs / seconds, 2) if seconds else None,
        "peak_main_mb": round(max((s["main"] for s in samples), default=0), 1),
        "peak_worker_mb": round(max((max(s["workers"], default=0) for s in samples),
                                    default=0), 1),
        "peak_total_mb": round(max((s["main"] + sum(s["workers"]) for s in samples),
                                   default=0), 1),
        "worker_mean_first_quarter_mb": worker_mean(samples[n // 8: n // 4]),
        "worker_mean_second_half_mb": worker_mean(samples[n // 2:]),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / "out" / "ingest-memory.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.docs)
        command = [sys.executable, "-m", "belli.cli", "--db", str(Path(tmp) / "m.duckdb"),
                   "ingest", "--workers", str(args.workers), str(corpus)]
        started = time.monotonic()
        proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        samples = sample(proc)
        result = summary(samples, args.docs, args.workers, time.monotonic() - started,
                         proc.wait())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({**result, "samples": samples}) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
