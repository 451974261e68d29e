"""The period a stored partial date stands for, in Python and in SQL.

A stored date is a partial ISO 8601 / TIMEX3 value ("2021", "2021-09", "2021-09-02",
"2021-SU", "2021-W12", "199X") or an interval ("1990/1993", "2019/.."), and so stands for
a period: "2021" is 2021-01-01 to 2021-12-31, "2021-SU" June to August. `period_edge`
gives its first or last day; the store registers it as the SQL functions
`belli_period_first` and `belli_period_last` on each connection.

Those are Python UDFs, called row by row under the GIL, so the events table keeps each
event's days as DATE columns, filled by these functions once, when the event is written
(`schema.EVENT_DAY_COLUMNS`), and queries over event dates read the columns. The UDFs
remain for dates stored as text elsewhere (a document's publication date).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import duckdb

from belli.dates.calendar import period_of_value

__all__ = ["HIGH", "LOW", "period_edge", "period_sql", "register_period_functions"]

LOW, HIGH = "0000-01-01", "9999-12-31"  # an open end: the far past or future


def period_edge(value: str | None, last: bool) -> str | None:
    """The first (or `last`) day, as ISO text, of the period a stored date stands for:
    "2021-SU" runs 2021-06-01..2021-08-31, "2021-W12" is one week, "199X" a decade,
    "2019/.." is open after 2019 (an open end is the far past or future). None for what
    names no period ("PRESENT_REF", "2021-13"): such an event counts as undated."""
    if value is None or not value.strip():
        return None
    bounds = value.split("/")
    part = (bounds[-1] if last else bounds[0]).strip()
    if part in ("", ".."):
        return HIGH if last else LOW
    day = part[:10] if _TIMESTAMP.match(part) else part
    period = period_of_value(_UNSPECIFIED.sub("", day))
    if period is None:
        return None
    return (period.end if last else period.start).isoformat()


# "199X" is the decade 199, "20XX" the century 20, "2021-03-XX" the month; a timestamp
# counts as its day
_UNSPECIFIED = re.compile(r"(?:-X+)+$|X+$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d")


@lru_cache(maxsize=65536)  # a store holds few distinct dates; the query asks per row
def _first_day(value: str | None) -> str | None:
    return period_edge(value, last=False)


@lru_cache(maxsize=65536)
def _last_day(value: str | None) -> str | None:
    return period_edge(value, last=True)


_EDGES: dict[str, Callable[[str | None], str | None]] = {
    "belli_period_first": _first_day, "belli_period_last": _last_day}


def register_period_functions(con: duckdb.DuckDBPyConnection) -> None:
    """Make `period_edge` callable from SQL on this connection and its cursors. The store
    calls this once when it connects; a second call leaves the functions as they are."""
    text = duckdb.string_type()
    registered = _registered(con)
    for name, edge in _EDGES.items():
        if name in registered:
            continue
        try:
            # "special": a date that names no period ("PRESENT_REF") gives NULL, which
            # DuckDB refuses from a UDF under its default null handling. The stubs want
            # the enum, which moved between DuckDB 1.x and 2.x; the string works in both.
            con.create_function(name, edge, [text], text, side_effects=False,  # type: ignore[call-overload]
                                null_handling="special")
        except duckdb.Error:
            if name not in _registered(con):  # not a cursor that registered it meanwhile
                raise


def _registered(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT function_name FROM duckdb_functions() "
                       "WHERE starts_with(function_name, 'belli_period_')").fetchall()
    return {row[0] for row in rows}


def period_sql(column: str) -> tuple[str, str]:
    """SQL for the first and last day (ISO text) of the period a partial date stands for."""
    return (f"belli_period_first(CAST({column} AS VARCHAR))",
            f"belli_period_last(CAST({column} AS VARCHAR))")
