"""belli against spaCy alone in CPU time, in one process, on the same texts.

    .venv/bin/python benchmarks/cpu_ratio.py [--corpus PATH] [--rounds N] [--limit N]
                                             [--profile FILE]

`belli bench` times wall clocks in separate processes: on a shared machine another
user's work lands in one part and not the other. Here both run in one process and take
turns, round after round (a pass of spaCy's `nlp.pipe` over the corpus with the plain
model, batches of `batch_size`, then a pass of belli's whole pipeline), each timed with
`time.process_time`, which counts this process's CPU only. The first round warms the
caches both sides keep and is reported apart. `--profile` writes cProfile stats of
belli's passes to FILE.
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belli.eval.bench import default_corpus, read_corpus
from belli.nlp import load_model
from belli.pipeline import build_pipeline
from belli.records import Article
from belli.settings import Settings


def spacy_pass(nlp: object, articles: list[Article], batch_size: int) -> Callable[[], int]:
    def run() -> int:
        docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)  # type: ignore[attr-defined]
        return sum(1 for doc in docs for _ in doc.sents)
    return run


def belli_pass(articles: list[Article], settings: Settings) -> Callable[[], int]:
    pipeline = build_pipeline(settings)

    def run() -> int:
        return sum(len(getattr(r, "sentences", ())) for r in pipeline.run(iter(articles)))
    return run


def cpu(run: Callable[[], int], profiler: cProfile.Profile | None = None) -> float:
    started = time.process_time()
    if profiler is None:
        run()
    else:
        profiler.runcall(run)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args()
    settings = Settings.load()
    articles = read_corpus(args.corpus or default_corpus(), settings, args.limit)
    started = time.process_time()
    ours = belli_pass(articles, settings)
    print(f"belli start-up {time.process_time() - started:.2f} s CPU", flush=True)
    floor = spacy_pass(load_model(settings.model), articles, settings.batch_size)
    profiler = cProfile.Profile() if args.profile else None
    totals = [0.0, 0.0]
    for round_ in range(args.rounds):
        spacy_s, belli_s = cpu(floor), cpu(ours, profiler)
        print(f"round {round_}: spaCy {spacy_s:.2f} s, belli {belli_s:.2f} s, "
              f"ratio {belli_s / spacy_s:.3f}", flush=True)
        if round_ or args.rounds == 1:
            totals = [totals[0] + spacy_s, totals[1] + belli_s]
    print(f"warm rounds: spaCy {totals[0]:.2f} s, belli {totals[1]:.2f} s, "
          f"ratio {totals[1] / totals[0]:.3f} ({len(articles)} articles a round)")
    if profiler is not None:
        profiler.dump_stats(args.profile)


if __name__ == "__main__":
    main()
