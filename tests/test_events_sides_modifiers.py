"""Sides read through the words around an actor's name: a reaction phrase is no target;
a capital before an act noun is its government; a count of states named before refers
back ("the three governments"); a group acted on is not its own actor; a place described
is no one; a neighbour's thing is not its owner's; where people acted on are from is not
who acts. Each case is a sentence and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import summary as _summary

from belli.records import Article

pytestmark = pytest.mark.model


def _codes(pipeline, text: str, types: set[str]) -> list[str]:
    events = pipeline.process(Article.from_text(text, published="2021-10-07")).events
    return sorted(_summary(e) for e in events if e.type in types)


SIDES = [
    # "to the dismay of X", "to X's anger" tells a reaction, not whom the act is aimed at
    ("Britain will send troops, to the dismay of Moscow, to Estonia.", ["MOBILIZE GBR>EST"]),
    ("Ankara sold drones to Kyiv, to Moscow's anger.", ["AID TUR>UKR"]),
    # a capital that modifies an act noun is the government acting
    ("Riyadh military backing of the Yemeni government has cost billions.", ["AID SAU>YEM"]),
    ("Tehran support to the Houthis grew.", ["SUPPORT IRN>YEM"]),
    # "the three governments", "the two countries": the states named just before
    (("Chile, Peru and Ecuador left the fisheries pact last year. Argentina said it would "
      "maintain trade relations with the three governments."), ["AGREE ARG>CHL,ECU,PER"]),
    # states acted on are not the one who acts on them
    (("Armenia and Georgia signed a pact on Monday. Russia later urged the two countries to "
      "withdraw."), ["REQUEST RUS>ARM,GEO"]),
    # a place described after the act, wherever the parse hangs it, names no one
    ("Serbia criticized the visit of the Albanian prime minister to Pristina, the Kosovar capital.",
     ["ACCUSE SRB>ALB"]),
    # a neighbour's exports are the neighbour's, not those of whose neighbour it is
    ("The Indian minister said Delhi was raising its tariff on its eastern neighbour's jute exports.",
     ["SANCTION IND>"]),
    # one's allies or partners are where they are, never oneself
    ("Iran pledged support to its partners in Iraq and Syria.", ["SUPPORT IRN>IRQ,SYR"]),
    ("Nigeria said it might send more soldiers to its allies in Benin.", ["AID NGA>BEN"]),
    # the "from" of people acted on says where they are from: they are no actor
    ("Al-Shabab's 2015 abduction of 40 students from Garissa shocked Kenya.", ["ASSAULT SOM>KEN"]),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_through_modifiers(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert _codes(nlp_pipeline, text, types) == sorted(expected)
