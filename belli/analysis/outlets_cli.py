"""`belli outlets`: outlet profiles on the command line, added to the CLI by `belli.cli`
(this module is imported only when the command runs)."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict, fields
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from belli.analysis.outlet_info import outlet_book
from belli.analysis.outlets import (
    OutletMonth,
    OutletProfile,
    OutletRow,
    outlet_profile,
    outlet_rows,
)
from belli.settings import Settings
from belli.store import Store

__all__ = ["OutletFormat", "outlets_command", "render_profile"]


class OutletFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def _settings(ctx: typer.Context, outlets_file: Path | None) -> Settings:
    from belli.cli_options import command_settings as cli_settings

    return cli_settings(ctx, outlets=None if outlets_file is None else str(outlets_file))


def outlets_command(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(
        metavar="[NAME]", help="One outlet, by any of its names (VOA, Voice of America); "
        "without it, every outlet.")] = None,
    since: Annotated[str | None, typer.Option(
        help="Only documents published from this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(
        help="Only documents published up to this date (YYYY[-MM[-DD]]).")] = None,
    outlets_file: Annotated[Path | None, typer.Option(
        help="Your own outlets.yaml, read over the packaged one (same fields; default: "
             "BELLI_OUTLETS).")] = None,
    dyads: Annotated[int, typer.Option(help="With NAME: busiest dyads to show.")] = 20,
    aggressors: Annotated[int, typer.Option(help="With NAME: aggressors to show.")] = 10,
    limit: Annotated[int | None, typer.Option(
        "--limit", "-n", help="Without NAME: show at most this many outlets.")] = None,
    format: Annotated[OutletFormat, typer.Option(
        "--format", "-f", help="table; csv (with NAME: the outlet's months); jsonl.")]
    = OutletFormat.table,
) -> None:
    """Outlet profiles: how much each outlet publishes, how it hedges, its dyad scores,
    whom it names as aggressor, and who owns it."""
    settings = _settings(ctx, outlets_file)
    book = outlet_book(settings)
    with Store.open(settings.db_path, read_only=True) as store:
        if name is None:
            page = outlet_rows(store.con, since=since, until=until, book=book, limit=limit)
            _write_rows(list(page.items), format)
            sys.stderr.write(f"belli: showing {len(page.items)} of {page.total} outlets\n")
            return
        profile = outlet_profile(store.con, name, since=since, until=until, book=book,
                                 dyads=dyads, aggressors=aggressors)
    _write_profile(profile, format)


def _write_rows(rows: list[OutletRow], format: OutletFormat) -> None:
    if format is OutletFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
    elif format is OutletFormat.csv:
        _csv([_flat(asdict(row)) for row in rows], [f.name for f in fields(OutletRow)])
    else:
        sys.stdout.write(render_rows(rows))


def _write_profile(profile: OutletProfile, format: OutletFormat) -> None:
    if format is OutletFormat.jsonl:
        sys.stdout.write(json.dumps(profile.to_dict(), ensure_ascii=False) + "\n")
    elif format is OutletFormat.csv:
        _csv([asdict(m) for m in profile.months], [f.name for f in fields(OutletMonth)])
    else:
        sys.stdout.write(render_profile(profile))


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: "; ".join(v) if isinstance(v, (list, tuple)) else v for k, v in row.items()}


def _csv(rows: list[dict[str, Any]], names: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def _who(row: OutletRow) -> str:
    parts = [p for p in (row.country, row.ownership) if p]
    return " ".join(["fictional", *parts] if row.fictional else parts) or "-"


def render_rows(rows: list[OutletRow]) -> str:
    """The outlet list as aligned text."""
    head = ("outlet", "country/ownership", "docs", "events", "ev/doc", "hedged", "score")
    lines = [(r.outlet, _who(r), str(r.documents), str(r.events),
              f"{r.events_per_document:.1f}", _pct(r.hedging_rate),
              "-" if r.mean_score is None else f"{r.mean_score:+.2f}") for r in rows]
    widths = [max(len(str(c)) for c in column) for column in zip(head, *lines, strict=True)]
    return "".join("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
                   + "\n" for line in (head, *lines))


def render_profile(profile: OutletProfile) -> str:
    """One outlet's profile as plain text an analyst reads top to bottom."""
    lines = [*_about(profile), "",
             "per month: documents, events, per document, conflict per 100 documents"]
    lines += [f"  {m.month or 'undated'}  {m.documents:5d}  {m.events:6d}  "
              f"{m.events_per_document:6.1f}  {m.conflict_per_100_documents:7.1f}"
              for m in profile.months]
    lines += ["", "dyads (events, mean score):"]
    lines += [f"  {d.source} -> {d.target}: {d.events}"
              + ("" if d.mean_score is None else f", {d.mean_score:+.2f}")
              for d in profile.dyads] or ["  none"]
    lines += ["", "named as aggressor (quad-4 events as source, share):"]
    lines += [f"  {a.actor}: {a.events} ({_pct(a.share)})"
              for a in profile.aggressors] or ["  none"]
    return "\n".join(lines) + "\n"


def _about(profile: OutletProfile) -> list[str]:
    """Who the outlet is, and its totals."""
    s, info = profile.summary, profile.info
    stored = f"  (stored as {', '.join(s.publishers)})" if s.publishers != (s.outlet,) else ""
    if info is None:
        known = "not in outlets.yaml: country and ownership unknown"
    else:
        facts = (("country", info.country), ("ownership", info.ownership),
                 ("owner", info.owner), ("kind", info.kind), ("leaning", info.leaning),
                 ("note", info.note))
        known = ("fictional outlet; " if info.fictional else "") + "; ".join(
            f"{k}: {v}" for k, v in facts if v)
    certainty = ", ".join(f"{k} {n}" for k, n in profile.certainty.items())
    return [s.outlet + stored, f"  {known}",
            (f"  {s.documents} documents, {s.events} events ({s.events_per_document:.1f} per"
             f" document), published {s.first_published or '?'} .. "
             f"{s.last_published or '?'}"),
            f"  hedging rate {_pct(s.hedging_rate)} ({certainty})"]
