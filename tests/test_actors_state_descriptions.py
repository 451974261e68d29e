"""A state described instead of named refers back to the state it fits: "the West African
nation", "the kingdom", "the Gulf state", "the Islamic Republic", "the North"; and "the
three Baltic states" are those three, named or not. End to end with the model; every
sentence is our own."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes, analyse

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    ("Mali expelled the French ambassador. The West African nation accused Paris of meddling.",
     "The West African nation", ["MLI GOV"]),
    ("Jordan shot down drones over its territory. The kingdom condemned the attack.",
     "The kingdom", ["JOR GOV"]),
    ("Qatar has mediated between Israel and Hamas. The Gulf state condemned the strike.",
     "The Gulf state", ["QAT GOV"]),
    ("Iran and Iraq signed a security pact. The Islamic Republic pledged to disarm the groups.",
     "The Islamic Republic", ["IRN GOV"]),
    ("Niger's junta expelled the envoy. The impoverished Sahel nation accused France of plotting.",
     "The impoverished Sahel nation", ["NER GOV"]),
    ("Sudan accused South Sudan of backing the rebels. The South denied the charge.",
     "The South", ["SSD GOV"]),
])
def test_a_state_described_by_its_region_or_kind_is_the_state_named_before_that_fits(
        nlp_pipeline, text: str, wanted: str, expected: list[str]):
    assert actor_codes(nlp_pipeline, text, wanted) == expected


def test_the_words_pass_over_a_nearer_state_they_do_not_fit(nlp_pipeline):
    text = ("Senegal's president met the French foreign minister in Dakar. "
            "The West African nation later asked Paris to close its bases.")
    assert actor_codes(nlp_pipeline, text, "The West African nation") == ["SEN GOV"]


def test_the_north_is_the_state_named_north_however_far_back(nlp_pipeline):
    text = ("North Korea held a party congress in January. Delegates praised the leader. "
            "The meeting lasted a week. Analysts expect more tests. "
            "On Sunday the North fired two cruise missiles, South Korea's military said.")
    assert actor_codes(nlp_pipeline, text, "the North") == ["PRK GOV"]


def test_a_state_named_as_a_place_counts_among_those_the_description_may_be(nlp_pipeline):
    # Mauritius, twice named (once as where Modi goes), over Britain, named once and nearer
    text = ("Modi will travel to Mauritius on Tuesday. Mauritius marks its independence "
            "from Britain that day. He will discuss defense ties with the island nation.")
    assert actor_codes(nlp_pipeline, text, "the island nation") == ["MUS GOV"]


@pytest.mark.parametrize(("text", "wanted"), [
    # words that set the state apart name another
    ("Rwanda accused Congo of backing the militia. The neighbouring country denied it.",
     "The neighbouring country"),
    ("Kenya sent police to Haiti. The other country has yet to send any.", "The other country"),
    # a part of a state, not the state
    ("Nigeria's police said gunmen attacked a village in the northern state of Borno.",
     "the northern state"),
    ("Mauritius leased the islands to Britain. The main island hosts the capital.",
     "The main island"),
    # a breakaway entity is no state named before
    ("Azerbaijan retook Nagorno-Karabakh. The self-declared republic will cease to exist.",
     "The self-declared republic"),
    # the words fit no state named before
    ("Kenya sent police to Haiti. The Gulf state pledged funds.", "The Gulf state"),
    # "the North" of a state whose name has no "North"
    ("Fighting spread in Nigeria. Gunmen attacked a market in the North, police said.",
     "the North"),
])
def test_descriptions_that_name_no_state_before_refer_back_to_none(
        nlp_pipeline, text: str, wanted: str):
    analysis = analyse(nlp_pipeline, text, "2019-03-01")
    found = [m for m in analysis.mentions if m.text == wanted and m.source == "coref"]
    assert found == []


@pytest.mark.parametrize("text", [
    "The Islamic State claimed the bombing. The Islamic State said its fighters were killed.",
    ("Fighting resumed in the Central African Republic, where the Central African Republic "
    "army lost a town."),
])
def test_a_name_is_no_description(nlp_pipeline, text: str):
    analysis = analyse(nlp_pipeline, text, "2019-03-01")
    assert not any(m.source == "coref" and m.label == "NP" for m in analysis.mentions)


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    ("Russia threatened the three Baltic states over their support for Ukraine.",
     "the three Baltic states", ["EST GOV", "LTU GOV", "LVA GOV"]),
    ("Brussels signed a partnership with the five Central Asian states.",
     "the five Central Asian states", ["KAZ GOV", "KGZ GOV", "TJK GOV", "TKM GOV", "UZB GOV"]),
])
def test_a_count_of_a_regions_states_that_is_all_of_them_names_them(
        nlp_pipeline, text, wanted, expected):
    assert sorted(actor_codes(nlp_pipeline, text, wanted)) == expected


def test_a_count_that_is_not_all_of_a_regions_states_names_none_of_them(nlp_pipeline):
    analysis = analyse(nlp_pipeline, "The two Gulf states pledged aid to Sudan.", "2019-03-01")
    assert not any(m.source == "coref" for m in analysis.mentions)


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    # the Islamic Republic is Iran, not any other state so named
    (("Iran launched strikes on militant bases in Pakistan. The Islamic Republic said it had "
     "hit Jaish al-Adl."), "The Islamic Republic", ["IRN GOV"]),
    # a state named by its office holder outranks a place visited
    (("Jordan's King Abdullah flew to London on Monday for talks. The kingdom has accused Syria "
     "of failing to stop drug smuggling."), "The kingdom", ["JOR GOV"]),
    (("Iran's foreign minister met his Pakistani counterpart in Islamabad. The Islamic Republic "
     "accused Pakistan of sheltering militants."), "The Islamic Republic", ["IRN GOV"]),
])
def test_a_place_visited_does_not_outrank_a_state_named_as_one(
        nlp_pipeline, text, wanted, expected):
    assert actor_codes(nlp_pipeline, text, wanted) == expected
