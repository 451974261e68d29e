"""A verb's irregular past the tagger reads as a present keeps its form as spaCy's lemma
("the army retook the palace" tagged VBP leaves "retook"): the lemmatizer's own tables
know the verb, so belli's lemma is that verb, and a prefixed past the tables list only
without its prefix is the prefixed verb ("resold": re + sell). A form that is itself a
verb ("to found a company") stays as it is.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def lemma_of(pipeline, text: str, word: str) -> str:
    from belli.records import Article

    doc = pipeline.process(Article.from_text(text, published="2025-03-14")).parse
    return next(t.lemma_ for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Sudan's army retook the presidential palace from the RSF.", "retook", "retake"),
    ("The smugglers resold the rifles in Kano.", "resold", "resell"),
    ("The rebels mistook the convoy for an army patrol.", "mistook", "mistake"),
])
def test_an_irregular_past_is_lemmatized_to_its_verb(nlp_pipeline, text, word, lemma):
    assert lemma_of(nlp_pipeline, text, word) == lemma


@pytest.mark.parametrize(("text", "word"), [
    ("The exiles plan to found a party in Paris.", "found"),
    ("The army will retake the town.", "retake"),
])
def test_a_form_that_is_itself_a_verb_stays(nlp_pipeline, text, word):
    assert lemma_of(nlp_pipeline, text, word) == word

