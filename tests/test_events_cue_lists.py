"""Word lists the parse readers take from data/cues.yaml by key."""

from __future__ import annotations

import pytest

from belli.events.cue_lists import cue_list


def test_a_list_is_its_words_in_lower_case():
    feelings = cue_list("feeling_nouns")
    assert {"dismay", "anger"} <= feelings
    assert all(word == word.lower() for word in feelings)


def test_praise_is_one_list_and_other_reactions_to_a_deed_another():
    assert "thank" in cue_list("praise_verbs")
    assert "blame" in cue_list("deed_reaction_verbs")
    assert not cue_list("praise_verbs") & cue_list("deed_reaction_verbs")


def test_a_misspelt_key_is_an_error_not_an_empty_list():
    with pytest.raises(KeyError):
        cue_list("praise_verb")


def test_a_list_may_take_in_another_list_by_its_key():
    """"@outlook_nouns" in a list stands for that list's words, written once."""
    outlook = cue_list("outlook_nouns")
    assert outlook <= cue_list("hoped_nouns")
    assert outlook <= cue_list("expectation_nouns")
    assert cue_list("accord_nouns") <= cue_list("thing_doers") & cue_list("undertaking_nouns")
    assert not any(word.startswith("@") for word in cue_list("thing_doers"))


def test_words_of_one_list_only_stay_there():
    assert "hope" in cue_list("hoped_nouns") and "hope" not in cue_list("expectation_nouns")
    assert "truce" in cue_list("undertaking_nouns") and "truce" not in cue_list("thing_doers")
