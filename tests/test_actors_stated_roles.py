"""A person's sector from the role the text states, for people the knowledge base does
not know: a role phrase in apposition or a "who heads" clause, a sector word before a
title ("rebel commander", "union leader"), and an opposition party however it is worded.

Each case is a sentence, the mention to look at and its actors as "COUNTRY SECTOR"
strings; each rule has cases it must fire on and one it must not.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes, analyse, find_mention

from belli.actors.kb import load_kb

pytestmark = pytest.mark.model

_codes = partial(actor_codes, match="closest", published="2019-03-01")


APPOSED_ROLES = [
    # the role phrase names a body the person speaks or acts for: its country and sector
    ("Ahmed Warsame, spokesman for the Somali army, said the talks would resume.",
     "Ahmed Warsame", ["SOM MIL"]),
    ("Grace Achieng, a member of the Kenyan parliament, criticised the budget.",
     "Grace Achieng", ["KEN LEG"]),
    ("Tendai Moyo, the leader of the main opposition party, was arrested in Zimbabwe.",
     "Tendai Moyo", ["ZWE OPP"]),
    ("Ahmed Warsame, who heads the opposition party in Somalia, said the talks would resume.",
     "Ahmed Warsame", ["SOM OPP"]),
    ("Ahmed Warsame, who directs the opposition party in Somalia, said the talks would resume.",
     "Ahmed Warsame", ["SOM OPP"]),
    # the role phrase names no body: its cue is the sector, the sentence's state the country
    ("Mamadou Diallo, a rebel commander, told reporters in Mali that his men would fight on.",
     "Mamadou Diallo", ["MLI REB"]),
    ("The rebel commander, Mamadou Diallo, said his men would fight on in Mali.",
     "Mamadou Diallo", ["MLI REB"]),
    ("Samuel Banda, the company's chief executive, was arrested in Malawi.", "Samuel Banda",
     ["MWI BUS"]),
    ("Mary Wanjiru, a nurse at the hospital, said 30 wounded arrived in Kenya.",
     "Mary Wanjiru", ["KEN HLH"]),
    # a body in apposition with a name the model took for a body is what that name is
    ("Kifaya, an Egyptian protest movement, called for a boycott.", "Kifaya", ["EGY OPP"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), APPOSED_ROLES)
def test_a_role_in_apposition_sets_the_persons_actor(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


FORMER_OFFICES = [
    # any word that makes an office a former one makes its holder an elite, on every path
    ("Mamadou Diallo, a toppled army general, told reporters in Mali that he would return.",
     "Mamadou Diallo", ["MLI ELI"]),
    ("Mamadou Diallo, a retired army general, told reporters in Mali that he would return.",
     "Mamadou Diallo", ["MLI ELI"]),
    ("Toppled army general Mamadou Diallo told reporters in Mali that he would return.",
     "Mamadou Diallo", ["MLI ELI"]),
    ("The ousted prime minister Nadia Haddad told reporters in Tunisia that she would return.",
     "Nadia Haddad", ["TUN ELI"]),
    # a serving one keeps the office's sector
    ("Mamadou Diallo, an army general, told reporters in Mali that he would return.",
     "Mamadou Diallo", ["MLI MIL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), FORMER_OFFICES)
def test_a_former_office_holder_is_an_elite(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected




KIN = [
    ("Nadia Haddad, the wife of a Lebanese minister, opened the school in Beirut.",
     "Nadia Haddad"),
    ("Hassan Diab, the brother of a Lebanese minister, was detained.", "Hassan Diab"),
]


@pytest.mark.parametrize(("text", "wanted"), KIN)
def test_kinship_with_an_office_holder_is_no_office(nlp_pipeline, text, wanted):
    assert _codes(nlp_pipeline, text, wanted) == []


def test_a_person_introduced_by_a_role_keeps_it_under_the_surname(nlp_pipeline):
    text = ("Mamadou Diallo, a rebel commander, told reporters in Mali that his men would "
            "fight on. Diallo later denied it.")
    assert _codes(nlp_pipeline, text, "Diallo", match="exact") == ["MLI REB"]


LEFT_OPEN = [
    # whose spokesman, the text did not resolve
    ('"We will fight," said Hassan Ali, a spokesman for the Islamist group in Somalia.',
     "Hassan Ali"),
    # a state after "for" is what the role is about, not whom it serves
    ("Anna Kovacs, the deputy special envoy for Venezuela, met officials in Bogota.",
     "Anna Kovacs"),
]


@pytest.mark.parametrize(("text", "wanted"), LEFT_OPEN)
def test_a_role_whose_body_the_text_does_not_give_is_left_open(nlp_pipeline, text, wanted):
    assert _codes(nlp_pipeline, text, wanted) == []


FOLLOWERS = [
    ("President Luis Arce spoke in Bolivia on Monday. Arce's government rejected the claims.",
     "Arce's government", ["BOL GOV"]),
    ("General Abakar Mahamat spoke in Chad. Forces loyal to Mahamat shelled the town.",
     "Forces", ["TCD MIL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), FOLLOWERS)
def test_a_body_of_a_person_named_earlier_is_of_their_country(nlp_pipeline, text, wanted,
                                                              expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


OWNER_OVER_SENTENCE_STATE = [
    # whose body it is outranks the one state its own sentence names
    (("President Luis Arce spoke in La Paz. Arce's government ordered troops to the border "
      "with Chile."), "Arce's government", ["BOL GOV"]),
    (("President Tomas Varela spoke in Caracas on Monday. Varela's administration sent "
      "soldiers to the border with Colombia."), "Varela's administration", ["VEN GOV"]),
    ("General Kofi Asante spoke in Accra. Forces loyal to Asante crossed into Togo.",
     "Forces", ["GHA MIL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), OWNER_OVER_SENTENCE_STATE)
def test_a_known_owner_outranks_the_sentences_only_state(nlp_pipeline, text, wanted,
                                                         expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_the_troops_of_a_sentence_with_two_states_are_not_the_other_states(nlp_pipeline):
    """Bolivia's government and Chile's border: the troops the government orders are its
    own (tests/test_actors_leaders_forces.py), not the other state the sentence names."""
    text = ("President Luis Arce spoke in La Paz. Arce's government ordered troops to the "
            "border with Chile.")
    assert _codes(nlp_pipeline, text, "troops", match="exact") == ["BOL MIL"]


def test_a_possessor_the_document_never_introduced_owns_nothing(nlp_pipeline):
    text = ("President Luis Arce spoke in La Paz. Quispe's government ordered troops to the "
            "border with Chile.")
    body = find_mention(analyse(nlp_pipeline, text), "Quispe", match="closest")
    assert not any("named earlier" in a.reason or a.country == "BOL" for a in body.actors)


PASSAGE_STATE = [
    # an office holder in a sentence naming no state: the state the passage named before
    ("Floods hit Kenya on Monday. Interior Minister Samuel Otieno said 40 people died.",
     "Interior Minister Samuel Otieno", ["KEN GOV"]),
    ("Fighting resumed in Mali. Colonel Ibrahim Sanogo said his men held the town.",
     "Colonel Ibrahim Sanogo", ["MLI MIL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), PASSAGE_STATE)
def test_an_office_holder_takes_the_state_the_passage_named(nlp_pipeline, text, wanted,
                                                            expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_a_passage_naming_two_states_gives_no_country(nlp_pipeline):
    text = ("Kenya and Uganda signed a trade deal on Monday. Interior Minister Samuel Otieno "
            "said 40 people died.")
    assert _codes(nlp_pipeline, text, "Interior Minister Samuel Otieno") == []


SECTOR_WORD_BEFORE_TITLE = [
    ("Rebel commander Mamadou Diallo told reporters in Mali that his men would fight on.",
     "Mamadou Diallo", ["MLI REB"]),
    ("Police arrested rebel leader Jean Kabila near Goma in Congo.", "Jean Kabila",
     ["COD REB"]),
    ("Union leader Joseph Mensah called a nationwide strike in Ghana.", "Joseph Mensah",
     ["GHA LAB"]),
    ("Fighters loyal to warlord Mohamed Dheere seized the airport in Somalia.",
     "Mohamed Dheere", ["SOM REB"]),
    # a plain title keeps its own sector
    ("Army spokesman Colonel Ali Hassan said troops shelled the town in Sudan.",
     "Ali Hassan", ["SDN MIL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), SECTOR_WORD_BEFORE_TITLE)
def test_a_sector_word_before_a_title_says_whose_title(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


BODIES = [
    ("The Tanzanian opposition CUF party boycotted the vote.", "Tanzanian opposition CUF party",
     ["TZA OPP"]),
    ("Ethiopian federal police arrested opposition politician Jawar Abdi.", "Jawar Abdi",
     ["ETH OPP"]),
    ("The Malian junta dissolved all political parties.", "Malian junta", ["MLI MIL"]),
    ("The Ethiopian Electoral Board postponed the vote.", "Ethiopian Electoral Board",
     ["ETH GOV"]),
    # "union" alone is no labour cue: the European Union keeps its own code
    ("European Union leaders met in Brussels on Friday.", "European Union leaders",
     ["EU IGO"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), BODIES)
def test_words_of_a_body_set_its_sector(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


NAMED_AFTER_TYPE = [
    ("The Zambian charity Hope Trust said food was running out.", "Hope Trust", ["ZMB NGO"]),
    ("Members of the Congolese militia Mai-Mai attacked the village.", "Mai-Mai", ["COD REB"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), NAMED_AFTER_TYPE)
def test_a_body_named_after_its_type_is_of_that_type(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_a_place_named_after_its_type_is_no_body_of_that_type(nlp_pipeline):
    analysis = analyse(nlp_pipeline, "The Afghan capital Kabul was quiet on Friday.")
    kabul = find_mention(analysis, "Kabul")
    assert [a.country for a in kabul.actors] == ["AFG"]
    assert not any("type" in a.reason for a in kabul.actors)


def test_none_of_these_people_is_in_the_knowledge_base():
    named = {"Ahmed Warsame", "Grace Achieng", "Tendai Moyo", "Mamadou Diallo", "Nadia Haddad",
             "Jean Kabila", "Joseph Mensah", "Mohamed Dheere", "Ali Hassan", "Kifaya",
             "Jawar Abdi", "Hope Trust", "Mai-Mai", "Hassan Ali", "Luis Arce", "Abakar Mahamat",
             "Samuel Banda", "Mary Wanjiru", "Hassan Diab", "Samuel Otieno", "Ibrahim Sanogo",
             "Anna Kovacs", "Tomas Varela", "Kofi Asante", "Quispe"}
    assert not [n for n in named if load_kb().lookup_name(n)]
