"""Who acts on whom: actors as nodes sized by their events, directed edges as wide as the
events between the pair and coloured by their mean score (red conflict, grey, blue
cooperation). Only the busiest pairs are drawn; the filters narrow them. Clicking an
edge or an actor lists its events beside the graph.
"""

from __future__ import annotations

import math
from typing import Any

import dash
import dash_cytoscape as cyto
from dash import Input, Output, State, ctx, dcc, html

from belli.errors import BelliError
from belli.server.handle import StoreHandle
from belli.store.event_query import select_events
from belli.store.explore import ActorRow, DyadRow, actor_rows, dyad_rows
from belli.web.theme import FONT, score_colour
from belli.web.urlstate import DEFAULTS, Params, event_filter, href, parse_search
from belli.web.view import Context, View
from belli.web.views.events import no_events
from belli.web.widgets import card, error_banner, event_table, number, score_legend

__all__ = ["VIEW", "elements"]

EDGE_CHOICES = ("30", "60", "120", "250")
# Node fills: one muted colour per country (the busiest first), so that a state's
# government, military and people read as one family; the rest are slate.
COUNTRY_COLOURS = ("#4c6a92", "#8a5a44", "#5b7f5a", "#7a5c8e", "#9a7b2f", "#3f7f86",
                   "#8c4f6b", "#6b6f3a")
_OTHER = "#6b7886"
_LIST = 30

STYLESHEET: list[dict[str, Any]] = [
    {"selector": "node", "style": {
        "label": "data(label)", "width": "data(size)", "height": "data(size)",
        "background-color": "data(colour)", "border-width": 2, "border-color": "#fff",
        "font-family": FONT, "font-size": 12, "font-weight": 700, "color": "#1d2733",
        "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fbfcfd",
        "text-outline-width": 2.5, "min-zoomed-font-size": 6}},
    {"selector": "edge", "style": {
        "width": "data(width)", "line-color": "data(colour)",
        "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
        "arrow-scale": 0.9, "curve-style": "bezier", "opacity": 0.85}},
    {"selector": "edge.together", "style": {"target-arrow-shape": "none",
                                            "line-style": "dashed"}},
    {"selector": ":selected", "style": {"border-color": "#f0b400", "border-width": 4,
                                        "line-color": "#f0b400",
                                        "target-arrow-color": "#f0b400", "opacity": 1}},
]


def elements(dyads: tuple[DyadRow, ...], actors: dict[str, ActorRow]) -> list[dict[str, Any]]:
    """Cytoscape nodes and edges for the drawn pairs."""
    busiest = max((d.events for d in dyads), default=1)
    keys = dict.fromkeys(k for d in dyads for k in (d.source, d.target))
    most = max((actors[k].events for k in keys if k in actors), default=1)
    countries = [c for c in dict.fromkeys(actors[k].country for k in keys if k in actors) if c]
    palette = dict(zip(countries, COUNTRY_COLOURS, strict=False))
    nodes = []
    for key in keys:
        row = actors.get(key)
        events = row.events if row else sum(d.events for d in dyads if key in (d.source,
                                                                             d.target))
        nodes.append({"data": {"id": key, "label": key, "events": events,
                               "name": row.name if row else key,
                               "colour": palette.get(row.country or "", _OTHER) if row
                               else _OTHER,
                               "size": round(16 + 44 * math.sqrt(events / max(most, 1)))}})
    edges = [{"data": {"id": f"{d.source}\u2192{d.target}", "source": d.source,
                       "target": d.target, "events": d.events, "score": d.mean_score,
                       "colour": score_colour(d.mean_score),
                       "width": round(1.5 + 9 * math.sqrt(d.events / busiest), 1)},
              "classes": "together" if d.reciprocal == d.events else ""} for d in dyads]
    return nodes + edges


def render(ctx: Context) -> Any:
    wanted = ctx.params.get("edges", DEFAULTS["edges"])
    limit = int(wanted if wanted in EDGE_CHOICES else DEFAULTS["edges"])
    where = event_filter(ctx.params)
    with ctx.handle.cursor() as con:
        dyads = dyad_rows(con, where, limit=limit)
        actors = {a.actor: a for a in actor_rows(con, where, limit=500).items}
    controls = html.Div([
        html.Label([html.Span("Pairs drawn", className="field-label"),
                    dcc.RadioItems(id={"q": "edges"}, value=str(limit), className="segmented",
                                   options=[{"label": f"top {n}", "value": n}
                                            for n in EDGE_CHOICES])], className="field"),
        score_legend(),
        html.Span(f"{number(len(dyads.items))} of {number(dyads.total)} pairs · "
                  "node colour: country · dashed: acting together", className="hint"),
    ], className="controls")
    if not dyads.items:
        return card(None, controls, no_events(ctx.params))
    graph = cyto.Cytoscape(
        id="network", elements=elements(dyads.items, actors), stylesheet=STYLESHEET,
        layout={"name": "cose", "animate": False, "nodeRepulsion": 60000,
                "idealEdgeLength": 120, "nodeOverlap": 40, "gravity": 0.6,
                "padding": 24, "randomize": False, "componentSpacing": 80},
        className="network", minZoom=0.2, maxZoom=3, style={"width": "100%"})
    side = card("Events", html.Div(html.P("Click an edge to list the events between two "
                                          "actors, or an actor to list its events.",
                                          className="hint"), id="network-picked"),
                className="side-list")
    return html.Div([card(None, controls, graph, className="graph-card"), side],
                    className="grid-side")


def picked(handle: StoreHandle, params: Params, edge: dict[str, Any] | None,
           node: dict[str, Any] | None) -> Any:
    """The events of a clicked edge (one direction of a pair) or node."""
    if edge is not None:
        source, target = edge["source"], edge["target"]
        where = event_filter(params, dyad=(source, target))
        title: list[Any] = [html.Span(source, className="code"), " → ",
                            html.Span(target, className="code")]
        more = href("/dyad", params, source=source, target=target)
        more_text = "Score over time for this pair →"
    elif node is not None:
        where = event_filter(params, actor=node["id"])
        title = [html.Span(node["id"], className="code")]
        more, more_text = href("/events", params, actor=node["id"]), "All its events →"
    else:
        return dash.no_update
    with handle.cursor() as con:
        page = select_events(con, where, sort="date", descending=True, limit=_LIST)
    return html.Div([
        html.Div([html.Span(title, className="picked-title"),
                  html.Span(f" {number(len(page.items))} of {number(page.total)}",
                            className="hint")]),
        dcc.Link(more_text, href=more, className="more"),
        event_table(page.items, compact=True),
    ])


def register(app: dash.Dash, handle: StoreHandle) -> None:
    @app.callback(Output("network-picked", "children"),
                  Input("network", "tapEdgeData"), Input("network", "tapNodeData"),
                  State("url", "search"), prevent_initial_call=True)
    def pick(edge: dict[str, Any] | None, node: dict[str, Any] | None,
             search: str | None) -> Any:
        tapped = ctx.triggered[0]["prop_id"] if ctx.triggered else ""
        try:
            return picked(handle, parse_search(search),
                          edge if tapped.endswith("tapEdgeData") else None,
                          node if tapped.endswith("tapNodeData") else None)
        except BelliError as exc:
            return error_banner(exc)


VIEW = View("/network", "Network", render, nav="Network", filters=True, register=register,
            lede="Who acts on whom, and how: edges coloured from conflict to cooperation.")
