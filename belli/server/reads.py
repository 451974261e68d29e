"""The read endpoints: documents, events, actors, dyads, places, claims, timeline, stats.

Every list is a page, `{"total", "offset", "limit", "items"}`, and `total` counts every
match, so a client always knows what it has not seen. Filters are query parameters;
a filter that takes several values takes them repeated (`type=ASSAULT&type=COERCE`) or
comma-separated (`type=ASSAULT,COERCE`), and several values of one filter mean any of them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import asdict
from typing import Annotated, Any, Literal, TypeVar

import duckdb
from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import TypeAdapter

from belli.analysis.framing import compare
from belli.analysis.views import canonical_page, explain
from belli.errors import NotFoundError
from belli.records import Analysis, Event
from belli.server.guards import known_params_only, read_access
from belli.store import explore, living, queries
from belli.store.event_query import EventFilter, StoredEvent, select_event_rows, split_values
from belli.store.export import changed_canonical_events
from belli.store.rows import MAX_ROWS

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(read_access), Depends(known_params_only)])

Limit = Annotated[int, Query(ge=0, le=1000, description="items per page (at most 1000)")]
Offset = Annotated[int, Query(ge=0, le=MAX_ROWS, description="items to skip")]
Many = Annotated[list[str] | None, Query()]

# Every answer here is rendered once, straight to bytes, by `_json`. An endpoint that
# returned its dict would have FastAPI validate it against the return type, in the thread
# pool (one more round trip per request), before rendering it with the same serializer.
Body = dict[str, Any]
_BODY = TypeAdapter(Body)
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def _get(path: str, summary: str) -> Callable[[Endpoint], Endpoint]:
    """A read endpoint; `Body` tells the OpenAPI schema what its Response holds."""
    return router.get(path, summary=summary, response_model=Body)


def _json(body: Body) -> Response:
    """The bytes FastAPI would send for `body` under `response_model=Body`."""
    return Response(_BODY.dump_json(body), media_type="application/json")


# `async def` although it never waits, as the checks in guards.py: FastAPI runs a plain
# `def` dependency in its thread pool, and a generator one twice (to open and to close).
# Opening and closing a cursor take microseconds.
async def _cursor(request: Request) -> AsyncIterator[duckdb.DuckDBPyConnection]:
    with request.app.state.handle.cursor() as cur:
        yield cur


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(_cursor)]


async def event_filter(
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
    """The event filters, shared by events and every aggregate of events (`async` for
    the reason `_cursor` is; it only checks values)."""
    return EventFilter(
        actor=actor, dyad=None if dyad is None else split_values(dyad),
        either_direction=either_direction, types=split_values(type),
        quads=tuple(quad or ()), certainty=split_values(certainty), aux=split_values(aux),
        without_aux=split_values(without_aux), since=since, until=until, within=within,
        published_since=published_since, published_until=published_until, outlet=outlet,
        doc=doc, text=q, place=place, country=country)


Filter = Annotated[EventFilter, Depends(event_filter)]


def _page(page: explore.Page[Any]) -> Response:
    return _json(page.to_dict())


@_get("/documents", "Stored documents, with event and claim counts")
def documents(
    cur: Cursor, outlet: str | None = None,
    q: Annotated[str | None, Query(description="a piece of the title or text")] = None,
    published_since: str | None = None, published_until: str | None = None,
    language: str | None = None, sort: Literal["stored", "published"] = "stored",
    order: Literal["asc", "desc"] = "asc", limit: Limit = 50, offset: Offset = 0,
) -> Response:
    return _page(explore.document_rows(
        cur, outlet=outlet, text=q, published_since=published_since,
        published_until=published_until, language=language, sort=sort,
        descending=order == "desc", limit=limit, offset=offset))


@_get("/documents/{doc_id}", "One document with all its records")
def document(cur: Cursor, doc_id: str) -> Response:
    return _json(_timed(cur, [queries.get_analysis(cur, doc_id)])[0])


def _analysis(analysis: Analysis) -> dict[str, Any]:
    records = [r.to_dict() for r in analysis.records()]
    return {"document": records[0], "sentences": [s.to_dict() for s in analysis.sentences],
            **{kind + "s": [r for r in records[1:] if r["kind"] == kind]
               for kind in ("mention", "event", "relation", "claim")}}


@_get("/changes", "What changed after `since` (for incremental sync): the documents "
                  "written since with all their records; on the first page also the "
                  "canonical events written and the documents and canonical events removed "
                  "since; `as_of` is the `since` of the next call, `next` the `after` of "
                  "the next page")
def changes(
    cur: Cursor,
    since: Annotated[str | None, Query(description="ISO 8601 time, UTC unless it says "
                                                   "(the as_of of the last call)")] = None,
    after: Annotated[str | None, Query(description="the `next` of the last page")] = None,
    limit: Limit = 50, offset: Offset = 0,
) -> Response:
    # Keyset paging: a document written between two pages moves past the cursor, so
    # `after` skips none (`offset` would); `offset` stays for one-page reads.
    found = living.changes_page(cur, None if since is None else living.parse_since(since),
                                after, limit, offset)
    body = {"since": found.since, "as_of": found.as_of, "total": found.total,
            "offset": offset, "limit": limit,
            "items": _timed(cur, queries.analyses_of(cur, list(found.doc_ids))),
            "next": found.next}
    if found.deletions is not None:  # the first page: what else a sync applies, once
        body["deletions"] = [d.to_dict() for d in found.deletions]
        body["canonical_events"] = list(changed_canonical_events(cur, found.since))
    return _json(body)


def _timed(cur: Cursor, analyses: Sequence[Analysis]) -> list[dict[str, Any]]:
    """The documents with all their records, each with the time it was written."""
    stamps = living.updated_times(cur, [a.doc_id for a in analyses])
    documents = [_analysis(a) for a in analyses]
    for item in documents:  # a document's records are written with it: one time for all
        item["updated_at"] = stamps.get(item["document"]["doc_id"])
    return documents


@_get("/events", "Events that match every filter given")
def events(
    cur: Cursor, where: Filter,
    sort: Literal["stored", "date", "published", "type"] = "stored",
    order: Literal["asc", "desc"] = "asc", limit: Limit = 50, offset: Offset = 0,
) -> Response:
    total, rows = select_event_rows(cur, where, sort=sort, descending=order == "desc",
                                    limit=limit, offset=offset)
    return _json({"total": total, "offset": offset, "limit": limit,
                  "items": [_event_of_row(row) for row in rows]})


def _event(item: StoredEvent) -> dict[str, Any]:
    """An event record with what its document says of where and when it was published."""
    return {**item.event.to_dict(), "document": {
        "title": item.title, "publisher": item.publisher, "published": item.published}}


def _event_of_row(row: dict[str, Any]) -> dict[str, Any]:
    """`_event` of a row of `select_event_rows`, with no records built on the way."""
    item = queries.record_dict(Event, row)
    item["document"] = {"title": row.get("doc_title"), "publisher": row.get("doc_publisher"),
                        "published": row.get("doc_published")}
    return item


@_get("/events/{doc_id}/{event_id}", "One event with its document's details")
def event(cur: Cursor, doc_id: str, event_id: str) -> Response:
    full_id = queries.resolve_doc_id(cur, doc_id)
    for item in explore.events_by_uid(cur, [f"{full_id}/{event_id}"]):
        return _json(_event(item))
    raise NotFoundError(f"document {doc_id} has no event {event_id!r}",
                        hint="list its events with /api/events?doc=DOC_ID")


@_get("/actors", "Actors of the matched events, busiest first")
def actors(cur: Cursor, where: Filter, limit: Limit = 50, offset: Offset = 0) -> Response:
    return _page(explore.actor_rows(cur, where, limit=limit, offset=offset))


@_get("/dyads", "Source-target pairs of the matched events, busiest first; with bucket, "
               "each pair's score per week or month")
def dyads(
    cur: Cursor, where: Filter, bucket: Literal["week", "month"] | None = None,
    limit: Limit = 50, offset: Offset = 0,
) -> Response:
    page = explore.dyad_rows(cur, where, limit=limit, offset=offset)
    body = page.to_dict()
    if bucket is not None:
        series = explore.pair_series(cur, [(r.source, r.target) for r in page.items], where,
                                     bucket=bucket)
        for item, row in zip(body["items"], page.items, strict=True):
            item["series"] = [point_dict(p) for p in series[(row.source, row.target)]]
    return _json(body)


@_get("/dyads/series", "One pair's cooperation-conflict score over time")
def dyad_series(
    cur: Cursor, where: Filter, source: str, target: str,
    bucket: Literal["week", "month"] = "month", both_directions: bool = True,
) -> Response:
    points = explore.dyad_series(cur, source, target, where, bucket=bucket,
                                 either_direction=both_directions)
    return _json({"source": source, "target": target, "bucket": bucket,
                  "items": [point_dict(p) for p in points]})


def point_dict(point: explore.DyadPoint) -> dict[str, Any]:
    return {**asdict(point), "event_ids": list(point.event_ids)}


@_get("/places", "Places of the matched events, with coordinates and precision")
def places(cur: Cursor, where: Filter, limit: Limit = 500, offset: Offset = 0) -> Response:
    return _page(explore.place_rows(cur, where, limit=limit, offset=offset))


@_get("/timeline", "Matched events per period of their own date and quad class")
def timeline(cur: Cursor, where: Filter,
             bucket: Literal["day", "week", "month", "year"] = "month") -> Response:
    rows = explore.timeline(cur, where, bucket=bucket)
    return _json({"bucket": bucket, "items": [asdict(r) for r in rows]})


@_get("/claims", "Who says what, and which events rest on it")
def claims(
    cur: Cursor, speaker: str | None = None,
    q: Annotated[str | None, Query(description="a piece of the claim")] = None,
    doc: str | None = None, outlet: str | None = None, limit: Limit = 50, offset: Offset = 0,
) -> Response:
    return _page(explore.claim_rows(cur, speaker=speaker, text=q, doc=doc, outlet=outlet,
                                    limit=limit, offset=offset))


@_get("/stats", "Counts per record kind, languages, date ranges, failures")
def stats(request: Request, cur: Cursor) -> Response:
    return _json(queries.store_stats(cur, request.app.state.handle.path).to_dict())


@_get("/canonical", "Canonical events: one real-world event per row, however many "
                   "documents report it; the most told first")
def canonical(
    cur: Cursor,
    min_reports: Annotated[int, Query(ge=1, description="told by at least this many "
                                                        "reports")] = 1,
    actor: str | None = None, limit: Limit = 50, offset: Offset = 0,
) -> Response:
    page = canonical_page(cur, min_reports=min_reports, actor=actor, limit=limit,
                          offset=offset)
    return _json({"total": page.total, "offset": offset, "limit": limit,
                  "items": [c.to_dict() for c in page.items]})


@_get("/canonical/{some_id:path}", "One canonical event with its reports and why each "
                                   "was linked (a report's id works too)")
def canonical_one(cur: Cursor, some_id: str) -> Response:
    return _json(explain(cur, some_id).to_dict())


@_get("/compare/{some_id:path}", "How each outlet tells one canonical event: blame, "
                                 "certainty, figures, loaded words, what each leaves out")
def compare_one(request: Request, cur: Cursor, some_id: str) -> Response:
    book = request.app.state.outlet_book  # outlet names as BELLI_OUTLETS gives them
    return _json(compare(cur, some_id, book).to_dict())


@_get("/failures", "Inputs and articles that failed, oldest first")
def failures(cur: Cursor, limit: Limit = 50, offset: Offset = 0) -> Response:
    return _page(explore.failure_rows(cur, limit=limit, offset=offset))
