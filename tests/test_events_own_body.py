"""An actor is not the target of its own act: a target of a source's country and sector
is the source's own body ("the minister urged the country's officials"), whoever speaks
for it, unless both sides are people named apart ("the president criticized his interior
minister, named"). Each case is a sentence and the events of the types named it must
code, written "TYPE SOURCES>TARGETS" with country codes. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Interior Minister Paolo Rossi urged Italian officials to speed up the asylum reviews.",
     ["REQUEST ITA>"]),
    ("President Macron praised the French government for its response to the floods.",
     ["SUPPORT FRA>"]),
])
def test_a_source_s_own_body_is_no_target(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == expected


def test_two_named_people_of_one_government_stay_apart(nlp_pipeline):
    text = ("Turkish President Recep Tayyip Erdogan criticized Turkish Interior Minister"
            " Suleyman Soylu over the floods.")
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE TUR>TUR"]
