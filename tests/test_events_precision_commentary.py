"""Second round of event precision: a commentator's own praise or worry is no event; the
act a planned permission lets happen is part of the plan; two verbs that tell one act
make one event, which keeps every person on its sides.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2023-10-07")).events)


@pytest.mark.parametrize("text", [
    "Security analyst John Okafor welcomed the move but expressed concern about its effectiveness.",
    "Regional analysts are praising Ghana for sending troops to the border.",
])
def test_a_commentators_own_praise_or_worry_is_no_event(nlp_pipeline, text):
    # the deed praised is not the commentators' ("praising Ghana FOR SENDING": Ghana sends)
    events = [e for e in _events(nlp_pipeline, text) if {a.country for a in e.source} != {"GHA"}]
    assert not events, [e.reason for e in events]


def test_a_clause_about_experts_does_not_make_the_subject_a_commentator(nlp_pipeline):
    text = "Gunmen who abducted three foreign researchers stormed an army post in Mali."
    assert any(e.type == "ASSAULT" for e in _events(nlp_pipeline, text))


def test_a_state_that_welcomes_a_move_acts(nlp_pipeline):
    text = "Nigeria welcomed the move but expressed concern about its effectiveness."
    assert {"SUPPORT", "ACCUSE"} <= {e.type for e in _events(nlp_pipeline, text)}


def test_experts_an_igo_sends_still_act(nlp_pipeline):
    text = "UN experts accused Rwanda of backing the rebels."
    assert any(e.type == "ACCUSE" for e in _events(nlp_pipeline, text))


def test_a_merged_event_keeps_the_ousted_leader_beside_the_one_who_ousted_him(nlp_pipeline):
    text = ("Mohamed Morsi, Egypt's first elected president, was ousted in a coup led by "
            "Abdel Fattah el-Sisi in 2013.")
    (coup,) = [e for e in _events(nlp_pipeline, text) if e.type == "COERCE"]
    assert "Abdel Fattah el-Sisi" in {a.person for a in coup.source}
    assert "Mohamed Morsi" in {a.person for a in coup.target}


def test_an_act_a_planned_permission_lets_happen_is_not_coded_again(nlp_pipeline):
    text = "Georgia said it would allow Red Cross inspectors to visit the prison next month."
    assert [e.type for e in _events(nlp_pipeline, text)] == ["AGREE"]


def test_an_act_a_permission_let_happen_is_coded(nlp_pipeline):
    text = "Georgia allowed Red Cross inspectors to visit the prison on Sunday."
    assert "CONSULT" in {e.type for e in _events(nlp_pipeline, text)}


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kharkiv on Monday, killing 12 civilians.",
    "Ethiopian troops attacked the town and Ethiopian soldiers killed 12 villagers.",
])
def test_one_act_told_by_two_verbs_is_one_event(nlp_pipeline, text):
    assert len([e for e in _events(nlp_pipeline, text) if e.type == "ASSAULT"]) == 1


def test_experts_a_state_sends_act_for_it(nlp_pipeline):
    text = "Russian military experts trained Venezuelan soldiers near Caracas last week."
    assert _events(nlp_pipeline, text)
