"""`belli link` and `belli why`: the regional picture's commands, added to the CLI by
`belli.cli` (this module is imported only when they run, with what they need); and
`belli canonical`, which lists the canonical events."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from belli import api
from belli.analysis.figures import figure_lines
from belli.analysis.framing import Comparison
from belli.analysis.linking import DEFAULT
from belli.analysis.views import Explanation
from belli.cli_options import TableFormat
from belli.cli_views import (
    CANONICAL_FIELDS,
    canonical_row,
    canonical_table,
    stdout_console,
    write_csv,
    write_jsonl,
)
from belli.settings import LINK_POLICIES, Settings
from belli.store.event_query import actor_text

__all__ = ["canonical_command", "compare_command", "link_command", "why_command"]

_TABLE_LIMIT = 50  # a table is read on a terminal: one page unless --limit says otherwise


def _settings(ctx: typer.Context, **overrides: Any) -> Settings:
    from belli.cli_options import command_settings as cli_settings

    return cli_settings(ctx, **overrides)


def link_command(
    ctx: typer.Context,
    window_days: Annotated[int | None, typer.Option(
        help="How many days apart two tellings of one event may be dated "
             f"[default: BELLI_LINK_WINDOW_DAYS or {DEFAULT.window_days}].")] = None,
    min_score: Annotated[float | None, typer.Option(
        help="How alike (0-1) two reports must be to link "
             f"[default: BELLI_LINK_MIN_SCORE or {DEFAULT.min_score}].")] = None,
    background_days: Annotated[int | None, typer.Option(
        help="How many days before its publication an undated report may tell an act "
             "again (if its telling shows it is the same act) "
             f"[default: BELLI_LINK_BACKGROUND_DAYS or {DEFAULT.background_days}].")] = None,
    max_span_days: Annotated[int | None, typer.Option(
        help="Reports dated only by a longer period (a decade) link only to another "
             "such report of an overlapping period "
             f"[default: BELLI_LINK_MAX_SPAN_DAYS or {DEFAULT.max_span_days}].")] = None,
    stance_days: Annotated[int | None, typer.Option(
        help="How many days apart two undated tellings of one standing stance (same "
             "speaker, addressee and subject words) may be published "
             f"[default: BELLI_LINK_STANCE_DAYS or {DEFAULT.stance_days}].")] = None,
    policy: Annotated[str | None, typer.Option(
        help=f"How conflicting reports combine: {', '.join(LINK_POLICIES)} "
             "[default: BELLI_LINK_POLICY or most_sourced].")] = None,
) -> None:
    """Link the stored events that tell the same real-world event (canonical events).

    The options override the link_* settings for this run only: every later relink
    (after `belli ingest`, in `belli serve`) takes the settings (BELLI_LINK_*)."""
    given = {"link_window_days": window_days, "link_min_score": min_score,
             "link_background_days": background_days, "link_max_span_days": max_span_days,
             "link_stance_days": stance_days, "link_policy": policy}
    settings = _settings(ctx, **given)
    run = api.link(settings)
    sys.stderr.write(f"belli: {run.summary()}\n")
    _warn_unkept(settings, given)


def _warn_unkept(settings: Settings, given: dict[str, Any]) -> None:
    """Say so when this run's choices differ from what later relinks will take."""
    standing = Settings.load()
    differ = [f"BELLI_{name.upper()}={value}" for name, value in given.items()
              if value is not None and getattr(standing, name) != getattr(settings, name)]
    if differ:
        sys.stderr.write("belli: note: later relinks (ingest, serve) use the settings; to keep "
                         f"these choices set {' '.join(differ)}\n")


def canonical_command(
    ctx: typer.Context,
    min_reports: Annotated[int, typer.Option(
        min=1, help="Only events told by at least this many reports (2: linked ones).")] = 1,
    actor: Annotated[str | None, typer.Option(
        metavar="ACTOR", help="A code (AZE, 'AZE MIL') or a piece of a name, either side.")]
    = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", "-n", help=f"Show at most this many (table: {_TABLE_LIMIT} unless given; "
        "csv, jsonl: all).")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List canonical events (one per real-world event), the most told first, with the
    ids `belli why` and `belli compare` take; the total matched goes to stderr."""
    if limit is None and format is TableFormat.table:
        limit = _TABLE_LIMIT
    page = api.canonical(min_reports=min_reports, actor=actor, limit=limit, offset=offset,
                         settings=_settings(ctx))
    if format is TableFormat.jsonl:
        write_jsonl(e.to_dict() for e in page.items)
    elif format is TableFormat.csv:
        write_csv([canonical_row(e) for e in page.items], list(CANONICAL_FIELDS))
    else:
        stdout_console().print(canonical_table(page.items))
    sys.stderr.write(f"belli: showing {len(page.items)} of {page.total} canonical events\n")


def why_command(
    ctx: typer.Context,
    some_id: Annotated[str, typer.Argument(
        metavar="ID", help="A canonical event id, an event id, or DOC_ID/EVENT_ID.")],
) -> None:
    """Why reports were linked into one canonical event: each report and its link."""
    sys.stdout.write(render(api.why(some_id, _settings(ctx))))


def render(explanation: Explanation) -> str:
    """The explanation as plain text an analyst reads top to bottom."""
    e = explanation.event
    who = " + ".join(actor_text(a) for a in e.source) or "?"
    whom = " + ".join(actor_text(a) for a in e.target) or ("together" if e.reciprocal else "?")
    lines = [f"canonical event {e.canonical_id}: {e.type} {who} -> {whom}",
             (f"  date {e.date or 'unknown'}, place {e.place.name if e.place else 'unknown'}; "
             f"{e.n_reports} reports from {e.n_sources} sources, first seen "
             f"{e.first_seen or '?'}, last seen {e.last_seen or '?'}"),
             f"  {e.reason}", *figure_lines(e.figures), ""]
    for item, link in explanation.reports:
        event = item.event
        sides = (f"{' + '.join(actor_text(a) for a in event.source) or '?'} -> "
                 f"{' + '.join(actor_text(a) for a in event.target) or '?'}")
        lines += [(f"- {item.publisher or 'unknown outlet'}, {item.published or 'undated'}: "
                  f"{event.type} {sides} ({event.certainty}) [{event.doc_id}/{event.event_id}]"),
                  f"    \"{event.sentence}\"",
                  f"    {link.reason} (score {link.score})"]
    return "\n".join(lines) + "\n"


def compare_command(
    ctx: typer.Context,
    some_id: Annotated[str, typer.Argument(
        metavar="ID", help="A canonical event id, an event id, or DOC_ID/EVENT_ID.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
) -> None:
    """How each outlet tells one event: who is blamed, how sure, figures, loaded words,
    and what each leaves out."""
    comparison = api.compare(some_id, _settings(ctx))
    if as_json:
        import json

        sys.stdout.write(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_comparison(comparison))


def render_comparison(comparison: Comparison) -> str:
    e = comparison.event
    lines = [f"{e.type} {e.canonical_id}: {e.n_reports} reports from {e.n_sources} sources",
             *figure_lines(e.figures, indent=""), "", "Where they part ways:"]
    lines += [f"  - {d}" for d in comparison.differences] or ["  - nowhere belli can see"]
    for t in comparison.tellings:
        known = ", ".join(filter(None, (t.outlet_country, t.outlet_ownership)))
        lines += ["", f"{t.outlet}{f' [{known}]' if known else ''} ({t.published or 'undated'}):",
                  f"  {t.type} {' + '.join(t.source) or '?'} -> {' + '.join(t.target) or '?'}"
                  f", {t.certainty}" + (f" on the word of {t.attributed_to}"
                                        if t.attributed_to else ""),
                  f"  \"{t.sentence}\""]
        if t.loaded:
            lines.append("  loaded words: " + ", ".join(f"{w} ({g})" for w, g in t.loaded))
        if t.leaves_out:
            lines.append("  leaves out: " + ", ".join(t.leaves_out))
    return "\n".join(lines) + "\n"
