"""Events over time, by the date each event happened (never the date it was ingested).

Bars are stacked by quad class. Background history ("in 1994 the war ended") sits in its
own row beneath, hatched and faded, so that it never passes for current news; the view
opens on the span of current events (double-click the chart to see all of history).
Clicking a bar lists the events behind it.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

import dash
import plotly.graph_objects as go
from dash import Input, Output, State, dcc, html
from plotly.subplots import make_subplots

from belli.errors import BelliError
from belli.server.handle import StoreHandle
from belli.store.event_query import select_events
from belli.store.explore import TimelineRow, timeline
from belli.web.theme import QUADS, base_layout
from belli.web.urlstate import DEFAULTS, Params, event_filter, href, parse_search
from belli.web.view import Context, View
from belli.web.views.events import no_events
from belli.web.widgets import card, error_banner, event_table, graph, number, quad_legend

__all__ = ["VIEW", "choose_bucket", "core_span", "period_end", "period_label", "picked_events",
           "timeline_figure"]

BUCKETS = ("day", "week", "month", "year")
# Plotly's period for each bucket, so a bar spans its whole week, month or year.
_XPERIOD: dict[str, Any] = {"day": 86_400_000, "week": 604_800_000, "month": "M1", "year": "M12"}
_LIST = 50


def core_span(rows: list[TimelineRow], share: float = 0.95) -> tuple[date, date] | None:
    """The periods holding the central `share` of current events (all events when none
    is current): a stray old date should not stretch the view over decades."""
    current = [r for r in rows if not r.historical] or rows
    if not current:
        return None
    counts: dict[str, int] = {}
    for r in current:
        counts[r.period] = counts.get(r.period, 0) + r.events
    periods = sorted(counts)
    cut = (1 - share) / 2 * sum(counts.values())

    def edge(ordered: list[str]) -> str:
        seen = 0
        for period in ordered:
            seen += counts[period]
            if seen > cut:
                return period
        return ordered[-1]

    return date.fromisoformat(edge(periods)), date.fromisoformat(edge(periods[::-1]))


def choose_bucket(rows: list[TimelineRow]) -> str:
    """A bucket that gives a readable number of bars over the span of current events."""
    span_ = core_span(rows)
    if span_ is None:
        return "month"
    span = (span_[1] - span_[0]).days
    return "year" if span > 8 * 365 else "month" if span > 540 else "week" if span > 70 \
        else "day"


def period_end(start: str, bucket: str) -> str:
    """The last day of the period that starts on `start`."""
    first = date.fromisoformat(start)
    if bucket == "day":
        return first.isoformat()
    if bucket == "week":
        return (first + timedelta(days=6)).isoformat()
    if bucket == "month":
        return first.replace(day=calendar.monthrange(first.year, first.month)[1]).isoformat()
    return first.replace(month=12, day=31).isoformat()


def period_label(start: str, bucket: str) -> str:
    first = date.fromisoformat(start)
    return {"day": start, "week": f"week of {start}", "month": first.strftime("%B %Y"),
            "year": str(first.year)}[bucket]


def timeline_figure(rows: list[TimelineRow], bucket: str) -> go.Figure:
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.09,
                        row_heights=[0.72, 0.28],
                        subplot_titles=("Current events", "Background: historical events"))
    for historical, row in ((False, 1), (True, 2)):
        for n, q in QUADS.items():
            picked = [r for r in rows if r.quad == n and r.historical == historical]
            if not picked:
                continue
            fig.add_trace(go.Bar(
                x=[r.period for r in picked], y=[r.events for r in picked],
                name=q.label, legendgroup=str(n), showlegend=False,
                marker={"color": q.colour, "opacity": 0.45 if historical else 1.0,
                        "pattern": {"shape": "/" if historical else "", "fgcolor": "#fff",
                                    "size": 6},
                        "line": {"width": 0}},
                xperiod=_XPERIOD[bucket], xperiodalignment="middle",
                customdata=[[r.period, n, historical] for r in picked],
                hovertemplate=(f"<b>{q.label}</b>{' (background)' if historical else ''}"
                               "<br>%{customdata[0]}: %{y} events<extra></extra>"),
            ), row=row, col=1)
    fig.update_layout(**base_layout(barmode="stack", height=520, bargap=0.15,
                                    margin={"l": 48, "r": 16, "t": 28, "b": 30},
                                    clickmode="event"))
    fig.update_yaxes(gridcolor="#eef1f4", zeroline=False, rangemode="tozero")
    fig.update_xaxes(type="date", showgrid=False)
    fig.update_annotations(font={"size": 12, "color": "#7b8794"}, x=0, xanchor="left")
    core = core_span(rows)
    if core is not None:
        pad = timedelta(days={"day": 1, "week": 7, "month": 31, "year": 366}[bucket])
        fig.update_xaxes(range=[(core[0] - pad).isoformat(), (core[1] + 2 * pad).isoformat()])
    return fig


def render(ctx: Context) -> Any:
    where = event_filter(ctx.params)
    asked = ctx.params.get("bucket", DEFAULTS["bucket"])
    with ctx.handle.cursor() as con:
        rows = timeline(con, where, bucket="month")
        bucket = asked if asked in BUCKETS else choose_bucket(rows)
        if bucket != "month":
            rows = timeline(con, where, bucket=bucket)
    controls = html.Div([
        html.Label([html.Span("Bars per", className="field-label"),
                    dcc.RadioItems(id={"q": "bucket"}, value=asked if asked in BUCKETS
                                   else "auto", className="segmented", options=[
                                       {"label": f"auto ({bucket})", "value": "auto"},
                                       *({"label": b, "value": b} for b in BUCKETS)])],
                   className="field"),
        quad_legend(), _outside_note(rows)], className="controls")
    if not rows:
        return card(None, controls, no_events(ctx.params))
    chart = graph("timeline-graph", timeline_figure(rows, bucket))
    return html.Div([
        card(None, controls, chart, className="graph-card"),
        dcc.Store(id="timeline-bucket", data=bucket),
        card("Events behind a bar", html.Div(
            html.P("Click a bar to list its events.", className="hint"),
            id="timeline-picked")),
    ], className="stack")


def _outside_note(rows: list[TimelineRow]) -> Any:
    core = core_span(rows)
    if core is None:
        return None
    low, high = core[0].isoformat(), core[1].isoformat()
    outside = sum(r.events for r in rows if not low <= r.period <= high)
    if not outside:
        return None
    return html.Span(f"{number(outside)} events (mostly background) lie outside this view: "
                     "double-click the chart to show the whole span.", className="hint")


def picked_events(handle: StoreHandle, params: Params, point: dict[str, Any],
                  bucket: str) -> Any:
    """The events behind one clicked bar (a period, a quad class, current or background)."""
    start, quad_number, historical = point["customdata"]
    end = period_end(start, bucket)
    without = tuple(v for v in params.get("without", "").split(",") if v)
    overrides: dict[str, Any] = {"since": start, "until": end, "quads": (int(quad_number),)}
    if historical:
        overrides["aux"] = ("historical",)
    else:
        overrides["without_aux"] = tuple(dict.fromkeys((*without, "historical")))
    with handle.cursor() as con:
        page = select_events(con, event_filter(params, **overrides), sort="date", limit=_LIST)
    link = href("/events", params, since=start, until=end, quad=quad_number)
    title = (f"{period_label(start, bucket)} · {QUADS[int(quad_number)].label}"
             f"{' · background' if historical else ''}")
    return html.Div([
        html.Div([html.Span(title, className="picked-title"),
                  html.Span(f" {number(len(page.items))} of {number(page.total)} events "
                            "dated in or across this period", className="hint")]),
        event_table(page.items),
        dcc.Link("Open these in the events table →", href=link, className="more"),
    ])


def register(app: dash.Dash, handle: StoreHandle) -> None:
    @app.callback(Output("timeline-picked", "children"),
                  Input("timeline-graph", "clickData"), State("timeline-bucket", "data"),
                  State("url", "search"), prevent_initial_call=True)
    def pick(click: dict[str, Any] | None, bucket: str, search: str | None) -> Any:
        if not click or not click.get("points"):
            return dash.no_update
        try:
            return picked_events(handle, parse_search(search), click["points"][0], bucket)
        except BelliError as exc:
            return error_banner(exc)


VIEW = View("/timeline", "Timeline", render, nav="Timeline", filters=True, register=register,
            lede="Events by the date they happened, coloured by quad class.")
