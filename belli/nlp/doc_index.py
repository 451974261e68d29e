"""What the stages read of a parsed document again and again, read once per document.

spaCy joins every token anew on each `doc.text`, and builds a Token and its string for
each word a loop visits: the actor passes scan a whole document for a handful of words
("led", "including", the office nouns) several times over. The lower-case forms are read
from the parse's array once, and a scan for some words is one array comparison. The
index is kept for the last document read, weakly, as the stages take one document at a
time; the parse must not change after it is read (no stage retokenizes).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython function the stub omits

__all__ = ["doc_text", "word_indices"]


@dataclass(slots=True)
class _Index:
    text: str | None = None
    lowered: Any = None  # the tokens' lower-case forms, as string hashes


_LAST: list[Any] = [lambda: None, _Index()]


def _index(doc: Any) -> _Index:
    ref, index = _LAST
    if ref() is not doc:
        index = _Index()
        _LAST[:] = [weakref.ref(doc), index]
    return index  # type: ignore[no-any-return]


def doc_text(doc: Any) -> str:
    """The document's text, joined once per document."""
    index = _index(doc)
    if index.text is None:
        index.text = str(doc.text)
    return index.text


def word_indices(doc: Any, words: frozenset[str]) -> list[int]:
    """The indices, in text order, of the tokens whose lower-case form is one of `words`."""
    index = _index(doc)
    if index.lowered is None:
        index.lowered = doc.to_array(LOWER)
    return list(np.flatnonzero(np.isin(index.lowered, _hashes(words))).tolist())


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> Any:
    return np.array([hash_string(word) for word in words], dtype=np.uint64)
