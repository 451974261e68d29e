"""Forecasts, prospects, things that do not act, habits and refusals: what names an act
without telling that anyone did it, and the nearest case where the act is told and stays.

Each case is a sentence of our own and the types of the events of the given trigger
words (whom each event ties is the roles' tests' to check).
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

# a possibility a belief holds out, a groundless belief, what is likely: a forecast
FORECASTS = [
    ("Kenya thinks Somalia could attack its border posts.", {"attack"}, []),
    ("A Nairobi researcher believes Somalia might resume attacks on Kenyan posts.",
     {"attacks"}, []),
    ("There is little reason to think that the Serbian and Kosovar leaders will meet soon.",
     {"meet"}, []),
    ("It is likely that Russia will attack Ukraine's ports again.", {"attack"}, []),
    ("Villagers believe the rebels have retreated and could attack again.", {"attack"},
     ["ASSAULT"]),
    ("Kenya believes al-Shabab attacked the border post on Monday.", {"attacked"},
     ["ASSAULT"]),
    ("Kenya says Somalia attacked its border posts.", {"attacked"}, ["ASSAULT"]),
]

# an act a prospect or a hope names is not done
PROSPECTS = [
    ("The White House discussed the possibility of restoring trade ties with Russia.",
     {"restoring"}, []),
    ("The prospect of talks between Sudan and Chad has grown.", {"talks"}, []),
    ("Sudan and Chad resumed talks in Juba.", {"talks"}, ["CONSULT"]),
]

# what one wants another to do is not done; wanting to act oneself is an intent
WANTED = [
    ("Turkey wants Russia to withdraw its troops from Syria.", {"withdraw"}, []),
    ("Voters want their government to step up its opposition to the dam.", {"opposition"},
     []),
    ("Kenya wants to withdraw its troops from Somalia.", {"withdraw"}, ["AGREE"]),
]

# a thing does not support, help, shelter or allow
THINGS = [
    ("The new law will add support for Chinese claims in the South China Sea.", {"support"},
     []),
    ("The two camps shelter thousands of refugees from Somalia.", {"shelter"}, []),
    ("Bloggers post content that supports Beijing's narratives.", {"supports"}, []),
    ("The deal allows Egypt to import more wheat from Russia.", {"allows"}, []),
    ("Russia allowed Egypt to import more wheat.", {"allowed"}, ["CONCEDE"]),
    ("Japan helped Kenya build the port.", {"helped"}, ["AID"]),
]

# a habit of a kind or as a rule, in the present simple
HABITS = [
    ("China usually responds to such visits with military drills near Taiwan.", {"visits"},
     []),
    ("Foreign bloggers who praise China gain many followers.", {"praise"}, []),
    ("Vietnam typically protests against Chinese fishing bans.", {"protests"}, []),
    ("China responded to the visit with military drills near Taiwan.", {"visit"},
     ["CONSULT"]),
    ("Students, who demand the minister's resignation, marched to the Kenyan parliament.",
     {"demand"}, ["REQUEST"]),
    ("The bloggers who praised China gained many followers.", {"praised"},
     ["SUPPORT"]),
]

# not wanting or meaning to act refuses it; wanting a thing is no event
REFUSALS = [
    ("Kenya does not intend to withdraw its troops from Somalia.", {"intend", "withdraw"},
     ["REJECT"]),
    ("Egypt does not want to negotiate with Ethiopia over the dam.", {"want", "negotiate"},
     ["REJECT"]),
    ("The president said he did not want a war with Iran.", {"want"}, []),
    ("The minister may not want to touch the air base.", {"want", "touch"}, []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"),
                         FORECASTS + PROSPECTS + WANTED + THINGS + HABITS + REFUSALS)
def test_an_act_forecast_hoped_for_or_habitual_is_not_told(
        nlp_pipeline, text: str, triggers: set[str], expected: list[str]) -> None:
    assert [s.split()[0] for s in sides(nlp_pipeline, text, triggers=triggers)] == expected
