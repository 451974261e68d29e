"""Whose words a claim holds, and how far it runs: a passive verb of saying names its
teller in its "by" phrase, and a claim lists the events of the claims told inside it; one
quote over several sentences is one claim; a denial told beside a claim ("..., a claim
Baku denied") ends it and answers it; a passive report of a raised subject ("Iran is said
to have ...") is the whole clause, told by no one named. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse

pytestmark = pytest.mark.model


def _claims(pipeline, text: str) -> dict[str, object]:
    return {c.text: c for c in analyse(pipeline, text).claims}


def _event(pipeline, text: str, trigger: str):
    analysis = analyse(pipeline, text)
    return analysis, next(e for e in analysis.events if e.trigger == trigger)


# --- a passive's "by" phrase names the teller; nested claims ----------------------------

@pytest.mark.parametrize(("text", "inner", "teller", "country"), [
    (("The Turkish envoy said Ankara had been informed by Tbilisi that Russian jets bombed "
      "a Georgian village."), "Russian jets bombed a Georgian village", "Tbilisi", "GEO"),
    ("The UN was informed by Baku that Armenian troops had mined the road to Lachin.",
     "Armenian troops had mined the road to Lachin", "Baku", "AZE"),
])
def test_a_passive_verb_of_saying_is_told_by_its_agent(nlp_pipeline, text, inner, teller, country):
    claim = _claims(nlp_pipeline, text)[inner]
    assert claim.speaker_text == teller
    assert claim.speaker is not None and claim.speaker.country == country


def test_an_event_is_attributed_to_its_innermost_teller(nlp_pipeline):
    text = ("The Turkish envoy said Ankara had been informed by Tbilisi that Russian jets "
            "bombed a Georgian village.")
    analysis, event = _event(nlp_pipeline, text, "bombed")
    assert event.attributed_to is not None and event.attributed_to.text == "Tbilisi"
    inner = next(c for c in analysis.claims if c.speaker_text == "Tbilisi")
    assert event.claim_id == inner.claim_id


def test_the_outer_claim_lists_the_events_of_the_claim_inside_it(nlp_pipeline):
    text = ("Greek officials said they had been told by Ankara that Turkish warships would "
            "hold drills near Crete.")
    analysis, event = _event(nlp_pipeline, text, "drills")
    outer = next(c for c in analysis.claims if c.speaker_text == "Greek officials")
    assert event.event_id in outer.event_ids


def test_a_passive_report_with_no_by_phrase_has_no_teller(nlp_pipeline):
    text = "It was reported that Kosovo police arrested three soldiers."
    analysis, event = _event(nlp_pipeline, text, "arrested")
    assert event.attributed_to is None
    assert all(c.speaker_text is None for c in analysis.claims)


# --- one quote, one claim ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ('"Our artillery destroyed two Armenian tanks. Our troops also captured a village," '
     'the Azerbaijani general said.'),
    ('The Azerbaijani general said: "Our artillery destroyed two Armenian tanks. Our troops '
     'also captured a village."'),
])
def test_a_quote_over_two_sentences_is_one_claim(nlp_pipeline, text):
    analysis = analyse(nlp_pipeline, text)
    (claim,) = analysis.claims
    assert claim.text == ("Our artillery destroyed two Armenian tanks. Our troops also "
                          "captured a village")
    assert text[claim.start:claim.end] == claim.text
    told = {e.trigger for e in analysis.events if e.event_id in claim.event_ids}
    assert told == {"destroyed", "captured"}


def test_two_quotes_by_two_speakers_are_two_claims(nlp_pipeline):
    text = ('"Our artillery destroyed two Armenian tanks," the Azerbaijani general said. '
            '"Armenia shelled our town," the mayor of Tartar said.')
    speakers = {c.text: c.speaker_text for c in analyse(nlp_pipeline, text).claims}
    assert speakers == {"Our artillery destroyed two Armenian tanks": "the Azerbaijani general",
                        "Armenia shelled our town": "the mayor"}


# --- a denial told beside the claim ------------------------------------------------------

@pytest.mark.parametrize(("text", "told", "denier", "claimant"), [
    ("Armenia said Azerbaijani forces shelled villages near Goris, a claim Baku denied.",
     "Azerbaijani forces shelled villages near Goris", "AZE", "ARM"),
    ("Serbia said Kosovo police detained two Serbs, a report that Pristina denied.",
     "Kosovo police detained two Serbs", "XKX", "SRB"),
    ("Ukraine said Russian troops shelled Kherson, an allegation the Kremlin dismissed.",
     "Russian troops shelled Kherson", "RUS", "UKR"),
])
def test_a_denial_beside_a_claim_ends_it_and_answers_the_claimant(nlp_pipeline, text, told,
                                                                  denier, claimant):
    analysis = analyse(nlp_pipeline, text)
    assert [c.text for c in analysis.claims] == [told]
    denials = [e for e in analysis.events if e.type == "REJECT"]
    assert [([a.country for a in e.source], [a.country for a in e.target]) for e in denials] == [
        ([denier], [claimant])]
    assert denials[0].certainty == "asserted" and denials[0].attributed_to is None


def test_a_relative_clause_that_denies_nothing_stays_in_the_claim(nlp_pipeline):
    text = "Armenia said Azerbaijani forces shelled villages near Goris, a town Baku captured in 2020."
    (claim,) = analyse(nlp_pipeline, text).claims
    assert claim.text.endswith("a town Baku captured in 2020")


# --- a passive report of a raised subject ----------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Iran is said to have shipped drones to Russia.", None),
    ("Chinese troops are believed to have crossed into Bhutan.", None),
    ("Iran is reported by Israeli officials to have shipped drones to Russia.", "Israeli officials"),
])
def test_a_raised_report_is_the_whole_clause(nlp_pipeline, text, speaker):
    analysis = analyse(nlp_pipeline, text)
    (claim,) = analysis.claims
    assert claim.text == text.rstrip(".")
    assert claim.speaker_text == speaker
    (event,) = analysis.events
    assert event.event_id in claim.event_ids and event.certainty != "asserted"


def test_a_passive_order_to_act_is_no_report(nlp_pipeline):
    assert not analyse(nlp_pipeline, "Moscow was told to withdraw its troops from Georgia.").claims


def test_a_participle_report_on_a_noun_is_told_by_no_one(nlp_pipeline):
    text = "Russia deployed soldiers believed to have fought in Syria."
    analysis, event = _event(nlp_pipeline, text, "fought")
    (claim,) = analysis.claims
    assert (claim.text, claim.speaker_text) == ("soldiers believed to have fought in Syria", None)
    assert event.attributed_to is None and event.event_id in claim.event_ids


@pytest.mark.parametrize(("text", "speaker"), [
    # a passive belief names no believer: a claim told by no one, as "it is said that" is
    ("It is believed that Iran moved troops to the border.", None),
    # ... a belief with its believer named keeps them
    ("Analysts believe that Iran moved troops to the border.", "Analysts"),
])
def test_a_belief_is_a_claim_whoever_holds_it(nlp_pipeline, text, speaker):
    (claim,) = analyse(nlp_pipeline, text).claims
    assert (claim.text, claim.speaker_text) == ("Iran moved troops to the border", speaker)


def test_a_participle_report_read_as_the_sentences_verb_is_told_by_no_one(nlp_pipeline):
    # the parser makes "believed" the verb of "Gunmen": no one believes "to be" actively
    text = ("Gunmen believed to be members of al-Shabab attacked a police station in "
            "Mandera, killing three officers.")
    analysis, event = _event(nlp_pipeline, text, "attacked")
    assert event.attributed_to is None and event.certainty == "speculative"
    assert all(claim.speaker_text is None for claim in analysis.claims)
