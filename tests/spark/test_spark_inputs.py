"""WARC (CC-NEWS), JSON Lines and Parquet inputs in one run: each article reads as
`belli ingest` reads it (same doc_id, title, date), and a bad line costs one failure
row."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from spark_fixtures import DEMO

from belli.ingest import read_sources
from belli.ingest.readers.jsonl import article_from_record
from belli.records import Article
from belli.spark import SparkJob, run_job

ds = pytest.importorskip("pyarrow.dataset", reason="pyarrow is not installed (the spark extra)")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

HTML = sorted((DEMO / "html").glob("*.html"))[:2]
ROWS = [json.loads(line) for line in (DEMO / "jsonl" / "feed_2020-2023.jsonl").open()]


def write_warc(path: Path) -> Path:
    """A CC-NEWS-like archive: two HTML responses and an image, which is skipped."""
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    with path.open("wb") as handle:
        writer = warcio.warcwriter.WARCWriter(handle, gzip=True)
        pages = [(f"https://news.example/{p.stem}", p.read_bytes(), "text/html") for p in HTML]
        for uri, payload, kind in [*pages, ("https://news.example/a.png", b"\x89PNG", "image/png")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2023-05-19T02:03:04Z"}))
    return path


def write_parquet(path: Path) -> Path:
    """Two feed rows as Parquet, the date as a real timestamp column."""
    rows = ROWS[:2]
    table = pa.table({
        "text": [r["text"] for r in rows], "title": [r["title"] for r in rows],
        "published": [datetime.fromisoformat(r["published"]) for r in rows],
    })
    pq.write_table(table, path)
    return path


@pytest.fixture(scope="module")
def mixed(spark, settings, tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    inputs = folder / "in"
    inputs.mkdir()
    warc = write_warc(inputs / "CC-NEWS-20230519020304-00001.warc.gz")
    parquet = write_parquet(inputs / "feed.parquet")
    lines = [json.dumps(ROWS[2]), "{not json", json.dumps(ROWS[3])]
    (inputs / "feed.jsonl").write_text("\n".join(lines) + "\n")
    out = folder / "out"
    report = run_job(spark, SparkJob((str(inputs),), str(out), settings))
    return report, out, warc, parquet, inputs / "feed.jsonl"


def table(out: Path, name: str) -> list[dict]:
    return ds.dataset(out / name, format="parquet", partitioning="hive").to_table().to_pylist()


def test_warc_and_json_lines_read_as_belli_ingest_reads_them(mixed, settings) -> None:
    _, out, warc, _, jsonl = mixed
    local = [a for a in read_sources([str(warc), str(jsonl)], settings) if isinstance(a, Article)]
    documents = {d["doc_id"]: d for d in table(out, "documents")}
    assert len(local) == 4
    for article in local:
        assert documents[article.doc_id]["title"] == article.title
        assert documents[article.doc_id]["published"] == article.published
        assert documents[article.doc_id]["source"] == article.source


def test_parquet_rows_read_as_json_lines_rows(mixed) -> None:
    _, out, _, parquet, _ = mixed
    documents = {d["doc_id"]: d for d in table(out, "documents")}
    for row in ROWS[:2]:
        article = article_from_record(row)
        assert documents[article.doc_id]["title"] == row["title"]
        assert documents[article.doc_id]["source"] == str(parquet)
        assert documents[article.doc_id]["published"] == article.published


def test_a_bad_json_line_costs_one_failure_row(mixed) -> None:
    report, out, *_ = mixed
    failures = table(out, "failures")
    assert report.documents == 6
    assert [(f["stage"], f["source_file"][:-9]) for f in failures] == [("ingest", "feed.jsonl")]
    assert "feed.jsonl:2" in failures[0]["message"]
