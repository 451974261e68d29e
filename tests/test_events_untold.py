"""Acts a sentence imagines, lacks or plays rather than tells (belli.events.untold), and
the neighbouring sentences that still tell one."""

from __future__ import annotations

import pytest
from event_fixtures import sides

UNTOLD = [
    # absent, within reach only, a remote condition, a scenario
    ("Germany sent tanks to Ukraine without consulting France.", {"consulting"}),
    ("Without American aid, Ukraine's army would have run out of shells.", {"aid"}),
    ("The missiles are capable of sinking warships in the Black Sea.", {"sinking"}),
    ("Pakistan's arsenal is large enough to threaten every major Indian city.", {"threaten"}),
    ("If Russia were to attack Finland, NATO would respond.", {"attack"}),
    ("Any attack on a NATO member would trigger a collective response.", {"attack"}),
    # a contest, a kind of people's practice, an appositive's past
    ("Brazil beat Argentina 2-0 in a World Cup qualifier.", {"beat"}),
    ("The Kenyan runner fought off a challenge from two Ethiopians.", {"fought"}),
    ("Border guards regularly detain migrants along the frontier with Belarus.", {"detain"}),
    ("Israel killed Ismail Haniyeh, a Hamas leader who ordered the attacks on Israel.",
     {"attacks", "ordered"}),
]

TOLD = [
    # a past ability, a plain condition, a past scenario, a named doer's pattern
    ("Ukrainian troops were strong enough to repel the Russian assault on Kharkiv.",
     {"assault"}, ["ASSAULT RUS>UKR"]),
    ("If Iran attacks Azerbaijan, Turkey will respond.", {"attacks"}, ["ASSAULT IRN>AZE"]),
    ("Hamas fighters often fire rockets at Israeli towns.", {"fire"}, ["ASSAULT PSE>ISR"]),
    ("Israel killed Ismail Haniyeh, a Hamas leader, in Tehran.", {"killed"}, ["ASSAULT ISR>PSE"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers"), UNTOLD)
def test_an_act_the_sentence_does_not_tell_is_not_coded(nlp_pipeline, text: str,
                                                        triggers: set[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), TOLD)
def test_an_act_told_beside_them_is_coded(nlp_pipeline, text: str, triggers: set[str],
                                          expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected
