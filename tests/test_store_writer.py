"""The writer: one transaction per batch, "already stored", failures kept, migration at open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from belli.errors import StoreError
from belli.records import Actor, Analysis, Article, Event, Failure, Mention, Place, Sentence
from belli.store import BatchCounts, Store, StoreWriter
from belli.store.schema import SCHEMA_VERSION, fingerprint

TEXTS = [
    "Russian peacekeepers deployed to Nagorno-Karabakh on 10 November 2020.",
    "Azerbaijan and Turkey signed the Shusha Declaration in June 2021.",
    "Iran warned against any change of borders in the South Caucasus.",
]


def analysed(text: str, **metadata: Any) -> Analysis:
    """An Analysis as the pipeline would give it, built by hand (no model)."""
    article = Article.from_text(text, **metadata)
    word = text.split()[0]
    return Analysis(
        article=article,
        sentences=(Sentence(article.doc_id, 0, 0, len(text), text),),
        mentions=(Mention(article.doc_id, 0, len(word), word, "NORP",
                          actors=(Actor(word, country="RUS", sector="MIL"),),
                          place=Place("Shusha", variants=("Shusha", "Shushi"))),),
        stages=("nlp.spacy.v1",),
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "belli.duckdb") as opened:
        yield opened


def count(store: Store, table: str) -> int:
    return int(store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_document_already_stored_is_reported_and_not_written_again(store: Store) -> None:
    batch = [analysed(t) for t in TEXTS]
    assert store.write(batch) == BatchCounts(stored=3)
    assert store.write(batch) == BatchCounts(already_stored=3)
    assert (count(store, "documents"), count(store, "mentions")) == (3, 3)


def test_the_same_document_twice_in_one_batch_is_stored_once(store: Store) -> None:
    same = analysed(TEXTS[0])
    assert store.write([same, same]) == BatchCounts(stored=1, already_stored=1)


def test_a_batch_that_fails_midway_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = StoreWriter._execute

    def fail_on_mentions(self: StoreWriter, table: str, rows: list[dict[str, Any]]) -> None:
        if table == "mentions":
            raise StoreError("disk full")
        real(self, table, rows)

    monkeypatch.setattr(StoreWriter, "_execute", fail_on_mentions)
    with pytest.raises(StoreError):
        store.write([analysed(t) for t in TEXTS])
    assert (count(store, "documents"), count(store, "sentences")) == (0, 0)


def test_an_interrupt_during_a_batch_rolls_the_whole_batch_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = StoreWriter._execute

    def interrupt_after_documents(self: StoreWriter, table: str, rows: list[Any]) -> None:
        real(self, table, rows)
        if table == "documents":
            raise KeyboardInterrupt

    monkeypatch.setattr(StoreWriter, "_execute", interrupt_after_documents)
    with pytest.raises(KeyboardInterrupt):
        store.write([analysed(TEXTS[0])])
    assert count(store, "documents") == 0


@pytest.mark.parametrize("with_good", [True, False], ids=["in a batch", "alone"])
def test_an_article_that_cannot_be_stored_becomes_a_failure_and_the_batch_goes_on(
    store: Store, with_good: bool
) -> None:
    good = analysed(TEXTS[0])
    bad = analysed(TEXTS[1])
    event = Event(bad.doc_id, "e1", "AGREE", None, 1, 4.0, TEXTS[1], 0, 10, "signed",
                  confidence=float("nan"))  # not representable in JSON
    batch = [good, bad.replace(events=(event,))] if with_good else [bad.replace(events=(event,))]
    assert store.write(batch) == BatchCounts(stored=int(with_good), failed=1)
    (failure,) = store.failures()
    assert (failure.doc_id, failure.stage) == (bad.doc_id, "store.duckdb.v1")
    assert [d.doc_id for d in store.docs()] == ([good.doc_id] if with_good else [])


def test_a_failure_for_a_stored_document_never_deletes_it(store: Store) -> None:
    stored = analysed(TEXTS[0], source="a.txt")
    store.write([stored])
    store.write([Failure(stored.doc_id, "nlp.spacy.v1", "ValueError: boom", "a.txt")])
    assert store.show(stored.doc_id) == stored
    assert [f.source for f in store.failures()] == ["a.txt"]


def test_the_same_failure_seen_again_is_one_row(store: Store) -> None:
    missing = Failure(None, "ingest", "no such file", "/data/missing.txt")
    store.write([missing])
    assert store.write([missing]).failed == 1  # reported on every run...
    assert count(store, "failures") == 1  # ...stored once


def test_writes_never_touch_the_schema(store: Store) -> None:
    store.write([analysed(t) for t in TEXTS])
    rows = store.con.execute("SELECT version, fingerprint FROM schema_version").fetchall()
    assert rows == [(SCHEMA_VERSION, fingerprint())]


def test_opening_an_older_database_adds_new_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    kept = analysed(TEXTS[0])
    with Store.open(db) as store:
        store.write([kept])
    con = duckdb.connect(str(db))  # make it look like a store from before two fields existed
    con.execute('ALTER TABLE documents DROP COLUMN "language"')
    con.execute('ALTER TABLE mentions ALTER "place" SET DATA TYPE '
                'STRUCT("name" VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, '
                'gazetteer_id VARCHAR, feature VARCHAR)')
    con.execute("UPDATE schema_version SET fingerprint = 'older'")
    con.close()
    with Store.open(db, read_only=True) as store:  # a read-only open migrates first
        back = store.show(kept.doc_id)
        versions = store.con.execute("SELECT count(*) FROM schema_version").fetchone()[0]
    assert back.article == kept.article
    assert back.mentions[0].place == Place("Shusha", variants=())  # the dropped field is gone
    assert versions == 2


def test_a_database_from_a_newer_belli_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    Store.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version (version, fingerprint) VALUES (99, 'future')")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store.open(db)


def test_reading_a_missing_database_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at") as err:
        Store.open(tmp_path / "absent.duckdb", read_only=True)
    assert "belli ingest" in str(err.value)
