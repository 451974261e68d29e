"""`belli eval` and `belli bench` as Typer-style functions; belli/cli.py registers them.

Each command calls one library function and formats its result; errors are BelliErrors,
which the main CLI turns into one line and a non-zero exit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from belli.errors import InputError
from belli.settings import Settings

__all__ = ["bench_command", "eval_command"]

_FORMATS = ("table", "json")
_SETS = ("re3d, meantime_en, plover_gsr, petr2_gsr_validation, petrarch2_unittest, muc4_dev, "
         "muc4_train, tempeval3_platinum, geowebnews, lgl, golden, linking, relations")

Format = Annotated[str, typer.Option("--format", help="table or json.")]


def _settings(ctx: typer.Context | None) -> Settings:
    # the main CLI keeps --db/--model in the root context; used alone, settings come from env
    options: Any = ctx.find_root().obj if ctx is not None else None
    return options.settings() if hasattr(options, "settings") else Settings.load()


def _check_format(format: str) -> None:
    if format not in _FORMATS:
        raise InputError(f"unknown format {format!r}", hint="use table or json")


def eval_command(
    ctx: typer.Context,
    dataset: Annotated[str, typer.Argument(help=f"A gold set ({_SETS}) or 'all'.")],
    data: Annotated[Path | None, typer.Option(
        "--data", help="Gold folder (default $BELLI_EVAL_DATA, else ../shared/eval).")] = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", help="Score the first N records (0 = all; muc4_train defaults to 300).")] = None,
    format: Format = "table",
    errors: Annotated[Path | None, typer.Option(
        "--errors", help="Write per-record errors (gold vs predicted) as JSON Lines.")] = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Write eval/results/<dataset>.json.")] = False,
) -> None:
    """Score belli against public gold data: entities, actors, events, dates, places."""
    from belli.eval.gold import data_dir, dataset_spec, gold_path
    from belli.eval.report import render_table, report_dict, write_errors, write_results
    from belli.eval.runner import dataset_names, evaluate
    from belli.pipeline import build_pipeline

    _check_format(format)
    names = dataset_names(dataset)
    folder = data_dir(data)  # fail on a missing folder or file before the model loads
    for name in names:
        gold_path(dataset_spec(name), folder)
    settings = _settings(ctx)
    pipeline = build_pipeline(settings)
    reports = []
    for name in names:
        report = evaluate(name, pipeline, folder, limit)
        reports.append(report)
        if format == "table":
            typer.echo(render_table(report) + "\n")
        if write:
            typer.echo(f"wrote {write_results(report, _model_info(settings))}", err=True)
    if format == "json":
        payload: Any = [report_dict(r) for r in reports]
        typer.echo(json.dumps(payload if dataset == "all" else payload[0], indent=2))
    if errors is not None:
        typer.echo(f"wrote {write_errors(reports, errors)} errors to {errors}", err=True)


def _model_info(settings: Settings) -> dict[str, Any]:
    from belli.nlp import load_model

    meta = getattr(load_model(settings.model), "meta", {}) or {}
    return {"name": settings.model, "version": meta.get("version"), "spacy": _version("spacy")}


def _version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _profile(corpus: Path, settings: Settings, limit: int | None, format: str) -> None:
    from dataclasses import asdict

    from belli.eval.profile import render_profile, run_profile

    result = run_profile(corpus, settings, limit)
    typer.echo(render_profile(result) if format == "table" else json.dumps(asdict(result),
                                                                           indent=2))


def bench_command(
    ctx: typer.Context,
    corpus: Annotated[Path | None, typer.Option(
        "--corpus", help="JSON Lines or a folder (default ../shared/corpus/voa/voa_stories.jsonl, "
        "else the demo corpus).")] = None,
    repeat: Annotated[int, typer.Option("--repeat", help="Stream the corpus N times.")] = 1,
    scaling: Annotated[bool, typer.Option(
        "--scaling", help="Also at 4x and 16x the corpus: time and peak memory growth.")] = False,
    limit: Annotated[int | None, typer.Option(
        "--limit", help="Use the first N articles of the corpus.")] = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, help="Also run belli in N worker processes.")] = 1,
    profile: Annotated[bool, typer.Option(
        "--profile", help="Instead: where the time goes, per spaCy component and stage.")]
    = False,
    scale: Annotated[bool, typer.Option(
        "--scale", help="Instead: the Spark job on local[1] and local[2], the corpus "
        "--repeat times (needs the spark extra; docs/scale.md).")] = False,
    format: Format = "table",
) -> None:
    """Time belli against spaCy's nlp.pipe alone on the same texts; peak memory per part."""
    from belli.eval.bench import bench, bench_dict, default_corpus, render_bench

    _check_format(format)
    if repeat < 1:
        raise InputError("--repeat must be at least 1")
    if profile:
        _profile(corpus or default_corpus(), _settings(ctx), limit, format)
        return
    if scale:
        from belli.spark.bench import scale_command

        typer.echo(scale_command(corpus, repeat, _settings(ctx), format))
        return
    report = bench(corpus, repeat, scaling, _settings(ctx), limit, workers)
    typer.echo(render_bench(report) if format == "table" else json.dumps(bench_dict(report), indent=2))
