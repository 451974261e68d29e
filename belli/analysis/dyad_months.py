"""Dyad-month series for early-warning models: per source -> target pair and month, how
many events, their cooperation–conflict scores, and how that count compares with how
much was published that month.

Columns: source, target, month, events, mean_score, min_score, max_score,
conflict_events (quad 3 and 4), cooperation_events (quad 1 and 2), documents,
events_per_100_documents.

- Pairs are made as `belli.store.explore.dyad_rows` makes them: each source with each
  target of an event; a reciprocal event ("Azerbaijan and Turkey held drills") pairs its
  actors once, smaller key first; an actor paired with itself is left out.
- Only events that happened (not negated, hypothetical or future) count, each in the
  month its own date starts in. An event dated more coarsely than a month (a season, a
  quarter, a year) has no month and is left out, rather than piled into January.
- documents: the stored documents published that month, of the outlets the filter keeps
  (its `outlet`, `published_since` and `published_until`); events_per_100_documents sets
  the count against that volume, so a month when outlets published twice as much does not
  read as twice the conflict. Blank when no document was published that month (a
  historical event told later).
- Months without events are absent: read a missing dyad-month as zero.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any, TextIO

import duckdb

from belli.analysis.sql import actor_key_sql, happened, is_actor_sql, write_csv
from belli.errors import StoreError
from belli.store.event_query import (
    EVENT_DAYS,
    EventFilter,
    date_range_clauses,
    event_where,
    period_sql,
)
from belli.store.schema import q

__all__ = ["DYAD_MONTH_FIELDS", "DyadMonth", "dyad_months", "write_dyad_months"]


@dataclass(frozen=True, slots=True)
class DyadMonth:
    source: str
    target: str
    month: str  # first day of the month
    events: int
    mean_score: float | None
    min_score: float | None
    max_score: float | None
    conflict_events: int
    cooperation_events: int
    documents: int
    events_per_100_documents: float | None


DYAD_MONTH_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(DyadMonth))


def _events_sql(where: EventFilter) -> tuple[str, list[Any]]:
    """CTE `m`: the matched events that happened, each with the month it falls in."""
    clauses = event_where(happened(where))
    first, last = EVENT_DAYS
    sql = (f"WITH dated AS (SELECT e.doc_id || '/' || e.event_id AS uid, "
           f"e.{q('source')} AS src, e.{q('target')} AS tgt, "
           "coalesce(e.reciprocal, false) AS recip, e.score, e.quad, "
           f"{first} AS day, {last} AS until "
           "FROM events e JOIN documents d ON d.doc_id = e.doc_id "
           f"{clauses.sql()}), m AS (SELECT *, date_trunc('month', day) AS month FROM dated "
           "WHERE day IS NOT NULL AND date_diff('day', day, until) <= 30) ")
    return sql, list(clauses.params)


def _volume_sql(where: EventFilter) -> tuple[str, list[Any]]:
    """CTE `vol`: documents published per month, of the outlets `where` keeps."""
    docs = date_range_clauses("d.published", where.published_since, where.published_until,
                              ("published_since", "published_until"))
    if where.outlet is not None:
        docs.add("contains(lower(d.publisher), ?)", [where.outlet.strip().casefold()])
    first, _ = period_sql("d.published")
    sql = (f", vol AS (SELECT date_trunc('month', TRY_CAST({first} AS DATE)) AS month, "
           f"count(*) AS docs FROM documents d {docs.sql()}GROUP BY month) ")
    return sql, list(docs.params)


def _series_sql(where: EventFilter) -> tuple[str, list[Any]]:
    events, params = _events_sql(where)
    volume, more = _volume_sql(where)
    both = "CASE WHEN recip THEN list_concat(src, tgt) ELSE {side} END"
    sql = (f"{events}{volume}, one AS (SELECT uid, score, quad, month, recip, "
           f"unnest({both.format(side='src')}) AS a, {both.format(side='tgt')} AS bs "
           "FROM m), two AS (SELECT uid, score, quad, month, recip, a, unnest(bs) AS b "
           f"FROM one), pairs AS (SELECT DISTINCT uid, score, quad, month, recip, "
           f"{actor_key_sql('a')} AS s, {actor_key_sql('b')} AS t FROM two "
           f"WHERE {is_actor_sql('a')} AND {is_actor_sql('b')}) "
           "SELECT s, t, p.month, count(*), avg(score), min(score), max(score), "
           "count(*) FILTER (WHERE quad >= 3), count(*) FILTER (WHERE quad <= 2), "
           "coalesce(any_value(vol.docs), 0) FROM pairs p LEFT JOIN vol USING (month) "
           "WHERE s <> t AND (NOT recip OR s < t) GROUP BY s, t, p.month "
           "ORDER BY s, t, p.month")
    return sql, [*params, *more]


def dyad_months(con: duckdb.DuckDBPyConnection,
                where: EventFilter | None = None) -> Iterator[DyadMonth]:
    """The dyad-month rows of the stored events that happened and match `where`, by
    source, target and month."""
    sql, params = _series_sql(where or EventFilter())
    try:
        rows = con.execute(sql, params).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"could not read events: {exc}".split("\n")[0]) from exc
    for s, t, month, n, mean, low, high, conflict, cooperation, docs in rows:
        yield DyadMonth(s, t, str(month)[:10], int(n), _score(mean), _score(low),
                        _score(high), int(conflict), int(cooperation), int(docs),
                        round(100.0 * n / docs, 3) if docs else None)


def _score(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)


def write_dyad_months(con: duckdb.DuckDBPyConnection, out: TextIO,
                      where: EventFilter | None = None) -> int:
    """Write the dyad-month CSV (header and rows) to `out`; the number of rows."""
    return write_csv(out, DYAD_MONTH_FIELDS, dyad_months(con, where))
