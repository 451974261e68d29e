"""Living data in the store: an edited article replaces its older version, deletions are
recorded, every row carries updated_at, changes since a moment, versioned exports."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from analysis_fixtures import ARM_MIL, AZE_MIL, event

from belli.errors import NotFoundError, QueryError
from belli.records import Analysis, Article, Sentence
from belli.store import Store
from belli.store.identity import identity_of, normal_url
from belli.store.living import parse_since

URL = "https://news.example.org/2021/clash"
FIRST = "Azerbaijani forces shelled Armenian positions near the border on Monday."
EDITED = "Azerbaijani forces shelled Armenian positions near the border on Monday night."


def story(text: str, **metadata: Any) -> Analysis:
    """An article with one sentence and one clash event, as the pipeline would give it."""
    article = Article.from_text(text, **metadata)
    return Analysis(
        article=article, sentences=(Sentence(article.doc_id, 0, 0, len(text), text),),
        events=(event("ASSAULT", [AZE_MIL], [ARM_MIL], doc_id=article.doc_id, sentence=text),))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "belli.duckdb") as opened:
        yield opened


def rows(store: Store, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    return store.con.execute(sql, params or []).fetchall()


def doc_ids(store: Store) -> list[str]:
    return [d.doc_id for d in store.docs()]


# --- identity ------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("https://News.Example.org/2021/clash/", "http://news.example.org/2021/clash"),
    ("https://news.example.org:443/a?utm_source=feed&id=4#top", "https://news.example.org/a?id=4"),
])
def test_urls_that_name_the_same_page_normalize_alike(a: str, b: str) -> None:
    assert normal_url(a) == normal_url(b)


@pytest.mark.parametrize("a, b", [
    ("https://news.example.org/a?id=4", "https://news.example.org/a?id=5"),
    ("https://news.example.org/a", "https://news.example.org:8080/a"),
    ("https://news.example.org/a", "https://example.org/a"),
])
def test_urls_of_different_pages_stay_apart(a: str, b: str) -> None:
    assert normal_url(a) != normal_url(b)


@pytest.mark.parametrize("metadata, expected", [
    ({"url": URL, "source": "feed.jsonl", "meta": {"id": 7}}, "url:news.example.org/2021/clash"),
    ({"source": "feed.jsonl", "meta": {"id": 7}}, "id:feed.jsonl#7"),
    ({"source": "corpus/clash.txt"}, "source:corpus/clash.txt"),
    ({"source": "corpus/clash.html.gz"}, "source:corpus/clash.html.gz"),
    ({"source": "feed.jsonl"}, ""),  # a row of many, with nothing of its own
    ({"source": "<stdin>"}, ""),
    ({"source": "api"}, ""),
    ({}, ""),
])
def test_identity_is_the_url_else_the_row_id_else_a_one_article_file(
        metadata: dict[str, Any], expected: str) -> None:
    assert identity_of(Article.from_text(FIRST, **metadata)) == expected


# --- replacing in place ---------------------------------------------------------------------

def test_an_edited_article_with_the_same_url_replaces_its_older_version(store: Store) -> None:
    old, new = story(FIRST, url=URL), story(EDITED, url=URL + "/")
    store.write([old])
    counts = store.write([new])
    assert (counts.stored, counts.replaced) == (1, 1)
    assert doc_ids(store) == [new.doc_id]
    assert rows(store, "SELECT DISTINCT doc_id FROM events") == [(new.doc_id,)]
    assert rows(store, "SELECT doc_id, reason, replaced_by FROM deletions") == [
        (old.doc_id, "replaced", new.doc_id)]


def test_an_edited_json_row_with_the_same_id_replaces_its_older_version(store: Store) -> None:
    old = story(FIRST, source="feed.jsonl", meta={"id": "clash-1"})
    other = story("Turkey and Azerbaijan held joint drills near Baku.", source="feed.jsonl",
                  meta={"id": "drills-2"})
    store.write([old, other])
    new = story(EDITED, source="feed.jsonl", meta={"id": "clash-1"})
    store.write([new])
    assert sorted(doc_ids(store)) == sorted([other.doc_id, new.doc_id])


def test_articles_with_no_identity_are_never_replaced(store: Store) -> None:
    first, second = story(FIRST, source="feed.jsonl"), story(EDITED, source="feed.jsonl")
    store.write([first])
    assert store.write([second]).replaced == 0
    assert sorted(doc_ids(store)) == sorted([first.doc_id, second.doc_id])


def test_an_unchanged_article_is_skipped_and_replaces_nothing(store: Store) -> None:
    store.write([story(FIRST, url=URL)])
    counts = store.write([story(FIRST, url=URL)])
    assert (counts.stored, counts.already_stored, counts.replaced) == (0, 1, 0)
    assert rows(store, "SELECT count(*) FROM deletions") == [(0,)]


def test_of_two_versions_in_one_batch_the_later_is_stored(store: Store) -> None:
    old, new = story(FIRST, url=URL), story(EDITED, url=URL)
    counts = store.write([old, new])
    assert (counts.stored, counts.replaced) == (1, 1)
    assert doc_ids(store) == [new.doc_id]


# --- deleting ---------------------------------------------------------------------------------

def test_deleting_a_document_removes_its_records_and_feeds_the_deletions(store: Store) -> None:
    kept, gone = story(FIRST, url=URL), story(EDITED)
    store.write([kept, gone])
    deletion = store.delete(gone.doc_id)
    assert (deletion.reason, deletion.removed) == (
        "deleted", {"documents": 1, "sentences": 1, "events": 1})
    assert doc_ids(store) == [kept.doc_id]
    assert rows(store, "SELECT count(*) FROM events WHERE doc_id = ?", [gone.doc_id]) == [(0,)]


@pytest.mark.parametrize("doc_id", ["ffffffffffffffff", ""])
def test_deleting_an_unknown_id_is_a_one_line_error(store: Store, doc_id: str) -> None:
    store.write([story(FIRST)])
    with pytest.raises(NotFoundError, match="no stored document has id") as err:
        store.delete(doc_id)
    assert "\n" not in str(err.value)
    assert len(doc_ids(store)) == 1


# --- updated_at and since -----------------------------------------------------------------------

@pytest.mark.parametrize("table", ["documents", "sentences", "mentions", "events",
                                   "relations", "claims", "canonical_events"])
def test_every_record_table_has_updated_at(store: Store, table: str) -> None:
    columns = {r[0] for r in rows(store, "SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = ?", [table])}
    assert "updated_at" in columns


def test_changes_since_give_documents_written_and_removed_after_it(store: Store) -> None:
    old, other = story(FIRST, url=URL), story("Armenia recalled its ambassador from Baku.")
    store.write([old, other])
    mark = store.changes(None).as_of
    time.sleep(0.01)
    new = story(EDITED, url=URL)
    store.write([new])
    changes = store.changes(mark)
    assert changes.doc_ids == (new.doc_id,)
    assert [(d.doc_id, d.reason) for d in changes.deletions] == [(old.doc_id, "replaced")]
    assert store.changes(changes.as_of).doc_ids == ()
    assert len(store.changes(None).doc_ids) == 2


@pytest.mark.parametrize("text", ["2021-06-15", "2021-06-15T12:00:00Z", "2021-06-15T14:00:00+02:00"])
def test_since_takes_iso_dates_and_times_in_utc(text: str) -> None:
    assert parse_since(text).isoformat().startswith("2021-06-15")
    assert parse_since(text).tzinfo is None


@pytest.mark.parametrize("text", ["yesterday", "15/06/2021", "", "2021-13-01"])
def test_a_bad_since_is_a_one_line_error(text: str) -> None:
    with pytest.raises(QueryError, match="since must be an ISO 8601 time") as err:
        parse_since(text)
    assert "\n" not in str(err.value)


def test_relinking_keeps_updated_at_of_canonical_events_it_did_not_change(store: Store) -> None:
    from belli.analysis.canonical import link_store

    first, second = story(FIRST, url=URL), story("Russia sent peacekeepers to Lachin.")
    store.write([first, second])
    link_store(store.con)
    before = dict(rows(store, "SELECT canonical_id, updated_at FROM canonical_events"))
    time.sleep(0.01)
    store.write([story(EDITED, url=URL)])  # first is replaced: its canonical event changes
    link_store(store.con)
    after = dict(rows(store, "SELECT canonical_id, updated_at FROM canonical_events"))
    unchanged = [c for c in after if c in before and after[c] == before[c]]
    assert len(unchanged) == 1 and len(after) == 2


# --- versioned exports ----------------------------------------------------------------------------

def jsonl(store: Store, since: str | None = None) -> list[dict[str, Any]]:
    out = io.StringIO()
    store.export("jsonl", out, since=since)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_jsonl_export_starts_with_its_versions(store: Store) -> None:
    store.write([story(FIRST)])
    header, *records = jsonl(store)
    assert header["kind"] == "export" and header["schema_version"] >= 2
    assert header["belli_version"] and header["exported_at"].endswith("Z")
    assert header["since"] is None
    assert header["as_of"] == store.changes(None).as_of  # the next export's since
    assert [r["kind"] for r in records] == ["document", "event"]


def test_a_jsonl_export_since_holds_the_changed_documents_and_the_deletions(
        store: Store) -> None:
    old = story(FIRST, url=URL)
    store.write([old, story("Armenia recalled its ambassador from Baku.")])
    mark = jsonl(store)[0]["as_of"]
    time.sleep(0.01)
    new = story(EDITED, url=URL)
    store.write([new])
    header, *records = jsonl(store, since=mark)
    assert header["since"] == mark
    assert [(r["kind"], r["doc_id"]) for r in records] == [
        ("document", new.doc_id), ("event", new.doc_id), ("deletion", old.doc_id)]


def test_a_csv_export_writes_a_manifest_and_since_the_deletions(
        store: Store, tmp_path: Path) -> None:
    old = story(FIRST, url=URL)
    store.write([old])
    mark = store.changes(None).as_of
    time.sleep(0.01)
    store.write([story(EDITED, url=URL)])
    store.export("csv", tmp_path / "all")
    manifest = json.loads((tmp_path / "all" / "manifest.json").read_text())
    assert manifest["kind"] == "export" and manifest["rows"]["documents"] == 1
    store.export("csv", tmp_path / "since", since=mark)
    with (tmp_path / "since" / "deletions.csv").open(newline="", encoding="utf-8") as f:
        assert [r["doc_id"] for r in csv.DictReader(f)] == [old.doc_id]
    n = duckdb.connect().execute(
        f"SELECT count(*) FROM '{tmp_path}/since/events.csv'").fetchone()
    assert n == (1,)


# --- an older store ---------------------------------------------------------------------------------

def test_a_store_written_before_living_data_opens_keeps_its_rows_and_gets_identities(
        tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    old = story(FIRST, url=URL)
    with Store.open(db) as opened:
        opened.write([old])
    con = duckdb.connect(str(db))  # as the previous version left it
    for table in ("documents", "sentences", "mentions", "events", "relations", "claims"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN updated_at")
    con.execute("ALTER TABLE documents DROP COLUMN identity")
    con.execute("DROP TABLE deletions")
    con.execute("DROP TABLE canonical_stamps")
    con.execute("UPDATE schema_version SET fingerprint = 'previous'")
    con.close()
    with Store.open(db) as reopened:
        assert reopened.show(old.doc_id).events == old.events
        assert rows(reopened, "SELECT identity FROM documents") == [(identity_of(old.article),)]
        assert reopened.write([story(EDITED, url=URL)]).replaced == 1


# --- the command line ------------------------------------------------------------------------------

def test_belli_delete_removes_a_document_and_export_since_lists_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from belli.cli import run

    db = str(tmp_path / "belli.duckdb")
    kept, gone = story(FIRST, url=URL), story("Armenia recalled its ambassador from Baku.")
    with Store.open(db) as opened:
        opened.write([kept, gone])
        mark = opened.changes(None).as_of
    time.sleep(0.01)
    assert run(["--db", db, "delete", gone.doc_id]) == 0
    assert f"deleted {gone.doc_id}" in capsys.readouterr().err
    assert run(["--db", db, "export", "--since", mark or ""]) == 0
    header, *records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert header["since"] == mark
    assert [(r["kind"], r["doc_id"], r["reason"]) for r in records] == [
        ("deletion", gone.doc_id, "deleted")]


@pytest.mark.parametrize("args, message", [
    (["delete", "ffffffffffffffff"], "no stored document has id 'ffffffffffffffff'"),
    (["export", "--since", "soon"], "since must be an ISO 8601 time, not 'soon'"),
    (["export", "-f", "acled", "--since", "2021-01-01"], "--since works with jsonl"),
])
def test_a_bad_delete_or_since_is_one_line_on_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        message: str) -> None:
    from belli.cli import run

    db = str(tmp_path / "belli.duckdb")
    with Store.open(db) as opened:
        opened.write([story(FIRST)])
    assert run(["--db", db, *args]) != 0
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err


def test_a_canonical_event_a_new_report_joins_gets_a_new_updated_at(store: Store) -> None:
    from belli.analysis.canonical import link_store

    store.write([story(FIRST, url=URL, publisher="Caspian Wire", published="2021-06-14")])
    link_store(store.con)
    ((canonical_id, before),) = rows(store, "SELECT canonical_id, updated_at "
                                            "FROM canonical_events")
    time.sleep(0.01)
    store.write([story(EDITED, url="https://other.example.net/clash",
                       publisher="Northern Ledger", published="2021-06-15")])
    link_store(store.con)
    after = rows(store, "SELECT n_reports, updated_at FROM canonical_events "
                        "WHERE canonical_id = ?", [canonical_id])
    assert after[0][0] == 2 and after[0][1] > before
