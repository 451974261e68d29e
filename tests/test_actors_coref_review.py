"""Coreference that must not reach past the nearer referent: a bare head noun ("the
council") past a nearer phrase with that head that names another body, and an object
"them" onto a subject of its own chain of verbs. End to end with the model; every
sentence is our own."""

from __future__ import annotations

import pytest
from actor_fixtures import analyse, codes_of

pytestmark = pytest.mark.model


def _codes(pipeline, text: str, wanted: str) -> list[str]:
    """The codes of every mention `wanted` names ([] where none resolves)."""
    return [c for m in analyse(pipeline, text).mentions if m.text == wanted for c in codes_of(m)]


@pytest.mark.parametrize(("text", "expected"), [
    # the nearest body with that head word, within the window
    ("The UN Security Council met on Tuesday. Diplomats said the council would vote on a truce.",
     ["UN IGO"]),
    # a nearer unnamed council is what the bare noun means, not the named one before it
    (("The UN Security Council condemned the shelling of Bor on Monday. On Friday the Bor "
      "county council met, and the council urged soldiers to leave the market."), []),
    (("The UN Security Council met on Tuesday. Later the city's regional council met, and "
      "the council urged calm."), []),
    # a story about one body keeps calling it so, however far back it was named, and by
    # a shorter form of its name
    (("The UN Security Council met on Tuesday. Heavy rain fell in the capital. Shops stayed "
      "shut. An envoy told the 15-member Security Council that aid was blocked. Diplomats "
      "said the council would vote on a truce."), ["UN IGO"]),
])
def test_a_bare_head_noun_is_the_body_with_that_head_unless_a_nearer_one_differs(
        nlp_pipeline, text: str, expected: list[str]):
    assert _codes(nlp_pipeline, text, "the council") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of the verb "them" hangs from, up the xcomp and conj chain, is barred
    ("Chadian soldiers met Sudanese refugees in Adre and promised to protect them.",
     ["SDN REF"]),
])
def test_an_object_them_is_the_nearest_plural_outside_its_subject_chain(
        nlp_pipeline, text: str, expected: list[str]):
    assert _codes(nlp_pipeline, text, "them") == expected


@pytest.mark.parametrize("text", [
    # ", and vowed" after a reported clause may be the teller's own act: the teller is barred
    "Malian army officers said jihadist fighters raided villages near Gao, and vowed to crush them.",
    "Nigerien army officers said bandits looted markets near Agadez, and vowed to hunt them down.",
])
def test_an_object_them_after_a_reported_clause_is_not_the_teller(nlp_pipeline, text: str):
    assert not any(code.endswith("MIL") for code in _codes(nlp_pipeline, text, "them"))
