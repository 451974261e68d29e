"""Metadata recovered from pasted text: title, bylines, datelines, and dates in prose.

The header patterns match whole short lines only ("By Jane Roe", "Global Research,
September 15, 2022", "October 7, 2021 - Mahammad Mammadov - Analysis"), so a sentence of
the article that happens to contain a name or a date is never taken for a byline. When the
text gives no date, `belli.dates.inference.infer_publication` reads one from the dates in
its prose.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from belli.dates.inference import infer_publication
from belli.errors import InputError

__all__ = [
    "DATE",
    "FUNCTION_WORDS",
    "HeaderFact",
    "author_clue",
    "header_fact",
    "infer_date",
    "looks_like_title",
    "month_number",
    "name_and_affiliation",
    "parse_date",
    "read_published",
    "slash_readings",
]

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
_WEEKDAY = r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+"
# "12/09/2022": day first in most of the world, month first in the US. Only a reading that
# rules the other out is taken (a part above 12); "03/04/2022" says the line is a date line
# but not which day, so it gives no date and the text's own dates decide (`infer_publication`).
_SLASH = re.compile(rf"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>{_YEAR})")
# How news sites label the date of a story: "Published: Thu 15 Sep 2022 10.02 BST",
# "First published on ...", "Last updated: 15/09/2022", "Posted on September 15, 2022 at
# 10:02 am", "Updated September 15, 2022 9:14 PM ET", "Thursday, September 15, 2022".
_DATE_LABEL = (
    r"(?i:(?:first |last |originally )?(?:published|posted|updated|modified|released|issued)"
    r"|last (?:edited|revised)|date(?: published)?|dated|publication date)"
)
# "Updated 2:07 PM EDT, Thu September 15, 2022": the time before the date.
_TIME_FIRST = r"\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?,?\s+"
_DATE_LINE = re.compile(
    rf"^(?:(?P<label>{_DATE_LABEL})(?:\s+(?i:on|at))?\s*:?\s*)?(?:{_TIME_FIRST})?(?:{_WEEKDAY})?"
    rf"(?P<date>{DATE}|{_SLASH.pattern})"
    r"(?:[\s,|-]+(?i:at\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?i:[ap]\.?m\.?)?(?:\s*[A-Za-z+\-\d:()]{1,12}){0,2})?$"
)
_REVISED = re.compile(r"(?i:updated|modified|edited|revised)")
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

@dataclass(frozen=True, slots=True)
class HeaderFact:
    """What one header line says about the article; the line itself is not body text."""

    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    section: str | None = None
    revised: bool = False  # "Updated ...", "Last modified ...": a published line wins


def parse_date(text: str) -> str | None:
    """The first full date in `text` as ISO `YYYY-MM-DD`, or None."""
    match = _DATE_RE.search(text)
    return _iso_of(match.group(0)) if match else None


def read_published(value: object, *, today: dt.date | None = None) -> str:
    """A publication date given as metadata, as ISO: "2021-09-06", or "2021-09" / "2021" when
    that is all it says. Raises InputError saying why a value is not one.

    Read: ISO 8601 dates and date-times in any zone (the date is the one written, not moved
    to UTC), RFC 2822 ("Mon, 06 Sep 2021 10:00:00 GMT"), "September 6, 2021", "6 Sep 2021",
    "September 2021", and other complete dates dateparser reads without guessing: nothing
    relative ("yesterday" is the day of ingest, not of publication), no missing year. A bare
    number is not a date, save a four-digit year and ISO 8601's basic form ("20210906",
    "20210906101500", as GDELT writes them): epoch seconds or milliseconds and "1e5" are
    guesses. A date before 1900 or more than two days after `today`
    (default: today, UTC) cannot be a news article's, and is refused too.
    """
    text = " ".join(str(value).split())
    if not text:
        raise InputError("no date given")
    found = _read_date(text)
    _check_plausible(found, today or dt.datetime.now(dt.UTC).date())
    return found


# A day or two ahead of our clock is a time zone or a clock running fast, not an error.
_FUTURE_LEEWAY = dt.timedelta(days=2)
_EARLIEST = dt.date(1900, 1, 1)
_NUMBER = re.compile(r"[+-]?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][+-]?\d+)?")
_ISO_START = re.compile(r"\d{4}-\d")
# ISO 8601 basic form, as GDELT writes dates: YYYYMMDD, or YYYYMMDDhhmmss
_BASIC = re.compile(r"((?:19|20)\d{6})(?:\d{6})?")
_RFC_2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_MONTH_YEAR = re.compile(rf"(?P<month>{_MONTH_I})\s+(?P<year>{_YEAR})")


def _read_date(text: str) -> str:
    """`text` as a full or partial ISO date, before any check of its range."""
    if re.fullmatch(r"\d{4}", text):
        return text
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        if not 1 <= int(m[2]) <= 12:
            raise InputError(f"no month {int(m[2])}")
        return text
    if m := _BASIC.fullmatch(text):
        return _basic_date(m[1])
    if _NUMBER.fullmatch(text):
        raise InputError("a bare number is not a date")
    if _ISO_START.match(text):
        return _iso_date(text)
    if _RFC_2822.match(text):
        return _rfc_2822_date(text)
    if m := _MONTH_YEAR.fullmatch(text):
        return f"{m['year']}-{month_number(m['month']):02d}"
    found = parse_date(text) or _dateparser(text)
    if found is None:
        raise InputError("not a date belli can read")
    return found


def _basic_date(digits: str) -> str:
    try:
        return dt.datetime.strptime(digits, "%Y%m%d").date().isoformat()
    except ValueError as exc:
        raise InputError(f"{digits} is not a date in YYYYMMDD form") from exc


def _iso_date(text: str) -> str:
    try:
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError as exc:
        # "2021-09-06 10:00 UTC": a zone by name, which ISO 8601 has no room for
        found = _dateparser(text)
        if found is None:
            raise InputError(f"not a valid ISO 8601 date or time ({exc})") from exc
        return found


def _rfc_2822_date(text: str) -> str:
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError) as exc:
        raise InputError(f"not a valid RFC 2822 date ({exc})") from exc


def _check_plausible(found: str, today: dt.date) -> None:
    """Refuse a date no news article can have; a partial date counts from its first day."""
    first = dt.date.fromisoformat((found + "-01-01")[:10])
    if first < _EARLIEST:
        raise InputError(f"{found} is before 1900")
    if first > today + _FUTURE_LEEWAY:
        raise InputError(f"{found} is in the future (today is {today.isoformat()})")


def header_fact(line: str) -> HeaderFact | None:
    """Read a byline, dateline or publisher line; None when the line is not one."""
    if len(line) > _MAX_HEADER_LINE:
        return None
    if m := _DATELINE.match(line):
        return HeaderFact(
            author=_author(m["author"]), published=_iso_of(m["date"]), section=m["section"]
        )
    if m := _DATE_LINE.match(line):  # before a publisher's: "Thursday, May 4, 2023" is no outlet
        revised = bool(_REVISED.search(m["label"] or ""))
        return HeaderFact(published=_iso_of(m["date"]), revised=revised)
    if m := _PUBLISHER_DATE.match(line):
        return HeaderFact(publisher=m["publisher"].strip(), published=_iso_of(m["date"]))
    if m := _AUTHOR_DATE.match(line):
        return HeaderFact(
            author=_author(m["author"]), published=_iso_of(m["date"]), section=m["section"]
        )
    if m := _AUTHOR_LINE.match(line):
        return HeaderFact(author=_author(m["author"]))
    if m := _BYLINE.match(line):
        rest = m["rest"] or ""
        if rest and not parse_date(rest) and len(rest.split()) > 6:
            return None  # "By the time the talks began, ..." is prose, not a byline
        return HeaderFact(author=_author(m["author"]), published=parse_date(rest))
    return None


def slash_readings(line: str) -> tuple[str, str] | None:
    """Both readings of the slash date a date line leaves ambiguous ("Updated 04/05/2023"):
    day first, then month first; None for any other line."""
    match = _DATE_LINE.match(line) if len(line) <= _MAX_HEADER_LINE else None
    slash = _SLASH.fullmatch(match["date"]) if match else None
    if slash is None:
        return None
    first, second, year = int(slash["a"]), int(slash["b"]), int(slash["year"])
    day_first, month_first = _valid(year, second, first), _valid(year, first, second)
    if day_first is None or month_first is None or day_first == month_first:
        return None
    return day_first, month_first


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
    """The publication date the text supports (see `infer_publication`), or None."""
    inference = infer_publication(text, today=today)
    return inference.value if inference else None


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
    if m := _SLASH.fullmatch(text.strip()):
        return _slashed(int(m["a"]), int(m["b"]), int(m["year"]))
    return None


def _slashed(first: int, second: int, year: int) -> str | None:
    """A slash date read one way only: day first when the first part cannot be a month,
    month first when the second cannot, either when both agree; else None (ambiguous)."""
    if first > 12 or first == second:
        return _valid(year, second, first)
    return _valid(year, first, second) if second > 12 else None


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

    # strict: day, month and year all stated; absolute: nothing counted from today
    parsed = dateparser.parse(
        text, settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time"]}
    )
    return parsed.date().isoformat() if parsed else None
