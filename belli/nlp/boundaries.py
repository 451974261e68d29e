"""Sentence starts the parser misses in text that lost its line breaks.

Scraped pages often reach us as one line: a section heading runs into the paragraph under
it ("... reserves. Talks stall again While the two sides ...") and the parser reads the
heading as part of the next sentence; a sentence that ends in an abbreviation ("... into
the U.S.") runs into the next one when that one opens with a name. `mark_inline_starts`
sets both starts before the parser, which keeps them (belli.nlp.paragraphs calls it).

- A heading: two to eight words after a sentence's end (or a line's start), with no
  punctuation, the first capitalised and the last a lower-case noun, adjective or
  participle, followed by a capitalised word that only opens a sentence (a determiner,
  preposition, pronoun, conjunction or adverb: "The", "While", "It"), alone or after an
  opening quote mark. A capitalised adjective or name may go on the phrase ("the outgoing
  Canadian premier"), so neither ends a heading.
- An abbreviation used as a noun ("the U.S.", "the U.N.") followed by a person's name
  (a given name from data/boundaries.yaml and up to two more capitalised words) and a
  finite verb ("the U.S. Maria Ortiz sent") ends its sentence. Any other capitalised
  words qualify the abbreviation ("the U.S. Democratic Party said"): a list of bodies
  would always miss one, so a name must show it is a person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from belli.nlp.doc_index import doc_text
from belli.yamldata import word_list

__all__ = ["is_heading", "is_inline_heading", "mark_inline_starts"]

# capitalised, these words open a sentence: no name or title starts with them
_OPENERS = frozenset({"DT", "PDT", "IN", "PRP", "PRP$", "WRB", "WDT", "WP", "CC", "RB", "EX", "MD"})
# what a heading ends in: "Recent attacks", "Support crucial", "Aid suspended"
_HEADING_ENDS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "VBN", "VBG", "VBZ", "CD"})
# the verb the tagger may read a heading's last word as ("Media outlets closed")
_VERB_ENDS = frozenset({"VBD", "VBP"})
# openers the tagger gives an open-class tag ("According to ...")
_OPENING_WORDS = frozenset({"According", "Earlier", "Later"})
# "Last year, ...", "Last week ...": a time phrase that opens a sentence
_LAST_UNITS = frozenset({"year", "week", "month", "night", "weekend", "summer", "winter",
                         "spring", "autumn", "fall", "time"})
# the tagger reads "Politicians" mid-sentence as a name
_PLURALS = frozenset({"NNS", "NNPS"})
_LISTED = frozenset({"NN", "NNS", "JJ", "JJR"})  # words a heading lists with a comma
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_VERBS = _FINITE | {"VB"}
_NOT_IN_HEADINGS = frozenset({"PRP", "VBD", "MD"})
_NAMES = frozenset({"NNP", "NNPS"})
_ENDS = frozenset({".", "!", "?"})
_CLOSING = frozenset({'"', "”", "’", "'", ")"})
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
# where a word after a sentence's end may start: after final punctuation (and a closing
# quote), or after a line break
_AFTER_END = re.compile(r"[.!?][\"”’')]?\s*(?=\S)|\n\s*(?=\S)")
_HEADING_WORDS = 8
_NAME_WORDS = 3


def mark_inline_starts(doc: Doc) -> list[int]:
    """Start a sentence after an inline heading and after an abbreviation that ends one;
    the starts after a heading are returned, for the sentence under it to be held whole
    as a paragraph's first is. The text is scanned for the few places either may be, not
    every token."""
    if not len(doc):
        return []  # an empty text has no sentence to start
    text, starts = doc_text(doc), doc.to_array(IDX)
    for i in _token_starts(starts, (m.start() for m in _ABBREVIATION.finditer(text)), len(doc) - 1):
        if _ABBREVIATION.fullmatch(doc[i].text):
            _after_abbreviation(doc, doc[i])
    under = []
    for i in [0, *_token_starts(starts, (m.end() for m in _AFTER_END.finditer(text)), len(doc) - 1)]:
        if i == 0 or _ends_sentence(doc[i - 1]):
            end = _heading_end(doc, i)
            if end is not None:
                under.append(_start_at(doc, end))
    return under


def _token_starts(starts: Any, offsets: Iterator[int], limit: int) -> list[int]:
    """The indices, from 1 and below `limit`, of the tokens that start at the character
    `offsets`: a lookup in the sorted array of token starts."""
    found = []
    for at in offsets:
        i = int(np.searchsorted(starts, at))
        if 0 < i < limit and starts[i] == at:
            found.append(i)
    return found  # increasing already: the offsets come from one finditer, in order


def _ends_sentence(token: Token) -> bool:
    if token.text in _ENDS or ("\n" in token.text and token.is_space):
        return True
    return token.text in _CLOSING and token.i > 0 and token.nbor(-1).text in _ENDS


def _heading_end(doc: Doc, start: int) -> int | None:
    """Where the sentence under a heading that opens at `start` begins, if one does."""
    if not doc[start].text[:1].isupper() or not _heading_word(doc[start]):
        return None
    for i in range(start + 1, min(start + _HEADING_WORDS, len(doc) - 1)):
        # asked before `_heading_word`: a heading's last word may be one it holds nowhere
        # else (a past tense: "Media outlets closed")
        if _ends_heading(doc, start, i):
            return i + 1
        if not _heading_word(doc[i]):
            return None
    return None


def _ends_heading(doc: Doc, start: int, i: int) -> bool:
    """Whether the lower-case word at `i` ends the heading opening at `start`: a noun,
    adjective or participle before a word only a sentence opens with. The tagger reads
    some headings' last word as a verb ("Media outlets closed", "Financial strain"); a
    clause missing its stop is rarer than a heading, but a verb may take a name as its
    object ("said The Hague"), so after one the opener may not start a name. A
    capitalised plural opens a sentence only after a heading of nouns ("China concerns
    Politicians in"): after a quantity or an adjective it is a people's name ("About two
    dozen Ukrainians were", "Many congressional Republicans")."""
    word = doc[i]
    if not word.text[:1].islower():
        return False
    if word.tag_ in _HEADING_ENDS:
        # (a plural the tagger may read as a verb: "China concerns")
        nouns = doc[start].tag_ in _NOUNS and word.tag_ in _NOUNS | {"VBZ"}
        return _opens_sentence(doc, i + 1, nouns=nouns)
    return word.tag_ in _VERB_ENDS and _opens_sentence(doc, i + 1, nouns=False) \
        and not _opens_name(doc, i + 1)


def _opens_name(doc: Doc, i: int) -> bool:
    """"The Hague", "The Guardian": an article opening a name."""
    return doc[i].tag_ == "DT" and i + 1 < len(doc) and doc[i + 1].tag_ in _NAMES


def _heading_word(token: Token) -> bool:
    """A word a heading may hold: no punctuation but a hyphen, or a comma between words
    ("Definition, limits"); and, since headings are written in the telegraphic present,
    no article past the first word, no pronoun and no past tense or modal ("He joined the
    paper The ..." is a sentence)."""
    if token.is_space or (token.is_punct and token.text != "-" and not _inner_comma(token)):
        return False
    if token.tag_ in _NOT_IN_HEADINGS:
        return False
    return token.tag_ != "DT" or token.i == 0 or _ends_sentence(token.nbor(-1))


def _inner_comma(token: Token) -> bool:
    """A comma between two common nouns or adjectives ("Definition, limits", "slower,
    happier"), not after a name ("Pakistan, whose navy ...")."""
    if token.text != "," or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    after = token.nbor()
    # (the tagger reads a plural after a comma as a verb: "Definition, limits")
    return token.nbor(-1).tag_ in _LISTED and after.tag_ in _LISTED | {"VBZ"} \
        and after.text[:1].islower()


def _start_at(doc: Doc, i: int) -> int:
    """A sentence starts at `i`; after an opening quote mark, it starts at the mark. The
    index of the sentence's first word."""
    doc[i].is_sent_start = True
    if doc[i].tag_ == "``" and i + 1 < len(doc):
        doc[i + 1].is_sent_start = False
        return i + 1
    return i


def _opens_sentence(doc: Doc, i: int, nouns: bool = True) -> bool:
    """A capitalised word only a sentence opens with, alone or after an opening quote;
    a plural noun only where `nouns` (after a verb it may be the object: "Azerbaijan
    used Harops during ...")."""
    word = doc[i]
    if word.tag_ == "``" and i + 1 < len(doc):
        word = doc[i + 1]
    # an all-capitals word is a name ("WHO", "AND" in a title); "I" opens nothing
    plain = word.text[1:].islower() or word.text == "A"
    if not (word.text[:1].isupper() and plain):
        return False
    return word.tag_ in _OPENERS or word.text in _OPENING_WORDS or _last_time(doc, word.i) or (
        nouns and _opening_noun(doc, word.i))


def _last_time(doc: Doc, i: int) -> bool:
    """"Last year, ...": not a title's words ("Last Week Tonight")."""
    return doc[i].text == "Last" and i + 1 < len(doc) and doc[i + 1].text in _LAST_UNITS


def _opening_noun(doc: Doc, i: int) -> bool:
    """A capitalised plural noun before a lower-case word ("... militants Hours after",
    "... concerns Politicians in"): a name's words are capitalised together ("Reporters
    Without Borders"), so this one opens a sentence."""
    return doc[i].tag_ in _PLURALS and i + 1 < len(doc) and doc[i + 1].text[:1].islower()


def _after_abbreviation(doc: Doc, token: Token) -> None:
    """"... into the U.S. Maria Ortiz sent troops": a person's name and its verb after
    the abbreviation a sentence ends with start the next one."""
    if token.i == 0 or token.nbor(-1).lower_ != "the" or token.i + 1 >= len(doc):
        return
    if doc[token.i + 1].text not in _given_names():
        return  # "the U.S. Democratic Party", "the U.N. Security Council"
    end = token.i + 1
    while end < len(doc) and end - token.i <= _NAME_WORDS and doc[end].tag_ in _NAMES:
        end += 1
    if end > token.i + 1 and end < len(doc) and doc[end].tag_ in _FINITE:
        doc[token.i + 1].is_sent_start = True


def is_heading(sentence: Span) -> bool:
    """A heading, on its own line or cut from its paragraph by `mark_inline_starts`: a
    few words with no finite verb and no final punctuation ("Renewed clashes", "US ban on
    chips"). It names what the section tells; the section's sentences code the events."""
    # a participle may modify a heading's noun ("Renewed clashes"); a finite verb makes a
    # clause
    return _heading_shape(sentence) and not any(t.tag_ in _CLAUSE_VERBS for t in sentence)


def _heading_shape(sentence: Span) -> bool:
    """A few words, the first capitalised, with no final punctuation."""
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if last is None or last.is_punct:
        return False  # most sentences end in a stop: no need to read every word
    words = [t for t in sentence if not t.is_space]
    return len(words) <= _HEADING_WORDS and words[0].text[:1].isupper()


def is_inline_heading(sentence: Span) -> bool:
    """A heading `mark_inline_starts` cut from the paragraph it ran into: the sentence
    under it goes on the same line. It may hold a verb ("Airstrikes kill 50 militants"):
    the paragraph under it tells the event. A title on the document's first line or a
    heading on a line of its own ("Two guards shot in jail raid") may be the only telling
    of an event, so neither counts."""
    if sentence.start == 0 or not _heading_shape(sentence):
        return False
    doc, last = sentence.doc, sentence[-1]
    while last.is_space and last.i > sentence.start:
        last = doc[last.i - 1]
    if sentence.end >= len(doc):
        return False
    return "\n" not in doc_text(doc)[last.idx + len(last):doc[sentence.end].idx]


def _given_names() -> frozenset[str]:
    return word_list("belli.nlp", "boundaries.yaml", "given_names")
