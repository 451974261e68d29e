"""A bare office ("the prime minister", "the finance minister") becomes a mention: the
holder the text named before with that office, else the one state its paragraph names;
never a guess where two states compete, or where its own sentence has a state acting
beside it (a counterpart as often as its own).

Sentences of our own, with the office's actors as "COUNTRY SECTOR".
"""

from __future__ import annotations

import pytest
from actor_fixtures import analyse, codes_of

pytestmark = pytest.mark.model


def _office(pipeline, text: str, office: str) -> list[str]:
    found = [m for m in analyse(pipeline, text).mentions if m.text == office and m.source == "coref"]
    return codes_of(found[0]) if found else []


CASES = [
    # the holder named earlier with the same office
    ("Dutch Prime Minister Anna Berg arrived in Oslo. The prime minister signed a trade pact.",
     "prime minister", ["NLD GOV"]),
    # no holder named: the one state of the paragraph
    (("Ghana raised fuel taxes on Monday. The finance minister said the move would cut the "
     "deficit."), "finance minister", ["GHA GOV"]),
    # the same with capitals, which the model tags as a name of no one
    (("Ghana raised fuel taxes on Monday. The Finance Minister said the move would cut "
      "the deficit."), "Finance Minister", ["GHA GOV"]),
    # a title of one state keeps its state, whatever the paragraph names
    ("Qatar hosted talks on Monday. The secretary of state arrived in Doha.",
     "secretary of state", ["USA GOV"]),
    # must not: a deputy's title is not the office ("Vice President X ... the president")
    (("Vice President Anna Berg of Ghana met Chilean envoys. Chile and Peru later spoke. "
      "The president called for calm."), "president", []),
    # must not: two states compete for the office
    ("Chile and Peru agreed on a new border plan. The president criticized the deal.",
     "president", []),
    # must not: a place the paragraph names is where someone went, not whose office it is
    ("Jane Doe arrived in Paris on Monday. The president later condemned the attack.",
     "president", []),
    # must not: a state acting in its own sentence may be the counterpart
    ("The foreign minister met the Qatari emir on Monday.", "foreign minister", []),
]


@pytest.mark.parametrize(("text", "office", "expected"), CASES)
def test_a_bare_office_is_its_holder_or_its_paragraphs_state(nlp_pipeline, text: str,
                                                             office: str,
                                                             expected: list[str]) -> None:
    assert _office(nlp_pipeline, text, office) == expected
