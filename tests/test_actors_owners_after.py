"""Every state after "of" or "from" a group noun owns the group, in its sector: "units of
A, B and C", "troops from A and B"; a place a verb takes ("withdrew troops from X") does
not."""

from __future__ import annotations

import pytest

from belli.records import Article

pytestmark = pytest.mark.model


def _by_text(pipeline, text: str) -> dict[str, list[str]]:
    analysis = pipeline.process(Article.from_text(text, published="2019-03-01"))
    return {m.text: [f"{a.country} {a.sector}" for a in m.actors] for m in analysis.mentions}


GROUPS = [
    ("The drills brought together units of Ghana, Chile and Norway.",
     "units of Ghana", ["GHA MIL", "CHL MIL", "NOR MIL"]),
    ("Soldiers from Peru and Bolivia arrived in Quito.", "Soldiers", ["PER MIL", "BOL MIL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), GROUPS)
def test_each_state_after_of_or_from_owns_the_group(nlp_pipeline, text, wanted, expected):
    assert _by_text(nlp_pipeline, text)[wanted] == expected


def test_the_listed_states_take_the_groups_sector(nlp_pipeline):
    found = _by_text(nlp_pipeline, "Soldiers from Peru and Bolivia arrived in Quito.")
    assert found["Bolivia"] == ["BOL MIL"]


def test_a_place_the_verb_takes_is_no_owner(nlp_pipeline):
    found = _by_text(nlp_pipeline, "Sweden pulled troops from Mali.")
    assert "MLI MIL" not in found.get("troops", [])


def test_a_states_own_name_with_of_is_no_group(nlp_pipeline):
    found = _by_text(nlp_pipeline, "Refugees fled to Cameroon, the Republic of Congo and Chad.")
    assert not any(a.startswith("TCD") for a in found.get("Republic of Congo", []))
