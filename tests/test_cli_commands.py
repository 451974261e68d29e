"""The store commands end to end, in process: ingest, docs, show, export, stats, extract."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest

from belli.cli import run

pytestmark = pytest.mark.model

ARTICLES = {
    "ceasefire.txt": "Azerbaijan and Armenia agreed to a ceasefire in Moscow on 10 November 2020. "
                     "Russian peacekeepers deployed to Nagorno-Karabakh the next day.\n",
    "shusha.txt": "Ilham Aliyev and Recep Tayyip Erdogan signed the Shusha Declaration "
                  "in June 2021.\n",
    "drills.txt": "Turkey, Azerbaijan and Pakistan held joint special forces drills near Baku "
                  "in September 2021.\n",
}
# Contract field names, from ../shared/design/ONTOLOGY.md ("The output contract").
DOCUMENT_FIELDS = {"kind", "doc_id", "title", "author", "publisher", "published",
                   "published_inferred", "url", "language", "text"}
MENTION_FIELDS = {"kind", "doc_id", "start", "end", "text", "label", "actor", "place", "date"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def db(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "belli.duckdb")
    assert run(["--db", path, "ingest", str(corpus)]) == 0
    capsys.readouterr()
    return path


def test_ingesting_the_same_folder_twice_stores_nothing_new(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "twice.duckdb")
    assert run(["--db", db, "ingest", str(corpus)]) == 0
    first = capsys.readouterr()
    assert run(["--db", db, "ingest", str(corpus)]) == 0
    second = capsys.readouterr()
    assert (first.out, second.out) == ("", "")  # data only on stdout, and ingest has none
    assert "belli: 3 stored, 0 already stored, 0 failed" in first.err
    assert "belli: 0 stored, 3 already stored, 0 failed" in second.err
    counts = duckdb.connect(db, read_only=True).execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions)"
    ).fetchone()
    assert counts[0] == 3 and counts[1] > 0


def test_extract_emits_document_then_mention_records_with_contract_names(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["extract", str(corpus / "ceasefire.txt")]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    document, *others = records
    assert document["kind"] == "document" and DOCUMENT_FIELDS <= document.keys()
    mentions = [r for r in others if r["kind"] == "mention"]
    assert mentions and all(MENTION_FIELDS <= m.keys() for m in mentions)
    assert all(r["doc_id"] == document["doc_id"] for r in others)
    assert all(document["text"][m["start"]:m["end"]] == m["text"] for m in mentions)
    assert "Moscow" in {m["text"] for m in mentions}


def test_extract_reads_stdin(monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLES["shusha.txt"].encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert run(["extract", "-"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["kind"] == "document" and "Shusha Declaration" in first["text"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_docs_lists_every_document_in_each_format(
    db: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", db, "docs", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "jsonl":
        ids = [json.loads(line)["doc_id"] for line in out.splitlines()]
    elif fmt == "csv":
        ids = [row["doc_id"] for row in csv.DictReader(io.StringIO(out))]
    else:
        ids = [w for w in out.split() if len(w) == 16 and w.isalnum()]
    assert len(ids) == len(set(ids)) == 3


def test_show_gives_the_stored_records_of_one_document(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["--db", db, "docs", "--format", "jsonl"])
    doc_id = json.loads(capsys.readouterr().out.splitlines()[0])["doc_id"]
    assert run(["--db", db, "show", doc_id[:7]]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["kind"] == "document" and records[0]["doc_id"] == doc_id
    assert run(["--db", db, "show", doc_id, "--format", "table"]) == 0
    assert "mentions" in capsys.readouterr().out


def test_export_jsonl_is_what_extract_emits(
    db: str, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", db, "export", "--format", "jsonl"]) == 0
    header, *exported = capsys.readouterr().out.splitlines()
    assert json.loads(header)["kind"] == "export"  # the versions, then the records
    assert run(["extract", str(corpus)]) == 0
    extracted = capsys.readouterr().out.splitlines()
    assert sorted(exported) == sorted(extracted)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_tables_writes_one_file_per_table(
    db: str, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export"
    assert run(["--db", db, "export", "--format", fmt, "--out", str(out)]) == 0
    assert sorted(p.stem for p in out.iterdir()) == sorted(
        ["documents", "sentences", "mentions", "events", "relations", "claims", "failures",
         "canonical_events", "event_links", "manifest"])
    assert "exported" in capsys.readouterr().err
    n = duckdb.connect().execute(f"SELECT count(*) FROM '{out}/documents.{fmt}'").fetchone()
    assert n[0] == 3


def test_stats_as_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", db, "stats", "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["counts"]["documents"] == 3
    assert sum(stats["languages"].values()) == 3
