"""Clashes in words and answers in kind. Forces and crowds clash in arms; leaders,
lawmakers and officials clash in words (ACCUSE, both ways): "Zelenskyy and Trump clashed
in the Oval Office", "lawmakers clashed over the budget", while "troops clashed over the
border" is still a fight. A response WITH a measure is that measure, done by the one who
responds ("China responded with tariffs", as "retaliated with"). Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Zelenskyy and Trump clashed in the Oval Office on Friday.", ["ACCUSE UKR,USA>"]),
    ("Lawmakers in Seoul clashed over the martial law decree.", ["ACCUSE KOR>"]),
    ("Indian and Chinese troops clashed over the disputed border area.", ["ASSAULT CHN,IND>"]),
    ("Protesters clashed with police in Nairobi.", ["ASSAULT KEN>KEN"]),
    # whoever clashes with forces fights, a leader of rebels or a government
    ("Rebel leader John Garang clashed with Sudanese government forces.", ["ASSAULT SDN>SDN"]),
])
def test_who_clashes_says_whether_in_arms_or_in_words(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE", "ASSAULT"}) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("China responded with tariffs of 15% on American coal.", ["SANCTION CHN>USA"]),
    ("Israel responded with airstrikes on Gaza.", ["ASSAULT ISR>PSE"]),
])
def test_a_response_with_a_measure_is_that_measure(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"SANCTION", "ASSAULT"}) == wanted
