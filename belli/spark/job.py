"""The Spark job: inputs to Parquet tables, in two stages, with the local pipeline's records.

    spark-submit belli/spark/job.py --out s3://.../belli /Volumes/news/cc-news/
    python -m belli.spark --master 'local[*]' --out out/ corpus/

Stage A (one task per input file) reads, cleans, detects language and computes doc_id
with belli.ingest, and writes documents rows to OUT/_staging/read. Documents are then
made unique by doc_id (the first input holding an article keeps it, as `belli ingest`
keeps the first copy) and regrouped by doc_id into chunks of `chunk_size`. Stage B runs
the pipeline over each chunk and writes every table's rows to OUT/_staging/analysed.
Last, each table goes to OUT/<table>/source_file=.../pub_month=.../, one file per
partition, overwriting only the partitions this run wrote. Both intermediate results are
written rather than cached: Databricks' serverless compute cannot persist a DataFrame,
and Stage B must not run once per output table.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from functools import partial, reduce
from typing import TYPE_CHECKING

from belli.errors import BelliError, InputError
from belli.settings import Settings
from belli.spark.inputs import Inputs, find_inputs
from belli.spark.session import require_pyspark, spark_errors, spark_session
from belli.spark.stages import (
    FILE_COLUMN,
    SEQ_COLUMN,
    analyse,
    read_files,
    read_parquet_rows,
)
from belli.spark.tables import PARTITIONS, TABLE_COLUMN, TABLES, record_type

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

CHUNK_SIZE = 2000
# Parquet rows are numbered after every file's (file index << 32 | position).
_PARQUET_SEQ = 1 << 62


@dataclass(frozen=True, slots=True)
class SparkJob:
    """One run: inputs, the output folder, and how to cut the work."""

    inputs: tuple[str, ...]
    out: str
    settings: Settings = field(default_factory=Settings)
    chunk_size: int = CHUNK_SIZE
    partitions: int | None = None  # Stage B tasks; None: from chunk_size and the cores

    def __post_init__(self) -> None:
        if self.chunk_size < 1 or (self.partitions is not None and self.partitions < 1):
            raise InputError("--chunk-size and --partitions must be at least 1")


@dataclass(frozen=True, slots=True)
class JobReport:
    """What a run wrote: rows per table, duplicates dropped, Stage B tasks, seconds."""

    out: str
    rows: dict[str, int]
    duplicates: int
    partitions: int
    seconds: float
    phases_s: dict[str, float] = field(default_factory=dict)  # read, unique, analyse, write

    @property
    def documents(self) -> int:
        return self.rows.get("documents", 0)

    @property
    def failures(self) -> int:
        return self.rows.get("failures", 0)

    def summary(self) -> str:
        derived = ", ".join(f"{self.rows[t]} {t}" for t in TABLES[1:-1])
        return (f"{self.documents} documents ({derived}), {self.failures} failures, "
                f"{self.duplicates} duplicates dropped, in {self.seconds:.1f}s to {self.out}")


def run_job(spark: SparkSession, job: SparkJob) -> JobReport:
    """Run both stages and write the tables; raises BelliError with one line on failure."""
    found = find_inputs(job.inputs)
    clock = _Clock()
    out = job.out if "://" in job.out else os.path.abspath(job.out)  # as for the inputs
    staging = f"{out.rstrip('/')}/_staging"
    with spark_errors():
        _write_staging(read_stage(spark, found, job.settings), f"{staging}/read")
        clock.lap("read")
        documents, count, duplicates = unique_documents(
            _read_staging(spark, f"{staging}/read"))
        partitions = job.partitions or default_partitions(spark, count, job.chunk_size)
        clock.lap("unique")
        analysed = analyse_stage(documents.repartition(partitions, "documents.doc_id"),
                                 job.settings)
        _write_staging(analysed, f"{staging}/analysed")
        clock.lap("analyse")
        rows = write_tables(spark, staging, out)
        clock.lap("write")
    _remove_local(staging)
    return JobReport(out, rows, duplicates, partitions, clock.total(), clock.laps)


class _Clock:
    """Seconds per phase of a run, for the report and `belli bench --scale`."""

    def __init__(self) -> None:
        self.started = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name], self.last = now - self.last, now

    def total(self) -> float:
        return time.perf_counter() - self.started


def read_stage(spark: SparkSession, found: Inputs, settings: Settings) -> DataFrame:
    """Stage A: record rows (documents and ingest failures) from every input."""
    schema = record_type()
    frames = []
    if found.files:
        files = spark.range(0, len(found.files), 1, numPartitions=len(found.files))
        frames.append(files.mapInArrow(partial(read_files, found.files, settings, schema),
                                       schema))
    if found.parquet:
        rows = _parquet_rows(spark, found.parquet)
        frames.append(rows.mapInArrow(partial(read_parquet_rows, settings, schema), schema))
    return reduce(lambda a, b: a.unionByName(b), frames)


def _parquet_rows(spark: SparkSession, paths: tuple[str, ...]) -> DataFrame:
    from pyspark.sql import functions as F

    return spark.read.parquet(*paths).select(
        "*",
        F.col("_metadata.file_path").alias(FILE_COLUMN),
        (F.lit(_PARQUET_SEQ) + F.monotonically_increasing_id()).alias(SEQ_COLUMN),
    )


def unique_documents(records: DataFrame) -> tuple[DataFrame, int, int]:
    """Stage A's documents, one per doc_id (the lowest seq: the first input), how many
    there are, and how many copies were dropped."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    documents = records.where(F.col(TABLE_COLUMN) == "documents")
    first = Window.partitionBy("documents.doc_id").orderBy("documents.seq", "source_file")
    unique = (documents.withColumn("_rank", F.row_number().over(first))
              .where(F.col("_rank") == 1).drop("_rank"))
    counts = documents.agg(F.count("*").alias("total"),
                           F.count_distinct("documents.doc_id").alias("distinct")).collect()[0]
    return unique, int(counts["distinct"]), int(counts["total"]) - int(counts["distinct"])


def default_partitions(spark: SparkSession, documents: int, chunk_size: int) -> int:
    """Stage B tasks: chunks of about chunk_size documents, and at least one per core."""
    try:
        cores = int(spark.sparkContext.defaultParallelism)
    except Exception:  # noqa: BLE001 - Spark Connect has no SparkContext: chunks decide
        cores = 1
    return max(1, math.ceil(documents / chunk_size), cores)


def analyse_stage(documents: DataFrame, settings: Settings) -> DataFrame:
    """Stage B: every table's record rows from the (regrouped) documents rows."""
    schema = record_type()
    return documents.mapInArrow(partial(analyse, settings, schema), schema)


def write_tables(spark: SparkSession, staging: str, out: str) -> dict[str, int]:
    """Each table to OUT/<table>, partitioned, overwriting only the partitions written."""
    from pyspark.sql import functions as F

    read = _read_staging(spark, f"{staging}/read").where(F.col(TABLE_COLUMN) == "failures")
    records = _read_staging(spark, f"{staging}/analysed").unionByName(read)
    for name in TABLES:
        rows = records.where(F.col(TABLE_COLUMN) == name).select(f"{name}.*", *PARTITIONS)
        (rows.repartition(*PARTITIONS).write.mode("overwrite")
         .option("partitionOverwriteMode", "dynamic")
         .partitionBy(*PARTITIONS).parquet(f"{out.rstrip('/')}/{name}"))
    counts = {row[TABLE_COLUMN]: int(row["count"])
              for row in records.groupBy(TABLE_COLUMN).count().collect()}
    return {name: counts.get(name, 0) for name in TABLES}


def _write_staging(records: DataFrame, path: str) -> None:
    records.write.mode("overwrite").partitionBy(TABLE_COLUMN).parquet(path)


def _read_staging(spark: SparkSession, path: str) -> DataFrame:
    return spark.read.schema(record_type()).parquet(path)


def _remove_local(path: str) -> None:
    """Drop the staging folder when it is on this machine (remote ones are left, and
    overwritten by the next run)."""
    if "://" not in path:
        shutil.rmtree(path, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """`python -m belli.spark` and `spark-submit belli/spark/job.py`: one run, one line."""
    args = _parser().parse_args(argv)
    # spark-submit starts this Python with a gateway to its JVM; run alone, Spark is local
    master = args.master or (None if "PYSPARK_GATEWAY_PORT" in os.environ else "local[*]")
    try:
        require_pyspark()
        settings = Settings.load(batch_size=args.batch_size, model=args.model)
        find_inputs(args.inputs)  # a bad input stops here, before Spark starts
        spark = spark_session(master, spark_conf(args.conf))
        job = SparkJob(tuple(args.inputs), args.out, settings, args.chunk_size,
                       args.partitions)
        sys.stderr.write(run_job(spark, job).summary() + "\n")
    except BelliError as exc:
        sys.stderr.write(f"belli spark: error: {exc}\n")
        return 1
    return 0


def spark_conf(pairs: list[str]) -> dict[str, str]:
    """KEY=VALUE settings as a dict; a pair without "=" is refused."""
    bad = [pair for pair in pairs if "=" not in pair]
    if bad:
        raise InputError(f"--conf {bad[0]!r}: expected KEY=VALUE")
    return dict(pair.split("=", 1) for pair in pairs)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="belli.spark", description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="WARC, JSON Lines or Parquet files or folders")
    parser.add_argument("--out", required=True, help="output folder (Parquet per table)")
    parser.add_argument("--master", help="Spark master (default: spark-submit's)")
    parser.add_argument("--chunk-size", type=int, default=CHUNK_SIZE,
                        help="documents per Stage B task")
    parser.add_argument("--partitions", type=int, help="Stage B tasks (overrides --chunk-size)")
    parser.add_argument("--batch-size", type=int, help="documents per pipeline batch")
    parser.add_argument("--model", help="spaCy model")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                        help="a Spark setting; repeat for several")
    return parser


if __name__ == "__main__":
    sys.exit(main())
