"""`belli link` and `belli why`: the regional picture's commands, added to the CLI by
`belli.cli` (this module is imported only when they run, with what they need)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from belli.analysis.canonical import POLICIES, link_store
from belli.analysis.framing import Comparison, compare
from belli.analysis.linking import DEFAULT, LinkSettings
from belli.analysis.views import Explanation, explain
from belli.settings import Settings
from belli.store import Store
from belli.store.event_query import actor_text

__all__ = ["compare_command", "link_command", "why_command"]


def _settings(ctx: typer.Context) -> Settings:
    from belli.cli_options import command_settings as cli_settings

    return cli_settings(ctx)


def link_command(
    ctx: typer.Context,
    window_days: Annotated[int, typer.Option(
        help="How many days apart two tellings of one event may be dated.")] = DEFAULT.window_days,
    min_score: Annotated[float, typer.Option(
        help="How alike (0-1) two reports must be to link.")] = DEFAULT.min_score,
    background_days: Annotated[int, typer.Option(
        help="How many days before its publication an undated report may tell an act "
             "again (if its telling shows it is the same act).")] = DEFAULT.background_days,
    max_span_days: Annotated[int, typer.Option(
        help="Reports dated only by a longer period (a decade) link to nothing.")
    ] = DEFAULT.max_span_days,
    policy: Annotated[str, typer.Option(
        help=f"How conflicting reports combine: {', '.join(POLICIES)}.")] = "most_sourced",
) -> None:
    """Link the stored events that tell the same real-world event (canonical events)."""
    settings = _settings(ctx)
    keys = LinkSettings(window_days, min_score, max_span_days=max_span_days,
                        background_days=background_days)
    with Store.open(settings.db_path) as store:
        run = link_store(store.con, keys, policy)
    sys.stderr.write(f"belli: {run.summary()}\n")


def why_command(
    ctx: typer.Context,
    some_id: Annotated[str, typer.Argument(
        metavar="ID", help="A canonical event id, an event id, or DOC_ID/EVENT_ID.")],
) -> None:
    """Why reports were linked into one canonical event: each report and its link."""
    settings = _settings(ctx)
    with Store.open(settings.db_path, read_only=True) as store:
        explanation = explain(store.con, some_id)
    sys.stdout.write(render(explanation))


def render(explanation: Explanation) -> str:
    """The explanation as plain text an analyst reads top to bottom."""
    e = explanation.event
    who = " + ".join(actor_text(a) for a in e.source) or "?"
    whom = " + ".join(actor_text(a) for a in e.target) or ("together" if e.reciprocal else "?")
    lines = [f"canonical event {e.canonical_id}: {e.type} {who} -> {whom}",
             (f"  date {e.date or 'unknown'}, place {e.place.name if e.place else 'unknown'}; "
             f"{e.n_reports} reports from {e.n_sources} sources, first seen "
             f"{e.first_seen or '?'}, last seen {e.last_seen or '?'}"),
             f"  {e.reason}", ""]
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
    settings = _settings(ctx)
    with Store.open(settings.db_path, read_only=True) as store:
        comparison = compare(store.con, some_id)
    if as_json:
        import json

        sys.stdout.write(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_comparison(comparison))


def render_comparison(comparison: Comparison) -> str:
    e = comparison.event
    lines = [f"{e.type} {e.canonical_id}: {e.n_reports} reports from {e.n_sources} sources",
             "", "Where they part ways:"]
    lines += [f"  - {d}" for d in comparison.differences] or ["  - nowhere belli can see"]
    for t in comparison.tellings:
        lines += ["", f"{t.outlet} ({t.published or 'undated'}):",
                  f"  {t.type} {' + '.join(t.source) or '?'} -> {' + '.join(t.target) or '?'}"
                  f", {t.certainty}" + (f" on the word of {t.attributed_to}"
                                        if t.attributed_to else ""),
                  f"  \"{t.sentence}\""]
        if t.loaded:
            lines.append("  loaded words: " + ", ".join(f"{w} ({g})" for w, g in t.loaded))
        if t.leaves_out:
            lines.append("  leaves out: " + ", ".join(t.leaves_out))
    return "\n".join(lines) + "\n"
