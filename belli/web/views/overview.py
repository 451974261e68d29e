"""The overview: how much the store holds, who is busiest, what came in last, what failed.

Every number is one aggregated query. The dyad panel fills in after the page shows, as
pairing actors is the costliest aggregate on a large store.
"""

from __future__ import annotations

from typing import Any

import dash
from dash import Input, Output, dcc, html

from belli.server.handle import StoreHandle
from belli.store import explore
from belli.store.explore import ActorRow, DocumentRow, DyadRow, actor_rows, document_rows, dyad_rows
from belli.web.theme import QUADS
from belli.web.urlstate import document_href, href
from belli.web.view import Context, View
from belli.web.widgets import card, empty, number, quad_legend, score_chip, stat

__all__ = ["VIEW"]

INGEST_HINT = "belli ingest path/to/articles/   (files, folders, WARC or URLs)"
_BUSIEST = 8


def render(ctx: Context) -> Any:
    with ctx.handle.cursor() as con:
        counts = explore.table_counts(con)
        if counts["documents"] == 0:
            return card(None, empty("No documents yet",
                                    "This store is empty. Ingest some news articles and "
                                    "come back: every page fills from the store.",
                                    INGEST_HINT))
        quads = explore.quad_counts(con)
        actors = actor_rows(con, limit=_BUSIEST)
        docs = document_rows(con, sort="stored", descending=True, limit=6)
        failures = explore.recent_failures(con)
    return html.Div([
        _stats(counts, actors.total),
        card("Events by quad class", _quad_bar(quads), aside=quad_legend()),
        html.Div([
            card("Busiest actors", _actors(actors.items),
                 aside=dcc.Link("Network →", href="/network", className="more")),
            card("Busiest dyads", dcc.Loading(html.Div(id="overview-dyads",
                                                       className="loading-box")),
                 aside=dcc.Link("Dyads →", href="/dyad", className="more")),
        ], className="grid-2"),
        html.Div([
            card("Latest documents", _documents(docs.items),
                 aside=dcc.Link("All documents →", href="/documents", className="more")),
            card("Recent failures", _failures(failures, counts["failures"])),
        ], className="grid-2"),
    ], className="stack")


def _stats(counts: dict[str, int], actors: int) -> html.Div:
    failures = counts["failures"]
    return html.Div([
        stat("documents", counts["documents"], "/documents"),
        stat("events", counts["events"], "/events"),
        stat("claims", counts["claims"], "/documents", "who says what"),
        stat("actors", actors, "/network"),
        stat("failures", failures, "#failures", "articles not processed",
             tone="warn" if failures else ""),
    ], className="stats")


def _quad_bar(quads: dict[int, int]) -> Any:
    total = sum(quads.values())
    if not total:
        return empty("No events yet", "The documents hold no coded events so far.")
    parts = []
    for n, q in QUADS.items():
        share = quads.get(n, 0) / total
        if share:
            parts.append(dcc.Link(
                f"{q.short} {share:.0%}" if share > 0.08 else "",
                href=href("/events", {}, quad=n), className="quad-part",
                title=f"{q.label}: {number(quads.get(n, 0))} events",
                style={"width": f"{share * 100:.2f}%", "background": q.colour}))
    return html.Div(parts, className="quad-bar")


def _table(head: list[str], rows: list[html.Tr], numeric: int = 0) -> html.Table:
    cells = [html.Th(h, className="num" if i >= len(head) - numeric else "")
             for i, h in enumerate(head)]
    return html.Table([html.Thead(html.Tr(cells)), html.Tbody(rows)], className="compact")


def _actors(rows: tuple[ActorRow, ...]) -> Any:
    if not rows:
        return empty("No actors yet", "No event has a coded actor so far.")
    body = [html.Tr([
        html.Td(dcc.Link(r.actor, href=href("/events", {}, actor=r.actor), className="code")),
        html.Td(r.name if r.name and r.name != r.actor else "", className="muted"),
        html.Td(number(r.events), className="num"),
        html.Td(f"{number(r.as_source)} / {number(r.as_target)}", className="num muted"),
        html.Td(score_chip(r.mean_score), className="num"),
    ]) for r in rows]
    return _table(["Actor", "Name", "Events", "as source / target", "Mean score"], body, 3)


def _dyads(rows: tuple[DyadRow, ...]) -> Any:
    if not rows:
        return empty("No dyads yet", "No event has both a source and a target so far.")
    body = [html.Tr([
        html.Td(dcc.Link([html.Span(r.source, className="code"), " → ",
                          html.Span(r.target, className="code")],
                         href=href("/dyad", {}, source=r.source, target=r.target))),
        html.Td(number(r.events), className="num"),
        html.Td(f"{r.first_date or '?'} – {r.last_date or '?'}", className="muted nowrap"),
        html.Td(score_chip(r.mean_score), className="num"),
    ]) for r in rows]
    return _table(["Source → target", "Events", "Dated", "Mean score"], body, 1)


def _documents(rows: tuple[DocumentRow, ...]) -> Any:
    body = [html.Tr([
        html.Td([dcc.Link(r.title or r.doc_id, href=document_href(r.doc_id)),
                 html.Div(r.publisher or "unknown outlet", className="sub")]),
        html.Td(r.published or "—", className="nowrap muted"),
        html.Td(number(r.events), className="num"),
    ]) for r in rows]
    return _table(["Title", "Published", "Events"], body, 1)


def _failures(rows: list[explore.FailureRow], total: int) -> Any:
    if not rows:
        return html.Div([html.Span("✓", className="ok-mark"),
                         " Every ingested article was processed."], className="ok-line")
    items = [html.Li([html.Span(r.stage, className="tag tag-failure"), " ",
                      html.Span(r.message), html.Div(
                          f"{r.source or r.doc_id or 'unknown input'} · {r.recorded_at}",
                          className="sub")]) for r in rows]
    more = html.P(f"{number(total - len(rows))} more: `belli stats` lists them by stage.",
                  className="sub") if total > len(rows) else None
    return html.Div([html.Ul(items, className="failures", id="failures"), more])


def register(app: dash.Dash, handle: StoreHandle) -> None:
    @app.callback(Output("overview-dyads", "children"), Input("overview-dyads", "id"))
    def fill_dyads(_: str) -> Any:
        with handle.cursor() as con:
            return _dyads(dyad_rows(con, limit=_BUSIEST).items)


VIEW = View("/", "Overview", render, nav="Overview", register=register,
            lede="What the store holds: the busiest actors and pairs, the latest news.")
