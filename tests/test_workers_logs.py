"""A worker's log records reach this process even when the pool is closed (its workers
killed) the moment the last batch comes back, and closing never waits on a record that a
killed worker was still writing (with multiprocessing.Queue's writer thread it hung)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from logging.handlers import QueueListener

import pytest

from belli.pipeline import Pipeline
from belli.records import Analysis, Article
from belli.settings import Settings
from belli.workers import WorkerPool, _stop

pytestmark = pytest.mark.slow

NOTES = 200  # records of 2 KB: more than a pipe holds, so some wait to be written
PAYLOAD = "x" * 2000


@dataclass
class Chatty:
    """A stage that logs many warnings about every article, then returns at once."""

    name: str = "test.chatty"
    needs: frozenset[str] = frozenset({"article"})
    adds: frozenset[str] = frozenset()

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        for analysis in batch:
            for i in range(NOTES):
                logging.getLogger("belli.test").warning("note %d on %s: %s", i,
                                                        analysis.doc_id, PAYLOAD)
        return batch


def chatty_pipeline(settings: Settings) -> Pipeline:
    return Pipeline([Chatty()], settings)


def test_every_record_logged_before_a_batch_returns_arrives(
        caplog: pytest.LogCaptureFixture) -> None:
    articles = [Article.from_text(f"a short story number {i}") for i in range(2)]
    pool = WorkerPool(Settings.load(db_path=":memory:"), 2, chatty_pipeline)
    with caplog.at_level(logging.WARNING, logger="belli"):
        try:
            list(pool.map([articles[:1], articles[1:]]))
        finally:
            closing = threading.Thread(target=pool.close, daemon=True)  # kills the workers
            closing.start()
            closing.join(timeout=60)
    assert not closing.is_alive(), "closing the pool hung"
    notes = [r for r in caplog.records if r.name == "belli.test"]
    assert len(notes) == NOTES * len(articles)


class _LockedForGood:
    """A log pipe whose lock a killed worker still holds: nothing gets in or out."""

    def __init__(self) -> None:
        self._never = threading.Event()

    def get(self, block: bool = True) -> None:
        self._never.wait()

    def put_nowait(self, record: object) -> None:
        self._never.wait()


def test_stopping_the_log_listener_never_waits_past_its_limit():
    listener = QueueListener(_LockedForGood(), logging.NullHandler())  # type: ignore[arg-type]
    listener.start()
    stopping = threading.Thread(target=_stop, args=(listener, 0.2))
    stopping.start()
    stopping.join(5)
    assert not stopping.is_alive()
