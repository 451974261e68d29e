"""The pipeline: stages in a declared order, run over batches of articles.

A stage takes a batch of `Analysis` records and returns the updated batch. It declares
what it needs and what it adds, and the order is checked once, when the pipeline is
built. `process_batch()` is the one entry point for the CLI, the API and a Spark
partition: in batch mode an article that makes a stage fail becomes a `Failure` and the
rest of the batch goes on.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from belli.errors import PipelineError
from belli.records import Analysis, Article, Failure
from belli.settings import Settings

log = logging.getLogger(__name__)


class Stage(Protocol):
    name: str  # versioned, e.g. "nlp.spacy.v1"
    needs: frozenset[str]
    adds: frozenset[str]

    def run(self, batch: list[Analysis]) -> list[Analysis]: ...


@dataclass
class Pipeline:
    """Stages in order, plus per-stage timings accumulated over the run."""

    stages: Sequence[Stage]
    settings: Settings = field(default_factory=Settings)
    timings_s: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        have = {"article"}
        for stage in self.stages:
            missing = stage.needs - have
            if missing:
                raise PipelineError(
                    f"stage {stage.name} needs {sorted(missing)}, which no earlier stage adds"
                )
            have |= stage.adds

    def process_batch(self, articles: Sequence[Article]) -> list[Analysis | Failure]:
        """Run every stage over a batch; an article that fails a stage becomes a Failure."""
        results: list[Analysis | Failure] = []
        active: list[Analysis] = []
        for article in articles:
            analysis = Analysis(article=article)
            if article.language and article.language not in self.settings.language_set:
                note = (
                    f"extraction skipped: language {article.language!r} is not in "
                    f"{sorted(self.settings.language_set)}"
                )
                results.append(analysis.replace(notes=(note,)))
            else:
                active.append(analysis)
        failures: list[Failure] = []
        for stage in self.stages:
            started = time.perf_counter()
            active, failed = _run_isolating(stage, active)
            failures.extend(failed)
            self.timings_s[stage.name] = self.timings_s.get(stage.name, 0.0) + (
                time.perf_counter() - started
            )
        order = {a.doc_id: i for i, a in enumerate(articles)}
        results.extend(active)
        results.extend(failures)
        results.sort(key=lambda r: order.get(r.doc_id or "", len(order)))
        return results

    def process(self, article: Article) -> Analysis:
        """The single-article API: raises PipelineError instead of returning a Failure."""
        (result,) = self.process_batch([article])
        if isinstance(result, Failure):
            raise PipelineError(f"{result.stage}: {result.message}")
        return result

    def run(self, articles: Iterable[Article | Failure]) -> Iterator[Analysis | Failure]:
        """Stream articles through in batches of `settings.batch_size`; failures pass through."""
        batch: list[Article] = []
        for item in articles:
            if isinstance(item, Failure):
                yield item
                continue
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self.process_batch(batch)
                batch = []
        if batch:
            yield from self.process_batch(batch)


def _run_isolating(stage: Stage, batch: list[Analysis]) -> tuple[list[Analysis], list[Failure]]:
    """Run a stage on the batch; if it raises, rerun article by article to find the culprit."""
    if not batch:
        return [], []
    try:
        return _tagged(stage, stage.run(batch)), []
    except Exception as exc:  # noqa: BLE001 - isolated to its article, recorded as a Failure
        if len(batch) == 1:
            log.warning("stage %s failed on %s: %s", stage.name, batch[0].doc_id, exc)
            return [], [Failure(
                doc_id=batch[0].doc_id,
                stage=stage.name,
                message=f"{type(exc).__name__}: {exc}",
                source=batch[0].article.source,
            )]
    kept: list[Analysis] = []
    failures: list[Failure] = []
    for analysis in batch:
        ok, failed = _run_isolating(stage, [analysis])
        kept.extend(ok)
        failures.extend(failed)
    return kept, failures


def _tagged(stage: Stage, batch: list[Analysis]) -> list[Analysis]:
    return [a.replace(stages=(*a.stages, stage.name)) for a in batch]


def default_stages(settings: Settings) -> list[Stage]:
    """The stages that run today, in order."""
    with collector_paused():
        from belli.actors.resolve import ActorStage
        from belli.dates.stage import DateStage
        from belli.events.stage import EventStage
        from belli.geo.stage import PlaceStage
        from belli.nlp.stage import SpacyStage
        from belli.relations.stage import RelationStage

        return [
            SpacyStage.from_settings(settings),
            ActorStage.from_settings(settings),
            PlaceStage.from_settings(settings),
            DateStage.from_settings(settings),
            EventStage.from_settings(settings),
            RelationStage.from_settings(settings),
        ]


_YOUNGER_GENERATIONS = 1  # gc.collect(1): generations 0 and 1, not the oldest


class _Builds:
    """The builds running now (threads: the API server, Spark), and the collector's
    thresholds from before the first of them: the last one out restores them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._before: tuple[int, ...] = ()

    def start(self) -> None:
        with self._lock:
            if self._running == 0:
                self._before = gc.get_threshold()
                # a zero threshold, not gc.disable(): spaCy's msgpack reader enables it again
                gc.set_threshold(0)
            self._running += 1

    def end(self) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0:
                # the young generations once, by hand: left to the collector, resuming it
                # walks the build's objects in generation 0, and settling walks them all
                # again in generation 1 (90 ms of a bench start-up, 2026-12-06)
                gc.collect(_YOUNGER_GENERATIONS)
                gc.set_threshold(*self._before)


_BUILDS = _Builds()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Build with Python's cycle collector paused (in every thread building at once).

    Loading makes objects that live as long as the process and leaves next to no
    garbage, yet the collector walked them all several times while they were made (the
    cost is in docs/benchmarks.md)."""
    _BUILDS.start()
    try:
        yield
    finally:
        _BUILDS.end()


_SETTLED = False  # whether settle_for_run has frozen this process


def settle_for_run() -> None:
    """Move every object alive now out of the collector's sight, once the pipeline is
    built for a long run: a full collection would otherwise walk the loaded models again
    and again. The young generations are collected first, so no garbage the build left is
    pinned; reference counting still frees what is frozen. Only the young ones: the build
    made its objects with the collector paused, so they are young until the young
    collection that ends the build (`_Builds.end`) walks them and moves what lives to the
    oldest generation; settling's own then walks only what came after, and a full
    collection walked every object the process holds (60 ms at start-up) to find nothing
    more (see docs/benchmarks.md).
    For the entry points that build a pipeline once for a long run (the CLI's runs, a
    worker, the bench), never a library build: it pins all the process holds.
    Once a process: a second call does nothing (what a run makes later is its own)."""
    global _SETTLED
    if _SETTLED:
        return
    _SETTLED = True
    gc.collect(_YOUNGER_GENERATIONS)
    gc.freeze()


def build_pipeline(settings: Settings | None = None) -> Pipeline:
    settings = settings or Settings.load()
    return Pipeline(default_stages(settings), settings)
