"""A pledge or a suspension of a sum names whom the money goes to in the sum's
own phrase or in the aid the sum is in ("pledged 500 million euros IN humanitarian aid TO
Sudan", "suspended $95 million in aid to Cairo"): that is the act's target. A sum whose
phrase names no one leaves the target to the rest of the sentence, and where the pledge
was made ("in a speech to the UN") is no recipient.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "kind", "wanted"), [
    ("Germany pledged 500 million euros in humanitarian aid to Sudan.", "AGREE",
     ["AGREE DEU>SDN"]),
    ("Britain promised 100 million pounds in military aid to Kyiv.", "AGREE", ["AGREE GBR>UKR"]),
    ("Japan pledged 50 million dollars for Ukraine's reconstruction.", "AGREE",
     ["AGREE JPN>UKR"]),
    ("Washington suspended 95 million dollars in aid to Cairo.", "SANCTION",
     ["SANCTION USA>EGY"]),
])
def test_whom_a_sum_goes_to_is_the_target(nlp_pipeline, text, kind, wanted):
    assert sides(nlp_pipeline, text, {kind}) == wanted


@pytest.mark.parametrize("text", [
    "Germany pledged 500 million euros in humanitarian aid on Monday.",
    "Germany pledged 500 million euros in new aid in a speech to the UN General Assembly.",
])
def test_a_sum_that_names_no_one_adds_no_target(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"AGREE"}) == ["AGREE DEU>"]
