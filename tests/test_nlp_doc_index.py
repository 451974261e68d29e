"""The per-document index the stages share (belli.nlp.doc_index): where given words
stand, read from the parse's array, where a token's sentence starts, and the text joined
once. A blank pipeline tokenizes our own sentences; no model loads."""

from __future__ import annotations

import pytest
import spacy

from belli.nlp.doc_index import (
    doc_text,
    indices_holding,
    known_text,
    per_parse,
    sentence_start,
    word_indices,
)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("A mission led by the envoy of Norway", {"led", "of"}, [2, 6]),
    ("Led by its chief, the team left. It was LED again.", {"led"}, [0, 11]),  # any case
    ("Rebels, including the RUF, and others among them", {"including", "among"}, [2, 8]),
])
def test_the_words_are_found_in_text_order_whatever_their_case(blank, text, words, expected):
    doc = blank(text)
    assert word_indices(doc, frozenset(words)) == expected
    assert [doc[i].lower_ for i in expected] == [t.lower_ for t in doc if t.lower_ in words]


def test_a_word_inside_another_is_not_that_word(blank):
    assert word_indices(blank("The minister was misled by the leader"), frozenset({"led"})) == []


def test_each_document_is_read_anew(blank):
    first, second = blank("Talks led nowhere."), blank("Nothing here, led or not, was led.")
    assert word_indices(first, frozenset({"led"})) == [1]
    assert word_indices(second, frozenset({"led"})) == [3, 8]
    assert doc_text(first) == "Talks led nowhere."
    assert doc_text(second) == second.text
    assert doc_text(first) == first.text  # back to the first: its own text, not the last one


def test_a_table_of_a_parse_is_built_once_per_document_and_anew_for_the_next(blank):
    first, second = blank("Talks led nowhere."), blank("Nothing here was led.")
    built = []

    def count(doc):
        built.append(doc)
        return len(doc)

    assert per_parse(first, "length", count) == per_parse(first, "length", count) == 3 + 1
    assert per_parse(second, "length", count) == 5
    assert per_parse(first, "length", count) == 4  # the first again: its own table
    assert built == [first, second, first]


@pytest.mark.parametrize(("text", "expected"), [
    # the tokenizer keeps "U.S.-Ukraine" whole and splits "Sino-Indian" at the hyphen
    ("U.S.-Ukraine talks and Sino-Indian trade went on", ["U.S.-Ukraine", "-"]),
    ("The EU-China summit met, then the U.S.-Iran talks", ["-", "U.S.-Iran"]),
    ("Nothing here joins two words", []),
])
def test_the_words_that_hold_a_hyphen_are_the_ones_a_scan_finds(blank, text, expected):
    doc = blank(text)
    found = indices_holding(doc, "-")
    assert found == [t.i for t in doc if "-" in t.text]  # the long way: every token read
    assert [doc[i].text for i in found] == expected


def test_a_word_that_is_only_the_character_is_found_too(blank):
    doc = blank("Troops crossed - and then left.")
    assert [doc[i].text for i in indices_holding(doc, "-")] == ["-"]


def test_only_one_character_is_looked_for(blank):
    with pytest.raises(ValueError, match="one character"):
        indices_holding(blank("U.S.-Iran talks"), "S.-")


def test_a_tokens_sentence_starts_where_spacy_says_it_does(blank):
    doc = blank("Rebels shelled the town. Talks failed again. Aid arrived on Monday.")
    doc[5].is_sent_start = True  # "Talks"
    doc[9].is_sent_start = True  # "Aid"
    for token in doc:
        assert sentence_start(doc, token.i) == token.sent.start
    assert [sentence_start(doc, i) for i in (0, 4, 5, 9)] == [0, 0, 5, 9]


def test_a_given_text_is_taken_only_where_it_ends_in_the_parses_last_word(blank):
    """A text of the parse's length is its text only if its last token reads the same
    there; another of that length is ignored and the text is joined from the parse."""
    taken = blank("Talks led nowhere today")
    known_text(taken, "Talks led nowhere today")
    assert doc_text(taken) == "Talks led nowhere today"
    other = blank("Talks led nowhere today")
    known_text(other, "Nothing came of it, sir")  # the same length, another last word
    assert doc_text(other) == "Talks led nowhere today"
