"""The fuzz targets of `make stress-fuzz`: one plain function per parser, bytes in.

Each target hands the bytes to the real belli function the way belli's own callers do,
and returns quietly when belli refuses the input as it promises to (an InputError, a
Failure record); anything else escapes and is a finding:

- an exception belli does not raise on purpose (TypeError, IndexError, RecursionError, ...);
- a bug dressed as bad input: an InputError or Failure whose cause is a programming error
  (TypeError, AttributeError, ...) raised in belli's own code, a Failure saying
  "unexpected", or an error logged by belli while the target ran (`log.exception`);
- a broken promise the target checks (a date expression whose offsets do not give its
  text, a fetch check that lets a non-public address through).

Nothing here imports atheris: `benchmarks/fuzz.py` runs these under libFuzzer, and
`tests/test_fuzz_targets.py` runs them over the seeds and hypothesis's bytes where atheris
is absent. `seeds(target)` gives each target's starting inputs. Hangs and memory are
bounded by libFuzzer (-timeout, -rss_limit_mb), not here.
"""

from __future__ import annotations

import datetime as dt
import io
import ipaddress
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from belli.dates import calendar as cal
from belli.dates.grammar import find_expressions
from belli.dates.inference import infer_publication
from belli.dates.resolve import resolve, resolve_found
from belli.dates.tense import Tense
from belli.errors import FetchError, InputError
from belli.ingest import fetch
from belli.ingest.clean import clean_text
from belli.ingest.decode import decode_json_bytes
from belli.ingest.readers.html import article_from_html
from belli.ingest.readers.jsonl import articles_from_json, articles_from_jsonl
from belli.ingest.readers.warc import articles_from_warc
from belli.records import Article, DateSpan, Failure
from belli.settings import Settings

__all__ = ["TARGETS", "BelliBug", "seeds"]

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).resolve().parent / "fuzz_seeds"
SOURCE = "fuzz"
_SETTINGS = Settings()
# Python errors that only a bug raises: belli never means them as "bad input".
_BUG_TYPES = (
    TypeError, AttributeError, NameError, IndexError, KeyError, AssertionError,
    RecursionError, ZeroDivisionError,
)
_BELLI = str(REPO / "belli")


class BelliBug(AssertionError):
    """A finding: belli broke a promise on this input (see the module docstring)."""


# --- the oracle: what counts as belli refusing an input as it means to -----------------------


class _ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@contextmanager
def _no_logged_errors() -> Iterator[None]:
    """Fail when belli logs an error: it does so only for an error it did not expect."""
    handler = _ErrorLog()
    logger = logging.getLogger("belli")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.lines:
        raise BelliBug(f"belli logged an error: {handler.lines[0]}")


def _raised_in_belli(exc: BaseException) -> bool:
    """Whether the innermost frame of the exception's traceback is belli's own code."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_filename.startswith(_BELLI)


def _check_refusal(exc: InputError) -> None:
    """An InputError is a fine answer unless what it wraps is a bug in belli."""
    cause = exc.__cause__
    while cause is not None:
        if isinstance(cause, _BUG_TYPES) and _raised_in_belli(cause):
            raise BelliBug(f"a bug reported as bad input: {exc}") from cause
        cause = cause.__cause__


def _check_items(items: Iterator[Article | Failure]) -> None:
    """Read every item a reader yields; a Failure is fine unless it says "unexpected"."""
    for item in items:
        if isinstance(item, Failure):
            if ": unexpected " in item.message:
                raise BelliBug(f"unexpected error as a failure: {item.message}")
        elif not isinstance(item, Article):
            raise BelliBug(f"a reader yielded {type(item).__name__}")


@contextmanager
def _refusal_is_fine() -> Iterator[None]:
    with _no_logged_errors():
        try:
            yield
        except InputError as exc:
            _check_refusal(exc)


# --- the targets ---------------------------------------------------------------------------


def fuzz_html(data: bytes) -> None:
    """An HTML page as `belli ingest page.html` reads it: bytes, decoded by belli."""
    with _refusal_is_fine():
        article_from_html(data, source=SOURCE, max_bytes=_SETTINGS.max_input_bytes)


def fuzz_jsonl(data: bytes) -> None:
    """A .jsonl and a .json file: decoded as belli decodes JSON, then every row read."""
    with _refusal_is_fine():
        text = decode_json_bytes(data)
        _check_items(articles_from_jsonl(text, source=SOURCE))
        _check_items(articles_from_json(text, source=SOURCE))


def fuzz_warc(data: bytes) -> None:
    """A WARC archive (plain or compressed) streamed as `belli ingest x.warc` streams it."""
    with _refusal_is_fine():
        stream = io.BytesIO(data)
        _check_items(articles_from_warc(stream, source=SOURCE, limit=_SETTINGS.max_input_bytes))


def fuzz_url(data: bytes) -> None:
    """The fetch check of a URL and of a redirect's Location, with no network at all.

    The bytes hold a URL, then (after a NUL) a Location, then 1 + 4 or 16 bytes per address
    that the (mocked) resolver gives for any host name. The check must refuse with a
    FetchError or pass a public address, and never open a connection: the target runs
    `_pinned`, which checks, and never `fetch_url`, which connects.
    """
    text, _, rest = data.partition(b"\0")
    location, _, raw = rest.partition(b"\0")
    url = text.decode("utf-8", "replace")
    addresses = _addresses(raw)
    fetch.is_url(url)
    fetch.redacted(url)
    for address in addresses:
        fetch.is_public(address)
    with _no_logged_errors(), _resolver(addresses):
        _check_pinned(url)
        try:
            hop = fetch.redirect_target(url, location.decode("utf-8", "replace"))
        except FetchError as exc:
            _check_refusal(exc)
        else:
            _check_pinned(hop)


def _addresses(raw: bytes) -> list[fetch.IPAddress]:
    addresses: list[fetch.IPAddress] = []
    while raw:
        size = 16 if raw[0] & 1 else 4
        chunk, raw = raw[1 : 1 + size], raw[1 + size :]
        if len(chunk) == size:
            addresses.append(ipaddress.ip_address(chunk))
    return addresses


@contextmanager
def _resolver(addresses: list[fetch.IPAddress]) -> Iterator[None]:
    """getaddrinfo answering any name with `addresses` (none: the name does not resolve),
    and any socket connect a finding: the check must contact nothing."""

    def connect(*_args: object) -> None:
        raise BelliBug("the fetch check opened a connection")

    def getaddrinfo(host: str, port: int, *args: object, **kwargs: object) -> list[tuple]:
        if not addresses:
            raise fetch.socket.gaierror(-2, "Name or service not known")
        return [
            (fetch.socket.AF_INET6 if a.version == 6 else fetch.socket.AF_INET,
             fetch.socket.SOCK_STREAM, 6, "", (str(a), port))
            for a in addresses
        ]

    with (mock.patch.object(fetch.socket, "getaddrinfo", getaddrinfo),
          mock.patch.object(fetch.socket.socket, "connect", connect),
          mock.patch.object(fetch.socket.socket, "connect_ex", connect)):
        yield


def _check_pinned(url: str) -> None:
    try:
        target, _header, _host = fetch._pinned(url, _SETTINGS)
    except FetchError as exc:
        _check_refusal(exc)
        return
    checked = ipaddress.ip_address(target.host.strip("[]"))
    if not fetch.is_public(checked):
        raise BelliBug(f"{url!r} passed the check with a non-public address {checked}")
    if target.scheme not in ("http", "https") or target.userinfo:
        raise BelliBug(f"{url!r} passed the check as {target}")


_TENSES: tuple[Tense | None, ...] = (None, "past", "perfect", "present", "future")
_YEARS = cal.MAX_YEAR - cal.MIN_YEAR + 1


def fuzz_dates(data: bytes) -> None:
    """Date expressions found in a text and resolved against a publication date.

    Byte 0 picks the tense and whether the anchor is inferred, bytes 1-3 the anchor (a day
    of the years the resolver handles, or none), the rest is the text (UTF-8, errors
    replaced: any str without surrogates, as decoded input and JSON rows give)."""
    head, text = data[:4], data[4:].decode("utf-8", "replace")
    flags = head[0] if head else 0
    tense = _TENSES[flags % len(_TENSES)]
    anchor = _anchor(head[1:])
    with _no_logged_errors():
        last: DateSpan | None = None
        for found in find_expressions(text):
            if text[found.start : found.end] != found.text:
                raise BelliBug(f"expression offsets {found.start}..{found.end} miss {found.text!r}")
            span = resolve_found(found, anchor, tense=tense, last=last,
                                 anchor_inferred=bool(flags & 0x80))
            _check_span(span)
            last = span or last
        _check_span(resolve(text, anchor, tense=tense))
        inference = infer_publication(text, today=anchor)
        if inference is not None and cal.period_of_value(inference.value) is None:
            raise BelliBug(f"inferred publication {inference.value!r} is no calendar value")


def _anchor(raw: bytes) -> dt.date | None:
    if len(raw) < 3:
        return None
    number = int.from_bytes(raw, "big")
    if number >= 0xF00000:
        return None
    first = dt.date(cal.MIN_YEAR, 1, 1).toordinal()
    return dt.date.fromordinal(first + number % (_YEARS * 365))


def _check_span(span: DateSpan | None) -> None:
    if span is None or span.range is None:
        return
    start, end = span.range
    if start is not None and end is not None and start > end:
        raise BelliBug(f"{span.value}: a range that ends before it starts {span.range}")


def fuzz_furniture(data: bytes) -> None:
    """The furniture cleaner over any text, with or without a known title (byte 0, bit 0:
    the text's first line is given as the title, as trafilatura or a feed would)."""
    flags, text = (data[0], data[1:]) if data else (0, b"")
    body = text.decode("utf-8", "replace")
    title = body.split("\n", 1)[0] if flags & 1 else None
    with _no_logged_errors():
        clean_text(body, title=title)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "html": fuzz_html,
    "jsonl": fuzz_jsonl,
    "warc": fuzz_warc,
    "url": fuzz_url,
    "dates": fuzz_dates,
    "furniture": fuzz_furniture,
}


# --- seeds ---------------------------------------------------------------------------------

MAX_SEED = 64 * 1024  # libFuzzer's -max_len in benchmarks/fuzz.py: larger seeds are left out
_DEMO = REPO / "belli" / "demo" / "corpus"
_HOSTILE_SUFFIXES = {
    "html": (".html", ".xhtml"), "jsonl": (".jsonl", ".json"),
    "warc": (".warc", ".warc.gz", ".warc.bz2", ".warc.xz"),
}
# the demo corpus's texts: prose for the text targets (prefixed with their flag bytes)
_DEMO_TEXT = {"html": "html/*.html", "jsonl": "jsonl/*.jsonl", "dates": "text/*.txt",
              "furniture": "text/*.txt"}
_TEXT_PREFIX = {"dates": b"\x01\x0b\x6e\x9c", "furniture": b"\x00"}  # past, 2023-ish; no title


def seeds(target: str) -> list[tuple[str, bytes]]:
    """(name, bytes) of the starting inputs: the hand-written seeds in
    benchmarks/fuzz_seeds/TARGET/ (found inputs are kept there too), the demo corpus, and
    the small hostile inputs of tests/hostile/ in the target's format."""
    found: list[tuple[str, bytes]] = []
    folder = SEEDS / target
    if folder.is_dir():
        found += [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]
    if target in _DEMO_TEXT:
        prefix = _TEXT_PREFIX.get(target, b"")
        found += [(f"demo-{p.name}", prefix + p.read_bytes())
                  for p in sorted(_DEMO.glob(_DEMO_TEXT[target]))]
    found += _hostile(target)
    return [(name, raw) for name, raw in found if len(raw) <= MAX_SEED]


def _hostile(target: str) -> list[tuple[str, bytes]]:
    """The hostile corpus's inputs of this format that are plain content (not links, pipes
    or bombs written a megabyte at a time), written to memory."""
    suffixes = _HOSTILE_SUFFIXES.get(target)
    if suffixes is None:
        return []
    sys.path.insert(0, str(REPO / "tests" / "hostile"))
    try:
        import hostile_corpus
    finally:
        sys.path.remove(str(REPO / "tests" / "hostile"))
    out = []
    for case in hostile_corpus.cases():
        writer = getattr(case.make, "__qualname__", "")
        plain = writer.startswith("data.") and "bomb" not in case.name
        if not case.name.endswith(suffixes) or not plain:
            continue
        out.append((f"hostile-{case.name}", _written(case.make)))
    return out


def _written(make: Callable[[Path], None]) -> bytes:
    """What a corpus writer would put in a file."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case"
        make(path)
        return path.read_bytes()
