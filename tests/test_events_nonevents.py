"""What names an act without telling one: a trigger word in another sense, the press asked
for comment, a purpose, a need, a deadline, a law's provision, a question, a fear, a
counterfactual, an accident or animals. Each kind has cases where no event is coded and a
case, as like it as can be, where the act is told and stays.

Each case is a sentence and the events of the given trigger words, written "TYPE
SOURCES>TARGETS" with country codes. The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides, trigger_types

# a trigger word in another sense, and talking to the press (data/lexicon.yaml)
WORD_SENSES = [
    ("The Kremlin talks about the prospect of new trade with Japan.", {"talks"}, []),
    ("Putin talked with Erdogan in Sochi.", {"talked"}, ["CONSULT RUS>TUR"]),
    ("Lavrov talked about the war with Blinken.", {"talked"}, ["CONSULT RUS>"]),
    ("Colombian President Barco and the M-19 rebels talked about the peace process.",
     {"talked"}, ["CONSULT COL>"]),
    ("Kenya's foreign ministry declined to comment.", {"declined"}, []),
    ("Kenya's foreign ministry refused to comment on the dispute with Somalia.", {"refused"},
     []),
    ("Kenya refused to withdraw its troops from Somalia.", {"refused"}, ["REJECT KEN>SOM"]),
    ("Both governments ignored requests for comment from Reuters.", {"ignored", "requests"},
     []),
    ("Kenya ignored Somalia's demands.", {"ignored"}, ["REJECT KEN>SOM"]),
    ("Egypt is meeting the challenge of rising prices.", {"meeting"}, []),
    ("Egypt's foreign minister met Sudan's foreign minister in Cairo.", {"met"},
     ["CONSULT EGY>SDN"]),
    ("Moscow offered no evidence for the claim.", {"offered"}, []),
    ("Moscow offered to mediate between Armenia and Azerbaijan.", {"offered"},
     ["AGREE RUS>ARM,AZE"]),
    ("The Serbian president captured the mood of voters.", {"captured"}, []),
    ("Serbian police captured the Kosovar gunmen.", {"captured"}, ["COERCE SRB>XKX"]),
    ("In recognition of World Refugee Day, Kenya opened a new school.", {"recognition"}, []),
    ("Serbia's recognition of Kosovo surprised Russia.", {"recognition"}, ["SUPPORT SRB>XKX"]),
    ("Putin's hostility towards the West has not changed.", {"hostility"}, []),
    ("Algeria is facing a new threat from militants in Mali.", {"threat"}, []),
    ("Iran said Israel is a threat to the region.", {"threat"}, []),
    ("Russia issued a threat to Ukraine.", {"threat"}, ["THREATEN RUS>UKR"]),
    ("Students closed the campus in view of the death threats by Colombian paramilitaries.",
     {"threats"}, ["THREATEN COL>"]),
    ("Thousands of Sudanese refugees arrived in Chad last week.", {"arrived"}, []),
    ("The French foreign minister arrived in Beirut on Monday.", {"arrived"}, ["CONSULT FRA>LBN"]),
    ("Russian troops arrived in Belarus for joint exercises.", {"arrived"}, []),
    ("We started a tax war, not a price war, the Chilean minister said.", {"war"}, []),
    (("China insists it is committed to peace and respect for the sovereignty of other "
     "nations."), {"committed"}, []),
    ("Iran stopped honouring its commitments under the 2015 nuclear deal.", {"deal"}, []),
    ("The Kenyan foreign minister agreed with the officials' concerns.", {"agreed"}, []),
    ("Kenya agreed with Somalia's proposal.", {"agreed"}, ["SUPPORT KEN>SOM"]),
    ("The Zimbabwean mayor cautioned that the ban should not burden the city.", {"cautioned"},
     []),
    ("Russia cautioned Finland against joining NATO.", {"cautioned"}, ["THREATEN RUS>FIN"]),
    ("The agreement could threaten the security of the U.S. base on the islands.",
     {"threaten"}, []),
    ("Climate change threatens Bangladesh.", {"threatens"}, []),
    ("Russia threatened to cut gas supplies to Moldova.", {"threatened"},
     ["THREATEN RUS>MDA"]),
    # an interview: one side of the meeting is the press
    ("The Russian ambassador spoke with CNN on Monday.", {"spoke"}, []),
    ("The Russian ambassador spoke with the Turkish foreign minister on Monday.", {"spoke"},
     ["CONSULT RUS>TUR"]),
]

# clauses that name an act without telling it (belli.events.nonevents)
UNTOLD = [
    # what a thing is for
    ("A Russian drone used to strike Ukrainian ships was found in Romania.", {"strike"}, []),
    ("Trump said the tariffs are aimed at pressuring Chinese firms to move to the U.S.",
     {"pressuring"}, []),
    ("Russian troops used to attack the Ukrainian village every week.", {"attack"},
     ["ASSAULT RUS>UKR"]),
    ("Russia has used Iranian drones to attack Kyiv.", {"attack"}, ["ASSAULT RUS>UKR"]),
    ("Iranian drones were used to attack Kyiv on Monday.", {"attack"}, ["ASSAULT IRN>UKR"]),
    # what is needed or possible
    ("Help from Brussels is essential for Belgrade to negotiate with Pristina.",
     {"negotiate"}, []),
    ("It is necessary for India to help Mauritius.", {"help"}, []),
    ("Kyiv negotiated with Moscow in Istanbul.", {"negotiated"}, ["CONSULT UKR>RUS"]),
    # time left to act
    ("Serbia has until Friday to withdraw its troops from Kosovo.", {"withdraw"}, []),
    ("Serbia has 14 days to withdraw its troops from Kosovo.", {"withdraw"}, []),
    ("Serbia withdrew its troops from Kosovo on Friday.", {"withdrew"}, ["RETREAT SRB>XKX"]),
    # what did not happen; a condition still open is hypothetical and coded
    ("If NATO had sent troops to Ukraine, Russia would never have invaded.", {"sent"}, []),
    ("If Iran attacks Israel, the United States will respond.", {"attacks"},
     ["ASSAULT IRN>ISR"]),
    # a kind of act, named by a gerund subject
    ("Sending troops to Niger does not solve the crisis, the French minister said.",
     {"Sending"}, []),
    ("France began sending troops to Niger.", {"sending"}, ["MOBILIZE FRA>NER"]),
    # a kind of thing, named by a hyphened participle
    ("The militants oppose the China-funded port in Gwadar.", {"funded"}, []),
    ("Iran-backed militias attacked a U.S. base in Syria.", {"backed"}, []),
    ("The port was funded by China.", {"funded"}, ["AID CHN>"]),
    # what a law provides; a state that allows acts
    ("The new Sudanese law allows the government to seize the party's assets.",
     {"allows", "seize"}, []),
    ("Zimbabwe's constitution guarantees the right to free speech.", {"guarantees"}, []),
    ("Russia allowed Ukraine to evacuate the wounded.", {"allowed"}, ["CONCEDE RUS>UKR"]),
    # a question put, not an act asked for
    ("The Hong Kong prosecutor asked the defendant if he agreed with the charges.",
     {"asked", "agreed"}, []),
    ("Asked about the raid, the Russian defense minister said troops acted lawfully.",
     {"Asked"}, []),
    ("Iran asked the UN if it could send observers.", {"asked"}, ["REQUEST IRN>UN"]),
    # a participle clause is passive: the clause's subject is whom it is done to
    ("Urged by Washington, Kyiv agreed to talks.", {"Urged"}, ["REQUEST USA>UKR"]),
    # what a fear says may come; a past act a concern charges is told
    ("Laos refused the request for fear that Vietnam might retaliate.", {"retaliate"}, []),
    ("Lawyers voiced worries that India's new statute will help Delhi extend control.",
     {"help", "control"}, []),
    ("Washington raised fears that Russia might attack Moldova.", {"attack"}, []),
    ("Kyiv voiced concern that Russian troops had killed civilians.", {"killed"},
     ["ASSAULT RUS>?"]),
    # harm done by an accident, a disaster or to animals
    ("Five Afghan soldiers were killed in the crash.", {"killed"}, []),
    ("Collapsing buildings injured 15 people in Mozambique.", {"injured"}, []),
    ("Taliban fighters killed five Afghan soldiers in the crash.", {"killed"},
     ["ASSAULT AFG>AFG"]),
    ("Five Nigerian soldiers were killed in the building by Boko Haram gunmen.", {"killed"},
     ["ASSAULT NGA>NGA"]),
    ("Five Nigerian soldiers were killed in the building.", {"killed"}, ["ASSAULT >NGA"]),
    ("Thousands of dogs are slaughtered every month in Indonesia.", {"slaughtered"}, []),
    ("Poachers killed three elephants in Kenya.", {"killed"}, []),
    ("Poachers killed three Kenyan rangers.", {"killed"}, ["ASSAULT >KEN"]),
    ("A cyclone killed ten Mozambican fishermen.", {"killed"}, []),
    ("Elephants trampled two Kenyan farmers.", {"trampled"}, []),
    # a group named after animals or storms means its attacks; an animal's name in the
    # sentence is a name, and attacking is meant
    ("The Grey Wolves attacked Kurdish protesters in Ankara.", {"attacked"}, None),
    ("Tornado Brigade fighters attacked Syrian army posts.", {"attacked"}, None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), WORD_SENSES + UNTOLD)
def test_an_act_only_named_is_not_coded(nlp_pipeline, text: str, triggers: set[str],
                                        expected: list[str] | None) -> None:
    found = sides(nlp_pipeline, text, triggers=triggers)
    if expected is None:  # coded, whoever the sides are
        assert [s.split()[0] for s in found] == ["ASSAULT"]
    else:
        assert found == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "expected"), [
    # a forecast, where no one expects; someone expecting asks
    ("Hanoi is expected to harden its stance toward Beijing.", "expected", None),
    ("Washington expects Moscow to withdraw its troops.", "expects", "REQUEST"),
    # a hunting concession, or one hunted in, is a lease of land
    ("Hunters will not come to Botswana to hunt in community concessions.", "concessions",
     None),
    ("Zambia's hunting concessions were leased to foreign firms.", "concessions", None),
    ("The Malian junta made concessions to the rebels.", "concessions", "CONCEDE"),
])
def test_the_word_codes_in_its_sense(nlp_pipeline, text: str, word: str,
                                     expected: str | None) -> None:
    assert trigger_types(nlp_pipeline, text).get(word) == expected


@pytest.mark.model
def test_a_participle_the_parser_reads_as_a_subject_still_tells_its_act(nlp_pipeline) -> None:
    # "charging" after the comma is a participle, though the parser may make it the
    # subject of "was": the accusation is told, whoever it names
    text = ("Serbia lodged a protest with Albania, charging its neighbour with arming rebels "
            "in what it said was a plot.")
    assert [s.split()[0] for s in sides(nlp_pipeline, text, triggers={"charging"})] == ["ACCUSE"]
