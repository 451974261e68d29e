"""Whose words an answer is aimed at, and whom a warning of one's own act is aimed at:

- one turns down or backs another's words: "its" or "their" before an offer, a proposal
  or a call is the nearest other actor named before it, and "THE call" is whoever made
  the last one told, by a word of the same stem that names words said (not "appeared"
  for "the appeal"); one's own obligations are no one else's;
- "X alleged ..., CHARGES Y denied": a words noun after a comma sums up the claim before
  it, and the denial is aimed at whoever told it;
- "warned that IT would exert pressure ON X": a warning of the speaker's own act is aimed
  at whom that act is aimed at.

Each case is a sentence of our own and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes ("?" for an actor with none).
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model

ANSWERED = [
    # fires: the pronoun is not the one who rejects
    ("Britain made an offer to Argentina. Argentina rejected its proposal on Monday.",
     {"REJECT"}, ["REJECT ARG>GBR"]),
    # fires: the call backed is the one told before
    ("France called for a ceasefire in Gaza. Greece and Spain supported the call on Monday.",
     {"SUPPORT"}, ["SUPPORT ESP,GRC>FRA"]),
    # must not: one's own obligations are no one else's words
    ("Japan made an offer to China. Iran rejected its obligations under the deal.",
     {"REJECT"}, ["REJECT IRN>"]),
    # must not: words with no one told before stay unaimed
    ("Iran rejected the proposal.", {"REJECT"}, ["REJECT IRN>"]),
    # fires: the offer told two sentences before, past a word that only looks like it
    ("Ghana made an offer of mediation. Togo offended its neighbours. Benin rejected the offer.",
     {"REJECT"}, ["REJECT BEN>GHA"]),
    # fires: the verb of the words said ("appealed") tells whose the appeal is
    ("Chad appealed for calm. Niger rejected the appeal on Monday.", {"REJECT"},
     ["REJECT NER>TCD"]),
    # must not: a word sharing only its first letters ("appeared") said nothing
    ("Libya appeared on the list. Egypt rejected the appeal.", {"REJECT"}, ["REJECT EGY>"]),
]

SUMMED_UP = [
    # fires: the teller of the claim summed up is answered
    ("Kenyan rebels said the army killed civilians, claims the Ugandan government rejected.",
     {"REJECT"}, ["REJECT UGA>KEN"]),
    (("Syrian activists have alleged that the army shelled the town, charges the Russian "
      "ministry denied."), {"REJECT"}, ["REJECT RUS>SYR"]),
    # must not: a denial with no claim told before it answers no one named
    ("The Iraqi government denied the allegations.", {"REJECT"}, ["REJECT IRQ>"]),
]

OWN_ACTS = [
    # fires: the warned act's target
    ("The United States warned that it will exert pressure on Iran.", {"THREATEN"},
     ["THREATEN USA>IRN"]),
    ("India warned that it would put pressure on Pakistan.", {"THREATEN"},
     ["THREATEN IND>PAK"]),
    # must not: an act aimed at no one gives no target
    ("Russia warned that it would respond.", {"THREATEN"}, ["THREATEN RUS>"]),
]


@pytest.mark.parametrize(("text", "types", "expected"), ANSWERED + SUMMED_UP + OWN_ACTS)
def test_answers_and_warnings_aim_at_the_other_party(nlp_pipeline, text: str, types: set[str],
                                                     expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
