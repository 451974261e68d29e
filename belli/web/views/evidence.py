"""The evidence behind one event: its sentence with the trigger, actors, place and date
marked, how it was coded, who says so, and why the pipeline coded it that way.

Addressed as /event/<doc_id>/<event_id> (or /event?doc=…&id=…), so every list of
events can link here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dash import dcc, html

from belli.errors import NotFoundError, QueryError
from belli.records import Actor, Analysis, Claim, Event, Sentence
from belli.store.event_query import StoredEvent, actor_text
from belli.store.queries import get_analysis
from belli.web.highlight import KINDS, Span, evidence_spans, segments
from belli.web.theme import DATE_TYPES, GRANULARITY, SCORE_SCALE, quad
from belli.web.urlstate import document_href, href
from belli.web.view import Context, View
from belli.web.views.stories import told_by, told_line
from belli.web.widgets import (
    actors_line,
    card,
    event_table,
    event_tags,
    quad_badge,
    score_chip,
)

__all__ = ["VIEW", "marked_sentence"]


def marked_sentence(event: Event) -> list[Any]:
    """The sentence as text pieces and <mark>s, one class per kind of span."""
    return [html.Mark(text, className=f"hl hl-{span.kind}",
                      title=f"{KINDS[span.kind]}: {span.label}") if span else text
            for text, span in segments(event.sentence, evidence_spans(event))]


def _neighbours(sentences: Sequence[Sentence], event: Event) -> tuple[str, str]:
    """The sentences just before and after the event's, for context."""
    for i, s in enumerate(sentences):
        if s.start <= event.start < s.end:
            before = sentences[i - 1].text if i > 0 else ""
            after = sentences[i + 1].text if i + 1 < len(sentences) else ""
            return before, after
    return "", ""


def _legend(spans: Sequence[Span]) -> html.Div:
    kinds = dict.fromkeys(s.kind for s in spans)
    return html.Div([html.Span([html.Span(className=f"swatch hl-{k}"), KINDS[k]],
                               className="legend-item") for k in kinds],
                    className="legend hl-legend")


def _actor(actor: Actor) -> html.Div:
    detail: list[Any] = [html.Span(actor_text(actor), className="code")]
    said = [f"“{actor.text}”"] + ([actor.name] if actor.name and actor.name != actor.text
                                  else [])
    if actor.person:
        said.append(f"person: {actor.person}")
    if actor.role:
        said.append(f"role: {actor.role}")
    detail.append(html.Span("  " + " · ".join(said), className="muted"))
    if actor.reason:
        detail.append(html.Div(actor.reason, className="sub"))
    return html.Div(detail, className="actor-card")


def _facts(pairs: Sequence[tuple[str, Any]]) -> html.Dl:
    items: list[Any] = []
    for term, value in pairs:
        if value in (None, "", [], ()):
            continue
        items += [html.Dt(term), html.Dd(value)]
    return html.Dl(items, className="facts")


def _score(score: float) -> html.Div:
    stops = ", ".join(f"{colour} {pos * 100:.0f}%" for pos, colour in SCORE_SCALE)
    left = (max(-10.0, min(10.0, score)) + 10) / 20 * 100
    return html.Div([score_chip(score), html.Div(
        html.Div(className="score-pin", style={"left": f"{left:.1f}%"}),
        className="score-track", style={"background": f"linear-gradient(90deg, {stops})"}),
        html.Span("conflict −10 … +10 cooperation", className="sub")])


def _what(event: Event) -> html.Dl:
    q = quad(event.quad)
    return _facts([
        ("Type", quad_badge(event.type, event.quad, event.mode)),
        ("Quad class", f"{q.number} · {q.label}"),
        ("Score", _score(event.score)),
        ("Intent", event.intent and f"{event.intent} (the act promised, threatened, "
                                    "asked for or refused)"),
        ("Contexts", ", ".join(event.contexts)),
        ("Quantities", ", ".join(qty.text for qty in event.quantities)),
        ("Reciprocal", "yes: the actors act together or on each other"
         if event.reciprocal else None),
    ])


def _date(event: Event) -> Any:
    if not event.date:
        return html.Span("no date found", className="muted")
    parts: list[Any] = [html.Span(event.date, className="mono"), " · ",
                        GRANULARITY.get(event.date_granularity or "",
                                        event.date_granularity or "unknown granularity")]
    if event.date_text:
        parts.append(html.Div(f"as written: “{event.date_text}”", className="sub"))
    if event.date_type:
        parts.append(html.Div(DATE_TYPES.get(event.date_type, event.date_type),
                              className="sub"))
    return html.Div(parts)


def _place(event: Event) -> Any:
    place = event.place
    if place is None:
        return html.Span("no place found", className="muted")
    where = [place.name, place.country or ""]
    parts: list[Any] = [dcc.Link(", ".join(p for p in where if p),
                                 href=href("/map", {}, place=place.name)),
                        f" · precision: {place.precision or 'unknown'}"]
    if place.lat is not None and place.lon is not None:
        parts.append(html.Div(f"{place.lat:.3f}, {place.lon:.3f}"
                              f"{' · ' + place.feature if place.feature else ''}",
                              className="sub mono"))
    if place.reason:
        parts.append(html.Div(place.reason, className="sub"))
    return html.Div(parts)


def _who_when_where(event: Event) -> html.Dl:
    return _facts([
        ("Source", [_actor(a) for a in event.source] or None),
        ("Target", [_actor(a) for a in event.target] or None),
        ("Date", _date(event)),
        ("Place", _place(event)),
    ])


def _sourcing(event: Event, claim: Claim | None) -> html.Dl:
    modes = event_tags(event)
    speaker = event.attributed_to
    return _facts([
        ("Certainty", event.certainty),
        ("Modes", html.Div(modes, className="tags") if event.aux else "plain: none of "
         "negated, future, hypothetical, historical"),
        ("Said by", _actor(speaker) if speaker else "the outlet itself (no speaker)"),
        ("Claim", html.Blockquote([claim.text, html.Div(
            claim.speaker_text or "", className="sub")], className="claim")
         if claim else None),
    ])


def _find(analysis: Analysis, event_id: str) -> tuple[Event, Claim | None]:
    event = next((e for e in analysis.events if e.event_id == event_id), None)
    if event is None:
        raise NotFoundError(f"document {analysis.doc_id} has no event {event_id!r}",
                            hint="follow a link from a list of events")
    claim = next((c for c in analysis.claims if c.claim_id and c.claim_id == event.claim_id),
                 None)
    return event, claim


def render(ctx: Context) -> Any:
    doc_id = ctx.parts[0] if ctx.parts else ctx.params.get("doc")
    event_id = ctx.parts[1] if len(ctx.parts) > 1 else ctx.params.get("id")
    if not doc_id or not event_id:
        raise QueryError("no event named", hint="open an event from any list of events")
    with ctx.handle.cursor() as con:
        analysis = get_analysis(con, doc_id)
        told = told_by(con, doc_id, event_id)
    event, claim = _find(analysis, event_id)
    article = analysis.article
    before, after = _neighbours(analysis.sentences, event)
    spans = evidence_spans(event)
    others = [StoredEvent(e, article.title, article.publisher, article.published)
              for e in analysis.events if e.event_id != event.event_id]
    return html.Div([
        html.Div([dcc.Link("Documents", href="/documents"), " › ",
                  dcc.Link(article.title or article.doc_id, href=document_href(article.doc_id)),
                  " › event"], className="crumbs"),
        html.Div([html.H1([event.type.title(), " · ", actors_line(event)]),
                  html.P([article.publisher or "unknown outlet", " · published ",
                          article.published or "on an unknown date"], className="lede")],
                 className="page-head-block"),
        told_line(told) if told is not None and told.reports > 1 else None,
        card("Evidence", html.P([html.Span(before + " ", className="context") if before
                                 else None, *marked_sentence(event),
                                 html.Span(" " + after, className="context") if after
                                 else None], className="sentence"),
             _legend(spans), aside=dcc.Link("Read the whole article →",
                                           href=document_href(article.doc_id),
                                           className="more")),
        html.Div([card("What happened", _what(event)),
                  card("Who, when, where", _who_when_where(event))], className="grid-2"),
        html.Div([card("Who says so", _sourcing(event, claim)),
                  card("Why it was coded so", html.Div(event.reason or "no reason recorded",
                                                       className="reason"),
                       html.P(f"stage {event.stage or '?'} · confidence "
                              f"{event.confidence:.2f}", className="sub"))],
                 className="grid-2"),
        card(f"Other events in this article ({len(others)})", event_table(others)),
    ], className="evidence stack")


VIEW = View("/event", "Evidence", render, prefix=True)
