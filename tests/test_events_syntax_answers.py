"""Answers the coder remembers per parse (`subject_of`, `objects_of`, `phrase_tokens`):
asked again, a question gets the same answer, each parse answers for itself, and a list
handed out is the caller's own to change.

Parses are built by hand on a blank vocabulary (no model loads): only the heads and
labels matter.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Token

from belli.events.phrase_shape import phrase_tokens
from belli.events.syntax import objects_of, subject_of

_VOCAB = spacy.blank("en").vocab


def _signed(signer: str) -> Doc:
    """"<signer> signed the new pact"."""
    return Doc(_VOCAB, words=[signer, "signed", "the", "new", "pact"], heads=[1, 1, 4, 4, 1],
               deps=["nsubj", "ROOT", "det", "amod", "dobj"])


def _subject(verb: Token) -> Token:
    found = subject_of(verb)
    assert found is not None
    return found


def test_a_subject_asked_again_is_the_same() -> None:
    doc = _signed("Baku")
    assert _subject(doc[1]).text == "Baku"
    assert _subject(doc[1]).text == "Baku"


def test_each_parse_names_its_own_subject() -> None:
    first, second = _signed("Baku"), _signed("Yerevan")
    assert _subject(first[1]).text == "Baku"
    assert _subject(second[1]).text == "Yerevan"
    assert _subject(first[1]).text == "Baku"
    assert _subject(first[1]).doc is first


def test_objects_handed_out_are_the_callers_own() -> None:
    doc = _signed("Baku")
    objects = objects_of(doc[1])
    assert [t.text for t in objects] == ["pact"]
    objects.append(doc[0])
    assert [t.text for t in objects_of(doc[1])] == ["pact"]


def test_each_parse_names_its_own_objects() -> None:
    first = _signed("Baku")
    second = Doc(_VOCAB, words=["Moscow", "signed", "a", "deal"], heads=[1, 1, 3, 1],
                 deps=["nsubj", "ROOT", "det", "dobj"])
    assert [t.text for t in objects_of(first[1])] == ["pact"]
    assert [t.text for t in objects_of(second[1])] == ["deal"]


def test_phrase_words_handed_out_are_the_callers_own() -> None:
    doc = _signed("Baku")
    words = phrase_tokens(doc[4])
    assert [t.text for t in words] == ["the", "new", "pact"]
    words.clear()
    assert [t.text for t in phrase_tokens(doc[4])] == ["the", "new", "pact"]
