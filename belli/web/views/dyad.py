"""One pair of actors over time: the mean cooperation–conflict score per week or month,
its range, and how many events lie behind each point. Clicking a point lists exactly
those events.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import dash
import plotly.graph_objects as go
from dash import Input, Output, State, dcc, html
from plotly.subplots import make_subplots

from belli.errors import BelliError
from belli.server.handle import StoreHandle
from belli.store import explore
from belli.store.explore import DyadPoint, DyadRow, dyad_rows, dyad_series
from belli.web.theme import base_layout, score_colour
from belli.web.urlstate import DEFAULTS, Params, event_filter, href, parse_search
from belli.web.view import Context, View
from belli.web.views.timeline import period_label
from belli.web.widgets import (
    card,
    empty,
    error_banner,
    event_table,
    graph,
    number,
    score_chip,
)

__all__ = ["VIEW", "series_figure"]

_LIST = 50
_CHOICES = 40


def _line(points: list[DyadPoint], bucket: str) -> list[DyadPoint | None]:
    """The points with a break wherever periods are missing: the line must not suggest
    a trend across months that have no events."""
    step = 8 if bucket == "week" else 32
    out: list[DyadPoint | None] = []
    for point in points:
        if out and out[-1] is not None and (date.fromisoformat(point.period)
                                            - date.fromisoformat(out[-1].period)).days > step:
            out.append(None)
        out.append(point)
    return out


def series_figure(points: list[DyadPoint], bucket: str = "month") -> go.Figure:
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.72, 0.28],
                        vertical_spacing=0.06)
    line = _line(points, bucket)
    scores = [p.mean_score if p else None for p in line]
    low = [None if p is None or p.mean_score is None or p.min_score is None
           else p.mean_score - p.min_score for p in line]
    high = [None if p is None or p.mean_score is None or p.max_score is None
            else p.max_score - p.mean_score for p in line]
    most = max((p.events for p in points), default=1)
    fig.add_trace(go.Scatter(
        x=[p.period if p else None for p in line], y=scores, mode="lines+markers",
        name="mean score", line={"color": "#9aa3ad", "width": 1.5},
        error_y={"type": "data", "array": high, "arrayminus": low, "color": "#c5ccd3",
                 "thickness": 1.2, "width": 0},
        marker={"size": [8 + 18 * (p.events / most) ** 0.5 if p else 0 for p in line],
                "color": [score_colour(s) for s in scores], "line": {"color": "#fff",
                                                                     "width": 1}},
        customdata=[[p.period, p.events, p.min_score, p.max_score] if p else None
                    for p in line],
        hovertemplate=("<b>%{customdata[0]}</b><br>mean %{y:+.1f} (from %{customdata[2]} "
                       "to %{customdata[3]})<br>%{customdata[1]} events<extra></extra>"),
    ), row=1, col=1)
    fig.add_trace(go.Bar(
        x=[p.period for p in points], y=[p.events for p in points], name="events",
        marker={"color": [score_colour(p.mean_score, 0.7) for p in points]},
        customdata=[[p.period, p.events, p.min_score, p.max_score] for p in points],
        hovertemplate="%{customdata[0]}: %{y} events<extra></extra>"), row=2, col=1)
    fig.add_hline(y=0, line={"color": "#c5ccd3", "width": 1, "dash": "dot"}, row=1, col=1)
    fig.update_layout(**base_layout(height=480, showlegend=False, clickmode="event",
                                    margin={"l": 56, "r": 16, "t": 10, "b": 30}))
    fig.update_yaxes(range=[-10.8, 10.8], title_text="← conflict · cooperation →",
                     gridcolor="#eef1f4", zeroline=False, row=1, col=1)
    fig.update_yaxes(title_text="events", gridcolor="#eef1f4", rangemode="tozero",
                     row=2, col=1)
    fig.update_xaxes(type="date", showgrid=False)
    return fig


def _choices(rows: tuple[DyadRow, ...], *current: str | None) -> list[str]:
    """Actors of the busiest pairs, busiest first, plus the ones the address names."""
    return list(dict.fromkeys([*(k for r in rows for k in (r.source, r.target)),
                               *(c for c in current if c)]))


def _controls(params: Params, rows: tuple[DyadRow, ...], source: str, target: str,
              bucket: str) -> html.Div:
    actors = _choices(rows, source, target)

    def pick(key: str, value: str, label: str) -> html.Label:
        return html.Label([html.Span(label, className="field-label"),
                           dcc.Dropdown(id={"q": key}, options=actors, value=value,
                                        clearable=False)], className="field pair-pick")

    return html.Div([
        pick("source", source, "Source"), html.Span("→", className="pair-arrow"),
        pick("target", target, "Target"),
        html.Label([html.Span("Points per", className="field-label"),
                    dcc.RadioItems(id={"q": "bucket"}, value=bucket, className="segmented",
                                   options=["week", "month"])], className="field"),
        html.Label([html.Span("Direction", className="field-label"),
                    dcc.RadioItems(id={"q": "both"}, value=params.get("both", DEFAULTS["both"]),
                                   className="segmented", options=[
                                       {"label": "both ways", "value": "1"},
                                       {"label": "source → target only", "value": "0"}])],
                   className="field"),
    ], className="controls")


def _busy_pairs(rows: tuple[DyadRow, ...], params: Params) -> html.Div:
    links = [dcc.Link([f"{r.source} → {r.target} ", html.Span(number(r.events),
                                                             className="sub-inline")],
                      href=href("/dyad", params, source=r.source, target=r.target),
                      className="filter-chip") for r in rows[:10]]
    return html.Div([html.Span("Busiest pairs:", className="hint"), *links],
                    className="filter-chips")


def _series(handle: StoreHandle, params: Params) -> tuple[str, str, str, list[DyadPoint]]:
    bucket = params.get("bucket", "month")
    bucket = bucket if bucket in ("week", "month") else "month"
    source, target = params["source"], params["target"]
    with handle.cursor() as con:
        points = dyad_series(con, source, target, event_filter(params), bucket=bucket,
                             either_direction=params.get("both", DEFAULTS["both"]) != "0")
    return source, target, bucket, points


def render(ctx: Context) -> Any:
    with ctx.handle.cursor() as con:
        rows = dyad_rows(con, event_filter(ctx.params), limit=_CHOICES).items
    if not rows and not ctx.params.get("source"):
        return card(None, empty("No pairs yet", "No events with both a source and a target "
                                "match: ingest more news or loosen the filters."))
    params = dict(ctx.params)
    params.setdefault("source", rows[0].source if rows else "")
    params.setdefault("target", rows[0].target if rows else "")
    source, target, bucket, points = _series(ctx.handle, params)
    head = card(None, _controls(params, rows, source, target, bucket),
                _busy_pairs(rows, ctx.params))
    if not points:
        return html.Div([head, card(None, empty(
            "No dated events for this pair", "Pick another pair, or loosen the filters."))],
            className="stack")
    total = sum(p.events for p in points)
    scored = [p for p in points if p.mean_score is not None]
    mean = sum((p.mean_score or 0) * p.events for p in scored) / max(
        1, sum(p.events for p in scored))
    summary = html.Div([html.Span(f"{number(total)} dated events in {len(points)} "
                                  f"{bucket}s · mean score ", className="hint"),
                        score_chip(round(mean, 2))])
    chart = graph("dyad-graph", series_figure(points, bucket))
    return html.Div([
        head, card(f"{source} and {target}", chart, aside=summary, className="graph-card"),
        card("Events behind a point", html.Div(
            html.P("Click a point or a bar to list its events.", className="hint"),
            id="dyad-picked")),
    ], className="stack")


def picked(handle: StoreHandle, params: Params, period: str) -> Any:
    source, target, bucket, points = _series(handle, params)
    point = next((p for p in points if p.period == period[:10]), None)
    if point is None:
        return html.P("That point is gone: the filters changed.", className="hint")
    with handle.cursor() as con:
        items = explore.events_by_uid(con, point.event_ids[:_LIST])
    return html.Div([
        html.Div([html.Span(f"{period_label(point.period, bucket)}", className="picked-title"),
                  html.Span(f" {number(len(items))} of {number(point.events)} events "
                            f"between {source} and {target}", className="hint")]),
        event_table(items),
    ])


def register(app: dash.Dash, handle: StoreHandle) -> None:
    @app.callback(Output("dyad-picked", "children"), Input("dyad-graph", "clickData"),
                  State("url", "search"), prevent_initial_call=True)
    def pick(click: dict[str, Any] | None, search: str | None) -> Any:
        points = (click or {}).get("points") or []
        if not points:
            return dash.no_update
        params = parse_search(search)
        try:
            if "source" not in params or "target" not in params:
                with handle.cursor() as con:
                    top = dyad_rows(con, event_filter(params), limit=1).items
                if not top:
                    return dash.no_update
                params.update(source=top[0].source, target=top[0].target)
            return picked(handle, params, str(points[0]["customdata"][0]))
        except BelliError as exc:
            return error_banner(exc)


VIEW = View("/dyad", "Dyads", render, nav="Dyads", filters=True, register=register,
            lede="How one pair of actors gets along over time.")
