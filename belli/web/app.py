"""The Dash app: the page shell (header, nav, content), the router, and the callback that
writes filter controls into the address.

One `dcc.Location` holds the state; the router renders the page the address names.
Views are registered here explicitly (Dash's file-based page discovery depends on the
working directory, which a server cannot rely on).
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote

import dash
from dash import ALL, Input, Output, State, ctx, dcc, html, no_update

from belli.errors import BelliError
from belli.server.handle import StoreHandle
from belli.store import explore
from belli.web.filters import control_value, filter_bar
from belli.web.urlstate import DEFAULTS, encode, filter_params, href, parse_search
from belli.web.view import Context, View
from belli.web.views import VIEWS
from belli.web.views.geo import preload
from belli.web.widgets import card, empty, error_banner, page_head

__all__ = ["build_dashboard"]

ASSETS = Path(__file__).with_name("assets")
log = logging.getLogger(__name__)


def build_dashboard(handle: StoreHandle, *, preload_outlines: bool = True) -> dash.Dash:
    """The analyst's dashboard over an open store, as a Dash app whose Flask server
    (`app.server`) the API mounts at `/`.

    `preload_outlines` reads the map's country outlines in a background thread (about
    two seconds, once per process) so that the first visit to the map is quick.
    """
    app = dash.Dash(
        __name__, assets_folder=str(ASSETS), requests_pathname_prefix="/",
        serve_locally=True, external_stylesheets=[], external_scripts=[],
        suppress_callback_exceptions=True,  # pages bring their own components
        use_pages=False, title="belli · news events", update_title="",
    )
    app.layout = _shell()
    _register_router(app, handle)
    _register_query(app)
    for view in VIEWS:
        if view.register is not None:
            view.register(app, handle)
    if preload_outlines:
        threading.Thread(target=preload, name="belli-web-outlines", daemon=True).start()
    return app


def _shell() -> html.Div:
    brand = dcc.Link([html.Span("b", className="brand-mark"),
                      html.Span("belli", className="brand-name"),
                      html.Span("who did what to whom", className="brand-sub")],
                     href="/", className="brand")
    return html.Div([
        dcc.Location(id="url", refresh=False),
        html.Header(html.Div([brand, html.Nav(_nav("/", {}), id="nav")],
                             className="topbar-inner"), className="topbar"),
        # The spinner covers page changes only: a panel filling in later, or the list a
        # click asks for, must not hide the page it sits on.
        html.Main(dcc.Loading(html.Div(id="page"), delay_show=400, type="dot",
                              target_components=cast(Any, {"page": "children"}),
                              overlay_style={"visibility": "visible", "opacity": 0.5},
                              className="page-loading"), className="main"),
    ], className="app")


def _nav(path: str, params: dict[str, str]) -> list[Any]:
    """Nav links that carry the current filters along."""
    keep = filter_params(params)
    return [dcc.Link(v.nav, href=href(v.path, keep),
                     className="nav-link active" if v.matches(path) is not None
                     else "nav-link")
            for v in VIEWS if v.nav]


def render_page(handle: StoreHandle, path: str, search: str | None) -> Any:
    """The page for an address (also what tests call to render a page directly)."""
    params = parse_search(search)
    for view in VIEWS:
        parts = view.matches(path)
        if parts is not None:
            return _render(view, Context(handle, path, params,
                                         tuple(unquote(p) for p in parts)))
    return card(None, empty("No such page", f"Nothing lives at {path}.",
                            None), dcc.Link("Back to the overview", href="/"))


def _render(view: View, context: Context) -> Any:
    parts: list[Any] = [page_head(view.title, view.lede)] if view.lede else []
    if view.filters:
        with context.handle.cursor() as con:
            outlets = explore.outlets(con)
        parts.append(filter_bar(context.params, outlets, context.path))
    try:
        parts.append(view.render(context))
    except BelliError as exc:
        parts.append(error_banner(exc))
    except Exception:  # a bug: say so on the page, and leave the details to the log
        log.exception("the %s page failed to render %s", view.title, context.path)
        parts.append(error_banner(BelliError(
            "This page failed to render", hint="the server log has the details")))
    return html.Div(parts, className=f"view view-{view.path.strip('/') or 'overview'}")


def _register_router(app: dash.Dash, handle: StoreHandle) -> None:
    @app.callback(Output("page", "children"), Output("nav", "children"),
                  Input("url", "pathname"), Input("url", "search"))
    def route(pathname: str | None, search: str | None) -> tuple[Any, Any]:
        path = pathname or "/"
        return render_page(handle, path, search), _nav(path, parse_search(search))


def _register_query(app: dash.Dash) -> None:
    @app.callback(Output("url", "search"), Input({"q": ALL}, "value"),
                  State("url", "search"), prevent_initial_call=True)
    def apply(values: list[Any], search: str | None) -> Any:
        params: dict[str, str | None] = dict(parse_search(search))
        # Only the controls the user touched: a control showing a default (the sort, the
        # pair) must not write it into the address, nor reset the page, on its own.
        touched = {_control_key(t["prop_id"]) for t in ctx.triggered}
        changed = {spec["id"]["q"]: control_value(value)
                   for spec, value in zip(ctx.inputs_list[0], values, strict=True)
                   if spec["id"]["q"] in touched}
        if all(params.get(key, DEFAULTS.get(key)) == value for key, value in changed.items()):
            return no_update  # controls just drawn from the address: nothing to apply
        params.update(changed)
        if "offset" not in changed:
            params.pop("offset", None)  # new filters start again at the first page
        new = encode(params)
        return no_update if new == (search or "") else new


def _control_key(prop_id: str) -> str | None:
    """The query key of a triggered control ('{"q":"actor"}.value' -> "actor")."""
    try:
        ident = json.loads(prop_id.rsplit(".", 1)[0])
    except ValueError:
        return None
    return ident.get("q") if isinstance(ident, dict) else None
