"""An object "them" is never a subject of its own chain of verbs, nor, after a reported
clause, the teller's: "officers said militias raided X, and vowed to crush THEM" does not
threaten the officers. Sides are written "TYPE SOURCES>TARGETS" with country codes. The
sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "teller"), [
    ("Chadian army officers said Sudanese militias raided Adre, and vowed to crush them.", "TCD"),
    ("Kenyan police officers said Somali gunmen raided Mandera, and vowed to punish them.", "KEN"),
])
def test_the_teller_is_not_the_object_of_its_own_threat(nlp_pipeline, text: str, teller: str):
    threats = sides(nlp_pipeline, text, {"THREATEN"})
    assert not any(teller in code.split(">")[1] for code in threats), threats


def test_them_after_a_chain_of_verbs_is_the_group_acted_on(nlp_pipeline):
    text = "Chadian soldiers met Sudanese refugees in Adre and promised to protect them."
    assert sides(nlp_pipeline, text, {"AGREE"}) == ["AGREE TCD>SDN"]
