"""The parse's large arrays on ordinary memory pages, not transparent huge pages.

numpy asks Linux for transparent huge pages (`madvise(MADV_HUGEPAGE)`) on every array of
4 MB or more, and the parse makes hundreds of them: the parser's and NER's precomputed
rows for a group (32 stories, 25,000 tokens x 1,400 floats), the token networks' layers
for a chunk (belli.nlp.chunks) and their joined output. With the kernel's THP defrag set
to `madvise` (its default), each fresh huge page is compacted and zeroed on the fault:
on the bench machine (see docs/benchmarks.md) a fresh process's first pass over the VOA
stories took markedly more CPU with them, most of it in the kernel. On ordinary 4 kB
pages the arrays hold the same numbers, so the annotations are the same
(tests/test_nlp_pages.py).

numpy keeps the choice for the whole process, and parses may run at once in threads: the
first parse in turns huge pages off and the last one out gives numpy its setting back.
numpy has no public switch for it but the environment variable it reads once at import
(NUMPY_MADVISE_HUGEPAGE); a numpy without the private one, or whose switch fails, parses
as it would anyway.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["ordinary_pages"]

log = logging.getLogger(__name__)


class _Parses:
    """The parses running now, and numpy's setting from before the first of them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._before: bool | None = None  # None: numpy's setting was left as it was

    def start(self) -> None:
        """Counted only once the switch is done: a switch that raises counts no parse."""
        with self._lock:
            if self._running == 0:
                self._before = _set_huge_pages(False)
            self._running += 1

    def end(self) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._before is not None:
                before, self._before = self._before, None
                if _set_huge_pages(before) is None:
                    log.debug("numpy's huge-page setting could not be given back (%s)", before)


_PARSES = _Parses()


@contextmanager
def ordinary_pages() -> Iterator[None]:
    """numpy's new arrays on ordinary pages while the block runs (and any other block of it
    in another thread); its setting before, after the last of them."""
    _PARSES.start()
    try:
        yield
    finally:
        _PARSES.end()


def _set_huge_pages(on: bool) -> bool | None:
    """numpy's setting before it was set to `on`; None where numpy cannot switch it: the
    setting is only for speed, so a switch that fails must not fail the parse."""
    switch = _huge_page_switch()
    if switch is None:
        return None
    try:
        return bool(switch(on))
    except (ValueError, TypeError, RuntimeError):
        return None


def _huge_page_switch() -> Callable[[bool], bool] | None:
    """numpy's `_set_madvise_hugepage` (it returns the setting it replaces), if it has one."""
    try:
        from numpy._core import multiarray
    except ImportError:  # numpy 1
        try:
            from numpy.core import multiarray  # type: ignore[no-redef]
        except ImportError:  # no switch: the parse goes on without it
            return None
    return getattr(multiarray, "_set_madvise_hugepage", None)
