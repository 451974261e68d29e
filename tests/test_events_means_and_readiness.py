"""An act done as the means of another shares its mood ("may tease the U.S. BY DEFYING
it" is speculative, "did not respond by STRIKING" negated), and readiness to undergo
something ("not ready TO BE REPATRIATED") offers nothing, while readiness to act
does; a state that expects another to act asks it, while what few or analysts expect is
a forecast. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "certainty", "aux"), [
    (("Erdogan may tease Washington further by attempting to buy Russian jets and defying "
     "the U.S."), "defying", "speculative", []),
    ("Russia did not respond by striking Kyiv.", "striking", "asserted", ["negated"]),
    ("Iran could retaliate by attacking U.S. bases.", "attacking", "asserted", ["hypothetical"]),
    ("Israel responded by striking Hamas targets in Gaza.", "striking", "asserted", []),
    # a means to what was only tried or failed was still used
    ("Russia has failed to break Ukraine's resolve by bombing its power grid.", "bombing",
     "asserted", []),
])
def test_a_means_shares_the_mood_of_its_end(nlp_pipeline, text, trigger, certainty, aux):
    event = coded(nlp_pipeline, text, trigger)
    assert (event.certainty, sorted(event.aux)) == (certainty, aux)


@pytest.mark.parametrize("text", [
    "\"I am not ready to be repatriated to Somalia,\" said a Somali refugee in Kenya.",
    "Many refugees in Kenya are unwilling to be returned to Somalia.",
])
def test_readiness_to_undergo_offers_nothing(nlp_pipeline, text):
    assert [e.type for e in analyse(nlp_pipeline, text).events if e.type == "AGREE"] == []


@pytest.mark.parametrize("text", [
    "Armenia is ready to sign a peace treaty with Azerbaijan.",
    "Iran is willing to resume talks with the United States.",
    # to be involved or engaged is to take part
    "Iran is willing to be involved in talks with the United States.",
])
def test_readiness_to_act_is_an_offer(nlp_pipeline, text):
    assert "AGREE" in [e.type for e in analyse(nlp_pipeline, text).events]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Washington expects Moscow to comply with the treaty.", ["REQUEST"]),
    ("Few expect Moscow to honor the agreement.", []),
    ("Analysts expect Beijing to retaliate against the tariffs.", []),
])
def test_a_state_expecting_asks_a_forecast_does_not(nlp_pipeline, text, wanted):
    assert [e.type for e in analyse(nlp_pipeline, text).events if e.type == "REQUEST"] == wanted
