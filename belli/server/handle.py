"""The server's one connection to the store, shared by the API and the dashboard.

DuckDB lets one process hold a database file open for writing, so `belli serve` opens
the store once, writable, and serves every read from a cursor of that connection (a
cursor is a connection of its own over the same database, safe to use from the thread
that made it). Writes (documents posted to the API) take `write_lock`, one at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from belli.store import Store

__all__ = ["StoreHandle"]


class StoreHandle:
    """An open store and the lock that keeps its writers in line."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.write_lock = threading.Lock()

    @property
    def path(self) -> str:
        return self.store.path

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one request's reads, closed when the request is done."""
        cur = self.store.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def close(self) -> None:
        self.store.close()
