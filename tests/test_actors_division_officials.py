"""An official whose title names a first-level division ("Texas Governor X", "Sindh
Governor X") is the government of the division's state, and a later surname keeps it; a
division name several states share gives no state unless the story names one of them.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model

_codes = partial(actor_codes, match="closest", published="2024-03-01")

DIVISION_OFFICIALS = [
    ("Texas Governor Maria Lopez signed the bill on Monday.", "Maria Lopez", ["USA GOV"]),
    ("Sindh Governor Ali Raza met the striking teachers.", "Ali Raza", ["PAK GOV"]),
    ("Central Java Governor Budi Santoso banned the sale of fireworks.", "Budi Santoso",
     ["IDN GOV"]),
    ("Ontario Premier Jane Miller criticised the new tariffs.", "Jane Miller", ["CAN GOV"]),
    # a former office holder is an elite, as for a state's own offices
    ("Former Texas Governor Maria Lopez spoke at the rally.", "Maria Lopez", ["USA ELI"]),
    # a shared division name, in a story that names one of its states
    ("Punjab Chief Minister Ravi Kumar opened a bridge, the Indian press said.",
     "Ravi Kumar", ["IND GOV"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), DIVISION_OFFICIALS)
def test_a_division_office_names_its_state_government(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


def test_the_surname_told_again_keeps_the_division_office(nlp_pipeline):
    text = ("Central Java Governor Budi Santoso banned the sale of fireworks. "
            "Santoso urged shop owners to comply.")
    assert _codes(nlp_pipeline, text, "Santoso", match="exact") == ["IDN GOV"]


NO_DIVISION = [
    # "Punjab" is a province of India and of Pakistan, and the story names neither
    ("Punjab Chief Minister Ravi Kumar opened a bridge on Monday.", "Ravi Kumar"),
    # no division before the office
    ("Governor Ravi Kumar opened a bridge on Monday.", "Ravi Kumar"),
]


@pytest.mark.parametrize(("text", "wanted"), NO_DIVISION)
def test_an_office_without_one_known_division_names_no_state(nlp_pipeline, text, wanted):
    assert _codes(nlp_pipeline, text, wanted) == []
