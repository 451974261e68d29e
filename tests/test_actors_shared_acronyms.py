"""An acronym two bodies share is the body the story is about (data/acronyms.yaml): "RSF"
is Sudan's Rapid Support Forces in a story naming Sudan (or one of its provinces), Reporters Without Borders in
others; the knowledge base's own body named in full, or its home state named, keeps it."""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model

_codes = partial(actor_codes, match="closest", published="2024-03-01")

READ_BY_THE_STORY = [
    # the state of the other body named: that body
    ("RSF fighters shelled the city. The Sudanese army said it repelled them.", "RSF fighters",
     ["SDN REB"]),
    ("The RSF seized the airport in Khartoum on Monday.", "RSF", ["SDN REB"]),
    ("JEM militants attacked a convoy in Kashmir, India said.", "JEM militants", ["PAK REB"]),
    # a province or a region of that state names it too
    ("RSF fighters shelled a camp in North Darfur on Monday.", "RSF fighters", ["SDN REB"]),
    # no such state: the knowledge base's reading
    ("RSF said two journalists were jailed in Turkey.", "RSF", ["RSF NGO"]),
    # the knowledge base's body named in full, or its home state named, keeps it
    ("Reporters Without Borders said RSF staff had left Sudan.", "RSF", ["RSF NGO"]),
    ("JEM rebels attacked a convoy in Darfur, Sudan said.", "JEM rebels", ["SDN REB"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), READ_BY_THE_STORY)
def test_a_shared_acronym_is_the_body_the_story_is_about(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_a_defined_acronym_wins_over_the_states_named(nlp_pipeline):
    text = ("Reporters Without Borders (RSF) condemned the arrest in Sudan. RSF said the "
            "reporter was held for a week.")
    assert _codes(nlp_pipeline, text, "RSF", nth=1, match="exact") == ["RSF NGO"]
