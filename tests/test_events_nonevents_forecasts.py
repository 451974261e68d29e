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
    ("Peru thinks Bolivia could shell its border villages.", {"shell"}, []),
    ("A Lima analyst believes Bolivia might resume raids on Peruvian villages.",
     {"raids"}, []),
    ("There is little reason to think that Greece and Turkey will negotiate soon.",
     {"negotiate"}, []),
    ("There is no basis to believe that the Armenian and Azeri envoys will meet.",
     {"meet"}, []),
    ("There is scant evidence to think that the Armenian and Azeri envoys will meet.",
     {"meet"}, []),
    ("There is good reason to think that Greece and Turkey will negotiate soon.",
     {"negotiate"}, ["CONSULT"]),
    ("It is likely that Israel will strike Lebanon's ports again.", {"strike"}, []),
    ("Farmers believe the militia have withdrawn and could raid the villages again.",
     {"raid"}, ["ASSAULT"]),
    ("Peru believes the rebels raided the border village on Friday.", {"raided"},
     ["ASSAULT"]),
    ("Peru says Bolivia shelled its border villages.", {"shelled"}, ["ASSAULT"]),
]

# an act a prospect or a hope names is not done
PROSPECTS = [
    ("Brazil weighed the possibility of renewing military cooperation with Paraguay.",
     {"cooperation"}, []),
    ("Brazil renewed military cooperation with Paraguay.", {"cooperation"}, ["COOPERATE"]),
    ("The prospect of negotiations between Niger and Mali has faded.", {"negotiations"}, []),
    ("Niger and Mali held negotiations in Bamako.", {"negotiations"}, ["CONSULT"]),
]

# what one wants another to do is not done; wanting to act oneself is an intent
WANTED = [
    ("Greece wants Turkey to pull its ships out of the Aegean.", {"pull"}, []),
    ("Farmers want their government to step up its criticism of the mine.", {"criticism"},
     []),
    ("Greece wants to pull its ships out of the Aegean.", {"pull"}, ["AGREE"]),
]

# a thing does not support, help, shelter, give in, allow, ask or demand
THINGS = [
    ("The new rule will bring support for Moroccan claims to the desert.", {"support"}, []),
    ("Spain will bring support for Moroccan claims to the desert.", {"support"},
     ["SUPPORT"]),
    ("The three camps shelter thousands of refugees from Sudan.", {"shelter"}, []),
    ("Influencers share videos that praise Moscow's policies.", {"praise"}, []),
    ("Hungarian officials praise Moscow's policies.", {"praise"}, ["SUPPORT"]),
    ("The agreement permits Jordan to buy more gas from Israel.", {"permits"}, []),
    ("The report asks Kenya to release the detained journalists.", {"asks"}, []),
    ("Public interest demands that Ghana release the journalists.", {"demands"}, []),
    ("Unions demand that Ghana release the journalists.", {"demand"}, ["REQUEST"]),
    ("The draft deal gives in to Russian pressure, the senator said.", {"gives"}, []),
    ("Moldova gave in to Russian pressure, the senator said.", {"gave"}, ["CONCEDE"]),
    ("Israel permitted Jordan to buy more gas.", {"permitted"}, ["CONCEDE"]),
    ("Norway helped Ghana build the harbour.", {"helped"}, ["AID"]),
]

# a noun that stands for those who act (an alliance, a fund) acts, and sanctions are
# acts whatever their subject
ACTING_NOUNS = [
    ("Allied leaders met in Madrid. The alliance will help Moldova guard its skies.",
     {"help"}, ["AGREE"]),
    ("The lenders' board met on Monday. The fund approved a $2 billion loan for Pakistan.",
     {"approved"}, ["AID"]),
    ("The EU agreed new sanctions on Iran. The measures ban exports of Iranian oil.",
     {"ban"}, ["SANCTION"]),
]

# a habit of a kind or as a rule, in the present simple
HABITS = [
    ("Serbia usually responds to such visits with army drills near Kosovo.", {"visits"},
     []),
    ("Foreign bloggers who praise Iran win large audiences.", {"praise"}, []),
    ("Chile typically protests against Argentine fishing quotas.", {"protests"}, []),
    # (a visit named with its visitor: in "responded to the visit with army drills" the
    # parser hangs the drills on the visit, and no one is named to have visited)
    ("Serbia responded to the Kosovo prime minister's visit with army drills near Kosovo.",
     {"visit"}, ["CONSULT"]),
    ("Teachers, who demand the governor's resignation, marched to the Ghanaian parliament.",
     {"demand"}, ["REQUEST"]),
    ("The bloggers who praised Iran won large audiences.", {"praised"}, ["SUPPORT"]),
]

# not wanting or meaning to act refuses it; wanting a thing is no event
REFUSALS = [
    ("Chad does not intend to pull its soldiers out of Niger.", {"intend", "pull"},
     ["REJECT"]),
    ("Bolivia does not want to negotiate with Chile over the port.", {"want", "negotiate"},
     ["REJECT"]),
    ("The premier said she did not want a war with Serbia.", {"want"}, []),
    ("The general may not want to touch the naval base.", {"want", "touch"}, []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"),
                         FORECASTS + PROSPECTS + WANTED + THINGS + ACTING_NOUNS + HABITS
                         + REFUSALS)
def test_an_act_forecast_hoped_for_or_habitual_is_not_told(
        nlp_pipeline, text: str, triggers: set[str], expected: list[str]) -> None:
    assert [s.split()[0] for s in sides(nlp_pipeline, text, triggers=triggers)] == expected
