"""Names and messages shown on a terminal: one line, no escape sequences, any bytes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belli.display import printable


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain/story.txt", "plain/story.txt"),
        ("Café — Genève.txt", "Café — Genève.txt"),
        ("two\nlines.txt", "two\\nlines.txt"),
        ("\x1b[31mred.txt", "\\x1b[31mred.txt"),
        ("tab\there\r.txt", "tab\\there\\r.txt"),
        ("bidi\u202etxt.exe", "bidi\\u202etxt.exe"),
        (b"bad\xffname.txt", "bad\\xffname.txt"),
        ("bad\udcffname.txt", "bad\\xffname.txt"),  # the same name, after os.fsdecode
        ("lone \ud83d surrogate", "lone \\ud83d surrogate"),
        ("C:\\corpus\\a.txt", "C:\\corpus\\a.txt"),
    ],
)
def test_unsafe_characters_are_shown_as_escapes(name: str | bytes, shown: str) -> None:
    assert printable(name) == shown


@given(st.binary(max_size=64))
def test_any_file_name_becomes_one_storable_line(raw: bytes) -> None:
    shown = printable(raw)
    shown.encode("utf-8")  # never raises: DuckDB and the terminal both take it
    assert "\n" not in shown and "\x1b" not in shown and "\r" not in shown
