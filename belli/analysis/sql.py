"""SQL fragments the outlet profiles and the analysts' exports share.

An event *happened*, as far as its telling goes, unless it is negated ("did not
attack"), hypothetical ("could attack") or future ("will attack"); background history
happened. Counts of what outlets report and series for early-warning models keep only
such events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import duckdb

from belli.errors import StoreError
from belli.records import LOCATION_REASON
from belli.store.event_query import EventFilter
from belli.store.schema import q

__all__ = ["NOT_HAPPENED", "actor_key_sql", "happened", "happened_sql", "is_actor_sql", "run"]

NOT_HAPPENED = ("negated", "hypothetical", "future")


def happened(where: EventFilter | None) -> EventFilter:
    """`where`, keeping only events that happened."""
    base = where or EventFilter()
    without = tuple(dict.fromkeys((*base.without_aux, *NOT_HAPPENED)))
    return dataclasses.replace(base, without_aux=without)


def happened_sql(alias: str = "e") -> str:
    """SQL that holds for an event (table alias `alias`) that happened."""
    modes = ", ".join(f"'{m}'" for m in NOT_HAPPENED)
    return (f"NOT coalesce({alias}.negated, false) AND NOT list_has_any("
            f"coalesce({alias}.aux, []::VARCHAR[]), [{modes}])")


def actor_key_sql(alias: str) -> str:
    """SQL for an actor entry's key as `actor_text` writes it ("AZE MIL", or a name)."""
    who = f"coalesce({alias}.country, {alias}.{q('name')}, {alias}.{q('text')})"
    return f"concat_ws(' ', {who}, {alias}.sector)"


def is_actor_sql(alias: str) -> str:
    """SQL that holds unless the entry only ties a place to its country ("held in Baku"),
    which records where, not who (see `Actor.is_location`)."""
    return (f"NOT ({alias}.sector IS NULL AND "
            f"starts_with(coalesce({alias}.reason, ''), '{LOCATION_REASON}'))")


def run(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> list[Any]:
    """The rows of a query; a DuckDB error becomes a StoreError."""
    try:
        return con.execute(sql, list(params)).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"could not read the store: {exc}".split("\n")[0]) from exc
