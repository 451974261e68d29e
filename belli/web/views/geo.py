"""Where events happened, drawn as precisely as the text allows: a town (or an exact
spot) is a dot sized by its events, a region a hollow ring, and an event placed only in
a country shades the whole country rather than pinning its capital.

The map is a plain plotly chart with longitude and latitude as x and y over outlines
read from a Python package (`belli.web.world`), so it needs no tile server and no
topojson from a CDN: it works offline. Colour is the mean cooperation–conflict score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import dash
import plotly.graph_objects as go
from dash import Input, Output, State, dcc, html

from belli.errors import BelliError
from belli.server.handle import StoreHandle
from belli.store.event_query import select_events
from belli.store.explore import PlaceRow, place_rows
from belli.web.theme import base_layout, score_colour
from belli.web.urlstate import Params, event_filter, href, parse_search
from belli.web.view import Context, View
from belli.web.views.events import no_events
from belli.web.widgets import (
    card,
    error_banner,
    event_table,
    graph,
    number,
    score_chip,
    score_legend,
)
from belli.web.world import Country, World, load_world

__all__ = ["DETAIL_GRID_DEG", "VIEW", "map_figure", "preload"]

DETAIL_GRID_DEG = 0.05  # shaded countries are drawn finer than the background
_POINT_KINDS = {"town": "Towns and exact places", "exact": "Towns and exact places",
                "region": "Regions (approximate)"}
_LIST = 30


def _rings_xy(countries: Sequence[Country]) -> tuple[list[float | None], list[float | None]]:
    """All rings in one x and one y list, a None between rings (one trace, many shapes)."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for country in countries:
        for ring in country.rings:
            xs.extend(p[0] for p in ring)
            ys.extend(p[1] for p in ring)
            xs.append(None)
            ys.append(None)
    return xs, ys


def _background(world: World) -> go.Scatter:
    xs, ys = _rings_xy(world.countries)
    return go.Scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor="#e8ecf0",
                      line={"color": "#c2cad3", "width": 0.6}, hoverinfo="skip",
                      showlegend=False, name="world")


def _country_traces(rows: Sequence[PlaceRow], detail: World) -> list[go.Scatter]:
    traces = []
    for i, row in enumerate(rows):
        country = detail.country(row.country)
        if country is None:
            continue
        xs, ys = _rings_xy([country])
        traces.append(go.Scatter(
            x=xs, y=ys, mode="lines", fill="toself", hoveron="fills",
            fillcolor=score_colour(row.mean_score, 0.55),
            line={"color": score_colour(row.mean_score), "width": 1.2},
            name="Countries (event placed only in the country)", legendgroup="country",
            showlegend=i == 0, meta="country",
            text=f"{row.name}: {row.events} events, country-level", hoverinfo="text"))
    return traces


def _size(events: int, most: int) -> float:
    return 9 + 31 * math.sqrt(events / max(most, 1))


def _point_trace(rows: Sequence[PlaceRow], kind: str, most: int) -> go.Scatter:
    region = kind == "region"
    colours = [score_colour(r.mean_score) for r in rows]
    marker: dict[str, Any] = {"size": [_size(r.events, most) * (1.3 if region else 1)
                                       for r in rows],
                              "symbol": "circle-open" if region else "circle",
                              "color": colours, "opacity": 0.85,
                              "line": {"width": 3 if region else 1.2,
                                       "color": colours if region else "#ffffff"}}
    if kind == "country":
        marker.update(symbol="diamond", size=9, color="#1d2733", line={"width": 1,
                                                                       "color": "#fff"})
    return go.Scatter(
        x=[r.lon for r in rows], y=[r.lat for r in rows], mode="markers", marker=marker,
        name=_POINT_KINDS.get(kind, "Country centres (click to list)"),
        showlegend=kind != "country", meta=kind,
        customdata=[[r.name, r.country or "", r.precision or ""] for r in rows],
        text=[f"<b>{r.name}</b> ({r.precision or 'place'}, {r.country or '?'})<br>"
              f"{r.events} events · mean score {r.mean_score}" for r in rows],
        hoverinfo="text")


def _view_range(rows: Sequence[PlaceRow]) -> dict[str, Any]:
    """Axis ranges around the events, with the aspect right for their latitude."""
    lons = [r.lon for r in rows if r.lon is not None]
    lats = [r.lat for r in rows if r.lat is not None]
    if not lons:
        lons, lats = [-170.0, 180.0], [-55.0, 75.0]
    pad = max(4.0, 0.15 * max(max(lons) - min(lons), max(lats) - min(lats)))
    mid = (max(lats) + min(lats)) / 2
    return {
        "xaxis": {"range": [min(lons) - pad, max(lons) + pad], "visible": False},
        "yaxis": {"range": [max(-85.0, min(lats) - pad), min(85.0, max(lats) + pad)],
                  "visible": False, "scaleanchor": "x",
                  # a degree of longitude shrinks with latitude: stretch y to match
                  "scaleratio": 1 / max(0.3, math.cos(math.radians(mid)))},
    }


def map_figure(rows: Sequence[PlaceRow], world: World, detail: World) -> go.Figure:
    """The event places over the world outline."""
    located = [r for r in rows if r.lat is not None and r.lon is not None]
    most = max((r.events for r in rows), default=1)
    countries = [r for r in rows if r.precision == "country"]
    fig = go.Figure([_background(world), *_country_traces(countries, detail)])
    for kind in ("region", "town", "country"):
        picked = [r for r in located if (r.precision or "town") == kind
                  or (kind == "town" and r.precision == "exact")]
        if picked:
            fig.add_trace(_point_trace(picked, kind, most))
    fig.update_layout(**base_layout(height=620, dragmode="pan", clickmode="event",
                                    plot_bgcolor="#f4f8fc", hovermode="closest",
                                    margin={"l": 0, "r": 0, "t": 0, "b": 0},
                                    legend={"orientation": "h", "y": 0.01, "x": 0.01,
                                            "bgcolor": "rgba(255,255,255,0.85)"},
                                    **_view_range(located)))
    return fig


def preload() -> None:
    """Read both outline grids now, so that the map's first drawing need not wait."""
    load_world()
    load_world(DETAIL_GRID_DEG)


def render(ctx: Context) -> Any:
    with ctx.handle.cursor() as con:
        places = place_rows(con, event_filter(ctx.params), limit=500)
    note = html.Span(f"{number(len(places.items))} of {number(places.total)} places · "
                     "dot: town · ring: region · shaded: country only", className="hint")
    controls = html.Div([score_legend(), note], className="controls")
    if not places.items:
        return card(None, controls, no_events(ctx.params) if not ctx.params else
                    html.P("None of these events names a place.", className="hint"))
    fig = map_figure(places.items, load_world(), load_world(DETAIL_GRID_DEG))
    chart = graph("map", fig, scrollZoom=True)
    side = card("Places", html.Div(_top_places(places.items, ctx.params), id="map-picked"),
                className="side-list")
    return html.Div([card(None, controls, chart, className="graph-card"), side],
                    className="grid-side")


def _top_places(rows: Sequence[PlaceRow], params: Params) -> Any:
    items = [html.Tr([
        html.Td(dcc.Link(r.name, href=href("/events", params, place=r.name,
                                           country=r.country))),
        html.Td(r.precision or "", className="muted"),
        html.Td(number(r.events), className="num"),
        html.Td(score_chip(r.mean_score), className="num")]) for r in rows[:25]]
    return html.Div([html.P("Click a place on the map to list its events.", className="hint"),
                     html.Table(html.Tbody(items), className="compact")])


def picked(handle: StoreHandle, params: Params, point: dict[str, Any]) -> Any:
    name, country, precision = point["customdata"]
    where = event_filter(params, place=name, country=country or None)
    with handle.cursor() as con:
        page = select_events(con, where, sort="date", descending=True, limit=_LIST)
    return html.Div([
        html.Div([html.Span(name, className="picked-title"),
                  html.Span(f" {precision} · {country} · {number(page.total)} events",
                            className="hint")]),
        dcc.Link("All in the events table →", className="more",
                 href=href("/events", params, place=name, country=country or None)),
        event_table(page.items, compact=True),
    ])


def register(app: dash.Dash, handle: StoreHandle) -> None:
    @app.callback(Output("map-picked", "children"), Input("map", "clickData"),
                  State("url", "search"), prevent_initial_call=True)
    def pick(click: dict[str, Any] | None, search: str | None) -> Any:
        points = [p for p in (click or {}).get("points", []) if p.get("customdata")]
        if not points:
            return dash.no_update
        try:
            return picked(handle, parse_search(search), points[0])
        except BelliError as exc:
            return error_banner(exc)


VIEW = View("/map", "Map", render, nav="Map", filters=True, register=register,
            lede="Where events happened, as precisely as the text says.")
