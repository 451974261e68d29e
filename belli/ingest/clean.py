"""Cleaning text pasted from a web page: furniture out, every article paragraph kept.

The text is cut into units (lines, or whole hard-wrapped paragraphs), markdown residue is
turned into plain text, and each unit is checked against the furniture patterns in
furniture.yaml and for the shape of a navigation menu ("News | Opinion | Culture"). The
site's masthead (banner, tagline and menu above the headline) is dropped by its layout,
not by its words. The first units give the title, byline and dateline (meta.py), which are
metadata, not body. Paragraphs split by a page break mid-sentence are joined again, and
author bios at the end move to `author_bio`.

Every pattern runs on one line of bounded length, and markdown patterns exclude their own
delimiters from their repeated parts, so cleaning is linear in the input and cannot
backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from belli.ingest import meta
from belli.yamldata import load_yaml

_HEADER_UNITS = 8
# Where a sentence ends inside a paragraph: after . ! ? (and a closing quote) before what
# starts the next one.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’)]))\s+(?=[^a-z\s])")
_PROSE = re.compile(r"\b[a-z]{3,}\b.*[.!?…\"”’)]$")  # words in lower case, an end
_PROSE_WORDS = 12  # prose left in a furniture paragraph: at least a sentence's worth
# Notices a site appends to a story's own paragraph; the others (cookie banners,
# newsletter prompts) are paragraphs of their own, all furniture. (A notice put before
# the story in its paragraph still takes the paragraph with it.)
_NOTICES = frozenset({"copyright", "agency_credit", "republished"})
_MAX_BIO_CHARS = 1500
_MAX_BIOS = 6  # trailing paragraphs taken for bios at most
_MIN_BROKEN_PARAGRAPH = 80
_TERMINAL = tuple('.!?:;"”’»)]…')

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
_MENU_SEPARATOR = re.compile(r"\s*[|·•]\s*")
_MENU_ITEM_CHARS = 32
_MENU_ITEM_WORDS = 4
_MASTHEAD_LINE_CHARS = 100
_LINK_LIST_ITEMS = 12
_LINK_ITEM_CHARS = 160
_BULLETS = ("- ", "* ", "• ", "– ")
_NUMBERED = re.compile(r"^\d{1,2}[.)]?\s+\S")  # "1. Talks stall", "2 Why the corridor matters"
# "Valley Observer — news from the river towns": a short name, a dash or bar, a tagline.
_NAME_TAGLINE = re.compile(r"^[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} [—–|·] \S.{0,80}$")
_BIO_LEAD = re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}) (?:is|was|has been)\b")


@dataclass(frozen=True, slots=True)
class Furniture:
    """The compiled contents of furniture.yaml."""

    max_line_chars: int
    # The `^` patterns as one alternation of named groups, tried at the line start only;
    # the name of the group that matched says which kind of furniture the line is.
    anchored: re.Pattern[str]
    # The others, each led by a literal word that the regex engine scans for quickly.
    floating: tuple[tuple[str, re.Pattern[str]], ...]
    bio_paragraphs: tuple[re.Pattern[str], ...]
    publisher_clues: tuple[re.Pattern[str], ...]
    link_list: re.Pattern[str]  # heads a list of links to other stories ("Read next")
    link_list_groups: frozenset[str]  # groups whose lines head such a list ("Most read")
    section_labels: re.Pattern[str]  # "Analysis", "World | Europe" above a headline
    byline_outlets: tuple[re.Pattern[str], ...]
    byline_roles: tuple[re.Pattern[str], ...]

    def group_of(self, line: str) -> str | None:
        """The furniture group a line belongs to ("bio_marker" and "navigation" included),
        or None for text."""
        if len(line) > self.max_line_chars:
            return None
        lowered = line.lower()
        match = self.anchored.match(lowered)
        if match and match.lastgroup:
            return match.lastgroup.rsplit("__", 1)[0]
        group = next((group for group, p in self.floating if p.search(lowered)), None)
        return group or ("navigation" if is_menu(line) else None)

    def heads_link_list(self, line: str, group: str) -> bool:
        """Whether a furniture line heads a list of links to other stories."""
        return group in self.link_list_groups or bool(self.link_list.match(line.lower()))

    def is_section_label(self, line: str) -> bool:
        """A section or genre label ("Analysis", "World | Europe"); only the caller knows
        whether the line sits where a label can."""
        return len(line) <= 60 and bool(self.section_labels.match(line.lower()))

    def affiliation_kind(self, part: str) -> str | None:
        """Whether the tail of a byline is an "outlet" ("Reuters"), a "role" ("Staff Writer"),
        or neither (None: a co-author)."""
        if any(p.search(part) for p in self.byline_outlets):
            return "outlet"
        return "role" if any(p.search(part) for p in self.byline_roles) else None


@lru_cache(maxsize=1)
def load_furniture() -> Furniture:
    """Read and compile the furniture patterns shipped with the package (once)."""
    raw: dict[str, Any] = load_yaml(
        resources.files("belli.ingest").joinpath("furniture.yaml").read_text(encoding="utf-8")
    )
    groups: dict[str, list[str]] = {
        "punctuation": [r"^[\W_]+$"],  # "***", ", , , ,": separators, no words
        **raw["furniture"],
        "link_list": raw["link_list_markers"],
        "bio_marker": raw["bio_markers"],
    }
    pairs = [(g, p) for g, patterns in groups.items() for p in patterns]
    anchored = "|".join(f"(?P<{g}__{i}>{p})" for i, (g, p) in enumerate(pairs) if p.startswith("^"))
    return Furniture(
        max_line_chars=int(raw["max_line_chars"]),
        anchored=re.compile(anchored),
        floating=tuple((g, re.compile(p)) for g, p in pairs if not p.startswith("^")),
        bio_paragraphs=tuple(re.compile(p) for p in raw["bio_paragraphs"]),
        publisher_clues=tuple(re.compile(p) for p in raw["publisher_clues"]),
        link_list=re.compile("|".join(raw["link_list_markers"])),
        link_list_groups=frozenset(raw["link_list_groups"]),
        section_labels=re.compile("|".join(raw["section_labels"])),
        byline_outlets=tuple(re.compile(p) for p in raw["byline_outlets"]),
        byline_roles=tuple(re.compile(p) for p in raw["byline_roles"]),
    )


def is_menu(line: str) -> bool:
    """A navigation line: three or more short names between | · or • ("News | Opinion | Culture").

    Names start with a capital (or a letter of a script without case) and hold no digits,
    so a byline or dateline with bars ("Jane Roe | 3 May 2023 | News") is never a menu.
    """
    if len(line) > 400 or not any(bar in line for bar in "|·•"):
        return False
    items = _MENU_SEPARATOR.split(line.strip(" |·•"))
    return len(items) >= 3 and all(_is_menu_item(item) for item in items)


def _is_menu_item(item: str) -> bool:
    return (
        0 < len(item) <= _MENU_ITEM_CHARS
        and len(item.split()) <= _MENU_ITEM_WORDS
        and item[0].isalpha()
        and not item[0].islower()
        and not any(c.isdigit() for c in item)
        and not item.endswith(tuple(".!?,;:"))
    )


@dataclass(slots=True)
class _Unit:
    text: str  # plain text, markdown removed
    block: int
    heading: bool = False
    bio: bool = False


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A cleaned body and what the page furniture said about it."""

    text: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    section: str | None = None
    author_bio: str | None = None
    tags: tuple[str, ...] = ()
    removed: tuple[str, ...] = field(default=(), repr=False)


def clean_text(text: str, *, title: str | None = None) -> Cleaned:
    """Remove page furniture and recover metadata. Never raises on any string."""
    furniture = load_furniture()
    units = list(_units(normalize_text(text)))
    kept, removed, tags, menu_at, label = _drop_furniture(units, furniture)
    masthead = _masthead_end(kept, menu_at)
    removed[:0] = [u.text for u in kept[:masthead]]
    clues = _clues(removed, furniture)
    kept, header = _take_header(kept[masthead:], title, furniture)
    author = header.author or clues.author
    body, bios = _split_bios(_join_breaks(kept), author, furniture)
    if author is None and bios:
        lead = _BIO_LEAD.match(bios[0])
        author = lead["name"] if lead else None
    return Cleaned(
        text="\n\n".join(u.text for u in body),
        title=header.title,
        author=author,
        publisher=header.publisher or clues.publisher or header.outlet,
        published=header.published,
        section=header.section or label,
        author_bio="\n\n".join(bios) or None,
        tags=tuple(tags),
        removed=tuple(removed),
    )


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


def _units(text: str) -> Iterator[_Unit]:
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
                yield _Unit(plain, index, heading)


def _is_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    widths = [len(line) for line in lines[:-1]]
    return min(widths) >= 40 and max(widths) <= 120 and max(widths) - min(widths) <= 40


@dataclass(slots=True)
class _Clues:
    author: str | None = None
    publisher: str | None = None


def _clues(removed: list[str], furniture: Furniture) -> _Clues:
    """Author and publisher named by furniture lines ("Articles by: X"); earlier patterns win."""
    clues = _Clues()
    best = len(furniture.publisher_clues)
    for line in removed:
        clues.author = clues.author or meta.author_clue(line)
        for rank, pattern in enumerate(furniture.publisher_clues[:best]):
            match = pattern.search(line)
            if match:
                clues.publisher, best = match["publisher"].strip(), rank
                break
    return clues


def _drop_furniture(
    units: list[_Unit], furniture: Furniture
) -> tuple[list[_Unit], list[str], list[str], int, str | None]:
    """Units that are article text, the removed lines, tags from tag lines, how many kept
    units came before the last menu line at the top of the page, and the section label."""
    kept: list[_Unit] = []
    removed: list[str] = []
    tags: list[str] = []
    next_is_bio, menu_at, label = False, 0, None
    links = _LinkList()
    for unit in units:
        group = furniture.group_of(unit.text) or ("link_list" if links.takes(unit) else None)
        if group is None and len(kept) < _HEADER_UNITS and furniture.is_section_label(unit.text):
            group, label = "section_label", label or unit.text
        end = _prose_end(unit.text, furniture) if group in _NOTICES else None
        if end is not None:  # a story whose last sentence is a copyright notice
            removed.append(unit.text[end:].strip())
            unit, group = replace(unit, text=unit.text[:end]), None
        if group is None:
            unit.bio, next_is_bio = next_is_bio, False
            kept.append(unit)
            continue
        removed.append(unit.text)
        next_is_bio = next_is_bio or group == "bio_marker"
        if furniture.heads_link_list(unit.text, group):
            links.open(unit)
        if group == "navigation" and len(kept) <= _HEADER_UNITS:
            menu_at = len(kept)
        if group == "tag_line":
            tags.extend(t.strip() for t in unit.text.split(":", 1)[1].split(",") if t.strip())
    return kept, removed, tags, menu_at, label


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for gap in _SENTENCE_END.finditer(text):
        yield start, gap.start()
        start = gap.end()
    yield start, len(text)


def _prose_end(text: str, furniture: Furniture) -> int | None:
    """Where the story a notice was appended to ends, inside one paragraph ("Gunmen
    attacked a post ... officials said. Copyright 2018 AP. All rights reserved."): after
    the sentences before the notice's first, when they are prose and enough of it. What
    follows the notice's first sentence is the notice's, whatever its own words match."""
    end, words, prose = None, 0, False
    for start, stop in _sentence_spans(text):
        sentence = text[start:stop]
        if furniture.group_of(sentence) is not None:
            break
        end, words = stop, words + len(sentence.split())
        prose = prose or bool(_PROSE.search(sentence))
    enough = prose and words >= _PROSE_WORDS
    return end if end is not None and enough and end < len(text) else None


@dataclass(slots=True)
class _LinkList:
    """The links under a "Read next" heading: short lines in its block, or bulleted ones."""

    block: int | None = None
    left: int = 0

    def open(self, heading: _Unit) -> None:
        self.block, self.left = heading.block, _LINK_LIST_ITEMS

    def takes(self, unit: _Unit) -> bool:
        if self.block is None:
            return False
        text = unit.text
        link = len(text) <= _LINK_ITEM_CHARS and not text.endswith((".", ",", ";"))
        listed = text.startswith(_BULLETS) or bool(_NUMBERED.match(text))
        if self.left and link and (unit.block == self.block or listed):
            self.block, self.left = unit.block, self.left - 1
            return True
        self.block = None  # the list ended: what follows is read as usual
        return False


def _masthead_end(units: list[_Unit], menu_at: int) -> int:
    """How many leading units are the site's masthead: banner, tagline, menu and labels.

    A site puts its name and tagline above its menu and the headline below it, so the
    short lines above a menu at the top are masthead when a headline follows the menu. A
    short all-caps line ("NORTHERN COURIER") or a "Name — tagline" line at the top is a
    banner when a headline follows it; when a byline or the text follows instead, the last
    such line is the headline itself ("NORTHERN COURIER", then "CEASEFIRE HOLDS", then "By").
    """
    starts = [0]
    if 0 < menu_at <= _HEADER_UNITS and all(_is_masthead_line(u) for u in units[:menu_at]):
        starts.insert(0, menu_at)
    for start in starts:
        end = start
        while end < min(len(units) - 1, _HEADER_UNITS) and _is_banner(units[end]):
            end += 1
        if end < len(units) and _is_headline(units[end]):
            return end
        if end > start:
            return end - 1
    return 0


def _is_masthead_line(unit: _Unit) -> bool:
    text = unit.text
    return not unit.heading and len(text) <= _MASTHEAD_LINE_CHARS and meta.header_fact(text) is None


def _is_banner(unit: _Unit) -> bool:
    text = unit.text
    if unit.heading or len(text) > _MASTHEAD_LINE_CHARS or meta.header_fact(text):
        return False
    return (text.isupper() and len(text.split()) <= 6) or bool(_NAME_TAGLINE.match(text))


def _is_headline(unit: _Unit) -> bool:
    return unit.heading or (meta.looks_like_title(unit.text) and not _is_banner(unit))


@dataclass(slots=True)
class _Header:
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    section: str | None = None
    outlet: str | None = None  # named by the byline ("By Jane Roe, Reuters")


def _take_header(
    units: list[_Unit], title: str | None, furniture: Furniture
) -> tuple[list[_Unit], _Header]:
    """Take title, byline and dateline lines out of the first units."""
    header = _Header(title=title)
    title_at = _title_index(units, title)
    if title_at is not None and title is None:
        header.title = units[title_at].text
    kept: list[_Unit] = []
    for index, unit in enumerate(units):
        if index == title_at:
            continue
        head = index < _HEADER_UNITS and not unit.heading
        fact = _header_fact(unit.text, furniture) if head else None
        if fact is None:
            kept.append(unit)
            continue
        header.author = header.author or fact.author
        header.publisher = header.publisher or fact.publisher
        header.published = header.published or fact.published
        header.section = header.section or fact.section
    header.author, header.outlet = _split_affiliation(header.author, furniture)
    return kept, header


def _header_fact(line: str, furniture: Furniture) -> meta.HeaderFact | None:
    """A byline, dateline or publisher line, or a "Name, Outlet" byline without "By"."""
    fact = meta.header_fact(line)
    pair = meta.name_and_affiliation(line) if fact is None else None
    if pair and furniture.affiliation_kind(pair[1]):
        return meta.HeaderFact(author=", ".join(pair))  # split again by _split_affiliation
    return fact


def _split_affiliation(author: str | None, furniture: Furniture) -> tuple[str | None, str | None]:
    """The author without the outlet or role a byline ends on, and the outlet if named.

    "Jane Roe, Reuters" is Jane Roe of Reuters, "Jane Roe, Staff Writer" is Jane Roe, and
    "Jane Roe, John Doe" stays two authors.
    """
    name, comma, tail = (author or "").rpartition(",")
    kind = furniture.affiliation_kind(tail.strip()) if comma and name.strip() else None
    if kind is None:
        return author, None
    return name.strip(" ,"), tail.strip() if kind == "outlet" else None


def _title_index(units: list[_Unit], title: str | None) -> int | None:
    """Where the title line is: the given title, a leading heading, or a headline-like line."""
    if title is not None:
        wanted = _comparable(title)
        return next(
            (i for i, u in enumerate(units[:_HEADER_UNITS]) if _comparable(u.text) == wanted), None
        )
    for index, unit in enumerate(units[:3]):
        if unit.heading:
            return index
    # A headline is followed by a new sentence, never by the rest of its own.
    if len(units) > 1 and meta.looks_like_title(units[0].text) and not units[1].text[:1].islower():
        return 0
    return None


def _comparable(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _join_breaks(units: list[_Unit]) -> list[_Unit]:
    """Join units that one sentence runs across: wrapped lines and page breaks."""
    groups: list[list[_Unit]] = []
    for unit in units:
        last = groups[-1] if groups else None
        if last and not last[0].heading and not unit.heading and _continues(last, unit):
            last.append(unit)
        else:
            groups.append([unit])
    return [
        _Unit(" ".join(u.text for u in g), g[0].block, g[0].heading, any(u.bio for u in g))
        for g in groups
    ]


def _continues(group: list[_Unit], nxt: _Unit) -> bool:
    """Whether `nxt` carries on the sentence that the group's last unit left unfinished."""
    prev = group[-1]
    if prev.text.endswith(_TERMINAL):
        return False
    last_word = prev.text.rsplit(None, 1)[-1].casefold()
    unfinished = (
        prev.text.endswith(",") or last_word in meta.FUNCTION_WORDS or nxt.text[:1].islower()
    )
    if prev.block == nxt.block:
        return unfinished
    # Across a blank line only long prose is joined, so a subheading never is.
    return unfinished and sum(len(u.text) for u in group[-3:]) >= _MIN_BROKEN_PARAGRAPH


def _split_bios(
    units: list[_Unit], author: str | None, furniture: Furniture
) -> tuple[list[_Unit], list[str]]:
    """Body units, and the author bios found after the article's last paragraph."""
    body = [u for u in units if not u.bio]
    marked = [u.text for u in units if u.bio]
    tail: list[str] = []
    while len(body) > 1 and len(tail) < _MAX_BIOS and _is_bio(body[-1].text, author, furniture):
        tail.append(body.pop().text)
    return body, _dedupe(tail[::-1] + marked)


def _is_bio(text: str, author: str | None, furniture: Furniture) -> bool:
    if len(text) > _MAX_BIO_CHARS:
        return False
    if author and re.match(rf"{re.escape(author)}(?: is| was| has|,)", text):
        return True
    return any(p.search(text) for p in furniture.bio_paragraphs)


def _dedupe(bios: list[str]) -> list[str]:
    """Pages often repeat the bio; keep each one once (a contained one is a repeat)."""
    kept: list[str] = []
    for bio in bios[: _MAX_BIOS * 2]:  # a page has a few; more would be an attack on the loop
        key = _comparable(bio)
        if not any(key in _comparable(k) or key[:80] == _comparable(k)[:80] for k in kept):
            kept.append(bio)
    return kept
