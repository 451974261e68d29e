"""A yes-or-no question tells no act, whoever it names ("Did Russian troops attack the
port?"); a question on who, where or why takes its act as done, and an act told in the
same sentence after a quoted question is still told.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2023-10-07")).events)


@pytest.mark.parametrize("text", [
    "Did Russian troops attack the Ukrainian port of Odesa on Sunday?",
    "Will Turkey send more troops to Azerbaijan next year?",
    '"Will Iran expel the French ambassador?" a reporter asked the minister.',
])
def test_an_act_asked_about_is_no_event(nlp_pipeline, text):
    assert not _events(nlp_pipeline, text), [e.reason for e in _events(nlp_pipeline, text)]


def test_an_act_told_after_a_quoted_question_is_still_an_event(nlp_pipeline):
    text = ('"How long can this go on?" the mayor said on Monday, hours after Russian '
            "troops shelled Kharkiv.")
    assert [e.type for e in _events(nlp_pipeline, text)] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Why did Israel bomb the Syrian airport on Monday?",
    "Where did the ambush, in which six Malian soldiers were killed, take place?",
])
def test_a_question_on_why_or_where_keeps_its_act(nlp_pipeline, text):
    assert [e.type for e in _events(nlp_pipeline, text)] == ["ASSAULT"]


def test_a_request_after_a_question_is_still_a_request(nlp_pipeline):
    text = "Why now? Georgia asked Russia to withdraw its troops from the border."
    assert "REQUEST" in [e.type for e in _events(nlp_pipeline, text)]
