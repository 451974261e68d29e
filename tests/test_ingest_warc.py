"""WARC archives (the CC-NEWS format), written here with warcio itself: HTML responses
become articles, everything else is skipped, and a bad record fails on its own."""

from __future__ import annotations

import gzip
import io
import logging
import re
import sys
from pathlib import Path

import pytest

from belli.errors import InputError
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
    monkeypatch.delitem(sys.modules, "belli.ingest.readers.warcio_adapter", raising=False)
    (item,) = list(read_sources([str(path)], Settings()))
    assert isinstance(item, Failure) and "reading WARC files needs warcio" in item.message


def warc_bytes(uri: str, payload: bytes, headers: list[tuple[str, str]] | None = None) -> bytes:
    """One uncompressed response record, as warcio writes it."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    http = StatusAndHeaders(
        "200 OK", headers or [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    writer.write_record(writer.create_warc_record(
        uri, "response", payload=io.BytesIO(payload), http_headers=http,
        warc_headers_dict={"WARC-Date": "2023-05-19T02:03:04Z"},
    ))
    return buffer.getvalue()


class CountingReader(io.BytesIO):
    """Counts the bytes read from it, to show how far a reader went."""

    consumed = 0

    def read(self, size: int | None = -1, /) -> bytes:
        chunk = super().read(size)
        self.consumed += len(chunk)
        return chunk


FERRY = warc_bytes("https://ledger.example/ferry", PAGE)


def test_a_record_cut_short_by_the_end_of_the_archive_is_a_failure(tmp_path: Path) -> None:
    cut = warc_bytes("https://ledger.example/cut", UNDATED)
    path = tmp_path / "cut.warc"
    path.write_bytes(FERRY + cut[:-600])  # the story is all there, the page's end is not
    ferry, cut_short = list(read_sources([str(path)], Settings()))
    assert isinstance(ferry, Article)
    assert isinstance(cut_short, Failure)
    assert "https://ledger.example/cut" in cut_short.message and "truncated" in cut_short.message


def test_a_huge_header_line_is_a_named_failure_read_no_further_than_the_cap() -> None:
    from belli.ingest.readers.warc import articles_from_warc

    huge = b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: " + b"a" * 30_000_000
    huge += b"\r\nContent-Length: 0\r\n\r\n"
    stream = CountingReader(FERRY + huge)
    items = articles_from_warc(stream, source="huge.warc", limit=20_000_000)
    assert isinstance(next(items), Article)
    with pytest.raises(InputError, match="header line is longer than"):
        next(items)
    assert stream.consumed < 2_000_000


def test_a_wrong_content_length_fails_its_record_and_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = warc_bytes("https://ledger.example/short", UNDATED)
    declared = re.search(rb"Content-Length: (\d+)", short)
    assert declared is not None
    wrong = short.replace(declared[0], b"Content-Length: %d" % (int(declared[1]) - 300), 1)
    path = tmp_path / "wrong.warc"
    path.write_bytes(FERRY + wrong + FERRY)
    items = list(read_sources([str(path)], Settings()))
    assert isinstance(items[0], Article)
    failed = [i for i in items if isinstance(i, Failure)]
    assert any("https://ledger.example/short" in f.message and "Content-Length" in f.message
               for f in failed)
    assert not any(isinstance(i, Article) and i.url == "https://ledger.example/short"
                   for i in items)
    assert capsys.readouterr().err == ""


def test_a_payload_whose_compression_breaks_midway_is_a_failure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from belli.ingest.readers.warc import articles_from_warc

    words = " ".join(f"word{n * 7919 % 100_003}" for n in range(20_000))
    html = f"<html><body><article><p>{words}</p></article></body></html>".encode()
    packed = bytearray(gzip.compress(html))
    packed[len(packed) // 2: len(packed) // 2 + 64] = bytes(64)
    record = warc_bytes(
        "https://ledger.example/packed", bytes(packed),
        [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
    )
    (item,) = list(articles_from_warc(io.BytesIO(record), source="packed.warc", limit=10**7))
    assert isinstance(item, Failure) and "https://ledger.example/packed" in item.message
    assert capsys.readouterr().err == ""


def test_warcio_log_messages_reach_belli_log_with_the_source(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    from belli.ingest.readers.warc import articles_from_warc

    spaced = FERRY.replace(
        b"WARC-Target-URI: https://ledger.example/ferry",
        b"WARC-Target-URI: https://ledger.example/a b",
    )
    with caplog.at_level(logging.WARNING):
        items = list(articles_from_warc(io.BytesIO(spaced), source="spaced.warc", limit=10**7))
    assert [type(i).__name__ for i in items] == ["Article"]
    assert any(r.name.startswith("belli") and r.getMessage().startswith("spaced.warc: ")
               and "WARC-Target-URI" in r.getMessage() for r in caplog.records)
    assert capsys.readouterr().err == ""
