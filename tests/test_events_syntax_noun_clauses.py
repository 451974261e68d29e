"""`subject_of` for a clause hung on a noun: who acts is the noun a participle tells of,
the noun's possessor for its infinitive, or the agent of the noun's own participle; a
noun with neither lends its infinitive no doer.

Parses are built by hand on a blank vocabulary (no model loads)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from belli.events.syntax import subject_of

_VOCAB = spacy.blank("en").vocab


def _parse(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """One row per word: (text, head index, label, tag, coarse part of speech)."""
    words, heads, deps, tags, pos = (list(column) for column in zip(*rows))
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


_CROSSING = [("Troops", 4, "nsubj", "NNS", "NOUN"), ("crossing", 0, "acl", "VBG", "VERB"),
             ("the", 3, "det", "DT", "DET"), ("frontier", 1, "dobj", "NN", "NOUN"),
             ("fired", 4, "ROOT", "VBD", "VERB")]
_FAILURE = [("Ruritania", 2, "poss", "NNP", "PROPN"), ("'s", 0, "case", "POS", "PART"),
            ("failure", 2, "ROOT", "NN", "NOUN"), ("to", 4, "aux", "TO", "PART"),
            ("persuade", 2, "acl", "VB", "VERB"), ("Elbonia", 4, "dobj", "NNP", "PROPN")]
_STEPS = [("steps", 0, "ROOT", "NNS", "NOUN"), ("taken", 0, "acl", "VBN", "VERB"),
          ("by", 1, "agent", "IN", "ADP"), ("Ruritania", 2, "pobj", "NNP", "PROPN"),
          ("to", 5, "aux", "TO", "PART"), ("send", 0, "acl", "VB", "VERB"),
          ("troops", 5, "dobj", "NNS", "NOUN")]
_PLAN = [("the", 1, "det", "DT", "DET"), ("plan", 1, "ROOT", "NN", "NOUN"),
         ("to", 3, "aux", "TO", "PART"), ("send", 1, "acl", "VB", "VERB"),
         ("troops", 3, "dobj", "NNS", "NOUN")]


@pytest.mark.parametrize(("rows", "verb", "doer"), [
    (_CROSSING, 1, "Troops"),  # the noun a present participle tells of acts
    (_FAILURE, 4, "Ruritania"),  # the possessor of the noun its infinitive hangs on
    (_STEPS, 5, "Ruritania"),  # the agent of the noun's own passive participle
])
def test_a_clause_on_a_noun_is_done_by_whom_the_noun_names(
        rows: list[tuple[str, int, str, str, str]], verb: int, doer: str) -> None:
    found = subject_of(_parse(rows)[verb])
    assert found is not None and found.text == doer


def test_an_infinitive_on_a_bare_noun_has_no_doer() -> None:
    assert subject_of(_parse(_PLAN)[3]) is None
