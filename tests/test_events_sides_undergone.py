"""Light verbs of undergoing: "X was subjected to sanctions", "X faced sanctions", "X came
under fire". The event noun is the trigger and the light verb's subject is the target, not
the source, whoever the noun's own phrases say acted.

Each case is a sentence of our own and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


FIRES = [
    # a passive "subjected to": the subject undergoes, the "by" phrase acts
    ("Belarus was subjected to fresh sanctions by the European Union on Friday.",
     {"SANCTION"}, ["SANCTION EU>BLR"]),
    # "faced" with the doer after "from"
    ("Venezuela faced new sanctions from the United States in March.",
     {"SANCTION"}, ["SANCTION USA>VEN"]),
    # "suffered" an act of arms done by a named force
    ("Armenia suffered heavy shelling by Azerbaijani forces overnight.",
     {"ASSAULT"}, ["ASSAULT AZE>ARM"]),
]

MUST_NOT = [
    # "faced" whose object is no act: nothing is undergone
    ("The Nigerian army faced the rebels near the border.", {"SANCTION", "ASSAULT"}, []),
]


@pytest.mark.parametrize(("text", "types", "expected"), FIRES + MUST_NOT)
def test_the_subject_of_a_light_verb_undergoes_the_act(nlp_pipeline, text: str,
                                                       types: set[str],
                                                       expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected


def test_an_act_one_does_keeps_its_subject_as_source(nlp_pipeline) -> None:
    # "imposed" is no verb of undergoing: its subject acts
    assert sides(nlp_pipeline, "Canada imposed sanctions on Belarus on Friday.",
                 {"SANCTION"}) == ["SANCTION CAN>BLR"]

