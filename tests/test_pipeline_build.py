"""Building the pipeline with the cycle collector paused (belli.pipeline.collector_paused),
and settling what was built once for a long run (belli.pipeline.settle_for_run)."""

from __future__ import annotations

import contextlib
import gc
import subprocess
import sys
import threading
import weakref

import pytest
import srsly

import belli
from belli import api
from belli import pipeline as pipeline_module
from belli.cli import run
from belli.pipeline import build_pipeline, collector_paused, settle_for_run
from belli.settings import Settings


@pytest.fixture(autouse=True)
def _collector_as_found():
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_no_automatic_collection_while_building_even_after_spacy_reads_msgpack():
    collections: list[int] = []
    with collector_paused():
        gc.callbacks.append(lambda phase, info: collections.append(info["generation"]))
        try:
            srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]}))  # calls gc.enable()
            built = [[n] for n in range(50_000)]
        finally:
            gc.callbacks.pop()
    assert len(built) == 50_000
    assert collections == []


def test_the_thresholds_come_back_after_a_build_and_after_a_failed_one():
    gc.set_threshold(700, 10, 10)
    with collector_paused():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (700, 10, 10)
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("model missing")
    assert gc.get_threshold() == (700, 10, 10)


def test_two_builds_at_once_in_threads_give_the_thresholds_back():
    gc.set_threshold(700, 10, 10)
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen_while_first_left.append(gc.get_threshold()[0])

    seen_while_first_left: list[int] = []
    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
        assert not thread.is_alive()
    assert seen_while_first_left == [0]  # still paused for the build left running
    assert gc.get_threshold() == (700, 10, 10)


class _InACycle:
    other: object


def _dropped_cycle(monkeypatch, *, aged: bool) -> weakref.ref[_InACycle]:
    """A garbage cycle in a process not yet settled; `aged`: it survived a full collection
    into the oldest generation before it was dropped."""
    monkeypatch.setattr(pipeline_module, "_SETTLED", False)
    gc.unfreeze()
    cycle = _InACycle()
    cycle.other = cycle
    dead = weakref.ref(cycle)
    if aged:
        gc.collect()
    del cycle
    return dead


def test_settling_collects_garbage_cycles_first_and_freezes_the_rest(monkeypatch):
    dead = _dropped_cycle(monkeypatch, aged=False)
    settle_for_run()
    assert dead() is None
    assert gc.get_freeze_count() > 0


def test_settling_leaves_an_old_cycle_to_the_full_collections(monkeypatch):
    dead = _dropped_cycle(monkeypatch, aged=True)
    settle_for_run()
    assert dead() is not None  # frozen with the rest: only young garbage is collected
    gc.unfreeze()
    gc.collect()
    assert dead() is None


# a fresh process, as at the bench's and a worker's start-up: what the build leaves behind
# is young, so settling's young collection is all the full one would find
_BUILD_THEN_COUNT = """
import gc
from belli.pipeline import build_pipeline
from belli.settings import Settings
build_pipeline(Settings.load(workers=1))
gc.collect(1)
print(gc.collect())
"""


@pytest.mark.model
def test_a_full_collection_after_a_build_and_a_young_one_finds_nothing():
    done = subprocess.run([sys.executable, "-c", _BUILD_THEN_COUNT], capture_output=True,
                          text=True, check=True, timeout=120)
    found = int(done.stdout.strip().splitlines()[-1])  # the count is the last line printed
    assert found == 0


def test_settling_a_second_time_freezes_nothing_more(monkeypatch):
    monkeypatch.setattr(pipeline_module, "_SETTLED", False)
    gc.unfreeze()
    settle_for_run()
    gc.unfreeze()
    settle_for_run()
    assert gc.get_freeze_count() == 0


def test_a_library_analysis_freezes_nothing(tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text("The two foreign ministers met in Geneva on Monday.\n", encoding="utf-8")
    gc.unfreeze()
    results = list(belli.analyze([str(article)], Settings.load(workers=1)))
    assert results and gc.get_freeze_count() == 0


def _runner_asked(monkeypatch) -> list[bool]:
    asked: list[bool] = []

    def runner(settings, batches, settle=False):
        asked.append(settle)
        raise RuntimeError("no pipeline in this test")

    monkeypatch.setattr(api, "batch_runner", runner)
    return asked


def test_only_the_cli_asks_to_settle_its_run(monkeypatch, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text("The two foreign ministers met in Geneva on Monday.\n", encoding="utf-8")
    asked = _runner_asked(monkeypatch)
    with pytest.raises(RuntimeError):
        list(api.analyze([str(article)]))
    with pytest.raises(RuntimeError):
        api.ingest([str(article)], Settings.load(db_path=str(tmp_path / "lib.duckdb")))
    for command in (["--db", str(tmp_path / "cli.duckdb"), "ingest", str(article)],
                    ["extract", str(article)]):
        with contextlib.suppress(RuntimeError):
            run(command)
    assert asked == [False, False, True, True]


def test_building_the_pipeline_freezes_nothing():
    gc.unfreeze()
    build_pipeline()
    assert gc.get_freeze_count() == 0
