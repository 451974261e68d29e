"""Pipelines for worker tests, importable by name in a spawned worker process."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from dataclasses import dataclass

from belli.errors import ModelError
from belli.pipeline import Pipeline, build_pipeline
from belli.records import Analysis
from belli.settings import Settings

POISON = "POISON-PILL"
CUE = "WARN-ME"
STALL = "STALL-HERE"
KILL_ONCE = "KILL-ME-ONCE"
UNSENDABLE = "CANNOT-SEND-ME"
# the file that says the kill has happened; set in the environment the workers inherit
KILL_ONCE_FLAG = "BELLI_TEST_KILL_ONCE_FLAG"


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


@dataclass
class KilledOnce:
    """A stage whose worker is killed from outside (the OOM killer, a `kill -9`) the first
    time it meets one text: the text itself is harmless, a rerun analyses it."""

    name: str = "test.killed_once"
    needs: frozenset[str] = frozenset({"article"})
    adds: frozenset[str] = frozenset()

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        flag = os.environ[KILL_ONCE_FLAG]
        if any(KILL_ONCE in a.article.text for a in batch) and not os.path.exists(flag):
            open(flag, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
        return batch


def killed_once_pipeline(settings: Settings) -> Pipeline:
    real = build_pipeline(settings)
    return Pipeline([KilledOnce(), *real.stages], settings)


def killed_while_loading(settings: Settings) -> Pipeline:
    """A worker killed before its pipeline is built."""
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("unreachable")


def killed_once_and_while_reloading(settings: Settings) -> Pipeline:
    """After the kill of `KilledOnce`, the first worker to load again is killed too."""
    reloaded = os.environ[KILL_ONCE_FLAG] + ".reloaded"
    if os.path.exists(os.environ[KILL_ONCE_FLAG]) and not os.path.exists(reloaded):
        open(reloaded, "w").close()
        os.kill(os.getpid(), signal.SIGKILL)
    return killed_once_pipeline(settings)


def hung_while_loading(settings: Settings) -> Pipeline:
    """A worker whose load never ends, as one stuck on a lock or a network drive would
    (a minute: long past the test's limit, short enough to end if nothing kills it)."""
    time.sleep(60)
    raise AssertionError("the pool should have been killed by now")


def raises_while_loading(settings: Settings) -> Pipeline:
    """A load that fails with an error that is not belli's own (a broken install)."""
    raise ImportError("no module named 'a_broken_dependency'")


def killed_once_then_raises_while_reloading(settings: Settings) -> Pipeline:
    """`KilledOnce` alone; once its kill has happened, every load raises, and is counted."""
    flag = os.environ[KILL_ONCE_FLAG]
    if os.path.exists(flag):
        with open(flag + ".loads", "a") as loads:
            loads.write("load\n")
        raise ImportError("no module named 'a_broken_dependency'")
    return Pipeline([KilledOnce()], settings)


@dataclass
class Unsendable:
    """A stage whose result for one text cannot be sent back to the parent process."""

    name: str = "test.unsendable"
    needs: frozenset[str] = frozenset({"article"})
    adds: frozenset[str] = frozenset()

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        return [a.replace(notes=(threading.Lock(),)) if UNSENDABLE in a.article.text else a
                for a in batch]


def unsendable_pipeline(settings: Settings) -> Pipeline:
    return Pipeline([Unsendable()], settings)


def killed_once_without_model(settings: Settings) -> Pipeline:
    """`KilledOnce` alone: a run whose worker is killed from outside once, with no model."""
    return Pipeline([KilledOnce()], settings)


def poisoned_without_model(settings: Settings) -> Pipeline:
    """`DieOnPoison` alone: an article that kills every worker it meets, with no model."""
    return Pipeline([DieOnPoison()], settings)
