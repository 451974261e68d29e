"""Metadata recovered from pasted text: title, bylines, datelines, and dates in prose.

The header patterns match whole short lines only ("By Jane Roe", "Global Research,
September 15, 2022", "October 7, 2021 - Mahammad Mammadov - Analysis"), so a sentence of
the article that happens to contain a name or a date is never taken for a byline. When the
text gives no date, `infer_date` picks the latest explicit date the article mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTH_NUMBERS = {
    abbr: number
    for number, abbr in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "september", "Jun")."""
    return _MONTH_NUMBERS[name.strip(". ").lower()[:3]]


_MONTH_I = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# In running prose only capitalized full names count: "march" and "may" are verbs too.
_MONTH_C = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
DATE = (
    rf"(?:{_MONTH_I}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MONTH_I},?\s+{_YEAR}"
    rf"|{_YEAR}-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.{_YEAR})"
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|der|da|al|bin|el|la|le|du|di)){0,4}"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}"
_SEP = r"\s*[-–—|•·]\s*"

_DATE_RE = re.compile(DATE)
_MD = re.compile(rf"(?P<month>{_MONTH_I})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})")
_DM = re.compile(rf"(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH_I}),?\s+(?P<year>{_YEAR})")
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")
_DOTTED = re.compile(rf"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>{_YEAR})")

_BYLINE = re.compile(rf"^(?i:by)\s+(?P<author>{_NAMES})(?:{_SEP}|,\s*)?(?P<rest>.{{0,120}})$")
_DATELINE = re.compile(
    rf"^(?P<date>{DATE}){_SEP}(?P<author>{_NAMES})(?:{_SEP}(?P<section>[\w ]{{1,40}}))?$"
)
# "Jane Roe - 16 June 2021 - News": the byline first, then the date and the section.
_AUTHOR_DATE = re.compile(
    rf"^(?P<author>{_NAMES}){_SEP}(?P<date>{DATE})(?:{_SEP}(?P<section>[\w ]{{1,40}}))?$"
)
# "Jane Roe, The Northern Courier": a name of two to five words, then an affiliation.
_NAME_AFFILIATION = re.compile(
    r"^(?P<author>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),"
    r"\s*(?P<affiliation>[A-Z][\w&.'’ /-]{0,59}\w)$"  # ends on a word: not a sentence
)
_PUBLISHER_DATE = re.compile(rf"^(?P<publisher>[A-Z][\w&.'’ ]{{1,60}}?),\s*(?P<date>{DATE})$")
_DATE_LINE = re.compile(
    rf"^(?:(?i:published|posted|updated|first published|date)(?:\s+on)?\s*:?\s*)?(?P<date>{DATE})"
    r"(?:[\s,|-]+(?:at\s+)?\d{1,2}[:.]\d{2}.{0,20})?$"
)
_AUTHOR_LINE = re.compile(
    rf"^(?i:author|authors|written by|words by|articles? by)\s*:?\s*(?P<author>{_NAMES})$"
)
_BY = re.compile(r"^(?i:by)\s+")
_MAX_HEADER_LINE = 200
_MAX_TITLE_WORDS = 25
# Words a sentence (or headline) does not end on: a line ending on one runs on.
_FUNCTION_WORDS = (
    "the a an of to in on at for with and or but nor by from as that which who whose its "
    "their his her our your this these those is are was were be been has have had than into "
    "onto between about against over under after before during while whether"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
_TITLE_END_BAD = tuple(".,;:")

# Dates in running prose, for inference.
_IN_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH_C})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*{_YEAR})(?![\d:])"
)
_IN_DAY_MONTH = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_C})\b(?!,?\s*{_YEAR})"
)
_IN_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH_C}),?\s+(?P<year>{_YEAR})\b")
_IN_MONTH = re.compile(
    rf"\b(?i:in|on|since|during|by|until|early|late|mid|mid-|last|this)\s+(?P<month>{_MONTH_C})\b"
    rf"(?!\s+[0-3]?\d)(?!,?\s*{_YEAR})"
)
_IN_YEAR = re.compile(
    rf"\b(?i:in|since|during|by|until|of|early|late|mid|mid-|from|throughout)\s+"
    rf"(?P<year>{_YEAR})\b(?![/\d%-])"
)
_ANY_YEAR = re.compile(rf"(?<![\d/.])(?P<year>{_YEAR})(?![\d/%])")


@dataclass(frozen=True, slots=True)
class HeaderFact:
    """What one header line says about the article; the line itself is not body text."""

    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    section: str | None = None


def parse_date(text: str) -> str | None:
    """The first full date in `text` as ISO `YYYY-MM-DD`, or None."""
    match = _DATE_RE.search(text)
    return _iso_of(match.group(0)) if match else None


def normalize_published(value: object) -> str | None:
    """A publication date given as metadata, as ISO (partial kept: "2022-09", "2022")."""
    if value is None:
        return None
    text = str(value).strip()
    iso = _ISO.match(text)
    if iso:
        if iso.group("day"):
            return _valid(int(iso.group("year")), int(iso.group("month")), int(iso.group("day")))
        return text[:7] if 1 <= int(iso.group("month")) <= 12 else None
    if re.fullmatch(r"\d{4}", text):
        return text
    return parse_date(text) or _dateparser(text)


def header_fact(line: str) -> HeaderFact | None:
    """Read a byline, dateline or publisher line; None when the line is not one."""
    if len(line) > _MAX_HEADER_LINE:
        return None
    if m := _DATELINE.match(line):
        return HeaderFact(
            author=_author(m["author"]), published=_iso_of(m["date"]), section=m["section"]
        )
    if m := _PUBLISHER_DATE.match(line):
        return HeaderFact(publisher=m["publisher"].strip(), published=_iso_of(m["date"]))
    if m := _AUTHOR_DATE.match(line):
        return HeaderFact(
            author=_author(m["author"]), published=_iso_of(m["date"]), section=m["section"]
        )
    if m := _DATE_LINE.match(line):
        return HeaderFact(published=_iso_of(m["date"]))
    if m := _AUTHOR_LINE.match(line):
        return HeaderFact(author=_author(m["author"]))
    if m := _BYLINE.match(line):
        rest = m["rest"] or ""
        if rest and not parse_date(rest) and len(rest.split()) > 6:
            return None  # "By the time the talks began, ..." is prose, not a byline
        return HeaderFact(author=_author(m["author"]), published=parse_date(rest))
    return None


def name_and_affiliation(line: str) -> tuple[str, str] | None:
    """A line "Name, Affiliation" split in two; whether the affiliation is an outlet or a
    role (and not a co-author or a place) is for the caller to judge."""
    match = _NAME_AFFILIATION.match(line) if len(line) <= _MAX_HEADER_LINE else None
    return (match["author"], match["affiliation"].strip()) if match else None


def author_clue(line: str) -> str | None:
    """An author named by furniture anywhere in the page ("Articles by: Jane Roe")."""
    match = _AUTHOR_LINE.match(line) if len(line) <= _MAX_HEADER_LINE else None
    return _author(match["author"]) if match else None


def looks_like_title(line: str) -> bool:
    """A short line that reads like a headline, not a sentence, date or byline."""
    words = line.split()
    return (
        0 < len(line) <= _MAX_HEADER_LINE
        and 2 <= len(words) <= _MAX_TITLE_WORDS
        and not line.endswith(_TITLE_END_BAD)
        and words[-1].casefold() not in FUNCTION_WORDS
        and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'")
        and header_fact(line) is None
    )


def infer_date(text: str, *, today: dt.date | None = None) -> str | None:
    """The latest explicit date the text mentions, at the precision it was given.

    Month-and-day mentions ("on September 27th") take the latest year the text names.
    Dates after `today` are ignored: they are plans, not events.
    """
    today = today or dt.date.today()
    years = [int(m["year"]) for m in _ANY_YEAR.finditer(text) if int(m["year"]) <= today.year]
    candidates = list(_full_dates(text)) + [(int(m["year"]), 0, 0) for m in _IN_YEAR.finditer(text)]
    candidates += [
        (int(m["year"]), month_number(m["month"]), 0) for m in _IN_MONTH_YEAR.finditer(text)
    ]
    if years:
        ref = max(years)
        for pattern in (_IN_MONTH_DAY, _IN_DAY_MONTH):
            candidates += [
                (ref, month_number(m["month"]), int(m["day"])) for m in pattern.finditer(text)
            ]
        candidates += [(ref, month_number(m["month"]), 0) for m in _IN_MONTH.finditer(text)]
    usable = [c for c in candidates if _plausible(c, today)]
    return _format(max(usable)) if usable else None


def _full_dates(text: str) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = []
    for match in _DATE_RE.finditer(text):
        iso = _iso_of(match.group(0))
        if iso:
            found.append((int(iso[:4]), int(iso[5:7]), int(iso[8:10])))
    return found


def _plausible(ymd: tuple[int, int, int], today: dt.date) -> bool:
    year, month, day = ymd
    if not 1 <= year <= today.year or not 0 <= month <= 12:
        return False
    if day:
        return _valid(year, month, day) is not None and dt.date(year, month, day) <= today
    return (year, month) <= (today.year, today.month)


def _format(ymd: tuple[int, int, int]) -> str:
    year, month, day = ymd
    if day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _iso_of(text: str) -> str | None:
    for pattern in (_MD, _DM):
        m = pattern.fullmatch(text.strip())
        if m:
            day = int(re.sub(r"\D", "", m["day"]))
            return _valid(int(m["year"]), month_number(m["month"]), day)
    if m := _ISO.fullmatch(text.strip()):
        return _valid(int(m["year"]), int(m["month"]), int(m["day"] or 0))
    if m := _DOTTED.fullmatch(text.strip()):
        return _valid(int(m["year"]), int(m["month"]), int(m["day"]))
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _author(names: str) -> str:
    # "By" is capitalized like a name, so "By Jane Roe | 3 May 2023" reaches here with it.
    return _BY.sub("", " ".join(names.split())).strip(" ,&")


def _dateparser(text: str) -> str | None:
    """Last resort for free-form metadata dates; slow to import, so only loaded here."""
    if len(text) > 100:
        return None
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None
