"""`belli ingest` on a served store posts each article to the server and reports what the
server did with them, in the same words as an ingest of its own."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest

from belli.server import client as forwarding
from belli.server.serve import ServerMarker
from belli.settings import Settings

# What a server answers, in turn, for three posts of one article's versions: the first
# stored, its edit stored in its place, the first version again kept out as outdated.
ANSWERS = [
    {"doc_ids": ["a"], "stored": 1, "already_stored": 0, "replaced": 0, "outdated": 0},
    {"doc_ids": ["b"], "stored": 1, "already_stored": 0, "replaced": 1, "outdated": 0},
    {"doc_ids": ["a"], "stored": 0, "already_stored": 0, "replaced": 0, "outdated": 1},
]


def answering(answers: list[dict[str, Any]]) -> httpx.MockTransport:
    replies = iter(answers)

    def reply(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/documents"
        return httpx.Response(201, json=next(replies))

    return httpx.MockTransport(reply)


def test_the_summary_counts_what_the_server_replaced_and_kept_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stories = tmp_path / "versions.jsonl"
    stories.write_text("".join(json.dumps({"id": str(n), "text": f"Version {n} of a story."})
                               + "\n" for n in range(3)), encoding="utf-8")
    monkeypatch.setattr(forwarding.httpx, "Client",
                        partial(httpx.Client, transport=answering(ANSWERS)))
    marker = ServerMarker(url="http://127.0.0.1:9", pid=1, token="t")
    report = forwarding.forward_ingest([str(stories)], Settings.load(db_path=":memory:"),
                                       marker)
    assert (report.stored, report.already_stored, report.replaced, report.outdated) == (
        2, 0, 1, 1)
    assert report.summary().startswith(
        "2 stored (1 replacing older versions), 0 already stored, 1 skipped: older versions "
        "the store already replaced, 0 failed")
