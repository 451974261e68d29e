"""Read answers come from a cache until a write may have changed them, never after."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from server_fixtures import auth, make_client
from test_api_writes import FakePipeline

from belli.server.cache import ReadCache, WriteLock
from belli.server.guards import Receive, Scope, Send

STORY = {"text": "Armenian troops shelled a village near Tartar on Friday. Two people were "
                 "wounded, officials said.", "publisher": "Caspian Wire",
         "published": "2020-10-09"}


def cache_of(client: TestClient) -> ReadCache:
    layer: Any = client.app.middleware_stack  # type: ignore[attr-defined]
    while not isinstance(layer, ReadCache):
        layer = layer.app
    return layer


@pytest.fixture
def pipeline(client: TestClient) -> FakePipeline:
    fake = FakePipeline()
    client.app.state.pipeline = fake  # type: ignore[attr-defined]
    return fake


def test_the_same_read_twice_is_answered_once(client: TestClient) -> None:
    first = client.get("/api/events?actor=AZE")
    second = client.get("/api/events?actor=AZE")
    assert (cache_of(client).misses, cache_of(client).hits) == (1, 1)
    assert second.content == first.content
    assert second.headers["content-type"] == first.headers["content-type"]
    client.get("/api/events?actor=ARM")  # another question is another answer
    assert cache_of(client).misses == 2


def test_a_stored_document_is_seen_by_the_next_read(client: TestClient,
                                                    pipeline: FakePipeline) -> None:
    before = client.get("/api/events").json()["total"]
    client.get("/api/events")
    response = client.post("/api/documents", json=STORY, headers=auth())
    assert response.status_code == 201
    assert client.get("/api/events").json()["total"] == before + 1


READS = ["/api/events", "/api/events?limit=2", "/api/events?limit=2&offset=2",
         "/api/events?actor=AZE", "/api/events?actor=ARM", "/api/events?sort=date&order=desc",
         "/api/dyads", "/api/dyads?actor=AZE", "/api/dyads?bucket=month",
         "/api/dyads/series?source=AZE%20MIL&target=ARM%20MIL", "/api/actors", "/api/stats"]


def fresh(client: TestClient, path: str) -> bytes:
    """The answer computed anew: a new generation makes every kept answer a miss."""
    with client.app.state.handle.write_lock:  # type: ignore[attr-defined]
        pass
    misses = cache_of(client).misses
    body = client.get(path).content
    assert cache_of(client).misses == misses + 1
    return body


def test_a_kept_answer_is_byte_for_byte_the_one_computed(client: TestClient) -> None:
    computed = {path: client.get(path).content for path in READS}
    kept = {path: client.get(path).content for path in reversed(READS)}
    assert cache_of(client).hits == len(READS)
    assert kept == computed
    assert {path: fresh(client, path) for path in READS} == computed


def test_each_question_keeps_its_own_answer(client: TestClient) -> None:
    for path in READS:
        client.get(path)
    answers = {path: client.get(path).content for path in READS}
    assert cache_of(client).hits == len(READS)
    assert len(set(answers.values())) == len(READS)  # no two share an answer
    assert client.get("/api/actors?limit=1").content != client.get("/api/dyads?limit=1").content
    # the same parameters in another order are another key, never another answer
    assert client.get("/api/events?offset=2&limit=2").content == answers["/api/events?limit=2&offset=2"]


def test_after_a_write_no_kept_answer_is_served(client: TestClient, pipeline: FakePipeline,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # no relinking meanwhile: it changes /api/stats (the canonical counts) on its own
    monkeypatch.setattr(client.app.state.handle, "relink_soon", lambda: None)  # type: ignore[attr-defined]
    before = {path: client.get(path).content for path in READS}
    assert client.post("/api/documents", json=STORY, headers=auth()).status_code == 201
    after = {path: client.get(path).content for path in READS}
    assert cache_of(client).hits == 0
    assert after["/api/events"] != before["/api/events"]
    assert "Armenian troops shelled a village near Tartar on Friday." in \
        client.get("/api/events?limit=1000").text
    assert after["/api/stats"] != before["/api/stats"]
    assert after == {path: fresh(client, path) for path in READS}


def test_an_answer_computed_during_a_write_is_not_kept(client: TestClient) -> None:
    lock = client.app.state.handle.write_lock  # type: ignore[attr-defined]
    with lock:  # as a writer holds it: the answer may miss what it commits
        client.get("/api/stats")
    client.get("/api/stats")
    assert cache_of(client).hits == 0


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/api/events?type=DANCE"),      # an error
    ("GET", "/api/documents/ffffffffffff"),  # another error
    ("GET", "/openapi.json"),               # not under /api/
])
def test_only_successful_api_reads_are_kept(client: TestClient, method: str, path: str) -> None:
    client.request(method, path)
    client.request(method, path)
    assert cache_of(client).hits == 0


@pytest.fixture
def remote_client(store_path: Path) -> Iterator[TestClient]:
    yield from make_client(store_path, host="0.0.0.0")


def test_a_cached_answer_still_needs_the_token_off_loopback(remote_client: TestClient) -> None:
    assert remote_client.get("/api/stats", headers=auth()).status_code == 200
    assert remote_client.get("/api/stats", headers=auth()).status_code == 200
    refused = remote_client.get("/api/stats")
    assert refused.status_code == 401
    assert cache_of(remote_client).hits == 1


def test_the_cache_keeps_within_its_size_by_dropping_the_least_used() -> None:
    async def answer(scope: Scope, receive: Receive, send: Send) -> None:
        body = scope["path"].encode() * 1000  # about 8 KB
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": body})

    cache = ReadCache(answer, max_bytes=100_000)
    app = _with_state(cache)

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            for i in range(30):
                await client.get(f"/api/p{i:03d}")
            await client.get("/api/p029")
    asyncio.run(scenario())
    assert cache.hits == 1
    assert cache._bytes <= 100_000 and len(cache._answers) < 30


def _with_state(inner: Any) -> Any:
    """An ASGI app that sets scope["app"] as Starlette does, with a store handle's lock."""
    class State:
        handle = type("Handle", (), {"write_lock": WriteLock()})()
        open_reads = True

    class App:
        state = State()

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            scope["app"] = self
            await inner(scope, receive, send)

    return App()


def test_two_stores_never_share_a_generation() -> None:
    # A test (or a server) that swaps the store under the app must not get the old
    # store's answers: generations come from one counter for every lock.
    first, second = WriteLock(), WriteLock()
    assert first.generation != second.generation
    with first:
        pass
    assert first.generation not in (second.generation, 0)
