"""A stored document: the cleaned article text with each event's sentence marked and
numbered (linking to its evidence), its events and its claims; and the list of all
documents, a page at a time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from dash import dcc, html

from belli.errors import QueryError
from belli.records import Analysis, Event
from belli.store.event_query import StoredEvent
from belli.store.explore import document_rows
from belli.store.queries import get_analysis
from belli.web.urlstate import document_href, evidence_href, offset_of
from belli.web.view import Context, View
from belli.web.widgets import card, empty, event_table, number, pager

__all__ = ["DOCUMENTS", "VIEW", "article_paragraphs"]

_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_LIMIT = 30

Mark = tuple[int, int, Callable[[str], Any]]


def article_paragraphs(text: str, marks: list[Mark]) -> list[html.P]:
    """The text as paragraphs, each marked span drawn by its function (spans that
    overlap an earlier one are left plain)."""
    paragraphs: list[list[Any]] = [[]]

    def plain(piece: str) -> None:
        lines = _PARAGRAPH.split(piece)
        paragraphs[-1].append(lines[0])
        paragraphs.extend([line] for line in lines[1:])

    at = 0
    for start, end, draw in sorted(marks, key=lambda m: m[0]):
        if start < at or end > len(text):
            continue
        plain(text[at:start])
        paragraphs[-1].append(draw(text[start:end]))
        at = end
    plain(text[at:])
    return [html.P([p for p in parts if p != ""]) for parts in paragraphs
            if any(not isinstance(p, str) or p.strip() for p in parts)]


def _marks(events: tuple[Event, ...]) -> list[Mark]:
    """One mark per evidence sentence, numbered after the events it holds."""
    by_span: dict[tuple[int, int], list[tuple[int, Event]]] = defaultdict(list)
    for number_, event in enumerate(events, 1):
        by_span[(event.start, event.end)].append((number_, event))

    def draw(held: list[tuple[int, Event]]) -> Callable[[str], Any]:
        first = held[0][1]
        return lambda piece: html.Span([
            dcc.Link(piece, href=evidence_href(first.doc_id, first.event_id), className="ev",
                     title=", ".join(e.type for _, e in held)),
            *(dcc.Link(html.Sup(str(n)), href=evidence_href(e.doc_id, e.event_id),
                       title=e.type) for n, e in held)])

    return [(start, end, draw(held)) for (start, end), held in by_span.items()]


def _meta(analysis: Analysis) -> html.Div:
    a = analysis.article
    published = (a.published or "unknown date") + (" (inferred)" if a.published_inferred
                                                   else "")
    items = [a.publisher or "unknown outlet", f"published {published}",
             f"{len(analysis.events)} events", f"{len(analysis.claims)} claims",
             a.language or "", f"id {a.doc_id}"]
    meta: list[Any] = [html.Span(i) for i in items if i]
    if a.url:  # shown as text, never a link: a stored URL is untrusted
        meta.append(html.Div(a.url, className="url-text"))
    return html.Div(meta, className="doc-meta")


def _claims(analysis: Analysis) -> Any:
    if not analysis.claims:
        return html.P("No claims in this article.", className="hint")
    return html.Ul([html.Li([html.Span(c.speaker_text or "unnamed speaker",
                                       className="picked-title"),
                             html.Div(f"“{c.text}”")]) for c in analysis.claims],
                   className="claims")


def render(ctx: Context) -> Any:
    if not ctx.parts:
        raise QueryError("no document named", hint="open one from the documents list")
    with ctx.handle.cursor() as con:
        analysis = get_analysis(con, ctx.parts[0])
    a = analysis.article
    stored = [StoredEvent(e, a.title, a.publisher, a.published) for e in analysis.events]
    body = article_paragraphs(a.text, _marks(analysis.events))
    return html.Div([
        html.Div([dcc.Link("Documents", href="/documents"), " › document"],
                 className="crumbs"),
        html.Div([html.H1(a.title or "Untitled document"), _meta(analysis)],
                 className="page-head-block"),
        html.Div([card("Article", html.Div(body, className="article"),
                       aside=html.Span("marked: sentences with events; the numbers "
                                       "open their evidence", className="hint")),
                  card("Claims", _claims(analysis))],
                 className="grid-side"),
        card(f"Events ({len(stored)})", event_table(stored, compact=False,
                                                    none="No events in this article.")),
    ], className="stack")


def render_list(ctx: Context) -> Any:
    offset = offset_of(ctx.params)
    with ctx.handle.cursor() as con:
        page = document_rows(con, text=ctx.params.get("q"), outlet=ctx.params.get("outlet"),
                             sort="stored", descending=True, limit=_LIMIT, offset=offset)
    search = html.Label([html.Span("Title or text contains", className="field-label"),
                         dcc.Input(id={"q": "q"}, value=ctx.params.get("q", ""),
                                   debounce=True, className="input",
                                   placeholder="e.g. ceasefire")], className="field")
    paging = pager(ctx.path, ctx.params, len(page.items), page.total, offset, _LIMIT,
                   noun="documents")
    if not page.items:
        body: Any = empty("No documents", "Ingest articles, or search for something else.",
                          None if ctx.params else "belli ingest path/to/articles/")
    else:
        body = html.Table([html.Thead(html.Tr([html.Th(h) for h in (
            "Title", "Published", "Language", "Events", "Claims", "Ingested")])),
            html.Tbody([html.Tr([
                html.Td([dcc.Link(r.title or r.doc_id, href=document_href(r.doc_id)),
                         html.Div(r.publisher or "unknown outlet", className="sub")]),
                html.Td((r.published or "—") + (" (inferred)" if r.published_inferred
                                                else ""), className="nowrap"),
                html.Td(r.language or "", className="muted"),
                html.Td(number(r.events), className="num"),
                html.Td(number(r.claims), className="num"),
                html.Td(r.ingested_at.replace("T", " "), className="muted nowrap"),
            ]) for r in page.items])], className="compact")
    return card(None, html.Div([search, paging], className="toolbar"), body)


VIEW = View("/document", "Document", render, prefix=True)
DOCUMENTS = View("/documents", "Documents", render_list, nav="Documents",
                 lede="Every stored article, the latest first.")
