"""Outlet profiles: how much each outlet publishes, how it hedges, how it scores each
dyad, and whom it names as the aggressor, beside who owns it.

An outlet is every stored publisher name that stands for it (`OutletBook.group_key`:
"VOA" and "Voice of America" are one outlet). For each:

- documents, events and events per document, overall and per month of publication, so
  a count can be set against how much the outlet published that month;
- hedging rate: the share of its events told as `reported` or `speculative`;
- per dyad (source -> target, as `belli.store.explore` pairs them), the number of events
  and their mean cooperation–conflict score, busiest dyads first;
- aggressors: the actors most often the source of its material-conflict (quad 4) events
  that happened (not negated, hypothetical or future). PROTEST is left out: its sources
  are protesters, not aggressors;
- country, ownership and owner from belli/analysis/data/outlets.yaml.

`since`/`until` narrow everything to documents published in that range (YYYY[-MM[-DD]]).
Every figure is one aggregated query; on a 100,000-event store each takes well under
0.2 s (benchmarks/outlet_profiles.py measures them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import duckdb

from belli.analysis.outlet_info import OutletBook, OutletInfo, load_outlet_book
from belli.analysis.sql import actor_key_sql, happened_sql, is_actor_sql, run
from belli.errors import NotFoundError
from belli.store.event_query import Where, check_page, date_range_clauses, period_sql
from belli.store.explore import Page
from belli.store.schema import q

__all__ = [
    "Aggressor",
    "OutletDyad",
    "OutletMonth",
    "OutletProfile",
    "OutletRow",
    "outlet_profile",
    "outlet_rows",
]

HEDGED = ("reported", "speculative")


@dataclass(frozen=True, slots=True)
class OutletRow:
    outlet: str  # the outlets.yaml name, or the spelling most of its documents give
    publishers: tuple[str, ...]  # the stored publisher names it gathers
    country: str | None
    ownership: str | None
    fictional: bool
    documents: int
    events: int
    events_per_document: float
    hedged: int  # events told as reported or speculative
    hedging_rate: float | None  # hedged / events
    mean_score: float | None
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True, slots=True)
class OutletMonth:
    month: str | None  # first day of the month of publication; None: undated documents
    documents: int
    events: int
    conflict_events: int  # quad 3 and 4
    events_per_document: float
    conflict_per_100_documents: float


@dataclass(frozen=True, slots=True)
class OutletDyad:
    source: str
    target: str
    events: int
    mean_score: float | None


@dataclass(frozen=True, slots=True)
class Aggressor:
    actor: str  # "AZE MIL", or a name where there is no code
    events: int  # quad-4 events (not PROTEST) that happened with it among the sources
    share: float  # of all such events of the outlet


@dataclass(frozen=True, slots=True)
class OutletProfile:
    summary: OutletRow
    info: OutletInfo | None
    certainty: dict[str, int]
    months: tuple[OutletMonth, ...]
    dyads: tuple[OutletDyad, ...]
    aggressors: tuple[Aggressor, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self.summary), "info": asdict(self.info) if self.info else None,
                "certainty": dict(self.certainty),
                "months": [asdict(m) for m in self.months],
                "dyads": [asdict(d) for d in self.dyads],
                "aggressors": [asdict(a) for a in self.aggressors]}


# --- the documents of some outlets -------------------------------------------------------

def _docs_where(publishers: Sequence[str] | None, since: str | None,
                until: str | None) -> Where:
    where = date_range_clauses("d.published", since, until, ("since", "until"))
    where.add("d.publisher IS NOT NULL")
    if publishers is not None:
        where.add("list_contains(?::VARCHAR[], d.publisher)", [list(publishers)])
    return where


# the event columns the profile reads (a CTE read twice is materialized: not sentences)
_EVENT_COLUMNS = ", ".join(f"e.{q(c)}" for c in (
    "doc_id", "event_id", "type", "quad", "score", "certainty", "negated", "aux", "source",
    "target", "reciprocal"))


def _docs_cte(where: Where) -> str:
    """CTEs `docs` (the chosen documents) and `ev` (their events)."""
    return (f"WITH docs AS (SELECT d.doc_id, d.publisher, d.published FROM documents d "
            f"{where.sql()}), ev AS (SELECT {_EVENT_COLUMNS} FROM events e "
            "JOIN docs USING (doc_id)) ")


# --- the list ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Counts:
    """One publisher name's counts, summed into its outlet's."""

    publisher: str
    documents: int
    events: int
    hedged: int
    score_sum: float
    scored: int
    first: str | None
    last: str | None


def _publisher_counts(con: duckdb.DuckDBPyConnection, where: Where) -> list[_Counts]:
    hedged = ", ".join(f"'{c}'" for c in HEDGED)
    per_doc = (f"SELECT doc_id, count(*) AS n, count(*) FILTER (WHERE certainty IN ({hedged}))"
               " AS h, sum(score) AS s, count(score) AS sn FROM ev GROUP BY doc_id")
    sql = (f"{_docs_cte(where)}SELECT docs.publisher, count(*), coalesce(sum(n), 0), "
           "coalesce(sum(h), 0), coalesce(sum(s), 0), coalesce(sum(sn), 0), "
           "min(left(docs.published, 10)), max(left(docs.published, 10)) "
           f"FROM docs LEFT JOIN ({per_doc}) USING (doc_id) GROUP BY docs.publisher")
    return [_Counts(str(r[0]), int(r[1]), int(r[2]), int(r[3]), float(r[4]), int(r[5]),
                    r[6], r[7]) for r in run(con, sql, where.params)]


def _row(parts: Sequence[_Counts], info: OutletInfo | None) -> OutletRow:
    """One outlet's row from the counts of the publisher names it gathers."""
    documents = sum(p.documents for p in parts)
    events = sum(p.events for p in parts)
    hedged = sum(p.hedged for p in parts)
    scored = sum(p.scored for p in parts)
    firsts = [p.first for p in parts if p.first]
    lasts = [p.last for p in parts if p.last]
    spelling = max(parts, key=lambda p: (p.documents, p.publisher)).publisher
    return OutletRow(
        outlet=info.name if info else spelling,
        publishers=tuple(sorted(p.publisher for p in parts)),
        country=info.country if info else None, ownership=info.ownership if info else None,
        fictional=info.fictional if info else False, documents=documents, events=events,
        events_per_document=_ratio(events, documents) or 0.0, hedged=hedged,
        hedging_rate=_ratio(hedged, events),
        mean_score=_ratio(sum(p.score_sum for p in parts), scored),
        first_published=min(firsts, default=None), last_published=max(lasts, default=None))


def _ratio(part: float, whole: float, scale: float = 1.0) -> float | None:
    return None if not whole else round(scale * part / whole, 3)


def _grouped(counts: Sequence[_Counts], book: OutletBook) -> dict[str, list[_Counts]]:
    groups: dict[str, list[_Counts]] = defaultdict(list)
    for item in counts:
        groups[book.group_key(item.publisher)].append(item)
    return groups


def outlet_rows(con: duckdb.DuckDBPyConnection, *, since: str | None = None,
                until: str | None = None, book: OutletBook | None = None,
                limit: int | None = 50, offset: int = 0) -> Page[OutletRow]:
    """Every outlet with stored documents, the most prolific first."""
    check_page("stored", limit, offset)
    book = book or load_outlet_book()
    groups = _grouped(_publisher_counts(con, _docs_where(None, since, until)), book)
    rows = sorted((_row(parts, book.find(parts[0].publisher)) for parts in groups.values()),
                  key=lambda r: (-r.documents, r.outlet.casefold()))
    end = None if limit is None else offset + limit
    return Page(tuple(rows[offset:end]), len(rows), offset, limit)


# --- one outlet --------------------------------------------------------------------------

def outlet_profile(con: duckdb.DuckDBPyConnection, name: str, *, since: str | None = None,
                   until: str | None = None, book: OutletBook | None = None,
                   dyads: int = 20, aggressors: int = 10) -> OutletProfile:
    """The profile of the outlet `name` stands for (any of its names or spellings)."""
    book = book or load_outlet_book()
    publishers = _publishers_of(con, name, book)
    where = _docs_where(publishers, since, until)
    counts = _publisher_counts(con, where)
    info = book.find(name) or book.find(publishers[0])
    summary = (_row(counts, info) if counts else
               _row([_Counts(publishers[0], 0, 0, 0, 0.0, 0, None, None)], info))
    return OutletProfile(summary, info, _certainty(con, where), _months(con, where),
                         _dyads(con, where, dyads), _aggressors(con, where, aggressors))


def _publishers_of(con: duckdb.DuckDBPyConnection, name: str, book: OutletBook) -> list[str]:
    """The stored publisher names that are the outlet `name`, most documents first."""
    stored = run(con, "SELECT publisher FROM documents WHERE publisher IS NOT NULL "
                      "GROUP BY publisher ORDER BY count(*) DESC, publisher", [])
    key = book.group_key(name)
    found = [str(r[0]) for r in stored if book.group_key(str(r[0])) == key]
    if not found:
        raise NotFoundError(f"no stored document is published by {name!r}",
                            hint="list the outlets with `belli outlets` or /api/outlets")
    return found


def _certainty(con: duckdb.DuckDBPyConnection, where: Where) -> dict[str, int]:
    sql = (f"{_docs_cte(where)}SELECT coalesce(certainty, 'asserted') AS c, count(*) FROM ev "
           "GROUP BY c ORDER BY c")
    return {str(c): int(n) for c, n in run(con, sql, where.params)}


def _months(con: duckdb.DuckDBPyConnection, where: Where) -> tuple[OutletMonth, ...]:
    first, _ = period_sql("docs.published")
    per_doc = ("SELECT doc_id, count(*) AS n, count(*) FILTER (WHERE quad >= 3) AS c "
               "FROM ev GROUP BY doc_id")
    sql = (f"{_docs_cte(where)}SELECT date_trunc('month', TRY_CAST({first} AS DATE)) AS month,"
           " count(*), coalesce(sum(n), 0), coalesce(sum(c), 0) "
           f"FROM docs LEFT JOIN ({per_doc}) USING (doc_id) GROUP BY month "
           "ORDER BY month NULLS LAST")
    return tuple(OutletMonth(None if m is None else str(m)[:10], int(d), int(n), int(c),
                             _ratio(n, d) or 0.0, _ratio(c, d, 100.0) or 0.0)
                 for m, d, n, c in run(con, sql, where.params))


def _dyads(con: duckdb.DuckDBPyConnection, where: Where, limit: int) -> tuple[OutletDyad, ...]:
    # As explore.dyad_rows pairs them: a reciprocal event pairs its actors both ways round,
    # once, smaller key first; lists are unnested in SELECT (faster than a lateral join).
    both = "CASE WHEN coalesce(reciprocal, false) THEN list_concat({a}, {b}) ELSE {side} END"
    src, tgt = q("source"), q("target")
    sql = (f"{_docs_cte(where)}, one AS (SELECT doc_id || '/' || event_id AS uid, score, "
           "coalesce(reciprocal, false) AS recip, "
           f"unnest({both.format(a=src, b=tgt, side=src)}) AS a, "
           f"{both.format(a=src, b=tgt, side=tgt)} AS bs FROM ev), "
           "two AS (SELECT uid, score, recip, a, unnest(bs) AS b FROM one), "
           f"pairs AS (SELECT DISTINCT uid, score, recip, {actor_key_sql('a')} AS s, "
           f"{actor_key_sql('b')} AS t FROM two WHERE {is_actor_sql('a')} AND "
           f"{is_actor_sql('b')}) SELECT s, t, count(*) AS n, avg(score) FROM pairs "
           "WHERE s <> t AND (NOT recip OR s < t) GROUP BY s, t ORDER BY n DESC, s, t LIMIT ?")
    return tuple(OutletDyad(s, t, int(n), None if score is None else round(float(score), 3))
                 for s, t, n, score in run(con, sql, [*where.params, limit]))


def _aggressors(con: duckdb.DuckDBPyConnection, where: Where,
                limit: int) -> tuple[Aggressor, ...]:
    chosen = (f"quad = 4 AND {q('type')} <> 'PROTEST' AND {happened_sql('ev')}")
    sql = (f"{_docs_cte(where)}, hits AS (SELECT doc_id || '/' || event_id AS uid, "
           f"unnest({q('source')}) AS a FROM ev WHERE {chosen}), "
           f"total AS (SELECT count(*) AS n FROM ev WHERE {chosen}) "
           f"SELECT {actor_key_sql('a')} AS actor, count(DISTINCT uid) AS n, "
           f"any_value(total.n) FROM hits, total WHERE {is_actor_sql('a')} "
           "GROUP BY actor ORDER BY n DESC, actor LIMIT ?")
    return tuple(Aggressor(actor, int(n), _ratio(n, total) or 0.0)
                 for actor, n, total in run(con, sql, [*where.params, limit]))
