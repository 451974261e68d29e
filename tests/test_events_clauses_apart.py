"""Phrases that belong together and clauses that tell other things. A rule that asks for
a preposition and its object asks for one phrase ("withdraw FROM the agreement"), not
for any preposition beside any object; what a container after "with" holds is the act
("responded with a wave of strikes"); a clause of its own after "with" ("with Turkey
acting as mediator") names no partner; an aside on the doer set off by commas tells
another act ("the junta, which seized power in 2021, has arrested"), while an aside on
the act's own noun, or a clause that picks out the doers, tells the same one again.
Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

from belli.events.lexicon import Rule

pytestmark = pytest.mark.model


class _Clues:
    def __init__(self, **read: object) -> None:
        self.read = read

    def get(self, name: str) -> object:
        return self.read.get(name, frozenset())


def test_a_preposition_and_its_object_are_asked_of_one_phrase():
    rule = Rule(type="SANCTION", conditions={"prep": frozenset({"from"}),
                                             "prep_object": frozenset({"agreement"})})
    apart = _Clues(prep=frozenset({"from", "under"}),
                   prep_object=frozenset({"agreement", "lebanon"}),
                   prep_pairs=(("under", frozenset({"agreement"})),
                               ("from", frozenset({"lebanon"}))))
    together = _Clues(prep=frozenset({"from"}), prep_object=frozenset({"agreement"}),
                      prep_pairs=(("from", frozenset({"agreement"})),))
    assert not rule.matches(apart)
    assert rule.matches(together)


def test_clues_that_do_not_pair_are_matched_word_set_by_word_set():
    rule = Rule(type="SANCTION", conditions={"prep": frozenset({"from"}),
                                             "prep_object": frozenset({"agreement"})})
    assert rule.matches(_Clues(prep=frozenset({"from"}), prep_object=frozenset({"agreement"})))


@pytest.mark.parametrize(("text", "wanted"), [
    ("Under the agreement, Israeli troops will withdraw from southern Lebanon within 60 days.",
     "AGREE"),
    ("The United States withdrew from the Paris agreement.", "SANCTION"),
])
def test_withdrawing_under_an_agreement_is_no_withdrawal_from_it(nlp_pipeline, text, wanted):
    assert {e.type for e in analyse(nlp_pipeline, text).events} == {wanted}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Israel responded with a wave of strikes across Lebanon that killed at least 11 people.",
     ["ASSAULT ISR>LBN"]),
    ("China retaliated with a series of tariffs on American goods.", ["SANCTION CHN>USA"]),
])
def test_what_a_container_after_with_holds_is_the_act(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text) == wanted


@pytest.mark.parametrize("text", [
    ("The two sides exchanged prisoners for the first time in months, with Turkey and Qatar "
     "acting as mediators."),
    ("The United States voiced concern over the violence, with its envoy meeting Israeli "
     "officials in Jerusalem."),
])
def test_a_clause_after_with_names_no_partner(nlp_pipeline, text):
    targets = {a.country for e in analyse(nlp_pipeline, text).events
               if e.type in ("RETREAT", "ACCUSE") for a in e.target}
    assert not targets & {"TUR", "QAT", "USA"}


def test_a_partner_after_with_is_still_one(nlp_pipeline):
    text = "Armenia exchanged prisoners with Azerbaijan on Thursday."
    assert sides(nlp_pipeline, text, {"RETREAT"}) == ["RETREAT ARM>AZE"]


def test_an_aside_on_the_doer_tells_another_act(nlp_pipeline):
    text = "The junta, which seized power in a 2021 coup, has arrested thousands of opponents."
    assert sorted(e.trigger for e in analyse(nlp_pipeline, text).events) == ["arrested", "seized"]


@pytest.mark.parametrize("text", [
    "The strike, which hit a residential building, killed at least 14 people.",
    "The militants who attacked the base killed 12 soldiers.",
])
def test_an_aside_on_the_act_or_a_clause_picking_out_the_doers_tells_it_again(nlp_pipeline,
                                                                              text):
    assert len(analyse(nlp_pipeline, text).events) == 1
