"""The events table: every filter, a sort, and pages of fifty (never the whole store)."""

from __future__ import annotations

from typing import Any

from dash import dcc, html

from belli.store.event_query import select_events
from belli.web.urlstate import DEFAULTS, event_filter, filter_params, offset_of
from belli.web.view import Context, View
from belli.web.widgets import card, empty, event_table, pager

__all__ = ["VIEW", "no_events"]

LIMIT = 50
SORTS = {"date": "event date, latest first", "published": "publication, latest first",
         "stored": "ingested, latest first", "type": "event type"}


def no_events(params: dict[str, str]) -> Any:
    """The empty state: an empty store asks for ingest, a narrow filter for less."""
    if filter_params(params):
        return empty("No events match these filters",
                     "Loosen or clear some filters above to see events again.")
    return empty("No events yet", "Ingest news articles to fill the store.",
                 "belli ingest path/to/articles/")


def render(ctx: Context) -> Any:
    sort = ctx.params.get("sort", DEFAULTS["sort"])
    if sort not in SORTS:
        sort = DEFAULTS["sort"]
    offset = offset_of(ctx.params)
    with ctx.handle.cursor() as con:
        page = select_events(con, event_filter(ctx.params), sort=sort,
                             descending=sort != "type", limit=LIMIT, offset=offset)
    sorter = html.Label([html.Span("Sort by", className="field-label"),
                         dcc.Dropdown(id={"q": "sort"}, value=sort, clearable=False,
                                      options=[{"label": v, "value": k}
                                               for k, v in SORTS.items()])],
                        className="field sort")
    paging = pager(ctx.path, ctx.params, len(page.items), page.total, offset, LIMIT)
    body = event_table(page.items) if page.total else no_events(ctx.params)
    return card(None, html.Div([paging, sorter], className="toolbar"), body,
                paging if len(page.items) > 10 else None)


VIEW = View("/events", "Events", render, nav="Events", filters=True,
            lede="Every coded event, with the sentence it rests on.")
