"""Sentences never cross a line break, nor a news dateline.

Pasted pages and feeds put headings, captions and paragraphs on lines of their own; the
parser, left alone, runs a heading into the paragraph under it ("Joint military drills
The increasing number of ...") and misreads both. `belli_paragraphs` runs before the
parser and starts a sentence after every whitespace token that holds a line break; the
parser keeps boundaries set before it.

A dateline opening a paragraph ("MOSCOW (Reuters) - ", "THE HAGUE, Feb 22 (AP) — ",
"COLUMBUS, Ohio --") is where the story was filed, not part of its first sentence: left
in, the parser makes it a second subject ("MOSCOW ... Russia said") or a conjunct of the
real one. The sentence starts after its dash.

So no sentence spans two paragraphs, a paragraph's first sentence (and the one after a
dateline) also ends no sooner than a word that may close it: a stop, a colon, a line
break. Left free there, the parser reads the paragraph's first words into the line above
(a caption or heading with no final stop) and, kept out of it, ends their sentence right
after them: "Turkey | and Azerbaijan signed ...", and Turkey's part in the act is lost.

Text that lost its line breaks gets the starts they would have made where a heading or an
abbreviation shows them (belli.nlp.boundaries).
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from belli.nlp.boundaries import mark_inline_starts
from belli.nlp.doc_index import doc_text

__all__ = ["DATELINE", "DATELINE_DASH", "DATELINE_STATE", "DATELINE_TOWN", "dateline_before",
           "is_town", "mark_paragraphs", "paragraph_of"]

# the pieces of a dateline, shared with the place stage's own search (belli.geo.datelines)
DATELINE_TOWN = r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"  # THE HAGUE, PORT-AU-PRINCE
DATELINE_STATE = r"[A-Z][\w.]*(?: [A-Z][\w.]*)?"  # Ohio, N.J.
# "--", "---", a dash of any width, "-" before a space; \x96 and \x97 are the en and em
# dashes of Windows-1252 text decoded as Latin-1, as pasted wire copy often carries them
DATELINE_DASH = r"(?:-{2,3}|[—–\x96\x97]|-(?=\s))"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
          r"(?:,?\s+\d{4})?")
DATELINE = re.compile(
    rf"(?P<town>{DATELINE_TOWN})(?:,\s*{DATELINE_STATE})?"
    rf"(?:,?\s*{_MONTH})?"  # , Feb 22
    r"\s*(?:\([^()\n]{1,40}\))?"  # (Reuters)
    rf"\s*{DATELINE_DASH}\s+")
_LOOK = 120  # characters a dateline may span
_TOWN_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’")  # DATELINE_TOWN's second character
_CLOSERS = frozenset(".!?…:;")  # the last characters of a word a sentence may end with


@Language.component("belli_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    text = doc_text(doc)  # built once: the inline starts below read the same string
    starts, firsts = [0], []  # paragraph offsets; the tokens belli starts a sentence at
    # the whitespace tokens read from the parse's array: no Token built for the words
    for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
            starts.append(doc[i + 1].idx)
            firsts.append(i + 1)
    firsts += [i for i in (_after_dateline(doc, text, start) for start in starts) if i is not None]
    # headings and abbreviations in text with no line breaks; the parser, reading on
    # from a heading, may end the sentence under it after its first word ("China
    # concerns | Politicians | in Britain ... have expressed"), so that one is held too
    firsts += mark_inline_starts(doc)
    for first in firsts:
        _hold_first_sentence(doc, first)
    return doc


def _hold_first_sentence(doc: Doc, first: int) -> None:
    """No sentence starts inside the first sentence of a paragraph (or of the text after
    a dateline) before a word that may close it: a final stop, a colon, a line break.
    The parser, whose context runs on from the line before, reads the paragraph's first
    words into that line; kept out of it, it ends their sentence right after them
    ("... a ceremony\n\nTurkey | and Azerbaijan signed ..."), and the actor is lost."""
    for token in doc[first + 1:]:
        before = doc[token.i - 1]
        if token.is_sent_start or _may_close(before):
            return
        token.is_sent_start = False


def _may_close(token: Token) -> bool:
    """A word after which a sentence may end: one ending in a stop (".", "U.S.", "?!"),
    a colon or semicolon, a line break."""
    return token.text[-1:] in _CLOSERS or (token.is_space and "\n" in token.text)


def _after_dateline(doc: Doc, text: str, start: int) -> int | None:
    """The token starting the sentence after a dateline that opens the paragraph at the
    offset `start`, if one does."""
    found = DATELINE.match(text[start:start + _LOOK])
    if found is None or not is_town(found.group("town")):
        return None  # "NATO - the alliance - met": a capitalized name and a dash, no dateline
    span = doc.char_span(start + found.end(), start + found.end() + 1, alignment_mode="expand")
    if span is None or not 0 < span.start < len(doc):
        return None
    doc[span.start].is_sent_start = True
    return int(span.start)


def is_town(name: str) -> bool:
    """Whether a dateline's all-capitals name is a town the gazetteer knows."""
    from belli.nlp.gazetteer import city_names

    return len(name.replace(".", "")) >= 3 and name.lower() in city_names()


def dateline_before(sentence: Span) -> Span | None:
    """The dateline that opens the paragraph of `sentence`, if one does: what the sentence
    says happens there ("COLUMBUS, Ohio (AP) — Police arrested ...")."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    if not _may_open_dateline(before[0].text):
        return None  # most sentences: no text built, no pattern tried
    found = DATELINE.fullmatch(before.text + " ")
    return before if found and is_town(found.group("town")) else None


def _may_open_dateline(word: str) -> bool:
    """Whether a sentence's first word may open a dateline's town, as `DATELINE_TOWN`
    does: a capital, then a capital, a dot or an apostrophe ("PARIS", "U.S.")."""
    return "A" <= word[:1] <= "Z" and (len(word) == 1 or word[1] in _TOWN_SECOND)


def paragraph_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between line breaks) holding the text's [start, end); a sentence's
    span keeps the breaks after it, so the search starts from its last word, or the
    break found would end the next paragraph."""
    last = start + len(text[start:end].rstrip())
    stop = text.find("\n", last)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop
