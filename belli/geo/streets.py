"""Streets the model left untagged: "Desire Street", "14th St.", "Third street", and the
names of a coordination with one plural street word ("Bourbon and Dauphine streets").

A street lies in the town its story is set in; the place stage puts it where the text
ties it: a place right after it, its owner ("Tulsa's Fifth Street", `owner`), else the
story's town named in its sentence or the one before (`town_named_near`, `belli.geo.stage`).
A name of capitalized words (with Arabic particles: "Salah al-Din Road") before a street
word is a street's name in any story, the word in lower case too ("Khreshchatyk street",
as translated wire copy writes it), but a lower-case "road", "drive" or "lane" only after
an ordinal or a number ("Third road", "12th road"), as it is most often a common noun
("the Taliban drive", "the Middle East road map", "Poor road conditions"); the first word
may not be a determiner ("The Street said") nor a function word that opens a sentence
before a name ("On Main Street, police..." is Main Street; "Further Lane residents" is
Further Lane), no word the name of a day or a month ("Since Monday Canal Street"; "March"
and "May" only after a preposition of time: "Since March Canal Street", "on May Street"),
before a lower-case street word no common English word ("Every street", spaCy's stop
words) nor a lone word that opens a sentence and is capitalized nowhere mid-sentence
("Heavy street fighting"), and a
name the model tagged (an organization named after its street, "Wall Street") keeps its
reading, since only spans no mention overlaps become mentions
(`belli.geo.untagged.span_mentions`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from belli.geo import words as lexicon
from belli.geo.resolve import Resolution
from belli.geo.untagged import Span
from belli.records import Mention, Sentence

__all__ = ["FIRM_STREETS", "SOURCE", "owner", "streets_unmentioned", "town_named_near"]

SOURCE = "street"  # the source of the mentions this module adds

_STREET_WORDS = "|".join(sorted(lexicon.STREETS, key=len, reverse=True))
# an owner's "'s" ends a name: "Kampala's Fifth Street" is Fifth Street, Kampala's
# a day's or a month's name is no name word ("Since Monday Canal Street"); an Arabic
# particle is ("Salah al-Din Road")
_CALENDAR = "|".join(sorted(w.capitalize() for w in lexicon.CALENDAR_WORDS))
_NAME_WORD = (rf"(?:(?!(?:{_CALENDAR})\b)[A-Z](?:[\w-]|['’](?!s\b))*"
              r"|(?:al|el|ad|ash|an|ar|as|at|az|ud|ul)-[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))")
# a street word in either case after one to three name words: "Third street", "Elm St."
# (an abbreviation's full stop is the name's; a sentence's is not: "on Wall Street.")
_STREET = re.compile(rf"\b(?P<name>(?:{_NAME_WORD}\s+){{1,3}})"
                     rf"(?P<word>(?i:{_STREET_WORDS}))\b")
# the street words of words.yaml that are abbreviations, whose full stop is theirs
_ABBREVIATED = frozenset({"st", "ave", "rd", "blvd"}) & lexicon.STREETS
# the street words a name takes in lower case too ("Hamra street"; `belli.geo.plausible`)
FIRM_STREETS = lexicon.STREETS - lexicon.LOOSE_STREETS
# where a sentence opens: the text's start, or a stop and maybe a quote or a bracket
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+|\n\s*)[\"'“‘(]*$")
_OPENS_REACH = 8  # characters before a word that hold a sentence's stop, quotes and space
# an ordinal or a number, the only name a loose lower-case street word takes ("Third road")
_ORDINAL = re.compile(r"(?i:(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)"
                      r"|\d+(?:st|nd|rd|th)?)")
# two names and one plural street word: "Bourbon and Dauphine streets"
_PAIR = re.compile(r"\b(?P<first>[A-Z][\w'’-]*)\s+(?:and|&)\s+(?P<second>[A-Z][\w'’-]*\s+"
                   r"(?:streets|avenues|roads))\b")
# words that open a phrase, not a street's name ("The Street", "A Road to Peace")
_OPENERS = frozenset({"the", "a", "an", "this", "that", "our", "their", "his", "her"})
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")  # the word right before a position
_WORD_REACH = 12  # characters before a position that hold a preposition of time and space
# between a street's owner and the street ("Tulsa's Fifth Street")
_OWNED = re.compile(r"['’]s\s+")
_OWNER_REACH = 4  # characters from an owner's end to its street's start, at most


def streets_unmentioned(text: str) -> list[Span]:
    """The untagged streets of `text` (label FAC, source "street"); the stage keeps those
    no mention overlaps."""
    return [Span(start, end, text[start:end], SOURCE, "FAC") for start, end in _spans(text)]


def _spans(text: str) -> Iterator[tuple[int, int]]:
    for match in _STREET.finditer(text):
        if match["word"].islower() and not _numbered(match):
            continue
        end = match.end() + _full_stop(text, match)
        start = _past_openers(text, match.start(), end)
        if start is not None and (not match["word"].islower()
                                  or _named_before_lower_case(text, start, match.start("word"))):
            yield start, end
    for match in _PAIR.finditer(text):
        yield match.span("first")
        yield match.span("second")


def _full_stop(text: str, match: re.Match[str]) -> int:
    """1 where an abbreviated street word's full stop follows ("14th St."), else 0."""
    return int(text.startswith(".", match.end()) and match["word"].lower() in _ABBREVIATED)


def _numbered(match: re.Match[str]) -> bool:
    """A lower-case street word a name takes: any but one most often a common noun
    ("road", "drive", "lane"), which only after an ordinal or a number ("Third road")."""
    last = match["name"].split()[-1]
    return (match["word"] not in lexicon.LOOSE_STREETS
            or _ORDINAL.fullmatch(last) is not None)


def _named_before_lower_case(text: str, start: int, end: int) -> bool:
    """Whether the words before a lower-case street word are a name: none a common English
    word ("Every street", "Some street"; an ordinal is a name: "Third street"), and a lone
    word that opens a sentence only where the text capitalizes it mid-sentence too ("Heavy
    street fighting", but "Hamra street was shelled" after "residents of Hamra")."""
    words = text[start:end].split()
    if any(w.lower() in STOP_WORDS and not _ORDINAL.fullmatch(w) for w in words):
        return False
    return (len(words) > 1 or _ORDINAL.fullmatch(words[0]) is not None
            or not _opens_sentence(text, start) or _capitalized_mid_sentence(text, words[0]))


def _capitalized_mid_sentence(text: str, word: str) -> bool:
    return any(not _opens_sentence(text, m.start())
               for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _opens_sentence(text: str, start: int) -> bool:
    return _SENTENCE_OPENS.search(text, max(0, start - _OPENS_REACH), start) is not None


def _past_openers(text: str, start: int, end: int) -> int | None:
    """The name's start after any opener word ("The Elm Street" is "Elm Street") or a
    function word that opens the sentence before a name ("On Elm Street, police...", but
    "Further Lane residents"), or None where nothing but the street word is left."""
    words = text[start:end].split()
    while len(words) > 1 and (words[0].lower() in _OPENERS or (
            len(words) > 2 and words[0].lower() in lexicon.SENTENCE_OPENERS
            and _opens_sentence(text, start)) or (
            len(words) > 2 and _dated_month(text, start, words[0]))):
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    return start if len(words) > 1 else None


def _dated_month(text: str, start: int, word: str) -> bool:
    """A month whose name is an ordinary word ("March", "May") right after a preposition of
    time: a date, not a name word ("Since March Canal Street")."""
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_REACH), start)
    return (word.lower() in lexicon.STREET_MONTHS and before is not None
            and before[1].lower() in lexicon.TIME_PREPOSITIONS)


def owner(text: str, mention: Mention, kept: Sequence[Resolution]) -> Resolution | None:
    """The place named as a street's owner right before it ("Tulsa's Fifth Street")."""
    return next((r for r in kept if 0 < mention.start - r.toponym.end <= _OWNER_REACH
                 and _OWNED.fullmatch(text, r.toponym.end, mention.start)), None)


def town_named_near(mention: Mention, kept: Sequence[Resolution], town: Resolution,
                    sentences: Sequence[Sentence]) -> bool:
    """Whether a toponym names `town` in the mention's sentence or the one before (the
    pipeline's sentences: a stop after "Mr." ends none)."""
    at = bisect_right(sentences, mention.start, key=lambda s: s.start) - 1
    if at < 0 or mention.start >= sentences[at].end:
        return False
    start, end = sentences[max(0, at - 1)].start, sentences[at].end
    return any(r.entry.gazetteer_id == town.entry.gazetteer_id
               and start <= r.toponym.start < end for r in kept)
