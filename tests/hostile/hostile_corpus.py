"""A corpus of hostile inputs for `belli ingest`, written into a folder at test time.

Each `Case` is one file (or pipe, link, device) and what belli must say about it: the
fragment of its one error or warning line, that it is stored as an article, or that it
is passed over without a word (a folder link that would loop). Nothing here is a
committed binary: bombs, huge files and damaged archives are made by a few lines each,
so the corpus shows how it was built and costs nothing in the repository. Sizes are
chosen against belli's defaults: `max_input_bytes` is 20 MB, warcio's header lines are
capped at 256 KiB.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import json
import lzma
import os
import random
import socket
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MB = 1 << 20
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

# belli's own writing (never text pasted from elsewhere): one short news story per good input.
STORY = (
    "Officials from the two neighbouring states signed a memorandum in Tbilisi on Tuesday "
    "to reopen a rail crossing that has been closed for three decades. The ministers said "
    "freight trains would run again by the spring.\n"
)


def story(place: str) -> str:
    """The story, told of another city, so that each good input is its own document."""
    return STORY.replace("Tbilisi", place)


@dataclass(frozen=True)
class Line:
    """One line belli writes about an input: `belli: {level}: {where}{suffix}: ...fragment...`."""

    fragment: str
    suffix: str = ""  # ":3" for a JSON Lines row, ": record URI" for a WARC record
    level: str = "error"


@dataclass(frozen=True)
class Case:
    """One hostile input: its file name in the corpus folder, how it is made, what belli says.

    No `lines` and nothing `stored` means belli says nothing (a folder link not followed)."""

    name: str  # may hold os.fsdecode()'s stand-ins for bytes that are not UTF-8
    make: Callable[[Path], None]
    lines: tuple[Line, ...] = ()
    stored: int = 0  # articles it must add to the store
    why: str = ""
    absent: str = ""  # what the stored text must not hold (an expanded entity, a read file)
    left_out: str = ""  # why this machine cannot hold the case, if it cannot


def error(fragment: str, suffix: str = "") -> tuple[Line, ...]:
    return (Line(fragment, suffix),)


def skipped(what: str) -> tuple[Line, ...]:
    return (Line(f"skipped: {what}, not a regular file", level="warning"),)


Content = bytes | str


def data(content: Content | Callable[[], Content]) -> Callable[[Path], None]:
    """A writer of fixed content; a function is called only when the file is written, so
    that listing the cases (pytest does, to name its tests) makes no bomb."""

    def write(path: Path) -> None:
        raw = content() if callable(content) else content
        path.write_bytes(raw.encode("utf-8") if isinstance(raw, str) else raw)

    return write


def repeated(block: bytes, total: int, tail: bytes = b"") -> Callable[[Path], None]:
    """A writer of `block` repeated up to `total` bytes, written a megabyte at a time."""

    def write(path: Path) -> None:
        chunk = block * max(1, MB // len(block))
        with path.open("wb") as handle:
            written = 0
            while written < total:
                piece = chunk[: total - written]
                handle.write(piece)
                written += len(piece)
            handle.write(tail)

    return write


def sparse(head: bytes, size: int) -> Callable[[Path], None]:
    """A file that claims `size` bytes but holds only `head`: the rest is a hole of zeros."""

    def write(path: Path) -> None:
        with path.open("wb") as handle:
            handle.write(head)
            handle.truncate(size)

    return write


def symlink(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def fifo(path: Path) -> None:
    os.mkfifo(path)


def unix_socket(path: Path) -> None:
    # The socket file stays after the listener closes: still a socket to stat(). Bound by
    # its short name from its folder: a socket path may not pass 107 bytes.
    with socket.socket(socket.AF_UNIX) as listener, contextlib.chdir(path.parent):
        listener.bind(path.name)


def unreadable(content: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_text(content)
        path.chmod(0)

    return write


def locked_folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text(STORY)
    path.chmod(0)


# --- compression: bombs are cheap to make because compressed streams concatenate ---------


@cache
def gzip_bomb(expanded: int = 1 << 30) -> bytes:
    """A gzip file of many members that expands to `expanded` bytes of zeros (about 1 MB)."""
    member = gzip.compress(b"\0" * (8 * MB), compresslevel=9, mtime=0)
    return member * (expanded // (8 * MB))


@cache
def bz2_bomb(expanded: int = 1 << 30) -> bytes:
    stream = bz2.compress(b"\0" * (8 * MB), compresslevel=9)
    return stream * (expanded // (8 * MB))


@cache
def xz_bomb(expanded: int = 1 << 30) -> bytes:
    stream = lzma.compress(b"\0" * (8 * MB), preset=9)
    return stream * (expanded // (8 * MB))


@cache
def gzip_text_bomb(expanded: int = 64 * MB) -> bytes:
    """One gzip member of `expanded` bytes of a text character: no NUL gives it away, only
    the cap stops it (readers that take the first member only meet this one whole)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: a gzip header and trailer
    block = b"a" * MB
    return b"".join([*(packer.compress(block) for _ in range(expanded // MB)), packer.flush()])


@cache
def zip_bomb(expanded: int = 64 * MB) -> bytes:
    """One zip member of `expanded` bytes of a text character (deflate's ratio: about 1000)."""
    buffer = io.BytesIO()
    with (zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
          archive.open("story.txt", "w", force_zip64=True) as member):
        for _ in range(expanded // MB):
            member.write(b"a" * MB)
    return buffer.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def encrypted_zip() -> bytes:
    """A zip whose one member is flagged as encrypted (zipfile cannot write real ones)."""
    raw = bytearray(zipped({"story.txt": STORY.encode()}))
    local = raw.find(b"PK\x03\x04")
    central = raw.find(b"PK\x01\x02")
    for offset in (local + 6, central + 8):  # general purpose bit flag, bit 0: encrypted
        (flags,) = struct.unpack_from("<H", raw, offset)
        struct.pack_into("<H", raw, offset, flags | 1)
    return bytes(raw)


def truncated(content: bytes, keep: float = 0.5) -> bytes:
    return content[: int(len(content) * keep)]


def flipped(content: bytes, start: int, end: int) -> bytes:
    damaged = bytearray(content)
    for i in range(start, min(end, len(damaged))):
        damaged[i] ^= 0x55
    return bytes(damaged)


# --- HTML and XML ------------------------------------------------------------------------


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def billion_laughs(xml_declaration: bool, place: str) -> str:
    """Ten entities of ten references each: a billion "lol"s if a parser expands them."""
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    doctype = "<!DOCTYPE html [\n" + "\n".join(entities) + "\n]>"
    head = '<?xml version="1.0"?>\n' if xml_declaration else ""
    return (f'{head}{doctype}<html xmlns="http://www.w3.org/1999/xhtml"><body><article>'
            f"<p>{story(place)}</p><p>&lol9;</p></article></body></html>")


def quadratic_blowup(place: str) -> str:
    """One entity of 1 MB referenced 1,000 times: 1 GB if expanded."""
    return ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "' + "a" * MB + '">]>'
            f"<html><body><article><p>{story(place)}</p><p>" + "&a;" * 1000
            + "</p></article></body></html>")


def external_entity(place: str) -> str:
    """An entity that would read a local file into the article, if a parser resolved it."""
    return ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            '<html xmlns="http://www.w3.org/1999/xhtml"><body><article>'
            f"<p>{story(place)}</p><p>&secret;</p></article></body></html>")


# --- WARC: records written by hand, so that every byte of the damage is chosen ------------


def warc_record(payload: bytes, *, uri: str = "https://news.example/story",
                length: str | None = None) -> bytes:
    headers = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2023-05-19T02:03:04Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000000>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(payload) if length is None else length}\r\n\r\n"
    )
    return headers.encode() + payload + b"\r\n\r\n"


def http_response(body: bytes, *extra: str) -> bytes:
    head = "\r\n".join(["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8", *extra])
    return head.encode() + b"\r\n\r\n" + body


def html_response(place: str) -> bytes:
    return http_response(page(f"<article><p>{story(place)}</p></article>").encode())


def long_header_warc() -> bytes:
    return b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/" + (
        b"a" * (2 * MB)) + b"\r\n\r\n"


def damaged_head(compressed: bytes, start: int = 10) -> bytes:
    """A compressed WARC whose first block is damaged, so that the very first bytes read
    from it fail (found by the fuzzer: the reader met this before its own error handling)."""
    return flipped(compressed, start, start + 8)


def gzip_bomb_response() -> bytes:
    """An HTTP response whose gzip Content-Encoding expands to 64 MB: warcio undoes it."""
    return warc_record(http_response(gzip_text_bomb(), "Content-Encoding: gzip"))


# --- JSON Lines --------------------------------------------------------------------------


def rows(*items: object) -> bytes:
    return "".join(
        (item if isinstance(item, str) else json.dumps(item)) + "\n" for item in items
    ).encode()


# --- the corpus --------------------------------------------------------------------------

NO_TEXT = "no text: expected a non-empty text, body, content or html field"


def cases() -> list[Case]:
    """Every hostile input, with what belli must say about it."""
    return [
        *_binary_and_encodings(),
        *_sizes(),
        *_compression(),
        *_html_and_xml(),
        *_warc(),
        *_json_lines(),
        *_file_system(),
        *_names(),
        *_empty(),
        *_good(),
    ]


def _binary_and_encodings() -> list[Case]:
    binary = "binary input"
    return [
        Case("random.txt", data(random.Random(1204).randbytes(64 * 1024)), error(binary),
             why="random bytes"),
        Case("image.txt", data(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 16),
             error(binary), why="a PNG named .txt"),
        Case("program.html", data(b"\x7fELF\x02\x01\x01" + b"\0" * 4096), error(binary),
             why="an executable named .html"),
        Case("nul-byte.txt", data(STORY.encode() + b"\0" + STORY.encode()),
             error("binary input (NUL bytes)"), why="one NUL byte in text"),
        Case("controls.txt", data(bytes(range(1, 9)) * 2000), error("binary input (control"),
             why="control characters"),
        Case("utf32-no-bom.txt", data(STORY.encode("utf-32-le")), error(binary),
             why="UTF-32 without a BOM"),
        Case("utf16le-no-bom.txt", data(story("Yerevan").encode("utf-16-le")), stored=1,
             why="UTF-16 without a BOM is recognised and read"),
        Case("utf16be-no-bom.html",
             data(page(f"<p>{story('Baku')}</p>").encode("utf-16-be")), stored=1,
             why="UTF-16 (big-endian) HTML without a BOM"),
        Case("invalid-utf8.txt",
             data(story("Ganja").encode().replace(b"rail", b"r\xc3\x28il\xff\xfe")), stored=1,
             why="invalid UTF-8 sequences: decoded by detection, not refused"),
        Case("only-bom.txt", data(b"\xef\xbb\xbf"), error("empty input"), why="a BOM and nothing"),
        Case("meta-utf16.html",
             data(page(f"<p>{story('Batumi')}</p>", '<meta charset="utf-16">').encode()),
             stored=1, why="<meta charset=utf-16> on an ASCII page: read as UTF-8, as browsers do"),
    ]


def _sizes() -> list[Case]:
    over = "larger than max_input_bytes"
    return [
        Case("text-100mb.txt", repeated(b"The talks went on. ", 100 * MB), error(over),
             why="100 MB of text"),
        Case("sparse-10gb.html", sparse(b"<html><body><p>" + STORY.encode(), 10 << 30),
             error(over), why="a 10 GB sparse file: only the first 20 MB are ever read"),
        Case("one-line-10mb.jsonl",
             repeated(b"talks ", 10 * MB, tail=b"\n"), error("not valid JSON", ":1"),
             why="one 10 MB line that is not JSON"),
        Case("one-line-10mb.txt", repeated(b"x", 10 * MB), stored=1,
             why="one 10 MB line without a space: read, parsed in pieces and stored"),
        Case("one-line-markup.html",
             repeated(b"<span class='x'></span>", MB, tail=b"\n"),
             error("no article text found in the HTML"),
             why="1 MB of markup on one line (trafilatura takes about 2 s a megabyte)"),
    ]


def _compression() -> list[Case]:
    over = "larger than max_input_bytes"
    gz = gzip.compress(STORY.encode() * 40, mtime=0)
    return [
        Case("bomb.txt.gz", data(gzip_bomb), error(over), why="gzip bomb: 1 GB of zeros"),
        Case("bomb.html.bz2", data(bz2_bomb), error(over), why="bz2 bomb: 1 GB of zeros"),
        Case("bomb.jsonl.xz", data(xz_bomb), error(over), why="xz bomb: 1 GB of zeros"),
        Case("bomb.txt.zip", data(zip_bomb), error(over), why="zip bomb: 64 MB in one member"),
        Case("text-bomb.md.gz", data(gzip_text_bomb), error(over),
             why="gzip bomb of text, which no binary check stops"),
        Case("nested.txt.zip", data(lambda: zipped({"inner.txt.zip": zip_bomb()})),
             error("binary input"), why="a zip in a zip is not unpacked twice"),
        Case("truncated.txt.gz", data(truncated(gz)), error("damaged gzip data"),
             why="a gzip cut in half"),
        Case("corrupt.txt.gz", data(flipped(gz, 20, 60)), error("damaged gzip data"),
             why="flipped bits in a gzip stream"),
        Case("corrupt.txt.bz2", data(flipped(bz2.compress(STORY.encode() * 40), 12, 60)),
             error("damaged bz2 data"), why="flipped bits in a bz2 stream"),
        Case("truncated.md.xz", data(truncated(lzma.compress(STORY.encode() * 40))),
             error("damaged xz data"), why="an xz stream cut short"),
        Case("two-files.txt.zip", data(zipped({"a.txt": b"a", "b.txt": b"b"})),
             error("must hold exactly one file, not 2"), why="a zip of two files"),
        Case("no-files.txt.zip", data(zipped({})), error("must hold exactly one file, not 0"),
             why="an empty zip"),
        Case("encrypted.txt.zip", data(encrypted_zip), error("the zip archive is encrypted"),
             why="an encrypted zip member"),
        Case("traversal.txt.zip", data(zipped({"../../../tmp/belli-escape.txt": b""})),
             error("empty input"), why="a member named ../../: read in memory, never written"),
        Case("story.txt.br", data(b"\x0b\x02\x80hello\x03"),
             error("brotli-compressed input is not supported"),
             why="brotli: belli has no decoder, so it says so"),
        Case("story.html.zst", data(b"\x28\xb5\x2f\xfd\x00\x58\x29\x00\x00hello"),
             error("Zstandard-compressed input is not supported"), why="Zstandard: likewise"),
        Case("empty.txt.gz", data(b""), error("empty input"), why="an empty file named .gz"),
    ]


def _html_and_xml() -> list[Case]:
    no_text = "no article text found in the HTML"
    return [
        Case("deep-nesting.html", data(lambda: page("<div>" * 100_000 + "<p>deep</p>")),
             error(no_text), why="100,000 nested elements"),
        Case("billion-laughs.html", data(billion_laughs(False, "Batumi")), stored=1,
             absent="lollol", why="XML entity bomb in HTML: the entities are never expanded"),
        Case("billion-laughs.xhtml", data(billion_laughs(True, "Poti")), stored=1,
             absent="lollol", why="XML entity bomb in XHTML"),
        Case("quadratic-blowup.xhtml", data(lambda: quadratic_blowup("Gori")), stored=1,
             absent="aaaaaaaa", why="one 1 MB entity referenced 1,000 times"),
        Case("external-entity.xhtml", data(external_entity("Zugdidi")), stored=1,
             absent="root:", why="an external entity naming /etc/passwd is never read"),
        Case("script-only.html",
             data(page("<script>" + "var x = 1;" * 10_000 + "</script>")), error(no_text),
             why="a page that is all script"),
        Case("unclosed-comment.html", data(lambda: page("<!--" + "x" * (2 * MB))),
             error(no_text), why="a comment that never ends"),
        Case("nul-page.html", data(page("<p>a\0b</p>").encode()), error("binary input"),
             why="a NUL byte in HTML"),
    ]


def _warc() -> list[Case]:
    good = warc_record(html_response("Kutaisi"), uri="https://news.example/kutaisi")
    cut = warc_record(html_response("Sukhumi"), uri="https://news.example/cut")
    return [
        Case("not-a-warc.warc", data(STORY), error("not a WARC file"), why="text named .warc"),
        Case("empty.warc", data(b""), error("not a WARC file"), why="an empty WARC"),
        Case("long-header.warc", data(long_header_warc),
             error("header line is longer than 262,144 bytes"), why="a 2 MB header line"),
        Case("truncated.warc", data(good + truncated(cut, 0.6)),
             (Line("truncated: the archive ends", ": record https://news.example/cut"),),
             stored=1, why="the second record cut short: the first is stored, the second refused"),
        Case("huge-length.warc", data(warc_record(html_response("Poti"), length="10" * 8)),
             error("truncated: the archive ends", ": record https://news.example/story"),
             why="a record that declares 10 PB"),
        Case("bad-length.warc", data(warc_record(html_response("Senaki"), length="twelve")),
             error("damaged WARC data"), why="a Content-Length that is no number"),
        Case("negative-length.warc", data(warc_record(html_response("Ozurgeti"), length="-5")),
             error("damaged WARC data"), why="a negative Content-Length"),
        Case("payload-bomb.warc", data(gzip_bomb_response),
             error("larger than max_input_bytes", ": record https://news.example/story"),
             why="an HTTP body whose gzip encoding expands to 64 MB"),
        Case("bomb.warc.gz", data(gzip_bomb), error("not a WARC file"),
             why="a gzip bomb named .warc.gz"),
        Case("damaged.warc.gz", data(damaged_head(gzip.compress(good, mtime=0))),
             error("damaged gzip data"), why="a .warc.gz whose first deflate block is damaged"),
        Case("bad-method.warc.gz", data(flipped(gzip.compress(good, mtime=0), 2, 3)),
             error("damaged gzip data (Unknown compression method)"),
             why="a gzip header naming a compression method that does not exist"),
        Case("damaged.warc.bz2", data(damaged_head(bz2.compress(good))),
             error("damaged bz2 data"), why="a .warc.bz2 damaged in its first block"),
        Case("damaged.warc.xz", data(damaged_head(lzma.compress(good), 30)),
             error("damaged xz data"), why="a .warc.xz damaged in its first block"),
    ]


def _json_lines() -> list[Case]:
    good = {"text": story("Telavi"), "title": "Rail crossing to reopen"}
    return [
        Case("wrong-types.jsonl", data(rows(
            {"text": 42},
            {"text": ["a", "list"]},
            {"text": None},
            {"text": story("Rustavi"), "title": {"an": "object"}},
            good,
            {"text": story("Mtskheta"), "published": ["2023-01-01"]},
            [1, 2, 3],
            "null",
            '{"text": ' + "7" * 5000 + "}",
            '{"text": "A lone surrogate \\ud83d in a story."}',
        )), (
            Line("text must be a string, not a number", ":1"),
            Line("text must be a string, not an array", ":2"),
            Line(NO_TEXT, ":3"),
            Line("title must be a string, not an object", ":4"),
            Line("published must be a string or a number, not an array", ":6"),
            Line("expected a JSON object, got an array", ":7"),
            Line("expected a JSON object, got null", ":8"),
            Line("not valid JSON: a number of more than 4,300 digits", ":9"),
            Line("not valid Unicode: a lone surrogate", ":10"),
        ), stored=1, why="rows of wrong types around a good row, which is stored"),
        Case("huge-number.json", data('{"text": ' + "9" * 5000 + "}"),
             error("not valid JSON: a number of more than 4,300 digits", ":1"),
             why="a .json whose number Python refuses to convert"),
        Case("deep.json", data("[" * 50_000 + "]" * 50_000), error("JSON nested too deeply"),
             why="JSON nested 50,000 levels"),
        Case("empty.jsonl", data(b""), error("empty input"), why="an empty JSON Lines file"),
        Case("not-json.jsonl", data(b"<html>not json</html>\n"),
             error("not valid JSON", ":1"), why="HTML named .jsonl"),
    ]


def _file_system() -> list[Case]:
    return [
        Case("pipe.txt", fifo, skipped("a named pipe"), why="a FIFO would block a reader forever"),
        Case("socket.html", unix_socket, skipped("a socket"), why="a Unix socket"),
        Case("null.txt", symlink(os.devnull), skipped("a device"), why="a link to /dev/null"),
        Case("zero.html", symlink("/dev/zero"), skipped("a device"),
             why="a link to /dev/zero: endless zeros"),
        Case("urandom.jsonl", symlink("/dev/urandom"), skipped("a device"),
             why="a link to /dev/urandom"),
        Case("loop.txt", symlink("loop.txt"), error("a symbolic link loop"),
             why="a link to itself"),
        Case("ping.txt", symlink("pong.txt"), error("a symbolic link loop"),
             why="two links pointing at each other"),
        Case("pong.txt", symlink("ping.txt"), error("a symbolic link loop"),
             why="... and back"),
        Case("dangling.txt", symlink("nowhere/missing.txt"), error("a broken symbolic link"),
             why="a link to nothing"),
        Case("sub/up", symlink(".."), why="a folder link back up is not followed: no loop"),
        Case("unreadable.txt", unreadable(STORY), error("permission denied"),
             why="a file without read permission",
             left_out="root reads every file, whatever its mode" if IS_ROOT else ""),
        Case("locked", locked_folder, error("cannot read folder (Permission denied)"),
             why="a folder without read permission",
             left_out="root reads every folder, whatever its mode" if IS_ROOT else ""),
    ]


def _names() -> list[Case]:
    empty = error("empty input")
    return [
        Case(os.fsdecode(b"latin1-\xff\xfe.txt"), data(b""), empty,
             why="a name that is not UTF-8"),
        Case("new\nline.txt", data(b""), empty, why="a newline in a name"),
        Case("escape-\x1b[31mred\x1b[0m.txt", data(b""), empty, why="ANSI escapes in a name"),
        Case("title-\x1b]0;owned\x07.md", data(b""), empty,
             why="an escape that would retitle the terminal"),
        Case("bidi-\u202etxt.exe.txt", data(b""), empty,
             why="a right-to-left override that reverses what a terminal shows"),
        Case("carriage\rreturn.txt", data(b""), empty, why="a carriage return in a name"),
        Case("long-" + "n" * 246 + ".txt", data(b"   \n\t\n"), empty,
             why="a name of 255 bytes, the most a file system allows"),
        Case("-rf.txt", data(b""), empty, why="a name that looks like an option"),
    ]


def _empty() -> list[Case]:
    empty = error("empty input")
    return [
        Case("empty.txt", data(b""), empty, why="an empty file"),
        Case("empty.html", data(b""), empty, why="an empty page"),
        Case("blank.md", data(b" \n\t\r\n  \n"), empty, why="nothing but white space"),
        Case("blank.json", data(b"\n\n"), empty, why="a JSON file of blank lines"),
    ]


def _good() -> list[Case]:
    return [
        Case("good.txt", data(story("Tbilisi")), stored=1, why="the good article among them"),
        Case("sub/good.md", data(story("Kobuleti")), stored=1,
             why="a good article in a subfolder"),
    ]


def build(folder: Path) -> list[Case]:
    """Write every case that this machine allows into `folder`; the ones written."""
    written = []
    for case in cases():
        if case.left_out:
            continue
        path = folder / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        case.make(path)
        written.append(case)
    return written
