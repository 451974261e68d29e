"""`POST /api/documents`: one document in, through the same readers and guards as
`belli ingest`, stored by the server's one writer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_fixtures import auth

from belli.records import Analysis, Article, Event, Failure


class FakePipeline:
    """Stands in for the spaCy pipeline: one ASSAULT event per article, or a failure."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def get(self) -> FakePipeline:
        return self

    def process_batch(self, articles: Sequence[Article]) -> list[Analysis | Failure]:
        self.seen.extend(articles)
        return [self._one(a) for a in articles]

    @staticmethod
    def _one(article: Article) -> Analysis | Failure:
        if "poison" in article.text:
            return Failure(article.doc_id, "events", "the events stage failed", article.source)
        sentence = article.text.split(".")[0] + "."
        event = Event(article.doc_id, "ev1", "ASSAULT", None, 4, -9.0, sentence, 0,
                      len(sentence), "shelled", stage="fake")
        return Analysis(article=article, events=(event,))


@pytest.fixture
def pipeline(client: TestClient) -> FakePipeline:
    fake = FakePipeline()
    client.app.state.pipeline = fake  # type: ignore[attr-defined]
    return fake


def post(client: TestClient, body: Any) -> Any:
    return client.post("/api/documents", json=body, headers=auth())


STORY = {"text": "Azerbaijani forces shelled a village near Tartar on Monday. Officials said "
                 "two people were wounded.", "title": "Shelling near Tartar",
         "publisher": "Caspian Wire", "published": "2020-10-06"}


def test_a_posted_text_is_stored_with_its_events(client: TestClient,
                                                 pipeline: FakePipeline) -> None:
    response = post(client, STORY)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["stored"] == 1 and body["already_stored"] == 0
    doc = client.get(f"/api/documents/{body['doc_ids'][0]}").json()
    assert doc["document"]["title"] == "Shelling near Tartar"
    assert doc["document"]["published"] == "2020-10-06"
    assert doc["document"]["source"] == "api"
    assert len(doc["events"]) == 1
    assert client.get("/api/events", params={"q": "tartar"}).json()["total"] == 1


def test_posting_the_same_document_again_stores_nothing_new(client: TestClient,
                                                            pipeline: FakePipeline) -> None:
    post(client, STORY)
    again = post(client, STORY)
    assert again.status_code == 200
    assert again.json()["already_stored"] == 1
    assert len(pipeline.seen) == 1  # the second post never reached the pipeline


def test_html_goes_through_the_html_reader(client: TestClient, pipeline: FakePipeline) -> None:
    page = ("<html><head><title>Drills</title></head><body><nav>Home | World</nav>"
            "<article><h1>Drills</h1><p>Turkey and Azerbaijan began joint military drills "
            "near Baku on Monday, the defence ministry said in a statement.</p>"
            "<p>The exercises will last two weeks.</p></article></body></html>")
    response = post(client, {"html": page, "publisher": "Northern Ledger"})
    assert response.status_code == 201, response.text
    text = pipeline.seen[0].text
    assert "joint military drills" in text and "Home | World" not in text


@pytest.mark.parametrize(("body", "message"), [
    ({"title": "no text"}, "no text: expected a non-empty text, body, content or html field"),
    ({"text": "   "}, "no text: expected a non-empty text, body, content or html field"),
    ({"url": "http://127.0.0.1:9/x"}, "non-public address"),
    ({"url": "file:///etc/passwd"}, "file:///etc/passwd"),
])
def test_bad_input_is_a_422_and_stores_nothing(client: TestClient, pipeline: FakePipeline,
                                               body: dict[str, Any], message: str) -> None:
    before = client.get("/api/stats").json()["counts"]
    response = post(client, body)
    assert response.status_code == 422, response.text
    assert message in response.json()["error"]["message"]
    assert client.get("/api/stats").json()["counts"] == before
    assert pipeline.seen == []


def test_text_over_the_input_limit_is_refused(client: TestClient, pipeline: FakePipeline) -> None:
    client.app.state.settings = client.app.state.settings.with_(  # type: ignore[attr-defined]
        max_input_bytes=2000)
    response = post(client, {"text": "Shelling was reported. " * 200})
    assert response.status_code == 422
    assert "max_input_bytes" in response.json()["error"]["message"]


def test_an_article_that_fails_a_stage_is_a_422_and_a_failure_row(
        client: TestClient, pipeline: FakePipeline) -> None:
    response = post(client, {"text": "This poison text makes the events stage fail."})
    assert response.status_code == 422
    assert response.json()["error"]["message"] == "the events stage failed"
    failures = client.get("/api/failures").json()
    assert failures["items"][-1]["message"] == "the events stage failed"


@pytest.mark.model
def test_the_real_pipeline_codes_a_posted_story(client: TestClient) -> None:
    response = post(client, {"text": "Turkey and Azerbaijan began joint military drills near "
                                     "Baku on Monday, the defence ministry said.",
                             "published": "2021-09-08"})
    assert response.status_code == 201, response.text
    doc_id = response.json()["doc_ids"][0]
    events = client.get("/api/events", params={"doc": doc_id}).json()["items"]
    assert events and events[0]["source"]


@pytest.mark.parametrize("where", ["folder", "file", "-", ""])
def test_a_url_that_is_a_server_path_is_refused_never_read(
        client: TestClient, pipeline: FakePipeline, tmp_path: Path, where: str) -> None:
    # `url` reaches the same readers as `belli ingest` arguments: a path would make the
    # server read (and store) its own files, and "-" its own standard input.
    (tmp_path / "secret.txt").write_text("Azerbaijani forces shelled a village near Tartar.")
    url = {"folder": str(tmp_path), "file": str(tmp_path / "secret.txt")}.get(where, where)
    response = post(client, {"url": url})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["message"].startswith("url must be an http(s) URL")
    assert pipeline.seen == []
