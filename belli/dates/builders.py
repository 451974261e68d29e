"""From a match of a date pattern (patterns.py) to the `Spec` it states.

One builder per rule, under the rule's name in `BUILDERS`; a builder returns None when the
match is not a date after all (31 February, "Black Monday").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from belli.dates.lexicon import DateLexicon
from belli.dates.spec import Direction, Spec

__all__ = ["BUILDERS", "Builder", "group", "part_of", "previous_word"]

Builder = Callable[[re.Match[str], DateLexicon], Spec | None]

_OFFSETS = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
            "coming": 1}
_DIRECTIONS: dict[str, Direction] = {"last": "last", "past": "last", "next": "next",
                                     "coming": "next", "this": "this"}
_PREVIOUS_WORD = re.compile(r"(\w+)[ \t\u00a0]*$")
_LOOK_BACK = 12  # characters before an expression searched for the word that precedes it


def group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def previous_word(text: str, start: int) -> str:
    """The word just before `start` on its line, lower-cased ("" when there is none)."""
    found = _PREVIOUS_WORD.search(text[max(0, start - _LOOK_BACK) : start])
    return found.group(1).lower() if found else ""


def part_of(modifier: str | None) -> str | None:
    if not modifier:
        return None
    words = modifier.lower().replace("-", " ").split()
    if words[:1] == ["earlier"]:
        return "to_date"
    if words[:1] == ["later"]:
        return "rest"
    if "half" in words:
        return "first_half" if "first" in words else "second_half"
    return words[-2] if words[0] == "the" else words[0]


def _number(text: str, lex: DateLexicon) -> int | None:
    words = text.lower().replace("-", " ").split()
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    values = [lex.numbers.get(w) for w in words]
    return sum(v for v in values if v is not None) if all(v is not None for v in values) else None

def _year_of(match: re.Match[str]) -> int | None:
    raw = group(match, "year")
    return int(raw) if raw else None


def full_date(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    month = lex.months[match["month"].rstrip(".").lower()]
    return _valid_day(Spec("day", year=_year_of(match), month=month, day=int(match["day"])))


def iso_date(match: re.Match[str], _lex: DateLexicon) -> Spec | None:
    return _valid_day(
        Spec("day", year=int(match["year"]), month=int(match["month"]), day=int(match["day"]))
    )


def numeric_date(match: re.Match[str], _lex: DateLexicon) -> Spec | None:
    """Dotted dates are day first (15.09.2022); slashed ones month first unless impossible."""
    a, b = int(match["a"]), int(match["b"])
    day, month = (a, b) if match["sep"] == "." or a > 12 else (b, a)
    return _valid_day(Spec("day", year=int(match["year"]), month=month, day=day))


def _valid_day(spec: Spec) -> Spec | None:
    if spec.month is None or not 1 <= spec.month <= 12 or spec.day is None:
        return None
    limit = 29 if spec.month == 2 else 30 if spec.month in (4, 6, 9, 11) else 31
    return spec if 1 <= spec.day <= limit else None


def month_year(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    month = lex.months[match["month"].rstrip(".").lower()]
    if group(match, "yy"):
        return Spec("month", month=month, two_digit=int(match["yy"]))
    if group(match, "rel"):
        rel = match["rel"].lower()
        return Spec("month", month=month, shift_unit="year", offset=_OFFSETS[rel])
    return Spec("month", year=_year_of(match), month=month)


def bare_month(match: re.Match[str], lex: DateLexicon) -> Spec:
    direction = _direction(match)
    return Spec(
        "month", month=lex.months[match["month"].lower()], direction=direction,
        part=part_of(group(match, "mod")),
    )


def _direction(match: re.Match[str]) -> Direction | None:
    return _DIRECTIONS.get((group(match, "dir") or "").lower())


def week_of_month(match: re.Match[str], lex: DateLexicon) -> Spec:
    nth = match["ord"].lower()
    index = -1 if nth in ("last", "final") else lex.ordinals[nth]
    return Spec("week", year=_year_of(match), month=lex.months[match["month"].lower()],
                week_of_month=index)


def week_of_day(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    """"the week of May 3": the week holding that day."""
    day = full_date(match, lex)
    return replace(day, unit="week") if day is not None else None


def year(match: re.Match[str], _lex: DateLexicon) -> Spec:
    return Spec("year", year=int(match["year"]), part=part_of(group(match, "mod")))


def two_digit_year(match: re.Match[str], _lex: DateLexicon) -> Spec:
    return Spec("year", two_digit=int(match["yy"]))


def decade(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    part = part_of(group(match, "mod"))
    if group(match, "decade"):
        return Spec("decade", decade=int(match["decade"]) // 10, part=part)
    if group(match, "word"):
        tens = lex.decade_words[match["word"].lower()]
        century = {"nineteen": 19, "twenty": 20}.get((group(match, "cent") or "").lower())
        if century is not None:
            return Spec("decade", decade=century * 10 + tens, part=part)
        return Spec("decade", two_digit=tens * 10, part=part)
    return Spec("decade", two_digit=int(match["dd"]), part=part)


def century(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    raw = match["ord"].lower()
    nth = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else lex.ordinals.get(raw)
    if not nth or nth > 30:
        return None
    return Spec("century", century=nth - 1, part=part_of(group(match, "mod")))


def relative_unit(match: re.Match[str], lex: DateLexicon) -> Spec:
    """"last week", "the past decade", "earlier this month", "next year's"; "the next
    year" and "the previous month" are of a story's own sequence, unlike "the last week"
    and "the past decade", which count back from publication."""
    words = match["det"].lower().split()
    det, unit = words[-1], match["unit"].lower().split()[-1]
    narrative = words[0] == "the" and det in lex.sequence_words
    return Spec(unit, shift_unit=unit, offset=_OFFSETS[det], part=part_of(group(match, "mod")),
                narrative=narrative)


def within_unit(match: re.Match[str], _lex: DateLexicon) -> Spec:
    """"earlier in the week", "later in the month": a part of the current one."""
    unit = match["unit"].lower()
    return Spec(unit, shift_unit=unit, offset=0, part=part_of(match["mod"]))


def weekend(_match: re.Match[str], _lex: DateLexicon) -> Spec:
    """"over the weekend": the one just past, or the coming one when the text looks ahead."""
    return Spec("weekend")


def cyclic_year(match: re.Match[str], _lex: DateLexicon) -> Spec:
    """"the end of the year", "the end of the decade": this one's end, or the last one's
    when the text looks back."""
    return Spec(match["unit"].lower(), part=part_of(match["mod"]))


def quarter(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    nth = re.sub(r"(?<=\d)(st|nd|rd|th)", "", match["ord"].lower())
    q = int(nth) if nth.isdigit() else lex.ordinals.get(nth)
    year_given = _year_of(match) is not None or group(match, "rel") or group(match, "theyear")
    if nth in ("last", "final"):
        if not year_given and nth == "last":
            return Spec("quarter", shift_unit="quarter", offset=-1)
        q = 4
    if q is None or not 1 <= q <= 4:
        return None
    return _in_year(Spec("quarter", quarter=q), match)


def _in_year(spec: Spec, match: re.Match[str]) -> Spec:
    """A quarter or half placed in the year the text names ("of 2009", "of last year")."""
    if _year_of(match) is not None:
        return replace(spec, year=_year_of(match))
    rel = (group(match, "rel") or "").lower().split()
    if rel:
        return replace(spec, shift_unit="year", offset=_OFFSETS[rel[-1]])
    if group(match, "theyear"):
        return replace(spec, shift_unit="year", offset=0)
    return spec


def q_quarter(match: re.Match[str], _lex: DateLexicon) -> Spec:
    return Spec("quarter", quarter=int(match["q"]), year=_year_of(match))


def half(match: re.Match[str], lex: DateLexicon) -> Spec:
    return _in_year(Spec("half", half=lex.ordinals[match["ord"].lower()]), match)


def ago(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    n = _number(match["num"], lex)
    if n is None or n > 5000:
        return None
    unit = match["unit"].lower().rstrip("s").replace("centurie", "century")
    sign = 1 if match["dir"].lower().split()[0] in ("from", "hence", "in") else -1
    value_unit = {"day": "day", "week": "day", "month": "month"}.get(unit, "year")
    return Spec(value_unit, shift_unit=unit, offset=sign * n)


def deictic(match: re.Match[str], lex: DateLexicon) -> Spec:
    words = match["word"].lower().split()
    if words == ["today"] and group(match, "poss"):
        return Spec("reference", reference="PRESENT_REF")
    offset = -2 if "before" in words else 2 if "after" in words else (
        -1 if words[0] in ("yesterday", "last") else 1 if words[0] == "tomorrow" else 0
    )
    part = next((lex.day_parts[w] for w in words if w in lex.day_parts), None)
    if words == ["tonight"]:
        part = "NI"
    if words == ["overnight"]:  # news tells of the night just past
        return Spec("part_of_day", shift_unit="day", offset=-1, day_part="NI")
    unit = "part_of_day" if part else "day"
    return Spec(unit, shift_unit="day", offset=offset, day_part=part)


def weekday(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    if previous_word(match.string, match.start()) in lex.named_days:
        return None  # "Black Monday" names an event
    part = (group(match, "part") or "").lower()
    code = lex.day_parts.get(part)
    return Spec(
        "part_of_day" if code else "day", weekday=lex.weekdays[match["weekday"].lower()],
        direction=_direction(match), day_part=code,
    )


def season(match: re.Match[str], lex: DateLexicon) -> Spec:
    """"last summer", "the winter", and "the following spring" of a story's own sequence."""
    seq = _sequence(lex, group(match, "seq"))
    return Spec(
        "season", season=lex.seasons[match["season"].lower()], year=_year_of(match),
        direction=seq or _direction(match), part=part_of(group(match, "mod")),
        narrative=seq is not None,
    )


def _sequence(lex: DateLexicon, word: str | None) -> Direction | None:
    """"next" for "following", "last" for "preceding": the way a sequence word counts."""
    way = lex.sequence_words.get((word or "").lower())
    return "next" if way == "next" else "last" if way == "last" else None


def holiday(match: re.Match[str], lex: DateLexicon) -> Spec:
    name = " ".join(match["holiday"].lower().replace("’", "'").split())
    month, day = lex.holidays[name]
    return Spec("day", month=month, day=day, year=_year_of(match), direction=_direction(match))


def reference(match: re.Match[str], lex: DateLexicon) -> Spec:
    phrase = " ".join(match["ref"].lower().split())
    return Spec("reference", reference=lex.references[phrase])


_MAX_COUNT = 1000  # "1,000 days later" is no date the text names


def anaphor_shift(match: re.Match[str], lex: DateLexicon) -> Spec | None:
    """"two days later", "a week earlier", "the following month", "the day before": the
    date the text named last, moved by the count. A count of weeks names a day, as in
    "two weeks ago"."""
    if group(match, "unit"):
        n = _number(match["num"], lex)
        if n is None or n > _MAX_COUNT:
            return None
        unit = match["unit"].lower().rstrip("s")
        sign = -1 if match["dir"].lower() == "earlier" else 1
        return Spec("day" if unit == "week" else unit, anaphor=True, shift_unit=unit,
                    offset=sign * n)
    word = (group(match, "seq") or group(match, "dayseq") or group(match, "side") or "").lower()
    unit = (group(match, "sequnit") or group(match, "sideunit") or "day").lower()
    sign = -1 if word == "before" or _sequence(lex, word) == "last" else 1
    return Spec(unit, anaphor=True, shift_unit=unit, offset=sign)


def anaphor(match: re.Match[str], _lex: DateLexicon) -> Spec:
    """"that day", "that same week", "that time": the date the text named last."""
    if group(match, "time"):
        return Spec("day", anaphor=True)
    unit = (group(match, "unit") or "day").lower()
    return Spec(unit, anaphor=True)


BUILDERS: dict[str, Builder] = {
    "iso_date": iso_date,
    "numeric_date": numeric_date,
    "numeric_ymd": iso_date,
    "dashed_date": full_date,
    "month_day_year": full_date,
    "day_month_year": full_date,
    "month_day": full_date,
    "day_month": full_date,
    "month_year": month_year,
    "month_two_digit_year": month_year,
    "month_relative_year": month_year,
    "bare_month": bare_month,
    "week_of_month": week_of_month,
    "week_of_day": week_of_day,
    "week_of_day_first": week_of_day,
    "half": half,
    "year": year,
    "two_digit_year": two_digit_year,
    "decade": decade,
    "decade_two_digit": decade,
    "decade_word": decade,
    "century": century,
    "relative_unit": relative_unit,
    "within_unit": within_unit,
    "weekend": weekend,
    "cyclic_year": cyclic_year,
    "quarter": quarter,
    "q_quarter": q_quarter,
    "ago": ago,
    "deictic": deictic,
    "weekday": weekday,
    "season": season,
    "holiday": holiday,
    "reference": reference,
    "anaphor_shift": anaphor_shift,
    "anaphor": anaphor,
}
