"""Cleaning text pasted from a web page: furniture out, every article paragraph kept.

The text is cut into units (lines, or whole hard-wrapped paragraphs), markdown residue is
turned into plain text (units.py), and each unit is checked against the furniture patterns
in furniture.yaml and for the shape of a navigation menu ("News | Opinion | Culture";
furniture.py). The site's masthead (banner, tagline and menu above the headline) is
dropped by its layout, not by its words. The first units give the title, byline and
dateline (meta.py), which are metadata, not body. Paragraphs split by a page break
mid-sentence are joined again, and author bios at the end move to `author_bio`.

Every pattern runs on one line of bounded length, and markdown patterns exclude their own
delimiters from their repeated parts, so cleaning is linear in the input and cannot
backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from belli.ingest import meta
from belli.ingest.furniture import Furniture, is_menu, load_furniture
from belli.ingest.units import Unit, markdown_to_plain, normalize_text, page_units

# Importable from here as before: readers, tests and fuzz targets use these names.
__all__ = [
    "Cleaned",
    "Furniture",
    "clean_text",
    "is_menu",
    "load_furniture",
    "markdown_to_plain",
    "normalize_text",
]

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

_MASTHEAD_LINE_CHARS = 100
_LINK_LIST_ITEMS = 12
_LINK_ITEM_CHARS = 160
_BULLETS = ("- ", "* ", "• ", "– ")
_NUMBERED = re.compile(r"^\d{1,2}[.)]?\s+\S")  # "1. Talks stall", "2 Why the corridor matters"
# "Valley Observer — news from the river towns": a short name, a dash or bar, a tagline.
_NAME_TAGLINE = re.compile(r"^[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} [—–|·] \S.{0,80}$")
_BIO_LEAD = re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}) (?:is|was|has been)\b")


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
    units = list(page_units(normalize_text(text)))
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
        published=header.published or _read_slashed(header.readings, body),
        section=header.section or label,
        author_bio="\n\n".join(bios) or None,
        tags=tuple(tags),
        removed=tuple(removed),
    )


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
    units: list[Unit], furniture: Furniture
) -> tuple[list[Unit], list[str], list[str], int, str | None]:
    """Units that are article text, the removed lines, tags from tag lines, how many kept
    units came before the last menu line at the top of the page, and the section label."""
    kept: list[Unit] = []
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
            tags.extend(_tags_of(unit.text, furniture))
    return kept, removed, tags, menu_at, label


def _tags_of(line: str, furniture: Furniture) -> list[str]:
    """The names a tag line lists, in each of its "|"-parts, without their labels ("Tags:",
    "Posted in", "| Tagged": only a label word of furniture.yaml, so the tag "Ukraine: war"
    stays whole)."""
    parts = (furniture.tag_label.sub("", part, count=1) for part in line.split("|"))
    return [tag.strip() for part in parts for tag in part.split(",") if tag.strip()]


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

    def open(self, heading: Unit) -> None:
        self.block, self.left = heading.block, _LINK_LIST_ITEMS

    def takes(self, unit: Unit) -> bool:
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


def _masthead_end(units: list[Unit], menu_at: int) -> int:
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


def _is_masthead_line(unit: Unit) -> bool:
    text = unit.text
    return not unit.heading and len(text) <= _MASTHEAD_LINE_CHARS and meta.header_fact(text) is None


def _is_banner(unit: Unit) -> bool:
    text = unit.text
    if unit.heading or len(text) > _MASTHEAD_LINE_CHARS or meta.header_fact(text):
        return False
    return (text.isupper() and len(text.split()) <= 6) or bool(_NAME_TAGLINE.match(text))


def _is_headline(unit: Unit) -> bool:
    return unit.heading or (meta.looks_like_title(unit.text) and not _is_banner(unit))


@dataclass(slots=True)
class _Header:
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    section: str | None = None
    outlet: str | None = None  # named by the byline ("By Jane Roe, Reuters")
    readings: tuple[str, str] | None = None  # an ambiguous "04/05/2023", both ways
    revised: str | None = None  # "Updated ...": the date when no line says published


def _take_header(
    units: list[Unit], title: str | None, furniture: Furniture
) -> tuple[list[Unit], _Header]:
    """Take title, byline and dateline lines out of the first units."""
    header = _Header(title=title)
    title_at = _title_index(units, title)
    if title_at is not None and title is None:
        header.title = units[title_at].text
    kept: list[Unit] = []
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
        if fact.revised:
            header.revised = header.revised or fact.published
        else:
            header.published = header.published or fact.published
        header.section = header.section or fact.section
        header.readings = header.readings or meta.slash_readings(unit.text)
    header.published = header.published or header.revised
    header.author, header.outlet = _split_affiliation(header.author, furniture)
    return kept, header


def _header_fact(line: str, furniture: Furniture) -> meta.HeaderFact | None:
    """A byline, dateline or publisher line, or a "Name, Outlet" byline without "By"."""
    fact = meta.header_fact(line)
    pair = meta.name_and_affiliation(line) if fact is None else None
    if pair and furniture.affiliation_kind(pair[1]):
        return meta.HeaderFact(author=", ".join(pair))  # split again by _split_affiliation
    return fact


def _read_slashed(readings: tuple[str, str] | None, body: list[Unit]) -> str | None:
    """The reading of an ambiguous slash date in the month the text's own dates point to
    (`meta.infer_date`); None when they point to neither reading's month, or to both."""
    if readings is None:
        return None
    inferred = meta.infer_date("\n\n".join(u.text for u in body))
    agreeing = [r for r in readings if inferred and r.startswith(inferred[:7])]
    return agreeing[0] if len(agreeing) == 1 else None  # a year's inference agrees with both


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


def _title_index(units: list[Unit], title: str | None) -> int | None:
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


def _join_breaks(units: list[Unit]) -> list[Unit]:
    """Join units that one sentence runs across: wrapped lines and page breaks."""
    groups: list[list[Unit]] = []
    for unit in units:
        last = groups[-1] if groups else None
        if last and not last[0].heading and not unit.heading and _continues(last, unit):
            last.append(unit)
        else:
            groups.append([unit])
    return [
        Unit(" ".join(u.text for u in g), g[0].block, g[0].heading, any(u.bio for u in g))
        for g in groups
    ]


def _continues(group: list[Unit], nxt: Unit) -> bool:
    """Whether `nxt` carries on the sentence that the group's last unit left unfinished."""
    prev = group[-1]
    if prev.text.endswith(_TERMINAL):
        return False
    last_word = prev.text.rsplit(None, 1)[-1].casefold()
    run_on = (prev.text.endswith(",") or last_word in meta.FUNCTION_WORDS) and not _is_prompt(
        prev.text
    )
    unfinished = run_on or nxt.text[:1].islower()
    if prev.block == nxt.block:
        return unfinished
    # Across a blank line only long prose is joined, so a subheading never is.
    return unfinished and sum(len(u.text) for u in group[-3:]) >= _MIN_BROKEN_PARAGRAPH


_PROMPT_TAIL_WORDS = 3  # "Already a subscriber? Log in": a question and its button
_LABEL_WORDS = 6  # "Sign Up For", "Stories From": a label, not a wrapped sentence


def _is_prompt(text: str) -> bool:
    """A prompt or label that ends on a function word without running on: a question or
    exclamation and a few words after it, or a short line in Title Case."""
    tail = re.split(r"[?!]\s+", text)
    if len(tail) > 1 and len(tail[-1].split()) <= _PROMPT_TAIL_WORDS:
        return True
    words = text.split()
    return len(words) <= _LABEL_WORDS and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _split_bios(
    units: list[Unit], author: str | None, furniture: Furniture
) -> tuple[list[Unit], list[str]]:
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
