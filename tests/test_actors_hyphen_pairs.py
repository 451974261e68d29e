"""States joined by a hyphen are each a party: "U.S.-Russia talks" (one token the model
does not tag), "Sino-Vietnamese trade" and "Indo-Bangladeshi" (a combining form before
a hyphen names its state). A combining form before no state, or alone, names none.
"""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes, analyse

pytestmark = pytest.mark.model

PAIRS = [
    ("The U.S.-Russia talks ended in Riyadh without a deal.", "U.S.-Russia",
     ["USA None", "RUS None"]),
    ("Sino-Vietnamese trade grew by a third last year.", "Sino-Vietnamese",
     ["CHN None", "VNM None"]),
    # the noun after the pair belongs to both states
    ("Indo-Bangladeshi border guards exchanged fire on Friday.", "Indo-Bangladeshi",
     ["IND MIL", "BGD MIL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), PAIRS)
def test_each_state_of_a_hyphenated_pair_is_an_actor(nlp_pipeline, text, wanted, expected):
    assert actor_codes(nlp_pipeline, text, wanted, match="closest") == expected


def test_the_talks_of_a_one_word_pair_are_between_both_states(nlp_pipeline):
    events = analyse(nlp_pipeline, "The U.S.-Russia talks resumed in Riyadh on Monday.").events
    countries = {a.country for e in events for a in (*e.source, *e.target)}
    assert {"USA", "RUS"} <= countries


NOT_PAIRS = [
    ("Japan backed the Indo-Pacific strategy on Monday.", "IND"),
    ("General Franco ruled the country for decades.", "FRA"),
    ("The Anglo-Saxon chronicles went on show in a museum.", "GBR"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_PAIRS)
def test_a_combining_form_or_a_compound_without_two_states_names_none(nlp_pipeline, text,
                                                                      absent):
    codes = {a.country for m in analyse(nlp_pipeline, text).mentions for a in m.actors}
    assert absent not in codes
