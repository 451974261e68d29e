"""Under a surge the server sheds load: requests over the in-flight limit get a 503 at once,
in belli's error shape with Retry-After, and it answers again as soon as the surge ends."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
from server_fixtures import DOCS, TOKEN, auth
from test_api_errors import assert_error

from belli.server.app import create_app
from belli.server.guards import Receive, Scope, Send
from belli.server.handle import StoreHandle
from belli.server.limits import InFlightLimit
from belli.settings import Settings
from belli.store import Store


class Gate:
    """An ASGI app that holds every request until the gate opens."""

    def __init__(self) -> None:
        self.open = asyncio.Event()
        self.waiting = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.waiting += 1
        await self.open.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


def client_of(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1")


async def until(condition: Any, timeout_s: float = 10.0) -> None:
    async with asyncio.timeout(timeout_s):
        while not condition():
            await asyncio.sleep(0.01)


def test_a_request_over_the_limit_is_refused_at_once_and_the_limit_recovers() -> None:
    async def scenario() -> None:
        gate = Gate()
        async with client_of(InFlightLimit(gate, limit=3)) as client:
            held = [asyncio.create_task(client.get("/api/events")) for _ in range(3)]
            await until(lambda: gate.waiting == 3)
            refused = await asyncio.wait_for(client.get("/api/events"), timeout=1)
            error = assert_error(refused, 503, "unavailable")
            assert refused.headers["retry-after"] == "1"
            assert error["message"] == "the server is busy (3 requests in flight)"
            assert gate.waiting == 3  # the refused request never reached the app
            gate.open.set()
            assert [r.status_code for r in await asyncio.gather(*held)] == [200] * 3
            assert (await client.get("/api/events")).status_code == 200

    asyncio.run(scenario())


def test_the_limit_defaults_to_the_thread_pool_size() -> None:
    async def scenario() -> int | None:
        limiter = InFlightLimit(Gate())
        limiter.app.open.set()  # type: ignore[attr-defined]
        async with client_of(limiter) as client:
            await client.get("/")
        return limiter.limit

    assert asyncio.run(scenario()) == 40  # anyio's default thread limiter


def test_the_app_sheds_load_before_reading_the_store(store_path: Path) -> None:
    handle = StoreHandle(Store.open(store_path))
    app = create_app(handle, Settings.load(api_token=TOKEN), dashboard=False, max_in_flight=1)
    # A story the store holds: the write is answered without the model.
    story = {"text": " ".join(spec[0] for spec in DOCS[0][2])}

    async def scenario() -> None:
        async with client_of(app) as client:
            # A write waits for the writer's lock, which this test holds: it stays in flight.
            handle.write_lock.acquire()
            try:
                write = asyncio.create_task(client.post("/api/documents", json=story,
                                                        headers=auth()))
                await until(lambda: app.middleware_stack is not None and _in_flight(app) == 1)
                busy = await asyncio.wait_for(client.get("/api/stats"), timeout=1)
                assert_error(busy, 503, "unavailable")
                assert busy.headers["retry-after"] == "1"
            finally:
                handle.write_lock.release()
            assert (await write).json()["already_stored"] == 1
            assert (await client.get("/api/stats")).status_code == 200

    try:
        asyncio.run(scenario())
    finally:
        handle.close()


def _in_flight(app: Any) -> int:
    """The limiter's count: the outermost middleware below Starlette's error handler."""
    layer = app.middleware_stack
    while not isinstance(layer, InFlightLimit):
        layer = layer.app
    return layer.in_flight
