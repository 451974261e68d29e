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


def test_posting_a_version_the_store_replaced_keeps_the_edit(
        client: TestClient, pipeline: FakePipeline) -> None:  # noqa: F811
    post(client, STORY)
    edited = post(client, EDITED).json()["doc_ids"]
    body = post(client, STORY).json()
    assert (body["stored"], body["already_stored"], body["outdated"]) == (0, 0, 1)
    assert client.get(f"/api/documents/{edited[0]}").status_code == 200


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


def test_paging_the_changes_by_cursor_skips_no_document_an_edit_moves(
        client: TestClient, pipeline: FakePipeline) -> None:  # noqa: F811
    for n in range(3):
        post(client, {**STORY, "url": f"{URL}/{n}", "text": f"{STORY['text']} Post {n}."})
    first = client.get("/api/changes", params={"limit": 3}).json()
    seen = [item["document"]["doc_id"] for item in first["items"]]
    edited = first["items"][1]["document"]
    time.sleep(0.01)
    post(client, {**STORY, "url": edited["url"], "text": edited["text"] + " It rained."})
    rest = client.get("/api/changes", params={"limit": 50, "after": first["next"]}).json()
    seen += [item["document"]["doc_id"] for item in rest["items"]]
    assert {item["document"]["doc_id"] for item in changes(client)["items"]} <= set(seen)
    assert rest["next"] is None


def test_a_bad_cursor_is_a_422(client: TestClient) -> None:
    response = client.get("/api/changes", params={"after": "two"})
    assert response.status_code == 422
    assert "cursor" in response.json()["error"]["message"]


def test_posted_rows_with_the_same_id_and_no_url_are_two_documents(
        client: TestClient, pipeline: FakePipeline) -> None:  # noqa: F811
    one = {"id": 1, "text": "Armenian troops fired on a border post near Jermuk."}
    other = {"id": 1, "text": "Georgia offered to host talks between Baku and Yerevan."}
    assert post(client, one).json()["stored"] == 1
    assert post(client, other).json()["replaced"] == 0
    assert changes(client)["deletions"] == []


def test_a_since_with_a_raw_plus_is_told_to_encode_it(client: TestClient) -> None:
    response = client.get("/api/changes?since=2026-12-06T12:00:00+02:00")
    assert response.status_code == 422
    assert "%2B" in response.json()["error"]["hint"]


def test_a_since_in_the_future_gives_the_last_write_as_as_of(client: TestClient) -> None:
    assert changes(client, "2099-01-01")["as_of"] == changes(client)["as_of"]


def test_the_first_page_of_the_changes_carries_the_changed_canonical_events(
        client: TestClient) -> None:
    client.app.state.handle.relink_now()  # type: ignore[attr-defined]
    stored = {item["canonical_id"] for item in client.get("/api/canonical").json()["items"]}
    first = changes(client)
    assert stored and {c["canonical_id"] for c in first["canonical_events"]} == stored
    assert changes(client, first["as_of"])["canonical_events"] == []


def test_only_the_first_page_of_the_changes_carries_deletions_and_canonical_events(
        client: TestClient, pipeline: FakePipeline) -> None:  # noqa: F811
    mark = changes(client)["as_of"]
    for n in range(2):
        post(client, {**STORY, "url": f"{URL}/{n}", "text": f"{STORY['text']} Post {n}."})
    page = {"since": mark, "limit": 1}
    first = client.get("/api/changes", params=page).json()
    second = client.get("/api/changes", params={**page, "after": first["next"]}).json()
    assert "deletions" in first and "canonical_events" in first
    assert "deletions" not in second and "canonical_events" not in second
    assert len(second["items"]) == 1 and second["next"] is None


def test_relinks_that_change_nothing_after_a_removal_bring_no_changes(
        client: TestClient) -> None:
    handle = client.app.state.handle  # type: ignore[attr-defined]
    handle.relink_now()
    for doc in client.get("/api/documents").json()["items"][:2]:
        client.delete(f"/api/documents/{doc['doc_id']}", headers=auth())
    time.sleep(0.01)
    handle.relink_now()  # removes their canonical events, keeps the others
    assert client.get("/api/canonical").json()["items"]
    first = changes(client)
    assert "canonical_event" in {d.get("of") for d in first["deletions"]}
    for _ in range(2):
        time.sleep(0.01)
        handle.relink_now()
    since = changes(client, first["as_of"])
    assert (since["items"], since["deletions"], since["canonical_events"]) == ([], [], [])


def test_a_page_of_no_changes_counts_them_and_keeps_its_place(client: TestClient) -> None:
    response = client.get("/api/changes", params={"limit": 0})
    assert response.status_code == 200
    page = response.json()
    assert page["items"] == [] and page["total"] >= 1
