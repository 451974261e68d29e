"""Re-running the job is idempotent: it overwrites the partitions it writes, adds no
duplicate, and leaves the partitions of inputs it did not read as they were. Importing
the result twice stores it once."""

from __future__ import annotations

from pathlib import Path

import pytest
from spark_fixtures import DEMO

from belli.spark import SparkJob, import_parquet, run_job
from belli.spark.tables import TABLES
from belli.store import Store

ds = pytest.importorskip("pyarrow.dataset", reason="pyarrow is not installed (the spark extra)")

# The primary key of each table's rows: a duplicate row repeats its key.
KEYS = {
    "documents": ("doc_id",), "sentences": ("doc_id", "seq"), "mentions": ("doc_id", "seq"),
    "events": ("doc_id", "event_id"), "relations": ("doc_id", "relation_id"),
    "claims": ("doc_id", "claim_id"), "failures": ("failure_id",),
}


def snapshot(out: Path) -> dict[str, list[tuple]]:
    """Every table's keys plus partition, sorted (an absent table: no rows)."""
    tables = {}
    for table in TABLES:
        if not list((out / table).glob("**/*.parquet")):
            tables[table] = []
            continue
        rows = ds.dataset(out / table, format="parquet", partitioning="hive").to_table(
            columns=[*KEYS[table], "source_file", "pub_month"]).to_pylist()
        tables[table] = sorted(tuple(map(str, row.values())) for row in rows)
    return tables


def test_a_rerun_overwrites_its_partitions_and_adds_no_duplicate(spark, settings, tmp_path):
    inputs = (str(DEMO / "jsonl"), str(DEMO / "text"))
    run_job(spark, SparkJob(inputs, str(tmp_path), settings))
    first = snapshot(tmp_path)
    run_job(spark, SparkJob(inputs, str(tmp_path), settings))
    again = snapshot(tmp_path)
    assert again == first
    for table, rows in again.items():
        assert len(rows) == len(set(rows)), f"duplicate rows in {table}"
    assert len(first["documents"]) == 14


def test_a_run_over_one_input_leaves_the_partitions_of_the_others(spark, settings, tmp_path):
    run_job(spark, SparkJob((str(DEMO / "jsonl"), str(DEMO / "text")), str(tmp_path), settings))
    before = snapshot(tmp_path)
    one = DEMO / "text" / "caspian_ledger_2020-11-10_ceasefire.txt"
    report = run_job(spark, SparkJob((str(one),), str(tmp_path), settings))
    assert report.documents == 1
    assert snapshot(tmp_path) == before


def test_importing_twice_stores_the_documents_once(demo_run, tmp_path: Path) -> None:
    report, out = demo_run
    with Store.open(tmp_path / "store.duckdb") as store:
        first = import_parquet(out, store)
        second = import_parquet(out, store)
        events = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert (first.stored, first.already_stored) == (report.documents, 0)
    assert (second.stored, second.already_stored) == (0, report.documents)
    assert events == report.rows["events"]
