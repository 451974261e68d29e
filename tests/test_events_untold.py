"""Acts a sentence imagines, lacks or plays rather than tells (belli.events.untold), and
the neighbouring sentences that still tell one."""

from __future__ import annotations

import pytest
from event_fixtures import sides, triggers_found

from belli.events.untold import untold

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
    # a country's name is a team, a score before a day is a score, whatever the sport
    ("The Pakistani batsmen destroyed Australia on Saturday.", {"destroyed"}),
    ("The Ugandan runners beat Kenya in the relay final.", {"beat"}),
    ("The Giants beat the Cowboys 24-17 Sunday.", {"beat"}),
    ("Italy beat Spain 2-1 Tuesday in Rome.", {"beat"}),
    # an appositive's past, dated by no news of the day ("earlier in his career", "a week")
    ("Sokolov, a colonel who fought rebels in Dagestan earlier in his career, met Putin.",
     {"fought"}),
    ("Sokolov, a colonel who fought rebels in Dagestan for a week in 1999, met Putin.",
     {"fought"}),
    # an act a light verb lacks: "without HOLDING talks"
    ("Russia annexed the region without holding talks with Ukraine.", {"holding", "talks"}),
]

TOLD = [
    # a past ability, a plain condition, a past scenario, a named doer's pattern
    ("Ukrainian troops were strong enough to repel the Russian assault on Kharkiv.",
     {"assault"}, ["ASSAULT RUS>UKR"]),
    ("If Iran attacks Azerbaijan, Turkey will respond.", {"attacks"}, ["ASSAULT IRN>AZE"]),
    ("Hamas fighters often fire rockets at Israeli towns.", {"fire"}, ["ASSAULT PSE>ISR"]),
    ("Israel killed Ismail Haniyeh, a Hamas leader, in Tehran.", {"killed"}, ["ASSAULT ISR>PSE"]),
    # war reporting with a range of counts or a trade named like an athlete is no contest
    ("The strike killed 10-15 civilians in the village, officials said.", {"killed"},
     ["ASSAULT >?"]),
    ("Russian forces exchanged fire 3-4 times overnight with Ukrainian troops.",
     {"exchanged"}, ["ASSAULT RUS>UKR"]),
    ("Mexican soldiers killed two drug runners near the border.", {"killed"}, ["ASSAULT MEX>"]),
    ("Police shot a marathon runner in Nairobi.", {"shot"}, ["ASSAULT KEN>KEN"]),
    # a relative clause dated to the day's news tells news
    ("Residents of Kharkiv, a city that Russian missiles struck on Monday, cleared rubble.",
     {"struck"}, ["ASSAULT RUS>"]),
    ("Residents of Odesa, a port that Russian drones hit last week, cleared rubble.",
     {"hit"}, ["ASSAULT RUS>"]),
    # "would" in what a past verb of saying tells is the past of "will"
    ("Russia said a withdrawal of its troops from Kherson would begin on Monday.",
     {"withdrawal"}, ["AGREE RUS>UKR"]),
]

# what a past verb of saying tells with "would" is no scenario, though no actor is named
REPORTED = [
    "Russia said a ceasefire would take effect in Kherson at midnight.",
    "Kyiv said a withdrawal from Kherson would begin on Monday.",
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


@pytest.mark.model
@pytest.mark.parametrize("text", REPORTED)
def test_would_in_reported_speech_is_no_scenario(nlp_pipeline, text: str) -> None:
    found = [t for t in triggers_found(nlp_pipeline, text) if t.kind == "nouns"]
    assert found
    assert [untold(t) for t in found] == [None] * len(found)
