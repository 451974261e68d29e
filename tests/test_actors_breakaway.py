"""Bodies of a partly recognized entity that the text names without its name ("the
region's authorities", "the separatist government") are coded under the PRE policy in
a document that names the entity, by any of its names; elsewhere they are left alone."""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model

# the mention whose text holds the word asked for: "authorities" is "The region's authorities"
_codes = partial(actor_codes, match="holding", published="2021-05-01")


BODIES = [
    # the territory owns the group, whatever else the sentence names
    ("Clashes resumed in Nagorno-Karabakh. The region's authorities blamed Azerbaijan.",
     "authorities", ["AZE PRE"]),
    ("Azerbaijan regained Nagorno-Karabakh. The breakaway region's forces laid down arms.",
     "forces", ["AZE PRE"]),
    ("Azerbaijan took Nagorno-Karabakh. The regional government said it would dissolve.",
     "regional government", ["AZE PRE"]),
    # an ethnic adjective does not outrank the territory that owns the group
    ("Baku took Karabakh. The region's ethnic Armenian forces handed over their guns.",
     "forces", ["AZE PRE"]),
    # the de facto authorities' own words: not the state a sentence names beside them
    (("Azerbaijan pressed on in Karabakh. The separatist government agreed, through Russian "
      "mediators, to disband."), "separatist government", ["AZE PRE"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), BODIES)
def test_bodies_of_a_named_breakaway_region_are_its_own(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_rebels_follow_the_entity_named_only_by_its_short_name(nlp_pipeline):
    text = "Fighting flared in Karabakh. Armenian armed groups fired on a village."
    assert _codes(nlp_pipeline, text, "armed groups") == ["AZE REB"]


def test_the_regions_authorities_stay_unfolded_without_a_breakaway_entity(nlp_pipeline):
    text = "Floods hit northern Kenya. The region's authorities asked Nairobi for help."
    assert "AZE PRE" not in _codes(nlp_pipeline, text, "authorities")
    assert not any(c.endswith("PRE") for c in _codes(nlp_pipeline, text, "authorities"))


def test_the_regions_people_keep_their_sector_in_the_claimed_state(nlp_pipeline):
    text = ("Azerbaijan closed the road to Nagorno-Karabakh, cutting off the region's "
            "ethnic Armenian residents.")
    assert _codes(nlp_pipeline, text, "residents") == ["AZE CVL"]


def test_own_code_policy_keeps_the_entity_apart():
    from belli.pipeline import build_pipeline
    from belli.settings import Settings

    pipeline = build_pipeline(Settings.load(db_path=":memory:", pre_policy="own_code"))
    text = "Clashes resumed in Nagorno-Karabakh. The region's authorities blamed Azerbaijan."
    assert _codes(pipeline, text, "authorities") == ["XNK GOV"]
