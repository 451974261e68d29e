"""What the `belli` command shows: rows on stdout as JSON Lines or CSV, Rich tables, and
a progress line on stderr.

Rich is imported inside each view: plain JSON output should not pay for it.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from typing import Any, Self

from belli import api
from belli.records import Analysis, CanonicalEvent, Event
from belli.store.export import jsonl_line
from belli.store.stored_events import actor_text

__all__ = [
    "CANONICAL_FIELDS",
    "IngestProgress",
    "analysis_view",
    "canonical_row",
    "canonical_table",
    "docs_table",
    "events_table",
    "stats_view",
    "stdout_console",
    "write_csv",
    "write_jsonl",
]


def write_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        sys.stdout.write(jsonl_line(row))
    sys.stdout.flush()


def write_csv(rows: list[dict[str, Any]], fieldnames: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    sys.stdout.flush()


class IngestProgress:
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


def stdout_console() -> Any:
    from rich.console import Console

    return Console(soft_wrap=False)


def docs_table(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    table = Table()
    table.add_column("doc_id", no_wrap=True, min_width=16)
    for name, width in (("published", 10), ("lang", 4), ("mentions", 8), ("events", 6)):
        table.add_column(name, no_wrap=True, min_width=width)
    table.add_column("title", min_width=10)  # the only column that wraps
    for row in rows:
        table.add_row(row["doc_id"], row["published"] or "", row["language"] or "",
                      str(row["mentions"]), str(row["events"]), row["title"] or "")
    stdout_console().print(table)


def analysis_view(analysis: Analysis) -> None:
    from rich.table import Table

    article = analysis.article
    console = stdout_console()
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
        console.print(events_table(analysis.events, with_doc=False))
    if analysis.claims:
        console.print(_claims_table(analysis))
    console.print(f"{len(analysis.sentences)} sentences, {len(analysis.events)} events, "
                  f"{len(analysis.relations)} relations, {len(analysis.claims)} claims")


def events_table(events: Iterable[Event], *, with_doc: bool) -> Any:
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


CANONICAL_FIELDS = ("canonical_id", "type", "quad", "score", "source", "target", "reciprocal",
                    "date", "place", "place_country", "n_reports", "n_sources", "first_seen",
                    "last_seen", "reports")


def canonical_row(event: CanonicalEvent) -> dict[str, Any]:
    """A canonical event as one flat CSV row (sides and reports joined by "; ")."""
    place = event.place
    return {"canonical_id": event.canonical_id, "type": event.type, "quad": event.quad,
            "score": event.score, "source": "; ".join(map(actor_text, event.source)),
            "target": "; ".join(map(actor_text, event.target)),
            "reciprocal": event.reciprocal, "date": event.date,
            "place": place.name if place else None,
            "place_country": place.country if place else None,
            "n_reports": event.n_reports, "n_sources": event.n_sources,
            "first_seen": event.first_seen, "last_seen": event.last_seen,
            "reports": "; ".join(event.reports)}


def canonical_table(events: Iterable[CanonicalEvent]) -> Any:
    """Canonical events as a Rich table, with the full id that `belli why` and
    `belli compare` take."""
    from rich.table import Table

    table = Table(title="canonical events")
    for name in ("id", "date", "type", "source", "target", "place", "reports", "sources"):
        table.add_column(name, overflow="fold", no_wrap=name not in ("source", "target", "place"))
    for e in events:
        row = canonical_row(e)
        table.add_row(e.canonical_id, e.date or "", e.type, row["source"], row["target"],
                      row["place"] or "", str(e.n_reports), str(e.n_sources))
    return table


def _claims_table(analysis: Analysis) -> Any:
    from rich.table import Table

    table = Table("speaker", "claim", "events", title="claims")
    for c in analysis.claims:
        speaker = actor_text(c.speaker) if c.speaker else (c.speaker_text or "")
        table.add_row(speaker, c.text, str(len(c.event_ids)))
    return table


def stats_view(result: Any) -> None:
    from rich.table import Table

    console = stdout_console()
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
