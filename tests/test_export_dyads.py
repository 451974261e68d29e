"""The dyad-month series for early-warning models: which events count in which month,
the scores and counts of each pair, and the normalisation by documents published."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from analysis_fixtures import (
    ARM_GOV,
    ARM_MIL,
    AZE_GOV,
    AZE_MIL,
    TUR_GOV,
    api_client,
    spec,
    write_store,
)
from fastapi.testclient import TestClient

from belli import __version__
from belli.analysis.dyad_months import DYAD_MONTH_FIELDS, DyadMonth, dyad_months
from belli.store import EventFilter, Store
from belli.store.schema import SCHEMA_VERSION

DOCS = [
    ("Ararat Dispatch", "2022-09-14", [
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-09-13", score=-9.5),
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-W37", score=-9.0),
        spec("ACCUSE", [ARM_GOV], [AZE_GOV], date="2022-09-14"),
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-09-20", aux=("future",)),
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-09-13", negated=True,
             aux=("negated",)),
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022"),  # no month of its own
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-FA"),
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="PRESENT_REF"),  # names no period
    ]),
    ("Caspian Ledger", "2022-09-15", [
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-09-12", score=-8.5),
        spec("AGREE", [TUR_GOV, AZE_GOV], [], date="2022-10-03", reciprocal=True),
    ]),
    ("Caspian Ledger", "2022-09-28", []),
    ("Meridian Wire", "2022-09-30", []),
    ("Meridian Wire", "2022-10-04", [
        spec("AGREE", [AZE_GOV], [ARM_GOV], date="2022-10-03"),
        spec("MOBILIZE", [AZE_MIL], [ARM_MIL], date="2020-09-27"),  # told long after
    ]),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("dyads") / "belli.duckdb", DOCS)


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store.open(store_path, read_only=True) as opened:
        yield opened


def _series(store: Store, where: EventFilter | None = None) -> dict[tuple[str, str, str],
                                                                    DyadMonth]:
    return {(r.source, r.target, r.month): r for r in dyad_months(store.con, where)}


def test_a_dyad_month_gathers_the_events_that_happened_then(store: Store) -> None:
    clash = _series(store)[("AZE MIL", "ARM MIL", "2022-09-01")]
    # a day and a week of September from two outlets; not the future, negated, year- or
    # season-dated ones, nor one whose date names no period
    assert (clash.events, clash.mean_score, clash.min_score, clash.max_score) == (
        3, -9.0, -9.5, -8.5)


def test_conflict_and_cooperation_events_are_counted_apart(store: Store) -> None:
    series = _series(store)
    clash = series[("AZE MIL", "ARM MIL", "2022-09-01")]
    accusation = series[("ARM GOV", "AZE GOV", "2022-09-01")]
    talks = series[("AZE GOV", "ARM GOV", "2022-10-01")]
    assert (clash.conflict_events, clash.cooperation_events) == (3, 0)
    assert (accusation.conflict_events, accusation.cooperation_events) == (1, 0)
    assert (talks.conflict_events, talks.cooperation_events) == (0, 1)


def test_events_are_set_against_the_documents_published_that_month(store: Store) -> None:
    series = _series(store)
    september = series[("AZE MIL", "ARM MIL", "2022-09-01")]
    october = series[("AZE GOV", "ARM GOV", "2022-10-01")]
    assert (september.documents, september.events_per_100_documents) == (4, 75.0)
    assert (october.documents, october.events_per_100_documents) == (1, 100.0)


def test_a_month_nothing_was_published_in_has_no_rate(store: Store) -> None:
    old = _series(store)[("AZE MIL", "ARM MIL", "2020-09-01")]
    assert (old.events, old.documents, old.events_per_100_documents) == (1, 0, None)


def test_a_reciprocal_event_pairs_its_actors_once_smaller_first(store: Store) -> None:
    series = _series(store)
    assert series[("AZE GOV", "TUR GOV", "2022-10-01")].events == 1
    assert ("TUR GOV", "AZE GOV", "2022-10-01") not in series


def test_the_outlet_filter_narrows_events_and_documents_alike(store: Store) -> None:
    series = _series(store, EventFilter(outlet="ararat"))
    clash = series[("AZE MIL", "ARM MIL", "2022-09-01")]
    assert (clash.events, clash.documents, clash.events_per_100_documents) == (2, 1, 200.0)
    assert ("AZE GOV", "ARM GOV", "2022-10-01") not in series


def test_rows_come_by_source_target_and_month(store: Store) -> None:
    keys = [(r.source, r.target, r.month) for r in dyad_months(store.con)]
    assert keys == sorted(keys)


def test_export_writes_the_series_to_one_csv(store: Store, tmp_path: Path) -> None:
    report = store.export("dyads", tmp_path / "series")
    path = tmp_path / "series" / "dyad-months.csv"
    assert report.files == (path,)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert list(rows[0]) == list(DYAD_MONTH_FIELDS)
    assert report.records == len(rows) == len(_series(store))
    old = next(r for r in rows if r["month"] == "2020-09-01")
    assert old["events_per_100_documents"] == ""


def test_export_writes_its_versions_and_row_count_beside_the_csv(
        store: Store, tmp_path: Path) -> None:
    report = store.export("dyads", tmp_path / "series.csv")
    manifest = json.loads((tmp_path / "series.csv.manifest.json").read_text(encoding="utf-8"))
    assert manifest["kind"] == "export" and manifest["belli_version"] == __version__
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["rows"] == {"dyads": report.records}


@pytest.fixture
def client(store_path: Path) -> Iterator[TestClient]:
    yield from api_client(store_path)


def test_api_gives_the_series_as_csv_with_the_event_filters(client: TestClient) -> None:
    response = client.get("/api/export/dyads.csv", params={"dyad": "AZE,ARM"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {(r["source"], r["target"], r["month"]) for r in rows} == {
        ("AZE MIL", "ARM MIL", "2022-09-01"), ("AZE MIL", "ARM MIL", "2020-09-01"),
        ("AZE GOV", "ARM GOV", "2022-10-01")}
