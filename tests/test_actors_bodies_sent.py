"""Bodies the model leaves untagged take their owner from the text: a body "led by" a
resolved leader or sent from an organization; a group "in"/"across" a place is that
place's own people; a bare group noun is the group of that name told just before; a state
named as a go-between ("through Qatari mediators") places no group; an
organization's own office stays the organization's."""

from __future__ import annotations

import pytest

from belli.records import Article

pytestmark = pytest.mark.model


def _by_text(pipeline, text: str) -> dict[str, list[str]]:
    analysis = pipeline.process(Article.from_text(text, published="2019-03-01"))
    return {m.text: [f"{a.country} {a.sector}" for a in m.actors] for m in analysis.mentions}


BODIES = [
    ("A mission led by the OSCE's chairman will travel to Georgia.", "mission", ["OSCE IGO"]),
    ("A delegation led by French Foreign Minister Jean Dupont landed in Dakar.",
     "delegation", ["FRA GOV"]),
    ("An assessment team from the African Union reached Juba.", "assessment team",
     ["AU IGO"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), BODIES)
def test_a_body_takes_its_leader_or_sender(nlp_pipeline, text, wanted, expected):
    assert _by_text(nlp_pipeline, text).get(wanted) == expected


def test_an_organizations_own_office_stays_the_organization(nlp_pipeline):
    found = _by_text(nlp_pipeline, "NATO said its Secretary-General would visit Kyiv.")
    assert found["its"] == ["NATO IGO"]


def test_a_group_across_a_state_is_its_own_people(nlp_pipeline):
    text = "Opposition activists across Zambia denounced the vote, and Malawi said nothing."
    assert _by_text(nlp_pipeline, text)["Opposition activists"] == ["ZMB OPP"]


def test_a_bare_group_noun_is_the_group_told_just_before(nlp_pipeline):
    text = ("Chilean police detained six students. Later, Peruvian diplomats said police "
            "had beaten them.")
    analysis = nlp_pipeline.process(Article.from_text(text, published="2019-03-01"))
    bare = [m for m in analysis.mentions if m.text == "police"]
    assert [f"{a.country} {a.sector}" for a in bare[0].actors] == ["CHL COP"]


def test_a_modified_group_noun_is_another_group(nlp_pipeline):
    text = "Chilean police detained six students. Peruvian diplomats said riot police beat them."
    found = _by_text(nlp_pipeline, text)
    assert "CHL COP" not in found.get("riot police", [])


def test_a_go_between_gives_no_country_to_a_group(nlp_pipeline):
    text = "The rebels agreed, through Qatari mediators, to free the hostages."
    assert "QAT REB" not in _by_text(nlp_pipeline, text).get("The rebels", [])
