"""The regular expressions of date expressions, one per written form, built from the
lexicon's words. Group names are what the builders (builders.py) read: `year`, `month`,
`day`, `mod` ("early", "the end of"), `dir` ("last", "next"), `prep` (a preposition
before the expression, outside its `core`).

Every repetition is bounded or runs over one character class, and no expression spans a
line break, so matching stays linear.
"""

from __future__ import annotations

import re

from belli.dates.lexicon import DateLexicon

__all__ = ["patterns"]

S = r"[ \t\u00a0]+"  # spaces inside an expression: never a line break
COMMA = r"(?:[ \t\u00a0]*,)?[ \t\u00a0]*"
YEAR = r"(?<![\d,.$€£])(?P<year>(?:1[0-9]|20)\d\d)(?![\d%]|[ \t]*(?:%|per ?cent))"
PREPS = (
    r"(?P<prep>in|on|since|by|until|till|through|throughout|during|from|before|after|of|for"
    r"|to|between|and|around|circa|starting|beginning|ending|as of)"
)
DIRECTION = r"(?P<dir>last|next|this|past|coming)"
_FOUR_DIGITS = r"(?:1[0-9]|20)\d\d"


def alternation(words: list[str]) -> str:
    """Longest first; a space matches any run of spaces, an apostrophe either kind."""
    escaped = (
        re.escape(w).replace(r"\ ", S).replace("'", "['’]")
        for w in sorted(words, key=len, reverse=True)
    )
    return "|".join(escaped)


def _capitalized(forms: list[str]) -> str:
    """Capitalized or all-caps forms only: "May" and "MAY", never the verb "may"."""
    both = [f for form in forms for f in (form, form.upper())]
    return f"(?-i:{alternation(both)})"


def _month(lex: DateLexicon, *, full_only: bool = False) -> str:
    full = [names[0] for names in lex.month_names]
    if full_only:
        return rf"(?P<month>{_capitalized(full)})(?![\w])"
    short = [n for names in lex.month_names for n in names[1:]]
    return rf"(?P<month>{_capitalized(full)}(?![\w])|{_capitalized(short)}(?![\w])\.?)"


def _weekday(lex: DateLexicon, *, full_only: bool = False) -> str:
    full = [names[0] for names in lex.weekday_names]
    if full_only:
        return rf"(?P<weekday>{_capitalized(full)})(?![\w])"
    short = [n for names in lex.weekday_names for n in names[1:]]
    return rf"(?:{_capitalized(full)}|{_capitalized(short)}\.?)(?![\w])"


_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\d)"
# A part of a period named before it: "early", "mid-", "the end of", "earlier".
_MOD = (
    r"(?P<mod>(?:early|late|mid|earlier|later)(?:[ \t]+in)?|mid-"
    r"|the[ \t]+(?:very[ \t]+)?(?:beginning|start|middle|end)[ \t]+of"
    r"|the[ \t]+(?:first|second)[ \t]+half[ \t]+of)[ \t-]*"
)


def patterns(lex: DateLexicon) -> dict[str, str]:
    """Rule name -> pattern, in the order rules are tried (an earlier rule wins a tie)."""
    return {**_dates(lex), **_periods(lex), **_relative(lex)}


def _dates(lex: DateLexicon) -> dict[str, str]:
    """Days and months: "July 02 , 2008", "11 December", "Feb. 28", "November 2006"."""
    month, month_full = _month(lex), _month(lex, full_only=True)
    lead = rf"(?:{_weekday(lex)},?{S})?"
    return {
        "iso_date": r"(?<![\d-])(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])",
        "numeric_date": (
            r"(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)"
            r"(?P<year>(?:1[89]|20)\d\d)(?![\d./])"
        ),
        "numeric_ymd": (
            r"(?<![\d./])(?P<year>(?:1[89]|20)\d\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
            r"(?P<day>[0-3]?\d)(?![\d./])"
        ),
        "dashed_date": rf"(?<![\d-]){_DAY}-{month}-{YEAR}",
        "month_day_year": rf"{lead}{month}[ \t]*{_DAY}{COMMA}{YEAR}",
        "day_month_year": rf"{lead}(?:the{S})?{_DAY}{S}(?:of{S})?{month}{COMMA}{YEAR}",
        "month_day": rf"{lead}{month}[ \t]*{_DAY}",
        "day_month": rf"{lead}(?:the{S})?{_DAY}{S}(?:of{S})?{month}",
        "month_year": rf"{month}{COMMA}(?:of{S})?{YEAR}",
        "month_two_digit_year": rf"{month}{S}['’](?P<yy>\d\d)(?![\d])",
        "month_relative_year": rf"{month_full}{S}(?:of{S})?(?P<rel>this|last|next){S}year",
        "bare_month": (
            rf"(?:\b{PREPS}{S})?(?P<core>(?:\b{_MOD})?(?:\b{DIRECTION}{S})?{month_full})"
            r"(?![ \t]*\d)"
        ),
        # "the week of May 3", "the week of 3 May": the week that day falls in
        "week_of_day": rf"\bthe{S}week{S}of{S}{month}[ \t]*{_DAY}(?:{COMMA}{YEAR})?",
        "week_of_day_first": (
            rf"\bthe{S}week{S}of{S}(?:the{S})?{_DAY}{S}(?:of{S})?{month}(?:{COMMA}{YEAR})?"
        ),
        "week_of_month": (
            rf"(?:the{S})?(?P<ord>first|second|third|fourth|last|final){S}week{S}of{S}"
            rf"{month_full}(?:{COMMA}{YEAR})?"
        ),
    }


def _periods(lex: DateLexicon) -> dict[str, str]:
    """Years and longer: "1957-58", "the first half of 2009", "the early 1990s"."""
    year_ref = (
        rf"(?:(?:fiscal{S})?{YEAR}|(?:the{S})?(?P<rel>this|last|next|current|previous|past)"
        rf"{S}(?:fiscal{S})?year|(?P<theyear>the{S}year))"
    )
    no_owner = "(?<!their )(?<!his )(?<!her )(?<!my )(?<!our )(?<!your )"  # "their 50s"
    ordinals = alternation(list(lex.ordinals))
    return {
        "year_pair": (
            rf"(?<![\d,.$€£-])(?P<first>{_FOUR_DIGITS})[ \t]*[-–—/][ \t]*"
            r"(?P<second>\d{4}|\d{2})(?![\d%-])"
        ),
        "year_range": (
            rf"\b(?:between|from){S}(?P<first>{_FOUR_DIGITS}){S}"
            rf"(?:and|to|until|till|through){S}(?P<second>{_FOUR_DIGITS})(?![\d%])"
        ),
        "half": rf"(?:the{S})?(?P<ord>first|second){S}half{S}of{S}{year_ref}",
        "year": (
            rf"(?:\b{PREPS}{S})?(?P<core>(?:\b{_MOD})?(?:(?P<theyear>the{S}year){S})?"
            rf"(?:(?P<fiscal>fiscal|FY)[ \t]*)?{YEAR})"
        ),
        "two_digit_year": (
            rf"(?:\b{PREPS}{S})?(?P<core>(?<![\w'’])['’](?P<yy>\d\d))(?![\d'’]|s\b)"
        ),
        "decade": rf"(?:\bthe{S})?(?:\b{_MOD})?(?P<decade>(?:1[0-9]|20)\d0)['’]?s\b",
        "decade_two_digit": (
            rf"{no_owner}(?:\b(?P<the>the){S})?(?:\b{_MOD})?"
            r"(?P<apos>['’])?(?P<dd>[1-9]0)['’]?s\b"
        ),
        "decade_word": (
            rf"\bthe{S}(?:{_MOD})?(?:(?P<cent>nineteen|twenty)[ \t-]*)?"
            rf"(?P<word>{alternation(list(lex.decade_words))})\b"
        ),
        "century": (
            rf"(?:\bthe{S})?(?:\b{_MOD})?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ordinals})"
            r"[ \t-]+century\b"
        ),
    }


def _relative(lex: DateLexicon) -> dict[str, str]:
    """Counted from publication, or cyclic: "last week", "two years ago", "Tuesday"."""
    numbers = alternation([w for w in lex.numbers if w.isalpha()])
    counts = alternation([w for w, n in lex.numbers.items() if n > 1])
    day_part = "morning|afternoon|evening|night"
    return {
        "relative_unit": (
            rf"(?:\b{_MOD})?\b(?P<det>this|last|next|past|previous|coming|current"
            rf"|the{S}(?:last|past|previous|coming|current|next)){S}"
            rf"(?P<unit>week(?:end)?|month|(?:fiscal{S})?year|decade|quarter|century)(?![\w-])"
        ),
        "within_unit": rf"\b(?P<mod>earlier|later|early|late){S}in{S}the{S}(?P<unit>week|month)\b",
        "weekend": rf"\b(?:over|at|during|on){S}the{S}(?P<core>weekend)\b|\bthe{S}weekend\b",
        "cyclic_year": (
            rf"\b{_MOD}(?:the{S})?(?P<unit>year|decade)\b"
            rf"(?![\w-]|{S}(?:of|before|after|earlier|later)\b)"
        ),
        "quarter": (
            rf"(?:\bthe{S})?\b(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
            rf"[ \t-]+(?:fiscal{S})?quarter\b(?:{S}of{S}"
            rf"(?:(?:fiscal{S})?{YEAR}|(?:the{S})?(?P<rel>this|last|next|current|previous|past)"
            rf"{S}(?:fiscal{S})?year|(?P<theyear>the{S}year)))?"
        ),
        "q_quarter": rf"(?-i:\bQ(?P<q>[1-4]))\b(?:{S}{YEAR})?",
        "ago": (
            rf"(?<![\d,.])\b(?P<num>\d{{1,4}}|(?:{numbers})(?:[ -](?:{numbers}))?){S}"
            rf"(?P<unit>days?|weeks?|months?|years?|decades?|century|centuries){S}"
            rf"(?P<dir>ago|back|from{S}now|hence)\b"
        ),
        "deictic": (
            rf"\b(?P<word>the{S}day{S}before{S}yesterday|the{S}day{S}after{S}tomorrow"
            rf"|(?:earlier|later){S}today|today|tonight|yesterday|tomorrow|last{S}night"
            rf"|(?<!almost )(?<!nearly )(?<!virtually )(?<!practically )overnight"
            rf"|this{S}(?:morning|afternoon|evening)|(?:yesterday|tomorrow){S}(?:{day_part}))"
            r"(?P<poss>[ \t]?['’]s)?\b"
        ),
        "weekday": (
            rf"(?:\b{DIRECTION}{S})?{_weekday(lex, full_only=True)}"
            rf"(?:{S}(?P<part>{day_part}))?"
        ),
        "season": (
            rf"(?:\b{PREPS}{S})?(?P<core>(?:\b{_MOD})?(?:\b{DIRECTION}{S}|\b(?P<the>the){S}"
            rf"(?:(?P<seq>{alternation(list(lex.sequence_words))}){S})?)?"
            rf"\b(?P<season>{alternation(list(lex.seasons))})\b(?:{COMMA}(?:of{S})?{YEAR})?)"
            rf"(?!{S}of{S}(?!\d)|[\w-])"
        ),
        "holiday": (
            rf"(?:\b{DIRECTION}{S})?\b(?P<holiday>{alternation(list(lex.holidays))})\b"
            rf"(?:{COMMA}{YEAR})?"
        ),
        "reference": (
            rf"(?<!as )\b(?P<ref>{alternation(list(lex.references))})\b"
            rf"(?!{S}(?:as|after|before|afterwards|enough|few|several|couple|{counts}|\d)\b)"
        ),
        # counted from the date named last: "two days later", "a week earlier", "the
        # following month", "the next day", "the day before", "the week after" (closing
        # its clause: "the day before the vote" counts from the vote, which the events
        # stage reads)
        "anaphor_shift": (
            rf"(?<![\d,.])\b(?P<num>\d{{1,3}}|(?:{numbers})(?:[ -](?:{numbers}))?){S}"
            rf"(?P<unit>days?|weeks?|months?|years?){S}(?P<dir>later|earlier)\b(?!{S}than\b)"
            rf"|\bthe{S}(?:(?P<seq>following|preceding){S}(?P<sequnit>day|week|month|year)"
            rf"|(?P<dayseq>next|previous){S}day)\b"
            rf"|\bthe{S}(?P<sideunit>day|week|month|year){S}(?P<side>before|after)"
            rf"(?=[ \t]*(?:[,.;:!?)]|$))"
        ),
        "anaphor": (
            rf"\b(?:that(?:{S}same)?|the{S}same|the{S}(?:entire|whole|full)){S}"
            rf"(?P<unit>day|week|month|year)\b"
            rf"|\bthe{S}day\b(?!{S}(?:before|after|of|when|that|in|on|he|she|they|it)\b)"
            rf"|\bthat{S}(?P<time>time)\b"
        ),
    }
