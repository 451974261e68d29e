"""Sides read through whose thing an act is aimed at, where a hold is taken, and through
a passive verb of control. Each case is a sentence and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


SIDES = [
    # an act aimed at a thing is aimed at whose it is: the noun and the verb alike
    ("Belarus announced a crackdown on protests by Polish students.", ["COERCE BLR>POL"]),
    ("Minsk cracked down on rallies by Lithuanian activists.", ["COERCE BLR>LTU"]),
    # a hold taken inside a country's territory is aimed at that country, however parsed
    ("Eritrean troops occupied positions inside Ethiopian territory.", ["ASSAULT ERI>ETH"]),
    ("Azerbaijani troops seized heights within Armenian territory.", ["ASSAULT AZE>ARM"]),
    # a mission placed on one country's side of a border serves that country
    ("The OSCE began deploying a monitoring mission on the Georgian side of the border.",
     ["AID OSCE>GEO"]),
    # the subject of a passive verb of control does what it is made to do
    ("Under heavy shelling the rebels in Yemen were forced to accept a truce.", ["RETREAT YEM>"]),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_through_owners_and_control(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == sorted(expected)
