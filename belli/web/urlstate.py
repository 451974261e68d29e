"""The dashboard keeps its state in the address: filters, page offsets, the chosen dyad.

So every view can be bookmarked, shared and reloaded, the back button works, and the
server renders each page from its address alone. Filter keys follow the REST API's
query parameters (`type=ASSAULT,COERCE`, `quad=3,4`, `since=2021-09`).
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl, quote, urlencode

from belli.store.event_query import EventFilter, split_values

__all__ = [
    "DEFAULTS",
    "FILTER_KEYS",
    "Params",
    "document_href",
    "encode",
    "event_filter",
    "evidence_href",
    "filter_params",
    "href",
    "offset_of",
    "parse_search",
]

Params = dict[str, str]

# The keys that narrow events; they travel with the nav links from page to page.
FILTER_KEYS = ("actor", "type", "quad", "certainty", "without", "since", "until", "outlet",
               "text", "place", "country")
# Page-specific keys, in the order they are written.
_OTHER_KEYS = ("source", "target", "both", "bucket", "edges", "sort", "q", "offset")
# What a page shows when the address says nothing; never written into the address, so a
# control that reports its default on mount changes nothing.
DEFAULTS = {"sort": "date", "bucket": "auto", "edges": "60", "both": "1", "offset": "0"}


def parse_search(search: str | None) -> Params:
    """The address's query string as a dict (the first value of each key, blanks left out)."""
    return {k: v.strip() for k, v in parse_qsl((search or "").lstrip("?")) if v.strip()}


def encode(params: Mapping[str, str | None]) -> str:
    """A canonical query string ("?a=1&b=2", or "" for none): known keys in a fixed order,
    so that the same state always gives the same address."""
    order = {k: i for i, k in enumerate((*FILTER_KEYS, *_OTHER_KEYS))}
    items = sorted(((k, v) for k, v in params.items()
                    if v not in (None, "") and v != DEFAULTS.get(k)),
                   key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    return "?" + urlencode(items) if items else ""


def href(path: str, params: Mapping[str, str | None], **changes: str | int | None) -> str:
    merged: dict[str, str | None] = dict(params)
    merged.update({k: None if v is None else str(v) for k, v in changes.items()})
    return path + encode(merged)


def filter_params(params: Mapping[str, str]) -> Params:
    return {k: v for k, v in params.items() if k in FILTER_KEYS}


def offset_of(params: Mapping[str, str]) -> int:
    value = params.get("offset", "0")
    return max(0, int(value)) if value.isdigit() else 0


def event_filter(params: Mapping[str, str], **overrides: object) -> EventFilter:
    """The EventFilter the address asks for; raises QueryError on a bad value, which the
    page shows next to the filters."""
    quads = tuple(int(v) for v in split_values(params.get("quad")) if v.isdigit())
    fields: dict[str, object] = {
        "actor": params.get("actor"), "types": split_values(params.get("type")),
        "quads": quads, "certainty": split_values(params.get("certainty")),
        "without_aux": split_values(params.get("without")),
        "since": params.get("since"), "until": params.get("until"),
        "outlet": params.get("outlet"), "text": params.get("text"),
        "place": params.get("place"), "country": params.get("country"),
    }
    fields.update(overrides)
    return EventFilter(**fields)  # type: ignore[arg-type]


def evidence_href(doc_id: str, event_id: str) -> str:
    return f"/event/{quote(doc_id, safe='')}/{quote(event_id, safe='')}"


def document_href(doc_id: str) -> str:
    return f"/document/{quote(doc_id, safe='')}"
