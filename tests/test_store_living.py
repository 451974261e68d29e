"""Living data in the store: an edited article replaces its older version, deletions are
recorded, every row carries updated_at, changes since a moment, versioned exports."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest
from analysis_fixtures import ARM_MIL, AZE_MIL, event

from belli.errors import NotFoundError, QueryError
from belli.pipeline import Pipeline
from belli.records import Analysis, Article, Sentence
from belli.settings import Settings
from belli.store import Store, StoreWriter
from belli.store.identity import identity_of, normal_url
from belli.store.living import (
    changes_page,
    iso_utc,
    last_write,
    parse_since,
    remove_documents,
)
from belli.store.rows import MAX_ROWS

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


def tick(store: Store) -> None:
    """Wait until the store's clock has passed its last write: the next write is later,
    however coarse the clock."""
    last = last_write(store.con)
    while last is not None and rows(store, "SELECT now() AT TIME ZONE 'UTC'")[0][0] <= last:
        time.sleep(0.001)


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


@pytest.mark.parametrize("url", ["N/A", "https://example.org/", "https://example.org",
                                 "ftp://example.org/a", "/2021/clash", "news.example.org/a"])
def test_a_url_shared_by_many_articles_is_no_identity_and_the_row_id_is(url: str) -> None:
    article = Article.from_text(FIRST, url=url, source="/data/feed.jsonl", meta={"id": 3})
    assert identity_of(article) == "id:/data/feed.jsonl#3"


def test_rows_with_a_junk_url_and_their_own_ids_are_all_stored(store: Store) -> None:
    texts = [FIRST, "Russia sent peacekeepers to Lachin.", "Turkey sent drones to Baku.",
             "Iran closed its border with Armenia."]
    urls = ["N/A", "N/A", "https://example.org/", "https://example.org"]
    store.write([story(text, url=url, source="/data/feed.jsonl", meta={"id": n})
                 for n, (text, url) in enumerate(zip(texts, urls, strict=True))])
    assert len(doc_ids(store)) == 4


@pytest.mark.parametrize("metadata, expected", [
    ({"url": URL, "source": "feed.jsonl", "meta": {"id": 7}}, "url:news.example.org/2021/clash"),
    ({"source": "/data/feed.jsonl", "meta": {"id": 7}}, "id:/data/feed.jsonl#7"),
    ({"source": "/data/corpus/clash.txt"}, "source:/data/corpus/clash.txt"),
    ({"source": "/data/corpus/clash.html.gz"}, "source:/data/corpus/clash.html.gz"),
    ({"source": "feed.jsonl"}, ""),  # a row of many, with nothing of its own
    ({"source": "<stdin>"}, ""),
    ({"source": "<stdin>", "meta": {"id": 1}}, ""),  # the client's numbering, not a name
    ({"source": "api"}, ""),
    ({"source": "api", "meta": {"id": 1}}, ""),
    ({}, ""),
])
def test_identity_is_the_url_else_the_row_id_else_a_one_article_file(
        metadata: dict[str, Any], expected: str) -> None:
    assert identity_of(Article.from_text(FIRST, **metadata)) == expected


def test_a_file_is_one_identity_however_its_path_is_typed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    monkeypatch.chdir(tmp_path)
    typed = ["in/feed.jsonl", "./in/feed.jsonl", str(tmp_path / "in" / "feed.jsonl")]
    found = {identity_of(Article.from_text(FIRST, source=s, meta={"id": 7})) for s in typed}
    assert found == {f"id:{tmp_path.resolve() / 'in' / 'feed.jsonl'}#7"}


def test_an_edit_replaces_a_version_an_older_belli_stored_under_the_path_as_typed(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    old = story(FIRST, source="feed.jsonl", meta={"id": 7})
    store.write([old])
    store.con.execute("UPDATE documents SET identity = 'id:feed.jsonl#7'")  # as it had it
    new = story(EDITED, source="feed.jsonl", meta={"id": 7})
    assert store.write([new]).replaced == 1
    assert doc_ids(store) == [new.doc_id]


def test_posted_rows_with_the_same_id_and_no_url_never_replace_each_other(store: Store) -> None:
    first = story(FIRST, source="api", meta={"id": 1})
    second = story(EDITED, source="feeds/mine.jsonl", meta={"id": 1})
    StoreWriter(store.con, url_only=True).write_batch([first])
    assert StoreWriter(store.con, url_only=True).write_batch([second]).replaced == 0
    assert sorted(doc_ids(store)) == sorted([first.doc_id, second.doc_id])
    assert rows(store, "SELECT DISTINCT identity FROM documents") == [("",)]


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


def test_the_same_input_with_two_versions_again_changes_nothing(store: Store) -> None:
    old, new = story(FIRST, url=URL), story(EDITED, url=URL)
    store.write([old, new])
    for _ in range(2):
        counts = store.write([old, new])
        assert (counts.stored, counts.already_stored, counts.replaced) == (0, 2, 0)
        assert doc_ids(store) == [new.doc_id]
    assert rows(store, "SELECT count(*) FROM deletions") == [(0,)]


def test_a_stored_version_an_earlier_batch_will_replace_is_analysed_again(
        store: Store) -> None:
    old, new = story(FIRST, url=URL).article, story(EDITED, url=URL).article
    store.write([Analysis(article=new)])
    writer = store.writer()
    assert writer.to_analyse([new]) == []
    assert writer.to_analyse([new], ahead=[old]) == [new]
    assert writer.to_analyse([new], ahead=[story("Armenia recalled its envoy.").article]) == []


class RunsAhead:
    """A batch runner that takes every batch before it hands back the first one's results,
    as worker processes running ahead do (belli.workers.WorkerPool); no model."""

    def __init__(self, settings: Settings) -> None:
        self._pipeline = Pipeline([], settings)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Any]]:
        taken = list(batches)
        return iter([self._pipeline.process_batch(batch) for batch in taken])

    def close(self) -> None:
        pass


def ingested_runs(db: Path, runs: list[list[Article]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The documents and the deletions after `belli ingest` runs (one batch per article,
    workers running ahead): (doc ids, (doc_id, reason, replaced_by) of each deletion)."""
    from belli import api

    settings = Settings.load(db_path=str(db), batch_size=1, workers=2)
    for articles in runs:
        api.ingest(articles, settings)
    with Store.open(db, read_only=True) as store:
        return doc_ids(store), rows(store, "SELECT doc_id, reason, replaced_by FROM deletions "
                                           "ORDER BY deleted_at")


def test_versions_in_batches_of_one_run_replace_each_other_as_in_runs_of_their_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from belli import api

    monkeypatch.setattr(api, "batch_runner", lambda settings, _batches, **_options: RunsAhead(settings))
    old, new = story(FIRST, url=URL).article, story(EDITED, url=URL).article
    other = story("Armenia recalled its ambassador from Baku.").article
    one_run = ingested_runs(tmp_path / "one.duckdb", [[new], [old, other, new]])
    own_runs = ingested_runs(tmp_path / "own.duckdb", [[new], [old], [other], [new]])
    assert one_run == own_runs
    assert one_run[0] == [old.doc_id, other.doc_id]  # `new`, once replaced, stays out
    assert one_run[1] == [(new.doc_id, "replaced", old.doc_id)]


class InTurn(RunsAhead):
    """A batch runner that analyses each batch as it is taken, as one worker does."""

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Any]]:
        return (self._pipeline.process_batch(batch) for batch in batches)


def test_a_version_the_store_replaced_is_not_stored_again(store: Store) -> None:
    old, new = story(FIRST, url=URL), story(EDITED, url=URL)
    store.write([old])
    store.write([new])
    counts = store.write([old])
    assert (counts.stored, counts.already_stored, counts.outdated) == (0, 0, 1)
    assert doc_ids(store) == [new.doc_id]
    assert rows(store, "SELECT doc_id, reason FROM deletions") == [(old.doc_id, "replaced")]


def test_another_article_carrying_a_replaced_versions_text_is_stored(store: Store) -> None:
    """A syndicated copy of the first version, under its own address, is no old version."""
    old, new = story(FIRST, url=URL), story(EDITED, url=URL)
    copy = story(FIRST, url="https://other.example.org/wire/clash")
    store.write([old])
    store.write([new])
    counts = store.write([copy])
    assert (counts.stored, counts.outdated) == (1, 0)
    assert sorted(doc_ids(store)) == sorted([new.doc_id, copy.doc_id])


def test_a_newer_edit_behind_a_replaced_version_in_a_batch_is_stored(store: Store) -> None:
    old, new = story(FIRST, url=URL), story(EDITED, url=URL)
    newest = story(EDITED + " Two soldiers were wounded.", url=URL)
    store.write([old])
    store.write([new])
    counts = store.write([newest, old])
    assert (counts.stored, counts.replaced, counts.outdated) == (1, 1, 1)
    assert doc_ids(store) == [newest.doc_id]


def test_a_replaced_version_is_not_analysed_again(store: Store) -> None:
    old, new = story(FIRST, url=URL), story(EDITED, url=URL)
    store.write([old])
    store.write([new])
    assert store.writer().to_analyse([old.article]) == []
    assert store.writer().to_analyse([old.article], ahead=[new.article]) == []


def test_a_document_deleted_by_hand_is_stored_again_when_ingested(store: Store) -> None:
    from belli.store.living import delete_document

    old = story(FIRST, url=URL)
    store.write([old])
    delete_document(store.con, old.doc_id)
    counts = store.write([old])
    assert (counts.stored, counts.outdated) == (1, 0)
    assert doc_ids(store) == [old.doc_id]


@pytest.mark.parametrize("runner", [InTurn, RunsAhead], ids=["one worker", "workers ahead"])
def test_ingesting_an_old_snapshot_after_an_edit_keeps_the_edit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: type[RunsAhead]) -> None:
    from belli import api

    monkeypatch.setattr(api, "batch_runner", lambda settings, _batches, **_options: runner(settings))
    old, new = story(FIRST, url=URL).article, story(EDITED, url=URL).article
    other = story("Armenia recalled its ambassador from Baku.").article
    settings = Settings.load(db_path=str(tmp_path / "belli.duckdb"), batch_size=1, workers=2)
    api.ingest([old, new], settings)
    report = api.ingest([old, other], settings)
    assert (report.stored, report.already_stored, report.outdated) == (1, 0, 1)
    assert "1 skipped: older versions the store already replaced" in report.summary()
    with Store.open(tmp_path / "belli.duckdb", read_only=True) as store:
        assert doc_ids(store) == [new.doc_id, other.doc_id]


@pytest.mark.parametrize("runner", [InTurn, RunsAhead], ids=["one worker", "workers ahead"])
def test_an_old_version_batches_after_its_edit_in_one_run_stays_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: type[RunsAhead]) -> None:
    from belli import api

    monkeypatch.setattr(api, "batch_runner", lambda settings, _batches, **_options: runner(settings))
    old, new = story(FIRST, url=URL).article, story(EDITED, url=URL).article
    settings = Settings.load(db_path=str(tmp_path / "belli.duckdb"), batch_size=1, workers=2)
    report = api.ingest([old, new, old], settings)
    assert (report.stored, report.replaced, report.outdated) == (2, 1, 1)
    with Store.open(tmp_path / "belli.duckdb", read_only=True) as store:
        assert doc_ids(store) == [new.doc_id]


def test_a_deleted_document_ingested_again_on_purpose_is_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from belli import api

    monkeypatch.setattr(api, "batch_runner", lambda settings, _batches, **_options: InTurn(settings))
    old = story(FIRST, url=URL).article
    settings = Settings.load(db_path=str(tmp_path / "belli.duckdb"), batch_size=1)
    api.ingest([old], settings)
    api.delete(old.doc_id, settings)
    report = api.ingest([old], settings)
    assert (report.stored, report.outdated) == (1, 0)
    assert "skipped" not in report.summary()


# --- deleting ---------------------------------------------------------------------------------

def test_deleting_a_document_removes_its_records_and_feeds_the_deletions(store: Store) -> None:
    kept, gone = story(FIRST, url=URL), story(EDITED)
    store.write([kept, gone])
    deletion = store.delete(gone.doc_id)
    assert (deletion.reason, deletion.removed) == (
        "deleted", {"documents": 1, "sentences": 1, "events": 1})
    assert doc_ids(store) == [kept.doc_id]
    assert rows(store, "SELECT count(*) FROM events WHERE doc_id = ?", [gone.doc_id]) == [(0,)]


def test_removing_many_documents_records_each_as_it_was_removed(store: Store) -> None:
    stories = [story(f"Border guards of Armenia met on day {n}.", url=f"{URL}/{n}")
               for n in range(300)] + [story(EDITED)]
    store.write([*stories])
    replacing = [f"new-{n}" for n in range(300)] + [None]
    store.con.begin()
    gone = remove_documents(store.con, [s.doc_id for s in stories], "replaced", replacing)
    store.con.commit()
    assert len(gone) == len(stories) and doc_ids(store) == []
    recorded = rows(store, "SELECT doc_id, reason, replaced_by, identity, removed::VARCHAR, "
                    "deleted_at FROM deletions")
    assert sorted(recorded, key=str) == sorted(
        [(d.doc_id, "replaced", d.replaced_by, d.identity, json.dumps(d.removed),
          parse_since(d.deleted_at or "")) for d in gone], key=str)
    assert (stories[-1].doc_id, None, None) in {(r[0], r[2], r[3]) for r in recorded}


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
    tick(store)
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
    tick(store)
    store.write([story(EDITED, url=URL)])  # first is replaced: its canonical event changes
    link_store(store.con)
    after = dict(rows(store, "SELECT canonical_id, updated_at FROM canonical_events"))
    unchanged = [c for c in after if c in before and after[c] == before[c]]
    assert len(unchanged) == 1 and len(after) == 2


def test_canonical_events_a_relink_removes_are_in_the_feed_and_the_export(
        store: Store) -> None:
    from belli.analysis.canonical import link_store

    store.write([story(FIRST, url=URL), story("Russia sent peacekeepers to Lachin.")])
    link_store(store.con)
    before = {c for (c,) in rows(store, "SELECT canonical_id FROM canonical_events")}
    mark = store.changes(None).as_of
    tick(store)
    store.write([story(EDITED, url=URL)])  # its canonical event gets another id
    link_store(store.con)
    after = {c for (c,) in rows(store, "SELECT canonical_id FROM canonical_events")}
    removed = [d for d in store.changes(mark).deletions if d.of == "canonical_event"]
    assert [d.doc_id for d in removed] == sorted(before - after)
    assert removed[0].to_dict()["canonical_id"] == removed[0].doc_id
    exported = jsonl(store, mark)[1:]
    assert {r["canonical_id"] for r in exported if r["kind"] == "canonical_event"} == \
        after - before
    assert [r["canonical_id"] for r in exported if r.get("of") == "canonical_event"] == \
        sorted(before - after)


def removed_by_a_relink(store: Store) -> tuple[Analysis, str]:
    """Two stories linked; one deleted and relinked away. Its document and the time of
    the relink that removed its canonical event (the time that relink stamped)."""
    from belli.analysis.canonical import link_store

    kept, gone = story(FIRST, url=URL), story("Russia sent peacekeepers to Lachin.", url=URL + "2")
    store.write([kept, gone])
    link_store(store.con)
    tick(store)
    store.delete(gone.doc_id)
    tick(store)
    link_store(store.con)
    ((at,),) = rows(store, "SELECT max(seen_at) FROM canonical_stamps")
    return gone, iso_utc(at) or ""


def test_a_canonical_event_a_relink_removed_and_brings_back_unchanged_is_new_again(
        store: Store) -> None:
    from belli.analysis.canonical import link_store

    gone, _ = removed_by_a_relink(store)
    mark = store.changes(None).as_of  # a client syncs here: it drops the removed event
    tick(store)
    store.write([gone])
    link_store(store.con)
    changed = rows(store, "SELECT count(*) FROM canonical_events WHERE updated_at > ?",
                   [parse_since(mark or "")])
    assert changed == [(1,)]


def test_a_relink_forgets_canonical_events_removed_longer_ago_than_the_retention(
        store: Store) -> None:
    from belli.analysis.canonical import link_store

    removed_by_a_relink(store)
    ((left,),) = rows(store, "SELECT canonical_id FROM canonical_events")
    store.con.execute("UPDATE canonical_stamps SET seen_at = seen_at - INTERVAL 400 DAY, "
                      "removed_at = removed_at - INTERVAL 400 DAY")
    link_store(store.con)
    assert rows(store, "SELECT canonical_id FROM canonical_stamps") == [(left,)]


def canonical_removals(store: Store, since: str | None) -> list[tuple[str, str | None]]:
    return [(d.doc_id, d.deleted_at) for d in store.changes(since).deletions
            if d.of == "canonical_event"]


def test_relinks_that_change_nothing_after_a_removal_bring_no_changes(store: Store) -> None:
    from belli.analysis.canonical import link_store

    removed_by_a_relink(store)
    mark = store.changes(None).as_of  # a client syncs here: it drops the removed event
    for _ in range(2):
        tick(store)
        link_store(store.con)
    since = store.changes(mark)
    assert (since.doc_ids, since.deletions) == ((), ())


def test_a_removal_keeps_the_time_of_the_relink_that_removed_it(store: Store) -> None:
    from belli.analysis.canonical import link_store

    _, relinked_at = removed_by_a_relink(store)
    assert [at for _, at in canonical_removals(store, None)] == [relinked_at]
    tick(store)
    link_store(store.con)  # a later relink that removes nothing
    assert [at for _, at in canonical_removals(store, None)] == [relinked_at]


def test_a_canonical_event_removed_and_brought_back_is_not_removed_after_it_came_back(
        store: Store) -> None:
    from belli.analysis.canonical import link_store

    gone, _ = removed_by_a_relink(store)
    mark = store.changes(None).as_of
    tick(store)
    store.write([gone])
    link_store(store.con)
    tick(store)
    link_store(store.con)
    assert canonical_removals(store, None) == []
    assert canonical_removals(store, mark) == []


def test_a_canonical_event_brought_back_and_removed_again_is_removed_at_the_second_removal(
        store: Store) -> None:
    from belli.analysis.canonical import link_store

    gone, first = removed_by_a_relink(store)
    tick(store)
    store.write([gone])
    link_store(store.con)
    mark = store.changes(None).as_of  # a client syncs here: it holds the event again
    tick(store)
    store.delete(gone.doc_id)
    tick(store)
    link_store(store.con)
    ((_, again),) = canonical_removals(store, mark)
    assert again is not None and again > first


def test_an_older_store_stamps_its_removed_canonical_events_at_the_relink_after_their_last(
        tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Store.open(db) as opened:
        _, relinked_at = removed_by_a_relink(opened)
        opened.con.execute("ALTER TABLE canonical_stamps DROP COLUMN removed_at")
        opened.con.execute("UPDATE schema_version SET fingerprint = 'previous'")
    with Store.open(db) as reopened:
        assert [at for _, at in canonical_removals(reopened, None)] == [relinked_at]


def test_a_document_deleted_and_stored_again_is_no_deletion_in_the_feed(store: Store) -> None:
    first = story(FIRST, url=URL)
    store.write([first])
    mark = store.changes(None).as_of
    tick(store)
    store.delete(first.doc_id)
    store.write([first])
    found = store.changes(mark)
    assert (found.doc_ids, found.deletions) == ((first.doc_id,), ())
    assert [r["kind"] for r in jsonl(store, mark)[1:]].count("deletion") == 0


def test_an_edit_replaced_in_the_feed_lists_the_old_version_gone_and_the_new_stored(
        store: Store) -> None:
    old, new = story(FIRST, url=URL), story(EDITED, url=URL)
    store.write([old])
    mark = store.changes(None).as_of
    tick(store)
    store.write([new])
    found = store.changes(mark)
    assert found.doc_ids == (new.doc_id,)
    assert [(d.doc_id, d.replaced_by) for d in found.deletions] == [(old.doc_id, new.doc_id)]


def test_paging_by_cursor_skips_no_document_an_edit_moves(store: Store) -> None:
    texts = [f"Azerbaijani forces shelled Armenian positions near post {n}." for n in range(4)]
    store.write([story(t, url=f"{URL}/{n}") for n, t in enumerate(texts)])
    first = changes_page(store.con, None, None, 2)
    tick(store)
    store.write([story(texts[0] + " Two soldiers died.", url=f"{URL}/0")])  # on page 1
    rest = changes_page(store.con, None, first.next, 50)
    assert set(first.doc_ids) | set(rest.doc_ids) >= set(store.changes(None).doc_ids)
    assert len(rest.doc_ids) == 3 and rest.next is None  # two past the cursor, the edit last


def test_only_the_first_page_of_the_changes_carries_the_removals(store: Store) -> None:
    old = story(FIRST, url=URL)
    store.write([old, story("Russia sent peacekeepers to Lachin.", url=URL + "/2")])
    store.write([story(EDITED, url=URL)])
    first = changes_page(store.con, None, None, 1)
    second = changes_page(store.con, None, first.next, 1)
    assert [d.doc_id for d in first.deletions or ()] == [old.doc_id]
    assert second.deletions is None and second.next is None
    assert first.total == second.total == 2


def test_the_largest_limit_duckdb_takes_reads_every_change(store: Store) -> None:
    # the page asks one row more than its limit to know whether another page follows
    store.write([story(FIRST, url=URL)])
    page = changes_page(store.con, None, None, MAX_ROWS)
    assert len(page.doc_ids) == 1 and page.next is None


@pytest.mark.parametrize(("limit", "offset", "said"), [
    (MAX_ROWS + 1, 0, "limit"), (10, MAX_ROWS + 1, "offset"), (-1, 0, "limit")])
def test_a_page_duckdb_cannot_take_is_a_one_line_error(store: Store, limit: int, offset: int,
                                                       said: str) -> None:
    with pytest.raises(QueryError, match=rf"^{said} -?\d+ is (too large|negative) \(give "):
        changes_page(store.con, None, None, limit, offset)


def test_a_bad_cursor_is_a_one_line_error(store: Store) -> None:
    with pytest.raises(QueryError, match="after must be a cursor"):
        changes_page(store.con, None, "page-two", 10)


def test_as_of_is_never_later_than_the_last_write(store: Store) -> None:
    store.write([story(FIRST, url=URL)])
    last = store.changes(None).as_of
    assert store.changes("2099-01-01").as_of == last


def test_a_plus_left_unencoded_in_since_gets_the_hint_to_encode_it() -> None:
    with pytest.raises(QueryError) as caught:
        parse_since("2026-12-06T12:00:00 02:00")
    assert "%2B" in (caught.value.hint or "")


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
    tick(store)
    new = story(EDITED, url=URL)
    store.write([new])
    header, *records = jsonl(store, since=mark)
    assert header["since"] == mark
    assert [(r["kind"], r["doc_id"]) for r in records] == [
        ("document", new.doc_id), ("event", new.doc_id), ("deletion", old.doc_id)]


def edited_after_a_mark(store: Store) -> tuple[Analysis, str | None]:
    """Store a story, then its edit after a sync point: the story the edit replaced, and
    the `since` of that point."""
    old = story(FIRST, url=URL)
    store.write([old])
    mark = store.changes(None).as_of
    tick(store)
    store.write([story(EDITED, url=URL)])
    return old, mark


def test_a_csv_export_writes_a_manifest_and_since_the_deletions(
        store: Store, tmp_path: Path) -> None:
    old, mark = edited_after_a_mark(store)
    store.export("csv", tmp_path / "all")
    manifest = json.loads((tmp_path / "all" / "manifest.json").read_text())
    assert manifest["kind"] == "export" and manifest["rows"]["documents"] == 1
    store.export("csv", tmp_path / "since", since=mark)
    with (tmp_path / "since" / "deletions.csv").open(newline="", encoding="utf-8") as f:
        assert [r["doc_id"] for r in csv.DictReader(f)] == [old.doc_id]
    n = duckdb.connect().execute(
        f"SELECT count(*) FROM '{tmp_path}/since/events.csv'").fetchone()
    assert n == (1,)


def test_a_csv_export_of_one_table_since_writes_the_deletions_beside_it(
        store: Store, tmp_path: Path) -> None:
    old, mark = edited_after_a_mark(store)
    report = store.export("csv", tmp_path / "events.csv", table="events", since=mark)
    store.export("csv", tmp_path / "claims.csv", table="claims", since=mark)
    assert tmp_path / "events.deletions.csv" in report.files
    assert (tmp_path / "claims.deletions.csv").exists()
    with (tmp_path / "events.deletions.csv").open(newline="", encoding="utf-8") as f:
        assert [r["doc_id"] for r in csv.DictReader(f)] == [old.doc_id]


def test_a_csv_export_since_moves_the_links_of_unchanged_reports_to_a_new_root(
        store: Store, tmp_path: Path) -> None:
    from belli.analysis.canonical import link_store

    store.write([story(FIRST, url=URL, publisher="Caspian Wire", published="2021-06-14"),
                 story(EDITED, url=URL + "/b", publisher="Northern Ledger",
                       published="2021-06-15")])
    link_store(store.con)
    mark = store.changes(None).as_of
    tick(store)
    store.write([story("Officials said " + FIRST, url=URL + "/c", publisher="Steppe Post",
                       published="2021-06-13")])  # the earliest report: a new root
    link_store(store.con)
    store.export("csv", tmp_path / "since", since=mark)
    with (tmp_path / "since" / "event_links.csv").open(newline="", encoding="utf-8") as f:
        exported = {(r["doc_id"], r["canonical_id"]) for r in csv.DictReader(f)}
    assert exported == set(rows(store, "SELECT doc_id, canonical_id FROM event_links"))
    assert len(exported) == 3


def test_a_sync_starts_from_an_export_since_the_epoch_with_every_canonical_event(
        store: Store) -> None:
    from belli.analysis.canonical import link_store

    store.write([story(FIRST, url=URL), story("Russia sent peacekeepers to Lachin.")])
    link_store(store.con)
    start = jsonl(store, "1970-01-01")
    exported = {r["canonical_id"] for r in start if r["kind"] == "canonical_event"}
    assert exported == {c for (c,) in rows(store, "SELECT canonical_id FROM canonical_events")}
    assert len(exported) == 2 and start[0]["as_of"] == store.changes(None).as_of
    assert "canonical_event" not in {r["kind"] for r in jsonl(store)}  # as extract gives


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


def test_rows_of_an_older_store_get_their_documents_ingested_at_as_updated_at(
        tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Store.open(db) as opened:
        opened.write([story(FIRST, url=URL)])
    con = duckdb.connect(str(db))  # as the previous version left it, ingested long ago
    for table in ("documents", "sentences", "mentions", "events", "relations", "claims"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN updated_at")
    con.execute("UPDATE documents SET ingested_at = TIMESTAMP '2021-03-01 10:00:00'")
    con.execute("UPDATE schema_version SET fingerprint = 'previous'")
    con.close()
    with Store.open(db) as reopened:
        for table in ("documents", "events"):
            assert rows(reopened, f"SELECT DISTINCT CAST(updated_at AS VARCHAR) FROM {table}"
                        ) == [("2021-03-01 10:00:00",)]
        assert reopened.changes("2022-01-01").doc_ids == ()


@pytest.fixture
def in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process (and so DuckDB's session) in a zone nine hours ahead of UTC."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_older_store_migrated_ahead_of_utc_gets_no_updated_at_in_the_future(
        tmp_path: Path, in_tokyo: None) -> None:
    db = tmp_path / "old.duckdb"
    with Store.open(db) as opened:
        opened.write([story(FIRST, url=URL)])
    con = duckdb.connect(str(db))  # as the previous version left it, ingested just now
    for table in ("documents", "sentences", "mentions", "events", "relations", "claims"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN updated_at")
    con.execute("UPDATE schema_version SET fingerprint = 'previous'")
    con.close()
    with Store.open(db) as reopened:
        utc_now = rows(reopened, "SELECT now() AT TIME ZONE 'UTC'")[0][0]
        as_of = parse_since(reopened.changes(None).as_of or "")
        assert utc_now - as_of < timedelta(minutes=5) and as_of <= utc_now


# --- the command line ------------------------------------------------------------------------------

def test_belli_delete_removes_a_document_and_export_since_lists_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from belli.cli import run

    db = str(tmp_path / "belli.duckdb")
    kept, gone = story(FIRST, url=URL), story("Armenia recalled its ambassador from Baku.")
    with Store.open(db) as opened:
        opened.write([kept, gone])
        mark = opened.changes(None).as_of
        tick(opened)
    assert run(["--db", db, "delete", gone.doc_id]) == 0
    assert f"deleted {gone.doc_id}" in capsys.readouterr().err
    assert run(["--db", db, "export", "--since", mark or ""]) == 0
    header, *records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert header["since"] == mark
    assert [(r["doc_id"], r["reason"]) for r in records if r.get("of") == "document"] == [
        (gone.doc_id, "deleted")]


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


def test_belli_delete_with_a_mistyped_db_says_so_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from belli.cli import run

    typo = tmp_path / "bellli.duckdb"
    assert run(["--db", str(typo), "delete", "ffffffffffffffff"]) != 0
    err = capsys.readouterr().err.strip()
    assert f"no database at {typo}" in err and "\n" not in err
    assert not typo.exists()


def test_a_canonical_event_a_new_report_joins_gets_a_new_updated_at(store: Store) -> None:
    from belli.analysis.canonical import link_store

    store.write([story(FIRST, url=URL, publisher="Caspian Wire", published="2021-06-14")])
    link_store(store.con)
    ((canonical_id, before),) = rows(store, "SELECT canonical_id, updated_at "
                                            "FROM canonical_events")
    tick(store)
    store.write([story(EDITED, url="https://other.example.net/clash",
                       publisher="Northern Ledger", published="2021-06-15")])
    link_store(store.con)
    after = rows(store, "SELECT n_reports, updated_at FROM canonical_events "
                        "WHERE canonical_id = ?", [canonical_id])
    assert after[0][0] == 2 and after[0][1] > before
