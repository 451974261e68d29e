"""Who acts along with the subject: "X, ALONG WITH Y, called", "X, TOGETHER WITH Y,
vetoed", "X ALONGSIDE Y condemned" name Y as a source too, where the phrase stands
between the subject and the verb; a "with" after the verb is whom the act is aimed at or
done with, as before.

Each case is a sentence of our own and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes ("?" for an actor with none).
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model

CASES = [
    # fires: the companions share the act
    ("The United States, along with Britain and France, called for a private meeting.",
     {"REQUEST"}, ["REQUEST FRA,GBR,USA>"]),
    ("Russia, together with China, vetoed the resolution.", {"REJECT"}, ["REJECT CHN,RUS>"]),
    ("Turkey alongside Qatar condemned the attack.", {"ACCUSE"}, ["ACCUSE QAT,TUR>"]),
    # must not: a partner after the verb is no companion of the subject
    ("Russia met with China.", {"CONSULT"}, ["CONSULT RUS>CHN"]),
]


@pytest.mark.parametrize(("text", "types", "expected"), CASES)
def test_who_acts_along_with_the_subject_is_a_source(nlp_pipeline, text: str, types: set[str],
                                                     expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
