"""A complaint or a case is aimed at whom it accuses, not at the international body or
the court it is brought to ("filed a complaint WITH the Security Council against Israel",
"a case BEFORE the ICJ"); a protest lodged with a government still accuses that
government. And a leader called a dictator or a war criminal is accused. Sentences are
our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Beirut filed a complaint against Israel with the UN Security Council.",
     ["ACCUSE LBN>ISR"]),
    ("Beirut lodged a complaint with the United Nations against Israel on Monday.",
     ["ACCUSE LBN>ISR"]),
    ("Yerevan brought a case against Baku before the International Court of Justice.",
     ["ACCUSE ARM>AZE"]),
])
def test_the_body_a_complaint_is_brought_to_is_not_accused(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == wanted


def test_a_protest_lodged_with_a_government_accuses_it(nlp_pipeline):
    text = "Manila lodged a diplomatic protest with Beijing over the collision."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE PHL>CHN"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Argentina's president called Venezuela's leader a dictator.", ["ACCUSE ARG>VEN"]),
    ("The Ukrainian president called Putin a butcher.", ["ACCUSE UKR>RUS"]),
])
def test_a_leader_called_a_tyrant_is_accused(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == wanted
