"""The public API: what `belli` exports, and the API functions over real text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import belli
from belli.records import Article
from belli.settings import Settings

PUBLIC = [
    "Actor", "Analysis", "Article", "BelliError", "Claim", "DateSpan", "DocSummary", "Event",
    "EventFilter", "EventPage", "ExportReport", "Failure", "FetchError", "IngestReport",
    "InputError", "LanguageError", "Mention", "ModelError", "NotFoundError", "Pipeline",
    "PipelineError", "Place", "Quantity", "QueryError", "Relation", "Sentence", "SettingError",
    "Settings", "Store", "StoreError", "StoreLockedError", "StoreStats", "StoredEvent",
    "__version__", "analyze", "build_pipeline", "docs", "export", "extract", "find_events",
    "ingest_sources", "open_store", "record_from_dict", "show", "stats",
]

ARTICLES = [
    "Azerbaijan and Armenia agreed to a ceasefire in Moscow on 10 November 2020.",
    "Turkey and Pakistan held joint drills with Azerbaijan near Baku in September 2021.",
    "Iran warned Azerbaijan against changing the border with Armenia.",
]


def test_the_public_api_is_exactly_this() -> None:
    assert sorted(belli.__all__) == sorted(PUBLIC)


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(belli, name) is not None
    assert name in dir(belli)


def test_ingest_sources_stays_the_api_function_after_the_ingest_package_loads() -> None:
    import belli.api
    import belli.ingest  # rebinds `belli.ingest` to the subpackage

    assert belli.ingest_sources is belli.api.ingest
    assert belli.ingest.read_sources is not None


def test_find_events_stays_the_api_function_after_the_events_package_loads() -> None:
    import belli.api
    import belli.events  # rebinds `belli.events` to the subpackage (the event coder)

    assert belli.find_events is belli.api.events


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        belli.nonsense  # noqa: B018


def test_importing_records_does_not_load_the_database_or_the_model() -> None:
    code = "import sys, belli.records; print(sorted({'duckdb', 'spacy'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"


@pytest.mark.model
def test_ingesting_the_same_articles_twice_stores_nothing_new(tmp_path: Path) -> None:
    settings = Settings.load(db_path=str(tmp_path / "belli.duckdb"), batch_size=2)
    articles = [Article.from_text(t) for t in ARTICLES]
    first = belli.ingest_sources(articles, settings)
    second = belli.ingest_sources(articles, settings)
    assert (first.stored, first.already_stored, first.failed) == (3, 0, 0)
    assert (second.stored, second.already_stored, second.failed) == (0, 3, 0)
    assert belli.stats(settings).counts["documents"] == 3


@pytest.mark.model
def test_progress_sees_every_batch(tmp_path: Path) -> None:
    settings = Settings.load(db_path=str(tmp_path / "belli.duckdb"), batch_size=2)
    seen: list[int] = []
    belli.ingest_sources([Article.from_text(t) for t in ARTICLES], settings,
                 progress=lambda report: seen.append(report.stored))
    assert seen == [2, 3]


@pytest.mark.model
def test_what_is_stored_reads_back_as_what_extract_gives(tmp_path: Path) -> None:
    settings = Settings.load(db_path=str(tmp_path / "belli.duckdb"))
    articles = [Article.from_text(t) for t in ARTICLES]
    extracted = list(belli.extract(articles, settings))
    belli.ingest_sources(articles, settings)
    exported = tmp_path / "all.jsonl"
    belli.export("jsonl", exported, settings=settings)
    import json

    header, *stored = [json.loads(line)
                       for line in exported.read_text(encoding="utf-8").splitlines()]
    assert header["kind"] == "export"
    assert stored == extracted
    shown = belli.show(extracted[0]["doc_id"][:8], settings)
    assert shown.records()[0].to_dict() == extracted[0]
