"""`GET /relations`: the standing relations across the stored documents, for the REST API.

The app includes `router` under /api beside the other read endpoints, with the same
guards (reads open on loopback only, unknown query parameters refused) and the same
page shape, `{"total", "offset", "limit", "items"}`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, Query, Request

from belli.relations.query import relation_page
from belli.server.guards import known_params_only, read_access

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(read_access), Depends(known_params_only)])


def _cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    with request.app.state.handle.cursor() as cur:
        yield cur


@router.get("/relations", summary="Standing relations (ally, arms_supplier, ...) across the "
                                   "stored documents, each with its validity and evidence")
def relations(
    cur: Annotated[duckdb.DuckDBPyConnection, Depends(_cursor)],
    as_of: Annotated[str | None, Query(description="only relations valid on this date "
                                                   "(YYYY-MM-DD) or in this period "
                                                   "(YYYY-MM, YYYY)")] = None,
    type: Annotated[list[str] | None, Query(description="relation types, repeated or "
                                                        "comma-separated")] = None,
    actor: Annotated[str | None, Query(description="a side: code (AZE, NATO, 'RUS MIL') "
                                                   "or a piece of a name")] = None,
    by_item: Annotated[bool, Query(description="keep arms of different items apart")] = False,
    limit: Annotated[int, Query(ge=0, le=1000, description="items per page (at most "
                                                           "1000)")] = 50,
    offset: Annotated[int, Query(ge=0, description="items to skip")] = 0,
) -> dict[str, Any]:
    return relation_page(cur, as_of=as_of, types=type, actor=actor, by_item=by_item,
                         limit=limit, offset=offset).to_dict()
