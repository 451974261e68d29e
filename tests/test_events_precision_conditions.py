"""A condition told in the passive with no doer ("if Turkey is sanctioned") names no
one's act, and an "if" that opens no condition asks ("wonder if the rebels will attack"):
neither is an event. A condition whose doer is named, and the act made conditional on a
condition, are coded, hypothetical.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2023-10-07")).events)


@pytest.mark.parametrize(("text", "condition"), [
    ("U.S. bases would be at risk if Turkey is sanctioned, the Turkish minister warned.",
     "sanctioned"),
    ("Kenya will close the border if its villages are attacked again.", "attacked"),
    ("Villagers in northern Mali wonder if the rebels will attack again.", "attack"),
])
def test_a_condition_with_no_doer_or_a_question_is_no_event(nlp_pipeline, text, condition):
    assert condition not in {e.trigger for e in _events(nlp_pipeline, text)}


def test_the_act_made_conditional_is_coded_hypothetical(nlp_pipeline):
    text = "If talks fail, Serbia will send troops to the border with Kosovo."
    assert [("MOBILIZE", True)] == [(e.type, "hypothetical" in e.aux)
                                    for e in _events(nlp_pipeline, text)]


def test_a_condition_whose_doer_is_named_is_coded_hypothetical(nlp_pipeline):
    text = "Kenya will close the border if Somali militants attack its villages again."
    attack = next(e for e in _events(nlp_pipeline, text) if e.trigger == "attack")
    assert attack.type == "ASSAULT" and "hypothetical" in attack.aux
