"""Ground or things taken by force are taken from someone: the "from" of a verb of taking
("retook the palace FROM the RSF", "seized the village FROM Russian forces") names the
target; the "from" of other attacks names where they came from ("fired rockets FROM
Lebanon"), no target.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Ukrainian troops seized the village from Russian forces.", ["ASSAULT UKR>RUS"]),
    ("Israeli troops captured the town from Hamas.", ["ASSAULT ISR>PSE"]),
    ("Sudan's army retook the presidential palace from the RSF.", ["ASSAULT SDN>SDN"]),
])
def test_whom_ground_is_taken_from_is_the_target(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


def test_where_an_attack_came_from_is_no_target(nlp_pipeline):
    assert sides(nlp_pipeline, "Hezbollah fired rockets from Lebanon.", {"ASSAULT"}) == [
        "ASSAULT LBN>"]
