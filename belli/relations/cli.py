"""`belli relations`: the stored relations aggregated across documents, with validity and
evidence. `register(app)` adds the command to belli's CLI; the command imports what it
needs only when it runs."""

from __future__ import annotations

import csv
import sys
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from belli.relations.query import StandingRelation

__all__ = ["register", "relations_command"]

# the table is read on a terminal: it shows a page unless --limit says otherwise
_TABLE_LIMIT = 50
_ROW_FIELDS = ("type", "source", "target", "item", "status", "quantity", "valid_from",
               "valid_to", "confidence", "documents", "outlets", "first_evidence")


class RelationFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    """Add `belli relations` to a Typer app."""
    app.command("relations")(relations_command)


def relations_command(
    ctx: typer.Context,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE",
        help="Only relations valid on this date (YYYY-MM-DD), or at some time in this "
             "month or year (YYYY-MM, YYYY).")] = None,
    type: Annotated[list[str] | None, typer.Option(
        "--type", "-t", help="Relation type (ally, partner, member_of, arms_supplier, "
                             "hosts_forces, mediator, rival); repeat or comma-separate.")]
    = None,
    actor: Annotated[str | None, typer.Option(
        help="A side: a code (AZE, NATO, 'RUS MIL') or a piece of a name.")] = None,
    by_item: Annotated[bool, typer.Option(
        "--by-item", help="Keep arms of different items apart.")] = False,
    limit: Annotated[int | None, typer.Option(
        "--limit", "-n", help=f"Show at most this many (table: {_TABLE_LIMIT} unless given; "
                              "csv, jsonl: all).")] = None,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    format: Annotated[RelationFormat, typer.Option("--format", "-f")] = RelationFormat.table,
) -> None:
    """Standing relations across the stored documents (ally, arms_supplier, ...): each with
    its validity and the sentences, outlets and dates it rests on."""
    from belli.cli_options import command_settings as _settings
    from belli.relations.query import relation_page
    from belli.store import Store

    if limit is None and format is RelationFormat.table:
        limit = _TABLE_LIMIT
    settings = _settings(ctx)
    with Store.open(settings.db_path, read_only=True) as store:
        page = relation_page(store.con, as_of=as_of, types=type, actor=actor,
                             by_item=by_item, limit=limit, offset=offset)
    if format is RelationFormat.jsonl:
        _write_jsonl(page.items)
    elif format is RelationFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(_ROW_FIELDS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(r.to_row() for r in page.items)
    else:
        _print_table(page.items)
    shown = len(page.items)
    sys.stderr.write(f"belli: {shown} of {page.total} standing relations"
                     f"{f' valid as of {as_of}' if as_of else ''}\n")


def _write_jsonl(items: tuple[StandingRelation, ...]) -> None:
    from belli.store.export import jsonl_line

    for item in items:
        sys.stdout.write(jsonl_line(item.to_dict()))
    sys.stdout.flush()


def _print_table(items: tuple[StandingRelation, ...]) -> None:
    """type, sides, status, validity and how many documents and outlets tell it; the
    evidence itself is in --format jsonl."""
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for name, width in (("type", 13), ("source", 7), ("target", 7), ("status", 10),
                        ("valid", 23), ("docs", 4)):
        table.add_column(name, no_wrap=True, min_width=width)
    table.add_column("item", overflow="fold")
    table.add_column("quantity", overflow="fold")
    for item in items:
        row = item.to_row()
        table.add_row(item.type, row["source"], row["target"] or "-", row["status"] or "-",
                      f"{item.valid_from or '?'} .. {item.valid_to or 'open'}",
                      f"{item.n_documents}/{item.n_sources}", row["item"],
                      row["quantity"] or "-")
    Console(soft_wrap=False).print(table)
