"""Who holds, who is held: the sides of acts done to people in someone's hands.

- a call for a release or a return is aimed at whoever holds the captives, never at the
  captives themselves (a "by" agent or whose custody they are in); with no holder named
  the target stays empty ("called for the release of the journalist", "asked for the
  return of its nationals");
- a demand that someone "be freed" asks whoever is to free them (the passive's agent),
  not the one to be freed;
- one who "remains in detention" or "died in detention" is held, not holding;
- one harmed "in a clash WITH X" was harmed by X;
- a gerund of time or cause on a passive ("was freed AFTER APOLOGIZING to ...") is done
  by the passive's subject;
- where people are deported TO is where they go, not whom the act is aimed at;
- one punished "for the murder OF policemen" is punished for harm done to them: the
  victims are no target of the punishment; one "arrested and sentenced" is the theme of
  both participles;
- where a protest is held is no one it addresses: with no one named, it addresses the
  protesters' own state (places never act, nor are they addressed).

Each case is a sentence of our own and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes ("?" for an actor with none).
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model

RELEASES = [
    # fires: the captives are not whom the call is aimed at, and no holder is named
    ("Germany called for the release of the Turkish journalist.", {"REQUEST"}, ["REQUEST DEU>"]),
    ("Japan asked for the return of 17 Japanese nationals.", {"REQUEST"}, ["REQUEST JPN>"]),
    # must not: a holder the phrase names is the target
    ("Armenia called for the release of prisoners held by Azerbaijan.", {"REQUEST"},
     ["REQUEST ARM>AZE"]),
    # fires: whose custody they are in holds them
    ("Kenya demanded the release of the eight men in Thailand's custody.", {"REQUEST"},
     ["REQUEST KEN>THA"]),
    ("Britain called for the release of two aid workers held in Iranian custody.",
     {"REQUEST"}, ["REQUEST GBR>IRN"]),
]

PASSIVE_DEMANDS = [
    # fires: the one to be freed is not asked
    ("Germany demanded that the Turkish journalist be freed.", {"REQUEST"}, ["REQUEST DEU>"]),
    ("Canada demanded that the Canadian businessmen be released by Chinese authorities.",
     {"REQUEST"}, ["REQUEST CAN>CHN"]),
    # must not: an active clause's subject is asked
    ("Kenya demanded that Somalia withdraw its troops.", {"REQUEST"}, ["REQUEST KEN>SOM"]),
]

HELD = [
    # fires: the subject of a verb of staying is held
    ("The Turkish journalist remains in detention.", {"COERCE"}, ["COERCE >TUR"]),
    ("Two Iranian activists died in detention.", {"COERCE"}, ["COERCE >IRN"]),
    # must not: taking part in an act is doing it
    ("Nigerian rebels took part in the abduction of the students.", {"ASSAULT"},
     ["ASSAULT NGA>NGA"]),
]

FOES = [
    # fires: the other side of the fight did the harm
    ("Two Kenyan police officers were killed in a clash with Somali militants.", {"ASSAULT"},
     ["ASSAULT SOM>KEN"]),
    ("Three Indian soldiers were wounded during a gunfight with Pakistani troops.",
     {"ASSAULT"}, ["ASSAULT PAK>IND"]),
    # must not: a fight with no one named leaves the doer unknown
    ("Three Indian soldiers were killed in fighting in Kashmir.", {"ASSAULT"}, ["ASSAULT >IND"]),
]

GERUNDS_ON_PASSIVES = [
    # fires: the one freed or arrested did what the gerund tells
    ("The Turkish journalist was freed after apologizing to the Greek government.",
     {"CONCEDE"}, ["CONCEDE TUR>GRC"]),
    ("The Iranian activist was arrested while protesting against the government.",
     {"PROTEST"}, ["PROTEST IRN>IRN"]),
    # must not: a participle of result keeps the passive's agent
    ("Ukrainian towns were shelled by Russia, killing 12 civilians.", {"ASSAULT"},
     ["ASSAULT RUS>UKR"]),
]

DEPORTED = [
    # fires: the destination is no target; the people deported are
    ("Malaysia deported 20 Afghan refugees to Turkey.", {"COERCE"}, ["COERCE MYS>AFG"]),
    ("Hungary expelled the Syrian migrants into Serbia.", {"COERCE"}, ["COERCE HUN>SYR"]),
    # must not: troops sent somewhere are aimed at it
    ("Russia sent troops to Belarus.", {"MOBILIZE"}, ["MOBILIZE RUS>BLR"]),
]

CRIMES = [
    # fires: the victims of the crime are not punished
    (("A Kenyan court sentenced the man to death for the killing of two Ugandan police "
      "officers."), {"SANCTION"}, ["SANCTION KEN>"]),
    ("A Kenyan court jailed the man for the murder of two Ugandan police officers.",
     {"COERCE"}, ["COERCE KEN>"]),
    # fires: the sentenced one is the theme shared with the arrest
    (("A Nigerian trader was arrested and sentenced for the murder of two Ghanaian police "
      "officers."), {"SANCTION"}, ["SANCTION >NGA"]),
    # must not: the one punished, named as the object, stays the target
    ("A Kenyan court punished the Ugandan rebels for the killing of civilians.", {"SANCTION"},
     ["SANCTION KEN>UGA"]),
]

PROTEST_PLACES = [
    # fires: the city abroad is where they march, their own state is addressed
    ("Iranian exiles marched in London on Sunday.", {"PROTEST"}, ["PROTEST IRN>IRN"]),
    ("Hundreds of Ethiopians rallied in Washington on Saturday.", {"PROTEST"},
     ["PROTEST ETH>ETH"]),
    # must not: a place attacked stands for its country
    ("Russian troops shelled positions in Kharkiv.", {"ASSAULT"}, ["ASSAULT RUS>UKR"]),
]


@pytest.mark.parametrize(("text", "types", "expected"),
                         RELEASES + PASSIVE_DEMANDS + HELD + FOES + GERUNDS_ON_PASSIVES + DEPORTED
                         + CRIMES + PROTEST_PLACES)
def test_the_holder_and_the_held_take_their_own_sides(nlp_pipeline, text: str, types: set[str],
                                                      expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
