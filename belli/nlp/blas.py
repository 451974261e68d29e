"""Which matrix multiply runs spaCy's networks, and on how many threads.

thinc multiplies with blis by default. On the machine belli is measured on (AMD EPYC,
blis 1.3) numpy's OpenBLAS does the same products four times faster, and the tagger,
parser and NER give the same tags, heads, labels, entities and lemmas on every token of
the 70 VOA stories and the demo corpus (tests/test_nlp_build.py compares them; another
BLAS on another CPU could in principle flip a close call): the multiply is most of
spaCy's time, so the choice is a setting (`gemm`: numpy or blis). On an Intel Xeon with
AVX-512 (blis 1.3.4, OpenBLAS 0.3.34's SkylakeX kernels) OpenBLAS still wins, by less:
belli's own parse of 210 VOA stories took 43.0 ms of CPU a story against blis's 50.7, one
thread each, with the same annotations, so numpy stays the default on both.

OpenBLAS starts one thread per core. belli uses the cores through worker processes, so
the parse runs on one thread: a worker's second thread would only contend with the next
worker, and a one-worker benchmark would borrow a core it does not own. The limit is set
and restored around each parse by the thread that parses (belli's CLI, worker processes
and Spark tasks parse in their main thread). OpenBLAS keeps the count for the process,
yet a limit set from one thread is not always seen by another (measured with OpenBLAS
0.3.34), so two threads parsing at once are not coordinated: at worst a parse runs on
more threads than one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any


def use_gemm(nlp: Any, gemm: str) -> None:
    """Point every network in `nlp` at the chosen multiply (blis: leave thinc's default)."""
    if gemm == "blis":
        return
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model: Any = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            node.ops = ops


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's BLAS on one thread while the block runs; the setting before it after."""
    with _controller().limit(limits=1, user_api="blas"):
        yield


@lru_cache(maxsize=1)
def _controller() -> Any:
    # scanning the loaded libraries once is enough: numpy's BLAS is loaded with spaCy
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()
