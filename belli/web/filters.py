"""The filter bar: the same controls on every page that narrows events.

Each control has the id {"q": <query key>}; one callback in `belli.web.app` writes their
values into the address, and the page redraws from the address. Text boxes apply on
Enter or when they lose focus, so typing does not redraw the page at every key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from dash import dcc, html

from belli.events.lexicon import load_plover
from belli.store.event_query import AUX_MODES, CERTAINTIES, split_values
from belli.web.theme import QUADS
from belli.web.urlstate import FILTER_KEYS, href

__all__ = ["control_value", "filter_bar"]


def control_value(value: Any) -> str | None:
    """A control's value as the address writes it (lists comma-joined, blanks dropped)."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value if str(v).strip()) or None
    return str(value).strip() or None


def _text(key: str, params: Mapping[str, str], placeholder: str) -> dcc.Input:
    return dcc.Input(id={"q": key}, type="text", value=params.get(key, ""), debounce=True,
                     placeholder=placeholder, className="input")


def _field(label: str, control: Any, span: int = 1) -> html.Label:
    width = {1: "", 2: " wide", 3: " wider"}[span]
    return html.Label([html.Span(label, className="field-label"), control],
                      className="field" + width)


def _type_options() -> list[dict[str, Any]]:
    quads = load_plover().quads
    return [{"label": f"{kind.title()} · {QUADS[n].short}", "value": kind}
            for kind, n in sorted(quads.items(), key=lambda kv: (kv[1], kv[0]))]


def _quad_options() -> list[dict[str, Any]]:
    return [{"label": html.Span([html.Span(className="swatch", style={"background": q.colour}),
                                 q.short], title=q.label), "value": str(n)}
            for n, q in QUADS.items()]


def filter_bar(params: Mapping[str, str], outlets: Sequence[str], path: str) -> html.Div:
    """Controls for every event filter, holding the values the address gives."""
    def many(key: str) -> list[str]:
        return list(split_values(params.get(key)))

    outlet_choices = list(dict.fromkeys([*outlets, *many("outlet")]))
    fields = [
        _field("Actor", _text("actor", params, "AZE, AZE MIL or a name")),
        _field("Event type", dcc.Dropdown(id={"q": "type"}, options=_type_options(),
                                          value=many("type"), multi=True,
                                          placeholder="any type"), span=2),
        _field("From", _text("since", params, "YYYY[-MM[-DD]]")),
        _field("To", _text("until", params, "YYYY[-MM[-DD]]")),
        _field("Outlet", dcc.Dropdown(id={"q": "outlet"}, options=outlet_choices,
                                      value=params.get("outlet"), placeholder="any outlet")),
        _field("Words in the sentence", _text("text", params, "e.g. drone")),
        _field("Quad class", dcc.Checklist(id={"q": "quad"}, options=_quad_options(),
                                           value=many("quad"), inline=True,
                                           className="checks"), span=3),
        _field("Certainty", dcc.Dropdown(id={"q": "certainty"}, options=list(CERTAINTIES),
                                         value=many("certainty"), multi=True,
                                         placeholder="any")),
        _field("Leave out", dcc.Dropdown(id={"q": "without"}, options=list(AUX_MODES),
                                         value=many("without"), multi=True,
                                         placeholder="nothing")),
    ]
    active = [k for k in FILTER_KEYS if params.get(k)]
    clear = dcc.Link("Clear all filters", href=path, className="clear") if active else None
    return html.Div([html.Div(fields, className="filters-grid"),
                     html.Div([*_chips(params, path), clear], className="filter-chips")],
                    className="filters")


# Filters set by following a link (a place on the map) rather than by a control: shown
# as chips, each with a link that drops it.
_LINKED = {"place": "Place", "country": "Country"}


def _chips(params: Mapping[str, str], path: str) -> list[Any]:
    return [html.Span([f"{label}: {params[key]} ",
                       dcc.Link("×", href=href(path, params, **{key: None, "offset": None}),
                                className="chip-remove", title=f"drop the {key} filter")],
                      className="filter-chip")
            for key, label in _LINKED.items() if params.get(key)]
