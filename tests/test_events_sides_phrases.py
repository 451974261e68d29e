"""Which actors a phrase names: a clause hung on an apposition or an owner tells of
others, who are not named by the phrase.

Each case is a sentence and the events of the types named it must code, written "TYPE
SOURCES>TARGETS" with country codes. The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


CASES = [
    # the apposition's relative clause tells whom the group attacked: not whom it names
    ("Israeli jets struck Hamas, the group that attacked Syrian towns in October.",
     {"struck"}, ["ASSAULT ISR>PSE"]),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), CASES)
def test_a_phrase_names_no_one_in_its_clauses(nlp_pipeline, text: str, triggers: set[str],
                                              expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected
