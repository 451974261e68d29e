"""Pieces every page is built from: headings, cards, badges, the events table, the pager,
legends and empty states.

Everything here is a plain Dash component fed plain strings, which React escapes: text
from articles can never become markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from dash import dcc, html

from belli.errors import BelliError
from belli.records import CanonicalEvent, Event
from belli.store.event_query import StoredEvent, actor_text
from belli.web.highlight import trigger_span
from belli.web.theme import GRANULARITY, PLOT_CONFIG, QUADS, quad, score_colour
from belli.web.urlstate import evidence_href, href

__all__ = [
    "actors_line",
    "card",
    "date_label",
    "empty",
    "error_banner",
    "event_table",
    "event_tags",
    "excerpt",
    "graph",
    "number",
    "page_head",
    "pager",
    "quad_badge",
    "quad_legend",
    "score_chip",
    "score_legend",
    "stat",
]

Child = Any  # a Dash component, a string or a list of them


def number(n: int) -> str:
    return f"{n:,}"


def page_head(title: str, lede: str, *extra: Child) -> html.Div:
    return html.Div([html.Div([html.H1(title), html.P(lede, className="lede")]), *extra],
                    className="page-head")


def card(title: str | None, *children: Child, aside: Child = None,
         className: str = "") -> html.Section:
    head = [html.Div([html.H2(title), aside], className="card-head")] if title else []
    return html.Section([*head, *children], className=f"card {className}".strip())


def stat(label: str, value: int, link: str, note: str | None = None,
         tone: str = "") -> dcc.Link:
    return dcc.Link([html.Div(number(value), className="stat-value"),
                     html.Div(label, className="stat-label"),
                     html.Div(note or "", className="stat-note")],
                    href=link, className=f"stat {tone}".strip())


def empty(title: str, text: str, command: str | None = None) -> html.Div:
    """What to do when there is nothing to show (never a blank panel)."""
    parts: list[Child] = [html.Div(title, className="empty-title"), html.P(text)]
    if command:
        parts.append(html.Code(command, className="command"))
    return html.Div(parts, className="empty")


def error_banner(exc: BelliError) -> html.Div:
    parts: list[Child] = [html.Strong(exc.message)]
    if exc.hint:
        parts.append(html.Span(f" — {exc.hint}"))
    return html.Div(parts, className="banner error", role="alert")


def quad_badge(kind: str, number_: int | None, mode: str | None = None) -> html.Span:
    q = quad(number_)
    label = [html.Span(kind, className="badge-type")]
    if mode:
        label.append(html.Span(mode, className="badge-mode"))
    return html.Span(label, className="badge", title=q.label,
                     style={"borderLeftColor": q.colour})


def score_chip(score: float | None) -> html.Span:
    text = "–" if score is None else f"{score:+.1f}"
    dark = score is not None and abs(score) >= 4
    return html.Span(text, className="chip" + (" chip-dark" if dark else ""),
                     title="cooperation (+10) … conflict (−10)",
                     style={"background": score_colour(score)})


def date_label(value: str | None, granularity: str | None) -> html.Span:
    """A date as the store writes it ("2021-SU"), with its granularity beneath."""
    if not value:
        return html.Span("undated", className="muted")
    return html.Span([html.Span(value, className="mono"),
                      html.Span(GRANULARITY.get(granularity or "", granularity or ""),
                                className="sub")], className="date")


def actors_line(event: Event | CanonicalEvent) -> html.Span:
    def names(actors: Sequence[Any]) -> str:
        return ", ".join(actor_text(a) for a in actors) or "—"

    if event.reciprocal:
        return html.Span([names((*event.source, *event.target)),
                          html.Span(" together", className="sub-inline")], className="who")
    return html.Span([names(event.source), html.Span(" → ", className="arrow"),
                      names(event.target)], className="who")


def event_tags(event: Event) -> list[html.Span]:
    tags = [html.Span(event.certainty, className=f"tag tag-{event.certainty}")
            ] if event.certainty != "asserted" else []
    tags += [html.Span(aux, className=f"tag tag-{aux}") for aux in event.aux]
    return tags


def excerpt(event: Event, width: int = 240) -> list[Child]:
    """The sentence (shortened around the trigger when long), the trigger in bold."""
    text, span = event.sentence, trigger_span(event)
    lo, hi = 0, len(text)
    if len(text) > width:
        centre = span[0] if span else 0
        lo = max(0, min(centre - width // 3, len(text) - width))
        hi = lo + width
    pieces: list[Child] = ["…" if lo else ""]
    if span and lo <= span[0] and span[1] <= hi:
        pieces += [text[lo:span[0]], html.B(text[span[0]:span[1]]), text[span[1]:hi]]
    else:
        pieces.append(text[lo:hi])
    pieces.append("…" if hi < len(text) else "")
    return [p for p in pieces if p != ""]


def _event_row(item: StoredEvent) -> html.Tr:
    e = item.event
    link = evidence_href(e.doc_id, e.event_id)
    outlet = [html.Div(item.publisher or "unknown outlet"),
              html.Div(item.published or "", className="sub")]
    return html.Tr([
        html.Td(date_label(e.date, e.date_granularity), className="col-date"),
        html.Td([quad_badge(e.type, e.quad, e.mode), html.Div(score_chip(e.score))],
                className="col-type"),
        html.Td(actors_line(e), className="col-who"),
        html.Td([dcc.Link(excerpt(e), href=link, className="evidence-link"),
                 html.Div(event_tags(e), className="tags")], className="col-text"),
        html.Td(outlet, className="col-outlet"),
    ])


def _event_item(item: StoredEvent) -> html.Li:
    e = item.event
    return html.Li([
        html.Div([quad_badge(e.type, e.quad, e.mode), score_chip(e.score),
                  date_label(e.date, e.date_granularity)], className="item-head"),
        actors_line(e),
        dcc.Link(excerpt(e, 180), href=evidence_href(e.doc_id, e.event_id),
                 className="evidence-link"),
        html.Div([*event_tags(e), html.Span(item.publisher or "", className="sub-inline")],
                 className="tags"),
    ], className="event-item")


def event_table(items: Sequence[StoredEvent], *, none: str = "No events match.",
                compact: bool = False) -> Child:
    """Events as rows (or, `compact`, as a list for a narrow panel); each sentence links
    to its evidence page."""
    if not items:
        return empty("No events here", none)
    if compact:
        return html.Ul([_event_item(i) for i in items], className="event-list")
    head = html.Thead(html.Tr([html.Th(h) for h in
                               ("Event date", "Event", "Who → whom", "Evidence", "Outlet")]))
    return html.Div(html.Table([head, html.Tbody([_event_row(i) for i in items])],
                               className="events"), className="table-wrap")


def pager(path: str, params: Mapping[str, str], shown: int, total: int, offset: int,
          limit: int, noun: str = "events") -> html.Div:
    """"41–60 of 1,234 events", with links to the pages before and after."""
    first = offset + 1 if shown else 0
    text = f"{number(first)}–{number(offset + shown)} of {number(total)} {noun}" if shown \
        else f"0 of {number(total)} {noun}"
    links: list[Child] = []
    if offset > 0:
        links.append(dcc.Link("← Previous", className="button",
                              href=href(path, params, offset=max(0, offset - limit) or None)))
    if offset + shown < total:
        links.append(dcc.Link("Next →", className="button",
                              href=href(path, params, offset=offset + limit)))
    return html.Div([html.Span(text, className="pager-count"),
                     html.Div(links, className="pager-links")], className="pager")


def graph(id_: str, figure: Any, **config: Any) -> dcc.Graph:
    """A plotly chart with the dashboard's config (no plotly logo, nothing fetched)."""
    height = figure.layout.height or 450  # the box must be as tall as the figure
    return dcc.Graph(id=id_, figure=figure, config=cast(Any, {**PLOT_CONFIG, **config}),
                     style={"height": f"{height}px"})


def quad_legend() -> html.Div:
    return html.Div([html.Span([html.Span(className="swatch",
                                          style={"background": q.colour}), q.label],
                               className="legend-item") for q in QUADS.values()],
                    className="legend")


def score_legend() -> html.Div:
    stops = ", ".join(score_colour(s) for s in (-10, -4, 0, 4, 10))
    return html.Div([html.Span("conflict −10", className="sub"),
                     html.Span(className="gradient",
                               style={"background": f"linear-gradient(90deg, {stops})"}),
                     html.Span("+10 cooperation", className="sub")],
                    className="legend score-legend")
