"""The `belli` command: a thin Typer layer over belli.api.

Data goes to stdout (JSON Lines, CSV, tables); logs, progress bars and errors go to
stderr. Any BelliError ends the command with one line, `belli: error: <message> (hint)`,
and a non-zero exit; Ctrl-C exits 130.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.exceptions import Abort, TyperException

from belli import api
from belli.cli_logging import (
    FailureLines,
    error_line,
    forget_verbose,
    info_line,
    is_verbose,
    logging_state,
    restore_logging,
    set_verbose,
)
from belli.cli_options import (
    HELP,
    EventSort,
    ExportFormat,
    GlobalOptionsGroup,
    MinConfidence,
    Options,
    Paths,
    ShowFormat,
    StatsFormat,
    TableFormat,
    Workers,
    command_settings,
    default_workers,
)
from belli.cli_views import (
    IngestProgress,
    analysis_view,
    docs_table,
    events_table,
    stats_view,
    stdout_console,
    write_csv,
    write_jsonl,
)
from belli.errors import BelliError, StoreLockedError
from belli.events.trace import Candidate, Explanation
from belli.records import Analysis, Article, Failure
from belli.settings import Settings
from belli.store.export import jsonl_line
from belli.store.stored_events import ROW_FIELDS

__all__ = ["app", "main"]

log = logging.getLogger("belli")

app = typer.Typer(
    name="belli",
    help="Who did what to whom, when and where: event records from geopolitical news.",
    cls=GlobalOptionsGroup,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _global_options(
    ctx: typer.Context,
    db: Annotated[Path | None, typer.Option("--db", help=HELP["db_path"])] = None,
    model: Annotated[str | None, typer.Option("--model", help=HELP["model"])] = None,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="Log progress to stderr.")]
    = False,
) -> None:
    """Who did what to whom, when and where: event records from geopolitical news."""
    set_verbose(verbose)
    ctx.obj = Options(str(db) if db is not None else None, model)


@app.command()
def ingest(ctx: typer.Context, paths: Paths, workers: Workers = None,
           min_confidence: MinConfidence = None) -> None:
    """Read, analyse and store articles in the database (--db). While `belli serve`
    holds the database, the articles go to it through its API."""
    settings = command_settings(ctx, workers=default_workers(workers),
                                min_confidence=min_confidence)
    with IngestProgress() as progress:
        try:
            report = api.ingest(paths, settings, progress=progress.update,
                                settle=True)
        except StoreLockedError:
            server = _serving(settings.db_path)
            if server is None:
                raise
            log.warning("%s is served at %s: sending the documents there", settings.db_path,
                        server.url)
            if min_confidence is not None:
                log.warning("--min-confidence does not travel: the server keeps its own cut")
            report = _forward(paths, settings, server, progress.update)
    lines = FailureLines()
    for failure in report.failures:
        lines.show(failure.source or failure.doc_id, failure.message)
    lines.close()
    info_line(report.summary())
    if not (report.stored or report.already_stored or report.failed):
        log.warning("no articles found in %s", ", ".join(paths))
    if report.failed:
        raise typer.Exit(1)


def _serving(db_path: str) -> Any:
    from belli.server.serve import running_server  # the web stack loads only when needed

    return running_server(db_path)


def _forward(paths: list[str], settings: Settings, server: Any,
             progress: Any) -> api.IngestReport:
    from belli.server.client import forward_ingest

    return forward_ingest(paths, settings, server, progress)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option("--host", help=HELP["host"])] = None,
    port: Annotated[int | None, typer.Option("--port", help=HELP["port"])] = None,
    token: Annotated[str | None, typer.Option("--token", help=HELP["api_token"],
                                              envvar="BELLI_API_TOKEN", show_envvar=False)]
    = None,
    api_only: Annotated[bool, typer.Option("--api-only", help="Serve the API without the "
                                                               "dashboard.")] = False,
) -> None:
    """Serve the REST API (/api/) and the dashboard (/) over the database (--db)."""
    from belli.server.serve import serve as run_server

    options: Options = ctx.obj
    settings = Settings.load(db_path=options.db, model=options.model, host=host, port=port,
                             api_token=token)
    run_server(settings, announce=info_line, dashboard=not api_only)


@app.command()
def extract(ctx: typer.Context, paths: Paths, workers: Workers = None,
            min_confidence: MinConfidence = None) -> None:
    """Stream the records of articles to stdout as JSON Lines, without a store."""
    settings = command_settings(ctx, workers=default_workers(workers),
                                min_confidence=min_confidence)
    lines = FailureLines()
    for record in api.extract(paths, settings, settle=True):
        sys.stdout.write(jsonl_line(record))
        if record.get("kind") == "failure":
            lines.show(record.get("source") or record.get("doc_id"), record["message"])
    sys.stdout.flush()
    lines.close()
    if lines.count:
        raise typer.Exit(1)


class ExplainFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def explain(
    ctx: typer.Context,
    text_or_path: Annotated[str, typer.Argument(
        metavar="TEXT_OR_PATH",
        help="A sentence or a text; or a file, folder, URL, or - for stdin.")],
    published: Annotated[str | None, typer.Option(
        "--published", metavar="DATE", help="The publication date the text's dates are read "
        "against (default: the article's own).")] = None,
    format: Annotated[ExplainFormat, typer.Option("--format", "-f")] = ExplainFormat.table,
) -> None:
    """Show why each sentence gave the events it gave: every trigger word and its fate."""
    lines = FailureLines()
    for item in api.explain(_text_or_source(text_or_path), command_settings(ctx),
                            published=published):
        if isinstance(item, Failure):
            lines.show(item.source or item.doc_id, item.message)
        elif format is ExplainFormat.json:
            write_jsonl(item.by_sentence())
        else:
            stdout_console().print(_explanation_table(item))
    lines.close()
    if lines.count:
        raise typer.Exit(1)


def _text_or_source(value: str) -> api.Source:
    """A path, a URL or "-" is a source to read; anything else is the text itself
    (os.path.exists, unlike Path.exists, takes a text too long to be a file name)."""
    if value == "-" or value.startswith(("http://", "https://")) or os.path.exists(value):
        return value
    return Article.from_text(value)


def _explanation_table(explanation: Explanation) -> Any:
    """One row per candidate, the sentence beside its first; a sentence with none says so."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"explain {explanation.doc_id[:8]}")
    for name in ("#", "sentence", "trigger", "type", "fate", "event / why"):
        table.add_column(name, overflow="fold")
    for row in explanation.by_sentence():
        found: list[Candidate | None] = [
            c for c in explanation.candidates if c.sentence == row["sentence"]] or [None]
        for i, candidate in enumerate(found):
            said = Text(row["text"]) if i == 0 else Text("")
            table.add_row(str(row["sentence"]) if i == 0 else "", said,
                          *map(Text, _candidate_cells(candidate, row["heading"])))
        table.add_section()
    return table


def _candidate_cells(candidate: Candidate | None, heading: bool) -> tuple[str, str, str, str]:
    if candidate is None:
        return "", "", "", "a heading: no trigger read" if heading else "no trigger word"
    c = candidate
    if c.fate in ("kept", "below cut"):
        said = f"{c.event_id} {c.event_type} {'; '.join(c.source)} > {'; '.join(c.target)}"
        cut = f": {c.why.split('; ')[0]}" if c.fate == "below cut" else ""
        said += f" ({c.confidence}){cut}"
    else:
        said = c.why + (f" → {c.event_id}" if c.event_id else "")
    return c.trigger, f"{c.type or ''} ({c.lexicon})", c.fate, said


@app.command()
def docs(
    ctx: typer.Context,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
    language: Annotated[str | None, typer.Option(help="Only documents in this language.")]
    = None,
) -> None:
    """List stored documents."""
    rows = [d.to_dict() for d in api.docs(limit=limit, language=language,
                                           settings=command_settings(ctx))]
    if format is TableFormat.jsonl:
        write_jsonl(rows)
    elif format is TableFormat.csv:
        write_csv(rows, fieldnames=list(rows[0]) if rows else ["doc_id"])
    else:
        docs_table(rows)


@app.command()
def show(
    ctx: typer.Context,
    doc_id: Annotated[str, typer.Argument(help="A document id, or a unique prefix of one.")],
    format: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.jsonl,
) -> None:
    """Show one stored document with all its records."""
    analysis = api.show(doc_id, settings=command_settings(ctx))
    if format is ShowFormat.table:
        analysis_view(analysis)
    else:
        write_jsonl(_show_records(analysis))


# The table is read on a terminal: it shows a page unless --limit says otherwise; csv and
# jsonl are data and hold every match. The total always goes to stderr.
_TABLE_LIMIT = 50


@app.command()
def events(
    ctx: typer.Context,
    actor: Annotated[str | None, typer.Option(
        "--actor", "-a", metavar="ACTOR", help="A code (AZE, NATO, 'AZE MIL') or a piece of a name, either "
        "side.")] = None,
    dyad: Annotated[str | None, typer.Option(
        "--dyad", "-d", metavar="SOURCE,TARGET", help="Source and target, e.g. AZE,ARM.")]
    = None,
    either_direction: Annotated[bool, typer.Option(
        "--either-direction", help="Match --dyad both ways.")] = False,
    types: Annotated[list[str] | None, typer.Option(
        "--type", "-t", metavar="TYPE", help="PLOVER type; repeat or comma-separate for several.")] = None,
    quads: Annotated[list[int] | None, typer.Option(
        "--quad", "-q", metavar="1-4", help="Quad class 1-4; repeat for several.")] = None,
    certainty: Annotated[list[str] | None, typer.Option(
        "--certainty", metavar="CERTAINTY", help="asserted, reported or speculative.")] = None,
    aux: Annotated[list[str] | None, typer.Option(
        "--aux", metavar="MODE", help="Only events with this aux mode: negated, future, hypothetical, "
        "historical.")] = None,
    without_aux: Annotated[list[str] | None, typer.Option(
        "--no-aux", metavar="MODE", help="Leave out events with this aux mode.")] = None,
    since: Annotated[str | None, typer.Option(
        metavar="DATE", help="Event date from (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Event date up to (inclusive).")] = None,
    within: Annotated[bool, typer.Option(
        "--within", help="The event's whole date must lie in --since/--until (default: "
        "any overlap).")] = False,
    published_since: Annotated[str | None, typer.Option(
        metavar="DATE", help="Publication date from.")] = None,
    published_until: Annotated[str | None, typer.Option(
        metavar="DATE", help="Publication date up to (inclusive).")] = None,
    outlet: Annotated[str | None, typer.Option(metavar="TEXT", help="Part of the publisher's name.")] = None,
    doc: Annotated[str | None, typer.Option(metavar="ID", help="A document id or its prefix.")] = None,
    text: Annotated[str | None, typer.Option(
        "--text", metavar="TEXT", help="Part of the evidence sentence.")] = None,
    place: Annotated[str | None, typer.Option(metavar="TEXT", help="Part of the place's name.")] = None,
    country: Annotated[str | None, typer.Option(
        metavar="ISO3", help="The country the event took place in.")] = None,
    sort: Annotated[EventSort, typer.Option("--sort")] = EventSort.stored,
    descending: Annotated[bool, typer.Option("--desc", help="Reverse the sort.")] = False,
    limit: Annotated[int | None, typer.Option(
        "--limit", "-n", help=f"Show at most this many (table: {_TABLE_LIMIT} unless given; "
        "csv, jsonl: all).")] = None,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List stored events with filters; the total matched goes to stderr."""
    if limit is None and format is TableFormat.table:
        limit = _TABLE_LIMIT
    page = api.events(
        actor=actor, dyad=dyad, either_direction=either_direction, types=types, quads=quads,
        certainty=certainty, aux=aux, without_aux=without_aux, since=since, until=until,
        within=within, published_since=published_since, published_until=published_until,
        outlet=outlet, doc=doc, text=text, place=place, country=country, sort=sort.value, descending=descending, limit=limit,
        offset=offset, settings=command_settings(ctx),
    )
    if format is TableFormat.jsonl:
        write_jsonl(e.to_dict() for e in page.events)
    elif format is TableFormat.csv:
        write_csv([item.to_row() for item in page], fieldnames=list(ROW_FIELDS))
    else:
        stdout_console().print(events_table(page.events, with_doc=True))
    info_line(page.summary())


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="File (jsonl, acled, dyads, or one --table) or folder; jsonl "
        "defaults to stdout, the others to ./belli-export/ (acled.csv, dyad-months.csv).")]
    = None,
    table: Annotated[str | None, typer.Option(help="Export only this table.")] = None,
    since: Annotated[str | None, typer.Option(
        help="Only what changed after this UTC time (ISO 8601, e.g. the as_of of the "
             "last export), and the documents and canonical events removed since (jsonl, "
             "csv, parquet).")]
    = None,
) -> None:
    """Export the store as JSON Lines (the extract contract, after one line of versions),
    CSV or Parquet (with manifest.json), an ACLED-shaped CSV (acled) or dyad-month series
    (dyads)."""
    settings = command_settings(ctx)
    if format is ExportFormat.jsonl and out is None:
        report = api.export("jsonl", sys.stdout, since=since, settings=settings)
        sys.stdout.flush()
    else:
        dest = out if out is not None else Path("belli-export")
        report = api.export(format.value, dest, table=table, since=since, settings=settings)
    where = f" to {', '.join(map(str, report.files))}" if report.files else ""
    info_line(f"exported {report.records} {'records' if format is ExportFormat.jsonl else 'rows'}"
              f"{where}")


@app.command()
def delete(ctx: typer.Context, doc_id: Annotated[str, typer.Argument(
        help="The document's full id, as `belli docs` lists it.")]) -> None:
    """Delete a stored document and all its records (the deletions feed keeps a row of it:
    `belli export --since`)."""
    deletion = api.delete(doc_id, settings=command_settings(ctx))
    removed = ", ".join(f"{n} {table}" for table, n in deletion.removed.items())
    info_line(f"deleted {deletion.doc_id} ({removed})")


@app.command()
def stats(
    ctx: typer.Context,
    format: Annotated[StatsFormat, typer.Option("--format", "-f")] = StatsFormat.table,
) -> None:
    """Counts per record kind and language, date ranges and failures of the store."""
    result = api.stats(settings=command_settings(ctx))
    if format is StatsFormat.json:
        write_jsonl([result.to_dict()])
    else:
        stats_view(result)


def register_measurements(target: typer.Typer) -> bool:
    """Add `belli eval` and `belli bench` from belli.eval; the CLI works without them."""
    try:
        from belli.eval.cli import bench_command, eval_command
    except ImportError as exc:
        log.debug("belli eval/bench unavailable: %s", exc)
        return False
    target.command("eval")(eval_command)
    target.command("bench")(bench_command)
    return True


register_measurements(app)


def register_analysis(target: typer.Typer) -> None:
    """Add the commands of the regional picture (belli.analysis)."""
    from belli.analysis.cli import canonical_command, compare_command, link_command, why_command

    target.command("link")(link_command)
    target.command("canonical")(canonical_command)
    target.command("why")(why_command)
    target.command("compare")(compare_command)
    from belli.analysis.outlets_cli import outlets_command
    from belli.relations.cli import register as register_relations

    target.command("outlets")(outlets_command)
    register_relations(target)


register_analysis(app)


def register_spark(target: typer.Typer) -> None:
    """Add `belli spark` and `belli import-parquet`; the job says so if pyspark is missing."""
    from belli.spark.cli import register

    register(target)


register_spark(app)



def _show_records(analysis: Analysis) -> Iterable[dict[str, Any]]:
    for record in analysis.records():
        yield record.to_dict()


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (main() exits with it)."""
    forget_verbose()
    saved = logging_state()
    try:
        return _run(argv)
    finally:
        # Leave the process's logging as we found it (tests and embedders run us in process).
        restore_logging(saved)


def _run(argv: list[str] | None) -> int:
    try:
        result = app(args=argv, prog_name="belli", standalone_mode=False)
    except BelliError as exc:
        error_line(str(exc))
        return 1
    except (KeyboardInterrupt, Abort):
        error_line("interrupted")
        return 130
    except TyperException as exc:  # usage errors: one line, as every other error
        _usage_error(exc)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`belli extract ... | head`): stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # a bug: one line unless -v asks for the traceback
        if is_verbose():
            raise
        error_line(f"internal error: {type(exc).__name__}: {exc} (run with -v for details)")
        return 70
    if result == 130:
        # Typer turns Ctrl-C inside a command into a silent exit 130; say what happened.
        error_line("interrupted")
    return result if isinstance(result, int) else 0


def _usage_error(exc: TyperException) -> None:
    """A bad option or value on one line, naming the help to read; a bare `belli` (or a
    group without its command) still shows its help, which is what it asks for."""
    show = getattr(exc, "show", None)
    if type(exc).__name__ == "NoArgsIsHelpError" and show is not None:
        show()
        return
    ctx = getattr(exc, "ctx", None)
    where = f"; see '{ctx.command_path} --help'" if ctx is not None else ""
    # Typer checks values with pydantic, whose wording ("Value error, ...") adds nothing
    message = exc.format_message().replace("Value error, ", "").rstrip(".")
    error_line(f"{message}{where}")


def main() -> None:
    code = run()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 141
    sys.exit(code)


if __name__ == "__main__":
    main()
