"""One person of a group has the group's sector: sectors.yaml's `singular_cues` give the
singular of plural person cues ("an Israeli settler" like "Israeli settlers"). The phrase
finder leaves them out, so the mention is the adjective and its head noun decides."""

from __future__ import annotations

import pytest

from belli.actors.kb import load_kb
from belli.records import Article

SINGULARS = [
    ("An Israeli settler was stabbed near the checkpoint.", "Israeli", ["ISR CVL"]),
    ("A Kenyan nurse treated the wounded.", "Kenyan", ["KEN HLH"]),
    ("A Somali pirate was captured by the crew.", "Somali", ["SOM CRM"]),
    ("A Syrian migrant drowned off the coast.", "Syrian", ["SYR REF"]),
    ("A Chilean miner was rescued on Tuesday.", "Chilean", ["CHL LAB"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "expected"), SINGULARS)
def test_one_member_of_a_group_has_its_sector(nlp_pipeline, text, wanted, expected):
    analysis = nlp_pipeline.process(Article.from_text(text, published="2012-01-01"))
    found = [m for m in analysis.mentions if m.text == wanted]
    assert found, [m.text for m in analysis.mentions]
    assert [f"{a.country} {a.sector}" for a in found[0].actors] == expected


@pytest.mark.parametrize(("singular", "sector"), [
    ("protester", "CVL"), ("demonstrator", "CVL"), ("detainee", "CVL"), ("farmer", "CVL"),
    ("commando", "MIL"), ("paratrooper", "MIL"), ("tribal elder", "ELI"),
    ("asylum seeker", "REF"), ("paramedic", "HLH"), ("hostage-taker", "CRM"),
    ("drug lord", "CRM"), ("tycoon", "BUS"),
])
def test_singular_person_cues_share_the_plurals_sector(singular, sector):
    assert load_kb().sector_for(singular) == sector


DESCRIPTIONS = [
    # a description that names no office gives no sector: not the government's
    ("Russian novelist Pavel Orlenko won the prize.", "Pavel Orlenko", ["RUS None"]),
    ("Kenyan runner Joseph Kiptoo won the marathon.", "Joseph Kiptoo", ["KEN None"]),
    # an office does
    ("Ghanaian ambassador Kofi Mensah met the envoy.", "Kofi Mensah", ["GHA GOV"]),
    # and a description with a cue takes its sector
    ("Colombian drug lord Pedro Salcedo was extradited.", "Pedro Salcedo", ["COL CRM"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "expected"), DESCRIPTIONS)
def test_only_an_office_makes_a_person_government(nlp_pipeline, text, wanted, expected):
    analysis = nlp_pipeline.process(Article.from_text(text, published="2012-01-01"))
    found = sorted((m for m in analysis.mentions if wanted in m.text), key=lambda m: len(m.text))
    assert found, [m.text for m in analysis.mentions]
    assert [f"{a.country} {a.sector}" for a in found[0].actors] == expected
