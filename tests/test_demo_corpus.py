"""The demo corpus that `make run` ingests: its size, formats, outlets and well-formedness.

The corpus (belli/demo/corpus) is original writing by the belli authors, attributed to
three fictional outlets. These tests read the files themselves, with nothing from belli
but `corpus_path()`, so they state what the corpus *is*. The last tests then check that
belli's ingestion reads all of it, and are skipped while `belli.ingest.read_sources` is
missing.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import lxml.html
import pytest

from belli.demo import CORPUS_SUFFIXES, corpus_files, corpus_path
from belli.records import Article, Failure

OUTLETS = frozenset({"Caspian Ledger", "Ararat Dispatch", "Meridian Wire"})
FORMAT_OF = {".txt": "text", ".html": "html", ".jsonl": "jsonl"}
JSONL_FIELDS = ("text", "title", "author", "published", "url", "publisher")
# Lines of page furniture that a pasted page keeps and a cleaned body must not.
FURNITURE = ("Share this article", "Subscribe to our newsletter", "Text size", "Text resize",
             "Change contrast", "All rights reserved", "cookies", "Donate", "Sign in")

DATELINE = re.compile(r"^(?P<outlet>[A-Z][A-Za-z ]+), (?P<date>\d{1,2} [A-Z][a-z]+ \d{4})$")
BYLINE = re.compile(r"^By [A-Z]|^[A-Z][a-z]+ [A-Z][a-z]+ - \d{1,2} [A-Z][a-z]+ \d{4} - ")
BODY_END = re.compile(r"^(Share this article|Reporting by)")


@dataclass(frozen=True)
class DemoArticle:
    """One article as the corpus files state it, read without belli's ingestion."""

    source: Path
    fmt: str
    publisher: str
    title: str
    published: dt.date
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def label(self) -> str:
        return f"{self.source.name}:{self.title[:30]}"


def _text_article(path: Path) -> DemoArticle:
    """Title above the byline, outlet and date from the dateline, body up to 'Share'."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    filled = [line for line in lines if line]
    by = next(i for i, line in enumerate(filled) if BYLINE.search(line))
    at = next(i for i, line in enumerate(filled) if DATELINE.match(line))
    dateline = DATELINE.match(filled[at])
    assert dateline is not None
    start = next(i for i in range(at + 1, len(filled)) if len(filled[i].split()) >= 20)
    end = next(i for i in range(start, len(filled)) if BODY_END.match(filled[i]))
    published = dt.datetime.strptime(dateline["date"], "%d %B %Y").date()
    return DemoArticle(path, "text", dateline["outlet"], filled[by - 1], published,
                       tuple(filled[start:end]))


def _meta(page: lxml.html.HtmlElement, key: str) -> str:
    found = page.xpath(f"//meta[@property='{key}' or @name='{key}']/@content")
    return str(found[0]) if found else ""


def _html_article(path: Path) -> DemoArticle:
    page = lxml.html.fromstring(path.read_bytes())
    body = page.xpath("//article//div[contains(@class, 'body') or contains(@class, 'content')]/p")
    published = dt.datetime.fromisoformat(_meta(page, "article:published_time")).date()
    return DemoArticle(path, "html", _meta(page, "og:site_name"), _meta(page, "og:title"),
                       published, tuple(p.text_content().strip() for p in body))


def _jsonl_lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _jsonl_articles(path: Path) -> list[DemoArticle]:
    return [
        DemoArticle(path, "jsonl", str(row["publisher"]), str(row["title"]),
                    dt.datetime.fromisoformat(str(row["published"])).date(),
                    tuple(str(row["text"]).split("\n\n")))
        for row in _jsonl_lines(path)
    ]


@cache
def demo_articles() -> tuple[DemoArticle, ...]:
    out: list[DemoArticle] = []
    for path in corpus_files():
        if path.suffix == ".txt":
            out.append(_text_article(path))
        elif path.suffix == ".html":
            out.append(_html_article(path))
        else:
            out.extend(_jsonl_articles(path))
    return tuple(out)


def _files(suffix: str) -> list[Path]:
    return [p for p in corpus_files() if p.suffix == suffix]


ARTICLES = demo_articles()


# ---- what the corpus is -----------------------------------------------------------------


def test_corpus_has_at_least_14_articles_in_3_formats_from_3_outlets() -> None:
    formats = Counter(a.fmt for a in ARTICLES)
    assert len(ARTICLES) >= 14
    assert formats["text"] >= 4 and formats["html"] >= 4 and formats["jsonl"] >= 5
    assert {a.publisher for a in ARTICLES} == OUTLETS


def test_corpus_folder_holds_only_article_files() -> None:
    everything = [p for p in corpus_path().rglob("*") if p.is_file()]
    assert everything and all(p.suffix in CORPUS_SUFFIXES for p in everything)
    assert sorted(everything) == corpus_files()


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.label)
def test_article_is_short_news_of_250_to_600_words(article: DemoArticle) -> None:
    assert 250 <= len(article.body.split()) <= 600


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.label)
def test_article_is_dated_within_2020_to_2023(article: DemoArticle) -> None:
    assert dt.date(2020, 9, 27) <= article.published <= dt.date(2023, 12, 31)
    assert article.title and article.publisher in OUTLETS


def test_no_article_text_is_duplicated() -> None:
    bodies = Counter(" ".join(a.body.split()) for a in ARTICLES)
    assert [b[:60] for b, n in bodies.items() if n > 1] == []
    paragraphs = Counter(p for a in ARTICLES for p in set(a.paragraphs) if len(p.split()) >= 12)
    assert [p[:60] for p, n in paragraphs.items() if n > 1] == []


@pytest.mark.parametrize(
    ("first", "last", "min_outlets"),
    [
        pytest.param("2020-09-27", "2020-11-30", 2, id="the 2020 war and the 10 November ceasefire"),
        pytest.param("2021-06-15", "2021-06-30", 2, id="the Shusha Declaration"),
        pytest.param("2022-09-13", "2022-09-30", 3, id="the September 2022 border fighting"),
        pytest.param("2022-12-12", "2023-02-28", 3, id="the Lachin corridor blockade"),
        pytest.param("2023-09-19", "2023-10-31", 3, id="the September 2023 offensive and exodus"),
    ],
)
def test_event_is_told_by_several_outlets(first: str, last: str, min_outlets: int) -> None:
    """Cross-source linking needs the same events told with different framings."""
    lo, hi = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    outlets = {a.publisher for a in ARTICLES if lo <= a.published <= hi}
    assert len(outlets) >= min_outlets


# ---- each format is realistic and well formed -------------------------------------------


@pytest.mark.parametrize("path", _files(".html"), ids=lambda p: p.name)
def test_html_page_parses_with_menus_cookie_banner_and_meta(path: Path) -> None:
    page = lxml.html.fromstring(path.read_bytes())
    assert page.xpath("//nav//a") and page.xpath("//footer")
    assert page.xpath("//*[contains(@class, 'cookie') or contains(@id, 'cookie')"
                      " or contains(@class, 'gdpr')]")
    assert page.xpath("//*[contains(@class, 'share')]//a")
    for key in ("og:title", "og:site_name", "article:published_time", "author"):
        assert _meta(page, key), key


@pytest.mark.parametrize("path", _files(".jsonl"), ids=lambda p: p.name)
def test_jsonl_lines_are_article_objects_with_an_extra_field(path: Path) -> None:
    rows = _jsonl_lines(path)
    assert len(rows) >= 5
    for row in rows:
        assert isinstance(row, dict)
        assert all(isinstance(row.get(key), str) and row[key] for key in JSONL_FIELDS)
        assert set(row) - set(JSONL_FIELDS), "an extra field to keep as metadata"


@pytest.mark.parametrize("path", _files(".txt"), ids=lambda p: p.name)
def test_pasted_page_keeps_its_furniture_for_the_cleaner(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    article = _text_article(path)
    assert article.title and article.paragraphs
    assert "Share" in text and ("Subscribe" in text or "Donate" in text)
    assert re.search(r"^© 20\d\d ", text, re.MULTILINE) and "cookies" in text
    assert not any(marker in article.body for marker in FURNITURE)


# ---- packaging ----------------------------------------------------------------------------


def test_corpus_lives_inside_the_installed_package() -> None:
    import belli

    assert corpus_path().is_relative_to(Path(belli.__file__).parent)


def test_package_data_globs_ship_every_corpus_file() -> None:
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    if not pyproject.is_file():
        pytest.skip("no pyproject.toml beside the tests (an installed copy)")
    patterns = tomllib.loads(pyproject.read_text())["tool"]["setuptools"]["package-data"]["belli"]
    package = corpus_path().parents[1]
    shipped = {p for pattern in patterns for p in package.glob(pattern) if p.is_file()}
    assert set(corpus_files()) <= shipped
    assert package / "demo" / "README.md" in shipped


# ---- belli reads the whole corpus -----------------------------------------------------------

# Ingestion is written in parallel with this corpus; until it exists these tests skip.
read_sources = getattr(importlib.import_module("belli.ingest"), "read_sources", None)
needs_ingest = pytest.mark.skipif(read_sources is None,
                                  reason="belli.ingest has no read_sources yet")


@pytest.fixture(scope="module")
def records() -> list[Article | Failure]:
    """Everything belli reads from the corpus folder, read once for these tests."""
    from belli.settings import Settings

    assert read_sources is not None
    return list(read_sources([str(corpus_path())], Settings.load(db_path=":memory:")))


@pytest.fixture(scope="module")
def ingested(records: list[Article | Failure]) -> list[Article]:
    return [r for r in records if isinstance(r, Article)]


@needs_ingest
def test_read_sources_reads_the_whole_corpus_without_failure(
    records: list[Article | Failure], ingested: list[Article]
) -> None:
    assert [r.message for r in records if isinstance(r, Failure)] == []
    assert len(ingested) == len(ARTICLES)
    for article in ingested:
        assert article.title and article.publisher in OUTLETS, article.source
        assert article.published and not article.published_inferred, article.source
        assert article.language == "en", article.source


@needs_ingest
def test_read_sources_takes_the_date_each_article_states(ingested: list[Article]) -> None:
    stated = Counter((a.publisher, a.published.isoformat()) for a in ARTICLES)
    read = Counter((a.publisher, (a.published or "")[:10]) for a in ingested)
    assert read == stated


@needs_ingest
@pytest.mark.parametrize("expected", ARTICLES, ids=lambda a: a.label)
def test_read_sources_keeps_headline_and_every_paragraph_and_drops_furniture(
    expected: DemoArticle, ingested: list[Article]
) -> None:
    same_file = [a for a in ingested if a.source == str(expected.source)]
    got = next((a for a in same_file if a.title == expected.title), same_file[0])
    assert got.title == expected.title
    text = " ".join(got.text.split())
    for paragraph in expected.paragraphs:
        assert " ".join(paragraph.split()) in text
    assert [m for m in FURNITURE if m in text] == []
