"""Untrusted names and messages made safe to show on one terminal line, or to store.

A file name is whatever bytes the file system holds: an escape sequence that recolours
the terminal, a newline that splits an error line in two, a byte that is not UTF-8
(Python keeps it as a lone surrogate, which no UTF-8 encoder, DuckDB's included, will
take). `printable` writes each of those as a backslash escape, the way Python's repr
does, and leaves every other character, backslashes included, as it is: a Windows path
stays readable.
"""

from __future__ import annotations

import os
import re

# C0 and C1 controls, DEL, the line and paragraph separators, bidirectional overrides
# (which reorder what a terminal shows) and surrogates (undecodable bytes, or a lone
# "\ud83d" from JSON).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """`text` with control characters and undecodable bytes as escapes (\\n, \\x1b, \\xff)."""
    if not isinstance(text, str):
        text = os.fsdecode(text)  # bytes the file system encoding cannot read: surrogates
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
