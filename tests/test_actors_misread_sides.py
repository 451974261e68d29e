"""Sides the actor layer used to misread: a movement's national society, a local council,
a bare "the council" far from its body, a counterpart's country given to an official,
and a word of a person's name taken for a town.

Each case is a sentence of our own, the mention to look at and its actors as "COUNTRY
SECTOR" strings; each rule has cases it fires on and one it must not.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes, analyse, codes_of, find_mention

_codes = partial(actor_codes, match="closest", published="2025-03-01")

NATIONAL_SOCIETIES = [
    # a state's name before the movement's short name: that state's NGO, not its
    # government and not the ICRC
    ("The head of the Ugandan Red Cross said 40 families had lost their homes.",
     "head of the Ugandan Red Cross", ["UGA NGO"]),
    ("The Red Crescent Society of Jordan opened a clinic near the border.",
     "The Red Crescent Society of Jordan", ["JOR NGO"]),
    # the model splits the state's adjective from the society: joined again
    ("The Egyptian Red Crescent delivered food to Gaza on Monday.", "Red Crescent",
     ["EGY NGO"]),
    # the international bodies keep their own codes
    ("The International Committee of the Red Cross visited detainees in Yemen.",
     "International Committee of the Red Cross", ["ICRC NGO"]),
    ("The Red Cross visited detainees in Yemen.", "Red Cross", ["ICRC NGO"]),
]


@pytest.mark.model
def test_the_split_state_adjective_of_a_society_acts_no_more(nlp_pipeline):
    analysis = analyse(nlp_pipeline, "The Egyptian Red Crescent delivered food to Gaza.",
                       "2025-03-01")
    assert codes_of(find_mention(analysis, "Egyptian")) == []


LOCAL_COUNCILS = [
    # a council a town or a local word qualifies is the local government, of the town's
    # state
    ("The Goma city council said rebels had shelled the port.", "Goma city council",
     ["COD GOV"]),
    ("Officials in Russia said the Ryazan City Council approved the budget.",
     "Ryazan City Council", ["RUS GOV"]),
    # the UN's council keeps its code
    ("The UN Security Council met on Monday to discuss Sudan.", "UN Security Council",
     ["UN IGO"]),
    # a body with no local word: a word of its name that is also a town ("Federal" in
    # Argentina) is no owner
    ("If the board refuses, the applicant can appeal to a Federal Court of Appeals.",
     "a Federal Court of Appeals", []),
]


_FAR = ("The UN Security Council met on Monday to discuss the famine.\n\n"
        "Diplomats said a vote was likely.\n\nAid groups warned of hunger in the camps.\n\n"
        "Farmers left their fields as prices rose.\n\nTraders said they had no fuel.\n\n"
        "The council said it would meet again in March.")
_PREVIOUS_PARAGRAPH = ("The UN Security Council met on Monday to discuss the famine. Diplomats "
                       "said a vote was likely. Aid groups warned of hunger in the camps.\n\n"
                       "Farmers left their fields as prices rose. Traders said they had no "
                       "fuel. The council said it would meet again in March.")
_NEAR = ("The UN Security Council met on Monday. Diplomats said a vote was likely. "
         "The council said it would meet again.")
_FILLER = " ".join(f"Farmers in district {n} said the harvest had failed." for n in range(14))
# one block of text with no paragraphs: a longer run of sentences, but not without end
_UNBROKEN_FAR = f"The UN Security Council met on Monday. {_FILLER} The council said it would meet."
# told again in reach, the body stays in reach from there
_CHAINED = ("The UN Security Council met on Monday.\n\nDiplomats said a vote was likely. "
            "The council heard the envoy.\n\nAid groups warned of hunger.\n\nFarmers left "
            "their fields.\n\nTraders said they had no fuel.\n\nThe council said it would "
            "meet again.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    (_NEAR, ["UN IGO"]),  # a few sentences back
    (_PREVIOUS_PARAGRAPH, ["UN IGO"]),  # the paragraph before
    (_FAR, []),  # five paragraphs back: no longer what a bare noun means
    (_UNBROKEN_FAR, []),
    (_CHAINED, ["UN IGO", "UN IGO"]),
])
def test_a_bare_council_finds_its_body_only_within_reach(nlp_pipeline, text, expected):
    analysis = analyse(nlp_pipeline, text, "2025-03-01")
    found = [m for m in analysis.mentions if m.text == "The council"]
    assert [c for m in found for c in codes_of(m)] == expected


COUNTERPARTS = [
    # the person an official meets gives no country to the official
    ("Defense Secretary Ann Lee met the Qatari emir on Sunday.", "Defense Secretary Ann Lee",
     []),
    ("Foreign Minister Tom Berg held talks with the Omani sultan on Friday.",
     "Foreign Minister Tom Berg", []),
    # a person who is the source of the report still places the sentence
    (("Interior Minister Ali Karimi banned the march, according to the Iranian deputy "
      "interior minister."), "Interior Minister Ali Karimi", ["IRN GOV"]),
]


_SINGER = ("The singer Dolly Jackson died on Monday. Fans gathered outside Jackson's home "
           "in Nashville. A statement from Jackson's family thanked them.")


@pytest.mark.model
@pytest.mark.parametrize("nth", [0, 1])
def test_a_surname_of_a_person_named_in_full_is_no_town(nlp_pipeline, nth):
    jackson = find_mention(analyse(nlp_pipeline, _SINGER, "2025-03-01"), "Jackson", nth=nth)
    assert (jackson.label, jackson.place, codes_of(jackson)) == ("PERSON", None, [])


@pytest.mark.model
def test_a_town_named_like_nobody_in_the_story_stays_a_town(nlp_pipeline):
    text = "Flooding hit Jackson on Monday and the mayor of Jackson asked for help."
    jackson = find_mention(analyse(nlp_pipeline, text, "2025-03-01"), "Jackson")
    assert jackson.place is not None and jackson.place.country == "USA"


OFFICES = [
    # a title of one state in apposition after the name
    ("Jane Holloway, the secretary of state, warned the militia on Sunday.", "Jane Holloway",
     ["USA GOV"]),
    # a former holder of that office is an elite
    ("Ann Lee, a former secretary of state, criticised the deal.", "Ann Lee", ["USA ELI"]),
    ("Former Secretary of State Ann Lee criticised the deal.", "Ann Lee", ["USA ELI"]),
    # a state's name before a title owns it, never a word of the person's name
    ("U.S. Defense Secretary Tom Berg arrived in Riyadh on Sunday.", "Tom Berg", ["USA GOV"]),
    # the same words with another state's marks are that state's, or nobody's
    ("Jane Doe, the secretary of state for Scotland, visited Glasgow.", "Jane Doe", []),
]


NAMED_AFTER_PEOPLE = [
    # a township named after a known person: the gazetteer's town of that name lies in a
    # state the story never names, so no country is guessed
    ("Residents of Mandela township said the police fired on protesters in Soweto.",
     "Mandela", []),
    # and the group beside it takes the story's own state
    ("Residents of Mandela township said the police fired on protesters in Soweto.",
     "police", ["ZAF COP"]),
    # an ordinary town keeps its state
    ("Residents of Soweto township said the police fired on protesters.", "Soweto",
     ["ZAF None"]),
]


BARE_TITLES = [
    # the model tags only "state" in a bare "the secretary of state": the title's state
    ("The rebels rejected the offer. The secretary of state said talks would go on.",
     ["USA GOV"]),
    # in an apposition the person holds the title; the cut-off word names nobody twice
    ("Jane Holloway, the secretary of state, warned the militia on Sunday.", []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), BARE_TITLES)
def test_a_title_the_model_cut_in_two_still_names_its_state(nlp_pipeline, text, expected):
    analysis = analyse(nlp_pipeline, text, "2025-03-01")
    cut = [m for m in analysis.mentions if m.text == "state"]
    assert [c for m in cut for c in codes_of(m)] == expected


def _rule(rule: str, cases: list[tuple[str, str, list[str]]]) -> list:
    """A table's cases, each with an id that names the rule it checks."""
    return [pytest.param(*case, id=f"{rule}-{n}") for n, case in enumerate(cases)]


# the rules whose cases name a mention and its actors: each table above is one rule
@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "expected"), [
    # a national Red Cross society is an NGO of its state
    *_rule("national_society", NATIONAL_SOCIETIES),
    # a council named by a town is that town's government
    *_rule("local_council", LOCAL_COUNCILS),
    # an official never takes the country of the person met
    *_rule("counterpart", COUNTERPARTS),
    # an office gives its state only where the title names one
    *_rule("office", OFFICES),
    # a town named after a person gets no guessed state
    *_rule("named_after_person", NAMED_AFTER_PEOPLE),
])
def test_a_mention_takes_the_side_its_rule_gives(nlp_pipeline, text: str, wanted: str,
                                                 expected: list[str]) -> None:
    assert _codes(nlp_pipeline, text, wanted) == expected
