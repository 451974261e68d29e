"""Building the pipeline with the cycle collector paused (belli.pipeline.collector_paused),
and settling what was built once for a long run (belli.pipeline.settle_for_run)."""

from __future__ import annotations

import gc
import threading

import pytest
import srsly

from belli.pipeline import build_pipeline, collector_paused, settle_for_run


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
            assert gc.get_threshold()[0] == 0  # still paused for the build left running

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.get_threshold() == (700, 10, 10)


def test_settling_freezes_what_is_alive():
    gc.unfreeze()
    kept = [[n] for n in range(1000)]
    settle_for_run()
    assert gc.get_freeze_count() >= len(kept)


def test_building_the_pipeline_freezes_nothing():
    gc.unfreeze()
    build_pipeline()
    assert gc.get_freeze_count() == 0
