"""`POST /api/documents`: ingest one document through the running server;
`DELETE /api/documents/{doc_id}`: delete one.

The body is one JSON object in the form a JSON Lines input row takes (`text`, or `html`,
plus `title`, `author`, `publisher`, `published`, `url`, `language`, `source`), or just
`{"url": ...}` to fetch a page. The same readers and guards as `belli ingest` apply: the
size limit, the URL policy (no private addresses), binary and empty input refused. Writes
need the token and run one at a time; the model loads on the first write. A posted
article whose URL names a stored one with another body replaces it; one without a URL is
never replaced (its `id` and `source` are the client's own, not the article's name).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
from fastapi.responses import JSONResponse

from belli import api
from belli.display import printable
from belli.errors import InputError
from belli.records import Article, Failure
from belli.server.errors import ApiError
from belli.server.guards import known_params_only, need_token
from belli.server.handle import StoreHandle
from belli.settings import Settings
from belli.store import StoreWriter
from belli.store.living import delete_document

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(need_token), Depends(known_params_only)])

_EXAMPLE = {"text": "Azerbaijan and Turkey began joint drills near Baku on Monday.",
            "title": "Joint drills", "publisher": "Example Wire", "published": "2021-09-06"}


@router.post("/documents", status_code=201, summary="Ingest one document (needs the token)")
def post_document(request: Request,
                  body: Annotated[dict[str, Any], Body(examples=[_EXAMPLE])]) -> JSONResponse:
    settings: Settings = request.app.state.settings
    items = _read(body, settings)
    handle: StoreHandle = request.app.state.handle
    with handle.write_lock, handle.cursor() as cur:
        counts, failures = api.ingest_batch(items, StoreWriter(cur, url_only=True),
                                            request.app.state.pipeline)
    if counts.stored:  # replaced documents among them
        handle.relink_soon()
    if failures:
        raise ApiError(422, failures[0].message,
                       hint="the document was not stored; the failure is listed at /api/failures")
    articles = [a for a in items if isinstance(a, Article)]
    stored = counts.stored > 0
    return JSONResponse(status_code=201 if stored else 200, content={
        "doc_ids": [a.doc_id for a in articles], "stored": counts.stored,
        "already_stored": counts.already_stored, "replaced": counts.replaced,
        "outdated": counts.outdated})


@router.delete("/documents/{doc_id}", summary="Delete one document and its records (needs "
                                              "the token); /api/changes lists it after")
def delete_one(request: Request, doc_id: str) -> JSONResponse:
    handle: StoreHandle = request.app.state.handle
    with handle.write_lock, handle.cursor() as cur:
        deletion = delete_document(cur, doc_id)
    handle.relink_soon()
    return JSONResponse(content=deletion.to_dict())


def _read(body: dict[str, Any], settings: Settings) -> list[Article | Failure]:
    """The articles the body stands for, read as `belli ingest` reads its inputs."""
    from belli.ingest import read_sources
    from belli.ingest.fetch import is_url
    from belli.ingest.readers.jsonl import article_from_record

    url = body.get("url")
    has_content = any(isinstance(body.get(k), str) for k in ("text", "body", "content", "html"))
    if not has_content and isinstance(url, str):
        if not is_url(url):  # read_sources takes paths too: the server's own files, stdin
            raise InputError(f"url must be an http(s) URL, not {printable(url)!r}",
                             hint="post the page's text or html instead")
        items = list(read_sources([url], settings))
    else:
        _check_size(body, settings.max_input_bytes)
        source = body.pop("source", None)
        items = [article_from_record(body, source=source if isinstance(source, str) else "api")]
    failures = [i for i in items if isinstance(i, Failure)]
    if failures:
        raise InputError(failures[0].message)
    if not items:
        raise InputError("the input holds no article")
    return items


def _check_size(body: dict[str, Any], limit: int) -> None:
    for key in ("text", "body", "content", "html"):
        value = body.get(key)
        if isinstance(value, str) and len(value.encode("utf-8", "surrogatepass")) > limit:
            raise InputError(f"{key} is larger than max_input_bytes ({limit} bytes)")
