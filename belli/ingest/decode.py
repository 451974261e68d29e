"""Bytes in, text out: decompression with a hard cap, binary sniffing, encoding detection.

Everything a parser later sees has passed through here first. Compressed input is
expanded in bounded chunks and refused as soon as it passes the cap, so a small gzip that
expands to gigabytes costs a few milliseconds and no memory (trafilatura would otherwise
treat the compressed bytes, or the whole expansion, as "text").
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any, Protocol, cast

from belli.errors import InputError

CHUNK = 1 << 16
_SNIFF = 8192
# Share of control characters (other than tab, newline, carriage return, form feed)
# above which decoded "text" is treated as binary.
_MAX_CONTROL_RATIO = 0.01

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),  # an empty archive: nothing but its end record
    (b"\x28\xb5\x2f\xfd", "Zstandard"),  # known, to be refused by name: no decoder here
)
# What a damaged archive raises: gzip and zip report a bad deflate stream as zlib.error,
# and zip an encrypted or unsupported member as RuntimeError / NotImplementedError.
_DAMAGED = (EOFError, lzma.LZMAError, zipfile.BadZipFile, gzip.BadGzipFile, zlib.error,
            ValueError, RuntimeError, NotImplementedError)
COMPRESSED_SUFFIXES = {".gz": "gzip", ".gzip": "gzip", ".bz2": "bz2", ".xz": "xz", ".zip": "zip"}
# Compressions belli has no decoder for: such a file is refused by name, not read as text.
# brotli has no magic number, so only a name (or an HTTP header: see fetch) tells.
UNSUPPORTED_SUFFIXES = {".br": "brotli", ".zst": "Zstandard"}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_PAGE_ENCODINGS = frozenset({
    "undefined", "utf-7", "unicode-escape", "raw-unicode-escape", "idna", "punycode",
})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)


def check_supported_compression(name: str) -> None:
    """Refuse a file whose name says it is compressed in a way belli cannot undo."""
    kind = UNSUPPORTED_SUFFIXES.get(Path(name).suffix.lower())
    if kind:
        raise unsupported_compression(kind)


def unsupported_compression(kind: str) -> InputError:
    return InputError(f"{kind}-compressed input is not supported",
                      hint="decompress it first, or recompress it with gzip")


def compression_of(head: bytes) -> str | None:
    """The compression format announced by the first bytes, if any."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


class Readable(Protocol):
    """Anything with a binary read(): files, pipes, decompressors, HTTP bodies."""

    def read(self, size: int = -1, /) -> bytes: ...


class _Chained:
    """Bytes already read from a stream, put back in front of the rest of it."""

    def __init__(self, head: bytes, rest: Readable) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1, /) -> bytes:
        if not self._head:
            return self._rest.read(size)
        if size < 0:
            out, self._head = self._head + self._rest.read(), b""
        else:
            out, self._head = self._head[:size], self._head[size:]
        return out


def peek(stream: Readable, size: int = 8) -> tuple[bytes, Readable]:
    """The first bytes of a stream, and a stream that still yields them."""
    head = b""
    while len(head) < size:
        chunk = stream.read(size - len(head))
        if not chunk:
            break
        head += chunk
    return head, _Chained(head, stream)


def read_capped(stream: Readable, limit: int) -> bytes:
    """Read a stream to the end, refusing it once it passes `limit` bytes."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > limit:
            raise InputError(
                f"input is larger than max_input_bytes ({limit} bytes)",
                hint="raise BELLI_MAX_INPUT_BYTES if this input is genuine",
            )
        parts.append(chunk)


def decompressing(stream: Readable, kind: str) -> Readable:
    """Wrap a compressed stream so that reads return expanded bytes, chunk by chunk."""
    source = cast(Any, stream)  # typeshed asks for seek(); reading only ever calls read()
    if kind == "gzip":
        return gzip.GzipFile(fileobj=source, mode="rb")  # reads every member of a multi-member file
    if kind == "bz2":
        return bz2.BZ2File(source, mode="rb")
    if kind == "xz":
        return lzma.LZMAFile(source, mode="rb")
    raise unsupported_compression(kind)


def read_payload(stream: Readable, limit: int) -> tuple[bytes, str | None]:
    """Capped, decompressed bytes of a stream, plus the inner file name of a zip member."""
    head, stream = peek(stream)
    kind = compression_of(head)
    if kind is None:
        return read_capped(stream, limit), None
    try:
        if kind == "zip":
            # zip needs random access: the compressed archive is capped first, then the member.
            return _zip_member(io.BytesIO(read_capped(stream, limit)), limit)
        return read_capped(decompressing(stream, kind), limit), None
    except _DAMAGED as exc:
        raise InputError(f"damaged {kind} data ({_one_line(exc)})") from exc
    except OSError as exc:
        if isinstance(exc, (PermissionError, FileNotFoundError)):
            raise
        raise InputError(f"damaged {kind} data ({_one_line(exc)})") from exc


def read_path(path: Path, limit: int) -> tuple[bytes, str | None]:
    """Capped, decompressed bytes of a file, with clear errors for missing or unreadable ones."""
    try:
        with path.open("rb") as handle:
            return read_payload(handle, limit)
    except FileNotFoundError as exc:
        raise InputError("no such file") from exc
    except PermissionError as exc:
        raise InputError("permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory") from exc
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"cannot be read ({_one_line(exc)})") from exc


def _zip_member(archive: io.BytesIO, limit: int) -> tuple[bytes, str | None]:
    with zipfile.ZipFile(archive) as zf:
        members = [info for info in zf.infolist() if not info.is_dir()]
        if len(members) != 1:
            raise InputError(f"a zip archive must hold exactly one file, not {len(members)}")
        if members[0].flag_bits & 0x1:
            raise InputError("the zip archive is encrypted", hint="belli reads no passwords")
        with zf.open(members[0]) as member:
            return read_capped(member, limit), members[0].filename


def check_not_binary(data: bytes) -> None:
    """Refuse bytes that are not text: NUL bytes outside a UTF-16/32 encoding."""
    head = data[:_SNIFF]
    if b"\x00" in head and _bom_encoding(head) is None and _utf16_guess(head) is None:
        raise InputError("binary input (NUL bytes), not text")


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode text bytes: BOM, then a declared charset, then UTF-8, then detection."""
    if not data.strip():
        raise InputError("empty input")
    check_not_binary(data)
    text = _decode(data, declared)
    check_text_not_binary(text)
    return text


def decode_json_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode JSON or JSON Lines as `decode_bytes` does, but without refusing the whole
    file for one NUL: the JSON parser refuses control characters in the row that holds
    them, and the other rows are good. Bytes that do not even start like JSON get the
    binary checks of any text."""
    head = data[:64].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if not head.startswith((b"{", b"[")):
        return decode_bytes(data, declared=declared)
    return _decode(data, declared)


def _decode(data: bytes, declared: str | None) -> str:
    forced = _bom_encoding(data) or _utf16_guess(data[:_SNIFF])
    if forced:
        return data.decode(forced, errors="replace")
    return _first_strict(data, (_usable(declared), "utf-8")) or _detect_and_decode(data)


def decode_html_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode HTML: a BOM or HTTP charset wins, then <meta charset>, then detection."""
    if declared is None and _bom_encoding(data) is None:
        match = _META_CHARSET.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii", "replace")
            # A page that can say "utf-16" in ASCII bytes is not UTF-16: browsers read it as
            # UTF-8 (HTML standard, "prescan"), where decoding as told turns it into CJK.
            if declared.lower().replace("_", "-").startswith(("utf-16", "utf-32", "ucs-")):
                declared = "utf-8"
    return decode_bytes(data, declared=declared)


def check_text_not_binary(text: str) -> None:
    """Refuse decoded text in which control characters are more than a trace."""
    sample = text[: _SNIFF * 4]
    if "\x00" in sample or (
        sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_RATIO
    ):
        raise InputError("binary input (control characters), not text")


def _detect_and_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot detect the text encoding (binary input?)")
    encoding = best.encoding
    # Windows-1252 is a superset of Latin-1 in practice: its bytes 0x80-0x9f are curly
    # quotes and dashes, which Latin-1 would turn into invisible C1 controls.
    if encoding in ("latin_1", "iso8859_1", "iso8859_15", "ascii") and re.search(
        rb"[\x80-\x9f]", data
    ):
        encoding = "cp1252"
    return data.decode(encoding, errors="replace")


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_guess(head: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes on one side of nearly every ASCII character."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    if odd > 0.8 * pairs and even < 0.1 * pairs:
        return "utf-16-le"
    if even > 0.8 * pairs and odd < 0.1 * pairs:
        return "utf-16-be"
    return None


def _first_strict(data: bytes, encodings: tuple[str | None, ...]) -> str | None:
    for encoding in encodings:
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeError:  # a decode error, or a codec that fails in its own way
                continue
    return None


def _usable(encoding: str | None) -> str | None:
    """A declared charset Python knows as a text encoding, else None: the declaration is
    ignored and detection decides, as browsers do. Latin-1 is read as Windows-1252."""
    if not encoding:
        return None
    try:
        info = codecs.lookup(encoding.strip())
    except LookupError:
        return None
    # base64, rot13, zlib... are bytes-to-bytes codecs; the escape codecs, idna and
    # "undefined" are no page encodings either, and browsers refuse UTF-7 (a script vector).
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_ENCODINGS:
        return None
    return "cp1252" if info.name in ("latin-1", "iso8859-1", "ascii") else info.name


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
