"""Finding date expressions in text: one rule per written form, built from the lexicon.

A rule is a pattern (patterns.py) and a builder (builders.py) that turns its match into a
`Spec`: "July 02 , 2008", "late last July", "the first quarter of last year", "two years
ago", "the early 1990s", "recently". `find_expressions` runs every rule over a text and
keeps the longest matches that do not overlap; a year range ("1957-58", "between 2014
and 2016") gives one expression per year, as TIMEX3 marks them. The ends of a span
("3-17 May", "between March and May 2021") each carry the other (`Found.stretch`, see
spans.py), so that they resolve to the whole range; an end without its year takes the
other's.

A match is `confident` when its form is a date whatever the context ("in May 2010",
"last week", "recently"); a bare "May" or "2011" is a date only where the model tagged
one, so it never becomes a new mention on its own.

For speed, a rule runs only near the words it cannot match without (its triggers: "July"
for the month rules, "ago" for "two years ago", a four-digit number for years), within
one line: no expression spans a line break. The result is the same as running every rule
over the whole text, five times faster.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from belli.cache import RegexStore
from belli.dates.builders import BUILDERS, Builder, group, previous_word
from belli.dates.lexicon import DateLexicon, load_lexicon
from belli.dates.patterns import patterns
from belli.dates.spans import with_stretches
from belli.dates.spec import Spec, Stretch

__all__ = ["Found", "find_expressions"]

Confidence = Callable[[re.Match[str]], bool]
_AMBIGUOUS_MONTHS = frozenset({3, 5})  # "march" and "may" are verbs too
_PAIRS = frozenset({"year_pair", "year_range"})
_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_CENTURIES = frozenset(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"])
_REACH = 80  # characters an expression may hold on either side of its trigger word
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")  # spaces inside an expression (patterns.S)


@dataclass(frozen=True, slots=True)
class Found:
    """One date expression in a text: its offsets, what it says, and whether its form alone
    makes it a date."""

    start: int
    end: int
    text: str
    spec: Spec
    confident: bool
    stretch: Stretch | None = None  # "3-17 May": the span this expression is one end of


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder | None  # None for the year pairs: `_pair` makes two expressions of each
    confident: Confidence


def find_expressions(text: str) -> list[Found]:
    """Every date expression in `text`, in order, longest first where two overlap."""
    candidates: list[tuple[int, int, int, Found]] = []
    for rank, (rule, windows) in enumerate(zip(_rules(), _windows(text), strict=True)):
        for start, end in windows:
            for found in _matches(rule, text, start, end):
                candidates.append((-(found.end - found.start), found.start, rank, found))
    chosen: list[Found] = []
    for *_key, found in sorted(candidates, key=lambda c: c[:3]):
        if all(found.end <= f.start or found.start >= f.end for f in chosen):
            chosen.append(found)
    return with_stretches(text, sorted(chosen, key=lambda f: f.start))


# --- where each rule runs: around the words it cannot match without (for speed only) ---------


def _windows(text: str) -> list[list[tuple[int, int]]]:
    """Per rule, the stretches of `text` around its trigger words ("July", "ago", "2009"),
    each within its line: an expression holds its trigger and never spans a line break.
    A run of spaces counts as one character: an expression may hold any run ("5   years
    ago"), so its reach is measured on the text with each run made one space."""
    runs = [m.span() for m in _SPACE_RUN.finditer(text)]
    if not runs:
        return _near_triggers(text)
    collapsed = _collapsed(runs)
    return [[(collapsed.original(lo), collapsed.original(hi)) for lo, hi in windows]
            for windows in _near_triggers(_SPACE_RUN.sub(" ", text))]


@dataclass(frozen=True, slots=True)
class _Collapsed:
    """The text with each space run made one space: its offsets mapped back to the text."""

    run_starts: list[int]  # each run's offset in the collapsed text
    removed: list[int]  # characters removed up to and including each run

    def original(self, offset: int) -> int:
        """The offset in the original text of `offset` in the collapsed one."""
        before = bisect.bisect_left(self.run_starts, offset)  # the runs wholly before `offset`
        return offset + (self.removed[before - 1] if before else 0)


def _collapsed(runs: list[tuple[int, int]]) -> _Collapsed:
    """The offset map of a text whose space runs (start, end) are each made one space."""
    run_starts: list[int] = []
    removed: list[int] = []
    for start, end in runs:
        total = removed[-1] if removed else 0
        run_starts.append(start - total)
        removed.append(total + end - start - 1)
    return _Collapsed(run_starts, removed)


def _near_triggers(text: str) -> list[list[tuple[int, int]]]:
    hits: list[list[tuple[int, int]]] = [[] for _ in _rules()]
    ranks: dict[str, tuple[int, ...]] = {}  # by word: a text repeats most of its words
    for token in _TOKEN.finditer(text):
        word = token.group()
        found = ranks.get(word)
        if found is None:
            found = ranks[word] = _ranks_of(word)
        for rank in found:
            hits[rank].append(token.span())
    breaks = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text)]
    return [_merged(spans, breaks, len(text)) for spans in hits]


def _merged(spans: list[tuple[int, int]], breaks: list[tuple[int, int]],
            size: int) -> list[tuple[int, int]]:
    starts = [b[0] for b in breaks]
    windows: list[tuple[int, int]] = []
    for first, last in spans:
        line = bisect.bisect_right(starts, first)
        lo = max(breaks[line - 1][1] if line else 0, first - _REACH)
        hi = min(breaks[line][0] if line < len(breaks) else size, last + _REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


@dataclass(frozen=True, slots=True)
class _Triggers:
    words: dict[str, tuple[int, ...]]  # a word as written, or lower-cased -> rule ranks
    numbers: tuple[int, ...]
    years: tuple[int, ...]

    def of(self, token: str) -> tuple[int, ...]:
        if token[0].isdigit():
            is_year = len(token) == 4 and token[:2] in _CENTURIES
            return self.years if is_year else self.numbers
        lowered = token.lower()
        exact = self.words.get(token, ())
        return exact if lowered == token else exact + self.words.get(lowered, ())


@lru_cache(maxsize=1 << 15)  # texts share most of their words
def _ranks_of(word: str) -> tuple[int, ...]:
    """The ranks of the rules `word` triggers."""
    return _triggers().of(word)


@lru_cache(maxsize=1)
def _triggers() -> _Triggers:
    ranks = {rule.name: rank for rank, rule in enumerate(_rules())}
    words: dict[str, list[int]] = {}
    for name, keys in _trigger_words(load_lexicon()).items():
        for key in keys:
            words.setdefault(key, []).append(ranks[name])
    # a number alone triggers only the rules that hold no word of their own: "century" and
    # "ago" hold theirs ("21st century", "two years ago"), so a number need not wake them;
    # the window around the word reaches the number across any run of spaces (`_windows`)
    numbers = tuple(ranks[n] for n in ("two_digit_year", "decade_two_digit"))
    years = tuple(ranks[n] for n in (
        "iso_date", "numeric_date", "numeric_ymd", "year_pair", "year_range", "year", "decade",
        "month_year", "half", "quarter", "q_quarter", "season", "holiday",
    ))
    return _Triggers({w: tuple(sorted(set(r))) for w, r in words.items()}, numbers, years)


def _matches(rule: _Rule, text: str, start: int, end: int) -> Iterator[Found]:
    lexicon = load_lexicon()
    for match in rule.pattern.finditer(text, start, end):
        if rule.build is None:
            yield from _pair(match, text)
            continue
        spec = rule.build(match, lexicon)
        if spec is None:
            continue
        start, end = match.span("core") if "core" in rule.pattern.groupindex else (-1, -1)
        if start < 0:
            start, end = match.span()
        spec = _with_preposition(spec, text, start)
        yield Found(start, end, text[start:end], spec, rule.confident(match))


def _with_preposition(spec: Spec, text: str, start: int) -> Spec:
    """"since 2019" is in the past; "until Friday" and "by 2030" look ahead."""
    word = previous_word(text, start)
    if word == "since":
        return replace(spec, tense_hint="past")
    if word in ("until", "till", "by", "through"):
        return replace(spec, tense_hint="future")
    return spec


def _pair(match: re.Match[str], text: str) -> Iterator[Found]:
    """Both years of "1957-58" or "between 2014 and 2016", each an expression of its own."""
    first = int(match["first"])
    raw = match["second"]
    second = (first // 100) * 100 + int(raw) if len(raw) == 2 else int(raw)
    if not first < second <= first + 100:
        return
    for name, y in (("first", first), ("second", second)):
        start, end = match.span(name)
        yield Found(start, end, text[start:end], Spec("year", year=y), True)


# --- when a form alone makes a date --------------------------------------------------------


def _always(_match: re.Match[str]) -> bool:
    return True


def _never(_match: re.Match[str]) -> bool:
    return False


def _any_of(*names: str) -> Confidence:
    return lambda match: any(group(match, n) for n in names)


def _month_confident(match: re.Match[str]) -> bool:
    month = load_lexicon().months[match["month"].lower()]
    return month not in _AMBIGUOUS_MONTHS or any(group(match, n) for n in ("prep", "mod", "dir"))


def _season_confident(match: re.Match[str]) -> bool:
    """"fall" is a date only as "last fall" or "fall 2020"; a capitalized season may name
    an event ("the Arab Spring"); the other season words are dates."""
    word = match["season"]
    if word.lower() == "fall":
        return bool(group(match, "dir") or group(match, "year"))
    return word.islower() or any(group(match, n) for n in ("dir", "year", "prep", "mod"))


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def _year_confident(match: re.Match[str]) -> bool:
    """"in 2011", "early 2011", or a year naming an event: "the 2020 war", "the 2016
    contracts" (a number before another noun may count: "the 2000 soldiers")."""
    if any(group(match, n) for n in ("prep", "mod", "theyear", "fiscal")):
        return True
    after = _NEXT_WORD.match(match.string, match.end())
    named = after is not None and after.group(1) in load_lexicon().event_nouns
    return named and previous_word(match.string, match.start()) in _DETERMINERS


_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that"})


def _holiday_confident(match: re.Match[str]) -> bool:
    """"last Christmas", "Easter 2021", or a holiday a temporal preposition governs ("on New
    Year's Day"); a bare name may name something else ("the Christmas truce")."""
    if group(match, "dir") or group(match, "year"):
        return True
    return previous_word(match.string, match.start()) in load_lexicon().holiday_prepositions


_CONFIDENCE: dict[str, Confidence] = {
    "bare_month": _month_confident,
    "year": _year_confident,
    "two_digit_year": _any_of("prep"),
    "decade_two_digit": _any_of("the", "apos"),
    "q_quarter": _any_of("year"),
    "season": _season_confident,
    "holiday": _holiday_confident,
    "anaphor": _never,
}


def _trigger_words(lexicon: DateLexicon) -> dict[str, set[str]]:
    """Per rule, the words it cannot match without: month and weekday names as written
    (capitalized or in capitals), other words in lower case."""
    months = {f for names in lexicon.month_names for n in names for f in (n, n.upper())}
    weekdays = {f for names in lexicon.weekday_names for f in (names[0], names[0].upper())}
    month_rules = ("dashed_date", "month_day_year", "day_month_year", "month_day", "day_month",
                   "month_year", "month_two_digit_year", "month_relative_year", "bare_month",
                   "week_of_month", "week_of_day", "week_of_day_first")
    units = {"week", "weekend", "month", "year", "decade", "quarter", "century"}
    words = {name: months for name in month_rules}
    return words | {
        "half": {"half"}, "quarter": {"quarter"}, "q_quarter": {"q"},
        "century": {"century", "centuries"}, "decade_word": set(lexicon.decade_words),
        "relative_unit": units, "within_unit": {"week", "month"}, "weekend": {"weekend"},
        "cyclic_year": {"year", "decade"}, "ago": {"ago", "back", "now", "hence"},
        "weekday": weekdays,
        "holiday": {h.split()[0].replace("'", "") for h in lexicon.holidays},
        "deictic": {"today", "tonight", "overnight", "yesterday", "tomorrow", "night", "morning",
                    "afternoon", "evening"},
        "season": set(lexicon.seasons), "anaphor": {"day", "week", "month", "year", "time"},
        "anaphor_shift": {"later", "earlier", "following", "preceding", "next", "previous",
                          "day", "before", "after"},
        "reference": {re.split(r"\W+", p)[-1] for p in lexicon.references},
    }


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    found = patterns(load_lexicon())
    # compiled from the start-up cache: Python compiling the rules' long patterns was a
    # tenth of the date stage on the bench's 70 stories
    regexes = RegexStore("date-rules", [f"{name}\0{pattern}" for name, pattern in found.items()])
    rules = tuple(
        _Rule(
            name,
            regexes.compile(pattern, re.IGNORECASE),
            None if name in _PAIRS else BUILDERS[name],  # a missing builder fails at load
            _CONFIDENCE.get(name, _always),
        )
        for name, pattern in found.items()
    )
    regexes.save()
    return rules
