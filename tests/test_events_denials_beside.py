"""A denial told beside the charge it answers, however the parser hung it. "Congo accused
Rwanda of backing the rebels, a charge Kigali denies" is the accusation and the denial
of it, told in the outlet's voice: the parser made the denial the sentence's verb, the
accusation what it says, and the claim noun part of the denier's name. "..., an
accusation Moscow rejects" read the denial as a plural noun, "..., a charge the Taliban
reject" as a noun with two subjects. A body whose name holds a
claim noun ("the claims commission") still denies what follows. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Congo accused Rwanda of backing the rebels, a charge Kigali denies.",
     ["ACCUSE COD>RWA", "REJECT RWA>COD"]),
    ("Serbia has accused Albania of arming the militants, a charge Tirana denies.",
     ["ACCUSE SRB>ALB", "REJECT ALB>SRB"]),
    ("Kyiv accuses Moscow of shelling the plant, an allegation Russia rejects.",
     ["ACCUSE UKR>RUS", "REJECT RUS>UKR"]),
    # the claim noun and the denier each made a subject of the denial, read as a noun
    (("Islamabad has long accused Kabul of allowing the militants to use Afghan territory, "
     "a charge the Taliban reject."), ["ACCUSE PAK>AFG", "REJECT AFG>PAK"]),
])
def test_a_charge_denied_beside_it_is_both_speech_acts(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ACCUSE", "REJECT"}) == wanted


def test_the_denier_beside_a_charge_tells_no_claim(nlp_pipeline):
    text = "Congo accused Rwanda of backing the rebels, a charge Kigali denies."
    analysis = analyse(nlp_pipeline, text)
    assert all(c.speaker is None or c.speaker.country != "RWA" for c in analysis.claims)
    (accusation,) = [e for e in analysis.events if e.type == "ACCUSE"]
    assert accusation.certainty == "asserted" and accusation.attributed_to is None


def test_a_denial_read_as_a_noun_answers_the_report_before_it(nlp_pipeline):
    text = "Ukraine says Russia has deported thousands of children, an accusation Moscow rejects."
    assert "REJECT RUS>UKR" in sides(nlp_pipeline, text, {"REJECT"})


def test_a_present_tense_verb_of_a_plain_sentence_is_read_as_before(nlp_pipeline):
    assert sides(nlp_pipeline, "South Korea rejects that version.", {"REJECT"}) == ["REJECT KOR>"]


def test_a_body_named_for_claims_denies_what_follows_it(nlp_pipeline):
    text = "The claims commission denied that Iran attacked the ship."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == []


def test_each_act_an_accusation_lists_is_alleged(nlp_pipeline):
    text = ("Ethiopia accused Eritrea on Tuesday of preparing for war and of arming rebels in "
            "the Amhara region.")
    assert sides(nlp_pipeline, text, {"AID"}) == ["AID ERI>?"]
