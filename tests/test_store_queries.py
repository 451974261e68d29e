"""Queries and exports over a small store built by hand (no model)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from test_store_writer import TEXTS, analysed

from belli.errors import NotFoundError, StoreError
from belli.records import Failure
from belli.store import Store
from belli.store.schema import TABLES

PUBLISHED = ["2020-11-10", "2021-06-15", None]
LANGUAGES = ["en", "en", "ru"]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    batch = [
        analysed(text, published=published, language=lang, title=f"Story {i}",
                 source=f"/corpus/{i}.txt")
        for i, (text, published, lang) in enumerate(zip(TEXTS, PUBLISHED, LANGUAGES))
    ]
    with Store.open(tmp_path / "belli.duckdb") as opened:
        opened.write(batch)
        opened.write([Failure(None, "ingest", "no such file", "/corpus/missing.txt")])
        yield opened


def test_docs_lists_documents_in_the_order_they_were_stored(store: Store) -> None:
    store.write([analysed("Pakistan joined the drills in Baku.", title="Story 3")])
    rows = store.docs()
    assert [d.title for d in rows] == ["Story 0", "Story 1", "Story 2", "Story 3"]
    assert all((d.sentences, d.mentions, d.events) == (1, 1, 0) for d in rows)


@pytest.mark.parametrize("language, expected", [("en", 2), ("ru", 1), ("hy", 0)])
def test_docs_filters_by_language(store: Store, language: str, expected: int) -> None:
    assert len(store.docs(language=language)) == expected


def test_docs_pages_with_limit_and_offset(store: Store) -> None:
    everything = [d.doc_id for d in store.docs()]
    assert [d.doc_id for d in store.docs(limit=2)] == everything[:2]
    assert [d.doc_id for d in store.docs(limit=2, offset=2)] == everything[2:]


def test_show_takes_a_unique_prefix_of_an_id(store: Store) -> None:
    doc = store.docs()[0]
    assert store.show(doc.doc_id[:6]).doc_id == doc.doc_id


@pytest.mark.parametrize("doc_id, message", [
    ("ffffffffffffffff", "no stored document has id"),
    ("", "no stored document has id"),
])
def test_show_of_an_unknown_id_says_how_to_find_ids(store: Store, doc_id: str,
                                                    message: str) -> None:
    with pytest.raises(NotFoundError, match=message) as err:
        store.show(doc_id)
    assert "belli docs" in str(err.value)


def test_stats_counts_every_kind_language_dates_and_failures(store: Store) -> None:
    stats = store.stats()
    assert stats.counts == {"documents": 3, "sentences": 3, "mentions": 3, "events": 0,
                            "relations": 0, "claims": 0, "failures": 1,
                            "canonical_events": 0, "event_links": 0}
    assert stats.languages == {"en": 2, "ru": 1}
    assert (stats.published_min, stats.published_max) == ("2020-11-10", "2021-06-15")
    assert stats.failures_by_stage == {"ingest": 1}
    assert json.loads(json.dumps(stats.to_dict()))["counts"]["documents"] == 3


def test_jsonl_export_is_the_contract_records_documents_first(store: Store) -> None:
    out = io.StringIO()
    report = store.export("jsonl", out)
    header, *records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert header["kind"] == "export"  # the versions, then the records
    assert report.records == len(records) == 3 * 2 + 1
    assert [r["kind"] for r in records[:2]] == ["document", "mention"]
    assert records[-1] == {"kind": "failure", "doc_id": None, "stage": "ingest",
                           "message": "no such file", "source": "/corpus/missing.txt"}


def test_csv_export_writes_one_file_per_table_with_nested_fields_as_json(
    store: Store, tmp_path: Path
) -> None:
    report = store.export("csv", tmp_path / "out")
    assert sorted(p.name for p in report.files) == sorted(f"{t.name}.csv" for t in TABLES)
    with (tmp_path / "out" / "mentions.csv").open(newline="", encoding="utf-8") as f:
        (row, *_rest) = list(csv.DictReader(f))
    assert json.loads(row["actors"])[0]["country"] == "RUS"
    assert json.loads(row["place"])["variants"] == ["Shusha", "Shushi"]


def test_csv_export_of_one_table_writes_one_file(store: Store, tmp_path: Path) -> None:
    report = store.export("csv", tmp_path / "docs.csv", table="documents")
    assert report.files == (tmp_path / "docs.csv",)
    assert report.records == 3


def test_parquet_export_keeps_nested_types_queryable(store: Store, tmp_path: Path) -> None:
    store.export("parquet", tmp_path / "pq")
    con = duckdb.connect()
    countries = con.execute(
        f"SELECT actors[1].country FROM '{tmp_path / 'pq' / 'mentions.parquet'}'"
    ).fetchall()
    assert countries == [("RUS",)] * 3
    for table in TABLES:
        n = con.execute(f"SELECT count(*) FROM '{tmp_path / 'pq' / table.name}.parquet'")
        assert n.fetchone()[0] == store.stats().counts[table.name]


@pytest.mark.parametrize("fmt, table, message", [
    ("xml", None, "unknown export format"),
    ("csv", "people", "no table named 'people'"),
    ("jsonl", "documents", "--table works with csv and parquet"),
])
def test_export_refuses_unknown_formats_and_tables(store: Store, tmp_path: Path, fmt: str,
                                                   table: str | None, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.export(fmt, tmp_path / "x", table=table)


def test_stats_ranks_acting_actors_and_leaves_location_readings_out(tmp_path: Path) -> None:
    from belli.records import Actor, Analysis, Article, Mention

    text = "Baku sent troops. Ankara agreed. Baku said it would talk in Ankara."
    article = Article.from_text(text)

    def mention(start: int, end: int, *actors: Actor) -> Mention:
        return Mention(article.doc_id, start, end, text[start:end], "GPE", actors=actors)

    aze, tur = Actor("Baku", "Azerbaijan", "AZE", "GOV"), Actor("Ankara", "Turkey", "TUR", "GOV")
    located = Actor("Ankara", "Turkey", "TUR", None, reason="location, not actor")
    analysis = Analysis(article, mentions=(
        mention(0, 4, aze), mention(18, 24, tur), mention(33, 37, aze), mention(60, 66, located),
    ))
    with Store.open(tmp_path / "belli.duckdb") as opened:
        opened.write([analysis])
        assert opened.stats().top_actors == [("AZE", "GOV", 2), ("TUR", "GOV", 1)]
