"""Sides filled from the wrong place (issue 7), read off the sentence itself:

- whoever passes a verdict on an act ("Poland CONDEMNED the arrest of the activists") is
  no side of it: a group the actor layer placed only because the sentence names the
  judge's country keeps no country;
- a show of force faces whom its sentence names across a border, however the parser hung
  the phrase ("CLOSE TO its border with Azerbaijan", "..., not far from the frontier
  with Pakistan"),
  and no one where the border is no one's;
- a gerund the parser split from its determiner and adjective ("condemned THE AZERBAIJANI
  SHELLING") is an event noun: the adjective acts, not the governing verb's subject.

Each case is a sentence of our own and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes ("?" for an actor with none).
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model

VERDICTS = [
    # fires: the judge's country, the sentence's only one, is not the activists'
    ("Poland condemned the arrest of the activists.", {"COERCE"}, ["COERCE >?"]),
    ("Lithuania denounced the detention of the protesters.", {"COERCE"}, ["COERCE >?"]),
    # must not: the country named by the act's own phrase stays
    ("Poland condemned the arrest of Belarusian activists.", {"COERCE"}, ["COERCE >BLR"]),
]

FACING = [
    # fires: "close to" hangs on an adverb; the border's other side is faced
    ("Iran moved tanks and artillery close to its border with Azerbaijan.", {"MOBILIZE"},
     ["MOBILIZE IRN>AZE"]),
    # fires: the border is named after the objects and a place, apart from the verb
    (("India deployed fighter jets and drones in the region, not far from the frontier "
     "with Pakistan."), {"MOBILIZE"}, ["MOBILIZE IND>PAK"]),
    (("Serbia moved armoured units and artillery, among them howitzers, next to its "
     "boundary with Kosovo."), {"MOBILIZE"}, ["MOBILIZE SRB>XKX"]),
    # must not: a border that is no one's faces no one, whoever the story fights
    ("Russia attacked Ukraine. Russia massed troops close to the border.", {"MOBILIZE"},
     ["MOBILIZE RUS>"]),
    # must not: a border told in the speaker's clause is not the act's
    (("Russia massed troops in the north, the ministry said, citing reports from the "
     "Ukrainian border."), {"MOBILIZE"}, ["MOBILIZE RUS>"]),
]

GERUNDS = [
    # fires: the adjective acts, the city shelled is the target
    ("Armenia condemned the Azerbaijani shelling of Stepanakert.", {"ASSAULT"},
     ["ASSAULT AZE>AZE"]),
    ("Armenia denounced the Azerbaijani shelling.", {"ASSAULT"}, ["ASSAULT AZE>"]),
    # must not: a plural object before a participle is no adjective; the subject acts
    ("Russian troops attacked the Armenians killing 12.", {"ASSAULT"}, ["ASSAULT RUS>ARM"]),
]


@pytest.mark.parametrize(("text", "types", "expected"), VERDICTS + FACING + GERUNDS)
def test_sides_come_from_the_acts_own_phrase(nlp_pipeline, text: str, types: set[str],
                                             expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
