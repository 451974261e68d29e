"""Pipelines for worker tests, importable by name in a spawned worker process."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from belli.errors import ModelError
from belli.pipeline import Pipeline, build_pipeline
from belli.records import Analysis
from belli.settings import Settings

POISON = "POISON-PILL"
CUE = "WARN-ME"
STALL = "STALL-HERE"


@dataclass
class DieOnPoison:
    """A stage that ends its process, as a crash in native code would, on one text."""

    name: str = "test.die_on_poison"
    needs: frozenset[str] = frozenset({"article"})
    adds: frozenset[str] = frozenset()

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        if any(POISON in a.article.text for a in batch):
            os._exit(3)
        if any(STALL in a.article.text for a in batch):
            time.sleep(600)  # as a runaway regular expression would
        return batch


def poisoned_pipeline(settings: Settings) -> Pipeline:
    """The real pipeline after a stage that kills its worker on the poison text."""
    real = build_pipeline(settings)
    return Pipeline([DieOnPoison(), *real.stages], settings)


@dataclass
class WarnOnCue:
    """A stage that logs a warning, as stages do about an odd article, on one text."""

    name: str = "test.warn_on_cue"
    needs: frozenset[str] = frozenset({"article"})
    adds: frozenset[str] = frozenset()

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        for analysis in batch:
            if CUE in analysis.article.text:
                logging.getLogger("belli.test").warning("odd article %s", analysis.doc_id)
        return batch


def warning_pipeline(settings: Settings) -> Pipeline:
    return Pipeline([WarnOnCue()], settings)


def unbuildable_pipeline(settings: Settings) -> Pipeline:
    """A pipeline whose model is missing."""
    raise ModelError("spaCy model 'nonexistent' is not installed", hint="pip install it")
