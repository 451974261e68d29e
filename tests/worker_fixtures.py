"""Pipelines for worker tests, importable by name in a spawned worker process."""

from __future__ import annotations

import os
from dataclasses import dataclass

from belli.pipeline import Pipeline, build_pipeline
from belli.records import Analysis
from belli.settings import Settings

POISON = "POISON-PILL"


@dataclass
class DieOnPoison:
    """A stage that ends its process, as a crash in native code would, on one text."""

    name: str = "test.die_on_poison"
    needs: frozenset[str] = frozenset({"article"})
    adds: frozenset[str] = frozenset()

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        if any(POISON in a.article.text for a in batch):
            os._exit(3)
        return batch


def poisoned_pipeline(settings: Settings) -> Pipeline:
    """The real pipeline after a stage that kills its worker on the poison text."""
    real = build_pipeline(settings)
    return Pipeline([DieOnPoison(), *real.stages], settings)
