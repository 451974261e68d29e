"""Stories: the real-world events that more than one report tells, the most told first,
each linking to the page that sets its tellings side by side.

Rows are canonical events (belli.analysis), read a page at a time; the evidence page
asks `told_by` whether its event is one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

import duckdb
from dash import dcc, html

from belli.analysis.views import canonical_page
from belli.errors import StoreError
from belli.records import CanonicalEvent
from belli.web.urlstate import FILTER_KEYS, offset_of
from belli.web.view import Context, View
from belli.web.widgets import actors_line, card, empty, number, pager, quad_badge, score_chip

__all__ = ["VIEW", "Told", "compare_href", "told_by", "told_line"]

LIMIT = 30
MIN_REPORTS = 2


def compare_href(canonical_id: str) -> str:
    return f"/compare/{quote(canonical_id, safe='')}"


def plural(n: int, noun: str) -> str:
    return f"{number(n)} {noun}{'' if n == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Told:
    """How widely the canonical event of one report is told."""

    canonical_id: str
    reports: int
    outlets: int


def told_by(con: duckdb.DuckDBPyConnection, doc_id: str, event_id: str) -> Told | None:
    """The canonical event a report belongs to, or None when the store has not linked it.

    One small query rather than `belli.analysis.views.explain`, which reads every
    report of the event: the evidence page needs only the counts.
    """
    try:
        row = con.execute(
            "SELECT c.canonical_id, c.n_reports, c.n_sources FROM event_links l "
            "JOIN canonical_events c ON c.canonical_id = l.canonical_id "
            "WHERE l.doc_id = ? AND l.event_id = ? LIMIT 1", [doc_id, event_id]).fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"could not read event links: {exc}".split("\n")[0]) from exc
    return None if row is None else Told(str(row[0]), int(row[1]), int(row[2]))


def told_line(told: Told) -> dcc.Link:
    """"Told by 3 reports from 2 outlets — compare the tellings →" """
    return dcc.Link([html.Span(f"Told by {plural(told.reports, 'report')} from "
                               f"{plural(told.outlets, 'outlet')}", className="told-count"),
                     " — compare the tellings →"],
                    href=compare_href(told.canonical_id), className="banner note told-by")


def seen_span(first: str | None, last: str | None) -> html.Span:
    """When the reports came out: "2020-09-28 → 2020-11-10", with how long that is."""
    if not first:
        return html.Span("unknown", className="muted")
    if not last or last == first:
        return html.Span([html.Span(first, className="mono"),
                          html.Span("all on one day", className="sub")])
    try:
        days = (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    except ValueError:
        days = None
    return html.Span([html.Span(f"{first} → {last}", className="mono"),
                      html.Span(f"over {plural(days, 'day')}" if days else "", className="sub")])


def _place(event: CanonicalEvent) -> Any:
    if event.place is None:
        return html.Span("—", className="muted")
    return html.Span([event.place.name, html.Span(event.place.country or "", className="sub")])


def _row(event: CanonicalEvent) -> html.Tr:
    link = compare_href(event.canonical_id)
    return html.Tr([
        html.Td([quad_badge(event.type, event.quad), html.Div(score_chip(event.score))],
                className="col-type"),
        html.Td(dcc.Link(actors_line(event), href=link, className="story-link"),
                className="col-who"),
        html.Td(html.Span(event.date, className="mono") if event.date
                else html.Span("undated", className="muted"), className="nowrap"),
        html.Td(_place(event)),
        html.Td([html.Span(number(event.n_reports), className="told-n"),
                 html.Span(" reports", className="sub-inline"),
                 html.Span(f"from {plural(event.n_sources, 'outlet')}", className="sub")],
                className="nowrap"),
        html.Td(seen_span(event.first_seen, event.last_seen), className="nowrap"),
        html.Td(dcc.Link("Compare →", href=link, className="button compare-button"),
                className="col-action"),
    ])


def story_table(events: tuple[CanonicalEvent, ...]) -> html.Div:
    head = html.Thead(html.Tr([html.Th(h) for h in (
        "Event", "Who → whom", "Event date", "Place", "Told by", "Reported", "")]))
    return html.Div(html.Table([head, html.Tbody([_row(e) for e in events])],
                               className="events stories"), className="table-wrap")


def _actor_field(ctx: Context) -> html.Div:
    others = [k for k in FILTER_KEYS if k != "actor" and ctx.params.get(k)]
    note = html.Span("Only the actor filter applies to stories.", className="hint") \
        if others else None
    return html.Div([html.Label([
        html.Span("Actor", className="field-label"),
        dcc.Input(id={"q": "actor"}, type="text", value=ctx.params.get("actor", ""),
                  debounce=True, placeholder="AZE, AZE MIL or a name", className="input")],
        className="field actor-field"), note], className="story-filter")


def render(ctx: Context) -> Any:
    offset = offset_of(ctx.params)
    with ctx.handle.cursor() as con:
        page = canonical_page(con, min_reports=MIN_REPORTS, actor=ctx.params.get("actor"),
                              limit=LIMIT, offset=offset)
    paging = pager(ctx.path, ctx.params, len(page.items), page.total, offset, LIMIT,
                   noun="stories")
    if page.items:
        body: Any = story_table(page.items)
    elif ctx.params.get("actor"):
        body = empty("No stories with this actor",
                     "No event this actor takes part in is told by more than one report.")
    else:
        body = empty("No story told twice yet",
                     "When two documents report the same event, it shows here. Ingest "
                     "more news, from more outlets; linking runs at the end of ingest.",
                     "belli ingest path/to/articles/")
    return card(None, html.Div([paging, _actor_field(ctx)], className="toolbar"), body,
                paging if len(page.items) > 10 else None)


VIEW = View("/stories", "Stories", render, nav="Stories",
            lede="Events more than one report tells, the most told first: open one to "
                 "see how each outlet tells it.")
