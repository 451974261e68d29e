"""Who acts where the event hangs on another word: a gathering one speaks at, an act one
is thanked for, a main verb the parser hung on the sentence's first noun.

Each case is a sentence and the events of the types named it must code, written "TYPE
SOURCES>TARGETS" with country codes. The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


CASES = [
    # one who speaks at a gathering of a body takes part and addresses the body
    ("Sergei Lavrov spoke at a meeting of NATO foreign ministers on Monday.",
     {"CONSULT"}, ["CONSULT RUS>NATO"]),
    # a gathering with no one acting at it keeps the body as its source
    ("NATO foreign ministers held a meeting in Brussels on Monday.", {"CONSULT"},
     ["CONSULT NATO>"]),
    # the one thanked gave what it is thanked for; the one who thanks received it
    ("Kyiv thanked Poland for its military aid.", {"AID"}, ["AID POL>UKR"]),
    # a main verb the parser hung on the sentence's first noun: that noun acts, and
    # whom the doers come from is the owner, not where the clause sends the goods
    ("Volunteers from two British charities donated and delivered blankets to Kabul.",
     {"AID"}, ["AID GBR>AFG"]),
]


@pytest.mark.parametrize(("text", "types", "expected"), CASES)
def test_sides_of_an_event_noun_under_another_verb(nlp_pipeline, text: str, types: set[str],
                                                   expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
