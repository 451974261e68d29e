"""The outlet comparison endpoints: outlet profiles, and the analysts' CSV exports.

    GET /outlets              every outlet with stored documents, the most prolific first
    GET /outlets/{name}       one outlet's profile (any of its names: VOA, Voice of America)
    GET /export/acled.csv     events in ACLED's columns (belli.analysis.acled)
    GET /export/dyads.csv     dyad-month series (belli.analysis.dyad_months)

The exports take the event filters of /events and stream their CSV: the query runs
before the response starts, so a bad filter or a failed read is still the one JSON error
shape; the rows follow as they are read. Each response names the belli and store schema
versions that made it (`X-Belli-Version`, `X-Belli-Schema-Version`), as the manifest beside
a `belli export` file does.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from itertools import chain
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from belli import __version__
from belli.analysis.acled import ACLED_FIELDS, acled_rows
from belli.analysis.dyad_months import DYAD_MONTH_FIELDS, dyad_months
from belli.analysis.outlet_info import OutletBook
from belli.analysis.outlets import outlet_profile, outlet_rows
from belli.analysis.sql import csv_cells
from belli.server.guards import known_params_only, read_access
from belli.server.reads import Cursor, Filter, Limit, Offset
from belli.store.schema import SCHEMA_VERSION

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(read_access), Depends(known_params_only)])

Since = Annotated[str | None, Query(description="documents published from (YYYY[-MM[-DD]])")]
Until = Annotated[str | None, Query(description="documents published to (YYYY[-MM[-DD]])")]


@router.get("/outlets", summary="Outlets with stored documents, the most prolific first: "
                                "volume, hedging rate, mean score, country and ownership")
def outlets(request: Request, cur: Cursor, since: Since = None, until: Until = None,
            limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return outlet_rows(cur, since=since, until=until, book=_book(request), limit=limit,
                       offset=offset).to_dict()


@router.get("/outlets/{name:path}", summary="One outlet's profile: documents and events per "
                                           "month, hedging, dyad scores, aggressors named")
def outlet(
    request: Request, cur: Cursor, name: str, since: Since = None, until: Until = None,
    dyads: Annotated[int, Query(ge=0, le=500, description="busiest dyads to list")] = 20,
    aggressors: Annotated[int, Query(ge=0, le=500, description="aggressors to list")] = 10,
) -> dict[str, Any]:
    return outlet_profile(cur, name, since=since, until=until, book=_book(request),
                          dyads=dyads, aggressors=aggressors).to_dict()


def _book(request: Request) -> OutletBook:
    """The outlets the server's settings know: the packaged file and BELLI_OUTLETS's."""
    book: OutletBook = request.app.state.outlet_book  # read once, by create_app
    return book


@router.get("/export/acled.csv", summary="Events that happened, in ACLED's columns, with "
                                         "belli's ids (CSV)")
def acled_csv(request: Request, where: Filter) -> StreamingResponse:
    return _csv(request, ACLED_FIELDS, lambda cur: acled_rows(cur, where), "acled.csv")


@router.get("/export/dyads.csv", summary="Dyad-month series for early-warning models, "
                                         "normalised by documents published (CSV)")
def dyads_csv(request: Request, where: Filter) -> StreamingResponse:
    return _csv(request, DYAD_MONTH_FIELDS, lambda cur: dyad_months(cur, where),
                "dyad-months.csv")


Rows = Callable[[duckdb.DuckDBPyConnection], Iterator[Any]]
_CHUNK_ROWS = 500


def _csv(request: Request, header: Sequence[str], rows_of: Rows,
         filename: str) -> StreamingResponse:
    """A CSV response over its own cursor, which lives as long as the stream does (a
    request's cursor may close before a streamed body is sent)."""
    stack = ExitStack()
    try:
        cur = stack.enter_context(request.app.state.handle.cursor())
        rows = rows_of(cur)
        first = next(rows, None)  # runs the query now, while an error can still be JSON
    except BaseException:
        stack.close()
        raise
    rest: Iterable[Any] = () if first is None else chain([first], rows)
    return StreamingResponse(
        _chunks(header, rest, stack),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"',
                 "X-Belli-Version": __version__, "X-Belli-Schema-Version": str(SCHEMA_VERSION)})


def _chunks(header: Sequence[str], rows: Iterable[Any], stack: ExitStack) -> Iterator[str]:
    with stack:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        for count, row in enumerate(rows, start=1):
            writer.writerow(csv_cells(row, header))
            if count % _CHUNK_ROWS == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()
