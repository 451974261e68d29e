"""`belli eval`: run the pipeline over a gold set and score what it outputs.

The pipeline runs on the gold text as is (no cleaning: offsets must stay the gold's) in
batches through `process_batch`, with the gold creation date as `published`. Whatever the
pipeline does not produce yet (events, dates, places) scores zero with its n shown, so
the figures rise by themselves as features land.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from belli.eval.gold import DATASETS, DatasetSpec, GoldRecord, data_dir, dataset_spec, read_gold
from belli.eval.metrics import Metric
from belli.pipeline import Pipeline
from belli.records import Analysis, Article, Failure

BATCH_SIZE = 16
Pairs = list[tuple[GoldRecord, Analysis | None]]


@dataclass(slots=True)
class Report:
    """The outcome of one evaluation: metrics with their n, errors, and how it was run."""

    dataset: str
    metrics: list[Metric]
    errors: list[dict[str, Any]] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)


def analyse(
    records: Sequence[GoldRecord], pipeline: Pipeline, batch_size: int = BATCH_SIZE
) -> tuple[Pairs, list[str]]:
    """Each gold record with belli's analysis (None where the pipeline failed), and the ids
    of the records that failed (they score as "nothing found")."""
    pairs: Pairs = []
    failed: list[str] = []
    for i in range(0, len(records), batch_size):
        batch = records[i:i + batch_size]
        articles = [Article.from_text(r.text, published=r.published, source=r.id) for r in batch]
        by_id: dict[str, Analysis | Failure] = {
            res.doc_id or "": res for res in pipeline.process_batch(articles)
        }
        for record, article in zip(batch, articles, strict=True):
            result = by_id.get(article.doc_id)
            ok = isinstance(result, Analysis)
            if not ok:
                failed.append(record.id)
            pairs.append((record, result if ok else None))  # type: ignore[arg-type]
    return pairs, failed


def score(spec: DatasetSpec, pairs: Pairs) -> tuple[list[Metric], list[dict[str, Any]]]:
    """Every task the set measures, over the same analyses."""
    from belli.eval.actors import score_hand_actors
    from belli.eval.dates import score_dates
    from belli.eval.entities import score_entities
    from belli.eval.events import score_events
    from belli.eval.golden import score_golden
    from belli.eval.places import score_places
    from belli.eval.relations import score_relations

    scorers: dict[str, Callable[[Pairs], tuple[list[Metric], list[dict[str, Any]]]]] = {
        "entities": lambda p: score_entities(spec.name, p),
        "actors": score_hand_actors,
        "events": lambda p: score_events(spec.name, p, actors=spec.score_actors),
        "dates": score_dates,
        "places": score_places,
        # golden files and the relations list are articles, not gold records: evaluate()
        # runs them itself, and an empty scoring names the metrics they produce
        "golden": lambda p: score_golden([]),
        "relations": lambda p: score_relations(set(), set()),
    }
    metrics: list[Metric] = []
    errors: list[dict[str, Any]] = []
    for task in spec.tasks:
        found, wrong = scorers[task](pairs)
        metrics.extend(found)
        errors.extend(wrong)
    return metrics, errors


def evaluate(
    dataset: str, pipeline: Pipeline, data: str | Path | None = None, limit: int | None = None
) -> Report:
    """Score belli on one gold set. `limit` None = the set's default, 0 = every record."""
    spec = dataset_spec(dataset)
    if spec.name == "golden":
        return _golden(pipeline)
    if spec.name in _OWN_ARTICLES:
        return _own_articles(spec.name, pipeline)
    chosen = spec.default_limit if limit is None else limit
    records = read_gold(spec, data_dir(data), chosen)
    started = time.perf_counter()
    pairs, failed = analyse(records, pipeline)
    elapsed = time.perf_counter() - started
    metrics, errors = score(spec, pairs)
    texts = {r.id: r.text for r in records}
    for error in errors:
        error.setdefault("dataset", spec.name)
        error["snippet"] = _snippet(texts.get(error["record"], ""), int(error.pop("start", 0) or 0))
    info = {"records": len(records), "limit": chosen or None, "failed": len(failed),
            "failed_records": failed,
            "pipeline_s": round(elapsed, 2), "tasks": list(spec.tasks), "note": spec.note}
    return Report(spec.name, metrics, errors, info)


def _own_articles(name: str, pipeline: Pipeline) -> Report:
    """A set scored over the golden articles themselves (linking, relations)."""
    evaluate_set = _OWN_ARTICLES[name]()
    started = time.perf_counter()
    metrics, errors, info = evaluate_set(pipeline)
    info.update(pipeline_s=round(time.perf_counter() - started, 2), tasks=[name],
                note=dataset_spec(name).note)
    for error in errors:
        error.setdefault("dataset", name)
    return Report(name, metrics, errors, info)


def _linking() -> Callable[[Pipeline], Any]:
    from belli.eval.linking import evaluate_linking

    return evaluate_linking


def _relations() -> Callable[[Pipeline], Any]:
    from belli.eval.relations import evaluate_relations

    return evaluate_relations


_OWN_ARTICLES: dict[str, Callable[[], Callable[[Pipeline], Any]]] = {
    "linking": _linking, "relations": _relations}


def _golden(pipeline: Pipeline) -> Report:
    from belli.eval.golden import evaluate_golden

    started = time.perf_counter()
    metrics, errors, info = evaluate_golden(pipeline)
    info.update(pipeline_s=round(time.perf_counter() - started, 2), tasks=["golden"],
                note="analysts' events in tests/articles/events (README there)")
    for error in errors:
        error.setdefault("dataset", "golden")
    return Report("golden", metrics, errors, info)


def _snippet(text: str, start: int, before: int = 60, after: int = 100) -> str:
    lo = max(0, start - before)
    return ("…" if lo else "") + text[lo:start + after].replace("\n", " ") + (
        "…" if start + after < len(text) else ""
    )


def dataset_names(name: str) -> list[str]:
    return list(DATASETS) if name == "all" else [dataset_spec(name).name]
