"""Titles and bodies that name one state by themselves, a person's name that is never a
town, international NGOs, a national adjective before a named body, and the one list of
state organs.

Each case is a sentence, the mention to look at and its actors as "COUNTRY SECTOR"
strings; each rule has cases it must fire on and one it must not.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes

_codes = partial(actor_codes, match="closest", published="2025-03-01")

NAME_NO_TOWN = [
    # a word of the person's name is never the town that gives the office its country
    ("Minister of Energy Marco Bellini met the traders on Monday.", "Marco Bellini"),
    ("Deputy Minister of Trade Prosper Kaboré spoke to reporters.", "Prosper Kaboré"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted"), NAME_NO_TOWN)
def test_a_persons_own_name_is_never_a_town(nlp_pipeline, text, wanted):
    assert _codes(nlp_pipeline, text, wanted) == []


STATE_TITLES = [
    ("Secretary of State Jane Holloway flew to Cairo on Monday.", "Jane Holloway", ["USA GOV"]),
    ("Republican senators blocked the bill on Thursday.", "Republican senators", ["USA LEG"]),
    ("Democratic congresswoman Ann Ruiz criticised the deal.", "Ann Ruiz", ["USA LEG"]),
    # the same words with another state's marks are that state's
    ("The Secretary of State for Scotland, Ian Murdo, visited Glasgow.", "Secretary of State",
     []),
    ("Republican People's Party lawmakers walked out in Ankara.", "Republican People's Party",
     ["TUR PTY"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "expected"), STATE_TITLES)
def test_a_title_of_one_state_names_that_state(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


BARE_CONGRESS = [
    ("Congress approved the aid package for Ukraine on Friday.", ["USA LEG"]),
    ("Lawmakers said Congress would vote on the Israel arms sale next week.", ["USA LEG"]),
    # a story about a state whose legislature is called Congress keeps it that state's
    ("Peru's president clashed with Congress after Lima protests.", ["PER LEG"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), BARE_CONGRESS)
def test_bare_congress_is_the_us_congress_unless_another_congress_is_in_the_story(
        nlp_pipeline, text, expected):
    assert _codes(nlp_pipeline, text, "Congress", match="exact") == expected


ORGANIZATIONS = [
    ("Human Rights Watch said the detainees were beaten.", "Human Rights Watch", ["HRW NGO"]),
    ("The International Committee of the Red Cross visited the camp.",
     "International Committee of the Red Cross", ["ICRC NGO"]),
    ("The United Nations said the camp was full.", "United Nations", ["UN IGO"]),
    ("The Alliance of Sahel States condemned the attack.", "Alliance of Sahel States",
     ["AES IGO"]),
    ("T&T officials met their Venezuelan counterparts.", "T&T officials", ["TTO GOV"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "expected"), ORGANIZATIONS)
def test_organizations_keep_their_kind(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


QUALIFIED_BODIES = [
    ("The Iranian Revolutionary Guards seized a tanker in the Gulf.",
     "Iranian Revolutionary Guards", ["IRN MIL"]),
    ("The Sudanese Rapid Support Forces shelled the market.", "Rapid Support Forces",
     ["SDN REB"]),
    # two adjectives coordinated before a cue are still two states
    ("Iranian and Iraqi officials met in Baghdad.", "Iranian and Iraqi officials",
     ["IRN GOV", "IRQ GOV"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "expected"), QUALIFIED_BODIES)
def test_a_national_adjective_before_a_named_body_is_one_actor(nlp_pipeline, text, wanted,
                                                                expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_every_stage_reads_one_list_of_state_organs():
    from belli.actors import document, mention_facts, roles, unplaced
    from belli.actors.sectors import STATE_ORGANS
    from belli.analysis import acled
    from belli.events import discourse

    assert STATE_ORGANS == {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"}
    for organs in (mention_facts.STATE_ORGANS, unplaced.STATE_ORGANS, roles.STATE_ORGANS,
                   document.STATE_ORGANS, acled.STATE_ORGANS, discourse._STATE_ARMS):
        assert organs is STATE_ORGANS
