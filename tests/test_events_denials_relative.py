"""A denial in a relative clause ("..., which Moscow denied") answers the act reported
before it, whatever noun the parser hung "which" on (`belli.events.denials`): a place is
never what a denial answers.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine said Russian forces shelled the city of Kharkiv, which Moscow denied.",
     ["ACCUSE UKR>RUS", "REJECT RUS>UKR"]),
    ("Kenya said Somali troops crossed into the town of Mandera, which Mogadishu denied.",
     ["REJECT SOM>KEN"]),
])
def test_a_denial_of_which_answers_the_reported_act(nlp_pipeline, text, expected):
    found = sides(nlp_pipeline, text, {"ACCUSE", "REJECT"})
    assert [s for s in found if s.startswith("REJECT")] == [s for s in expected if s.startswith("REJECT")]
    assert set(expected) <= set(found)


def test_a_denial_of_a_named_claim_keeps_its_answer(nlp_pipeline):
    text = "Israel repeated the accusations, which the Iranian foreign ministry rejected."
    assert sides(nlp_pipeline, text, {"REJECT"}) == ["REJECT IRN>"]
