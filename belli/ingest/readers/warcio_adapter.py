"""warcio, adapted for untrusted archives (imported only when a WARC file is read).

warcio trusts its input in ways belli cannot:

- it reads a header line to its end however long it is: a 30 MB line took 20 s and the
  record was then skipped in silence. Here a line past `MAX_HEADER_LINE` bytes is an
  InputError, raised once that many bytes are read.
- it writes its warnings (a Content-Length that does not match the record, a compressed
  payload that breaks midway) straight to sys.stderr, unprefixed, and carries on. Here they
  are kept for the reader (`kept_notes`), which fails the record they concern; its logger's
  messages become belli's own log lines, prefixed with the file being read.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import warcio.archiveiterator
import warcio.bufferedreaders
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.utils import BUFF_SIZE

from belli.errors import InputError

__all__ = ["MAX_HEADER_LINE", "Archive", "kept_notes"]

log = logging.getLogger("belli.ingest.readers.warc")

# Far above any real WARC or HTTP header line (long URLs and cookies run to tens of KiB).
MAX_HEADER_LINE = 256 * 1024


class _CappedLines(DecompressingBufferedReader):  # type: ignore[misc]
    """warcio's reader, refusing a line longer than MAX_HEADER_LINE. Payloads are read with
    read(), never readline(), so only header lines (and the blank lines between records)
    meet the cap."""

    def readline(self, length: int | None = None) -> bytes:
        cap = MAX_HEADER_LINE + 1
        limit = cap if length is None or length < 0 else min(length, cap)
        line = b""
        # warcio's own readline(n) may stop short of n without a line end: ask again
        while len(line) < limit and not line.endswith(b"\n"):
            part: bytes = super().readline(limit - len(line))
            if not part:
                break
            line += part
        if len(line) > MAX_HEADER_LINE:
            raise InputError(f"a WARC or HTTP header line is longer than {MAX_HEADER_LINE:,} bytes")
        return line


class Archive(ArchiveIterator):  # type: ignore[misc]
    """warcio's record iterator over an uncompressed stream, header lines capped."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.reader = _CappedLines(self.fh, block_size=BUFF_SIZE)


@dataclass
class _Reading:
    source: str
    notes: list[str] = field(default_factory=list)


_current = threading.local()


@contextmanager
def kept_notes(source: str) -> Iterator[list[str]]:
    """The warnings warcio writes in this thread while the block runs, one line each."""
    reading = _Reading(source)
    outer = getattr(_current, "reading", None)
    _current.reading = reading
    try:
        yield reading.notes
    finally:
        _current.reading = outer


class _Stderr:
    """Stands in for sys.stderr inside warcio's modules."""

    def write(self, text: str) -> int:
        line = " ".join(text.split())
        reading: _Reading | None = getattr(_current, "reading", None)
        if reading is not None:
            reading.notes.append(line)
        elif line:  # warcio used outside belli's reader: still one prefixed line
            log.warning("warcio: %s", line)
        return len(text)

    def flush(self) -> None:
        return None


class _SysWithKeptStderr:
    """The sys module as warcio sees it: the same, but for stderr."""

    stderr = _Stderr()

    def __getattr__(self, name: str) -> Any:
        return getattr(sys, name)


class _ToBelliLog(logging.Handler):
    """warcio's logger messages (a repaired target URI) as belli's, naming the file."""

    def emit(self, record: logging.LogRecord) -> None:
        reading: _Reading | None = getattr(_current, "reading", None)
        where = reading.source if reading is not None else "warcio"
        log.log(record.levelno, "%s: %s", where, " ".join(record.getMessage().split()))


# warcio offers no hook for its stderr warnings, so its modules get their own `sys`.
for _module in (warcio.archiveiterator, warcio.bufferedreaders):
    _module.sys = _SysWithKeptStderr()
_warcio_log = logging.getLogger("warcio")
_warcio_log.addHandler(_ToBelliLog())
_warcio_log.propagate = False  # else Python's last-resort handler prints it bare
