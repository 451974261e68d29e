"""Golden tests: real pasted pages and our own fixtures, checked against hand-written
expectations in tests/articles/<name>.expected.json (trafilatura's must-contain /
must-not-contain style). The two real seeds live in ../shared/corpus/seeds and are
skipped when ../shared is absent; our own fixtures always run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from belli.ingest import article_from_text, read_sources
from belli.records import Article
from belli.settings import Settings

ARTICLES = Path(__file__).parent / "articles"
EXPECTED = sorted(ARTICLES.glob("*.expected.json"))


def _text_of(case: dict[str, Any], expected: Path, request: pytest.FixtureRequest) -> str:
    if "seed" in case:  # a real article from ../shared: skip cleanly without it
        shared: Path = request.getfixturevalue("shared_dir")
        return (shared / "corpus" / "seeds" / case["seed"]).read_text(encoding="utf-8")
    return expected.with_name(expected.name.replace(".expected.json", ".txt")).read_text(
        encoding="utf-8"
    )


@pytest.fixture(params=EXPECTED, ids=lambda p: p.name.split(".")[0])
def golden(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Article]:
    case = json.loads(request.param.read_text(encoding="utf-8"))
    return case, article_from_text(
        _text_of(case, request.param, request), source=request.param.name
    )


def test_metadata_is_recovered(golden: tuple[dict[str, Any], Article]) -> None:
    case, article = golden
    keys = ("title", "author", "publisher", "published", "published_inferred", "language")
    assert {k: getattr(article, k) for k in keys} == {k: case[k] for k in keys}


def test_every_article_paragraph_is_kept(golden: tuple[dict[str, Any], Article]) -> None:
    case, article = golden
    assert [s for s in case["must_contain"] if s not in article.text] == []
    assert len(article.text.split("\n\n")) == case["paragraphs"]


def test_every_furniture_line_is_dropped(golden: tuple[dict[str, Any], Article]) -> None:
    case, article = golden
    assert [s for s in case["must_not_contain"] if s in article.text] == []


def test_author_bio_moves_to_metadata(golden: tuple[dict[str, Any], Article]) -> None:
    case, article = golden
    for snippet in case["author_bio_contains"]:
        assert snippet in article.meta["author_bio"]
        assert snippet not in article.text
    if not case["author_bio_contains"]:
        assert "author_bio" not in article.meta


def test_tag_lines_become_tags(golden: tuple[dict[str, Any], Article]) -> None:
    case, article = golden
    if "tags" in case:
        assert article.meta.get("tags", []) == case["tags"]


def test_the_same_page_gives_the_same_id(golden: tuple[dict[str, Any], Article]) -> None:
    _case, article = golden
    assert article_from_text(article.text, title=article.title).doc_id == article.doc_id


@pytest.mark.shared
def test_seed_folder_reads_both_seeds(shared_dir: Path) -> None:
    items = list(read_sources([str(shared_dir / "corpus" / "seeds")], Settings()))
    assert all(isinstance(i, Article) for i in items) and len(items) == 2
    assert {i.author for i in items if isinstance(i, Article)} == {
        "Andrew Korybko",
        "Mahammad Mammadov",
    }
