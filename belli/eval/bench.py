"""`belli bench`: belli's pipeline against the spaCy floor, on the same texts, in the same run.

Each measured part runs in a fresh Python process (`python -m belli.eval.bench PART ...`)
so its peak resident memory (getrusage ru_maxrss; tracemalloc would slow the run and
miss native memory) belongs to that part alone:

- `belli`: `build_pipeline(settings).run(articles)`, streamed in `batch_size` batches and
  dropped as they come, the way `belli extract` consumes it;
- `spacy`: `nlp.pipe(texts, batch_size=batch_size)` with the plain model (`load_model`),
  every Doc produced and dropped: the floor belli's time is compared with;
- `spacy_gemm`: the same, with the plain model multiplying on belli's `gemm` library
  (one thread): what spaCy alone would take with the one change belli makes to how the
  networks run, so the ratio against it is belli's own work (run unless `gemm` is blis,
  thinc's default, where it is the `spacy` part).

The corpus is read once per process, before the clock starts (reading and cleaning are
ingestion, timed separately as `read_s`); `repeat` streams it that many times, so peak
memory shows whether the pipeline holds on to anything as the stream grows.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from belli.errors import InputError
from belli.records import Analysis, Article, Failure
from belli.settings import Settings

PARTS = ("belli", "spacy", "spacy_gemm")
SCALES = (1, 4, 16)
_PACKAGE_PARENT = Path(__file__).resolve().parents[2]
VOA = _PACKAGE_PARENT.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
DEMO = _PACKAGE_PARENT / "belli" / "demo" / "corpus"


@dataclass(frozen=True, slots=True)
class PartResult:
    """One measured run: throughput, memory and (for belli) time per stage."""

    part: str
    repeat: int
    articles: int
    words: int
    seconds: float
    load_s: float
    read_s: float
    rss_loaded_mb: float
    peak_rss_mb: float
    timings_s: dict[str, float] = field(default_factory=dict)
    # articles that became Failures: a failing stage reruns its batch article by article,
    # so failures cost time as well as output
    failed: int = 0
    # worker processes (belli only); their peak memory is added to this process's
    workers: int = 1
    sentences: int = 0

    @property
    def sentences_per_s(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "articles_per_s": round(self.articles_per_s, 2),
                "words_per_s": round(self.words_per_s, 1),
                "sentences_per_s": round(self.sentences_per_s, 1)}


@dataclass(frozen=True, slots=True)
class BenchReport:
    corpus: str
    model: str
    batch_size: int
    runs: tuple[PartResult, ...]

    def part(self, name: str, repeat: int, workers: int = 1) -> PartResult | None:
        return next((r for r in self.runs if r.part == name and r.repeat == repeat
                     and r.workers == workers), None)

    def ratio(self, repeat: int, floor_part: str = "spacy") -> float | None:
        """belli time (one worker) / spaCy time at one corpus size."""
        ours, floor = self.part("belli", repeat), self.part(floor_part, repeat)
        return ours.seconds / floor.seconds if ours and floor and floor.seconds else None

    def speedup(self, repeat: int, workers: int) -> float | None:
        """Throughput with `workers` worker processes over one worker's."""
        one, many = self.part("belli", repeat), self.part("belli", repeat, workers)
        return one.seconds / many.seconds if one and many and many.seconds else None


def default_corpus() -> Path:
    """The VOA stories beside the checkout, else the demo corpus shipped in the package."""
    if VOA.is_file():
        return VOA
    if DEMO.is_dir():
        return DEMO
    raise InputError("no benchmark corpus found", hint="pass --corpus PATH (JSON Lines or a folder)")


def read_corpus(path: Path, settings: Settings, limit: int | None = None) -> list[Article]:
    """The corpus as Articles: via belli.ingest when it offers read_sources, else JSONL/txt."""
    try:
        from belli.ingest import read_sources  # type: ignore[attr-defined]
    except ImportError:
        items: Iterator[Article | Failure] = _read_plain(path)
    else:
        items = read_sources([str(path)], settings)
    articles = [a for a in items if isinstance(a, Article) and a.text.strip()]
    if not articles:
        raise InputError(f"no article text in {path}")
    return articles[:limit] if limit else articles


def _read_plain(path: Path) -> Iterator[Article]:
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if file.suffix == ".jsonl":
            with file.open(encoding="utf-8") as handle:
                for line in handle:
                    row = json.loads(line) if line.strip() else {}
                    if row.get("text"):
                        yield Article.from_text(row["text"], title=row.get("title"),
                                                published=(row.get("published") or "")[:10] or None)
        elif file.suffix in (".txt", ".text"):
            yield Article.from_text(file.read_text(encoding="utf-8", errors="replace"))


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


def measure(part: str, corpus: Path, repeat: int, settings: Settings, limit: int | None = None) -> PartResult:
    """Run one part in this process (the worker side of run_part)."""
    started = time.perf_counter()
    articles = read_corpus(corpus, settings, limit)
    read_s = time.perf_counter() - started
    stream = (a for _ in range(repeat) for a in articles)
    run = _RUNS.get(part) or (_run_pool if settings.workers > 1 else _run_belli)
    timed = run(stream, settings)
    words = repeat * sum(len(a.text.split()) for a in articles)
    return PartResult(part, repeat, timed.count, words, round(timed.seconds, 3),
                      round(timed.load_s, 3), round(read_s, 3), round(timed.loaded_mb, 1),
                      round(_peak_mb() + timed.workers_mb, 1), timed.timings_s, timed.failed,
                      max(settings.workers, 1) if part == "belli" else 1, timed.sentences)


@dataclass(slots=True)
class _Timed:
    load_s: float = 0.0
    loaded_mb: float = 0.0
    seconds: float = 0.0
    count: int = 0
    sentences: int = 0
    failed: int = 0
    timings_s: dict[str, float] = field(default_factory=dict)
    workers_mb: float = 0.0


def _run_belli(stream: Iterator[Article], settings: Settings) -> _Timed:
    from belli.pipeline import build_pipeline, settle_for_run

    started = time.perf_counter()
    pipeline = build_pipeline(settings)
    settle_for_run()  # as the CLI does (belli.workers.InProcess); workers do it themselves
    timed = _Timed(load_s=time.perf_counter() - started, loaded_mb=_peak_mb())
    started = time.perf_counter()
    for result in pipeline.run(stream):
        timed.count += 1
        timed.sentences += 0 if isinstance(result, Failure) else len(result.sentences)
        timed.failed += isinstance(result, Failure)
    timed.seconds = time.perf_counter() - started
    timed.timings_s = {k: round(v, 3) for k, v in pipeline.timings_s.items()}
    return timed


def _run_pool(stream: Iterator[Article], settings: Settings) -> _Timed:
    """belli's pipeline in `settings.workers` worker processes, the way `belli ingest`
    runs it; the clock starts once every worker has loaded its model (the pool waits
    for that when it starts)."""
    from belli.workers import WorkerPool

    started = time.perf_counter()
    pool = WorkerPool(settings, settings.workers)
    try:
        timed = _Timed(load_s=time.perf_counter() - started, loaded_mb=_peak_mb())
        started = time.perf_counter()
        for batch in pool.map(_batches(stream, settings.batch_size)):
            timed.count += len(batch)
            timed.sentences += sum(len(r.sentences) for r in batch if isinstance(r, Analysis))
            timed.failed += sum(isinstance(r, Failure) for r in batch)
        timed.seconds = time.perf_counter() - started
        timed.workers_mb = pool.peak_rss_mb()
    finally:
        pool.close()
    return timed


def _batches(stream: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(stream, size)):
        yield batch


def _run_spacy(stream: Iterator[Article], settings: Settings) -> _Timed:
    from belli.nlp import load_model

    started = time.perf_counter()
    nlp = load_model(settings.model)
    timed = _Timed(load_s=time.perf_counter() - started, loaded_mb=_peak_mb())
    return _parse_all(nlp, stream, settings, timed)


def _run_spacy_gemm(stream: Iterator[Article], settings: Settings) -> _Timed:
    from belli.nlp.blas import one_blas_thread, use_gemm
    from belli.nlp.model import load_model

    started = time.perf_counter()
    nlp = load_model(settings.model, fresh=True)
    use_gemm(nlp, settings.gemm)
    timed = _Timed(load_s=time.perf_counter() - started, loaded_mb=_peak_mb())
    with one_blas_thread():
        return _parse_all(nlp, stream, settings, timed)


def _parse_all(nlp: Any, stream: Iterator[Article], settings: Settings, timed: _Timed) -> _Timed:
    started = time.perf_counter()
    docs = nlp.pipe((a.text for a in stream), batch_size=settings.batch_size)
    for doc in docs:
        timed.count += 1
        timed.sentences += sum(1 for _ in doc.sents)
    timed.seconds = time.perf_counter() - started
    return timed


_RUNS = {"spacy": _run_spacy, "spacy_gemm": _run_spacy_gemm}


def run_part(part: str, corpus: Path, repeat: int, settings: Settings, limit: int | None = None) -> PartResult:
    """Run one part in a fresh Python process, so its peak memory is its own."""
    command = ["belli.eval.bench", part, str(corpus),
               "--repeat", str(repeat), "--model", settings.model,
               "--batch-size", str(settings.batch_size), "--workers", str(settings.workers),
               "--gemm", settings.gemm]
    if limit:
        command += ["--limit", str(limit)]
    return PartResult(**{k: v for k, v in run_module(command, f"part {part!r}").items()
                         if not k.endswith("_per_s")})


def run_module(command: list[str], what: str) -> dict[str, Any]:
    """`python -m COMMAND...` in a fresh process, with this checkout importable; the JSON
    object it prints."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(_PACKAGE_PARENT), os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, "-m", *command], capture_output=True, text=True,
                          env=env, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise InputError(f"benchmark {what} failed: {last}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def compile_bytecode() -> bool:
    """belli's modules compiled ahead, as pip does when it installs a package. Where
    PYTHONDONTWRITEBYTECODE is set (our CI machines set it) an editable checkout has no
    bytecode, and every fresh process compiled belli's sources again: about 0.27 s of CPU
    of each start-up (2026-12-06), which is Python's work, not the pipeline's. Whether
    all compiled (compileall reports, never raises: a read-only install keeps what it has)."""
    import compileall

    return bool(compileall.compile_dir(str(_PACKAGE_PARENT / "belli"), quiet=2))


def bench(
    corpus: Path | None = None, repeat: int = 1, scaling: bool = False,
    settings: Settings | None = None, limit: int | None = None, workers: int = 1,
) -> BenchReport:
    """belli and the spaCy floor on the same texts; with `scaling`, at 1x, 4x and 16x;
    with `workers` above 1, belli again in that many worker processes."""
    settings = settings or Settings.load()
    path = corpus or default_corpus()
    if not path.exists():
        raise InputError(f"corpus not found: {path}")
    scales = [repeat * s for s in SCALES] if scaling else [repeat]
    compile_bytecode()
    one = settings.with_(workers=1)
    parts = PARTS if settings.gemm != "blis" else PARTS[:2]
    runs = [run_part(part, path, r, one, limit) for r in scales for part in parts]
    if workers > 1:
        many = settings.with_(workers=workers)
        runs += [run_part("belli", path, r, many, limit) for r in scales]
    return BenchReport(str(path), settings.model, settings.batch_size, tuple(runs))


def bench_dict(report: BenchReport) -> dict[str, Any]:
    repeats = sorted({r.repeat for r in report.runs})
    many = sorted({r.workers for r in report.runs if r.workers > 1})
    return {
        "corpus": report.corpus, "model": report.model, "batch_size": report.batch_size,
        "runs": [r.to_dict() for r in report.runs],
        "ratio_belli_over_spacy": {str(r): _round(report.ratio(r)) for r in repeats},
        "ratio_belli_over_spacy_same_gemm": {str(r): _round(report.ratio(r, "spacy_gemm")
                                                            or report.ratio(r))
                                             for r in repeats},
        "speedup_over_one_worker": {f"{w}x{r}": _round(report.speedup(r, w))
                                    for w in many for r in repeats},
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def render_bench(report: BenchReport) -> str:
    """Throughput and memory per part and corpus size, the ratio, and where belli's time goes."""
    first = report.runs[0]
    header = (f"{'part':<11}{'repeat':>7}{'articles':>10}{'seconds':>10}{'art/s':>8}{'words/s':>10}"
              f"{'sent/s':>8}{'load s':>8}{'RSS loaded MB':>15}{'peak MB':>9}{'failed':>8}{'ratio':>7}")
    title = (f"corpus {report.corpus}: {first.articles // first.repeat} articles, "
             f"{first.words // first.repeat:,} words; model {report.model}, batch {report.batch_size}")
    lines = [title, "", header]
    for run in report.runs:
        ratio = report.ratio(run.repeat) if (run.part, run.workers) == ("belli", 1) else None
        name = f"{run.part} x{run.workers}" if run.workers > 1 else run.part
        lines.append(
            f"{name:<11}{run.repeat:>7}{run.articles:>10}{run.seconds:>10.2f}{run.articles_per_s:>8.2f}"
            f"{run.words_per_s:>10.0f}{run.sentences_per_s:>8.0f}{run.load_s:>8.2f}{run.rss_loaded_mb:>15.0f}{run.peak_rss_mb:>9.0f}"
            f"{run.failed:>8}"
            + (f"{ratio:>7.2f}" if ratio is not None else "")
        )
    lines += ["", ("ratio = belli time (one worker) / spaCy-only time on the same texts "
                   "(target: at most 1.0); PETRARCH2 codes 186-200 sentences/s here")]
    lines += [f"against spaCy on belli's multiply (spacy_gemm) at repeat {r}: {same:.2f}"
              for r in sorted({run.repeat for run in report.runs})
              if (same := report.ratio(r, "spacy_gemm")) is not None]
    for run in report.runs:
        speedup = report.speedup(run.repeat, run.workers) if run.workers > 1 else None
        if speedup is not None:
            lines.append(f"{run.workers} workers at repeat {run.repeat}: {speedup:.2f}x the "
                         "throughput of one (target with 2 workers on 2 cores: at least 1.7)")
    for run in report.runs:
        if run.part == "belli" and run.workers == 1 and run.timings_s:
            total = sum(run.timings_s.values()) or 1.0
            lines.append(f"stages at repeat {run.repeat}: " + ", ".join(
                f"{name} {secs:.2f} s ({100 * secs / total:.0f}%)" for name, secs in run.timings_s.items()
            ))
    return "\n".join(lines)


def _worker(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m belli.eval.bench")
    parser.add_argument("part", choices=PARTS)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--gemm", default=None)
    args = parser.parse_args(argv)
    settings = Settings.load(model=args.model, batch_size=args.batch_size, workers=args.workers,
                             gemm=args.gemm)
    result = measure(args.part, args.corpus, args.repeat, settings, args.limit)
    sys.stdout.write(json.dumps(result.to_dict()) + "\n")


if __name__ == "__main__":
    _worker()
