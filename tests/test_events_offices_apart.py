"""An office the text gives no state ("the foreign minister") never takes the state of the
other side of its own event: "the foreign minister met the Qatari emir" is no Qatari
minister meeting his own emir. Groups that are no state organ still take the country the
story is about ("gunmen attacked Nigerian soldiers" in a Nigerian story).

Sentences of our own; events written "TYPE SOURCES>TARGETS" ("?" for no country).
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


CASES = [
    # an unnamed office meeting a named foreign ruler keeps no country
    ("The foreign minister met the Qatari emir in Doha on Monday.", {"CONSULT"},
     ["CONSULT ?>QAT"]),
    # the same where the story names that state again elsewhere
    (("The defence minister held talks with Kenyan officials in Nairobi. Kenya is a "
     "regional hub."), {"CONSULT"}, ["CONSULT ?>KEN"]),
    # an office lashing out at a state: the state it is aimed at is no place of its own
    ("The president lashed out at Norway on Monday over the fishing dispute.", {"ACCUSE"},
     ["ACCUSE ?>NOR"]),
    ("The minister hit out at Chile over the decision.", {"ACCUSE"}, ["ACCUSE ?>CHL"]),
    # must not: gunmen are no state organ, and the story is about Nigeria
    (("Gunmen attacked Nigerian soldiers in Yobe state. Nigeria has fought insurgents for "
     "years."), {"ASSAULT"}, ["ASSAULT NGA>NGA", "ASSAULT NGA>NGA"]),
]


@pytest.mark.parametrize(("text", "types", "expected"), CASES)
def test_an_office_with_no_state_keeps_none_of_the_other_side(nlp_pipeline, text: str,
                                                              types: set[str],
                                                              expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
