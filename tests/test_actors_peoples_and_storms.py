"""Words that look like a region's or a storm's but are not, for the actor stage.

* a people's adjective ("Arab", "Asian") is no region of several states: "Arab
  lawmakers" in one state's parliament are that state's; a region's adjective
  ("Scandinavian governments") still leaves a group with no one country;
* a region's adjective built on a state's ("Latin American", "South American") is not
  that state's;
* a storm's name is storm words and one capitalized name ("Tropical Storm Nadia");
  "tropical" or "hurricane" opening a body's name leaves it a body;
* an envoy's name that opens the text has no posting before it.

Every sentence here is invented.
"""

from __future__ import annotations

from functools import partial

import pytest
import spacy
from actor_fixtures import actor_codes, analyse, find_mention

from belli.actors.context import Anchor
from belli.actors.features import storm_name
from belli.actors.inside_names import posting_place
from belli.actors.readings import Facts

_codes = partial(actor_codes, match="closest", published="2024-05-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("Arab lawmakers walked out of the Knesset during the vote on Tuesday.", "Arab lawmakers",
     ["ISR LEG"]),
    ("Israeli police detained Arab demonstrators near Haifa.", "Arab demonstrators",
     ["ISR CVL"]),
])
def test_a_peoples_adjective_leaves_the_group_its_state(nlp_pipeline, text, wanted, codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


@pytest.mark.model
def test_a_regions_adjective_still_names_several_states(nlp_pipeline):
    text = "Scandinavian governments criticized the vote in Moscow."
    assert _codes(nlp_pipeline, text, "Scandinavian governments") == ["None GOV"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted"), [
    ("Venezuela expelled diplomats from seven Latin American countries.", "Latin American"),
    ("South American nations condemned the coup in Bolivia.", "South American"),
    ("Mesoamerican nations met in Guatemala City.", "Mesoamerican"),
])
def test_a_region_built_on_a_states_adjective_is_not_that_state(nlp_pipeline, text, wanted):
    assert "USA" not in " ".join(_codes(nlp_pipeline, text, wanted))


@pytest.mark.model
def test_the_states_adjective_alone_still_names_it(nlp_pipeline):
    text = "South African troops and American advisers arrived in Maputo."
    assert _codes(nlp_pipeline, text, "American advisers") == ["USA GOV"]


@pytest.mark.model
def test_a_body_whose_name_opens_with_tropical_is_no_storm(nlp_pipeline):
    text = "The Tropical Disease Institute criticized the Kenyan health ministry."
    mention = find_mention(analyse(nlp_pipeline, text), "Tropical Disease Institute",
                           match="closest")
    assert mention.label == "ORG"


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize("name", ["Tropical Storm Nadia", "Typhoon Koru", "the Cyclone Tamsin",
                                  "Tropical Depression Bo"])
def test_storm_words_then_one_name_are_a_storm(blank, name):
    assert storm_name(blank(name)[:])


@pytest.mark.parametrize("name", ["Tropical Disease Institute", "Hurricane Relief Fund",
                                  "Tropical Nadia", "Storm Jensen", "Typhoon"])
def test_other_names_beginning_alike_are_no_storm(blank, name):
    assert not storm_name(blank(name)[:])


def _envoy_at(blank, text: str, start: int) -> bool:
    doc = blank(text)
    anchor = Anchor(start=start, end=start + 1, text=doc[start].text, matches=())
    return posting_place(doc, anchor, Facts(text=text, cue=("envoy", "GOV")))


def test_an_envoy_in_a_place_is_posted_there(blank):
    assert _envoy_at(blank, "The envoy in Haiti spoke", 3)
    assert _envoy_at(blank, "An envoy to the Sahel spoke", 4)


def test_a_name_opening_the_text_has_no_posting(blank):
    # the text ends in "the": the token before the first one must never be read
    assert not _envoy_at(blank, "Haiti asked for an envoy in the", 0)
    assert not _envoy_at(blank, "Haiti asked for an envoy in", 0)
