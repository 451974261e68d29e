"""Sources to Articles: files, folders, `-` for stdin, and URLs, each failing on its own.

A source that cannot be read becomes a `Failure` (stage "ingest") with a one-line message
that names it, and the iteration goes on with the next source.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path, PurePath

from belli.display import printable
from belli.errors import InputError
from belli.ingest.decode import (
    COMPRESSED_SUFFIXES,
    UNSUPPORTED_SUFFIXES,
    check_supported_compression,
    decode_bytes,
    decode_json_bytes,
    read_path,
    read_payload,
)
from belli.ingest.fetch import fetch_url, is_url, redacted
from belli.ingest.readers.html import article_from_html
from belli.ingest.readers.jsonl import articles_from_json, articles_from_jsonl
from belli.ingest.readers.text import article_from_text
from belli.ingest.readers.warc import articles_from_warc
from belli.records import Article, Failure
from belli.settings import Settings

log = logging.getLogger(__name__)

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".warc": "warc",
}
_CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/json": "json",
    "application/warc": "warc",
}
Items = Iterator[Article | Failure]
# A folder's own documentation is not an article: README.md beside a corpus is skipped
# when walking a folder (named on the command line, it is read like any file).
_PROJECT_FILES = frozenset({
    "readme", "license", "licence", "changelog", "changes", "contributing", "authors",
    "notice", "copying",
})


def read_sources(
    sources: Iterable[str | os.PathLike[str]], settings: Settings | None = None
) -> Items:
    """Articles from every source, in order; each unreadable input yields one Failure.

    A source is a file, a folder (read recursively, by extension: .txt .md .text .html
    .htm .jsonl .ndjson .json .warc, each optionally .gz/.bz2/.xz/.zip), `-` for stdin,
    or an http(s) URL.
    """
    settings = settings or Settings.load()
    for item in sources:
        source = os.fspath(item)  # a Path is welcome too
        if source == "-":
            yield from _guarded("<stdin>", partial(_from_stdin, settings))
        elif is_url(source):
            # a password in a URL must not reach the terminal or the failures table
            yield from _guarded(printable(redacted(source)), partial(_from_url, source, settings))
        elif Path(source).is_dir():
            yield from _from_folder(Path(source), settings)
        else:
            yield from _guarded(printable(source), partial(_from_file, Path(source), settings))


def format_of(name: str) -> str | None:
    """The input format a file name announces, looking through a compression suffix."""
    suffixes = [s.lower() for s in PurePath(name).suffixes[-2:]]
    # story.html.br is an article belli must name as unreadable, not pass over in a folder
    if suffixes and (suffixes[-1] in COMPRESSED_SUFFIXES or suffixes[-1] in UNSUPPORTED_SUFFIXES):
        suffixes.pop()
    return FORMATS.get(suffixes[-1]) if suffixes else None


def _guarded(label: str, read: Callable[[], Items]) -> Items:
    """Run one source's reader; a failure ends that source only, as a Failure record.

    `label` is the source's name as shown and stored (`printable`): the reader opens the
    real name, which may hold any bytes."""
    try:
        yield from read()
    except InputError as exc:
        yield _failure(label, str(exc))
    except Exception as exc:
        log.exception("unexpected error reading %s", label)
        yield _failure(label, f"unexpected {type(exc).__name__}: {exc}")


def _failure(label: str, message: str) -> Failure:
    line = printable(" ".join(message.split()))
    return Failure(doc_id=None, stage="ingest", message=f"{label}: {line}", source=label)


def _from_folder(folder: Path, settings: Settings) -> Items:
    """Every file of a known format under a folder, sorted; hidden entries and the folder's
    own documentation (README.md, LICENSE.txt, ...) are skipped, and so are pipes, sockets
    and devices (with a note): opening a pipe would wait for a writer forever."""
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or format_of(name) is None or _is_project_file(name):
                continue
            path = Path(root) / name
            label = printable(str(path))
            not_a_file = _not_a_regular_file(path)
            if not_a_file:
                log.warning("%s: skipped: %s, not a regular file", label, not_a_file)
                continue
            yield from _guarded(label, partial(_from_file, path, settings))
    for problem in problems:
        where = printable(str(problem.filename or folder))
        yield _failure(where, f"cannot read folder ({problem.strerror})")


def _not_a_regular_file(path: Path) -> str | None:
    """What a path is when it is a pipe, socket or device ("a named pipe"), else None.

    A path that cannot be examined (a broken link, a loop) counts as a file here: reading
    it gives the named failure."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return None


def _why_missing(path: Path) -> str:
    """Why a path that does not exist cannot be read: a link that loops or leads nowhere
    reads as missing to exists(), which would send the user looking for the wrong thing."""
    if not path.is_symlink():
        return "no such file or folder"
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop"
    return f"a broken symbolic link (to {printable(os.readlink(path))})"


def _is_project_file(name: str) -> bool:
    stem = name.split(".", 1)[0].lower()
    return stem in _PROJECT_FILES and format_of(name) == "text"


def _from_file(path: Path, settings: Settings) -> Items:
    kind = format_of(path.name)
    label = printable(str(path))
    if not path.exists():
        raise InputError(_why_missing(path))
    not_a_file = _not_a_regular_file(path)
    if not_a_file:
        hint = "to read a pipe, give - and redirect the pipe to standard input"
        raise InputError(f"{not_a_file}, not a regular file",
                         hint=hint if not_a_file == "a named pipe" else None)
    check_supported_compression(path.name)
    if kind == "warc":
        try:
            with path.open("rb") as handle:
                yield from articles_from_warc(handle, source=label, limit=settings.max_input_bytes)
        except PermissionError as exc:
            raise InputError("permission denied") from exc
        return
    payload, member = read_path(path, settings.max_input_bytes)
    if member is not None:
        kind = format_of(member)
    yield from _parse(payload, kind, label, settings)


def _from_stdin(settings: Settings) -> Items:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("no standard input to read")
    payload, member = read_payload(stream, settings.max_input_bytes)
    kind = format_of(member) if member else None
    yield from _parse(payload, kind, "<stdin>", settings)


def _from_url(url: str, settings: Settings) -> Items:
    fetched = fetch_url(url, settings)
    payload, member = read_payload(io.BytesIO(fetched.content), settings.max_input_bytes)
    kind = (
        format_of(member)
        if member
        else (_CONTENT_TYPES.get(fetched.content_type) or format_of(fetched.url.split("?")[0]))
    )
    yield from _parse(
        payload, kind, printable(url), settings, charset=fetched.charset, url=fetched.url
    )


def _parse(
    payload: bytes,
    kind: str | None,
    label: str,
    settings: Settings,
    *,
    charset: str | None = None,
    url: str | None = None,
) -> Items:
    """Hand capped, decompressed bytes to the reader for their format (sniffed if unknown)."""
    kind = kind or _sniff(payload)
    if kind == "warc":
        yield from articles_from_warc(
            io.BytesIO(payload), source=label, limit=settings.max_input_bytes
        )
    elif kind == "html":
        yield article_from_html(
            payload, url=url, source=label, charset=charset, max_bytes=settings.max_input_bytes
        )
    elif kind in ("jsonl", "json"):
        text = decode_json_bytes(payload, declared=charset)
        reader = articles_from_jsonl if kind == "jsonl" else articles_from_json
        yield from reader(text, source=label)
    else:
        yield article_from_text(decode_bytes(payload, declared=charset), source=label, url=url)


def _sniff(payload: bytes) -> str:
    """The format of input that came without a telling name: WARC, HTML, JSON Lines or text."""
    head = payload[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/"):
        return "warc"
    if _looks_like_html(head):
        return "html"
    if head.startswith(b"{") and head.split(b"\n", 1)[0].rstrip().endswith(b"}"):
        return "jsonl"
    return "text"


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or any(
        tag in head for tag in (b"<html", b"<body", b"<p>", b"<article")
    )
