"""An act praised or condemned with its doer named, before it or after its "of", is that
doer's deed, told as done ("praised POLAND'S support for Ukraine" codes Poland's support
too, as "thanked Poland FOR its support" does); an offer rejected stays only the
rejection. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Berlin praised Poland's support for Ukraine.", "SUPPORT POL>UKR"),
    ("The EU condemned Russia's threats against Moldova.", "THREATEN RUS>MDA"),
    ("Armenia condemned the visit of Turkish President Recep Tayyip Erdogan to Shushi.",
     "CONSULT TUR>AZE"),
])
def test_a_deed_praised_or_condemned_is_coded_with_its_doer(nlp_pipeline, text, wanted):
    assert wanted in sides(nlp_pipeline, text)


def test_an_act_condemned_with_whom_it_is_done_to_after_of_names_no_doer(nlp_pipeline):
    assert sides(nlp_pipeline, "Israel condemned the recognition of Palestine.",
                 {"SUPPORT"}) == []


def test_an_offer_rejected_is_still_only_the_rejection(nlp_pipeline):
    text = "Hamas rejected the Israeli proposal on Monday."
    assert [s.split()[0] for s in sides(nlp_pipeline, text)] == ["REJECT"]
