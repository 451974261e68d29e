"""Worker processes: batches of articles analysed on every core, results in input order.

`belli ingest` and `belli extract` hand batches to `batch_runner(settings)`. With one
worker (or when the input is a single batch) the pipeline runs in this process. With
more, each worker process builds the pipeline once and analyses whole batches, the same
batches one process would, so records and ids do not depend on the number of workers;
this process keeps reading input and stays the only one that touches the store.

A worker that dies (a crash in native code, the kernel's OOM killer) or hangs (longer
than `ARTICLE_TIMEOUT_S` per article) breaks the pool: the pool is started anew, the
batch that was running is rerun one article at a time in it, and an article that kills
or stalls a worker on its own becomes a `Failure` that names the signal or exit code. A
new pool whose worker dies or hangs (`_LOAD_TIMEOUT_S`) while it loads is started again,
`_STARTS` tries in all: the last failure, or a load that raises an error, ends the run with
that error. Workers ignore Ctrl-C (the parent stops them) and die with their parent, so none
is left behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from logging.handlers import QueueHandler, QueueListener
from multiprocessing.context import SpawnContext
from typing import Any, Protocol

from belli.errors import BelliError, PipelineError
from belli.pipeline import Pipeline, build_pipeline, settle_for_run
from belli.procfs import memory_mb
from belli.records import Analysis, Article, Failure
from belli.settings import Settings

__all__ = ["ARTICLE_TIMEOUT_S", "BatchRunner", "InProcess", "WorkerPool", "batch_runner", "worker_count"]

log = logging.getLogger(__name__)

Results = list[Analysis | Failure]
Builder = Callable[[Settings], Pipeline]
STAGE = "worker"
# An article that takes longer than this in a worker is stopped and recorded as a failure
# (spaCy parses a 1 MB piece in about ten seconds here).
ARTICLE_TIMEOUT_S = 300.0
_PER_ARTICLE_S = 10.0  # and what each article of a batch adds to its time limit
_PR_SET_PDEATHSIG = 1
_LOG_WAIT_S = 5.0  # how long a close waits for the workers' last log records
_STARTS = 3  # tries at a new pool mid-run: its workers may be killed while they load too
# a worker that has not built its pipeline after this long is taken for hung (a load takes
# a second or two; this leaves room for a swapping machine)
_LOAD_TIMEOUT_S = 300.0


class BatchRunner(Protocol):
    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[Results]:
        """One list of results per batch, in the order the batches came."""
        ...

    def close(self) -> None: ...


def worker_count(settings: Settings) -> int:
    """`settings.workers`, where 0 means one per core this process may run on."""
    if settings.workers > 0:
        return settings.workers
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


class InProcess:
    """The pipeline in this process, built (and the model loaded) on the first batch."""

    def __init__(self, settings: Settings, build: Builder = build_pipeline,
                 settle: bool = False) -> None:
        self._settings, self._build, self._settle = settings, build, settle
        self._pipeline: Pipeline | None = None

    def get(self) -> Pipeline:
        """The pipeline, built on the first call; settled (`settle_for_run`) after it is
        built where this process runs it for a long run."""
        if self._pipeline is None:
            self._pipeline = self._build(self._settings)
            if self._settle:
                settle_for_run()
        return self._pipeline

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[Results]:
        for batch in batches:
            yield self.get().process_batch(batch) if batch else []

    def close(self) -> None:
        pass


class WorkerPool:
    """Batches analysed by `workers` processes, at most two batches ahead per worker."""

    def __init__(self, settings: Settings, workers: int, build: Builder = build_pipeline,
                 article_timeout_s: float = ARTICLE_TIMEOUT_S) -> None:
        self._settings, self._workers, self._build = settings, workers, build
        self._timeout_s = article_timeout_s
        # spawn, not fork: this process may hold DuckDB's and the web server's threads
        self._context = multiprocessing.get_context("spawn")
        # the workers' log records come here, to this process's handlers and format
        self._logs, self._listener = _listen(self._context)
        self._pending: deque[tuple[list[Article], Future[Results]]] = deque()
        try:
            self._pool = self._start()
        except BaseException:
            _stop(self._listener, _LOG_WAIT_S)
            raise

    def _start(self) -> ProcessPoolExecutor:
        """A pool whose workers have all built their pipelines (time limits on articles
        then never count a model load); a pipeline that cannot be built is belli's error
        here, as with one worker, and Ctrl-C while models load stops the workers."""
        pool = ProcessPoolExecutor(self._workers, mp_context=self._context,
                                   initializer=_init_worker,
                                   initargs=(self._settings, self._build, self._logs,
                                             _log_levels(), os.getpid()))
        try:
            _wait_ready(pool, self._workers)
        except BaseException:
            _kill(pool)
            raise
        return pool

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[Results]:
        for batch in chain(batches, [None]):
            if batch is not None:
                self._pending.append((list(batch), self._submit(list(batch))))
            while self._pending and (batch is None or len(self._pending) > 2 * self._workers):
                yield self._collect()

    def peak_rss_mb(self) -> float:
        """The workers' peak resident memory, summed (0 where /proc does not say)."""
        return sum(memory_mb(pid, "VmHWM") for pid in _pids(self._pool))

    def _submit(self, batch: list[Article]) -> Future[Results]:
        try:
            return self._pool.submit(_analyse, batch)
        except BrokenProcessPool as exc:  # a worker died since the last result came back:
            return _failed(exc)  # this batch's turn to be collected restarts the pool

    def _collect(self) -> Results:
        batch, future = self._pending.popleft()
        try:
            return future.result(timeout=self._batch_timeout(len(batch)))
        except (BrokenProcessPool, TimeoutError) as exc:
            why = f"a worker process {self._what_happened(exc)}"
        except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be sent back
            why = f"a batch's results did not come back ({type(exc).__name__})"
        log.warning("%s; new workers rerun its batch one article at a time", why)
        # a new pool either way: a death the batches still running cause must not be
        # blamed on the article rerun alone beside them
        self._restart()
        results = [r for a in batch for r in self._alone(a)]
        self._resubmit()
        return results

    def _batch_timeout(self, size: int) -> float:
        # a batch may wait on one slow article, not on every article being slow
        return self._timeout_s + _PER_ARTICLE_S * size

    def _alone(self, article: Article) -> Results:
        # in a new pool: the batches submitted ahead wait until the reruns are done
        try:
            return self._submit([article]).result(timeout=self._batch_timeout(1))
        except (BrokenProcessPool, TimeoutError) as exc:
            why = f"the worker process analysing this article {self._what_happened(exc)}"
            self._restart()
            log.warning("%s: %s", article.doc_id, why)
            return [Failure(article.doc_id, STAGE, why, article.source)]
        except Exception as exc:  # noqa: BLE001 - recorded as this article's failure
            return [Failure(article.doc_id, STAGE, f"{type(exc).__name__}: {exc}",
                            article.source)]

    def _what_happened(self, exc: BaseException) -> str:
        """Read before the restart kills the pool: the dead worker's own end."""
        if isinstance(exc, TimeoutError):
            return "took too long and was stopped"
        return f"died ({_exit_reason(_processes(self._pool))})"

    def _restart(self) -> None:
        """A new pool; the batches that were waiting go to it after the reruns. It logs
        through a new pipe: a worker killed inside a log call may have left the old one
        locked."""
        _kill(self._pool)
        _stop(self._listener, 0)
        self._logs, self._listener = _listen(self._context)
        self._pool = self._start_again()

    def _start_again(self) -> ProcessPoolExecutor:
        for _ in range(_STARTS - 1):
            try:
                return self._start()
            except _DiedLoading as exc:
                log.warning("%s; starting it again", exc.message)
        return self._start()

    def _resubmit(self) -> None:
        """The waiting batches the killed pool lost; one it had finished keeps its results."""
        for i, (waiting, future) in enumerate(self._pending):
            if not _succeeded(future):
                self._pending[i] = (waiting, self._submit(waiting))

    def close(self) -> None:
        _kill(self._pool)
        _stop(self._listener, _LOG_WAIT_S)


def _wait_ready(pool: ProcessPoolExecutor, workers: int) -> None:
    """Until every worker has built its pipeline, at most `_LOAD_TIMEOUT_S`; a worker's
    build error raised here."""
    seen: set[int] = set()
    deadline = time.monotonic() + _LOAD_TIMEOUT_S
    while len(seen) < workers:
        try:
            calls = [pool.submit(_ready) for _ in range(workers)]
            seen |= {call.result(timeout=max(0.0, deadline - time.monotonic()))
                     for call in calls}
        except TimeoutError as exc:
            raise _DiedLoading(
                f"a worker process had not loaded the pipeline after {_LOAD_TIMEOUT_S:g} s",
                hint=_LOAD_HINT) from exc
        except BrokenProcessPool as exc:
            raise _load_death(_first_death(_processes(pool))) from exc


_LOAD_HINT = "run with --workers 1 to see why"


def _load_death(code: int | None) -> PipelineError:
    """Python's worker exits 0 when its initializer raises (and logs the error): that
    load would fail again, so it is not `_DiedLoading`, which a new pool retries."""
    if code == 0:
        return PipelineError("a worker process exited while loading the pipeline (see the "
                             "error logged above)", hint=_LOAD_HINT)
    return _DiedLoading(f"a worker process died while loading the pipeline "
                        f"({_describe_exit(code)})", hint=_LOAD_HINT)


def _kill(pool: ProcessPoolExecutor) -> None:
    """Kill, not join: after Ctrl-C or a dead worker nobody waits for a batch to end.
    (The executor has no public way to stop its workers before Python 3.14.)"""
    processes = _processes(pool)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)


def _pids(pool: ProcessPoolExecutor) -> list[int]:
    return [p.pid for p in _processes(pool)]


def _processes(pool: ProcessPoolExecutor) -> list[Any]:
    # the executor lists its processes only in a private attribute (see _kill)
    return list((getattr(pool, "_processes", None) or {}).values())


class _DiedLoading(PipelineError):
    """A worker ended before its pipeline was built (a build error is the build's own)."""


def _failed(exc: BaseException) -> Future[Results]:
    future: Future[Results] = Future()
    future.set_exception(exc)
    return future


def _exit_reason(processes: list[Any]) -> str:
    """How a broken pool's worker ended: 'killed by SIGKILL', 'exit code 3'."""
    return _describe_exit(_first_death(processes))


def _first_death(processes: list[Any]) -> int | None:
    """The exit code of the worker that broke the pool, None where none has one."""
    codes = [code for code in _exit_codes(processes) if code is not None]
    # the executor stops a broken pool's other workers with SIGTERM: the first death is
    # the one that is not theirs
    return next((c for c in codes if c != -signal.SIGTERM), codes[0] if codes else None)


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code == 0:  # only a worker whose initializer raised ends so
        return "exited while loading (see the error logged above)"
    if code > 0:
        return f"exit code {code}"
    try:
        return f"killed by {signal.Signals(-code).name}"
    except ValueError:  # a number the signal module has no name for
        return f"killed by signal {-code}"


def _succeeded(future: Future[Results]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _exit_codes(processes: list[Any]) -> list[int | None]:
    """Once every worker of a broken pool has ended (the executor stops the others), or a
    second has passed: its thread may be reaping the dead worker as we ask."""
    deadline = time.monotonic() + 1.0
    while None in (codes := [p.exitcode for p in processes]) and time.monotonic() < deadline:
        time.sleep(0.02)
    return codes


class _LogPipe:
    """The workers' log records on their way here. A record is in the pipe when the
    worker's log call returns. A multiprocessing.Queue hands it to a thread that writes it
    later: a worker killed at the end of a run took the records still waiting with it, and
    one killed halfway through writing a record left this process reading for ever
    (closing the pool hung; tests/test_workers_logs.py)."""

    def __init__(self, context: SpawnContext) -> None:
        self._queue = context.SimpleQueue()

    def get(self, block: bool = True) -> Any:  # QueueListener asks with `block`: it always blocks
        return self._queue.get()

    def put_nowait(self, record: Any) -> None:
        self._queue.put(record)


def _listen(context: SpawnContext) -> tuple[_LogPipe, QueueListener]:
    logs = _LogPipe(context)
    listener = QueueListener(logs, _Redispatch())
    listener.start()
    return logs, listener


def _stop(listener: QueueListener, wait_s: float) -> None:
    """Stop the listener once it has handled the records before its stop, waiting at most
    `wait_s`: its pipe may be locked for good by a worker killed inside a log call, and a
    close must never hang on that (the listener's thread is a daemon)."""
    stopping = threading.Thread(target=listener.stop, daemon=True)
    stopping.start()
    stopping.join(wait_s)


class _Redispatch(logging.Handler):
    """A worker's record, handled here as if this process had logged it."""

    def emit(self, record: logging.LogRecord) -> None:
        logging.getLogger(record.name).handle(record)


def _log_levels() -> dict[str, int]:
    """The levels set here on belli's loggers (the CLI sets them), for workers to match."""
    loggers = logging.Logger.manager.loggerDict.items()
    return {name: logger.level for name, logger in loggers
            if name.split(".")[0] == "belli" and isinstance(logger, logging.Logger)
            and logger.level}


def batch_runner(settings: Settings, batches: int, build: Builder = build_pipeline,
                 settle: bool = False) -> BatchRunner:
    """Worker processes when there are several batches and more than one worker to give
    them to; else the pipeline in this process (starting workers costs a model load each)."""
    workers = min(worker_count(settings), batches)
    if workers > 1:
        return WorkerPool(settings, workers, build)
    return InProcess(settings, build, settle)


_pipeline: Pipeline | BelliError | None = None  # the worker's, or why it could not build


def _init_worker(settings: Settings, build: Builder, logs: _LogPipe,
                 levels: dict[str, int], parent: int) -> None:
    global _pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    root = logging.getLogger("belli")
    root.handlers, root.propagate = [QueueHandler(logs)], False
    root.setLevel(logging.WARNING)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    try:
        _pipeline = build(settings)
        settle_for_run()  # a worker's process is one long run
    except BelliError as exc:  # raised again in the parent, as one worker would
        _pipeline = exc


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this worker when its parent dies, even by SIGKILL."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pool's own pipes end the worker
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _ready() -> int:
    if isinstance(_pipeline, BelliError):
        raise _pipeline
    time.sleep(0.05)  # long enough for each worker of the pool to take one call
    return os.getpid()


def _analyse(batch: list[Article]) -> Results:
    if not isinstance(_pipeline, Pipeline):
        raise PipelineError("the worker has no pipeline")
    # the spaCy Doc stays here: it is large and no later step reads it
    return [r.replace(parse=None) if isinstance(r, Analysis) else r
            for r in _pipeline.process_batch(batch)]
