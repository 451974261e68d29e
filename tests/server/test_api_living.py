"""Living data over the API: a posted edit of an article replaces it, `DELETE
/api/documents/{id}` deletes one, `/api/changes?since=` says what changed, and canonical
events carry updated_at."""

from __future__ import annotations

import time
from typing import Any

from fastapi.testclient import TestClient
from server_fixtures import auth
from test_api_writes import FakePipeline, pipeline  # noqa: F401 (a fixture)

URL = "https://news.example.org/2020/tartar"
STORY = {"text": "Azerbaijani forces shelled a village near Tartar on Monday.",
         "url": URL, "publisher": "Caspian Wire", "published": "2020-10-06"}
EDITED = {**STORY, "text": "Azerbaijani forces shelled two villages near Tartar on Monday."}


def post(client: TestClient, body: dict[str, Any]) -> Any:
    return client.post("/api/documents", json=body, headers=auth())


def changes(client: TestClient, since: str | None = None) -> dict[str, Any]:
    response = client.get("/api/changes", params={} if since is None else {"since": since})
    assert response.status_code == 200, response.text
    return response.json()


def test_posting_an_edited_article_replaces_the_stored_version(
        client: TestClient, pipeline: FakePipeline) -> None:  # noqa: F811
    old = post(client, STORY).json()["doc_ids"][0]
    mark = changes(client)["as_of"]
    time.sleep(0.01)
    body = post(client, EDITED).json()
    assert (body["stored"], body["replaced"]) == (1, 1)
    assert client.get(f"/api/documents/{old}").status_code == 404
    feed = changes(client, mark)
    assert [item["document"]["doc_id"] for item in feed["items"]] == body["doc_ids"]
    assert feed["items"][0]["updated_at"] > mark
    assert [(d["doc_id"], d["reason"]) for d in feed["deletions"]] == [(old, "replaced")]


def test_deleting_a_document_needs_the_token_and_feeds_the_deletions(
        client: TestClient) -> None:
    doc_id = client.get("/api/documents").json()["items"][0]["doc_id"]
    assert client.delete(f"/api/documents/{doc_id}").status_code == 401
    response = client.delete(f"/api/documents/{doc_id}", headers=auth())
    assert response.status_code == 200, response.text
    assert response.json()["reason"] == "deleted"
    assert client.get(f"/api/documents/{doc_id}").status_code == 404
    assert [d["doc_id"] for d in changes(client)["deletions"]] == [doc_id]


def test_deleting_an_unknown_document_is_a_404(client: TestClient) -> None:
    response = client.delete("/api/documents/ffffffffffffffff", headers=auth())
    assert response.status_code == 404
    assert "no stored document" in response.json()["error"]["message"]


def test_changes_since_a_bad_time_is_a_422(client: TestClient) -> None:
    response = client.get("/api/changes", params={"since": "last tuesday"})
    assert response.status_code == 422
    assert "ISO 8601" in response.json()["error"]["message"]


def test_changes_since_now_are_empty_and_since_nothing_are_everything(
        client: TestClient) -> None:
    everything = changes(client)
    assert everything["total"] == 3 and everything["since"] is None
    assert changes(client, everything["as_of"])["total"] == 0


def test_a_document_says_when_it_was_written(client: TestClient) -> None:
    doc_id = client.get("/api/documents").json()["items"][0]["doc_id"]
    body = client.get(f"/api/documents/{doc_id}").json()
    assert body["updated_at"].endswith("Z") and body["updated_at"] <= changes(client)["as_of"]


def test_canonical_events_carry_updated_at(client: TestClient) -> None:
    client.app.state.handle.relink_now()  # type: ignore[attr-defined]
    items = client.get("/api/canonical").json()["items"]
    assert items and all(item["updated_at"].endswith("Z") for item in items)
