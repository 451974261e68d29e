"""Each voice keeps its own words: "A said X, while B said Y" gives A the claim X only, and
B's count is B's; "told a news briefing that ..." reports the clause whatever the parser
hung it on; an unnamed organ of state that speaks in a sentence naming one country is
that country's. The sentences are our own invention."""

from __future__ import annotations

import pytest
from event_fixtures import analyse

pytestmark = pytest.mark.model


def _claims(pipeline, text: str) -> dict[str, str]:
    return {c.speaker_text or "": c.text for c in analyse(pipeline, text).claims}


@pytest.mark.parametrize(("text", "speaker", "told"), [
    ("Kyiv said 30 soldiers were killed in the strike, while Moscow said 200 died.",
     "Kyiv", "30 soldiers were killed in the strike"),
    (("The junta said its troops killed 40 rebels, but the rebels said only two of their "
      "fighters died."), "The junta", "its troops killed 40 rebels"),
])
def test_another_speakers_clause_is_not_the_first_speakers_claim(nlp_pipeline, text, speaker, told):
    assert _claims(nlp_pipeline, text)[speaker] == told


def test_the_other_speakers_count_is_claimed_by_them(nlp_pipeline):
    text = "The army said rebels killed 12 soldiers in Kidal, while the rebels said they killed 40."
    events = [e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT"]
    counts = {(q.value, q.claimed_by) for e in events for q in e.quantities}
    assert (12, "The army") in counts
    assert (40, "The army") not in counts


def test_a_clause_told_to_a_briefing_is_the_claim(nlp_pipeline):
    text = ("Pakistan's foreign ministry spokeswoman told a news briefing that Indian troops "
            "had shelled villages in Kashmir.")
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == "shelled")
    assert event.certainty == "reported"
    assert event.attributed_to is not None and event.attributed_to.country == "PAK"


@pytest.mark.parametrize(("text", "country"), [
    ("Police detained 40 protesters in Tbilisi, the interior ministry said.", "GEO"),
    # two countries named: the ministry could be either's
    ("Police detained 40 Russian citizens in Tbilisi, the interior ministry said.", None),
])
def test_an_unnamed_state_speaker_takes_the_sentences_only_country(nlp_pipeline, text, country):
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == "detained")
    assert event.attributed_to is not None
    assert event.attributed_to.country == country


@pytest.mark.parametrize(("text", "trigger", "speaker"), [
    # the outlet passes on the official's words: the official is the speaker
    (("The TASS news agency quoted a Russian navy commander as saying Ukrainian drones had "
      "attacked a frigate."), "attacked", "a Russian navy commander"),
    # a perfect infinitive after a verb of saying is a past act told on the subject's word
    ("The rebels claimed to have captured 40 Malian soldiers near Kidal.", "captured", "The rebels"),
])
def test_the_one_who_says_it_is_the_speaker(nlp_pipeline, text, trigger, speaker):
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == trigger)
    assert event.certainty == "reported"
    assert event.attributed_to is not None and event.attributed_to.text == speaker


def test_an_order_to_act_is_no_claim(nlp_pipeline):
    claims = analyse(nlp_pipeline, "Washington told Moscow to withdraw its troops from the border.").claims
    assert claims == ()
