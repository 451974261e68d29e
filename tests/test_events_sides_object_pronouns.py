"""An object "them" is never a subject of its own chain of verbs, nor, after a reported
clause, the teller's: "officers said militias raided X, and vowed to crush THEM" does not
threaten the officers; nor is an object "it" its clause's subject. What is joined to a
reported clause may be the teller's own next act ("found that the general had ordered
the killings and SENTENCED HIM"), or saying ("said 23 soldiers were killed and CLAIMED
to have killed 200"). "They" may be a group a "by" names; "them" the states listed
before it. Sides are written "TYPE SOURCES>TARGETS" with country codes. The sentences
are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "teller"), [
    ("Chadian army officers said Sudanese militias raided Adre, and vowed to crush them.", "TCD"),
    ("Kenyan police officers said Somali gunmen raided Mandera, and vowed to punish them.", "KEN"),
])
def test_the_teller_is_not_the_object_of_its_own_threat(nlp_pipeline, text: str, teller: str):
    threats = sides(nlp_pipeline, text, {"THREATEN"})
    assert not any(teller in code.split(">")[1] for code in threats), threats


def test_them_after_a_chain_of_verbs_is_the_group_acted_on(nlp_pipeline):
    text = "Chadian soldiers met Sudanese refugees in Adre and promised to protect them."
    assert sides(nlp_pipeline, text, {"AGREE"}) == ["AGREE TCD>SDN"]


@pytest.mark.parametrize(("text", "wanted"), [
    # the object "it" is the town, not the RSF that seized it
    (("Sudan's army retook Wad Madani from the Rapid Support Forces a year after the RSF "
     "seized it."), "COERCE SDN>"),
])
def test_an_object_it_is_never_the_subject_of_its_own_clause(nlp_pipeline, text, wanted):
    seized = sides(nlp_pipeline, text, triggers={"seized"})
    assert all(s.startswith(wanted) and "SDN" not in s.split(">")[1] for s in seized), seized


@pytest.mark.parametrize(("text", "wanted"), [
    (("The United States determined that the RSF commander had committed genocide in Darfur "
     "and imposed sanctions on him."), "SANCTION USA>"),
    ("Britain concluded that the militia had shelled the camps and sanctioned its commanders.",
     "SANCTION GBR>"),
])
def test_an_act_joined_to_a_reported_past_perfect_that_points_back_is_the_tellers(
        nlp_pipeline, text, wanted):
    assert [s[:len(wanted)] for s in sides(nlp_pipeline, text, {"SANCTION"})] == [wanted]


def test_the_tellers_own_act_is_told_as_done_not_reported(nlp_pipeline):
    from event_fixtures import coded
    text = ("The court found that the general had ordered the killings and sentenced him "
            "to life in prison.")
    event = coded(nlp_pipeline, text, "sentenced")
    assert event.certainty == "asserted" and [a.sector for a in event.source] == ["JUD"]


@pytest.mark.parametrize("text", [
    # "it" is the town, which the clause names nearer
    "Officials said the militia had surrounded the town and shelled it.",
    # "it" cannot be the rebels
    "Officials said the rebels had surrounded the town and shelled it.",
])
def test_a_pronoun_that_need_not_be_the_reported_subject_leaves_the_act_theirs(
        nlp_pipeline, text):
    from event_fixtures import analyse
    attacks = [e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT"]
    assert attacks and all([a.sector for a in e.source] == ["REB"] for e in attacks)


def test_they_may_be_the_group_a_by_names_where_no_subject_is_a_group(nlp_pipeline):
    text = ("The move is the latest in a series of steps by Niger's rulers to distance "
            "themselves from the West. They expelled the French ambassador in 2023.")
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION NER>FRA"]


def test_they_is_first_the_subject_before_a_doer_by(nlp_pipeline):
    text = ("Kenyan protesters were dispersed by police in Nairobi. They threw stones at "
            "the Ugandan embassy.")
    from event_fixtures import coded
    assert [a.sector for a in coded(nlp_pipeline, text, "threw").source] == ["CVL"]


def test_a_saying_joined_to_what_another_saying_reports_is_the_tellers(nlp_pipeline):
    text = ("Pakistan's military said 23 of its soldiers were killed and claimed to have "
            "killed more than 200 Taliban fighters.")
    from event_fixtures import analyse
    kills = [e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT"
             and "AFG" in [a.country for a in e.target]]
    assert [[(a.country, a.sector) for a in e.source] for e in kills] == [[("PAK", "MIL")]]


@pytest.mark.parametrize(("text", "wanted"), [
    (("Egypt has deepened its ties with Eritrea and Somalia, signing a security pact with "
     "them last year."), "AGREE EGY>ERI,SOM"),
    ("Washington kept tariffs on Mexico, Canada and China to pressure them to act.",
     "REQUEST USA>CAN,CHN,MEX"),
])
def test_an_object_them_may_be_the_states_listed_before_it(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {wanted.split()[0]}) == [wanted]


def test_they_from_a_sentence_before_is_not_a_list_of_bystanders(nlp_pipeline):
    text = ("Gunmen stormed a hotel in Beledweyne on Tuesday. A lawmaker said elders and "
            "government officials were meeting at the hotel. \"They attacked the hotel at "
            "dawn,\" he said.")
    from event_fixtures import analyse
    attacks = [e for e in analyse(nlp_pipeline, text).events if e.trigger == "attacked"]
    assert all("GOV" not in [a.sector for a in e.source] for e in attacks)


@pytest.mark.parametrize("text", [
    ("Islamist militants killed at least 50 soldiers in an attack on an army base in northern "
    "Burkina Faso, security sources said on Monday."),
])
def test_a_clause_reported_first_parsed_as_a_subject_of_the_saying_is_told_by_its_teller(
        nlp_pipeline, text):
    from event_fixtures import coded
    event = coded(nlp_pipeline, text, "killed")
    assert [a.sector for a in event.source] == ["REB"] and event.certainty == "reported"
    assert event.attributed_to is not None and event.attributed_to.text == "security sources"


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    # the pronoun may be the teller ("its power grid": Ukraine's)
    ("Ukraine said Russia had fired dozens of missiles overnight and attacked its power grid.",
     "fired", "RUS"),
    # a possessive is the subject's own ("HIS fighters")
    (("Prosecutors said the militia leader had ordered the massacre and sent his fighters to "
     "loot the town."), "sent", "REB"),
    # "him" is the guard, the clause's own object
    ("Police said the gunman had shot a guard and wounded him.", "shot", "UAF"),
    # a saying joined to an active reported clause is its subject's
    ("Officials said the rebels had attacked the convoy and warned of more attacks.",
     "warned", "REB"),
])
def test_what_is_joined_to_a_reported_clause_stays_its_subjects_unless_it_cannot_be(
        nlp_pipeline, text, trigger, doer):
    from event_fixtures import coded
    source = coded(nlp_pipeline, text, trigger).source
    assert {a.country for a in source} | {a.sector for a in source} >= {doer}, source


def test_they_after_a_passive_agent_is_not_the_agent(nlp_pipeline):
    text = ("Hundreds of homes were torched by RSF fighters in El Geneina on Tuesday. They "
            "appealed to the United Nations for help.")
    from event_fixtures import analyse
    appeals = [e for e in analyse(nlp_pipeline, text).events if e.trigger == "appealed"]
    assert appeals and all("REB" not in [a.sector for a in e.source] for e in appeals)
