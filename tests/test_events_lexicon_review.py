"""Readings of the lexicon that a word alone does not decide: a group noun that may name
people, a mission sent rather than a note, a question put to a person rather than a
decision doubted, a supplier of goods rather than of arms, and the prospect and pending
words the framing reads from cues.yaml.

Each case is a sentence and the events of the given trigger words, written "TYPE
SOURCES>TARGETS" with country codes. The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

from importlib import resources

import pytest
from event_fixtures import sides

from belli.yamldata import load_word_data

CASES = [
    # "the pair", "the duo" and "the trio" name people as often as states
    (("Russia and Ukraine traded accusations on Monday. Two men were arrested in Kyiv. "
      "Police said the pair attacked a guard."), {"attacked"}, []),
    (("Mali, Niger and Burkina Faso left the bloc. Three men were detained. Police said "
      "the trio attacked a guard."), {"attacked"}, []),
    # a note or an assessment sent is no visit; a mission sent to talk or find facts is
    ("Moscow sent a diplomatic note to Kyiv.", {"sent"}, []),
    ("Iran sent its assessment to the IAEA.", {"sent"}, []),
    ("Egypt sent a fact-finding mission to Libya.", {"sent"}, ["CONSULT EGY>LBY"]),
    ("Qatar sent a mediation team to Kabul.", {"sent"}, ["CONSULT QAT>AFG"]),
    # a person questioned by reporters is asked, not accused; a decision questioned is
    # doubted, and a suspect questioned is under inquiry
    ("Reporters questioned the minister about the budget in Paris.", {"questioned"}, []),
    ("Turkey questioned the decision by Greece to hold the drills.", {"questioned"},
     ["ACCUSE TUR>GRC"]),
    ("Russia questioned the legitimacy of the Ukrainian vote.", {"questioned"},
     ["ACCUSE RUS>UKR"]),
    ("Ukrainian investigators questioned two men about the fire.", {"questioned"},
     ["ACCUSE UKR>"]),
    # a supplier of oil or gas sells it; a supplier of arms helps
    ("Russia is a major oil supplier to China.", {"supplier"}, []),
    ("Russia is the main gas supplier to Hungary.", {"supplier"}, []),
    ("Russia is a major arms supplier to India.", {"supplier"}, ["AID RUS>IND"]),
    # both spellings recognize a state
    ("Britain recognised Palestine as a state.", {"recognised"}, ["SUPPORT GBR>PSE"]),
    ("Britain recognized Palestine as a state.", {"recognized"}, ["SUPPORT GBR>PSE"]),
    # a coercive act held out as a prospect is a threat (prospect_nouns in cues.yaml)
    ("The EU raised the possibility of sanctions on Belarus.", {"sanctions"},
     ["THREATEN >BLR"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), CASES)
def test_the_lexicon_reads_the_word_in_its_sense(nlp_pipeline, text: str, triggers: set[str],
                                                 expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


def test_prospect_and_pending_words_are_data_analysts_extend() -> None:
    text = resources.files("belli.events").joinpath("data/cues.yaml").read_text("utf-8")
    cues = load_word_data(text, "cues.yaml")
    assert {"possibility", "draft", "bill"} <= set(cues["prospect_nouns"])
    assert {"pending", "await"} <= set(cues["pending_words"])
