"""Scoring arithmetic shared by every evaluator: counts, P/R/F1, accuracy, distances.

Every figure is a `Metric` that carries the count it rests on (`n`), so a report can never
show a number without saying how much evidence is behind it. A metric whose denominator is
zero has `value=None` ("not measurable here"), never 0.0, so "no data" and "all wrong"
stay distinct.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Self

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Metric:
    """One figure: its name (group.row.column), value (None = no data) and count."""

    name: str
    value: float | None
    n: int

    def to_dict(self) -> dict[str, float | int | None]:
        value = None if self.value is None else round(self.value, 4)
        return {"value": value, "n": self.n}


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one class or of a pool."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Self:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # F1 from counts (2TP / (2TP+FP+FN)) stays defined when precision is undefined
        # (nothing predicted) but gold exists: it is then 0, which is the honest figure.
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def metrics(self, prefix: str) -> list[Metric]:
        """p, r and f1 under `prefix`; n = predicted for p, gold for r and f1."""
        gold = self.tp + self.fn
        return [
            Metric(f"{prefix}.p", self.precision, self.tp + self.fp),
            Metric(f"{prefix}.r", self.recall, gold),
            Metric(f"{prefix}.f1", self.f1, gold),
        ]


@dataclass(slots=True)
class Tally:
    """Right/total for an accuracy; `total` is the n the accuracy rests on."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def metric(self, name: str) -> Metric:
        return Metric(name, ratio(self.right, self.total), self.total)


@dataclass(slots=True)
class PerClass:
    """Counts per class, for per-type tables and micro/macro averages."""

    by_class: dict[str, Counts] = field(default_factory=dict)

    def get(self, name: str) -> Counts:
        return self.by_class.setdefault(name, Counts())

    def micro(self, classes: Iterable[str] | None = None) -> Counts:
        pooled = Counts()
        for name in self._chosen(classes):
            pooled += self.get(name)
        return pooled

    def macro_f1(self, name: str, classes: Iterable[str] | None = None) -> Metric:
        """Mean F1 over classes that occur in gold or predictions (n = number of classes)."""
        scores = [
            c.f1 for c in (self.get(n) for n in self._chosen(classes))
            if c.tp + c.fp + c.fn and c.f1 is not None
        ]
        return Metric(name, statistics.fmean(scores) if scores else None, len(scores))

    def _chosen(self, classes: Iterable[str] | None) -> list[str]:
        return sorted(self.by_class) if classes is None else list(classes)


def ratio(numerator: float, denominator: float) -> float | None:
    """numerator / denominator, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


def multiset_counts(gold: Iterable[str], pred: Iterable[str]) -> dict[str, Counts]:
    """Per-label TP/FP/FN of two bags of labels (one record): TP = the smaller count."""
    gold_bag: dict[str, int] = {}
    pred_bag: dict[str, int] = {}
    for label in gold:
        gold_bag[label] = gold_bag.get(label, 0) + 1
    for label in pred:
        pred_bag[label] = pred_bag.get(label, 0) + 1
    out: dict[str, Counts] = {}
    for label in gold_bag.keys() | pred_bag.keys():
        g, p = gold_bag.get(label, 0), pred_bag.get(label, 0)
        tp = min(g, p)
        out[label] = Counts(tp=tp, fp=p - tp, fn=g - tp)
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None
