"""The parse's large arrays on ordinary memory pages, not transparent huge pages.

numpy asks Linux for transparent huge pages (`madvise(MADV_HUGEPAGE)`) on every array of
4 MB or more, and the parse makes hundreds of them: the parser's and NER's precomputed
rows for a group (32 stories, 25,000 tokens x 1,400 floats), the token networks' layers
for a chunk (belli.nlp.chunks) and their joined output. With the kernel's THP defrag set
to `madvise` (its default), each fresh huge page is compacted and zeroed on the fault:
on the machine belli is measured on (a 2-core KVM guest, Intel Xeon) a fresh process's
first pass over the 70 VOA stories took 0.3-0.6 s more CPU with them, most of it in the
kernel (tok2vec 1.15 s against 0.86, parser 0.72 against 0.42). On ordinary 4 kB pages
the arrays hold the same numbers, so the annotations are the same
(tests/test_nlp_pages.py).

numpy keeps the choice for the process; it is set and restored around each parse by the
thread that parses, as the BLAS thread limit is (belli.nlp.blas). numpy has no public
switch for it but the environment variable it reads once at import
(NUMPY_MADVISE_HUGEPAGE); a numpy without the private one parses as it would anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["ordinary_pages"]


@contextmanager
def ordinary_pages() -> Iterator[None]:
    """numpy's new arrays on ordinary pages while the block runs; its setting before, after."""
    set_huge_pages = _huge_page_switch()
    if set_huge_pages is None:
        yield
        return
    before = set_huge_pages(False)
    try:
        yield
    finally:
        set_huge_pages(before)


def _huge_page_switch() -> Callable[[bool], bool] | None:
    """numpy's `_set_madvise_hugepage` (it returns the setting it replaces), if it has one."""
    try:
        from numpy._core import multiarray
    except ImportError:  # numpy 1
        from numpy.core import multiarray  # type: ignore[no-redef]
    return getattr(multiarray, "_set_madvise_hugepage", None)
