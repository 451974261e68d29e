"""A named news outlet in a sentence ("told VOA", "Reuters reported") says where the
outlet publishes, not where the story's groups are: a group with no country of its own
never takes the outlet's state, but still takes the state the sentence names; journalists
described by their state ("Kenyan journalists") still place the sentence.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model

_codes = partial(actor_codes, match="closest", published="2024-03-01")

OUTLET_ONLY = [
    ("Two villagers described to VOA how the Kachin Liberation Army seized the town.",
     "Kachin Liberation Army", "USA"),
    ("The farmers told Reuters that the rebels had burned their fields.", "the rebels", "GBR"),
]


@pytest.mark.parametrize(("text", "wanted", "outlet_state"), OUTLET_ONLY)
def test_a_group_takes_no_country_from_a_news_outlet(nlp_pipeline, text, wanted, outlet_state):
    assert not any(c.startswith(outlet_state) for c in _codes(nlp_pipeline, text, wanted))


STATE_BESIDE_OUTLET = [
    # the outlet no longer makes a second state beside Kenya
    ("Officials in Kenya told Reuters that the rebels had burned the fields.", "the rebels",
     ["KEN REB"]),
    # journalists named by their state are no outlet
    ("Kenyan journalists said the rebels had burned the fields.", "the rebels", ["KEN REB"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), STATE_BESIDE_OUTLET)
def test_a_group_still_takes_the_state_beside_an_outlet(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected
