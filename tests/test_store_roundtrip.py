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
