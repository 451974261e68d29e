"""A suicide bomber is an attacker, not an aircraft: the entity ruler leaves "bomber" after
"suicide" unlabelled, and the actor layer codes the bomber as an unidentified armed
attacker (UAF) of the state where it acts, like "gunmen". Bombers that are aircraft stay
the platforms of their state's military. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Two suicide bombers attacked a police station in Quetta, officials said.",
     ["ASSAULT PAK>PAK"]),
    ("A suicide bomber killed 12 people at a market in Mogadishu.", ["ASSAULT SOM>SOM"]),
    ("A suicide car bomber killed 12 people at a market in Mogadishu.", ["ASSAULT SOM>SOM"]),
    # the aircraft keep their state
    ("Russian bombers struck targets near Aleppo.", ["ASSAULT RUS>SYR"]),
])
def test_a_suicide_bomber_is_the_attacker(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == expected


def test_the_bomber_is_an_unidentified_armed_attacker_making_a_suicide_attack(nlp_pipeline):
    event = next(e for e in analyse(nlp_pipeline, "A suicide bomber killed 12 people at a "
                                                  "market in Mogadishu.").events)
    assert [(a.country, a.sector) for a in event.source] == [("SOM", "UAF")]
    assert event.mode == "suicide-attack"  # not "aerial", which a bomber plane's would be
