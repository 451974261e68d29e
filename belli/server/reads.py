"""The read endpoints: documents, events, actors, dyads, places, claims, timeline, stats.

Every list is a page, `{"total", "offset", "limit", "items"}`, and `total` counts every
match, so a client always knows what it has not seen. Filters are query parameters;
a filter that takes several values takes them repeated (`type=ASSAULT&type=COERCE`) or
comma-separated (`type=ASSAULT,COERCE`), and several values of one filter mean any of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, Query, Request

from belli.analysis.framing import compare
from belli.analysis.views import canonical_page, explain
from belli.errors import NotFoundError
from belli.records import Analysis
from belli.server.guards import known_params_only, read_access
from belli.store import explore, queries
from belli.store.event_query import EventFilter, StoredEvent, select_events, split_values

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(read_access), Depends(known_params_only)])

Limit = Annotated[int, Query(ge=0, le=1000, description="items per page (at most 1000)")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]
Many = Annotated[list[str] | None, Query()]


def _cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    with request.app.state.handle.cursor() as cur:
        yield cur


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(_cursor)]


def event_filter(
    actor: Annotated[str | None, Query(description="code (AZE, NATO, 'AZE MIL') or a piece "
                                                   "of a name, on either side")] = None,
    dyad: Annotated[str | None, Query(description="source,target: AZE,ARM")] = None,
    either_direction: bool = False,
    type: Many = None,
    quad: Annotated[list[int] | None, Query(description="quad classes, 1 to 4")] = None,
    certainty: Many = None,
    aux: Many = None,
    without_aux: Many = None,
    since: Annotated[str | None, Query(description="event date from (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(description="event date to (YYYY[-MM[-DD]])")] = None,
    within: bool = False,
    published_since: str | None = None,
    published_until: str | None = None,
    outlet: Annotated[str | None, Query(description="a piece of the publisher")] = None,
    place: Annotated[str | None, Query(description="a piece of the place name")] = None,
    country: Annotated[str | None, Query(description="country the event took place in "
                                                     "(ISO alpha-3)")] = None,
    q: Annotated[str | None, Query(description="a piece of the evidence sentence")] = None,
    doc: Annotated[str | None, Query(description="a document id or its prefix")] = None,
) -> EventFilter:
    """The event filters, shared by events and every aggregate of events."""
    return EventFilter(
        actor=actor, dyad=None if dyad is None else split_values(dyad),
        either_direction=either_direction, types=split_values(type),
        quads=tuple(quad or ()), certainty=split_values(certainty), aux=split_values(aux),
        without_aux=split_values(without_aux), since=since, until=until, within=within,
        published_since=published_since, published_until=published_until, outlet=outlet,
        doc=doc, text=q, place=place, country=country)


Filter = Annotated[EventFilter, Depends(event_filter)]


def _page(page: explore.Page[Any]) -> dict[str, Any]:
    return page.to_dict()


@router.get("/documents", summary="Stored documents, with event and claim counts")
def documents(
    cur: Cursor, outlet: str | None = None,
    q: Annotated[str | None, Query(description="a piece of the title or text")] = None,
    published_since: str | None = None, published_until: str | None = None,
    language: str | None = None, sort: Literal["stored", "published"] = "stored",
    order: Literal["asc", "desc"] = "asc", limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    return _page(explore.document_rows(
        cur, outlet=outlet, text=q, published_since=published_since,
        published_until=published_until, language=language, sort=sort,
        descending=order == "desc", limit=limit, offset=offset))


@router.get("/documents/{doc_id}", summary="One document with all its records")
def document(cur: Cursor, doc_id: str) -> dict[str, Any]:
    return _analysis(queries.get_analysis(cur, doc_id))


def _analysis(analysis: Analysis) -> dict[str, Any]:
    records = [r.to_dict() for r in analysis.records()]
    return {"document": records[0], "sentences": [s.to_dict() for s in analysis.sentences],
            **{kind + "s": [r for r in records[1:] if r["kind"] == kind]
               for kind in ("mention", "event", "relation", "claim")}}


@router.get("/events", summary="Events that match every filter given")
def events(
    cur: Cursor, where: Filter,
    sort: Literal["stored", "date", "published", "type"] = "stored",
    order: Literal["asc", "desc"] = "asc", limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    page = select_events(cur, where, sort=sort, descending=order == "desc", limit=limit,
                         offset=offset)
    return {"total": page.total, "offset": offset, "limit": limit,
            "items": [_event(item) for item in page]}


def _event(item: StoredEvent) -> dict[str, Any]:
    """An event record with what its document says of where and when it was published."""
    return {**item.event.to_dict(), "document": {
        "title": item.title, "publisher": item.publisher, "published": item.published}}


@router.get("/events/{doc_id}/{event_id}", summary="One event with its document's details")
def event(cur: Cursor, doc_id: str, event_id: str) -> dict[str, Any]:
    full_id = queries.resolve_doc_id(cur, doc_id)
    for item in explore.events_by_uid(cur, [f"{full_id}/{event_id}"]):
        return _event(item)
    raise NotFoundError(f"document {doc_id} has no event {event_id!r}",
                        hint="list its events with /api/events?doc=DOC_ID")


@router.get("/actors", summary="Actors of the matched events, busiest first")
def actors(cur: Cursor, where: Filter, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return _page(explore.actor_rows(cur, where, limit=limit, offset=offset))


@router.get("/dyads", summary="Source-target pairs of the matched events, busiest first; "
                              "with bucket, each pair's score per week or month")
def dyads(
    cur: Cursor, where: Filter, bucket: Literal["week", "month"] | None = None,
    limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    page = explore.dyad_rows(cur, where, limit=limit, offset=offset)
    body = _page(page)
    if bucket is not None:
        series = explore.pair_series(cur, [(r.source, r.target) for r in page.items], where,
                                     bucket=bucket)
        for item, row in zip(body["items"], page.items, strict=True):
            item["series"] = [point_dict(p) for p in series[(row.source, row.target)]]
    return body


@router.get("/dyads/series", summary="One pair's cooperation-conflict score over time")
def dyad_series(
    cur: Cursor, where: Filter, source: str, target: str,
    bucket: Literal["week", "month"] = "month", both_directions: bool = True,
) -> dict[str, Any]:
    points = explore.dyad_series(cur, source, target, where, bucket=bucket,
                                 either_direction=both_directions)
    return {"source": source, "target": target, "bucket": bucket,
            "items": [point_dict(p) for p in points]}


def point_dict(point: explore.DyadPoint) -> dict[str, Any]:
    return {**asdict(point), "event_ids": list(point.event_ids)}


@router.get("/places", summary="Places of the matched events, with coordinates and precision")
def places(cur: Cursor, where: Filter, limit: Limit = 500, offset: Offset = 0) -> dict[str, Any]:
    return _page(explore.place_rows(cur, where, limit=limit, offset=offset))


@router.get("/timeline", summary="Matched events per period of their own date and quad class")
def timeline(cur: Cursor, where: Filter,
             bucket: Literal["day", "week", "month", "year"] = "month") -> dict[str, Any]:
    rows = explore.timeline(cur, where, bucket=bucket)
    return {"bucket": bucket, "items": [asdict(r) for r in rows]}


@router.get("/claims", summary="Who says what, and which events rest on it")
def claims(
    cur: Cursor, speaker: str | None = None,
    q: Annotated[str | None, Query(description="a piece of the claim")] = None,
    doc: str | None = None, outlet: str | None = None, limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    return _page(explore.claim_rows(cur, speaker=speaker, text=q, doc=doc, outlet=outlet,
                                    limit=limit, offset=offset))


@router.get("/stats", summary="Counts per record kind, languages, date ranges, failures")
def stats(request: Request, cur: Cursor) -> dict[str, Any]:
    return queries.store_stats(cur, request.app.state.handle.path).to_dict()


@router.get("/canonical", summary="Canonical events: one real-world event per row, however "
                                  "many documents report it; the most told first")
def canonical(
    cur: Cursor,
    min_reports: Annotated[int, Query(ge=1, description="told by at least this many "
                                                        "reports")] = 1,
    actor: str | None = None, limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    page = canonical_page(cur, min_reports=min_reports, actor=actor, limit=limit,
                          offset=offset)
    return {"total": page.total, "offset": offset, "limit": limit,
            "items": [c.to_dict() for c in page.items]}


@router.get("/canonical/{some_id:path}", summary="One canonical event with its reports and "
                                               "why each was linked (a report's id works too)")
def canonical_one(cur: Cursor, some_id: str) -> dict[str, Any]:
    return explain(cur, some_id).to_dict()


@router.get("/compare/{some_id:path}", summary="How each outlet tells one canonical event: "
                                             "blame, certainty, figures, loaded words, "
                                             "what each leaves out")
def compare_one(cur: Cursor, some_id: str) -> dict[str, Any]:
    return compare(cur, some_id).to_dict()


@router.get("/failures", summary="Inputs and articles that failed, oldest first")
def failures(cur: Cursor, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return _page(explore.failure_rows(cur, limit=limit, offset=offset))
