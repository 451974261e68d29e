"""One story, told by several outlets: the tellings side by side, in order of publication.

Each telling is a card with the same rows (what, who → whom, on whose word, when and
where, figures, the sentence, what it leaves out), so the eye can run across them; a
value that parts from what the other tellings say is highlighted, and the sentence's
loaded words are marked by what they do. Addressed as /compare/<canonical_id> (a
report's "doc_id/event_id" works too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Any

from dash import dcc, html

from belli.analysis.figures import figure_kind, figure_number
from belli.analysis.framing import Telling, compare, loaded_terms
from belli.analysis.outlet_info import outlet_book
from belli.errors import QueryError
from belli.events.lexicon import load_plover
from belli.records import CanonicalEvent, FigureClaim, FigureRange
from belli.web.highlight import Span, segments
from belli.web.urlstate import evidence_href
from belli.web.view import Context, View
from belli.web.views.stories import plural, seen_span
from belli.web.widgets import actors_line, card, quad_badge, score_chip

__all__ = ["LOADED", "VIEW", "loaded_spans", "odd_ones"]

# What each group of loaded words does (belli/analysis/data/loaded_terms.yaml).
LOADED = {
    "euphemism": "an attack or a war named as something milder",
    "delegitimizing": "the other side named so that it has no standing",
    "territorial": "a claim to land in the choice of word",
    "grievance": "the act named as a wrong done to one's own side",
    "hedge": "distance taken from a claim",
}


def loaded_spans(sentence: str) -> list[Span]:
    """Where the sentence's loaded words are, a longer term winning over one inside it
    (the same terms `belli.analysis.framing.terms_in` finds). `kind` is the group."""
    spans: list[Span] = []
    for pattern, term, group in loaded_terms():
        for m in pattern.finditer(sentence):
            if all(m.end() <= s.start or m.start() >= s.end for s in spans):
                spans.append(Span(m.start(), m.end(), group, term))
    return sorted(spans, key=lambda s: s.start)


def marked_sentence(sentence: str) -> list[Any]:
    return [html.Mark(text, className=f"loaded loaded-{span.kind}",
                      title=f"{span.kind}: {LOADED.get(span.kind, '')}") if span else text
            for text, span in segments(sentence, loaded_spans(sentence))]


def odd_ones(values: Sequence[Hashable | None]) -> list[bool]:
    """Which values part from the others: those unlike the majority's, or every value
    when no majority agrees. None (not said) is never odd: "leaves out" tells of it."""
    counts = Counter(v for v in values if v is not None)
    if len(counts) < 2:
        return [False] * len(values)
    (top, n), (_, runner_up) = counts.most_common(2)
    majority = top if n > runner_up else None
    return [v is not None and v != majority for v in values]


def _side(keys: Sequence[str]) -> frozenset[str] | None:
    """The side a list of actors stands for: their country codes ("AZE MIL" -> AZE), so
    that naming the army or the government alike is no difference of blame."""
    def country(key: str) -> str:
        first = key.split(" ", 1)[0]
        return first if first.isalpha() and first.isupper() and len(first) <= 5 else key
    return frozenset(country(k) for k in keys) or None


def _value(text: str | None, odd: bool, others: str = "") -> Any:
    if text is None:
        return html.Span("not said", className="muted")
    if not odd:
        return html.Span(text)
    return html.Span(text, className="differs", title=f"the others: {others}" if others
                     else "the tellings disagree")


def _others(values: Sequence[str | None], i: int) -> str:
    rest = Counter(v for j, v in enumerate(values) if j != i and v is not None)
    return "; ".join(f"{v} ({n})" if n > 1 else v for v, n in rest.most_common())


def _keys(keys: Sequence[str]) -> str | None:
    return " + ".join(keys) or None


class _Column:
    """Which of each telling's values part from the others, row by row."""

    def __init__(self, tellings: Sequence[Telling]) -> None:
        self.texts: dict[str, list[str | None]] = {
            "type": [t.type for t in tellings],
            "source": [_keys(t.source) for t in tellings],
            "target": [_keys(t.target) for t in tellings],
            "certainty": [t.certainty for t in tellings],
            "date": [t.date for t in tellings],
            "place": [t.place for t in tellings],
        }
        readings: dict[str, Sequence[Hashable | None]] = {
            **self.texts, "source": [_side(t.source) for t in tellings],
            "target": [_side(t.target) for t in tellings]}
        self.odd = {key: odd_ones(values) for key, values in readings.items()}

    def blame_note(self, i: int) -> html.Div | None:
        """What the other tellings say acted on whom, when this one parts from them."""
        if not (self.odd["source"][i] or self.odd["target"][i]):
            return None
        others = dict.fromkeys(
            f"{source or '?'} → {target or '?'}" for j, (source, target) in
            enumerate(zip(self.texts["source"], self.texts["target"], strict=True)) if j != i)
        return html.Div("the others: " + "; ".join(others), className="sub differs-note")

    def value(self, key: str, i: int) -> Any:
        values = self.texts[key]
        return _value(values[i], self.odd[key][i], _others(values, i))


def _row(label: str, *content: Any) -> html.Div:
    return html.Div([html.Div(label, className="telling-label"), *content],
                    className="telling-row")


def _sourcing(t: Telling, column: _Column, i: int) -> list[Any]:
    said = html.Span(t.certainty, className=f"tag tag-{t.certainty}")
    if column.odd["certainty"][i]:
        said = html.Span(said, className="differs", title="the others: "
                         + _others(column.texts["certainty"], i))
    if t.attributed_to:
        return [said, " on the word of ", html.Span(t.attributed_to, className="code")]
    if t.certainty == "asserted":
        return [said, html.Span(" in the outlet's own voice", className="muted")]
    return [said, html.Span(" no speaker named", className="muted")]


def _telling(t: Telling, i: int, column: _Column) -> html.Article:
    quad = load_plover().quads.get(t.type)
    figures = html.Ul([html.Li(q) for q in t.quantities], className="figures") \
        if t.quantities else html.Span("none", className="muted")
    leaves = html.Div([html.Span(w, className="tag tag-leaves") for w in t.leaves_out],
                      className="tags") if t.leaves_out else \
        html.Span("nothing another telling gives", className="muted")
    return html.Article([
        html.Div([html.Div([html.Span(t.outlet, className="telling-outlet"),
                            html.Span("first" if i == 0 else f"#{i + 1}",
                                      className="telling-order")], className="telling-top"),
                  html.Span(f"published {t.published or 'on an unknown date'}",
                            className="sub")], className="telling-head"),
        _row("What", html.Span(quad_badge(t.type, quad),
                               className="differs" if column.odd["type"][i] else "")),
        _row("Who → whom", html.Div([column.value("source", i),
                                     html.Span(" → ", className="arrow"),
                                     column.value("target", i)], className="who"),
             column.blame_note(i)),
        _row("On whose word", html.Div(_sourcing(t, column, i))),
        _row("When, where", html.Div([column.value("date", i), html.Span(" · ",
                                                                         className="muted"),
                                      column.value("place", i)])),
        _row("Figures", figures),
        html.Blockquote(marked_sentence(t.sentence), className="telling-sentence"),
        html.Div([_row("Leaves out", leaves),
                  dcc.Link("Open the evidence →", href=evidence_href(t.doc_id, t.event_id),
                           className="more")], className="telling-foot"),
    ], className="telling")


def _legend() -> html.Div:
    items = [html.Span([html.Span(className=f"swatch loaded-{group}"), group],
                       className="legend-item", title=what) for group, what in LOADED.items()]
    items.append(html.Span([html.Span("differs", className="differs"),
                            " parts from the other tellings"], className="legend-item"))
    return html.Div(items, className="legend loaded-legend")


def _summary(event: CanonicalEvent) -> html.Dl:
    place = ", ".join(p for p in (event.place.name, event.place.country or "") if p) \
        if event.place else None
    items: list[Any] = []
    for term, value in (
        ("Type", quad_badge(event.type, event.quad)),
        ("Score", html.Span([score_chip(event.score),
                             html.Span(" mean of the reports", className="sub-inline")])),
        ("Who → whom", html.Div([actors_line(event),
                                 html.Span("the combined reading", className="sub")])),
        ("Date", html.Span(event.date, className="mono") if event.date else None),
        ("Place", place),
        ("Reported", seen_span(event.first_seen, event.last_seen)),
        ("Figures", _figures(event) if event.figures else None),
        ("How linked", html.Span(event.reason, className="sub") if event.reason else None),
    ):
        if value is not None:
            items += [html.Dt(term), html.Dd(value)]
    return html.Dl(items, className="facts")


def _figures(event: CanonicalEvent) -> html.Ul:
    """Each kind of figure, and whose, as low / best / high, and under it who claims
    what."""
    return html.Ul([html.Li([html.Span(figure_kind(r), className="code"), _span(r),
                             html.Span(f" {r.basis}", className="sub-inline"),
                             html.Ul([html.Li(_claim(c)) for c in r.claims],
                                     className="figure-claims")])
                    for r in event.figures], className="figures")


def _span(r: FigureRange) -> str:
    return (f" low {figure_number(r.low)} · best {figure_number(r.best)} "
            f"· high {figure_number(r.high)}")


def _claim(claim: FigureClaim) -> str:
    said = figure_number(claim.value)
    return f"{claim.claimant}: {claim.qualifier + ' ' if claim.qualifier else ''}{said}"


def _difference(line: str, outlets: Sequence[str]) -> html.Li:
    """One line of `Comparison.differences`, its outlets set apart: "place: A: x; B: y"
    as the aspect over one line per outlet, "A words it with …" with the outlet bold."""
    line = line.replace(" -> ", " → ")
    speaker = next((o for o in sorted(outlets, key=len, reverse=True)
                    if line.startswith(o + " ")), None)
    if speaker is not None:
        return html.Li([html.Strong(speaker), line[len(speaker):]])
    what, _, detail = line.partition(": ")
    said = [part.partition(": ") for part in detail.split("; ")]
    if not detail or not all(sep for _, sep, _ in said):
        return html.Li([html.Strong(what), ": " + detail if detail else ""])
    return html.Li([html.Strong(what), html.Ul([
        html.Li([html.Span(outlet, className="diff-outlet"), value])
        for outlet, _, value in said], className="diff-outlets")])


def _differences(lines: Sequence[str], outlets: Sequence[str]) -> Any:
    if not lines:
        return html.P("The tellings agree on who, what, how sure, where and the figures, "
                      "and none uses a loaded word.", className="hint")
    return html.Ul([_difference(line, outlets) for line in lines], className="differences")


def render(ctx: Context) -> Any:
    some_id = "/".join(ctx.parts)
    if not some_id:
        raise QueryError("no story named", hint="open one from the stories list")
    with ctx.handle.cursor() as con:
        comparison = compare(con, some_id, outlet_book(ctx.handle.settings))
    event = comparison.event
    tellings = sorted(comparison.tellings, key=lambda t: t.published or "9999")
    column = _Column(tellings)
    outlets = len({t.outlet for t in tellings})
    return html.Div([
        html.Div([dcc.Link("Stories", href="/stories"), " › story"], className="crumbs"),
        html.Div([html.H1([event.type.title(), " · ", actors_line(event)]),
                  html.P(f"Told by {plural(len(tellings), 'report')} from "
                         f"{plural(outlets, 'outlet')}", className="lede")],
                 className="page-head-block"),
        html.Div([card("The event", _summary(event)),
                  card("Where the tellings part ways", _differences(comparison.differences,
                                                                [t.outlet for t in tellings]))],
                 className="grid-side compare-top"),
        card(f"The tellings, in order of publication ({len(tellings)})",
             html.Div([_telling(t, i, column) for i, t in enumerate(tellings)],
                      className="tellings"), aside=_legend()),
    ], className="compare stack")


VIEW = View("/compare", "Compare", render, prefix=True)
