"""Hostile inputs to ingest: odd file names, pipes and devices in a folder, JSON Lines with
one bad row, damaged compression and charsets. Each gives one named line and the rest of
the batch is read."""

from __future__ import annotations

import gzip
import json
import logging
import os
import socket
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from belli.ingest import read_sources
from belli.records import Article, Failure
from belli.settings import Settings

STORY = (
    "Officials from the two neighbouring states signed a memorandum on Tuesday to reopen a "
    "rail crossing that has been closed for three decades.\n"
)
GOOD_ROW = '{"text": "Talks resumed in Geneva on Monday between the two delegations."}'
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file system features")


def read(*sources: str | Path) -> list[Article | Failure]:
    return list(read_sources([os.fspath(s) for s in sources], Settings.load()))


def kinds(items: list[Article | Failure]) -> list[str]:
    return [type(i).__name__ for i in items]


def write_bytes_name(folder: Path, name: bytes, content: bytes) -> None:
    with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
        handle.write(content)


@posix_only
def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path) -> None:
    write_bytes_name(tmp_path, b"bad\xffname.txt", STORY.encode())
    write_bytes_name(tmp_path, b"empty\xfe.txt", b"")
    (tmp_path / "z.txt").write_text(STORY.replace("Tuesday", "Friday"))
    article, failure, last = read(tmp_path)
    assert isinstance(article, Article) and article.source == f"{tmp_path}/bad\\xffname.txt"
    assert isinstance(failure, Failure)
    assert failure.message == f"{tmp_path}/empty\\xfe.txt: empty input"
    assert isinstance(last, Article)
    for item in (article, failure):
        (item.source or "").encode("utf-8")  # storable: no lone surrogate left


@posix_only
@pytest.mark.parametrize("name", ["evil\x1b[2J.txt", "two\nlines.txt"])
def test_control_characters_in_a_name_are_escaped_in_the_failure(
    tmp_path: Path, name: str
) -> None:
    (tmp_path / name).write_bytes(b"")
    (failure,) = read(tmp_path)
    assert isinstance(failure, Failure)
    assert "\x1b" not in failure.message and "\n" not in failure.message
    assert failure.message.startswith(f"{tmp_path}/{name.encode('unicode_escape').decode()}: ")


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    yield path
    # A reader blocked on the pipe (the bug) is released by a writer showing up.
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader waiting: nothing to release


def read_within(seconds: float, *sources: str | Path) -> list[Article | Failure]:
    """read(), failing the test instead of hanging when reading blocks."""
    items: list[Article | Failure] = []
    reader = threading.Thread(target=lambda: items.extend(read(*sources)), daemon=True)
    reader.start()
    reader.join(seconds)
    assert not reader.is_alive(), "reading blocked"
    return items


@posix_only
def test_pipes_sockets_and_devices_in_a_folder_are_skipped_with_a_note(
    tmp_path: Path, fifo: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "story.txt").write_text(STORY)
    (tmp_path / "null.txt").symlink_to(os.devnull)
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(tmp_path / "sock.txt"))
        with caplog.at_level(logging.WARNING, logger="belli"):
            items = read_within(20, tmp_path)
    assert kinds(items) == ["Article"]
    notes = sorted(r.getMessage() for r in caplog.records)
    assert notes == [
        f"{tmp_path / 'null.txt'}: skipped: a device, not a regular file",
        f"{fifo}: skipped: a named pipe, not a regular file",
        f"{tmp_path / 'sock.txt'}: skipped: a socket, not a regular file",
    ]


@posix_only
def test_a_pipe_named_on_the_command_line_is_refused_without_blocking(fifo: Path) -> None:
    (failure,) = read_within(20, fifo)
    assert isinstance(failure, Failure)
    assert failure.message.startswith(f"{fifo}: a named pipe, not a regular file")


@pytest.mark.parametrize(
    ("bad_row", "reason"),
    [
        ('{"text": "A lone surrogate \\ud83d in the middle of a story about talks."}',
         "not valid Unicode"),
        ('{"text": "A NUL byte \x00 inside a story about talks in Geneva."}',
         "Invalid control character"),
        ('{"text": "Quoted', "not valid JSON"),
    ],
)
def test_one_bad_json_lines_row_is_one_failure_and_the_next_rows_are_read(
    tmp_path: Path, bad_row: str, reason: str
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([GOOD_ROW, bad_row, GOOD_ROW.replace("Monday", "Friday")]) + "\n")
    items = read(path)
    assert kinds(items) == ["Article", "Failure", "Article"]
    assert items[1].message.startswith(f"{path}:2: ")  # type: ignore[union-attr]
    assert reason in items[1].message  # type: ignore[union-attr]


def test_a_binary_file_named_json_lines_is_still_refused_whole(tmp_path: Path) -> None:
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (failure,) = read(path)
    assert isinstance(failure, Failure) and "binary input" in failure.message


def damaged_gzip() -> bytes:
    data = bytearray(gzip.compress(STORY.encode() * 20))
    for i in range(20, 60):
        data[i] ^= 0x55
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.txt.gz", damaged_gzip(), "damaged gzip data"),
        ("deep.json", b"[" * 50_000 + b"]" * 50_000, "JSON nested too deeply"),
        ("deep.jsonl", b"[" * 50_000 + b"]" * 50_000, "JSON nested too deeply"),
    ],
)
def test_damaged_input_is_one_named_line_not_an_unexpected_error(
    tmp_path: Path, name: str, content: bytes, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (failure,) = read(path)
    assert isinstance(failure, Failure) and message in failure.message
    assert failure.message.startswith(f"{path}") and "unexpected" not in failure.message
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("charset", ["foo", "rot13", "base64", "undefined", "utf-7", "idna"])
def test_a_meta_charset_that_is_no_web_text_encoding_is_ignored_as_browsers_do(
    tmp_path: Path, charset: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        f'<html><head><meta charset="{charset}"></head><body><p>{STORY} Café owners '
        "said trade had grown.</p></body></html>".encode()
    )
    (article,) = read(path)
    assert isinstance(article, Article) and "Café owners" in article.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# --- found by the hostile corpus (tests/hostile) ------------------------------------------


def test_a_number_python_will_not_read_is_one_failure_and_the_next_row_is_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # json.loads raises ValueError, not JSONDecodeError, past 4,300 digits: it ended the file
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": ' + "7" * 5000 + "}\n" + GOOD_ROW + "\n")
    failure, article = read(path)
    assert isinstance(failure, Failure) and isinstance(article, Article)
    assert failure.message == f"{path}:1: not valid JSON: a number of more than 4,300 digits"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_json_file_with_a_number_python_will_not_read_is_one_named_failure(
    tmp_path: Path,
) -> None:
    path = tmp_path / "item.json"
    path.write_text('{"text": ' + "7" * 5000 + "}")
    (failure,) = read(path)
    assert isinstance(failure, Failure) and "a number of more than 4,300 digits" in failure.message


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"text": 42}, "no text: text must be a string, not a number"),
        ({"body": ["a", "list"]}, "no text: body must be a string, not an array"),
        ({"text": "Talks resumed.", "title": {"rendered": "Talks"}},
         "title must be a string, not an object"),
        ({"text": "Talks resumed.", "author": ["A. Writer", 7]},
         "author must be a string, not an array"),
        ({"text": "Talks resumed.", "url": True}, "url must be a string, not a boolean"),
        ({"text": "Talks resumed.", "published": {"y": 2023}},
         "published must be a string or a number, not an object"),
        ([1, 2], "expected a JSON object, got an array"),
        (None, "expected a JSON object, got null"),
    ],
)
def test_a_field_of_the_wrong_json_type_fails_its_row_by_name(
    tmp_path: Path, row: object, message: str
) -> None:
    # a title that is an object was stored as the text of a Python dict, "{'rendered': ...}"
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(row) + "\n" + GOOD_ROW + "\n")
    failure, article = read(path)
    assert isinstance(failure, Failure) and failure.message == f"{path}:1: {message}"
    assert isinstance(article, Article)


def test_several_authors_given_as_a_list_make_one_byline(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Talks resumed in Geneva on Monday.",
                                "author": ["A. Writer", " B. Reporter "]}) + "\n")
    (article,) = read(path)
    assert isinstance(article, Article) and article.author == "A. Writer, B. Reporter"


@pytest.mark.parametrize(("name", "kind"), [("story.txt.br", "brotli"),
                                            ("page.html.zst", "Zstandard"), ("blob.br", "brotli")])
def test_a_compression_belli_cannot_undo_is_refused_by_name(
    tmp_path: Path, name: str, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x0b\x02\x80hello\x03")
    (failure,) = read(path)
    assert isinstance(failure, Failure)
    assert failure.message.startswith(f"{path}: {kind}-compressed input is not supported")


def test_in_a_folder_a_known_format_under_brotli_is_named_not_passed_over(tmp_path: Path) -> None:
    (tmp_path / "story.html.br").write_bytes(b"\x0b\x02\x80hello\x03")
    (tmp_path / "notes.br").write_bytes(b"\x0b\x02\x80hello\x03")  # no format: passed over
    (failure,) = read(tmp_path)
    assert isinstance(failure, Failure) and "story.html.br: brotli-compressed" in failure.message


def test_zstandard_is_known_by_its_magic_number_without_a_telling_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\x28\xb5\x2f\xfd\x00\x58\x29\x00\x00hello")
    (failure,) = read(path)
    assert isinstance(failure, Failure) and "Zstandard-compressed input" in failure.message


@posix_only
@pytest.mark.parametrize(
    ("links", "message"),
    [
        ({"loop.txt": "loop.txt"}, "a symbolic link loop"),
        ({"loop.txt": "other.txt", "other.txt": "loop.txt"}, "a symbolic link loop"),
        ({"loop.txt": "gone/missing.txt"}, "a broken symbolic link (to gone/missing.txt)"),
    ],
)
def test_a_link_that_loops_or_leads_nowhere_says_so(
    tmp_path: Path, links: dict[str, str], message: str
) -> None:
    # both read as "no such file or folder", which sent the user looking for a missing file
    for name, target in links.items():
        (tmp_path / name).symlink_to(target)
    (failure,) = read(tmp_path / "loop.txt")
    assert isinstance(failure, Failure) and failure.message == f"{tmp_path}/loop.txt: {message}"


def test_an_empty_zip_and_an_encrypted_zip_are_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt.zip"
    with zipfile.ZipFile(empty, "w"):
        pass
    locked = tmp_path / "locked.txt.zip"
    with zipfile.ZipFile(locked, "w") as archive:
        archive.writestr("story.txt", STORY)
    raw = bytearray(locked.read_bytes())
    for offset in (raw.find(b"PK\x03\x04") + 6, raw.find(b"PK\x01\x02") + 8):
        raw[offset] |= 1  # the "encrypted" flag: zipfile cannot write real encryption
    locked.write_bytes(bytes(raw))
    first, second = read(empty, locked)
    assert isinstance(first, Failure) and isinstance(second, Failure)
    assert first.message == f"{empty}: a zip archive must hold exactly one file, not 0"
    assert second.message == f"{locked}: the zip archive is encrypted (belli reads no passwords)"


@pytest.mark.parametrize("padding", ["", " "])  # an even byte count decoded as UTF-16 "worked"
@pytest.mark.parametrize("charset", ["utf-16", "UTF-16LE", "utf_16be", "utf-32"])
def test_a_meta_charset_of_utf16_on_an_ascii_page_is_read_as_utf8_as_browsers_do(
    tmp_path: Path, charset: str, padding: str
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        f'<html><head><meta charset="{charset}"></head><body><p>{STORY} Café owners said '
        f"trade had grown.</p></body></html>{padding}".encode()
    )
    (article,) = read(path)
    assert isinstance(article, Article) and "Café owners" in article.text


@posix_only
def test_a_device_named_on_the_command_line_is_refused_without_the_pipe_hint() -> None:
    (failure,) = read(os.devnull)
    assert isinstance(failure, Failure)
    assert failure.message == f"{os.devnull}: a device, not a regular file"


def test_a_warc_record_of_the_wrong_length_is_one_line_not_a_warning_and_an_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Hi</p></body></html>"
    path = tmp_path / "bad.warc"
    path.write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\n"
        b"Content-Length: -5\r\n\r\n" + page + b"\r\n\r\n"
    )
    with caplog.at_level(logging.WARNING, logger="belli"):
        (failure,) = read(path)
    assert isinstance(failure, Failure)
    assert failure.message.startswith(f"{path}: damaged WARC data (Record not followed by newline")
    assert caplog.records == []
