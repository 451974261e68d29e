"""Condemning harm done to someone: "condemned the violence AGAINST CIVILIANS",
"denounced the attack ON THE CONVOY". Those harmed are the act's victims, not whom the
accusation is aimed at; it is aimed at whoever did the act where the phrase names them
("the RUSSIAN strikes", "the arrest ... BY BELARUSIAN POLICE"), else at no one. An
accusation that names whom it blames keeps them.

Each case is a sentence of our own and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model

FIRES = [
    # victims after "against", no doer named: the accusation is aimed at no one
    ("Jordan condemned the violence against civilians in Gaza.", {"ACCUSE"}, ["ACCUSE JOR>"]),
    # the thing attacked, and whose it is, are victims too
    ("The Egyptian foreign ministry denounced the attack on the UN convoy.",
     {"ACCUSE"}, ["ACCUSE EGY>"]),
    # the doer named in a "by" phrase is the target
    ("Poland condemned the arrest of the opposition leader by Belarusian police.",
     {"ACCUSE"}, ["ACCUSE POL>BLR"]),
    # the doer named by an adjective is the target, the city struck is not
    ("Ukraine condemned the Russian strikes on Kharkiv.", {"ACCUSE"}, ["ACCUSE UKR>RUS"]),
]

MUST_NOT = [
    # the one blamed is the verb's object: the act's victims change nothing
    ("Britain condemned Iran for the attack on the tanker.", {"ACCUSE"}, ["ACCUSE GBR>IRN"]),
    ("Kenya accused Somalia of the attack on the border post.", {"ACCUSE"}, ["ACCUSE KEN>SOM"]),
]


@pytest.mark.parametrize(("text", "types", "expected"), FIRES + MUST_NOT)
def test_a_condemnation_of_harm_is_aimed_at_its_doer(nlp_pipeline, text: str, types: set[str],
                                                     expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
