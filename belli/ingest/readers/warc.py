"""WARC archives (CC-NEWS) to Articles: every HTML response record goes through the HTML reader.

A WARC file is an archive of many pages, so the size cap applies to each record's
payload, not to the file: the file is streamed (and, when compressed, expanded by belli
chunk by chunk) and never held in memory whole. warcio comes with the `warc` extra.
"""

from __future__ import annotations

import logging
import lzma
import zlib
from collections.abc import Iterator
from typing import Any

from belli.errors import InputError
from belli.ingest.decode import (
    CHUNK,
    Readable,
    compression_of,
    decompressing,
    peek,
    read_capped,
)
from belli.ingest.readers.html import article_from_html
from belli.records import Article, Failure

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# What a record becomes: its target URI and its article or failure; None when skipped.
_Read = tuple[str | None, Article | Failure] | None


def articles_from_warc(stream: Readable, *, source: str, limit: int) -> Iterator[Article | Failure]:
    """One Article per HTML response record; a bad record yields a Failure and reading goes on.

    A record is given out only once warcio has read past its end: a record whose declared
    length does not match what follows it, or that the archive cuts short, is a Failure,
    never half an article. Damage that loses the thread of the archive ends the file with
    an InputError, after every record read before it.
    """
    kind, expanded = _expanded(stream)
    try:
        head, expanded = peek(expanded)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        if kind is None:  # reading the file itself failed: not damage belli can name
            raise
        raise InputError(f"damaged {kind} data ({_one_line(exc)})") from exc
    if not head.lstrip(b"\r\n").startswith(b"WARC/"):
        raise InputError("not a WARC file (it does not start with a WARC/1.x header)")
    try:
        yield from _records(_archive_iterator(expanded), source, limit)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"damaged WARC data ({type(exc).__name__}: {_one_line(exc)})") from exc


def _records(archive: Any, source: str, limit: int) -> Iterator[Article | Failure]:
    from belli.ingest.readers.warcio_adapter import kept_notes

    records = iter(archive)
    held: _Read = None
    while True:
        # warcio finishes the held record (and warns about its end) while finding the next
        notes: list[str] = []
        try:
            with kept_notes(source) as notes:
                record = next(records, None)
        except Exception as exc:
            if held is None and notes:  # what warcio warned of is the damage: one line for both
                raise InputError(f"damaged WARC data ({_warning(notes)}; then "
                                 f"{type(exc).__name__}: {_one_line(exc)})") from exc
            yield from _released(held, notes, source)  # read whole before the damage
            raise
        yield from _released(held, notes, source)
        if record is None:
            return
        held = _read_record(record, source, limit)


def _released(held: _Read, notes: list[str], source: str) -> Iterator[Article | Failure]:
    """The held record, failed if warcio warned while reading past its end."""
    if notes and held is not None and isinstance(held[1], Article):
        yield _failure(source, held[0], f"damaged record ({_warning(notes)})")
        return
    if notes:
        log.warning("%s: warcio: %s", source, _warning(notes))
    if held is not None:
        yield held[1]


def _read_record(record: Any, source: str, limit: int) -> _Read:
    """The article of an HTML response record, a Failure if it is damaged, None if skipped."""
    from belli.ingest.readers.warcio_adapter import kept_notes

    found = _html_response(record)
    if found is None:
        return None
    uri, date, charset = found
    try:
        with kept_notes(source) as notes:
            payload = read_capped(record.content_stream(), limit)
        missing = _missing_bytes(record)
        if missing:
            raise InputError(f"truncated: the archive ends {missing:,} bytes before the record does")
        if notes:
            raise InputError(f"damaged payload ({_warning(notes)})")
        return uri, article_from_html(
            payload, url=uri, source=source, charset=charset,
            published_fallback=date, max_bytes=limit,
        )
    except InputError as exc:
        return uri, _failure(source, uri, str(exc))


def _missing_bytes(record: Any) -> int:
    """What the record declares and the archive does not hold: 0 for a whole record."""
    raw = record.raw_stream
    while raw.read(CHUNK):  # what the payload reader left unread (chunked trailers)
        pass
    return int(getattr(raw, "limit", 0))


def _failure(source: str, uri: str | None, why: str) -> Failure:
    message = f"{source}: record {uri or '?'}: {why}"
    return Failure(doc_id=None, stage="ingest", message=message, source=source)


def _warning(notes: list[str]) -> str:
    """warcio's warnings as one short clause."""
    # the bytes warcio quotes after "Remainder:" are the damaged data itself, not a reason
    text = " ".join(notes).replace("WARNING: ", "").split(" Remainder: ")[0]
    return text if len(text) <= 160 else text[:159] + "…"


def _expanded(stream: Readable) -> tuple[str | None, Readable]:
    """The compression of the stream (None: not compressed) and its expanded bytes."""
    head, stream = peek(stream)
    kind = compression_of(head)
    if kind in (None, "zip"):
        return None, stream
    return kind, decompressing(stream, kind)


def _archive_iterator(stream: Readable) -> Any:
    try:
        from belli.ingest.readers.warcio_adapter import Archive
    except ImportError as exc:
        raise InputError(
            "reading WARC files needs warcio", hint="pip install 'belli[warc]'"
        ) from exc
    return Archive(stream)


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
