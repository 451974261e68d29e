"""Where an unnamed group is: the scene a sentence opens with, carried through its
paragraph, and the members a group lists. End to end with the model; the places and
people are ones the sentences themselves place, so nothing hangs on a name list."""

from __future__ import annotations

import pytest

from belli.records import Article

pytestmark = pytest.mark.model


def _codes(pipeline, text: str, wanted: str) -> list[str]:
    analysis = pipeline.process(Article.from_text(text, published="2019-03-01"))
    found = [m for m in analysis.mentions if m.text == wanted]
    assert found, f"no mention {wanted!r}: {[m.text for m in analysis.mentions]}"
    return [f"{a.country} {a.sector}" for a in found[0].actors]


SCENES = [
    # the opening "In <place>," places the sentence's groups, whatever else it names
    ("In Tbilisi, crowds of protesters marched on parliament, accusing Moscow of meddling.",
     "protesters", ["GEO CVL"]),
    ("In Nairobi, police fired tear gas at students who denounced Uganda.", "police",
     ["KEN COP"]),
    # a later sentence of the paragraph that names no state stays in the scene
    (("In Caracas, thousands of protesters gathered outside the palace, waving Cuban flags. "
      "Police arrested dozens of them."), "Police", ["VEN COP"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), SCENES)
def test_a_sentence_opening_with_a_place_sets_the_groups_country(nlp_pipeline, text, wanted,
                                                                  expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_troops_are_not_placed_by_the_scene(nlp_pipeline):
    text = "In Damascus, coalition forces bombed a depot, Turkish officials said."
    assert "SYR MIL" not in _codes(nlp_pipeline, text, "coalition forces")


def test_places_listed_after_a_noun_are_no_members(nlp_pipeline):
    text = "Shelling hit key towns, including Kharkiv, overnight."
    analysis = nlp_pipeline.process(Article.from_text(text, published="2019-03-01"))
    assert not [m for m in analysis.mentions if m.text == "key towns" and m.actors]


def test_a_new_paragraph_leaves_the_scene(nlp_pipeline):
    text = ("In Caracas, thousands of protesters gathered outside the palace.\n\n"
            "Police arrested dozens of people.")
    assert _codes(nlp_pipeline, text, "Police") == []


def test_a_state_the_group_acts_on_does_not_end_the_scene(nlp_pipeline):
    text = ("In Caracas, thousands of protesters gathered outside the palace. "
            "Police arrested dozens of Colombians.")
    assert _codes(nlp_pipeline, text, "Police") == ["VEN COP"]


def test_a_group_takes_the_country_of_the_member_it_lists(nlp_pipeline):
    text = ("The vote is on Sunday. Opposition candidates, including the former Georgian "
            "president, have blamed the cabinet for the defeat.")
    assert _codes(nlp_pipeline, text, "Opposition candidates") == ["GEO OPP"]
