"""Load shedding: at most N requests in flight; the next one gets a 503 at once.

Every request to a sync endpoint waits for one of the thread pool's threads (anyio's, 40
by default). Without a limit, requests beyond that queue inside the server without bound:
each client waits longer than the last, clients time out and retry into the same queue,
and the server stays slow for as long as the queue takes to drain. With the limit, a
request over it is refused before it costs anything, with belli's error shape and
`Retry-After`, and those admitted are answered at normal speed, so the server recovers as
soon as the surge stops. N defaults to the thread pool's size: up to it, no admitted
request waits for a thread.
"""

from __future__ import annotations

import anyio.to_thread

from belli.server.guards import App, Receive, Scope, Send, send_error

__all__ = ["InFlightLimit"]


class InFlightLimit:
    """ASGI middleware: at most `limit` HTTP requests in flight (None: the size of the
    thread pool, read when the first request comes, inside the server's event loop)."""

    def __init__(self, app: App, limit: int | None = None, retry_after_s: int = 1) -> None:
        self.app, self.limit, self.retry_after_s = app, limit, retry_after_s
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.limit is None:
            self.limit = int(anyio.to_thread.current_default_thread_limiter().total_tokens)
        # One event loop runs this: no await between the test and the count, so no lock.
        if self.in_flight >= self.limit:
            await send_error(send, 503, f"the server is busy ({self.limit} requests in "
                                        "flight)", f"retry in {self.retry_after_s} s",
                             headers={"Retry-After": str(self.retry_after_s)})
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
