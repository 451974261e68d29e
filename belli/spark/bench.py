"""`belli bench --scale`: the Spark job's throughput on local[k], and what it predicts.

Measured on one corpus (the VOA stories, each copied `copies` times with a line that
makes each copy a new document, written as several JSON Lines files):
- the curve: a fresh local[k] session per k, one cold run (workers start and load the
  model, as a real job does) and one warm run; `rounds` times, k interleaved, so a
  burst of other work on a shared machine spoils one round, not one k (the best round
  counts); end-to-end seconds, articles per core-hour (articles / (seconds x k / 3600)),
  the phases of each run and the load average when it started;
- the marginal cost: a warm local[1] run over twice the corpus; the difference is what
  an article costs once the run's fixed part (job set-up, seven table writes) is paid;
- a sweep, warm, at the largest k: Stage B tasks (partitions) and pipeline batch sizes;
- overheads: seconds per Spark task (a job of empty tasks), and the model load.
`estimate_efficiency` turns these into a scaling efficiency at a given number of vCPUs
for a corpus of a given size: an estimate, with its arithmetic (docs/scale.md).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from belli import procfs
from belli.records import Article
from belli.settings import Settings
from belli.spark.job import SparkJob, run_job
from belli.spark.session import spark_session

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pyarrow as pa
    from pyspark.sql import SparkSession

CORES = (1, 2)
ROUNDS = 2
PARTITIONS = (2, 4, 8)
BATCH_SIZES = (8, 64)
_INPUT_FILES = 4
# A month of CC-NEWS (issue 11): articles, and WARC files of about 30,000 records each.
MONTH_ARTICLES = 12_000_000
MONTH_FILES = 400


@dataclass(frozen=True, slots=True)
class ScaleRun:
    """One run of the job: where, how cut, how long."""

    label: str
    cores: int
    articles: int
    partitions: int
    batch_size: int
    seconds: float
    phases_s: dict[str, float] = field(default_factory=dict)
    load: float = 0.0  # the 1-minute load average when the run started
    cpu_s: float | None = None  # CPU seconds of this process, its JVM and Python workers

    @property
    def per_core_hour(self) -> float:
        return self.articles * 3600 / (self.seconds * self.cores) if self.seconds else 0.0

    @property
    def per_cpu_hour(self) -> float | None:
        """Articles per hour of CPU the job itself used: on a shared machine, what the
        wall clock cannot show (it counts the other tenants' time too)."""
        return self.articles * 3600 / self.cpu_s if self.cpu_s else None


@dataclass(frozen=True, slots=True)
class ScaleReport:
    corpus: str
    articles: int
    runs: tuple[ScaleRun, ...]
    task_overhead_s: float
    model_load_s: float

    def run(self, label: str, cores: int) -> ScaleRun | None:
        """The best (fastest) run of that label on that many cores."""
        found = [r for r in self.runs if r.label == label and r.cores == cores]
        return min(found, key=lambda r: r.seconds) if found else None


def scale_bench(corpus: Path, copies: int, settings: Settings,
                cores: Sequence[int] = CORES, rounds: int = ROUNDS) -> ScaleReport:
    """Measure the curve, the marginal cost, the sweep and the overheads (see above)."""
    with tempfile.TemporaryDirectory(prefix="belli-scale-") as folder:
        small = _job(write_copies(corpus, copies, Path(folder) / "in", settings), folder,
                     settings)
        large = _job(write_copies(corpus, 2 * copies, Path(folder) / "in2", settings),
                     folder, settings)
        runs: list[ScaleRun] = []
        for last in [False] * (rounds - 1) + [True]:
            for k in cores:
                spark = _fresh_session(f"local[{k}]")
                runs += [_timed(spark, small, "cold", k), _timed(spark, small, "warm", k)]
                if last and k == 1:
                    runs.append(_timed(spark, large, "warm, 2x corpus", k))
        runs += _sweep(spark, small, max(cores))
        overhead = task_overhead(spark, 8 * max(cores))
        spark.stop()
    articles = runs[0].articles
    return ScaleReport(str(corpus), articles, tuple(runs), overhead, model_load(settings))


def _job(inputs: list[Path], folder: str, settings: Settings) -> SparkJob:
    return SparkJob(tuple(map(str, inputs)), f"{folder}/out", settings)


def write_copies(corpus: Path, copies: int, folder: Path, settings: Settings) -> list[Path]:
    """The corpus `copies` times over as JSON Lines files; each copy of an article ends in
    a line of its own ("(Copy 2.)"), so every copy is a document of its own."""
    from belli.eval.bench import read_corpus

    articles = read_corpus(corpus, settings)
    folder.mkdir(parents=True)
    paths = [folder / f"part-{i}.jsonl" for i in range(_INPUT_FILES)]
    handles = [path.open("w", encoding="utf-8") for path in paths]
    for n in range(copies):
        for i, article in enumerate(articles):
            handles[(n * len(articles) + i) % len(handles)].write(_copy_line(article, n) + "\n")
    for handle in handles:
        handle.close()
    return paths


def _copy_line(article: Article, n: int) -> str:
    row = {"text": f"{article.text}\n\n(Copy {n + 1}.)", "title": article.title,
           "published": article.published, "url": article.url,
           "publisher": article.publisher}
    return json.dumps(row, ensure_ascii=False)


def _fresh_session(master: str) -> SparkSession:
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()
    return spark_session(master)


def _timed(spark: SparkSession, job: SparkJob, label: str, cores: int) -> ScaleRun:
    load, cpu = os.getloadavg()[0], tree_cpu_s()
    report = run_job(spark, job)
    after = tree_cpu_s()
    used = round(after - cpu, 2) if after is not None and cpu is not None else None
    return ScaleRun(label, cores, report.documents, report.partitions,
                    job.settings.batch_size, report.seconds,
                    {k: round(v, 2) for k, v in report.phases_s.items()}, round(load, 2), used)


def tree_cpu_s(root: int | None = None) -> float | None:
    """CPU seconds used so far by a process and its descendants (the JVM, the Python
    workers, and the workers they reaped), from /proc; None where there is no /proc."""
    if not Path("/proc/self/stat").exists():
        return None
    tree, todo = [], [root or os.getpid()]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += procfs.children(pid)
    return sum(_cpu_ticks(pid) for pid in tree) / os.sysconf("SC_CLK_TCK")


def _cpu_ticks(pid: int) -> int:
    """utime + stime + cutime + cstime (fields 14-17 of /proc/PID/stat); 0 once gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return sum(int(x) for x in fields[11:15])


def _sweep(spark: SparkSession, job: SparkJob, cores: int) -> list[ScaleRun]:
    """Warm runs at `cores`: Stage B tasks, then pipeline batch sizes."""
    runs = []
    for partitions in PARTITIONS:
        cut = SparkJob(job.inputs, job.out, job.settings, partitions=partitions)
        runs.append(_timed(spark, cut, f"partitions={partitions}", cores))
    for size in BATCH_SIZES:
        cut = SparkJob(job.inputs, job.out, job.settings.with_(batch_size=size))
        runs.append(_timed(spark, cut, f"batch_size={size}", cores))
    return runs


def task_overhead(spark: SparkSession, tasks: int) -> float:
    """Seconds a Spark task costs when it does nothing (mapInArrow, Python worker warm)."""
    empty = spark.range(0, tasks, 1, numPartitions=tasks)
    empty.mapInArrow(_passthrough, empty.schema).count()  # warm the workers
    started = time.perf_counter()
    empty.mapInArrow(_passthrough, empty.schema).count()
    return (time.perf_counter() - started) / tasks


def _passthrough(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    yield from batches


def model_load(settings: Settings) -> float:
    """Seconds to build the pipeline (load the model) once: every Python worker pays it."""
    from belli.pipeline import build_pipeline

    started = time.perf_counter()
    build_pipeline(settings)
    return time.perf_counter() - started


@dataclass(frozen=True, slots=True)
class Estimate:
    """Scaling efficiency at `vcpus`, as a product of three measured or counted factors."""

    vcpus: int
    articles: int
    node: float  # cost per article at 1 core / at the largest k (node_factor)
    waves: float  # Stage A and B tasks over vcpus: the last wave runs part-full
    serial: float  # the parallel wall time against it plus the run's fixed part
    core_s_per_article: float  # marginal, warm, at 1 core: (T(2N) - T(N)) / N
    fixed_s: float  # T(N) - N x marginal, plus one model load

    @property
    def efficiency(self) -> float:
        return self.node * self.waves * self.serial

    @property
    def per_core_hour(self) -> float:
        """Articles per core-hour once the fixed part is paid, at the efficiency above."""
        return 3600 / self.core_s_per_article * self.efficiency


def estimate_efficiency(report: ScaleReport, vcpus: int = 64,
                        articles: int = MONTH_ARTICLES, files: int = MONTH_FILES,
                        chunk_size: int = 2000) -> Estimate:
    """The efficiency a corpus of `articles` in `files` would see on `vcpus` (see docs)."""
    one, many = report.run("warm", 1), _largest(report)
    if one is None or many is None:
        raise ValueError("the estimate needs warm runs at 1 core and at more")
    node = node_factor(report, one, many)
    per_article = marginal_s(report, one)
    fixed = max(one.seconds - one.articles * per_article, 0.0) + report.model_load_s
    parallel_wall = articles * per_article / vcpus
    waves = _wave_efficiency(files, vcpus, _read_s(one) / one.seconds) * _wave_efficiency(
        math.ceil(articles / chunk_size), vcpus, _analyse_s(one) / one.seconds)
    serial = parallel_wall / (parallel_wall + fixed)
    return Estimate(vcpus, articles, min(node, 1.0), waves, serial, per_article, fixed)


def node_factor(report: ScaleReport, one: ScaleRun, many: ScaleRun) -> float:
    """Cost per article at 1 core over its cost at `many` cores: from the CPU the job used
    where measured (the best warm run of each), else from the analyse phase's wall time."""
    cpu = {k: [r.cpu_s / r.articles for r in report.runs
               if r.label == "warm" and r.cores == k and r.cpu_s]
           for k in (one.cores, many.cores)}
    if all(cpu.values()):
        return min(cpu[one.cores]) / min(cpu[many.cores])
    return _analyse_s(one) * one.cores / (_analyse_s(many) * many.cores)


def marginal_s(report: ScaleReport, small: ScaleRun) -> float:
    """Core-seconds one more article costs, warm, at 1 core: (T(2N) - T(N)) / N; the
    average T(N) / N where noise makes the difference meaningless."""
    large = report.run("warm, 2x corpus", 1)
    if large is None or large.seconds <= small.seconds:
        return small.seconds / small.articles
    return (large.seconds - small.seconds) / (large.articles - small.articles)


def _largest(report: ScaleReport) -> ScaleRun | None:
    most = max((r.cores for r in report.runs if r.label == "warm"), default=1)
    return report.run("warm", most) if most > 1 else None


def _analyse_s(run: ScaleRun) -> float:
    return run.phases_s.get("analyse", run.seconds)


def _read_s(run: ScaleRun) -> float:
    return run.phases_s.get("read", 0.0)


def _wave_efficiency(tasks: int, vcpus: int, share: float) -> float:
    """Equal tasks over vcpus take ceil(tasks / vcpus) waves for tasks / vcpus of work;
    weighted by the share of the run the stage takes."""
    full = (tasks / vcpus) / math.ceil(tasks / vcpus)
    return 1 - share * (1 - full)


def report_dict(report: ScaleReport) -> dict[str, Any]:
    runs = [{**asdict(r), "per_core_hour": round(r.per_core_hour),
             "per_cpu_hour": round(r.per_cpu_hour or 0)} for r in report.runs]
    estimate = estimate_efficiency(report)
    return {**asdict(report), "runs": runs, "estimate": asdict(estimate),
            "efficiency_64": round(estimate.efficiency, 3),
            "per_core_hour_64": round(estimate.per_core_hour), "cpu_count": os.cpu_count()}


def render(report: ScaleReport) -> str:
    """The runs as a table, then the overheads and the 64-vCPU estimate."""
    lines = [f"corpus: {report.corpus} ({report.articles} articles)",
             ("run               cores  articles  tasks  batch  seconds  articles/core-hour"
              "  load  articles/CPU-hour  phases (s)")]
    for r in report.runs:
        phases = " ".join(f"{k}={v:.1f}" for k, v in r.phases_s.items())
        lines.append(f"{r.label:<17} {r.cores:>5} {r.articles:>9} {r.partitions:>6} "
                     f"{r.batch_size:>6} {r.seconds:>8.1f} {r.per_core_hour:>19,.0f} "
                     f"{r.load:>5.1f} {r.per_cpu_hour or 0:>18,.0f}  {phases}")
    est = estimate_efficiency(report)
    lines += [(f"task overhead: {report.task_overhead_s * 1000:.0f} ms; model load: "
              f"{report.model_load_s:.1f} s per Python worker; fixed part of a run: "
              f"{est.fixed_s:.1f} s"),
              (f"marginal cost: {est.core_s_per_article:.3f} core-s per article, "
               f"{3600 / est.core_s_per_article:,.0f} articles per core-hour at 1 core, "
               f"{est.per_core_hour:,.0f} at {est.vcpus} vCPUs (estimated)"),
              (f"estimated efficiency at {est.vcpus} vCPUs for {est.articles:,} articles: "
              f"{est.efficiency:.3f} = node {est.node:.3f} x waves {est.waves:.3f} x "
              f"serial {est.serial:.4f} (an estimate; docs/scale.md shows the arithmetic)")]
    return "\n".join(lines)


def scale_command(corpus: Path | None, copies: int, settings: Settings, fmt: str) -> str:
    """`belli bench --scale`: the report as a table or JSON (needs the `spark` extra)."""
    from belli.eval.bench import default_corpus
    from belli.spark.session import require_pyspark

    require_pyspark()
    report = scale_bench(corpus or default_corpus(), copies, settings)
    return render(report) if fmt == "table" else json.dumps(report_dict(report), indent=2)
