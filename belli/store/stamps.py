"""`updated_at` that survives a table rewritten whole.

Linking rewrites `canonical_events` from scratch on every run, so each row would get a
new time although most canonical events came out exactly as before. After each chunk is
inserted, a row whose content digest matches the one remembered for its id in
`canonical_stamps` takes back the remembered time; a new or changed row keeps the time of
this write, and is remembered with it. Stamps of ids that no longer exist stay behind
(one short row each), so an event that comes back unchanged keeps its old time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import duckdb

from belli.store.schema import TABLE_BY_NAME, UTC_NOW, q

__all__ = ["stamp_rows"]


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
        f"canonical_stamps s WHERE s.canonical_id = t.{key} AND s.digest = {digest}), "
        f"{UTC_NOW}) WHERE t.{key} IN (SELECT unnest(?::VARCHAR[]))", [list(ids)])
    con.execute(
        f"INSERT OR REPLACE INTO canonical_stamps SELECT t.{key}, {digest}, t.updated_at "
        f"FROM {table.name} AS t WHERE t.{key} IN (SELECT unnest(?::VARCHAR[]))", [list(ids)])
