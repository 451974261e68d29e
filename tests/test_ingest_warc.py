"""WARC archives (the CC-NEWS format), written here with warcio itself: HTML responses
become articles, everything else is skipped, and a bad record fails on its own."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from belli.ingest import read_sources
from belli.records import Article, Failure
from belli.settings import Settings

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = (Path(__file__).parent / "articles" / "caspian_ledger_page.html").read_bytes()
# The same page without its stated date, so the record's WARC-Date is the fallback.
UNDATED = PAGE.replace(
    b'<meta property="article:published_time" content="2023-05-18T07:30:00+00:00">', b""
).replace(b" | May 18, 2023", b"")
CP1252 = (
    "<html><body><article><p>The caf\xe9 owners said the \x93new bridge\x94 had changed their trade, "
    "and that more visitors now arrive on foot from the station every single day.</p></article></body></html>"
).encode("latin-1")


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]], *, gzip: bool) -> Path:
    """records: (record type, target URI, payload, HTTP status and Content-Type as 'status|type')."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for rec_type, uri, payload, http in records:
            status, content_type = http.split("|")
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    rec_type,
                    payload=io.BytesIO(payload),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": "2023-05-19T02:03:04Z"},
                )
            )
    return path


RECORDS = [
    ("response", "https://ledger.example/ferry", UNDATED, "200 OK|text/html; charset=utf-8"),
    (
        "response",
        "https://ledger.example/logo.png",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        "200 OK|image/png",
    ),
    (
        "response",
        "https://ledger.example/gone",
        b"<html><body><p>Gone</p></body></html>",
        "404 Not Found|text/html",
    ),
    ("response", "https://ledger.example/empty", b"<html><body></body></html>", "200 OK|text/html"),
    ("response", "https://ledger.example/cafe", CP1252, "200 OK|text/html; charset=windows-1252"),
]


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_articles(tmp_path: Path, compressed: bool) -> None:
    path = write_warc(
        tmp_path / ("news.warc.gz" if compressed else "news.warc"), RECORDS, gzip=compressed
    )
    items = list(read_sources([str(path)], Settings()))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    ferry, empty, cafe = items
    assert isinstance(ferry, Article) and isinstance(cafe, Article) and isinstance(empty, Failure)
    assert ferry.url == "https://ledger.example/ferry" and ferry.source == str(path)
    assert (ferry.published, ferry.published_inferred) == ("2023-05-19", True)
    assert "https://ledger.example/empty" in empty.message and "no article text" in empty.message
    assert "the “new bridge” had changed their trade" in cafe.text


def test_an_oversized_record_fails_alone(tmp_path: Path) -> None:
    big = (
        b"<html><body><article><p>"
        + b"More words about the talks. " * 2000
        + b"</p></article></body></html>"
    )
    records = [RECORDS[0], ("response", "https://ledger.example/big", big, "200 OK|text/html")] + [
        RECORDS[4]
    ]
    path = write_warc(tmp_path / "news.warc.gz", records, gzip=True)
    items = list(read_sources([str(path)], Settings.load(max_input_bytes=20_000)))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    assert "larger than max_input_bytes" in items[1].message  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort",
            "damaged WARC data",
        ),
        (b"just some words in a file named like an archive\n", "not a WARC file"),
    ],
)
def test_damaged_warc_is_one_failure(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(content)
    (item,) = list(read_sources([str(path)], Settings()))
    assert isinstance(item, Failure) and message in item.message


def test_missing_warcio_gives_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_warc(tmp_path / "news.warc", RECORDS[:1], gzip=False)
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    (item,) = list(read_sources([str(path)], Settings()))
    assert isinstance(item, Failure) and "reading WARC files needs warcio" in item.message
