""""Put" and "place" code what their phrase names: a penalty laid on another ("placed
SANCTIONS on"), a curfew or lockdown a place is put under, an alert or an arrest; a thing
put somewhere is no event (`lexicon.yaml`, verbs put/place).

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada placed new sanctions on Belarusian officials.", ["SANCTION CAN>BLR"]),
    ("Japan put an embargo on North Korean ships.", ["SANCTION JPN>PRK"]),
])
def test_a_penalty_put_on_another_is_laid_by_the_subject(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"SANCTION"}) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Peruvian police put the border town under curfew.", ["COERCE PER>PER"]),
    ("Police in Nairobi put the district under curfew.", ["COERCE KEN>KEN"]),
    ("Chinese authorities placed the city under lockdown.", ["COERCE CHN>"]),
])
def test_who_puts_a_place_under_curfew_or_lockdown_coerces_it(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"COERCE"}) == expected


@pytest.mark.parametrize("text", [
    "The minister put the documents on the desk.",
    "Farmers placed sandbags under the bridge.",
])
def test_a_thing_put_somewhere_is_no_event(nlp_pipeline, text):
    assert sides(nlp_pipeline, text) == []
