"""What the REST API and the dashboard ask of the store: events grouped by actor, dyad,
place and period, and pages of documents and claims, each with its total.

Every aggregate starts from the same `EventFilter` the events query takes, so a filter
set on the dashboard narrows the network, the map and the timeline alike. An actor is
keyed as an analyst reads it ("AZE MIL", or a name where there is no code: see
`actor_text`). A directed dyad pairs each source with each target of an event; a
reciprocal event ("Azerbaijan and Turkey held drills") pairs its actors both ways round,
once, with the smaller key first. Periods are the first day of the event date's period,
truncated to a week (ISO, Monday) or a month: a year-dated event counts in January.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Generic, TypeVar

import duckdb

from belli.errors import QueryError, StoreError
from belli.store.event_query import (
    EVENT_DAYS,
    ActorSpec,
    EventFilter,
    StoredEvent,
    actor_sql,
    check_page,
    date_range_clauses,
    event_where,
    select_stored,
)
from belli.store.schema import q

__all__ = [
    "BUCKETS",
    "ActorRow",
    "ClaimRow",
    "DocumentRow",
    "DyadPoint",
    "DyadRow",
    "FailureRow",
    "Page",
    "PlaceRow",
    "TimelineRow",
    "actor_key_sql",
    "actor_rows",
    "claim_rows",
    "document_rows",
    "dyad_rows",
    "dyad_series",
    "events_by_uid",
    "failure_rows",
    "outlets",
    "pair_series",
    "place_rows",
    "quad_counts",
    "recent_failures",
    "run",
    "table_counts",
    "timeline",
]

BUCKETS = ("day", "week", "month", "year")
Row = TypeVar("Row")


@dataclass(frozen=True, slots=True)
class Page(Generic[Row]):
    """One page of rows and how many there are in all (no silent truncation)."""

    items: tuple[Row, ...]
    total: int
    offset: int = 0
    limit: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "offset": self.offset, "limit": self.limit,
                "items": [asdict(item) for item in self.items]}  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class ActorRow:
    actor: str  # "AZE MIL", or the name of an actor without a code
    country: str | None
    sector: str | None
    name: str | None  # the name the text gives most often
    events: int
    as_source: int
    as_target: int
    mean_score: float | None


@dataclass(frozen=True, slots=True)
class DyadRow:
    source: str
    target: str
    events: int
    reciprocal: int  # of those, events where both acted together
    mean_score: float | None
    first_date: str | None  # first day of the earliest dated event's period
    last_date: str | None


@dataclass(frozen=True, slots=True)
class DyadPoint:
    period: str  # first day of the week or month
    events: int
    mean_score: float | None
    min_score: float | None
    max_score: float | None
    event_ids: tuple[str, ...]  # "doc_id/event_id", the events behind the point


@dataclass(frozen=True, slots=True)
class PlaceRow:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str | None  # exact, town, region, country: how the map draws it
    events: int
    mean_score: float | None


@dataclass(frozen=True, slots=True)
class TimelineRow:
    period: str
    quad: int
    historical: bool  # background history, drawn apart from current events
    events: int


@dataclass(frozen=True, slots=True)
class DocumentRow:
    doc_id: str
    title: str | None
    publisher: str | None
    published: str | None
    published_inferred: bool
    language: str | None
    url: str | None
    source: str | None
    events: int
    claims: int
    ingested_at: str


@dataclass(frozen=True, slots=True)
class ClaimRow:
    doc_id: str
    claim_id: str
    text: str
    speaker: str | None  # "AZE GOV", or the speaker's name
    speaker_text: str | None
    event_ids: tuple[str, ...]
    title: str | None
    publisher: str | None
    published: str | None


# --- the events a filter keeps, as a CTE every aggregate starts from ---------------------

_UID = "e.doc_id || '/' || e.event_id"


def _matched(where: EventFilter) -> tuple[str, list[Any]]:
    clauses = event_where(where)
    first, _ = EVENT_DAYS
    sql = (f"WITH m AS (SELECT {_UID} AS uid, e.{q('source')} AS src, e.{q('target')} AS tgt, "
           f"coalesce(e.reciprocal, false) AS recip, e.score, e.quad, e.place, "
           f"list_contains(coalesce(e.aux, []::VARCHAR[]), 'historical') AS historical, "
           f"{first} AS day "
           f"FROM events e JOIN documents d ON d.doc_id = e.doc_id {clauses.sql()})")
    return sql, list(clauses.params)


def actor_key_sql(alias: str) -> str:
    """SQL for an actor entry's key as `actor_text` writes it ("AZE MIL", or a name)."""
    who = f"coalesce({alias}.country, {alias}.{q('name')}, {alias}.{q('text')})"
    return f"concat_ws(' ', {who}, {alias}.sector)"


def run(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> list[Any]:
    """The rows of a query; a DuckDB error becomes a StoreError."""
    try:
        return con.execute(sql, list(params)).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"could not read the store: {exc}".split("\n")[0]) from exc


def _paged(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], order: str,
           limit: int | None, offset: int) -> tuple[list[Any], int]:
    """Rows of one page of `sql` (a query whose rows are the items) and the total."""
    check_page("stored", limit, offset)
    # One pass: the total rides along as a window count; only a page past the end needs
    # a second query to learn it.
    rows = run(con, f"SELECT *, count(*) OVER () FROM ({sql}) ORDER BY {order} "
                     "LIMIT ? OFFSET ?", [*params, limit, offset])
    if rows:
        return [row[:-1] for row in rows], int(rows[0][-1])
    total = run(con, f"SELECT count(*) FROM ({sql})", params)[0][0]
    return [], int(total)


def _mean(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)


# --- actors ------------------------------------------------------------------------------

def actor_rows(con: duckdb.DuckDBPyConnection, where: EventFilter | None = None, *,
               limit: int | None = 50, offset: int = 0) -> Page[ActorRow]:
    """The actors of the matched events, busiest first, with how often they act and are
    acted on, and the mean cooperation–conflict score of their events."""
    matched, params = _matched(where or EventFilter())
    sql = (f"{matched}, sides AS ("
           "SELECT uid, score, unnest(m.src) AS a, 1 AS src FROM m UNION ALL "
           "SELECT uid, score, unnest(m.tgt) AS a, 0 FROM m) "
           f"SELECT {actor_key_sql('a')} AS actor, any_value(a.country), any_value(a.sector), "
           f"mode(coalesce(a.{q('name')}, a.{q('text')})), count(DISTINCT uid) AS n, "
           "count(DISTINCT uid) FILTER (WHERE src = 1), "
           "count(DISTINCT uid) FILTER (WHERE src = 0), avg(score) "
           "FROM sides GROUP BY actor")
    rows, total = _paged(con, sql, params, "n DESC, actor", limit, offset)
    items = tuple(ActorRow(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), int(r[6]),
                           _mean(r[7])) for r in rows)
    return Page(items, total, offset, limit)


# --- dyads -------------------------------------------------------------------------------

def _pairs_sql(matched: str) -> str:
    """The matched events as (uid, score, day, recip, source key, target key) pairs. The
    lists are unnested in SELECT, not joined laterally in FROM: on 100,000 events that is
    0.2 s against 2.9 s."""
    both = "CASE WHEN recip THEN list_concat(src, tgt) ELSE {side} END"
    return (f"{matched}, one AS (SELECT uid, score, day, recip, "
            f"unnest({both.format(side='src')}) AS a, {both.format(side='tgt')} AS bs "
            "FROM m), two AS (SELECT uid, score, day, recip, a, unnest(bs) AS b FROM one), "
            f"pairs AS (SELECT uid, score, day, recip, {actor_key_sql('a')} AS source, "
            f"{actor_key_sql('b')} AS target FROM two) ")


def dyad_rows(con: duckdb.DuckDBPyConnection, where: EventFilter | None = None, *,
              limit: int | None = 50, offset: int = 0) -> Page[DyadRow]:
    """Source–target pairs of the matched events, busiest first (self-pairs left out)."""
    matched, params = _matched(where or EventFilter())
    # Pairs are made distinct per event first (an event with two sources and two targets
    # gives each pair once), so the counts are plain counts: 0.12 s against 0.24 s.
    sql = (f"{_pairs_sql(matched)}, once AS (SELECT DISTINCT uid, recip, score, day, source, "
           "target FROM pairs WHERE source <> target AND (NOT recip OR source < target)) "
           "SELECT source, target, count(*) AS n, count(*) FILTER (WHERE recip), avg(score), "
           "min(day), max(day) FROM once GROUP BY source, target")
    rows, total = _paged(con, sql, params, "n DESC, source, target", limit, offset)
    items = tuple(DyadRow(r[0], r[1], int(r[2]), int(r[3]), _mean(r[4]), _iso(r[5]),
                          _iso(r[6])) for r in rows)
    return Page(items, total, offset, limit)


def dyad_series(con: duckdb.DuckDBPyConnection, source: str, target: str,
                where: EventFilter | None = None, *, bucket: str = "month",
                either_direction: bool = True) -> list[DyadPoint]:
    """The cooperation–conflict score of one pair per week or month, with the events
    behind each point; undated events are left out (they have no place in time)."""
    _check_bucket(bucket, ("week", "month"))
    base = where or EventFilter()
    pair = EventFilter(**{**_fields(base), "dyad": (source, target),
                          "either_direction": either_direction})
    matched, params = _matched(pair)
    sql = (f"{matched} SELECT date_trunc('{bucket}', day) AS period, count(*), avg(score), "
           "min(score), max(score), list(uid ORDER BY uid) FROM m WHERE day IS NOT NULL "
           "GROUP BY period ORDER BY period")
    return [DyadPoint(_iso(r[0]) or "", int(r[1]), _mean(r[2]), _mean(r[3]), _mean(r[4]),
                      tuple(r[5])) for r in run(con, sql, params)]


def pair_series(con: duckdb.DuckDBPyConnection, pairs: Sequence[tuple[str, str]],
                where: EventFilter | None = None, *,
                bucket: str = "month") -> dict[tuple[str, str], list[DyadPoint]]:
    """The score per week or month of several pairs at once, keyed as `dyad_rows` keys
    them (one grouped query: a query per pair took 50 ms each)."""
    _check_bucket(bucket, ("week", "month"))
    if not pairs:
        return {}
    matched, params = _matched(where or EventFilter())
    sql = (f"{_pairs_sql(matched)}, once AS (SELECT DISTINCT uid, score, day, source, target "
           "FROM pairs WHERE day IS NOT NULL AND (NOT recip OR source < target) "
           "AND list_contains(?::VARCHAR[][], [source, target])) "
           f"SELECT source, target, date_trunc('{bucket}', day) AS period, count(*), "
           "avg(score), min(score), max(score), list(uid ORDER BY uid) FROM once "
           "GROUP BY source, target, period ORDER BY source, target, period")
    out: dict[tuple[str, str], list[DyadPoint]] = {tuple(p): [] for p in pairs}  # type: ignore[misc]
    for r in run(con, sql, [*params, [list(p) for p in pairs]]):
        out.setdefault((r[0], r[1]), []).append(DyadPoint(
            _iso(r[2]) or "", int(r[3]), _mean(r[4]), _mean(r[5]), _mean(r[6]), tuple(r[7])))
    return out


def _fields(where: EventFilter) -> dict[str, Any]:
    return {name: getattr(where, name) for name in where.__dataclass_fields__}


# --- places and time ---------------------------------------------------------------------

def place_rows(con: duckdb.DuckDBPyConnection, where: EventFilter | None = None, *,
               limit: int | None = 500, offset: int = 0) -> Page[PlaceRow]:
    """The places of the matched events with their coordinates and precision, busiest
    first; events without a place are left out."""
    matched, params = _matched(where or EventFilter())
    sql = (f"{matched} SELECT m.place.{q('name')} AS place, m.place.country, "
           "any_value(m.place.lat), any_value(m.place.lon), "
           "mode(m.place.{p}), count(*) AS n, avg(score) FROM m "
           "WHERE m.place IS NOT NULL AND m.place.{n} IS NOT NULL "
           "GROUP BY place, m.place.country").format(p=q("precision"), n=q("name"))
    rows, total = _paged(con, sql, params, "n DESC, place", limit, offset)
    items = tuple(PlaceRow(r[0], r[1], r[2], r[3], r[4], int(r[5]), _mean(r[6]))
                  for r in rows)
    return Page(items, total, offset, limit)


def timeline(con: duckdb.DuckDBPyConnection, where: EventFilter | None = None, *,
             bucket: str = "month") -> list[TimelineRow]:
    """Matched events per period of their own date (never the ingest date), quad class
    and historical flag; undated events are left out."""
    _check_bucket(bucket, BUCKETS)
    matched, params = _matched(where or EventFilter())
    sql = (f"{matched} SELECT date_trunc('{bucket}', day) AS period, quad, historical, "
           "count(*) FROM m WHERE day IS NOT NULL GROUP BY ALL ORDER BY ALL")
    return [TimelineRow(_iso(r[0]) or "", int(r[1]), bool(r[2]), int(r[3]))
            for r in run(con, sql, params)]


def _check_bucket(bucket: str, allowed: Sequence[str]) -> None:
    if bucket not in allowed:
        raise QueryError(f"unknown bucket {bucket!r}", hint=f"use {', '.join(allowed)}")


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


# --- documents and claims ----------------------------------------------------------------

DOCUMENT_SORTS = {"stored": "seq", "published": "left(published, 10)"}


def document_rows(con: duckdb.DuckDBPyConnection, *, outlet: str | None = None,
                  text: str | None = None, published_since: str | None = None,
                  published_until: str | None = None, language: str | None = None,
                  sort: str = "stored", descending: bool = False,
                  limit: int | None = 50, offset: int = 0) -> Page[DocumentRow]:
    """Stored documents with their event and claim counts. `text` is a case-insensitive
    piece of the title or text; `outlet` of the publisher."""
    if sort not in DOCUMENT_SORTS:
        raise QueryError(f"unknown sort {sort!r}", hint=f"use {', '.join(DOCUMENT_SORTS)}")
    where = date_range_clauses("d.published", published_since, published_until,
                               ("published_since", "published_until"))
    if outlet is not None:
        where.add("contains(lower(d.publisher), ?)", [outlet.strip().casefold()])
    if text is not None:
        where.add(f"contains(lower(d.title), ?) OR contains(lower(d.{q('text')}), ?)",
                  [text.strip().casefold()] * 2)
    if language is not None:
        where.add("d.language = ?", [language.strip()])
    counts = " ".join(
        f"LEFT JOIN (SELECT doc_id, count(*) AS n FROM {t} GROUP BY doc_id) {t} USING (doc_id)"
        for t in ("events", "claims"))
    sql = ("SELECT d.doc_id, title, publisher, published, coalesce(published_inferred, false), "
           "language, url, source, coalesce(events.n, 0), coalesce(claims.n, 0), "
           "strftime(ingested_at, '%Y-%m-%dT%H:%M:%S'), seq "
           f"FROM documents d {counts} {where.sql()}")
    direction = " DESC" if descending else ""
    order = f"{DOCUMENT_SORTS[sort]}{direction} NULLS LAST, seq{direction}"
    rows, total = _paged(con, sql, where.params, order, limit, offset)
    return Page(tuple(DocumentRow(*r[:11]) for r in rows), total, offset, limit)


def claim_rows(con: duckdb.DuckDBPyConnection, *, speaker: str | None = None,
               text: str | None = None, doc: str | None = None, outlet: str | None = None,
               limit: int | None = 50, offset: int = 0) -> Page[ClaimRow]:
    """Stored claims (who says what, and which events rest on it), the latest stored
    document first.
    `speaker` is a code ("AZE GOV") or a piece of a name, as the actor filter takes."""
    where = date_range_clauses("d.published", None, None, ("", ""))
    if speaker is not None:
        spec = ActorSpec.parse(speaker, "speaker")
        cond, params = actor_sql("[c.speaker]", spec)
        if spec.text is not None:
            cond = f"({cond}) OR contains(lower(c.speaker_text), ?)"
            params = [*params, spec.text]
        where.add(cond, params)
    if text is not None:
        where.add(f"contains(lower(c.{q('text')}), ?)", [text.strip().casefold()])
    if doc is not None:
        where.add("starts_with(c.doc_id, ?)", [doc.strip()])
    if outlet is not None:
        where.add("contains(lower(d.publisher), ?)", [outlet.strip().casefold()])
    sql = (f"SELECT c.doc_id, c.claim_id, c.{q('text')}, "
           f"CASE WHEN c.speaker IS NULL THEN NULL ELSE {actor_key_sql('c.speaker')} END, "
           "c.speaker_text, c.event_ids, d.title, d.publisher, d.published, d.seq AS dseq, "
           "c.seq AS cseq FROM claims c JOIN documents d ON d.doc_id = c.doc_id "
           f"{where.sql()}")
    rows, total = _paged(con, sql, where.params, "dseq DESC, cseq", limit, offset)
    items = tuple(ClaimRow(r[0], r[1], r[2], r[3], r[4], tuple(r[5] or ()), r[6], r[7], r[8])
                  for r in rows)
    return Page(items, total, offset, limit)


# --- the overview's counts, the outlet choices, events by id ----------------------------

@dataclass(frozen=True, slots=True)
class FailureRow:
    doc_id: str | None
    stage: str
    message: str
    source: str | None
    recorded_at: str | None


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table the overview counts."""
    tables = ("documents", "events", "claims", "failures")
    sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
    return {name: int(n) for name, n in run(con, sql, ())}


def quad_counts(con: duckdb.DuckDBPyConnection) -> dict[int, int]:
    return {int(k or 0): int(n) for k, n in run(
        con, "SELECT quad, count(*) FROM events GROUP BY quad ORDER BY quad", ())}


def failure_rows(con: duckdb.DuckDBPyConnection, *, newest_first: bool = False,
                 limit: int | None = 50, offset: int = 0) -> Page[FailureRow]:
    """Stored failures, oldest (or newest) first, a page of them and the total."""
    sql = (f"SELECT doc_id, {q('stage')}, message, {q('source')}, "
           "recorded_at AS recorded, failure_id FROM failures")
    direction = " DESC" if newest_first else ""
    rows, total = _paged(con, sql, [], f"recorded{direction}, failure_id", limit, offset)
    items = tuple(FailureRow(row[0], row[1], row[2], row[3], _when(row[4])) for row in rows)
    return Page(items, total, offset, limit)


def _when(value: Any) -> str | None:
    return None if value is None else str(value)[:19].replace(" ", "T")


def recent_failures(con: duckdb.DuckDBPyConnection, limit: int = 5) -> list[FailureRow]:
    return list(failure_rows(con, newest_first=True, limit=limit).items)


def outlets(con: duckdb.DuckDBPyConnection, limit: int = 300) -> list[str]:
    """Publishers, the most prolific first (the outlet filter's choices)."""
    sql = ("SELECT publisher FROM documents WHERE publisher IS NOT NULL "
           "GROUP BY publisher ORDER BY count(*) DESC, publisher LIMIT ?")
    return [str(row[0]) for row in run(con, sql, [limit])]


def events_by_uid(con: duckdb.DuckDBPyConnection, uids: Sequence[str]) -> list[StoredEvent]:
    """The events named "doc_id/event_id" (as `DyadPoint.event_ids` names them), in the
    order given; ids that name nothing are skipped."""
    if not uids:
        return []
    found = {f"{s.event.doc_id}/{s.event.event_id}": s
             for s in select_stored(con, f"list_contains(?::VARCHAR[], {_UID})", [list(uids)])}
    return [found[uid] for uid in uids if uid in found]
