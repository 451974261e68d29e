"""`belli spark` (the job on a local Spark) and `belli import-parquet` (its output into the
store). `register(app)` adds both to belli's CLI; neither imports pyspark until it runs,
so the CLI works without the `spark` extra and `belli spark` then says to install it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from belli.errors import InputError
from belli.spark.job import CHUNK_SIZE
from belli.spark.session import require_pyspark

__all__ = ["import_parquet_command", "register", "spark_command"]


def register(app: typer.Typer) -> None:
    """Add `belli spark` and `belli import-parquet` to a Typer app."""
    app.command("spark")(spark_command)
    app.command("import-parquet")(import_parquet_command)


def spark_command(
    ctx: typer.Context,
    inputs: Annotated[list[str] | None, typer.Argument(
        help="WARC (CC-NEWS), JSON Lines or Parquet files, or folders of them.")] = None,
    out: Annotated[str | None, typer.Option(
        "--out", "-o", help="Folder for the Parquet tables (one folder per table).")] = None,
    master: Annotated[str, typer.Option(
        help="Spark master: local[N], local-cluster[...], spark://host:port.")] = "local[*]",
    chunk_size: Annotated[int, typer.Option(
        help="Documents per Stage B task (one pipeline per worker).")] = CHUNK_SIZE,
    partitions: Annotated[int | None, typer.Option(
        help="Stage B tasks (default: from --chunk-size, at least one per core).")] = None,
    batch_size: Annotated[int | None, typer.Option(
        help="Documents per pipeline batch (process_batch).")] = None,
    conf: Annotated[list[str] | None, typer.Option(
        "--conf", metavar="KEY=VALUE", help="A Spark setting; repeat for several.")] = None,
) -> None:
    """Analyse a corpus on Spark into Parquet tables (documents, mentions, events, claims,
    failures, ...) partitioned by input file and publication month; see docs/scale.md."""
    require_pyspark()
    if not inputs or out is None:
        raise InputError("belli spark needs inputs and --out",
                         hint="belli spark CORPUS... --out FOLDER")
    from belli.cli_logging import info_line as _info_line
    from belli.cli_options import command_settings as _settings
    from belli.spark.inputs import find_inputs
    from belli.spark.job import SparkJob, run_job, spark_conf
    from belli.spark.session import spark_session

    find_inputs(inputs)  # a bad input stops here, before Spark starts
    settings = _settings(ctx)
    if batch_size is not None:
        settings = settings.with_(batch_size=batch_size)
    spark = spark_session(master, spark_conf(conf or []))
    job = SparkJob(tuple(inputs), out, settings, chunk_size, partitions)
    _info_line(run_job(spark, job).summary())


def import_parquet_command(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(
        help="The --out folder of `belli spark` or of `belli export --format parquet`.")],
) -> None:
    """Import the Parquet tables of `belli spark`, or a Parquet export of a store, into
    the store (--db), for `belli serve` and every query. Documents already stored are
    skipped; an edit of a stored article replaces it; an export's deletions.parquet (an
    incremental `belli export --since`) removes what its store removed."""
    from belli import api
    from belli.cli_logging import info_line as _info_line
    from belli.cli_options import command_settings as _settings
    from belli.spark.importer import import_parquet

    with api.open_store(settings=_settings(ctx)) as store:
        report = import_parquet(folder, store)
    _info_line(report.summary())

