"""Building the pipeline with the cycle collector paused (belli.pipeline.frozen_when_built)."""

from __future__ import annotations

import gc

import pytest
import srsly

from belli.pipeline import frozen_when_built


@pytest.fixture(autouse=True)
def _collector_as_found():
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_no_automatic_collection_while_building_even_after_spacy_reads_msgpack():
    collections: list[int] = []
    gc.callbacks.append(lambda phase, info: collections.append(info["generation"]))
    try:
        with frozen_when_built():
            srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]}))  # calls gc.enable()
            built = [[n] for n in range(50_000)]
    finally:
        gc.callbacks.pop()
    assert len(built) == 50_000
    assert collections == []


def test_what_was_built_is_frozen_and_the_thresholds_come_back():
    thresholds = gc.get_threshold()
    with frozen_when_built():
        built = [[n] for n in range(1000)]
    assert gc.is_tracked(built)
    assert gc.get_freeze_count() >= len(built)
    assert gc.get_threshold() == thresholds


def test_a_failed_build_freezes_nothing():
    thresholds = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with pytest.raises(RuntimeError), frozen_when_built():
        raise RuntimeError("model missing")
    assert gc.get_freeze_count() == frozen
    assert gc.get_threshold() == thresholds
