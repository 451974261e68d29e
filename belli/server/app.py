"""The web application: the REST API under /api/, the dashboard at /, one process.

    app = create_app(StoreHandle(store), settings)

Safe by default, and tests pin each: bound to 127.0.0.1, writes need the token, no
CORS headers (a page on another site cannot read the API from a visitor's browser), no
debug pages, request bodies capped, JSON only. No endpoint takes SQL: every filter is a
typed parameter that reaches DuckDB as a bound value.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.routing import APIRoute
from starlette.routing import compile_path

from belli import __version__, api
from belli.analysis.outlet_info import outlet_book
from belli.relations.api import router as relations_router
from belli.server import analysis_routes, reads, writes
from belli.server.cache import ReadCache
from belli.server.errors import ApiError, install_error_handlers
from belli.server.guards import BodyLimit, LoopbackHosts, is_loopback
from belli.server.handle import StoreHandle
from belli.server.limits import InFlightLimit
from belli.settings import Settings

__all__ = ["create_app"]

log = logging.getLogger(__name__)

_DESCRIPTION = (
    "Events coded from news (PLOVER), the sentence each comes from, and who says so. "
    "Every list is a page with its total; every error is "
    '`{"error": {"status", "code", "message", "hint", "details"}}`.'
)


def create_app(handle: StoreHandle, settings: Settings, *, host: str | None = None,
               dashboard: bool = True, max_in_flight: int | None = None) -> FastAPI:
    """The API (and, with `dashboard`, the web dashboard) over an open store. `host` is
    the address the server binds: reads need the token unless it is a loopback one.
    Requests over `max_in_flight` at once get a 503 (None: the thread pool's size)."""
    book = outlet_book(settings)  # read once: a bad outlets file refuses the app, not a request
    app = FastAPI(title="belli", version=__version__, description=_DESCRIPTION,
                  debug=False, openapi_url="/openapi.json", docs_url="/docs", redoc_url=None)
    app.state.handle = handle
    app.state.settings = settings
    app.state.outlet_book = book  # the packaged outlets and BELLI_OUTLETS's, for the views
    app.state.token = settings.api_token
    app.state.open_reads = is_loopback(host or settings.host)
    app.state.pipeline = api.LazyPipeline(settings)
    install_error_handlers(app)
    app.include_router(reads.router, prefix="/api")
    app.include_router(writes.router, prefix="/api")
    app.include_router(analysis_routes.router, prefix="/api")
    app.include_router(relations_router, prefix="/api")
    _add_api_fallback(app)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(ReadCache)
    if app.state.open_reads:
        app.add_middleware(LoopbackHosts, bound=host or settings.host)
    app.add_middleware(InFlightLimit, limit=max_in_flight)  # outermost: sheds load first
    if dashboard:
        _mount_dashboard(app, handle)
    return app


def _add_api_fallback(app: FastAPI) -> None:
    """Unknown paths under /api/ are a JSON 404 (or 405 where the path exists with other
    methods), never the dashboard's page."""

    known = [(compile_path("/api" + route.path)[0], route.methods or set())
             for router in (reads.router, writes.router, analysis_routes.router,
                           relations_router) for route in router.routes
             if isinstance(route, APIRoute)]

    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                   include_in_schema=False)
    def unknown(rest: str, request: Request) -> Any:
        allowed = sorted({method for regex, methods in known
                          if regex.match(request.url.path) for method in methods})
        if allowed:
            raise ApiError(405, f"/api/{rest} takes {', '.join(allowed)}",
                           headers={"Allow": ", ".join(allowed)})
        raise ApiError(404, f"no endpoint /api/{rest}", hint="the endpoints are listed at /docs")


def _mount_dashboard(app: FastAPI, handle: StoreHandle) -> None:
    from a2wsgi import WSGIMiddleware

    from belli.web import build_dashboard

    dash_app = build_dashboard(handle)
    app.mount("/", WSGIMiddleware(dash_app.server))  # type: ignore[arg-type]
