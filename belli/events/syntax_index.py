"""The parse as the coder reads it: a word's children by label, its sentence, and answers
cached per parse.

spaCy finds a token's children by walking its subtree's span, and its sentence by walking
to the sentence's edges; the coder asks tens of times per word, so `children` and
`sentence_of` read tables built once per parse, and `answers_for` keeps what other
questions found about the same parse. Both keep the last parse only: the
table holds it weakly, but the cached answers hold Tokens, which keep that Doc alive
until the next parse replaces them.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from belli.nlp.doc_index import per_parse

__all__ = ["Token", "Words", "answers_for", "children", "lemma", "remembered", "sentence_of",
           "words_of"]

_Answer = TypeVar("_Answer")

Token = Any  # a spaCy Token; typed loosely so this module needs no spaCy import


def lemma(token: Token) -> str:
    return str(token.lemma_).lower()


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children with one of these labels, in text order."""
    doc = getattr(token, "doc", None)
    if doc is None:  # a hand-built token
        return [c for c in token.children if c.dep_ in deps]
    ref, table = _LAST  # `_children_by_head`, inline: this runs for nearly every question
    if ref() is not doc:
        table = _children_by_head(doc)
    return [doc[i] for i, dep in table[token.i] if dep in deps]


# The last parse read, weakly, and its (child index, label) pairs by head, built once:
# spaCy finds a token's children by walking its subtree's span, and the coder asks tens
# of times per word. Kept apart from `per_parse`'s tables: `children` reads it inline,
# as it runs for nearly every question.
_LAST: list[Any] = [lambda: None, []]


def _children_by_head(doc: Any) -> list[list[tuple[int, str]]]:
    ref, table = _LAST
    if ref() is not doc:
        table = _index_children(doc)
        _LAST[:] = [weakref.ref(doc), table]
    return table  # type: ignore[no-any-return]


def sentence_of(token: Token) -> Any:
    """The token's sentence, as `token.sent` gives it, from the parse's sentences listed once."""
    doc = getattr(token, "doc", None)
    if doc is None:  # a hand-built token
        return token.sent
    sentences, starts = per_parse(doc, "sentences", _sentences_and_starts)
    return sentences[bisect_right(starts, token.i) - 1]


def _sentences_and_starts(doc: Any) -> tuple[list[Any], list[int]]:
    sentences = list(doc.sents)
    return sentences, [s.start for s in sentences]


@dataclass(frozen=True, slots=True)
class Words:
    """A parse's words by token index, as `token.pos_`, `lemma(token)` and `token.lower_`
    give them: the coder scans every word of a story for triggers and verbs of saying,
    and most are neither, so the scan reads lists instead of making a Token per word."""

    pos: list[str]
    lemmas: list[str]
    lowers: list[str]


def words_of(doc: Any) -> Words:
    """The parse's `Words`, read once per parse (the last parse only; stale if anything
    edited the parse's pos_ or lemma_ after it was read: nothing does)."""
    return per_parse(doc, "words", _read_words)


def _read_words(doc: Any) -> Words:
    pos, lemmas, lowers = doc.to_array(["POS", "LEMMA", "LOWER"]).T.tolist()
    strings = doc.vocab.strings
    names = {key: strings[key] for key in {*pos, *lowers}}  # each string looked up once
    lemma_names = {key: str(strings[key]).lower() for key in set(lemmas)}
    return Words([names[key] for key in pos], [lemma_names[key] for key in lemmas],
                 [names[key] for key in lowers])


def answers_for(doc: Any) -> dict[tuple[str, int, bool], Any]:
    """Answers about the last parse read, by question and token: the coder, the role
    finders and the fallbacks ask the same few questions of the same words again and again
    (the answers' Tokens keep the last Doc alive until the next parse replaces them)."""
    return per_parse(doc, "answers", lambda _: {})


def remembered(token: Token, name: str, compute: Callable[[Token], _Answer]) -> _Answer:
    """`compute(token)`, asked once per parse under `name`; a list comes back as a copy,
    the caller's own. A hand-built token (no parse) is computed every time."""
    doc = getattr(token, "doc", None)
    if doc is None:
        return compute(token)
    answers, key = answers_for(doc), (name, token.i, False)
    if key not in answers:
        answers[key] = compute(token)
    answer = answers[key]
    return list(answer) if isinstance(answer, list) else answer  # type: ignore[return-value]


def _index_children(doc: Any) -> list[list[tuple[int, str]]]:
    rows = doc.to_array(["HEAD", "DEP"])  # the head as an offset from the token
    offsets = rows[:, 0].astype("int64")
    kids = offsets.nonzero()[0]  # every token but the roots, in text order
    deps = rows[kids, 1].tolist()
    labels = {dep: doc.vocab.strings[dep] for dep in set(deps)}
    out: list[list[tuple[int, str]]] = [[] for _ in range(len(rows))]
    for i, head, dep in zip(kids.tolist(), (kids + offsets[kids]).tolist(), deps, strict=True):
        out[head].append((i, labels[dep]))
    return out

