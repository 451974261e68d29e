"""WARC archives (CC-NEWS) to Articles: every HTML response record goes through the HTML reader.

A WARC file is an archive of many pages, so the size cap applies to each record's
payload, not to the file: the file is streamed (and, when compressed, expanded by belli
chunk by chunk) and never held in memory whole. warcio comes with the `warc` extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from belli.errors import InputError
from belli.ingest.decode import Readable, compression_of, decompressing, peek, read_capped
from belli.ingest.readers.html import article_from_html
from belli.records import Article, Failure

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def articles_from_warc(stream: Readable, *, source: str, limit: int) -> Iterator[Article | Failure]:
    """One Article per HTML response record; a bad record yields a Failure and reading goes on."""
    expanded = _expanded(stream)
    head, expanded = peek(expanded)
    if not head.lstrip(b"\r\n").startswith(b"WARC/"):
        raise InputError("not a WARC file (it does not start with a WARC/1.x header)")
    iterator = _archive_iterator(expanded)
    try:
        for record in iterator:
            found = _html_response(record)
            if found is None:
                continue
            uri, date, charset = found
            try:
                payload = read_capped(record.content_stream(), limit)
                yield article_from_html(
                    payload,
                    url=uri,
                    source=source,
                    charset=charset,
                    published_fallback=date,
                    max_bytes=limit,
                )
            except InputError as exc:
                message = f"{source}: record {uri or '?'}: {exc}"
                yield Failure(doc_id=None, stage="ingest", message=message, source=source)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"damaged WARC data ({type(exc).__name__}: {_one_line(exc)})") from exc


def _expanded(stream: Readable) -> Readable:
    head, stream = peek(stream)
    kind = compression_of(head)
    return stream if kind in (None, "zip") else decompressing(stream, kind)


def _archive_iterator(stream: Readable) -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise InputError(
            "reading WARC files needs warcio", hint="pip install 'belli[warc]'"
        ) from exc
    return ArchiveIterator(stream)


def _html_response(record: Any) -> tuple[str | None, str | None, str | None] | None:
    """(target URI, WARC date, charset) of an HTML response record, else None."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") if headers else None) or ""
    if record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    if (
        headers
        and not (headers.get_statuscode() or "").startswith("2")
        and record.rec_type == "response"
    ):
        return None
    charset = None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    date = record.rec_headers.get_header("WARC-Date")
    return record.rec_headers.get_header("WARC-Target-URI"), (date or "")[:10] or None, charset


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
