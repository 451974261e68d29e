"""`children`: a word's dependents with given labels, as the parse hangs them.

Parses are built by hand on a blank vocabulary (no model loads): only the heads and
labels matter. The answers must not depend on which parse was read before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import spacy
from spacy.tokens import Doc

from belli.events.syntax import children

_VOCAB = spacy.blank("en").vocab


def _parse(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps)


def _signed() -> Doc:
    """"Baku and Moscow signed the pact on Monday"."""
    return _parse(["Baku", "and", "Moscow", "signed", "the", "pact", "on", "Monday"],
                  [3, 0, 0, 3, 5, 3, 3, 6],
                  ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "prep", "pobj"])


def test_children_with_one_label() -> None:
    doc = _signed()
    assert [t.text for t in children(doc[3], "dobj")] == ["pact"]
    assert [t.text for t in children(doc[0], "conj")] == ["Moscow"]


def test_children_with_several_labels_come_in_text_order() -> None:
    doc = _signed()
    assert [t.text for t in children(doc[3], "prep", "nsubj", "dobj")] == [
        "Baku", "pact", "on"]


def test_no_children_with_a_label_absent_or_on_a_leaf() -> None:
    doc = _signed()
    assert children(doc[3], "agent") == []
    assert children(doc[4], "det", "dobj") == []


def test_the_root_is_not_its_own_child() -> None:
    doc = _signed()
    assert children(doc[3], "ROOT") == []


def test_children_agree_with_the_parse_for_every_word_and_label() -> None:
    doc = _signed()
    for token in doc:
        for dep in {t.dep_ for t in doc}:
            assert [c.i for c in children(token, dep)] == [
                c.i for c in token.children if c.dep_ == dep]


def test_each_parse_answers_for_itself() -> None:
    first, second = _signed(), _parse(["Talks", "failed"], [1, 1], ["nsubj", "ROOT"])
    assert [t.text for t in children(second[1], "nsubj")] == ["Talks"]
    assert [t.text for t in children(first[3], "nsubj")] == ["Baku"]
    assert children(first[3], "nsubj")[0].doc is first


@dataclass(eq=False)
class _Tok:
    text: str
    dep_: str = "ROOT"
    children: list[_Tok] = field(default_factory=list)


def test_hand_built_tokens_without_a_parse_answer_from_their_children() -> None:
    verb = _Tok("fled", children=[_Tok("troops", "nsubj"), _Tok("north", "advmod")])
    assert [t.text for t in children(verb, "nsubj")] == ["troops"]
