"""Who is the source and who the target of a coded event, where the parse hides them.

Each case is a sentence and the events of the types named it must code, written "TYPE
SOURCES>TARGETS" with country codes (sorted, comma-separated; a side may be empty). The sentences are
our own, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


SIDES = [
    # a thing hit stands for the people it serves or carries
    ("Sudanese gunmen shelled a clinic for Chadian refugees.", ["ASSAULT SDN>TCD"]),
    ("Taliban insurgents ambushed a bus carrying Pakistani soldiers.", ["ASSAULT AFG>PAK"]),
    # a relative is no thing: the son of a minister is no minister
    ("Gunmen kidnapped the son of a Nigerian minister.", ["ASSAULT NGA>"]),
    # a passive that states what its subject does: the subject acts
    ("Ethiopian troops were engaged in raids on Eritrean villagers.", ["ASSAULT ETH>ERI"]),
    # a stance the act is taken in names whom it is aimed at
    ("Farmers blocked roads in Nairobi in defiance of Ugandan officials.", ["PROTEST KEN>UGA"]),
    # ... unless the act names where it struck
    ("Iran fired missiles at a base in Iraq in retaliation for Israeli air strikes.",
     ["ASSAULT IRN>IRQ", "ASSAULT ISR>IRQ"]),
    # what forces are mobilized for is aimed at someone
    ("Venezuela mobilized militia units for a war against Guyana.", ["MOBILIZE VEN>GUY"]),
    # a promise's act serves another act, whose object is the target
    ("Japan has offered to ship radar equipment to help protect the Philippines.",
     ["AGREE JPN>PHL"]),
    # a reporting clause after a comma is not what was demanded
    (("The African Union demanded the withdrawal of Rwandan troops from Congo, diplomats "
      "quoted a communique as saying."), ["REQUEST AU>RWA"]),
    # a preposition whose object the parser made the subject of the clause after it
    ("Brazil granted asylum to two Venezuelan judges staying in its embassy.",
     ["AID BRA>VEN"]),
    # a thing placed in a country acts on it; a deal signed in a city does not
    ("Kenya opened an embassy in Hanoi.", ["SUPPORT KEN>VNM"]),
    ("Israel will evacuate its settlements in the Gaza Strip.", ["AGREE ISR>PSE"]),
    ("Armenia and Azerbaijan signed an agreement in Moscow.", ["AGREE ARM,AZE>"]),
    # an errand acts where its doers are sent
    ("The United Nations sent experts to Syria to investigate the killings.",
     ["ACCUSE UN>SYR"]),
    # martial law or a curfew announced with no one named falls on the state's own people
    ("Thailand's government will impose a curfew.", ["THREATEN THA>THA"]),
    ("Nepal's cabinet warned it could impose martial law within days.", ["THREATEN NPL>NPL"]),
    # words are no thing that holds people: a call is not aimed at those it calls for
    ("The United Nations rejected a demand for its troops to be sent to Kosovo.",
     ["REJECT UN>"]),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_are_read_through_the_parse(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == sorted(expected)


ACTORS = [
    # the possessor of a noun governing an infinitive does the act
    ("Russia's failure to convince Armenia to comply angered Baku.", ["REQUEST RUS>ARM"]),
    # a predicate noun stands for the copula's subject
    ("Canberra was the first capital to recognise Timor-Leste.", ["SUPPORT AUS>TLS"]),
    # "by" on the noun of amount that counts the event noun
    ("Ghana has suffered a series of abductions of farmers by armed gangs.",
     ["ASSAULT GHA>GHA"]),
    # an unnamed group placed by a word of its own, or owned through "whose"
    ("Niamey blamed the ambush on jihadists present on Malian soil.", ["ACCUSE NER>MLI"]),
    ("Pakistan, whose navy is buying Turkish-made frigates, signed the deal.",
     ["AID TUR>PAK"]),
    # "his" is the person last named as a subject, not the last person named
    ("Aliyev spoke to Putin and Erdogan. He said his troops had captured the town.",
     ["ASSAULT AZE>"]),
    # a group placed in several countries is an actor in each
    ("Lavrov, Russia's foreign minister, telephoned his counterparts in Paris and Berlin.",
     ["CONSULT RUS>DEU,FRA"]),
    # whose land what is asked for would cross
    ("Turkey has pressed for a railway across Georgia's southern province.",
     ["REQUEST TUR>GEO"]),
]


@pytest.mark.parametrize(("text", "expected"), ACTORS)
def test_actors_are_found_behind_possessors_amounts_and_relatives(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == sorted(expected)


def test_a_group_that_refers_to_itself_names_no_one_and_does_not_loop(nlp_pipeline):
    # "their" inside the very subject it would refer back to
    codes = sides(nlp_pipeline, "Dozens of their fighters were killed, the rebels said.",
                  {"ASSAULT"})
    assert len(codes) == 1
