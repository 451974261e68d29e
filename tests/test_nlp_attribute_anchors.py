"""Attribute rules that name a dependency label or a space are looked up by it, since they
name no word or tag to be looked up by: they fire where spaCy's Matcher fires them, and
only there."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from belli.nlp.attributes import AttributeRules, compile_rules

RULES = [
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "AUX"},
     "index": 1},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]],
     "attrs": {"POS": "AUX"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "LEMMA": " "}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"LEMMA": "space"}},
]


def parsed(nlp: Any) -> Doc:
    words = ["there", "was", "rain", "\n", "it", "has", "to", "fall", " ", "there", "is"]
    spaces = [True, True, False, False, True, True, True, False, False, True, False]
    tags = ["EX", "VBD", "NN", "_SP", "PRP", "VBZ", "TO", "VB", "_SP", "RB", "VBZ"]
    deps = ["expl", "ROOT", "attr", "dep", "nsubj", "aux", "aux", "ROOT", "", "advmod", "ROOT"]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, deps=deps)


def test_rules_keyed_on_the_label_or_a_space_fire_as_the_matcher_does() -> None:
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    rules = compile_rules(ruler)
    assert rules is not None
    component = AttributeRules(nlp.vocab)
    component.load(rules)
    ours, theirs = component(parsed(nlp)), ruler(parsed(nlp))
    assert [(t.pos_, t.lemma_) for t in ours] == [(t.pos_, t.lemma_) for t in theirs]
    assert [t.pos_ for t in ours] == ["", "AUX", "", "SPACE", "", "AUX", "", "", "SPACE", "", ""]
    assert [ours[3].lemma_, ours[8].lemma_] == ["space", " "]  # the second space has no label
