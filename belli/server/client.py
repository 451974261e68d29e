"""Sending documents to a running `belli serve`, for `belli ingest` on a database the
server holds: the sources are read here, with the same readers, and each article goes to
`POST /api/documents`, so the server's one writer stores it."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from belli.api import IngestReport
from belli.errors import StoreError
from belli.records import Article, Failure
from belli.server.serve import ServerMarker
from belli.settings import Settings
from belli.store.writer import BatchCounts

__all__ = ["forward_ingest"]

# The model loads on the server's first write: the first post may take a while.
_TIMEOUT = httpx.Timeout(10.0, read=300.0)


def forward_ingest(paths: list[str], settings: Settings, server: ServerMarker,
                   progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read `paths` and post each article to `server`; failures are reported, not stored
    (the server stores only what it analyses)."""
    from belli.ingest import read_sources

    started = time.perf_counter()
    counts = BatchCounts()
    failures: list[Failure] = []
    headers = {"Authorization": f"Bearer {server.token}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=_TIMEOUT,
                      trust_env=False) as client:
        for item in read_sources(paths, settings):
            if isinstance(item, Failure):
                failures.append(item)
            else:
                outcome = _post(client, item)
                if isinstance(outcome, Failure):
                    failures.append(outcome)
                else:
                    counts = counts + outcome
            if progress is not None:
                progress(_report(counts, failures, started, server))
    return _report(counts, failures, started, server)


def _post(client: httpx.Client, article: Article) -> BatchCounts | Failure:
    """What the server did with the article: its answer's counts, or the failure."""
    try:
        response = client.post("/api/documents", json=_body(article))
    except httpx.HTTPError as exc:
        raise StoreError(f"the server at {client.base_url} did not answer: {exc}",
                         hint="is `belli serve` still running?") from exc
    data: dict[str, Any] = response.json() if response.content else {}
    if response.status_code in (200, 201):
        return BatchCounts(stored=int(data.get("stored", 0)),
                           already_stored=int(data.get("already_stored", 0)),
                           replaced=int(data.get("replaced", 0)),
                           outdated=int(data.get("outdated", 0)))
    message = data.get("error", {}).get("message") or f"HTTP {response.status_code}"
    return Failure(article.doc_id, "ingest", str(message), article.source)


def _body(article: Article) -> dict[str, Any]:
    fields = ("text", "title", "author", "publisher", "published", "url", "language", "source")
    body = {name: getattr(article, name) for name in fields}
    if article.published_inferred:  # let the server infer it again, and say so
        body["published"] = None
    return {k: v for k, v in body.items() if v is not None}


def _report(counts: BatchCounts, failures: list[Failure], started: float,
            server: ServerMarker) -> IngestReport:
    return IngestReport(counts.stored, counts.already_stored, len(failures), tuple(failures),
                        time.perf_counter() - started, f"via {server.url}", counts.replaced,
                        counts.outdated)
