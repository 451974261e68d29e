"""Reports as text tables and JSON, results files, error dumps, and the floors check.

A metric name reads group.row.column ("entities.overlap.Person.f1": group
entities.overlap, row Person, column f1), which is how the table lays it out. Every
cell shows its n.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import platform
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import belli
from belli.eval.metrics import Metric
from belli.eval.runner import Report

ROOT = Path(belli.__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "eval" / "results"
FLOORS_FILE = ROOT / "eval" / "floors.json"

# The figures each set is judged by: shown first, and the ones floors.json guards.
HEADLINES: dict[str, tuple[str, ...]] = {
    "re3d": ("entities.overlap.micro.f1", "entities.exact.micro.f1", "entities.overlap_named.micro.f1"),
    "meantime_en": ("entities.overlap.micro.f1", "entities.exact.micro.f1",
                    "dates.timex_date.value_accuracy", "dates.timex_date.span_recall"),
    "plover_gsr": ("actors.hand_marked.country", "actors.hand_marked.country_sector",
                   "actors.hand_marked.country_acting_only",
                   "events.type.accuracy", "events.type.macro_f1", "events.detection.f1",
                   "events.actors.matched_source.country", "events.actors.matched_target.country",
                   "events.actors.own.country", "events.actors.own.country_sector"),
    "petr2_gsr_validation": ("events.type.accuracy", "events.detection.f1",
                             "events.actors.source.country", "events.actors.target.country",
                             "events.records.pass_rate"),
    "petrarch2_unittest": ("events.type.accuracy", "events.detection.f1",
                           "events.records.pass_rate"),
    "muc4_dev": ("events.detection.f1", "events.type.accuracy", "events.roles.perpetrator",
                 "events.roles.target"),
    "muc4_train": ("events.detection.f1", "events.type.accuracy", "events.roles.perpetrator",
                   "events.roles.target"),
    "tempeval3_platinum": ("dates.timex_date.value_accuracy", "dates.timex_date.span_recall"),
    "geowebnews": ("places.toponyms.acc161", "places.toponyms.country", "places.toponyms.median_km"),
    "lgl": ("places.toponyms.acc161", "places.toponyms.country", "places.toponyms.median_km"),
    "golden": ("golden.events.all.recall", "golden.events.all.precision",
               "golden.events.all.type_recall"),
    "relations": ("relations.all.recall", "relations.all.precision"),
}


def _split(name: str) -> tuple[str, str, str]:
    group, row, column = name.rsplit(".", 2)
    return group, row, column


def _cell(m: Metric) -> str:
    if m.value is None:
        return f"— n={m.n}"
    shown = f"{m.value:.1f}" if m.name.endswith("_km") else f"{m.value:.3f}"
    return f"{shown} n={m.n}"


def render_table(report: Report) -> str:
    """The report as aligned text: headline figures first, then one table per group."""
    info = report.info
    lines = [f"{report.dataset}: {info.get('records')} records, {info.get('failed', 0)} failed, "
             f"pipeline {info.get('pipeline_s')} s" + (f" ({info['note']})" if info.get("note") else "")]
    by_name = {m.name: m for m in report.metrics}
    lines += [f"  * {name} = {_cell(by_name[name])}" for name in HEADLINES.get(report.dataset, ())
              if name in by_name]
    groups: dict[str, dict[str, dict[str, Metric]]] = {}
    for m in report.metrics:
        group, row, column = _split(m.name)
        groups.setdefault(group, {}).setdefault(row, {})[column] = m
    for group, rows in groups.items():
        columns = list(dict.fromkeys(c for cells in rows.values() for c in cells))
        width = max(len(group), max(len(r) for r in rows) + 2) + 1
        lines.append("")
        widths = {c: max(16, len(c) + 1) for c in columns}
        lines.append(group.ljust(width) + "".join(c.ljust(widths[c]) for c in columns))
        for row, cells in rows.items():
            lines.append(("  " + row).ljust(width) + "".join(
                (_cell(cells[c]) if c in cells else "").ljust(widths[c]) for c in columns
            ))
    return "\n".join(lines)


def report_dict(report: Report) -> dict[str, Any]:
    by_name = {m.name: m for m in report.metrics}
    return {
        "dataset": report.dataset,
        "info": report.info,
        "headline": {n: by_name[n].to_dict() for n in HEADLINES.get(report.dataset, ()) if n in by_name},
        "metrics": {m.name: m.to_dict() for m in report.metrics},
    }


def machine() -> dict[str, Any]:
    """Where a figure was measured: cores, memory, Python, platform."""
    try:
        ram_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        ram_gb = None
    return {
        "cores": os.cpu_count(),
        "ram_gb": None if ram_gb is None else round(ram_gb, 1),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "processor": platform.machine(),
    }


def write_results(report: Report, model: Mapping[str, Any], folder: Path = RESULTS_DIR) -> Path:
    """eval/results/<dataset>.json: the figures, with what and where they were measured."""
    folder.mkdir(parents=True, exist_ok=True)
    payload = {
        **report_dict(report),
        "belli_version": belli.__version__,
        "model": dict(model),
        "date": dt.date.today().isoformat(),
        "machine": machine(),
    }
    path = folder / f"{report.dataset}.json"
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def write_errors(reports: Iterable[Report], path: Path) -> int:
    """One JSON line per error (gold vs predicted, with a text snippet); returns the count."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for report in reports:
            for error in report.errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
                count += 1
    return count


def proposed_floor(value: float) -> float:
    """Today's figure rounded down a little: two decimals, less one point, never below 0."""
    return max(0.0, math.floor(value * 100) / 100 - 0.01)


def guarded(report: Report) -> dict[str, float]:
    """Proposed floors for a report's headline figures that have a value and where
    higher is better (a median error in km is not floored)."""
    by_name = {m.name: m for m in report.metrics}
    return {
        name: round(proposed_floor(by_name[name].value or 0.0), 2)
        for name in HEADLINES.get(report.dataset, ())
        if name in by_name and by_name[name].value is not None and not name.endswith("_km")
    }


def load_floors(path: Path = FLOORS_FILE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data["datasets"]


def below_floor(report: Report, floors: Mapping[str, float]) -> list[str]:
    """Each guarded metric of the report that fell below its floor, as a readable line."""
    failures = []
    for name, floor in floors.items():
        value = report.metric(name).value
        if value is None or value < floor:
            failures.append(f"{report.dataset} {name} = {value} < floor {floor}")
    return failures
