"""The server's one connection to the store, shared by the API and the dashboard.

DuckDB lets one process hold a database file open for writing, so `belli serve` opens
the store once, writable, and serves every read from a cursor of that connection (a
cursor is a connection of its own over the same database; FastAPI may open a request's
cursor in one worker thread and use it in another, which is safe because one request's
uses never overlap). Writes (documents posted to the API) take `write_lock`, one at a time.

After writes the stored events are linked anew into canonical events, once the writes
have paused for `RELINK_AFTER_S`: on a large store linking takes seconds, which one
posted document should not wait for. Relinking takes the keys and the policy of the
server's settings (`link_*`), as `belli ingest` does.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from belli.server.cache import WriteLock
from belli.settings import Settings
from belli.store import Store

__all__ = ["StoreHandle"]

log = logging.getLogger(__name__)
RELINK_AFTER_S = 2.0


class StoreHandle:
    """An open store and the lock that keeps its writers in line."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        self.store = store
        # what relinks honour (`link_*`) and the outlets file the views read
        self.settings = settings or Settings.load()
        self.write_lock = WriteLock()  # its generations tell the read cache what is stale
        self._pending: threading.Timer | None = None  # a relink waiting for writes to pause
        self._timer_lock = threading.Lock()  # requests of several threads schedule relinks

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

    def relink_soon(self, delay_s: float = RELINK_AFTER_S) -> None:
        """Link the store anew once no write has come for `delay_s` seconds."""
        timer = threading.Timer(delay_s, lambda: self._fire(timer))
        timer.daemon = True
        with self._timer_lock:
            if self._pending is not None:
                self._pending.cancel()
            self._pending = timer
        timer.start()

    def _fire(self, timer: threading.Timer) -> None:
        with self._timer_lock:
            if self._pending is not timer:
                return  # replaced or taken by close() meanwhile
            self._pending = None
        self.relink_now()

    def relink_now(self) -> None:
        from belli.analysis.canonical import link_store
        from belli.analysis.linking import link_settings

        keys, policy = link_settings(self.settings), self.settings.link_policy
        with self.write_lock, self.cursor() as cur:
            log.info("linked: %s", link_store(cur, keys, policy).summary())

    def close(self) -> None:
        """Link what is still waiting to be linked, then close (after a relink already
        running, which holds the write lock)."""
        with self._timer_lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            pending.cancel()
            self.relink_now()
        with self.write_lock:
            self.store.close()
