"""Pasted page text as units: lines, or whole hard-wrapped paragraphs, in plain text.

The text gets one newline convention and plain spaces, loses invisible and control
characters, and markdown residue (links, emphasis, headings, quotes) becomes plain text.
Every markdown pattern excludes its own delimiters from its repeated parts, so the work
is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Unit", "markdown_to_plain", "normalize_text", "page_units"]

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile("\r\n?|[\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")

_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_BOLD = re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HEADING = re.compile(r"^(#{1,6})\s+")
_QUOTE = re.compile(r"^(?:>\s?)+")
_MARKDOWN_CHARS = re.compile(r"[*\\\[<#>!]")
_LINK_ONLY = re.compile(r"^\[[^\[\]\n]*\]\([^()\n]*\)\W{0,2}$")


@dataclass(slots=True)
class Unit:
    """A line or a paragraph of the page, and the blank-line block it came from."""

    text: str  # plain text, markdown removed
    block: int
    heading: bool = False
    bio: bool = False


def normalize_text(text: str) -> str:
    """One newline convention, plain spaces, no invisible or control characters."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROLS.sub("", text)
    return _SPACES.sub(" ", text)


def markdown_to_plain(line: str) -> tuple[str, bool]:
    """Plain text of one markdown line, and whether it was a heading."""
    if not _MARKDOWN_CHARS.search(line):
        return line, False
    heading = _HEADING.match(line)
    if heading:
        line = line[heading.end() :]
    line = _QUOTE.sub("", line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _BOLD.sub(r"\1", line)
    line = _ITALIC.sub(r"\1", line)
    line = _ESCAPE.sub(r"\1", line)
    return " ".join(line.split()), heading is not None


def page_units(text: str) -> Iterator[Unit]:
    """Lines as units; a hard-wrapped paragraph (lines of even width) is one unit."""
    for index, block in enumerate(_BLANK_LINES.split(text)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if _is_wrapped(lines):
            lines = [" ".join(lines)]
        for line in lines:
            plain, heading = markdown_to_plain(line)
            if _LINK_ONLY.match(line) and len(line) <= 200:
                plain = ""  # a line that is only a link is navigation, not prose
            if plain:
                yield Unit(plain, index, heading)


def _is_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    widths = [len(line) for line in lines[:-1]]
    return min(widths) >= 40 and max(widths) <= 120 and max(widths) - min(widths) <= 40
