"""Selecting stored events: who, what, how sure, when and from which outlet.

Filters combine with AND; the several values one filter may hold (types, quad classes,
certainties, aux modes) combine with OR. Every value reaches DuckDB as a parameter.

Actors. `"AZE"`, `"NATO"` or `"AZE MIL"` (a country or IGO code, optionally a sector, in
capitals) match an actor entry's code exactly; anything else (`"azerbaijan"`, `"Aliyev"`)
is a case-insensitive substring of the entry's name, text or person. `actor` matches
either side of an event; `dyad=("AZE", "ARM")` wants the first on the source side and
the second on the target side (`either_direction` also takes the reverse). A reciprocal
event ("Azerbaijan and Armenia held talks") has no target side: it matches a dyad when
both actors are among its actors, in either order.

Dates. An event's `date` is a partial ISO 8601 / TIMEX3 value ("2021", "2021-09",
"2021-09-02", "2021-SU", "2021-W12", "2021-Q1", "199X") or an interval ("1990/1993",
"2019/.."), and so stands for a period: "2021" is 2021-01-01 to 2021-12-31, "2021-SU"
June to August (`belli.store.periods`). The events table keeps each event's first and
last day as DATE columns (`EVENT_DAYS`), which date filters and sorts read. `since` and
`until` take YYYY, YYYY-MM or YYYY-MM-DD and also stand for periods (`until="2021-09"`
runs to the end of September). By default an event matches when its period overlaps
the asked range, so a year-dated event turns up in a query for one of its months;
`within=True` keeps only events whose whole period lies in the range. Events without a
date never match a date filter. The publication date (`published_since`,
`published_until`) is the document's, compared the same way (overlap), and kept apart
from the event's own date.

The filter's values are checked in event_filter.py; the events come back as the records
of stored_events.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb

from belli.errors import QueryError, StoreError
from belli.store.event_filter import (
    AUX_MODES,
    CERTAINTIES,
    ActorSpec,
    EventFilter,
    day_bound,
    split_values,
)
from belli.store.periods import period_edge, period_sql, register_period_functions
from belli.store.queries import decode_row
from belli.store.rows import check_rows
from belli.store.schema import EVENT_DAY_COLUMNS, q
from belli.store.stored_events import (
    ROW_FIELDS,
    EventPage,
    StoredEvent,
    actor_text,
    stored_event,
)

# The filter (event_filter.py) and the stored events (stored_events.py) are importable
# from here too, as they were before they had modules of their own.
__all__ = [
    "AUX_MODES",
    "CERTAINTIES",
    "EVENT_DAYS",
    "ROW_FIELDS",
    "SORTS",
    "ActorSpec",
    "EventFilter",
    "EventPage",
    "StoredEvent",
    "Where",
    "actor_sql",
    "actor_text",
    "check_page",
    "date_range_clauses",
    "day_range_clauses",
    "event_where",
    "period_edge",
    "period_sql",
    "register_period_functions",
    "select_event_rows",
    "select_events",
    "select_stored",
    "split_values",
]

SORTS = ("stored", "date", "published", "type")

# SQL for a stored event's first and last day (DATE; NULL when undated), kept in the
# events table since each event was written (schema.EVENT_DAY_COLUMNS)
EVENT_DAYS = (f"e.{q(EVENT_DAY_COLUMNS[0].name)}", f"e.{q(EVENT_DAY_COLUMNS[1].name)}")


# --- SQL: built from constant fragments; user values only ever go into `params` ---------

_FROM = "FROM events e JOIN documents d ON d.doc_id = e.doc_id"
_SELECT = ("SELECT e.*, d.title AS doc_title, d.publisher AS doc_publisher, "
           "d.published AS doc_published ")
_SOURCE, _TARGET = f"e.{q('source')}", f"e.{q('target')}"
_RECIPROCAL = "coalesce(e.reciprocal, false)"


@dataclass
class Where:
    """WHERE clauses and their parameters, collected together so they stay in step."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, params: Sequence[Any] = ()) -> None:
        self.clauses.append(f"({clause})")
        self.params.extend(params)

    def extend(self, other: Where) -> None:
        self.clauses.extend(other.clauses)
        self.params.extend(other.params)

    def sql(self) -> str:
        return f"WHERE {' AND '.join(self.clauses)} " if self.clauses else ""


def actor_sql(side: str, spec: ActorSpec) -> tuple[str, list[Any]]:
    """SQL that holds when the actor list `side` has an entry matching `spec`. List
    functions, not a correlated unnest: on 100,000 events a dyad filter took 3 s that way."""
    if spec.code is not None and spec.sector is None:
        return f"list_contains(list_transform({side}, lambda a: a.country), ?)", [spec.code]
    if spec.code is not None:
        key = "lambda a: concat_ws(' ', a.country, a.sector)"
        return f"list_contains(list_transform({side}, {key}), ?)", [f"{spec.code} {spec.sector}"]
    cond = " OR ".join(f"contains(lower(a.{q(n)}), ?)" for n in ("name", "text", "person"))
    return f"len(list_filter({side}, lambda a: {cond})) > 0", [spec.text] * 3


def either_side_sql(spec: ActorSpec) -> tuple[str, list[Any]]:
    """SQL that holds when either actor list has an entry matching `spec` (each side
    tested apart: concatenating the lists first made an actor filter 3-6 times slower)."""
    (ss, ps), (st, pt) = actor_sql(_SOURCE, spec), actor_sql(_TARGET, spec)
    return f"({ss}) OR ({st})", ps + pt


def _dyad_sql(first: ActorSpec, second: ActorSpec, either: bool) -> tuple[str, list[Any]]:
    def both(a_side: str, a: ActorSpec, b_side: str, b: ActorSpec) -> tuple[str, list[Any]]:
        (sa, pa), (sb, pb) = actor_sql(a_side, a), actor_sql(b_side, b)
        return f"{sa} AND {sb}", pa + pb

    parts = [both(_SOURCE, first, _TARGET, second)]
    if either:
        parts.append(both(_SOURCE, second, _TARGET, first))
    (sa, pa), (sb, pb) = either_side_sql(first), either_side_sql(second)
    parts.append((f"{_RECIPROCAL} AND ({sa}) AND ({sb})", pa + pb))
    return " OR ".join(f"({s})" for s, _ in parts), [p for _, ps in parts for p in ps]


def date_range_clauses(column: str, since: str | None, until: str | None,
                       names: tuple[str, str], within: bool = False) -> Where:
    """WHERE clauses keeping rows whose partial-date text `column` overlaps (or lies
    `within`) the range; a bound left as None adds nothing."""
    return day_range_clauses(period_sql(column), since, until, names, within)


def day_range_clauses(days: tuple[str, str], since: str | None, until: str | None,
                      names: tuple[str, str], within: bool = False) -> Where:
    """`date_range_clauses` for a period given as SQL for its first and last day (ISO
    text or DATE alike: the bounds are real days, so both compare the same way)."""
    where = Where()
    first, last = days
    if since is not None:
        where.add(f"{first if within else last} >= ?", [day_bound(since, False, names[0])])
    if until is not None:
        where.add(f"{last if within else first} <= ?", [day_bound(until, True, names[1])])
    return where


def _aux_sql(modes: tuple[str, ...]) -> tuple[str, list[Any]]:
    sql = "list_has_any(coalesce(e.aux, []::VARCHAR[]), ?::VARCHAR[])"
    if "negated" in modes:  # the flag and the aux mode say the same; older rows may differ
        sql += " OR coalesce(e.negated, false)"
    return sql, [list(modes)]


def event_where(f: EventFilter) -> Where:
    where = Where()
    if f.actor is not None:
        where.add(*either_side_sql(ActorSpec.parse(f.actor)))
    if f.dyad is not None:
        first, second = (ActorSpec.parse(a) for a in f.dyad)
        where.add(*_dyad_sql(first, second, f.either_direction))
    if f.types:
        where.add(f"list_contains(?::VARCHAR[], e.{q('type')})", [list(f.types)])
    if f.quads:
        where.add("list_contains(?::BIGINT[], e.quad)", [list(f.quads)])
    if f.certainty:
        where.add("list_contains(?::VARCHAR[], coalesce(e.certainty, 'asserted'))",
                  [list(f.certainty)])
    if f.aux:
        where.add(*_aux_sql(f.aux))
    if f.without_aux:
        sql, params = _aux_sql(f.without_aux)
        where.add(f"NOT coalesce({sql}, false)", params)
    where.extend(day_range_clauses(EVENT_DAYS, f.since, f.until, ("since", "until"),
                                   f.within))
    where.extend(date_range_clauses("d.published", f.published_since, f.published_until,
                                    ("published_since", "published_until")))
    if f.text is not None:
        where.add(f"contains(lower(e.{q('sentence')}), ?)", [f.text.strip().casefold()])
    if f.place is not None:
        where.add(f"contains(lower(e.place.{q('name')}), ?)", [f.place.strip().casefold()])
    if f.country is not None:
        where.add("e.place.country = ?", [f.country.strip().upper()])
    if f.outlet is not None:
        where.add("contains(lower(d.publisher), ?)", [f.outlet.strip().casefold()])
    if f.doc is not None:
        where.add("starts_with(e.doc_id, ?)", [f.doc.strip()])
    return where


def _order(sort: str, descending: bool) -> str:
    direction = " DESC" if descending else ""
    stored = "d.seq, e.seq"
    if sort == "stored":
        return f"d.seq{direction}, e.seq{direction}"
    first, last = EVENT_DAYS
    key = {
        "date": f"{first}{direction} NULLS LAST, {last}{direction}",
        "published": f"left(d.published, 10){direction} NULLS LAST",
        "type": f"e.{q('type')}{direction}",
    }[sort]
    return f"{key}, {stored}"


def select_events(con: duckdb.DuckDBPyConnection, where: EventFilter | None = None, *,
                  sort: str = "stored", descending: bool = False, limit: int | None = None,
                  offset: int = 0) -> EventPage:
    """The stored events `where` keeps, one page of them, and how many matched in all.

    `sort`: "stored" (document insertion order, then the document's own order), "date"
    (the event's date, undated last), "published" or "type"; ties keep stored order.
    `con` needs `register_period_functions`, which the store runs when it connects.
    """
    total, rows = select_event_rows(con, where, sort=sort, descending=descending,
                                    limit=limit, offset=offset)
    return EventPage(tuple(stored_event(row) for row in rows), total, offset, limit)


def select_event_rows(con: duckdb.DuckDBPyConnection, where: EventFilter | None = None, *,
                      sort: str = "stored", descending: bool = False,
                      limit: int | None = None,
                      offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """`select_events` as the total and the page's rows, each the event's columns plus
    `doc_title`, `doc_publisher` and `doc_published`: for a caller that turns rows
    straight into JSON (`queries.record_dict`), with no records built on the way."""
    check_page(sort, limit, offset)
    clauses = event_where(where or EventFilter())
    try:
        total = con.execute(f"SELECT count(*) {_FROM} {clauses.sql()}", clauses.params)
        count = int(total.fetchone()[0])  # type: ignore[index]
    except duckdb.Error as exc:
        raise StoreError(f"could not read events: {exc}".split("\n")[0]) from exc
    return count, _page_of(con, clauses, _order(sort, descending), limit, offset)


def _page_of(con: duckdb.DuckDBPyConnection, clauses: Where, order: str, limit: int | None,
             offset: int) -> list[dict[str, Any]]:
    """One page's rows in order: the sort runs over row ids and keys only, then the page's
    rows are read whole (sorting whole rows, sentences and actor lists, made a deep page
    take 200-400 ms on 100,000 events; this way about 15)."""
    try:
        ids = [row[0] for row in con.execute(
            f"SELECT e.rowid {_FROM} {clauses.sql()}ORDER BY {order} LIMIT ? OFFSET ?",
            [*clauses.params, limit, offset]).fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"could not read events: {exc}".split("\n")[0]) from exc
    if not ids:
        return []
    rows = _rows(con, "WHERE list_contains(?::BIGINT[], e.rowid)", [ids])
    place = {rowid: i for i, rowid in enumerate(ids)}
    rows.sort(key=lambda row: place[row["_rowid"]])
    return rows


def select_stored(con: duckdb.DuckDBPyConnection, condition: str,
                  params: Sequence[Any]) -> tuple[StoredEvent, ...]:
    """The stored events for which the SQL `condition` holds (over `e`, the event, and
    `d`, its document), in stored order. `condition` is belli's own SQL; values go in
    `params`."""
    rows = _rows(con, f"WHERE {condition} ORDER BY d.seq, e.seq", params)
    return tuple(stored_event(row) for row in rows)


def _rows(con: duckdb.DuckDBPyConnection, tail: str,
          params: Sequence[Any]) -> list[dict[str, Any]]:
    """Event rows with their document's title, publisher and date, and `_rowid`."""
    try:
        cur = con.execute(f"{_SELECT}, e.rowid AS _rowid {_FROM} {tail}", list(params))
        names = [d[0] for d in cur.description]
        return [decode_row("events", names, row) for row in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"could not read events: {exc}".split("\n")[0]) from exc


def check_page(sort: str, limit: int | None, offset: int) -> None:
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}", hint=f"use {', '.join(SORTS)}")
    check_rows(limit, offset)


