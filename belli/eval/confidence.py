"""Training of the event-confidence model (`belli/events/data/confidence.json`).

Run `python -m belli.eval.confidence` to rewrite the weights file. Each belli event on a
development golden file (`tests/articles/events`, never the held-back set) is labelled
1 when `golden.found_by` matches it to a gold event (right type, right countries), else
0; an L2-regularised logistic regression is fitted on `events.confidence.features`, its
strength chosen by cross-validation over files (a file's events never sit on both sides
of a fold). Pure numpy, full-batch Newton steps: the set is a few hundred rows.

The same out-of-fold probabilities choose the keep-or-drop threshold: on a coarse grid,
the cut whose kept events score the best golden F1 (`score_golden`, exactly as `belli eval
golden` counts), stored beside the weights. The events are collected with no cut at all,
or the model would learn from its own threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from belli.errors import InputError
from belli.eval.golden import (
    GoldenFile,
    found_by,
    golden_dir,
    load_golden,
    locate,
    read_article,
    score_golden,
)
from belli.events.confidence import FEATURES, WEIGHTS_PATH, ConfidenceModel, features
from belli.records import Analysis, Event

if TYPE_CHECKING:
    from belli.settings import Settings

__all__ = ["Cut", "Example", "Reading", "best_cut", "cross_validate", "cut_at", "fit",
           "label_events", "main", "training_dir", "training_settings"]

STRENGTHS = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
FOLDS = 5
# the thresholds tried: coarse, so the cut cannot chase a handful of events
GRID = tuple(round(0.05 * i, 2) for i in range(13))


@dataclass(frozen=True, slots=True)
class Example:
    file: str
    event: Event
    label: int


@dataclass(frozen=True, slots=True)
class Reading:
    """A golden file and belli's analysis of its article, every event kept."""

    golden: GoldenFile
    analysis: Analysis

    def examples(self) -> list[Example]:
        return label_events(self.golden, self.analysis.events, self.analysis.article.text)


@dataclass(frozen=True, slots=True)
class Cut:
    """Golden precision and recall when events below `threshold` are dropped."""

    threshold: float
    precision: float
    recall: float
    kept: int

    @property
    def f1(self) -> float:
        both = self.precision + self.recall
        return 2 * self.precision * self.recall / both if both else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"threshold": self.threshold, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4), "kept": self.kept}


def label_events(golden: GoldenFile, events: Sequence[Event], text: str) -> list[Example]:
    """Each belli event labelled 1 when some gold event of the file is found by it."""
    spans = {g.index: [s for q in g.quotes if (s := locate(text, q)) is not None]
             for g in golden.events}
    return [Example(golden.name, e, int(any(found_by(g, e, spans[g.index]) for g in golden.events)))
            for e in events]


def collect(pipeline: Any, folder: Path) -> list[Reading]:
    """belli's reading of every development golden file whose article is present."""
    out: list[Reading] = []
    for golden in load_golden(folder):
        article = read_article(golden.article, pipeline.settings)
        if article is None:
            continue
        (result,) = pipeline.process_batch([article])
        if isinstance(result, Analysis):
            out.append(Reading(golden, result.replace(parse=None)))  # the parse is large
    return out


def cut_at(readings: Sequence[Reading], probabilities: Sequence[Sequence[float]],
           threshold: float) -> Cut:
    """Golden precision and recall of the events whose probability (one sequence per
    reading, in its events' order) is at least the threshold."""
    items = [(r.golden, r.analysis.replace(events=tuple(
        e for e, p in zip(r.analysis.events, ps, strict=True) if round(p, 3) >= threshold)))
        for r, ps in zip(readings, probabilities, strict=True)]
    metrics, _ = score_golden(items)
    value = {m.name: m.value for m in metrics}
    return Cut(threshold, value["golden.events.all.precision"] or 0.0,
               value["golden.events.all.recall"] or 0.0,
               sum(len(a.events) for _, a in items if a is not None))


def best_cut(cuts: Sequence[Cut]) -> Cut:
    """The cut of the best F1; of equal ones the lowest, which drops the fewest events."""
    return max(cuts, key=lambda c: (round(c.f1, 6), -c.threshold))


def _per_reading(readings: Sequence[Reading], p: np.ndarray) -> list[list[float]]:
    """The examples' probabilities split back into one list per reading."""
    ends = np.cumsum([len(r.analysis.events) for r in readings])
    return [list(part) for part in np.split(p, ends[:-1])]


def _matrix(examples: Sequence[Example]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[features(e.event).get(name, 0.0) for name in FEATURES] for e in examples],
                 dtype=float).reshape(len(examples), len(FEATURES))
    return x, np.array([e.label for e in examples], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, strength: float, steps: int = 50) -> tuple[float, np.ndarray]:
    """Bias and weights minimising log loss + strength/2 * |w|^2 (the bias is not shrunk)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    shrink = np.full(xb.shape[1], strength)
    shrink[0] = 1e-6
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        gradient = xb.T @ (p - y) + shrink * w
        hessian = (xb.T * (p * (1 - p))) @ xb + np.diag(shrink)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), w[1:]


def _predict(bias: float, weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(bias + x @ weights)))


def auc(y: np.ndarray, p: np.ndarray) -> float:
    """The chance that a right event scores above a wrong one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    above = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(above / (len(pos) * len(neg)))


def brier(y: np.ndarray, p: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def _folds(examples: Sequence[Example], k: int) -> np.ndarray:
    """Each example's fold: whole files, dealt round-robin in name order."""
    files = sorted({e.file for e in examples})
    fold_of = {name: i % k for i, name in enumerate(files)}
    return np.array([fold_of[e.file] for e in examples])


def cross_validate(examples: Sequence[Example], strength: float, k: int = FOLDS) -> np.ndarray:
    """Out-of-fold probabilities, one per example, with folds over files."""
    x, y = _matrix(examples)
    folds = _folds(examples, k)
    out = np.zeros(len(y))
    for fold in range(k):
        held = folds == fold
        bias, weights = fit(x[~held], y[~held], strength)
        out[held] = _predict(bias, weights, x[held])
    return out


def train(readings: Sequence[Reading]) -> tuple[ConfidenceModel, dict[str, Any]]:
    """The model at the strength with the best cross-validated log loss, its threshold
    chosen on the same out-of-fold probabilities, and the figures."""
    examples = [x for r in readings for x in r.examples()]
    _, y = _matrix(examples)
    oof = {s: np.clip(cross_validate(examples, s), 1e-6, 1 - 1e-6) for s in STRENGTHS}
    scores = {s: (float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), auc(y, p), brier(y, p))
              for s, p in oof.items()}
    best = min(scores, key=lambda s: scores[s][0])
    cuts = [cut_at(readings, _per_reading(readings, oof[best]), t) for t in GRID]
    chosen = best_cut(cuts)
    bias, weights = fit(*_matrix(examples), best)
    model = ConfidenceModel(round(bias, 4), {n: round(float(w), 4)
                                             for n, w in zip(FEATURES, weights, strict=True)},
                            chosen.threshold)
    figures = {"events": len(y), "right": int(y.sum()), "files": len({e.file for e in examples}),
               "l2": best, "cv_folds": FOLDS, "cv_log_loss": round(scores[best][0], 4),
               "cv_auc": round(scores[best][1], 4), "cv_brier": round(scores[best][2], 4),
               "threshold_grid": [GRID[0], GRID[-1], round(GRID[1] - GRID[0], 2)],
               "cv_golden_at_0": cuts[0].to_dict(), "cv_golden_at_threshold": chosen.to_dict()}
    return model, figures


def training_dir(explicit: str | None = None) -> Path:
    """The golden folder to train on; the held-back set is never one (it scores us after)."""
    folder = golden_dir(explicit)
    if "heldout" in folder.resolve().parts:
        raise InputError(f"refusing to train confidence on held-back golden files: {folder}",
                         hint="train on the development set (tests/articles/events)")
    return folder


def training_settings() -> Settings:
    """The settings training runs with: every event kept, whatever the environment says."""
    from belli.settings import Settings

    return Settings.load(db_path=":memory:", workers=1, min_confidence=0.0)


def main(argv: Sequence[str] | None = None) -> None:
    from belli.pipeline import build_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--golden", help="golden folder (default tests/articles/events)")
    parser.add_argument("--out", default=str(WEIGHTS_PATH), help="weights file to write")
    args = parser.parse_args(argv)
    try:
        folder = training_dir(args.golden)
    except InputError as exc:
        raise SystemExit(f"error: {exc}") from exc  # one line, not a traceback
    pipeline = build_pipeline(training_settings())
    model, figures = train(collect(pipeline, folder))
    Path(args.out).write_text(json.dumps(model.to_dict(figures), indent=1) + "\n", "utf-8")
    sys.stdout.write(json.dumps(figures) + "\n")


if __name__ == "__main__":
    main()
