"""Reading sources: files, folders, stdin, JSON Lines, compression, encodings, and a clear
one-line Failure for every input that cannot be read, after which reading goes on."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import shutil
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from belli.errors import InputError
from belli.ingest import read_sources
from belli.ingest.decode import decode_bytes, read_path
from belli.records import Article, Failure
from belli.settings import Settings

ARTICLES = Path(__file__).parent / "articles"
STORY = (
    "Officials from the two neighbouring states signed a memorandum on Tuesday to reopen a "
    "rail crossing that has been closed for three decades.\n\n"
    "Engineers will first survey the old line before any trains are scheduled.\n"
)


def read(*sources: str | Path, **settings: object) -> list[Article | Failure]:
    return list(read_sources([str(s) for s in sources], Settings.load(**settings)))


def only_article(*sources: str | Path, **settings: object) -> Article:
    (item,) = read(*sources, **settings)
    assert isinstance(item, Article), item
    return item


def only_failure(*sources: str | Path, **settings: object) -> Failure:
    (item,) = read(*sources, **settings)
    assert isinstance(item, Failure), item
    assert "\n" not in item.message and item.stage == "ingest" and item.doc_id is None
    return item


def test_public_api_is_pinned() -> None:
    import belli.ingest

    assert sorted(belli.ingest.__all__) == [
        "article_from_html",
        "article_from_text",
        "read_sources",
    ]


def test_plain_text_file_becomes_an_article(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    article = only_article(path)
    assert article.text == STORY.strip()
    assert article.source == str(path) and article.language == "en"


@pytest.mark.parametrize(
    ("fixture", "snippets"),
    [
        (
            "cp1252_story.txt",
            [
                "Café owners",
                "the “new bridge” has changed",
                "trade — more visitors",
                "mayor’s office",
            ],
        ),
        ("latin1_story.txt", ["Les négociateurs se sont réunis à Genève", "l'été"]),
        ("utf16_story.txt", ["signed a memorandum on Tuesday"]),
    ],
)
def test_non_utf8_files_are_decoded(fixture: str, snippets: list[str]) -> None:
    article = only_article(ARTICLES / fixture)
    assert [s for s in snippets if s not in article.text] == []


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be", "utf-32", "cp1252"])
def test_byte_order_marks_and_bomless_utf16_are_read(encoding: str) -> None:
    assert decode_bytes(STORY.encode(encoding)) == STORY


def test_charset_declared_in_html_wins() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 \x93quoted\x94</p></body></html>'
    from belli.ingest.decode import decode_html_bytes

    assert "Café “quoted”" in decode_html_bytes(html.encode("latin-1"))


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
def test_compressed_files_are_read(tmp_path: Path, compress: object) -> None:
    suffix = {gzip.compress: ".gz", bz2.compress: ".bz2", lzma.compress: ".xz"}[compress]  # type: ignore[index]
    path = tmp_path / f"story.txt{suffix}"
    path.write_bytes(compress(STORY.encode()))  # type: ignore[operator]
    assert only_article(path).text == STORY.strip()


def test_single_member_zip_is_read_by_its_member_format(tmp_path: Path) -> None:
    path = tmp_path / "page.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(ARTICLES / "caspian_ledger_page.html", "page.html")
    assert only_article(path).title == "Ferry link across the Caspian resumes after two-year pause"


def test_zip_with_two_members_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", STORY)
        zf.writestr("b.txt", STORY)
    assert "exactly one file" in only_failure(path).message


def test_a_readme_named_on_its_own_is_read_like_any_file(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(STORY)
    assert [type(i) for i in read(tmp_path / "README.md")] == [Article]


def test_folder_is_read_recursively_by_extension(tmp_path: Path) -> None:
    (tmp_path / "nested" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.md").write_text("# A headline here\n\n" + STORY)
    shutil.copy(ARTICLES / "caspian_ledger_page.html", tmp_path / "nested" / "c.htm")
    (tmp_path / "nested" / "deeper" / "d.ndjson").write_text(
        '{"text": "Talks resumed in Geneva on Monday."}\n'
    )
    (tmp_path / "nested" / "e.text.gz").write_bytes(gzip.compress(STORY.encode()))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    (tmp_path / ".hidden.txt").write_text(STORY)
    (tmp_path / "README.md").write_text("# About this corpus\n\nStories collected for tests.")
    (tmp_path / "nested" / "LICENSE.txt").write_text("Public domain, see the notice.")
    items = read(tmp_path)
    assert all(isinstance(i, Article) for i in items)
    # sorted, files of a folder before its subfolders
    assert [Path(i.source or "").name for i in items] == [
        "a.txt",
        "b.md",
        "c.htm",
        "e.text.gz",
        "d.ndjson",
    ]


def test_stdin_is_read_and_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    page = (ARTICLES / "caspian_ledger_page.html").read_bytes()
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(gzip.compress(page))))
    monkeypatch.setattr(sys, "stdin", stdin)
    article = only_article("-")
    assert article.source == "<stdin>" and article.author == "Rustam Aliyev"


def test_json_lines_give_one_article_per_line_and_failures_name_the_line() -> None:
    path = ARTICLES / "wire_feed.jsonl"
    items = read(path)
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i.message for i in items if isinstance(i, Failure)]
    assert len(articles) == 3
    assert [m.split(": ", 1)[0] for m in failures] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    first = articles[0]
    assert (first.title, first.author, first.publisher, first.published, first.url) == (
        "Ministers agree on transit working group",
        "Nino Beridze",
        "Meridian Wire",
        "2023-04-03",
        "https://wire.example/1",
    )
    assert first.meta == {"section": "Diplomacy", "keywords": ["transit", "Georgia"]}
    assert articles[1].published == "2023-04-04" and articles[1].text.startswith("Engineers began")
    assert articles[2].meta == {
        "feed": "evening",
        "published_raw": "sometime last spring",
        "published_rejected": "published 'sometime last spring': not a date belli can read",
    }


@pytest.mark.parametrize(
    "content",
    [
        '[{"text": "Talks resumed in Geneva on Monday."}, {"body": "Talks ended in Geneva on Friday."}]',
        '{"text": "Talks resumed in Geneva on Monday."}\n{"content": "Talks ended in Geneva on Friday."}\n',
    ],
)
def test_json_file_holds_an_array_or_lines(tmp_path: Path, content: str) -> None:
    path = tmp_path / "feed.json"
    path.write_text(content)
    assert [i.text for i in read(path) if isinstance(i, Article)] == [
        "Talks resumed in Geneva on Monday.",
        "Talks ended in Geneva on Friday.",
    ]


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("empty.txt", "empty input"),
        ("whitespace_only.txt", "empty input"),
        ("furniture_only.txt", "no article text left after removing page furniture"),
        ("binary_disguised.txt", "binary input"),
        ("bomb.txt.gz", "larger than max_input_bytes"),
        ("no_such_file.txt", "no such file"),
    ],
)
def test_bad_input_gives_one_clear_line(fixture: str, message: str) -> None:
    failure = only_failure(ARTICLES / fixture)
    assert failure.message.startswith(f"{ARTICLES / fixture}: ") and message in failure.message
    assert failure.source == str(ARTICLES / fixture)


@pytest.mark.parametrize(
    "payload",
    [
        b"Some text\x00with a NUL byte" * 20,
        bytes(range(1, 9)) * 200 + b"words",
        b"\x1f\x8b\x08\x00broken gzip",
    ],
)
def test_binary_or_damaged_bytes_are_refused(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(payload)
    assert only_failure(path).message


def test_oversized_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(STORY * 50)
    assert (
        "larger than max_input_bytes (1000 bytes)"
        in only_failure(path, max_input_bytes=1000).message
    )


def test_gigabyte_gzip_bomb_is_refused_without_expanding_it(tmp_path: Path) -> None:
    member = gzip.compress(b"\0" * (16 << 20), compresslevel=9)
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(member * 64)  # 64 gzip members: 1 GiB expanded, about 1 MB on disk
    tracemalloc.start()
    with pytest.raises(InputError, match="larger than max_input_bytes"):
        read_path(path, 1_000_000)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # refused after reading about the cap, never holding the expansion (speed: benchmarks)
    assert peak < 16 << 20


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(STORY)
    path.chmod(0)
    assert "permission denied" in only_failure(path).message


def test_a_batch_goes_on_past_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    items = read(
        good,
        ARTICLES / "empty.txt",
        tmp_path / "missing.txt",
        "ftp://example.org/a",
        ARTICLES / "undated_paste.txt",
    )
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Failure",
        "Failure",
        "Failure",
        "Article",
    ]
    assert "only http and https" in items[3].message  # type: ignore[union-attr]


def test_file_without_known_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "page.php"
    shutil.copy(ARTICLES / "caspian_ledger_page.html", path)
    assert only_article(path).publisher == "The Caspian Ledger"


def test_permission_error_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(STORY)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    assert only_failure(path).message == f"{path}: permission denied"
