"""HTML pages: trafilatura finds the article, belli cleans it; menus, cookie banners and
share buttons never reach the body, and the parser never resolves entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from belli.errors import InputError
from belli.ingest import article_from_html

PAGE = Path(__file__).parent / "articles" / "caspian_ledger_page.html"


@pytest.fixture(scope="module")
def page_article():
    return article_from_html(PAGE.read_bytes(), source=str(PAGE))


def test_page_metadata_is_recovered(page_article) -> None:
    assert (
        page_article.title,
        page_article.author,
        page_article.publisher,
        page_article.published,
    ) == (
        "Ferry link across the Caspian resumes after two-year pause",
        "Rustam Aliyev",
        "The Caspian Ledger",
        "2023-05-18",
    )
    assert page_article.url == "https://ledger.example/world/ferry-link-resumes"
    assert page_article.language == "en" and not page_article.published_inferred


@pytest.mark.parametrize(
    "snippet",
    [
        "sailed from the port of Alat on Wednesday evening",
        "carried forty lorries and about a hundred passengers",
        "Trade on the middle corridor",
        "avoids the northern railways",
        "hopes to add a third once a second vessel returns",
    ],
)
def test_every_paragraph_is_kept(page_article, snippet: str) -> None:
    assert snippet in page_article.text


@pytest.mark.parametrize(
    "snippet",
    [
        "cookies",
        "Accept all",
        "Home",
        "Opinion",
        "Subscribe",
        "Share on",
        "Tweet",
        "Related stories",
        "Port expansion wins funding",
        "Copyright",
        "Terms of Use",
        "By Rustam",
        "Ferry link across",
    ],
)
def test_page_furniture_is_dropped(page_article, snippet: str) -> None:
    assert snippet not in page_article.text


def test_windows_1252_page_is_decoded() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\xe9 talks</title></head><body><article><p>The caf\xe9 owners said the \x93new bridge\x94 "
        "had changed their trade \x97 more visitors now arrive on foot from the station every day.</p>"
        "</article></body></html>"
    ).encode("latin-1")
    assert (
        "the “new bridge” had changed their trade — more visitors" in article_from_html(html).text
    )


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><article><p>The ministry said the talks would resume next week in Geneva, "
        "and that both delegations had agreed to the agenda. &xxe;</p></article></body></html>"
    )
    assert "TOP-SECRET-VALUE" not in article_from_html(html).text


@pytest.mark.parametrize(
    ("html", "message"),
    [
        (b"", "empty input"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        (b"<p>" + b"a" * 2000 + b"</p>", "larger than max_input_bytes"),
    ],
)
def test_unusable_html_raises_one_clear_line(html: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        article_from_html(html, max_bytes=1000)


def test_given_metadata_wins_over_the_page() -> None:
    article = article_from_html(
        PAGE.read_text(encoding="utf-8"), title="Ferry link resumes", publisher="Meridian Wire"
    )
    assert (article.title, article.publisher) == ("Ferry link resumes", "Meridian Wire")
