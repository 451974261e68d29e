"""What is discussed is the topic of a meeting, not its other side: "the council met to
discuss Sudan" codes no Sudanese target, while the one met "with" still is one.

Sentences of our own; events written "TYPE SOURCES>TARGETS" with country codes.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


TOPICS = [
    # the state discussed is the topic of the meeting, not its other side
    ("The Security Council met on Tuesday to discuss Sudan.", {"CONSULT"}, ["CONSULT UN>"]),
    ("Russia and China discussed Ukraine at the summit.", {"CONSULT"}, ["CONSULT CHN,RUS>"]),
    # must not: the one met "with" is a party
    ("U.S. envoy Tom Berg discussed the crisis with Jordan on Monday.", {"CONSULT"},
     ["CONSULT USA>JOR"]),
]


@pytest.mark.parametrize(("text", "types", "expected"), TOPICS)
def test_what_is_discussed_is_no_target(nlp_pipeline, text: str, types: set[str],
                                        expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
