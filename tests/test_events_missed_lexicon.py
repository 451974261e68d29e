"""Words the lexicon lacked for acts that wire copy tells often.

- A verb that raises a levy codes the levy: "boosted tariffs" imposes more of them, the
  subject imposing, as "raised" and "hiked" do; a budget or an economy boosted is no act.
- Easing, reducing, defusing or calming the tension BETWEEN two others is mediating it
  (CONSULT, third-party); a side's own "eased tensions", or tension eased by a thing, is
  no act.

Each case is a sentence and its events for the given trigger words, written "TYPE
SOURCES>TARGETS" with country codes; the sentences are our own.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

LEVIES = [
    ("Washington boosted tariffs on Chinese steel on Tuesday.", {"tariffs"},
     ["SANCTION USA>CHN"]),
    ("India boosted the import duty on Turkish apples.", {"duty"}, ["SANCTION IND>TUR"]),
    ("Beijing boosted its economy with new spending.", {"boosted", "economy"}, []),
    ("Japan boosted its defense budget by 10 percent.", {"boosted", "budget"}, []),
]

MEDIATION = [
    ("Qatar is working to ease tensions between Washington and Tehran.", {"ease"},
     ["CONSULT QAT>IRN,USA"]),
    ("The UN envoy sought to defuse tensions between Ethiopia and Sudan.", {"defuse"},
     ["CONSULT UN>ETH,SDN"]),
    ("The ceasefire eased tensions in the region.", {"eased"}, []),
    ("Police defused a bomb near the Israeli embassy.", {"defused"}, []),
    ("The move reduced tensions between Serbia and Kosovo.", {"reduced"}, []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), LEVIES)
def test_boosting_a_levy_imposes_it(nlp_pipeline, text: str, triggers: set[str],
                                    expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), MEDIATION)
def test_easing_tension_between_others_mediates(nlp_pipeline, text: str, triggers: set[str],
                                                expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected
