"""What a meeting is about is not who meets: a state named as the topic of talks ("held
talks on Myanmar", "met to discuss Sudan") neither owns a body of the sentence that has no
country of its own nor takes part. A bare "Security Council" talking about a state is the
UN's; a sentence that names a state otherwise still places it.

Sentences of our own, with the mention's actors as "COUNTRY SECTOR".
"""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model


CASES = [
    # the state is the topic of the council's talks: the UN body, not that state's
    ("The Security Council held talks on Myanmar in New York.", "The Security Council",
     ["UN IGO"]),
    ("The Security Council met on Friday to discuss Haiti.", "The Security Council",
     ["UN IGO"]),
    # a state inside what is discussed ("the crisis in X") is part of the topic too
    ("The Security Council met on Monday to discuss the crisis in Sudan.",
     "The Security Council", ["UN IGO"]),
    # must not: a state named as where the council meets is no topic; its own council
    ("The Security Council met in Moscow on Monday to discuss the border.",
     "The Security Council", ["RUS GOV"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), CASES)
def test_a_state_talked_about_is_not_the_owner(nlp_pipeline, text: str, wanted: str,
                                               expected: list[str]) -> None:
    assert actor_codes(nlp_pipeline, text, wanted) == expected


class _Tok:
    """A token of a hand-made parse whose `head` is a new object on every read, as spaCy's."""

    def __init__(self, i: int, dep: str, pos: str, heads: dict[int, int], toks: dict[int, _Tok]):
        self.i, self.dep_, self.pos_, self.lower_, self.lemma_ = i, dep, pos, "x", "x"
        self._heads, self._toks = heads, toks

    @property
    def head(self) -> _Tok:
        other = self._toks[self._heads[self.i]]
        return _Tok(other.i, other.dep_, other.pos_, self._heads, self._toks)


def test_a_phrase_in_a_sentence_with_no_verb_is_no_topic_and_the_search_ends():
    # "Sudan crisis envoy": a headline rooted at a noun, whose root is its own head
    from belli.actors.topics import talked_about
    toks: dict[int, _Tok] = {}
    heads = {0: 1, 1: 1}
    toks[0] = _Tok(0, "compound", "PROPN", heads, toks)
    toks[1] = _Tok(1, "ROOT", "NOUN", heads, toks)

    class _Span:
        root = toks[0]

    assert talked_about(_Span()) is False
