"""Who sends forces, who wields an -ing act noun, and whom an arming state arms:
- a deployer's forces told by no name, adjective or possessor ("Turkey deployed troops")
  are its own, not of a country an earlier sentence gave troops;
- an -ing act noun after a passive's "by" ("wounded by Russian shelling") gives its
  adjective's country as the doer, as in the active ("Russian shelling wounded");
- rebels of no named country that a state arms are another party: AID, not MOBILIZE.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from event_fixtures import coded, countries

pytestmark = pytest.mark.model


def _countries(actors) -> set[str | None]:
    return set(countries(actors))


@pytest.mark.parametrize(("text", "trigger", "deployer", "earlier"), [
    ("Azerbaijani troops advanced on Monday. Turkey deployed troops across northern Syria.",
     "deployed", "TUR", "AZE"),
    ("Russian soldiers crossed the border. Belarus sent soldiers to the frontier on Friday.",
     "sent", "BLR", "RUS"),
])
def test_a_deployers_unnamed_forces_are_its_own(nlp_pipeline, text, trigger, deployer, earlier):
    event = coded(nlp_pipeline, text, trigger)
    assert event.type == "MOBILIZE"
    assert _countries(event.source) == {deployer}
    assert earlier not in _countries(event.target)


def test_forces_named_by_their_country_keep_it(nlp_pipeline):
    text = "Belarus allowed Russian troops to stay. Belarus deployed Russian troops near Brest."
    event = coded(nlp_pipeline, text, "deployed")
    assert "RUS" in _countries(event.source) | _countries(event.target)


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Three civilians were wounded by Russian shelling in Kherson.", "wounded", "RUS"),
    ("A school was damaged by Israeli shelling near the border.", "damaged", "ISR"),
])
def test_an_ing_act_noun_after_a_passives_by_names_the_doer(nlp_pipeline, text, trigger, doer):
    assert _countries(coded(nlp_pipeline, text, trigger).source) == {doer}


def test_a_gerund_with_its_own_object_after_by_is_a_means_not_a_doer():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from belli.events.syntax import agent_of

    words = ["bridge", "was", "cut", "by", "shelling", "the", "road"]
    doc = Doc(Vocab(), words=words, tags=["NN", "VBD", "VBN", "IN", "VBG", "DT", "NN"],
              deps=["nsubjpass", "auxpass", "ROOT", "agent", "pcomp", "det", "dobj"],
              heads=[2, 2, 2, 2, 3, 6, 4])
    assert agent_of(doc[2]) is None


@pytest.mark.parametrize("text", [
    "Observers believe Russia probably armed the rebels.",
    "Analysts say Iran quietly armed the militants last year.",
])
def test_arming_rebels_of_no_named_country_is_aid_to_them(nlp_pipeline, text):
    event = coded(nlp_pipeline, text, "armed")
    assert event.type == "AID"
    assert not (_countries(event.target) & _countries(event.source))


def test_arming_ones_own_troops_is_still_mobilizing(nlp_pipeline):
    event = coded(nlp_pipeline, "Russia armed its troops with new rifles.", "armed")
    assert event.type == "MOBILIZE"
