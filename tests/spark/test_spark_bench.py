"""The 64-vCPU estimate of `belli bench --scale` is arithmetic on measured runs: each
factor can be checked by hand (docs/scale.md shows it for the published figures)."""

from __future__ import annotations

import pytest

from belli.spark.bench import ScaleReport, ScaleRun, estimate_efficiency, render, report_dict


def run(label: str, cores: int, articles: int, seconds: float, analyse: float) -> ScaleRun:
    phases = {"read": 2.0, "unique": 0.5, "analyse": analyse, "write": seconds - analyse - 2.5}
    return ScaleRun(label, cores, articles, cores, 32, seconds, phases)


REPORT = ScaleReport("voa", 280, (
    run("warm", 1, 280, 60.0, 48.0),
    run("warm", 1, 280, 70.0, 58.0),  # a slower round: the best one counts
    run("warm", 2, 280, 36.0, 26.0),
    run("warm, 2x corpus", 1, 560, 108.0, 96.0),
), task_overhead_s=0.02, model_load_s=2.0)


def test_the_estimate_multiplies_node_waves_and_serial_factors() -> None:
    est = estimate_efficiency(REPORT, vcpus=64, articles=12_000_000, files=400)
    assert est.core_s_per_article == pytest.approx(48 / 280)  # (108 - 60) / (560 - 280)
    assert est.fixed_s == pytest.approx(60 - 48 + 2)  # T(N) - N x marginal + a model load
    assert est.node == pytest.approx(48 / (26 * 2))
    stage_a = 1 - (2 / 60) * (1 - 6.25 / 7)  # 400 files: 6.25 waves of 64, run as 7
    stage_b = 1 - (48 / 60) * (1 - 93.75 / 94)  # 6,000 chunks of 2,000
    assert est.waves == pytest.approx(stage_a * stage_b)
    wall = 12_000_000 * 48 / 280 / 64
    assert est.serial == pytest.approx(wall / (wall + 14))
    assert est.efficiency == pytest.approx(est.node * est.waves * est.serial)


def test_the_report_renders_every_run_and_the_estimate() -> None:
    text = render(REPORT)
    assert len([line for line in text.splitlines() if line.startswith("warm")]) == 4
    assert "estimated efficiency at 64 vCPUs" in text
    assert report_dict(REPORT)["efficiency_64"] == round(estimate_efficiency(REPORT).efficiency, 3)


def test_where_cpu_time_was_measured_the_node_factor_comes_from_it() -> None:
    cpu_runs = (ScaleRun("warm", 1, 280, 1, 32, 60.0, {"analyse": 48.0}, cpu_s=56.0),
                ScaleRun("warm", 2, 280, 2, 32, 45.0, {"analyse": 40.0}, cpu_s=60.0))
    report = ScaleReport("voa", 280, cpu_runs, task_overhead_s=0.02, model_load_s=2.0)
    assert estimate_efficiency(report).node == pytest.approx(56 / 60)
