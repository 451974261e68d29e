"""`updated_at` that survives a table rewritten whole.

Linking rewrites `canonical_events` from scratch on every run, so each row would get a
new time although most canonical events came out exactly as before. After each chunk is
inserted, a row whose content digest matches the one remembered for its id in
`canonical_stamps`, and that the previous relink wrote too, takes back the remembered
time; a new or changed row keeps the time of this write, and is remembered with it. Each
stamp says when a relink last wrote its id (`seen_at`): an id a relink did not write again
is one it removed: the relink stamps it `removed_at` (once, as it happens: later relinks
leave the time alone), and the changes feed says so (belli.store.living). Stamps of ids
that no longer exist stay behind (one short row each) to tell that; an event that comes
back later, unchanged or not, is stamped anew (no `removed_at`), since a client that
synced meanwhile dropped it. The stamp of an id removed more than `RETENTION` ago goes: a
client that last synced before that starts again from a full export.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import duckdb

from belli.store.schema import TABLE_BY_NAME, UTC_NOW, q

__all__ = ["RETENTION", "stamp_removals", "stamp_rows"]

RETENTION = "365 days"  # how long the feed remembers a canonical event a relink removed


@cache
def _digest_sql(table_name: str, alias: str) -> str:
    """SQL for a digest of a row's written columns (`updated_at` and the like left out)."""
    table = TABLE_BY_NAME[table_name]
    packed = ", ".join(f"{q(c.name)} := {alias}.{q(c.name)}" for c in table.written)
    return f"md5(CAST(to_json(struct_pack({packed})) AS VARCHAR))"


def stamp_rows(con: duckdb.DuckDBPyConnection, table_name: str, ids: Sequence[str]) -> None:
    """Give the just-inserted rows `ids` their remembered time where their content did
    not change, and remember the rest (inside the caller's transaction)."""
    table = TABLE_BY_NAME[table_name]
    key = q(table.key or "")
    digest = _digest_sql(table_name, "t")
    con.execute(
        f"UPDATE {table.name} AS t SET updated_at = coalesce((SELECT s.updated_at FROM "
        f"canonical_stamps s WHERE s.canonical_id = t.{key} AND s.digest = {digest} AND "
        f"s.seen_at IS NOT DISTINCT FROM ?), {UTC_NOW}) "
        f"WHERE t.{key} IN (SELECT unnest(?::VARCHAR[]))", [_previous_relink(con), list(ids)])
    con.execute(
        "INSERT OR REPLACE INTO canonical_stamps (canonical_id, digest, updated_at, seen_at, "
        f"removed_at) SELECT t.{key}, {digest}, t.updated_at, {UTC_NOW}, NULL FROM "
        f"{table.name} AS t "
        f"WHERE t.{key} IN (SELECT unnest(?::VARCHAR[]))", [list(ids)])


def stamp_removals(con: duckdb.DuckDBPyConnection) -> None:
    """Stamp the ids this relink did not write again as removed now (at the end of its
    transaction, once every chunk is in); an id removed before keeps its time."""
    _prune(con)
    con.execute(f"UPDATE canonical_stamps SET removed_at = {UTC_NOW} WHERE removed_at IS NULL "
                "AND canonical_id NOT IN (SELECT canonical_id FROM canonical_events)")


def _previous_relink(con: duckdb.DuckDBPyConnection) -> object:
    """When the relink before this one wrote its stamps (this one's chunks carry `now()`,
    one time for its whole transaction); None before any, or in a store whose stamps
    predate `seen_at`, whose stamps then all count as the previous relink's."""
    row = con.execute(f"SELECT max(seen_at) FROM canonical_stamps WHERE seen_at < {UTC_NOW}"
                      ).fetchone()
    return row[0] if row else None


def _prune(con: duckdb.DuckDBPyConnection) -> None:
    """Forget the ids removed more than `RETENTION` ago."""
    con.execute(f"DELETE FROM canonical_stamps WHERE removed_at < {UTC_NOW} - "
                f"INTERVAL '{RETENTION}'")
