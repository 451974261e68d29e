"""SQL fragments the outlet profiles and the analysts' exports share.

An event *happened*, as far as its telling goes, unless it is negated ("did not
attack"), hypothetical ("could attack") or future ("will attack"); background history
happened. Counts of what outlets report and series for early-warning models keep only
such events.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from belli.records import LOCATION_REASON
from belli.store.event_query import EventFilter
from belli.store.explore import actor_key_sql, run

__all__ = ["NOT_HAPPENED", "actor_key_sql", "csv_cells", "happened", "happened_sql",
           "is_actor_sql", "run", "write_csv"]

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


def is_actor_sql(alias: str) -> str:
    """SQL that holds unless the entry only ties a place to its country ("held in Baku"),
    which records where, not who (see `Actor.is_location`)."""
    return (f"NOT ({alias}.sector IS NULL AND "
            f"starts_with(coalesce({alias}.reason, ''), '{LOCATION_REASON}'))")




def csv_cells(row: Any, names: Sequence[str]) -> list[Any]:
    """A row record's fields as CSV cells, an absent value as an empty cell."""
    return ["" if (value := getattr(row, name)) is None else value for name in names]


def write_csv(out: TextIO, names: Sequence[str], rows: Iterable[Any]) -> int:
    """Write a header and the rows to `out`; the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    count = 0
    for row in rows:
        writer.writerow(csv_cells(row, names))
        count += 1
    return count
