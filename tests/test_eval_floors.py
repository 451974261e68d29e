"""Accuracy floors: the evaluations that take under a minute may not fall below eval/floors.json.

Raising a floor is a normal commit; lowering one needs a note in floors.json saying why.
The gold sets live in ../shared/eval: the model tests skip when it is absent.
"""

from __future__ import annotations

import pytest

from belli.eval.gold import DATASETS
from belli.eval.metrics import Metric
from belli.eval.report import HEADLINES, below_floor, load_floors, proposed_floor
from belli.eval.runner import Report, evaluate, score

FLOORS = load_floors()


def test_floors_name_known_sets_and_metrics_the_scorers_produce():
    for dataset, entry in FLOORS.items():
        assert dataset in DATASETS
        produced = {m.name for m in score(DATASETS[dataset], [])[0]}
        assert set(entry["floors"]) <= produced, dataset
        assert set(entry["floors"]) <= set(HEADLINES[dataset]), dataset


def test_a_metric_under_its_floor_or_without_data_fails():
    report = Report("re3d", [Metric("entities.overlap.micro.f1", 0.61, 1916),
                             Metric("entities.exact.micro.f1", None, 0)])
    assert below_floor(report, {"entities.overlap.micro.f1": 0.60}) == []
    assert below_floor(report, {"entities.overlap.micro.f1": 0.62}) == [
        "re3d entities.overlap.micro.f1 = 0.61 < floor 0.62"]
    assert len(below_floor(report, {"entities.exact.micro.f1": 0.0})) == 1


@pytest.mark.parametrize(("value", "floor"), [(0.635, 0.62), (0.731, 0.72), (0.004, 0.0), (1.0, 0.99)])
def test_floors_are_todays_figure_rounded_down_a_little(value, floor):
    assert proposed_floor(value) == pytest.approx(floor)


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.parametrize("dataset", sorted(FLOORS))
def test_headline_metrics_stay_above_their_floors(dataset, shared_dir, nlp_pipeline):
    entry = FLOORS[dataset]
    report = evaluate(dataset, nlp_pipeline, shared_dir / "eval", entry["limit"] or 0)
    assert below_floor(report, entry["floors"]) == []
