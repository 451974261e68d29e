"""Sector from the text, end to end with the model: a person's stated office, an
apposition, the type of an organization, what a group does, where it is based.

None of the people named here is in the knowledge base: each case must resolve from the
words of the sentence alone, which is what carries over to text naming other people.
Each case is a sentence, the mention to look at (its exact text, else the shortest
mention holding it) and the actors as "COUNTRY SECTOR" strings.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes, analyse, codes_of, find_mention

from belli.actors.kb import load_kb

pytestmark = pytest.mark.model

PUBLISHED = "2005-06-01"
_codes = partial(actor_codes, match="closest", published=PUBLISHED)


STATED_OFFICE = [
    # the title sets the sector, the sentence's only state the country
    ("Police chief Ahmed Salim said gunmen attacked a checkpoint in Iraq.", "Ahmed Salim",
     ["IRQ COP"]),
    ("General Wilson Tamba rejected the accord signed in Sierra Leone.", "Wilson Tamba",
     ["SLE MIL"]),
    ("Opposition leader Maulana Fazl-ur-Rehman led a rally in Pakistan.",
     "Maulana Fazl-ur-Rehman", ["PAK OPP"]),
    ("Pakistan's Federal Minister for Interior Tariq Hameed visited the border posts.",
     "Tariq Hameed", ["PAK GOV"]),
    # a former, ousted or retired office holder is an elite
    ("Former defence minister Pervez Khattak was arrested in Pakistan.", "Pervez Khattak",
     ["PAK ELI"]),
    ("Retired general Ahmed Shuja Pasha criticised the Pakistani government.",
     "Ahmed Shuja Pasha", ["PAK ELI"]),
    ("Ousted president Marc Ravel fled Haiti on Sunday.", "Marc Ravel", ["HTI ELI"]),
    # an apposition states the office
    ("Oleg Chemezov, a senior police officer, survived an ambush outside Kazan in Russia.",
     "Oleg Chemezov", ["RUS COP"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), STATED_OFFICE)
def test_a_persons_stated_office_sets_the_sector(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


ACTED_ON = [
    # a state the person acts on is no clue to their own country
    ("Archbishop Desmond Tutu called for sanctions against Nigeria.", "Desmond Tutu"),
    ("President Jean Bosco threatened further action against Russia.", "Jean Bosco"),
]


@pytest.mark.parametrize(("text", "wanted"), ACTED_ON)
def test_a_state_the_person_acts_on_is_not_their_country(nlp_pipeline, text, wanted):
    assert _codes(nlp_pipeline, text, wanted) == []


def test_a_leader_acting_on_his_own_people_keeps_their_country(nlp_pipeline):
    text = "President Levy Banda broke his promise to the Zambian people."
    assert _codes(nlp_pipeline, text, "Levy Banda") == ["ZMB GOV"]


ORGANIZATION_TYPES = [
    ("Zimbabwe's ruling party said the rebel group had attacked the village.",
     "the rebel group", ["ZWE REB"]),
    (("Protesters blocked the roads into Bishkek as the opposition party called for a "
      "boycott."), "the opposition party", ["KGZ OPP"]),
    ("The militia attacked the town near Kismayo, Somali officials said.", "The militia",
     ["SOM REB"]),
    ("The court in Cairo sentenced the activists, the Egyptian news agency said.",
     "the activists", ["EGY OPP"]),
    # where a group is based gives its country, whoever else the sentence names
    (("A terror group based in Trinidad says it is building bombs to strike the United "
      "States and Britain."), "terror group", ["TTO REB"]),
    # "anti-" and "pro-" name a stance, not an owner
    ("An anti-Syria journalist from Beirut lost a leg when a parcel exploded.",
     "journalist", ["LBN JRN"]),
    ("Pro-Russian separatists seized the building in Donetsk.", "Pro-Russian separatists",
     ["UKR REB"]),
    # a body named by compounds inside compounds is still that body: "coast guard vessels"
    ("Chinese coast guard vessels fired water cannon at the boat.", "Chinese", ["CHN MIL"]),
    ("Chinese fishing vessels anchored near the reef.", "Chinese", ["CHN BUS"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), ORGANIZATION_TYPES)
def test_the_type_of_an_organization_sets_the_sector(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


DEEDS = [
    # a group whose words name no sector: what it does decides
    ("Thousands of Kurds protested in Turkey on Sunday.", "Kurds", ["TUR CVL"]),
    ("Kurds staged a sit-in outside the parliament in Turkey.", "Kurds", ["TUR CVL"]),
    ("Kurds went on strike in Turkey.", "Kurds", ["TUR LAB"]),
    ("An Egyptian minister said rallies by the Kifaya group would be banned.",
     "Kifaya", ["EGY CVL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), DEEDS)
def test_what_a_group_does_sets_its_sector(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    # people at their trade or travels are civilians
    ("China detained 12 Vietnamese fishermen near the Paracels.", "Vietnamese fishermen",
     ["VNM CVL"]),
    ("Gunmen kidnapped two German tourists in Niger.", "German tourists", ["DEU CVL"]),
])
def test_people_at_their_trade_or_travels_are_civilians(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_none_of_these_people_is_in_the_knowledge_base():
    named = {"Ahmed Salim", "Wilson Tamba", "Fazl-ur-Rehman", "Tariq Hameed", "Pervez Khattak",
             "Ahmed Shuja Pasha", "Marc Ravel", "Oleg Chemezov", "Desmond Tutu", "Jean Bosco",
             "Levy Banda", "Kifaya"}
    assert not [n for n in named if load_kb().lookup_name(n)]


def test_a_country_before_a_currency_sign_is_no_actor(nlp_pipeline):
    text = "Ousted president Marc Ravel misused up to US $50 million, Haitian officials said."
    analysis = analyse(nlp_pipeline, text, PUBLISHED)
    assert find_mention(analysis, "US", match="closest").actors == ()
    assert codes_of(find_mention(analysis, "Marc Ravel", match="closest")) == ["HTI ELI"]
