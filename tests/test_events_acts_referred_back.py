"""An act a time phrase names ("AFTER talks with Iran, Oman signed ...") is told new and
coded, as is another actor's ("following CHILE'S talks with Peru, Ecuador signed"); one
named as known, with "the", "these" or the subject as owner ("after ITS talks", "after
OMAN'S talks ..., Oman signed"), refers back to an act told before and is not coded
again (`merge.py`).

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "After talks with Iran, Oman signed the deal with Qatar.",
    "Following talks with Chile, Peru signed a fishing accord with Ecuador.",
    "Following Chile's talks with Peru, Ecuador signed a fishing accord with Bolivia.",
])
def test_an_act_a_time_phrase_tells_new_is_coded(nlp_pipeline, text):
    assert len(sides(nlp_pipeline, text, {"CONSULT"})) == 1


@pytest.mark.parametrize("text", [
    "After the talks with Iran, Oman signed the deal with Qatar.",
    "After its talks with Iran, Oman signed the deal with Qatar.",
    "After Oman's talks with Iran, Oman signed the deal with Qatar.",
    "After these talks with Iran, Oman signed the deal with Qatar.",
])
def test_an_act_named_as_known_is_not_coded_again(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"CONSULT"}) == []
