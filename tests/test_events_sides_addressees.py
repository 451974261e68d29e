"""Whom words and pronouns are aimed at across a story: a demand to stop the fighting is
aimed at the sides that fight, "them" as an object is never its own clause's subject, and
"the council" is the council named before, and an attack that inflicted losses on someone
is aimed at them. Each case is our own sentence and the events
of the types named it must code, written "TYPE SOURCES>TARGETS" with country codes."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


SIDES = [
    # a demand for an end to the fighting, naming no one, is aimed at those who fight
    (("Sudan's army has fought the Rapid Support Forces since April. The militia attacked "
      "a hospital. UNICEF demanded an end to the hostilities."), {"demanded"},
     ["REQUEST UNICEF>SDN"]),
    # one of the sides asks it of the other
    ("Russian troops shelled Kharkiv on Monday. Ukraine called for an end to the war.",
     {"called"}, ["REQUEST UKR>RUS"]),
    # an end to something that is no fighting is no demand of the warring sides
    ("Russian troops shelled Kharkiv on Monday. China called for an end to the sanctions.",
     {"called"}, ["REQUEST CHN>"]),
    # "both sides", "the warring parties" asked to act are the sides that fight
    (("Sudan's army has fought the Rapid Support Forces since April. Egypt urged both "
      "sides to show restraint."), {"urged"}, ["REQUEST EGY>SDN"]),
    (("Sudan's army has fought the Rapid Support Forces since April. The militia attacked "
      "a hospital. Kenya urged the warring parties to let aid through."), {"urged"},
     ["REQUEST KEN>SDN"]),
    # the sides of a river are no sides of a war
    (("Sudan's army has fought the Rapid Support Forces since April. Egypt urged both "
      "sides of the river to save water."), {"urged"}, ["REQUEST EGY>"]),
    # "them" as an object: the plural phrase before it, not the clause's own subject
    ("Police arrested dozens of opposition supporters in Minsk and beat them with batons.",
     {"beat"}, ["ASSAULT BLR>BLR"]),
    ("Turkish officials met Syrian rebel commanders and urged them to withdraw.",
     {"urged"}, ["REQUEST TUR>SYR"]),
    # "they" as a subject still refers back to the group that acted before
    ("Syrian rebels shelled the town. They later attacked a Turkish convoy.",
     {"attacked"}, ["ASSAULT SYR>TUR"]),
    # the harm an attack did, told in a participle, names whom it was done to
    ("Russian forces intensified attacks in the east, inflicting heavy losses on Ukrainian troops.",
     {"attacks"}, ["ASSAULT RUS>UKR"]),
    ("Ethiopian artillery struck overnight, causing heavy casualties among Eritrean soldiers.",
     {"struck"}, ["ASSAULT ETH>ERI"]),
    # what it caused that is no harm to anyone names no target
    ("Turkish troops launched an offensive, causing traffic jams to spread across the capital.",
     {"offensive"}, ["ASSAULT TUR>"]),
    # whoever said what an act answers is whom it is aimed at
    ("Serbia condemned the vote, reacting to a resolution by the European Parliament.",
     {"condemned"}, ["ACCUSE SRB>EU"]),
    ("Ankara criticised the decision, responding to a statement by the French foreign ministry.",
     {"criticised"}, ["ACCUSE TUR>FRA"]),
    # not whom one talks to while answering
    ("Kosovo condemned the plan, responding to reporters in Pristina.", {"condemned"},
     ["ACCUSE XKX>"]),
    # a bare "the council" is the council named before, so the request is aimed at it
    (("The UN Security Council met on Monday. Kenya urged the council to press the "
      "warring parties to stop fighting."), {"urged"}, ["REQUEST KEN>UN"]),
]


@pytest.mark.parametrize(("text", "triggers", "expected"), SIDES)
def test_sides_of_demands_and_words_that_refer_back(nlp_pipeline, text, triggers, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types, triggers) == sorted(expected)


THEM = [
    ("Police arrested dozens of opposition supporters in Minsk and beat them with batons.",
     "beat", [("BLR", "OPP")]),
    ("Turkish officials met Syrian rebel commanders and urged them to withdraw.",
     "urged", [("SYR", "REB")]),
    # the subject of another clause before it may be what "them" refers to
    ("Syrian rebels said Turkish troops attacked them.", "attacked", [("SYR", "REB")]),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), THEM)
def test_them_as_object_is_never_its_own_clauses_subject(nlp_pipeline, text, trigger, expected):
    them = [(a.country, a.sector) for e in analyse(nlp_pipeline, text).events
            if e.trigger == trigger for a in e.target if a.text == "them"]
    assert them == expected


FOREIGN = [
    # a group its own words call foreign is not of the country the sentence names
    ("The Taliban threatened to break their ceasefire with international forces.",
     "threatened", "international forces", None),
    ("Al-Shabab fighters ambushed foreign troops near Mogadishu on Sunday.",
     "ambushed", "foreign troops", None),
    # a group that names its own country keeps it
    ("Afghan soldiers ambushed Taliban fighters near Kandahar.", "ambushed", "Afghan soldiers",
     "AFG"),
]


@pytest.mark.parametrize(("text", "trigger", "group", "country"), FOREIGN)
def test_foreign_groups_do_not_take_the_sentences_country(nlp_pipeline, text, trigger, group,
                                                          country):
    actors = [a for e in analyse(nlp_pipeline, text).events if e.trigger == trigger
              for a in (*e.source, *e.target) if a.text == group]
    assert actors and {a.country for a in actors} == {country}

