"""The Spark job gives the local pipeline's records: same documents, mentions, events,
relations and claims, ids and all, in the store's own columns, partitioned by input file
and publication month."""

from __future__ import annotations

from pathlib import Path

import pytest
from spark_fixtures import DEMO

from belli import api
from belli.settings import Settings
from belli.spark import import_parquet
from belli.spark.tables import PARTITIONS, TABLES
from belli.store import Store
from belli.store.export import contract_records
from belli.store.schema import TABLE_BY_NAME

ds = pytest.importorskip("pyarrow.dataset", reason="pyarrow is not installed (the spark extra)")


def imported_records(out: Path, db: Path) -> list[dict]:
    with Store.open(db) as store:
        import_parquet(out, store)
        return list(contract_records(store.con))


def test_the_demo_corpus_gives_the_records_of_belli_extract(demo_run, tmp_path: Path) -> None:
    _, out = demo_run
    local = list(api.extract([str(DEMO)], Settings.load(db_path=":memory:", workers=1)))
    on_spark = imported_records(out, tmp_path / "spark.duckdb")
    assert [r["kind"] for r in local].count("failure") == 0
    assert on_spark == local


def test_the_records_are_not_trivial(demo_run) -> None:
    report, _ = demo_run
    assert report.documents == 21
    assert report.rows["events"] > 100 and report.rows["mentions"] > 1000
    assert report.failures == 0 and report.duplicates == 0


@pytest.mark.parametrize("table", TABLES)
def test_each_table_has_the_store_columns_and_two_partition_columns(demo_run, table) -> None:
    _, out = demo_run
    written = [c.name for c in TABLE_BY_NAME[table].written]
    if table == "failures":  # the demo corpus has none: no files, and nothing to check
        assert not list((out / table).glob("**/*.parquet"))
        return
    names = ds.dataset(out / table, format="parquet", partitioning="hive").schema.names
    assert names == [*written, *PARTITIONS]


def test_documents_are_partitioned_by_input_file_and_publication_month(demo_run) -> None:
    _, out = demo_run
    rows = ds.dataset(out / "documents", format="parquet", partitioning="hive").to_table(
        columns=["source", "published", *PARTITIONS]).to_pylist()
    for row in rows:
        assert row["source_file"].rsplit("-", 1)[0] == Path(row["source"]).name
        assert row["pub_month"] == (row["published"] or "unknown")[:7]
    assert {r["source_file"].rsplit("-", 1)[0] for r in rows} >= {"feed_2020-2023.jsonl"}
