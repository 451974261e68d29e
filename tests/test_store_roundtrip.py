"""Every record survives a store round trip: written, read back, equal."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_records_roundtrip import analyses, failures

from belli.records import Actor, Analysis, Article, Event, Failure, Mention, Place
from belli.store import Store
from belli.store.event_query import select_event_rows
from belli.store.queries import record_dict, with_defaults
from belli.store.schema import SIDE_TABLES, TABLES, ddl


def _memory_store() -> Store:
    return Store.open(":memory:")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analyses())
def test_analysis_read_back_equals_what_was_written(analysis: Analysis) -> None:
    with _memory_store() as store:
        assert store.write([analysis]).stored == 1
        assert store.show(analysis.doc_id) == analysis


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analyses())
def test_an_event_row_gives_the_dict_its_record_gives(analysis: Analysis) -> None:
    # The REST API serves event pages from rows, never building the records.
    with _memory_store() as store:
        store.write([analysis])
        _, rows = select_event_rows(store.con)  # in stored order: the analysis's
    assert [list(record_dict(Event, row).items()) for row in rows] == \
        [list(e.to_dict().items()) for e in analysis.events]


def test_a_row_from_before_a_migration_gives_the_defaults_its_record_would() -> None:
    # Columns and STRUCT fields a migration added are NULL in older rows.
    event = Event("d1", "e1", "ASSAULT", None, 4, -9.0, "Troops shelled Shusha.", 0, 22,
                  "shelled", source=(Actor("Troops", country="ARM"),),
                  place=Place("Shusha", "AZE", variants=("Şuşa",)))
    row = {**event.to_dict(), "aux": None, "certainty": None, "negated": None,
           "quantities": None, "contexts": None, "seq": 3, "doc_title": "t"}
    row["source"][0]["reason"] = None
    row["place"]["variants"] = None
    expected = Event.from_dict(with_defaults(Event, row)).to_dict()
    assert list(record_dict(Event, row).items()) == list(expected.items())
    assert record_dict(Event, row)["aux"] == [] and expected["certainty"] == "asserted"


def test_a_record_with_its_own_to_dict_is_refused() -> None:
    with pytest.raises(TypeError, match="Mention"):
        record_dict(Mention, {})


@settings(max_examples=30, deadline=None)
@given(st.lists(failures, min_size=1, max_size=4, unique_by=lambda f: (f.source, f.doc_id,
                                                                        f.stage, f.message)))
def test_failures_read_back_equal_what_was_written(batch: list[Failure]) -> None:
    with _memory_store() as store:
        assert store.write(list(batch)).failed == len(batch)
        assert sorted(store.failures(), key=repr) == sorted(batch, key=repr)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(analyses(), min_size=1, max_size=3, unique_by=lambda a: a.doc_id))
def test_jsonl_export_holds_the_contract_records_of_every_document(
    batch: list[Analysis],
) -> None:
    with _memory_store() as store:
        store.write(list(batch))
        _header, *lines = [json.loads(line) for line in _jsonl(store).splitlines()]
    expected = [r.to_dict() for a in batch for r in a.records()]
    assert sorted(map(_canonical, lines)) == sorted(map(_canonical, expected))


def test_a_file_store_keeps_records_across_close_and_reopen(tmp_path: Path) -> None:
    article = Article.from_text("Azerbaijan and Armenia met in Moscow.", title="Talks",
                                meta={"tags": ["talks", 2]})
    db = tmp_path / "belli.duckdb"
    with Store.open(db) as store:
        store.write([Analysis(article=article, notes=("checked",))])
    with Store.open(db, read_only=True) as store:
        assert store.show(article.doc_id) == Analysis(article=article, notes=("checked",))


def test_every_record_kind_has_a_table_with_a_schema_version() -> None:
    con = duckdb.connect()
    con.execute(ddl())
    tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    assert tables == {"schema_version", *SIDE_TABLES, *(t.name for t in TABLES)}
    assert {t.name for t in TABLES} == {
        "documents", "sentences", "mentions", "events", "relations", "claims", "failures",
        "canonical_events", "event_links",
    }


def _jsonl(store: Store) -> str:
    import io

    out = io.StringIO()
    store.export("jsonl", out)
    return out.getvalue()


def _canonical(record: dict[str, object]) -> str:
    return json.dumps(record, sort_keys=True)


def _moved_by_parquet(batch: list[Analysis | Failure], tmp_path: Path,
                      imports: int = 1) -> tuple[Store, Store]:
    """`batch` written to one store, exported to Parquet, imported `imports` times into a
    fresh one: (the first store, the second)."""
    from belli.spark.importer import import_parquet

    first, second = _memory_store(), _memory_store()
    first.write(batch)
    first.export("parquet", tmp_path / "export")
    for _ in range(imports):
        import_parquet(tmp_path / "export", second)
    return first, second


def _contract(store: Store) -> list[str]:
    return sorted(map(_canonical, [json.loads(line) for line in _jsonl(store).splitlines()][1:]))


def test_a_parquet_export_imported_into_a_fresh_store_gives_every_record_back(
        tmp_path: Path) -> None:
    talks = Article.from_text("Armenia and Azerbaijan met in Moscow.", title="Talks")
    shelling = Article.from_text("Troops shelled Shusha at dawn.", url="https://ex.org/a/1")
    events = (Event(shelling.doc_id, "e1", "ASSAULT", None, 4, -9.0, "Troops shelled Shusha.",
                    0, 22, "shelled", source=(Actor("Troops", country="ARM"),)),)
    batch: list[Analysis | Failure] = [Analysis(article=talks, notes=("checked",)),
                                       Analysis(article=shelling, events=events),
                                       Failure("d9", "nlp", "too long", "feed.jsonl")]
    first, second = _moved_by_parquet(batch, tmp_path)
    assert _contract(second) == _contract(first)
    assert second.failures() == first.failures()
    assert second.show(shelling.doc_id) == first.show(shelling.doc_id)


def test_importing_one_parquet_export_twice_adds_nothing_the_second_time(
        tmp_path: Path) -> None:
    article = Article.from_text("Iran closed its border with Armenia.", title="Border")
    batch: list[Analysis | Failure] = [Analysis(article=article),
                                       Failure("d9", "nlp", "too long", "feed.jsonl")]
    first, second = _moved_by_parquet(batch, tmp_path, imports=2)
    count = "SELECT count(*) FROM documents UNION ALL SELECT count(*) FROM failures"
    assert second.con.execute(count).fetchall() == [(1,), (1,)]
    assert _contract(second) == _contract(first)


@pytest.mark.parametrize("manifest_text, error", [
    ("NEWER", "written with store schema .*, newer than this belli's"),
    ("OLDER", "written with store schema .*, older than this belli's"),
    ('{"schema_version": "2", "exported_at": null}', "schema_version must be an integer"),
    ('{"schema_version": true, "exported_at": null}', "schema_version must be an integer"),
    ('{"kind": "export"}', "the manifest has no schema_version"),
    ("NO exported_at", "the manifest has no exported_at"),
    ("BAD exported_at", "exported_at must be an ISO 8601 time"),
    ("{not json", "not a belli export manifest"),
    ("[1, 2]", "not a belli export manifest"),
])
def test_an_export_this_belli_cannot_read_is_refused_in_one_line(
        tmp_path: Path, manifest_text: str, error: str) -> None:
    from belli.errors import InputError
    from belli.spark.importer import import_parquet
    from belli.store.schema import SCHEMA_VERSION

    _moved_by_parquet([Analysis(article=Article.from_text("Talks."))], tmp_path)
    manifest = tmp_path / "export" / "manifest.json"
    body = json.loads(manifest.read_text())
    if manifest_text in ("NEWER", "OLDER"):
        version = SCHEMA_VERSION + (1 if manifest_text == "NEWER" else -1)
        manifest_text = json.dumps({**body, "schema_version": version})
    elif manifest_text == "NO exported_at":
        manifest_text = json.dumps({k: v for k, v in body.items() if k != "exported_at"})
    elif manifest_text == "BAD exported_at":
        manifest_text = json.dumps({**body, "exported_at": "soon"})
    manifest.write_text(manifest_text)
    with pytest.raises(InputError, match=error) as refused:
        import_parquet(tmp_path / "export", _memory_store())
    assert "\n" not in str(refused.value)


def test_an_imported_edit_of_a_stored_article_replaces_it_as_ingest_would(
        tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    url = "https://news.example.org/2021/clash"
    old = Article.from_text("Troops shelled Shusha on Monday.", url=url)
    new = Article.from_text("Troops shelled Shusha on Monday night.", url=url + "/")
    _moved_by_parquet([Analysis(article=new)], tmp_path, imports=0)  # exported only
    with _memory_store() as store:
        store.write([Analysis(article=old)])
        report = import_parquet(tmp_path / "export", store)
        assert (report.stored, report.replaced) == (1, 1)
        assert [d.doc_id for d in store.docs()] == [new.doc_id]
        assert store.con.execute("SELECT doc_id, reason, replaced_by FROM deletions"
                                 ).fetchall() == [(old.doc_id, "replaced", new.doc_id)]


_CLASH = "https://news.example.org/2021/clash"


def _clash(text: str) -> Article:
    return Article.from_text(text, url=_CLASH)


def _exported(tmp_path: Path, name: str, *articles: Article, since: str | None = None
              ) -> Path:
    """`articles` written to a fresh store and exported to Parquet as `name`."""
    source = _memory_store()
    source.write([Analysis(article=a) for a in articles])
    source.export("parquet", tmp_path / name, since=since)
    return tmp_path / name


def test_an_incremental_export_removes_the_documents_its_source_deleted(
        tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    old, other = _clash("Troops shelled Shusha on Monday."), Article.from_text("Iran shut a road.")
    new = _clash("Troops shelled Shusha on Monday night.")
    source, target = _memory_store(), _memory_store()
    for store in (source, target):
        store.write([Analysis(article=other), Analysis(article=old)])
    mark = source.changes(None).as_of
    source.delete(other.doc_id)
    source.write([Analysis(article=new)])
    source.export("parquet", tmp_path / "since", since=mark)
    report = import_parquet(tmp_path / "since", target)
    assert [d.doc_id for d in target.docs()] == [new.doc_id]
    assert (report.stored, report.replaced, report.deleted) == (1, 1, 1)
    assert "1 removed as the export's deletions say" in report.summary()
    assert target.con.execute("SELECT doc_id, reason, replaced_by FROM deletions ORDER BY 2"
                              ).fetchall() == [(other.doc_id, "deleted", None),
                                               (old.doc_id, "replaced", new.doc_id)]


def test_a_deletion_of_a_document_the_import_carries_again_is_not_applied(
        tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    talks = Article.from_text("Armenia and Azerbaijan met in Moscow.")
    source, target = _memory_store(), _memory_store()
    source.write([Analysis(article=talks)])
    mark = source.changes(None).as_of
    source.delete(talks.doc_id)
    source.write([Analysis(article=talks)])  # stored again after its deletion
    source.export("parquet", tmp_path / "since", since=mark)
    report = import_parquet(tmp_path / "since", target)
    assert ([d.doc_id for d in target.docs()], report.deleted) == ([talks.doc_id], 0)


def _job_layout(tmp_path: Path, exports: list[Path]) -> Path:
    """The exports' tables in the Spark job's layout, one input file each, in order."""
    import shutil

    job = tmp_path / "job"
    for index, export in enumerate(exports):
        for table in ("documents", "sentences", "mentions", "events", "relations", "claims"):
            part = job / table / f"source_file=f{index}" / "pub_month=unknown"
            part.mkdir(parents=True)
            shutil.copy(export / f"{table}.parquet", part / "part.parquet")
    return job


def test_of_two_versions_of_an_article_in_one_import_only_the_later_is_stored(
        tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    old, new = _clash("Troops shelled Shusha on Monday."), _clash("Troops shelled it at night.")
    talks = Article.from_text("Armenia and Azerbaijan met in Moscow.")
    job = _job_layout(tmp_path, [_exported(tmp_path, "e0", old, talks),
                                 _exported(tmp_path, "e1", new)])
    with _memory_store() as store:
        report = import_parquet(job, store)
        assert sorted(d.doc_id for d in store.docs()) == sorted([new.doc_id, talks.doc_id])
        assert (report.stored, report.superseded) == (2, 1)
        assert "1 superseded by a later version in the import" in report.summary()
        again = import_parquet(job, store)  # the later stored: the older stays out
        assert (again.stored, again.already_stored, again.superseded) == (0, 2, 1)
        assert [d.doc_id for d in store.docs() if d.doc_id == old.doc_id] == []


def test_an_older_export_imported_again_never_undoes_an_edit(tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    old, new = _clash("Troops shelled Shusha on Monday."), _clash("Troops shelled it at night.")
    export = _exported(tmp_path, "full", old)
    with _memory_store() as store:
        import_parquet(export, store)
        store.write([Analysis(article=new)])
        report = import_parquet(export, store)
        assert [d.doc_id for d in store.docs()] == [new.doc_id]
        assert (report.stored, report.skipped) == (0, {"replaced": 1})
        assert "1 skipped (the store replaced them by a newer version)" in report.summary()


def test_another_article_carrying_a_replaced_versions_text_is_imported(tmp_path: Path) -> None:
    """A syndicated copy of the first version, at its own address, is no old version."""
    from belli.spark.importer import import_parquet

    old, new = _clash("Troops shelled Shusha on Monday."), _clash("Troops shelled it at night.")
    copy = Article.from_text("Troops shelled Shusha on Monday.",
                             url="https://other.example.org/wire/shusha")
    with _memory_store() as store:
        store.write([Analysis(article=old)])
        store.write([Analysis(article=new)])
        report = import_parquet(_exported(tmp_path, "copy", copy), store)
        assert (report.stored, report.skipped) == (1, {})
        assert sorted(d.doc_id for d in store.docs()) == sorted([new.doc_id, copy.doc_id])


def test_a_document_deleted_after_the_export_was_made_stays_deleted(tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    talks = Article.from_text("Armenia and Azerbaijan met in Moscow.")
    export = _exported(tmp_path, "full", talks)
    with _memory_store() as store:
        import_parquet(export, store)
        store.delete(talks.doc_id)
        report = import_parquet(export, store)
        assert (list(store.docs()), report.skipped) == ([], {"deleted": 1})
        assert "deleted from the store after the export was made" in report.summary()


def test_a_document_deleted_before_the_export_was_made_comes_back(tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    talks = Article.from_text("Armenia and Azerbaijan met in Moscow.")
    with _memory_store() as store:
        store.write([Analysis(article=talks)])
        store.delete(talks.doc_id)
        report = import_parquet(_exported(tmp_path, "later", talks), store)
        assert ([d.doc_id for d in store.docs()], report.skipped) == ([talks.doc_id], {})


def _deleting_talks() -> tuple[Store, Store, Article, str]:
    """Two stores holding `talks`; the first then deleted it after the returned mark."""
    talks = Article.from_text("Armenia and Azerbaijan met in Moscow.")
    source, target = _memory_store(), _memory_store()
    for store in (source, target):
        store.write([Analysis(article=talks)])
    mark = source.changes(None).as_of
    source.delete(talks.doc_id)
    return source, target, talks, mark


def _deleted_since(tmp_path: Path, keep: set[str]) -> tuple[Store, Article, Path]:
    """A store holding `talks`, and an incremental export of a store that deleted it,
    left with only the files `keep` names (and its manifest)."""
    source, target, talks, mark = _deleting_talks()
    source.export("parquet", tmp_path / "since", since=mark)
    for path in (tmp_path / "since").glob("*.parquet"):
        if path.name not in keep:
            path.unlink()
    return target, talks, tmp_path / "since"


@pytest.mark.parametrize("keep", [{"deletions.parquet"},
                                  {"deletions.parquet", "failures.parquet"}])
def test_an_export_of_deletions_alone_removes_what_they_name(
        tmp_path: Path, keep: set[str]) -> None:
    from belli.spark.importer import import_parquet

    target, talks, export = _deleted_since(tmp_path, keep)
    report = import_parquet(export, target)
    assert (list(target.docs()), report.deleted) == ([], 1)
    assert target.con.execute("SELECT doc_id, reason FROM deletions").fetchall() == [
        (talks.doc_id, "deleted")]


def test_a_single_table_export_s_deletions_are_applied(tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    source, target, _, mark = _deleting_talks()
    source.export("parquet", tmp_path / "one" / "documents.parquet", table="documents",
                  since=mark)
    assert (tmp_path / "one" / "documents.deletions.parquet").is_file()
    report = import_parquet(tmp_path / "one", target)
    assert (list(target.docs()), report.deleted) == ([], 1)


def test_a_version_published_before_the_stored_one_never_replaces_it(
        tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    earlier = Article.from_text("Troops shelled Shusha.", url=_CLASH, published="2021-03-04")
    later = Article.from_text("Troops shelled Shusha at dawn, killing two.", url=_CLASH,
                              published="2021-03-05")
    export = _exported(tmp_path, "a", earlier)  # store A saw only the earlier version
    with _memory_store() as store:  # store B saw only the later one
        store.write([Analysis(article=later)])
        report = import_parquet(export, store)
        assert [d.doc_id for d in store.docs()] == [later.doc_id]
        assert (report.stored, report.replaced, report.skipped) == (0, 0, {"older": 1})
        assert "1 skipped (older than the stored version)" in report.summary()
        assert store.con.execute("SELECT count(*) FROM deletions").fetchone() == (0,)


def test_a_version_published_the_same_day_replaces_the_stored_one_as_ingest_would(
        tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    stored = Article.from_text("Troops shelled Shusha.", url=_CLASH, published="2021-03-04")
    edit = Article.from_text("Troops shelled Shusha at dawn.", url=_CLASH,
                             published="2021-03-04")
    export = _exported(tmp_path, "a", edit)
    with _memory_store() as store:
        store.write([Analysis(article=stored)])
        report = import_parquet(export, store)
        assert ([d.doc_id for d in store.docs()], report.replaced) == ([edit.doc_id], 1)


def _table_exported(store: Store, folder: Path, *tables: str) -> Path:
    """Each of `tables` of `store` exported alone into `folder` (`NAME.parquet` beside its
    `NAME.parquet.manifest.json`)."""
    for table in tables:
        store.export("parquet", folder / f"{table}.parquet", table=table)
    return folder


def test_a_document_deleted_after_its_table_was_exported_alone_stays_deleted(
        tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    talks = Article.from_text("Armenia and Azerbaijan met in Moscow.")
    with _memory_store() as store:
        store.write([Analysis(article=talks)])
        export = _table_exported(store, tmp_path / "one", "documents")
        store.delete(talks.doc_id)
        report = import_parquet(export, store)
        assert (list(store.docs()), report.skipped) == ([], {"deleted": 1})


def test_a_table_exported_alone_by_another_schema_is_refused(tmp_path: Path) -> None:
    from belli.errors import InputError
    from belli.spark.importer import import_parquet
    from belli.store.schema import SCHEMA_VERSION

    source = _memory_store()
    source.write([Analysis(article=Article.from_text("Talks."))])
    manifest = _table_exported(source, tmp_path, "documents") / "documents.parquet.manifest.json"
    body = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**body, "schema_version": SCHEMA_VERSION + 1}))
    with pytest.raises(InputError, match="documents.parquet.manifest.json: written with"):
        import_parquet(tmp_path, _memory_store())


def test_the_earliest_of_the_tables_exports_decides_what_stays_deleted(
        tmp_path: Path) -> None:
    from belli.spark.importer import import_parquet

    talks = Article.from_text("Armenia and Azerbaijan met in Moscow.")
    with _memory_store() as store:
        store.write([Analysis(article=talks)])
        export = _table_exported(store, tmp_path, "documents")
        store.delete(talks.doc_id)
        _table_exported(store, export, "failures")  # exported after the deletion
        report = import_parquet(export, store)
        assert (list(store.docs()), report.skipped) == ([], {"deleted": 1})


def test_an_export_file_without_a_manifest_beside_others_is_refused_in_one_line(
        tmp_path: Path) -> None:
    from belli.errors import InputError
    from belli.spark.importer import import_parquet

    source = _memory_store()
    source.write([Analysis(article=Article.from_text("Talks."))])
    export = _table_exported(source, tmp_path, "documents", "sentences")
    (export / "sentences.parquet.manifest.json").unlink()
    target = _memory_store()
    with pytest.raises(InputError, match="sentences.parquet: no export manifest") as refused:
        import_parquet(export, target)
    assert "\n" not in str(refused.value)
    assert list(target.docs()) == []
