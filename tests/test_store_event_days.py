"""An event's first and last day, stored as DATE columns when it is written: the same
days the `belli_period_first`/`_last` UDFs give, and the same answers from every date
filter and sort that once called the UDFs row by row."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from belli.errors import QueryError, StoreError
from belli.records import Analysis, Article, Event
from belli.store import EventFilter, Store
from belli.store.periods import period_edge

# One of each kind of stored date, and what names no period (stored, but undated).
DATES: list[str | None] = [
    "2021-09-02", "2021-09", "2021", "2021-SU", "2020-WI", "2021-W12", "2021-Q1", "2021-H2",
    "199X", "20XX", "2021-03-XX", "1990/1993", "2019/..", "../2019", "2020-11-10T08:00:00",
    "0001-01-01", "9999-12", None, "", "PRESENT_REF", "2021-13", "2021-02-30",
]

# The days as the UDFs give them, and the text comparison the queries made before the
# days were stored: bounds padded as text, so "until 2021-02" was "<= '2021-02-31'".
UDF_FIRST = "belli_period_first(CAST(e.\"date\" AS VARCHAR))"
UDF_LAST = "belli_period_last(CAST(e.\"date\" AS VARCHAR))"
_FROM = "FROM events e JOIN documents d ON d.doc_id = e.doc_id"


def analysis(dates: list[str | None], number: int = 0) -> Analysis:
    article = Article.from_text(f"Article number {number}.", published="2021-09-10")
    events = tuple(Event(article.doc_id, f"e{i}", "ASSAULT", None, 4, -10.0, "Shots.", 0, 6,
                         "shots", date=value) for i, value in enumerate(dates))
    return Analysis(article=article, events=events)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as opened:
        opened.write([analysis(DATES)])
        yield opened


def mismatches(con: duckdb.DuckDBPyConnection) -> list[Any]:
    """Stored events whose days differ from what the UDFs give for their date."""
    return con.execute(
        f"SELECT e.\"date\", date_first, date_last {_FROM} "
        f"WHERE date_first IS DISTINCT FROM TRY_CAST({UDF_FIRST} AS DATE) "
        f"OR date_last IS DISTINCT FROM TRY_CAST({UDF_LAST} AS DATE)").fetchall()


def test_a_written_event_keeps_the_days_the_udfs_give(store: Store) -> None:
    assert mismatches(store.con) == []


@pytest.mark.parametrize("value, first, last", [
    ("2021-SU", date(2021, 6, 1), date(2021, 8, 31)),
    ("2021-W12", date(2021, 3, 22), date(2021, 3, 28)),
    ("1990/1993", date(1990, 1, 1), date(1993, 12, 31)),
    ("2020-11-10T08:00:00", date(2020, 11, 10), date(2020, 11, 10)),
    ("PRESENT_REF", None, None),
    (None, None, None),
])
def test_a_written_event_keeps_its_whole_period(store: Store, value: str | None,
                                                 first: date | None, last: date | None) -> None:
    row = store.con.execute("SELECT date_first, date_last FROM events "
                            "WHERE \"date\" IS NOT DISTINCT FROM ?", [value]).fetchone()
    assert row == (first, last)


def test_an_open_start_is_the_far_past_and_sorts_before_every_day(store: Store) -> None:
    # Year 0 (1 BC) has no Python date: DuckDB hands it back as text.
    first = store.con.execute("SELECT CAST(date_first AS VARCHAR) FROM events "
                              "WHERE \"date\" = '../2019'").fetchone()
    assert first == ("0001-01-01 (BC)",)
    dated = store.events(EventFilter(), sort="date", limit=1)
    assert [e.date for e in dated.events] == ["../2019"]


def test_an_older_store_gets_the_days_filled_when_it_opens(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    kept = analysis(DATES)
    with Store.open(db) as opened:
        opened.write([kept])
    con = duckdb.connect(str(db))  # make it look like a store from before the days
    con.execute("ALTER TABLE events DROP COLUMN date_first")
    con.execute("ALTER TABLE events DROP COLUMN date_last")
    con.execute("UPDATE schema_version SET version = 1, fingerprint = 'older'")
    con.close()
    with Store.open(db, read_only=True) as opened:  # a read-only open migrates first
        assert mismatches(opened.con) == []
        filled = opened.con.execute("SELECT count(date_first) FROM events").fetchone()
        assert opened.show(kept.doc_id) == kept
        version = opened.con.execute("SELECT max(version) FROM schema_version").fetchone()
    assert filled == (sum(period_edge(v, last=False) is not None for v in DATES),)
    assert version == (2,)


def test_an_older_belli_refuses_a_store_with_days(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # It would write events without their days, and the queries would miss them.
    db = tmp_path / "new.duckdb"
    Store.open(db).close()
    monkeypatch.setattr("belli.store.schema.SCHEMA_VERSION", 1)
    with pytest.raises(StoreError, match="schema version 2"):
        Store.open(db)


def test_exports_leave_the_days_out(store: Store, tmp_path: Path) -> None:
    # They only repeat the date; an export reads as before.
    store.export("csv", tmp_path / "events.csv", table="events")
    store.export("parquet", tmp_path / "events.parquet", table="events")
    header = (tmp_path / "events.csv").read_text().splitlines()[0].split(",")
    columns = {r[0] for r in store.con.execute(
        f"DESCRIBE SELECT * FROM '{tmp_path / 'events.parquet'}'").fetchall()}
    assert "date" in header and "date" in columns
    assert not {"date_first", "date_last"} & (set(header) | columns)


# --- the queries answer as the UDFs did ------------------------------------------------

def _text_bound(value: str, fill: str) -> str:
    return value + fill[len(value):]


def udf_ids(con: duckdb.DuckDBPyConnection, since: str | None, until: str | None,
            within: bool) -> list[str]:
    """The event ids the date filter kept when it called the UDFs, in stored order."""
    clauses, params = ["true"], []
    if since is not None:
        clauses.append(f"{UDF_FIRST if within else UDF_LAST} >= ?")
        params.append(_text_bound(since, "0000-01-01"))
    if until is not None:
        clauses.append(f"{UDF_LAST if within else UDF_FIRST} <= ?")
        params.append(_text_bound(until, "9999-12-31"))
    rows = con.execute(f"SELECT e.event_id {_FROM} WHERE {' AND '.join(clauses)} "
                       "ORDER BY d.seq, e.seq", params).fetchall()
    return [r[0] for r in rows]


def udf_sorted(con: duckdb.DuckDBPyConnection, descending: bool) -> list[str]:
    """The event ids in the order the date sort gave when it called the UDFs."""
    way = " DESC" if descending else ""
    rows = con.execute(f"SELECT e.event_id {_FROM} ORDER BY {UDF_FIRST}{way} NULLS LAST, "
                       f"{UDF_LAST}{way}, d.seq, e.seq").fetchall()
    return [r[0] for r in rows]


_YEAR = st.integers(1, 9999).map(lambda y: f"{y:04d}")
_MONTH = st.integers(1, 12).map(lambda m: f"{m:02d}")
_DAY = st.dates(date(1, 1, 1), date(9999, 12, 31)).map(date.isoformat)
# A stored date of any kind, with what names no period among them.
stored_dates = st.one_of(
    _DAY, st.builds("{}-{}".format, _YEAR, _MONTH), _YEAR,
    st.builds("{}-{}".format, _YEAR, st.sampled_from(["SP", "SU", "FA", "WI", "W01", "W53",
                                                      "Q1", "Q4", "H1", "H2", "13", "Q5"])),
    st.builds("{}X".format, st.integers(100, 999)), st.builds("{}XX".format, st.integers(10, 99)),
    st.builds("{}/{}".format, _YEAR, _YEAR), st.builds("{}/..".format, _DAY),
    st.builds("../{}".format, _YEAR), st.builds("{}T08:00:00".format, _DAY),
    st.sampled_from([None, "", "PRESENT_REF", "2021-02-30", *DATES]),
)
# since/until as a user gives them: YYYY, YYYY-MM or YYYY-MM-DD
bounds = st.none() | _YEAR | st.builds("{}-{}".format, _YEAR, _MONTH) | _DAY


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dates=st.lists(stored_dates, min_size=1, max_size=25), since=bounds, until=bounds,
       within=st.booleans(), descending=st.booleans())
def test_date_filters_and_sorts_answer_as_the_udfs_did(
        dates: list[str | None], since: str | None, until: str | None, within: bool,
        descending: bool) -> None:
    try:
        where = EventFilter(since=since, until=until, within=within)
    except QueryError:
        assume(False)  # since after until: refused before any query
    with Store.open(":memory:") as store:
        store.write([analysis(dates)])
        assert mismatches(store.con) == []
        kept = [e.event_id for e in store.events(where, limit=None).events]
        assert kept == udf_ids(store.con, since, until, within)
        by_date = store.events(sort="date", descending=descending, limit=None)
        assert [e.event_id for e in by_date.events] == udf_sorted(store.con, descending)
