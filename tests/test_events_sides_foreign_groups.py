"""A group its own words call foreign takes no country from its sentence; a coalition
that is the country's own ("the ruling coalition") keeps it. Each case is a sentence and
the events of the types named it must code, written "TYPE SOURCES>TARGETS" with country
codes. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


SIDES = [
    # a governing or ruling coalition is a party of the country it governs
    ("In Harare, the governing coalition accused opposition activists of inciting riots.",
     ["ACCUSE ZWE>ZWE"]),
    ("In Lima, the ruling coalition blamed opposition lawmakers for the unrest.",
     ["ACCUSE PER>PER"]),
    # "international" and "coalition" before the head set the group apart from its host
    ("In Kabul, international troops attacked a Taliban checkpoint on Sunday.",
     ["ASSAULT ?>AFG"]),
    ("Coalition forces in Syria struck the militants.", ["ASSAULT ?>SYR"]),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_only_words_that_call_a_group_foreign_drop_its_sentence_country(
        nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == sorted(expected)
