"""The `belli` command: a thin Typer layer over belli.api.

Data goes to stdout (JSON Lines, CSV, tables); logs, progress bars and errors go to
stderr. Any BelliError ends the command with one line, `belli: error: <message> (hint)`,
and a non-zero exit; Ctrl-C exits 130.
"""

from __future__ import annotations

import copy
import csv
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Self

import typer
from typer.core import TyperGroup, TyperOption
from typer.exceptions import Abort, TyperException

from belli import api
from belli.display import printable
from belli.errors import BelliError, StoreLockedError
from belli.records import Analysis, Event
from belli.settings import SETTINGS, Settings
from belli.store.event_query import ROW_FIELDS, actor_text
from belli.store.export import jsonl_line

__all__ = ["app", "main"]

log = logging.getLogger("belli")

class _Group(TyperGroup):
    """Takes the global options (--db, --model, -v) after a command's name too: each
    command gets a copy of them that updates the options given before it."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        for command in self.commands.values():
            taken = {name for param in command.params for name in param.opts}
            command.params.extend(
                _late_option(option) for option in self.params
                if isinstance(option, TyperOption) and not taken & set(option.opts)
            )


def _late_option(option: TyperOption) -> TyperOption:
    """A global option as one of a command's own. Its value goes to ctx.obj, not to the
    command function, so no command repeats the global options in its signature."""
    late = copy.copy(option)
    late.expose_value, late.callback = False, _take_late_option
    return late


def _take_late_option(ctx: Any, param: Any, value: Any) -> Any:
    # ctx and param are of the click that Typer vendors and does not export: typed Any.
    if value is None or value is False:  # not given: the value before the command stands
        return value
    if param.name == "verbose":
        _set_verbose(True)
        return value
    options = ctx.find_root().obj
    updated = replace(options if isinstance(options, _Options) else _Options(None, None),
                      **{str(param.name): str(value)})
    # A command's context copied its parent's obj when it was made: update the chain.
    scope = ctx
    while scope is not None:
        scope.obj = updated
        scope = scope.parent
    return value


app = typer.Typer(
    name="belli",
    help="Who did what to whom, when and where: event records from geopolitical news.",
    cls=_Group,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_HELP = {s.name: s.help for s in SETTINGS}
_verbose = False  # read by main() to decide whether an unexpected error shows a traceback


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class ShowFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class EventSort(str, Enum):
    stored = "stored"
    date = "date"
    published = "published"
    type = "type"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    acled = "acled"
    dyads = "dyads"


@dataclass(frozen=True, slots=True)
class _Options:
    db: str | None
    model: str | None

    def settings(self) -> Settings:
        return Settings.load(db_path=self.db, model=self.model)


Paths = Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for stdin.")]


@app.callback()
def _global_options(
    ctx: typer.Context,
    db: Annotated[Path | None, typer.Option("--db", help=_HELP["db_path"])] = None,
    model: Annotated[str | None, typer.Option("--model", help=_HELP["model"])] = None,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="Log progress to stderr.")]
    = False,
) -> None:
    """Who did what to whom, when and where: event records from geopolitical news."""
    _set_verbose(verbose)
    ctx.obj = _Options(str(db) if db is not None else None, model)


def _set_verbose(verbose: bool) -> None:
    global _verbose
    _verbose = verbose
    _configure_logging(verbose)


Workers = Annotated[int | None, typer.Option("--workers", "-w", min=0, help=_HELP["workers"])]


@app.command()
def ingest(ctx: typer.Context, paths: Paths, workers: Workers = None) -> None:
    """Read, analyse and store articles in the database (--db). While `belli serve`
    holds the database, the articles go to it through its API."""
    settings = _settings(ctx, workers=_workers(workers))
    with _IngestProgress() as progress:
        try:
            report = api.ingest(paths, settings, progress=progress.update)
        except StoreLockedError:
            server = _serving(settings.db_path)
            if server is None:
                raise
            log.warning("%s is served at %s: sending the documents there", settings.db_path,
                        server.url)
            report = _forward(paths, settings, server, progress.update)
    lines = _FailureLines()
    for failure in report.failures:
        lines.show(failure.source or failure.doc_id, failure.message)
    lines.close()
    _info_line(report.summary())
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
    host: Annotated[str | None, typer.Option("--host", help=_HELP["host"])] = None,
    port: Annotated[int | None, typer.Option("--port", help=_HELP["port"])] = None,
    token: Annotated[str | None, typer.Option("--token", help=_HELP["api_token"],
                                              envvar="BELLI_API_TOKEN", show_envvar=False)]
    = None,
    api_only: Annotated[bool, typer.Option("--api-only", help="Serve the API without the "
                                                               "dashboard.")] = False,
) -> None:
    """Serve the REST API (/api/) and the dashboard (/) over the database (--db)."""
    from belli.server.serve import serve as run_server

    options: _Options = ctx.obj
    settings = Settings.load(db_path=options.db, model=options.model, host=host, port=port,
                             api_token=token)
    run_server(settings, announce=_info_line, dashboard=not api_only)


@app.command()
def extract(ctx: typer.Context, paths: Paths, workers: Workers = None) -> None:
    """Stream the records of articles to stdout as JSON Lines, without a store."""
    lines = _FailureLines()
    for record in api.extract(paths, _settings(ctx, workers=_workers(workers))):
        sys.stdout.write(jsonl_line(record))
        if record.get("kind") == "failure":
            lines.show(record.get("source") or record.get("doc_id"), record["message"])
    sys.stdout.flush()
    lines.close()
    if lines.count:
        raise typer.Exit(1)


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
                                           settings=_settings(ctx))]
    if format is TableFormat.jsonl:
        _write_jsonl(rows)
    elif format is TableFormat.csv:
        _write_csv(rows, fieldnames=list(rows[0]) if rows else ["doc_id"])
    else:
        _docs_table(rows)


@app.command()
def show(
    ctx: typer.Context,
    doc_id: Annotated[str, typer.Argument(help="A document id, or a unique prefix of one.")],
    format: Annotated[ShowFormat, typer.Option("--format", "-f")] = ShowFormat.jsonl,
) -> None:
    """Show one stored document with all its records."""
    analysis = api.show(doc_id, settings=_settings(ctx))
    if format is ShowFormat.table:
        _analysis_view(analysis)
    else:
        _write_jsonl(_show_records(analysis))


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
        offset=offset, settings=_settings(ctx),
    )
    if format is TableFormat.jsonl:
        _write_jsonl(e.to_dict() for e in page.events)
    elif format is TableFormat.csv:
        _write_csv([item.to_row() for item in page], fieldnames=list(ROW_FIELDS))
    else:
        _stdout_console().print(_events_table(page.events, with_doc=True))
    _info_line(page.summary())


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="File (jsonl, acled, dyads, or one --table) or folder; jsonl "
        "defaults to stdout, the others to ./belli-export/ (acled.csv, dyad-months.csv).")]
    = None,
    table: Annotated[str | None, typer.Option(help="Export only this table.")] = None,
) -> None:
    """Export the store as JSON Lines (the extract contract), CSV, Parquet, an ACLED-shaped
    CSV (acled) or dyad-month series (dyads)."""
    settings = _settings(ctx)
    if format is ExportFormat.jsonl and out is None:
        report = api.export("jsonl", sys.stdout, settings=settings)
        sys.stdout.flush()
    else:
        dest = out if out is not None else Path("belli-export")
        report = api.export(format.value, dest, table=table, settings=settings)
    where = f" to {', '.join(map(str, report.files))}" if report.files else ""
    _info_line(f"exported {report.records} {'records' if format is ExportFormat.jsonl else 'rows'}"
               f"{where}")


@app.command()
def stats(
    ctx: typer.Context,
    format: Annotated[StatsFormat, typer.Option("--format", "-f")] = StatsFormat.table,
) -> None:
    """Counts per record kind and language, date ranges and failures of the store."""
    result = api.stats(settings=_settings(ctx))
    if format is StatsFormat.json:
        _write_jsonl([result.to_dict()])
    else:
        _stats_view(result)


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
    from belli.analysis.cli import compare_command, link_command, why_command

    target.command("link")(link_command)
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


def _workers(given: int | None) -> int | None:
    """The CLI uses every core unless --workers or BELLI_WORKERS says otherwise; the
    library's default stays one process, so a script need not guard its main module
    against the workers' start method."""
    if given is None and "BELLI_WORKERS" not in os.environ:
        return 0
    return given


def _settings(ctx: typer.Context, **overrides: Any) -> Settings:
    options = ctx.find_root().obj
    settings = options.settings() if isinstance(options, _Options) else Settings.load()
    given = {name: value for name, value in overrides.items() if value is not None}
    return settings.with_(**given) if given else settings


def _show_records(analysis: Analysis) -> Iterable[dict[str, Any]]:
    for record in analysis.records():
        yield record.to_dict()


def _write_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        sys.stdout.write(jsonl_line(row))
    sys.stdout.flush()


def _write_csv(rows: list[dict[str, Any]], fieldnames: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    sys.stdout.flush()


def _failure_line(where: str | None, message: str) -> str:
    """`where: message`, unless the message already names where (ingest's messages do)."""
    return message if not where or where in message else f"{where}: {message}"


class _FailureLines:
    """Failure lines on stderr: the first few of each kind per source, then one count.

    Only the terminal is spared. Every failure is still streamed (extract) or stored as
    its own row (ingest), naming its file and row, so that each bad record can be found
    and fixed: one summary row in the store would hide which records failed."""

    def __init__(self, per_kind: int = 5) -> None:
        self._per_kind = per_kind
        self._seen: Counter[tuple[str, str]] = Counter()

    @property
    def count(self) -> int:
        return self._seen.total()

    def show(self, where: str | None, message: str) -> None:
        # A kind is the message less its source, with row, item and column numbers masked.
        key = (where or "", _DIGITS.sub("#", message.removeprefix(where or "")))
        self._seen[key] += 1
        if self._seen[key] <= self._per_kind:
            _error_line(_failure_line(where, message))

    def close(self) -> None:
        for (where, _kind), count in self._seen.items():
            if count > self._per_kind:
                more = f"... and {count - self._per_kind} more like this"
                _error_line(_failure_line(where or None, more))


_DIGITS = re.compile(r"\d+")


def _error_line(message: str) -> None:
    sys.stderr.write(f"belli: error: {printable(message)}\n")
    sys.stderr.flush()


def _info_line(message: str) -> None:
    sys.stderr.write(f"belli: {printable(message)}\n")
    sys.stderr.flush()


class _StderrHandler(logging.Handler):
    """Writes to whatever sys.stderr is now, so Rich's live display can redirect it."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging must never break the command
            self.handleError(record)


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"belli: {record.levelname.lower()}: {printable(record.getMessage())}"


def _configure_logging(verbose: bool) -> None:
    handler = _StderrHandler()
    handler.setFormatter(_Formatter())
    log.handlers = [handler]
    log.setLevel(logging.INFO if verbose else logging.WARNING)
    log.propagate = False
    # Every failed article gets its own error line at the end of the command; the
    # pipeline's warning as it happens would say it twice.
    logging.getLogger("belli.pipeline").setLevel(logging.INFO if verbose else logging.ERROR)


# --- Rich views (imported late: plain JSON output should not pay for Rich) -------------


class _IngestProgress:
    """A live progress line on stderr while ingesting, shown only on a terminal."""

    def __init__(self) -> None:
        from rich.console import Console

        self._console = Console(stderr=True)
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Self:
        if self._console.is_terminal:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"),
                TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                console=self._console, transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("ingesting", total=None)
        return self

    def update(self, report: api.IngestReport) -> None:
        if self._progress is not None:
            done = report.stored + report.already_stored + report.failed
            self._progress.update(self._task, completed=done, description=(
                f"stored {report.stored} · already stored {report.already_stored} · "
                f"failed {report.failed}"))

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _stdout_console() -> Any:
    from rich.console import Console

    return Console(soft_wrap=False)


def _docs_table(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    table = Table()
    table.add_column("doc_id", no_wrap=True, min_width=16)
    for name, width in (("published", 10), ("lang", 4), ("mentions", 8), ("events", 6)):
        table.add_column(name, no_wrap=True, min_width=width)
    table.add_column("title", min_width=10)  # the only column that wraps
    for row in rows:
        table.add_row(row["doc_id"], row["published"] or "", row["language"] or "",
                      str(row["mentions"]), str(row["events"]), row["title"] or "")
    _stdout_console().print(table)


def _analysis_view(analysis: Analysis) -> None:
    from rich.table import Table

    article = analysis.article
    console = _stdout_console()
    for name in ("doc_id", "title", "author", "publisher", "published", "language", "url",
                 "source"):
        console.print(f"[bold]{name}[/bold]: {getattr(article, name)}", highlight=False)
    for note in analysis.notes:
        console.print(f"[bold]note[/bold]: {note}", highlight=False)
    table = Table("start", "end", "label", "text", "actor", title="mentions")
    for m in analysis.mentions:
        actor = m.actor
        table.add_row(str(m.start), str(m.end), m.label, m.text,
                      f"{actor.country or ''} {actor.sector or ''}".strip() if actor else "")
    console.print(table)
    if analysis.events:
        console.print(_events_table(analysis.events, with_doc=False))
    if analysis.claims:
        console.print(_claims_table(analysis))
    console.print(f"{len(analysis.sentences)} sentences, {len(analysis.events)} events, "
                  f"{len(analysis.relations)} relations, {len(analysis.claims)} claims")


def _events_table(events: Iterable[Event], *, with_doc: bool) -> Any:
    """Events as a Rich table: when, what, who to whom, how sure, and the trigger word.

    The sentence stays out so the table fits a terminal; csv and jsonl carry it. The
    document id is cut to 8 characters, a prefix `belli show` and `--doc` take."""
    from rich.table import Table

    table = Table(title="events")
    if with_doc:
        table.add_column("doc", no_wrap=True)
    table.add_column("date", no_wrap=True)
    for name in ("type", "source", "target", "trigger", "flags"):
        table.add_column(name, overflow="fold")
    for e in events:
        flags = [e.certainty] if e.certainty != "asserted" else []
        flags += [*e.aux, *(["reciprocal"] if e.reciprocal else [])]
        cells = [e.date or "", " ".join(filter(None, (e.type, e.mode))),
                 "; ".join(map(actor_text, e.source)), "; ".join(map(actor_text, e.target)),
                 e.trigger, ", ".join(flags)]
        table.add_row(*([e.doc_id[:8]] if with_doc else []), *cells)
    return table


def _claims_table(analysis: Analysis) -> Any:
    from rich.table import Table

    table = Table("speaker", "claim", "events", title="claims")
    for c in analysis.claims:
        speaker = actor_text(c.speaker) if c.speaker else (c.speaker_text or "")
        table.add_row(speaker, c.text, str(len(c.event_ids)))
    return table


def _stats_view(result: Any) -> None:
    from rich.table import Table

    console = _stdout_console()
    table = Table("records", "count", title=f"{result.path} (schema {result.schema_version})")
    for kind, count in result.counts.items():
        table.add_row(kind, str(count))
    console.print(table)
    languages = Table("language", "documents")
    for lang, count in result.languages.items():
        languages.add_row(lang, str(count))
    console.print(languages)
    if result.top_actors:
        actors = Table("actor", "sector", "mentions", title="most mentioned actors")
        for code, sector, count in result.top_actors:
            actors.add_row(code, sector, str(count))
        console.print(actors)
    console.print(f"published: {result.published_min or '-'} .. {result.published_max or '-'}")
    console.print(f"ingested:  {result.ingested_min or '-'} .. {result.ingested_max or '-'}")
    for stage, count in result.failures_by_stage.items():
        console.print(f"failures in {stage}: {count}")


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (main() exits with it)."""
    global _verbose
    _verbose = False
    saved = _logging_state()
    try:
        return _run(argv)
    finally:
        # Leave the process's logging as we found it (tests and embedders run us in process).
        _restore_logging(saved)


_LOGGERS = ("belli", "belli.pipeline")


def _logging_state() -> list[tuple[list[logging.Handler], int, bool]]:
    loggers = [logging.getLogger(name) for name in _LOGGERS]
    return [(list(lg.handlers), lg.level, lg.propagate) for lg in loggers]


def _restore_logging(saved: list[tuple[list[logging.Handler], int, bool]]) -> None:
    for name, (handlers, level, propagate) in zip(_LOGGERS, saved, strict=True):
        logger = logging.getLogger(name)
        logger.handlers, logger.propagate = handlers, propagate
        logger.setLevel(level)


def _run(argv: list[str] | None) -> int:
    try:
        result = app(args=argv, prog_name="belli", standalone_mode=False)
    except BelliError as exc:
        _error_line(str(exc))
        return 1
    except (KeyboardInterrupt, Abort):
        _error_line("interrupted")
        return 130
    except TyperException as exc:  # usage errors: Typer shows them with the usage line
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            _error_line(exc.format_message())
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (`belli extract ... | head`): stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # a bug: one line unless -v asks for the traceback
        if _verbose:
            raise
        _error_line(f"internal error: {type(exc).__name__}: {exc} (run with -v for details)")
        return 70
    if result == 130:
        # Typer turns Ctrl-C inside a command into a silent exit 130; say what happened.
        _error_line("interrupted")
    return result if isinstance(result, int) else 0


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
