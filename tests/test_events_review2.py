"""Second review of the event coder: a question that ends a paragraph, and the word lists
read from the data files (one reader, a missing list an error).

Sentences written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse

from belli.events import participants, phrase_shape
from belli.events.claims import load_cues
from belli.events.cue_lists import cue_list
from belli.events.nominal import told_as_happening
from belli.yamldata import word_list

QUESTION = "Has the fighting continued?\n\nThe army said its units had pulled back from the river."


# --- a question is one whatever follows it ---------------------------------------------

@pytest.mark.model
def test_a_question_that_ends_a_paragraph_tells_no_act(nlp_pipeline):
    doc = analyse(nlp_pipeline, QUESTION).parse
    fighting = next(t for t in doc if t.lower_ == "fighting")
    assert not told_as_happening(fighting, "nouns")


@pytest.mark.model
def test_a_question_that_ends_a_paragraph_is_coded_as_nothing(nlp_pipeline):
    """With two sides in arms told before, an act with no actor would be given both."""
    shelling = ("Chilean troops shelled Peruvian positions near the border on Monday. "
                "Peruvian forces fired on Chilean posts overnight.\n\n")
    events = analyse(nlp_pipeline, shelling + QUESTION).events
    asked = range(len(shelling), len(shelling) + QUESTION.index("\n"))
    assert not [e for e in events if e.start in asked], [e.reason for e in events]


# --- word lists: one reader, a missing list is an error ---------------------------------

def test_a_word_list_keeps_its_words_as_written():
    assert "GOV" in word_list("belli.actors", "coref.yaml", "state_organs")


def test_a_word_list_that_is_not_there_is_an_error():
    with pytest.raises(KeyError):
        word_list("belli.actors", "coref.yaml", "state_organ")


def test_the_cues_of_speech_are_the_cue_list_of_speech_verbs():
    cues = load_cues()
    assert cues.speech == cue_list("speech_verbs")
    assert cues.conditions == cue_list("condition_words")


def test_the_shape_of_a_phrase_reads_its_words_from_the_cue_lists():
    assert phrase_shape.PLACE_KINDS == cue_list("place_kinds") and "port" in phrase_shape.PLACE_KINDS
    assert phrase_shape.RELATIONAL == cue_list("relational_nouns")
    assert "battalion" in phrase_shape.OWNED


def test_participants_still_offers_the_place_and_relation_nouns():
    assert participants.PLACE_KINDS is phrase_shape.PLACE_KINDS
    assert participants.RELATIONAL is phrase_shape.RELATIONAL
