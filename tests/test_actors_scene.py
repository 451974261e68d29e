"""Where an unnamed group is: the scene a sentence opens with, carried through its
paragraph, and the members a group lists. End to end with the model; the places and
people are ones the sentences themselves place, so nothing hangs on a name list."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes, analyse

pytestmark = pytest.mark.model


SCENES = [
    # the opening "In <place>," places the sentence's groups, whatever else it names
    ("In Tbilisi, crowds of protesters marched on parliament, accusing Moscow of meddling.",
     "protesters", ["GEO CVL"]),
    ("In Nairobi, police fired tear gas at students who denounced Uganda.", "police",
     ["KEN COP"]),
    # a later sentence of the paragraph that names no state stays in the scene
    (("In Quito, students marched to the ministry, waving Peruvian flags. "
      "Police detained several of them."), "Police", ["ECU COP"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), SCENES)
def test_a_sentence_opening_with_a_place_sets_the_groups_country(nlp_pipeline, text, wanted,
                                                                  expected):
    assert actor_codes(nlp_pipeline, text, wanted) == expected


def test_troops_are_not_placed_by_the_scene(nlp_pipeline):
    text = "In Damascus, coalition forces bombed a depot, Turkish officials said."
    assert "SYR MIL" not in actor_codes(nlp_pipeline, text, "coalition forces")


def test_places_listed_after_a_noun_are_no_members(nlp_pipeline):
    text = "Shelling hit key towns, including Kharkiv, overnight."
    analysis = analyse(nlp_pipeline, text)
    assert not [m for m in analysis.mentions if m.text == "key towns" and m.actors]


def test_a_new_paragraph_leaves_the_scene(nlp_pipeline):
    text = ("In Quito, students marched to the ministry.\n\n"
            "Police detained several people.")
    assert actor_codes(nlp_pipeline, text, "Police") == []


def test_a_state_the_group_acts_on_does_not_end_the_scene(nlp_pipeline):
    text = ("In Quito, students marched to the ministry. "
            "Police detained several Peruvians.")
    assert actor_codes(nlp_pipeline, text, "Police") == ["ECU COP"]


def test_a_group_takes_the_country_of_the_member_it_lists(nlp_pipeline):
    text = ("The vote is on Sunday. Opposition candidates, including the former Georgian "
            "president, have blamed the cabinet for the defeat.")
    assert actor_codes(nlp_pipeline, text, "Opposition candidates") == ["GEO OPP"]
