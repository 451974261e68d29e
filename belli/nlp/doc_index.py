"""What the stages read of a parsed document again and again, read once per document.

spaCy joins every token anew on each `doc.text`, and builds a Token and its string for
each word a loop visits: the actor passes scan a whole document for a handful of words
("led", "including", the office nouns) several times over. The lower-case forms and the
parts of speech are read from the parse's arrays once, and a scan for some words is one
array comparison; the sentences are numbered once, and a token's sentence start is
looked up in them. The index is kept for the last document read, weakly, as the stages
take one document at a time; the parse must not change after it is read (no stage
retokenizes).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

import numpy as np
from spacy.attrs import IDX, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython function the stub omits

__all__ = ["doc_text", "indices_holding", "known_text", "per_parse", "pos_indices", "sentence_numbers",
           "sentence_start", "word_indices"]


@dataclass(slots=True)
class _Index:
    text: str | None = None
    lowered: Any = None  # the tokens' lower-case forms, as string hashes
    pos: Any = None  # the tokens' parts of speech, as spaCy's ids
    sentences: dict[int, int] | None = None  # a sentence's first token -> its number
    built: dict[str, Any] = field(default_factory=dict)  # other stages' `per_parse` tables


_LAST: list[Any] = [lambda: None, _Index()]
T = TypeVar("T")


def _index(doc: Any) -> _Index:
    ref, index = _LAST
    if ref() is not doc:
        index = _Index()
        _LAST[:] = [weakref.ref(doc), index]
    return index  # type: ignore[no-any-return]


def per_parse(doc: Any, name: str, build: Callable[[Any], T]) -> T:
    """`build(doc)`, made once per document and kept with this index under `name` (the
    last document only): for the tables other stages read of a parse again and again."""
    built = _index(doc).built
    if name not in built:
        built[name] = build(doc)
    return built[name]  # type: ignore[no-any-return]


def doc_text(doc: Any) -> str:
    """The document's text, joined once per document."""
    index = _index(doc)
    if index.text is None:
        index.text = str(doc.text)
    return index.text


def sentence_numbers(doc: Any) -> dict[int, int]:
    """The first token of each sentence -> the sentence's number (`Mention.sentence`),
    read once per document; shared by its callers, who only read it."""
    index = _index(doc)
    if index.sentences is None:
        index.sentences = {sent.start: n for n, sent in enumerate(doc.sents)}
    return index.sentences


def sentence_start(doc: Any, i: int) -> int:
    """The first token of token `i`'s sentence, as `doc[i].sent.start` gives it: spaCy
    walks back to it on every `.sent`; the sentence starts are read once per document."""
    starts = per_parse(doc, "sentence_starts", _sentence_starts)
    return starts[bisect_right(starts, i) - 1]


def _sentence_starts(doc: Any) -> list[int]:
    return list(sentence_numbers(doc))  # in text order


def known_text(doc: Any, text: str) -> None:
    """Give the index the document's text where the caller has it (the article the parse
    was made from), so `doc_text` never joins it. A text of another length, or whose
    last token's place holds another word, is not the parse's and is ignored: the readers
    of `doc_text` slice it by the parse's offsets (a cheap check, not a full compare)."""
    last = doc[-1] if len(doc) else None
    if last is None or last.idx + len(last.text_with_ws) != len(text):
        return
    if text[last.idx:last.idx + len(last.text)] == last.text:
        _index(doc).text = text


def word_indices(doc: Any, words: frozenset[str]) -> list[int]:
    """The indices, in text order, of the tokens whose lower-case form is one of `words`."""
    index = _index(doc)
    if index.lowered is None:
        index.lowered = doc.to_array(LOWER)
    return list(np.flatnonzero(np.isin(index.lowered, _hashes(words))).tolist())


def indices_holding(doc: Any, char: str) -> list[int]:
    """The indices, in text order, of the tokens whose text holds the character `char`
    ("-"): found in the document's text, so no Token is made for the words without it."""
    if len(char) != 1:
        raise ValueError(f"indices_holding looks for one character, not {char!r}")
    found = [m.start() for m in re.finditer(re.escape(char), doc_text(doc))]
    if not found:
        return []
    starts = doc.to_array(IDX)  # each token's first character, in text order
    return sorted(set((np.searchsorted(starts, found, side="right") - 1).tolist()))


def pos_indices(doc: Any, pos: str) -> list[int]:
    """The indices, in text order, of the tokens of one part of speech ("PROPN")."""
    index = _index(doc)
    if index.pos is None:
        index.pos = doc.to_array(POS)
    return list(np.flatnonzero(index.pos == POS_IDS[pos]).tolist())


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> Any:
    return np.array([hash_string(word) for word in words], dtype=np.uint64)
