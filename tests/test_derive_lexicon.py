"""The voting of the lexicon derivation (benchmarks/derive_lexicon.py), on a tiny table of
made-up vectors in place of spaCy's md one: equal vectors are one row, a word's own row
never votes, and the agreement and similarity thresholds decide."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "derive_lexicon.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive_lexicon", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("derive_lexicon", module)
    spec.loader.exec_module(module)
    return module


derive = _load()


class _Vectors:
    """What Space reads of spaCy's vector table: one raw row per word, in order."""

    def __init__(self, words: dict[str, list[float]]) -> None:
        self.data = np.array(list(words.values()), dtype="float32")
        self.key2row = {w: i for i, w in enumerate(words)}

    def find(self, *, key: str) -> int:
        return self.key2row.get(key, -1)


def _space(words: dict[str, list[float]]) -> object:
    vocab = SimpleNamespace(vectors=_Vectors(words), strings={w: w for w in words})
    return derive.Space(SimpleNamespace(vocab=vocab))


# "quash" has the vector of "suppress" and "curtail" (three raw rows, one distinct row);
# "censor" and "repress" are near it, the neutral "say" and "speak" far
SUPPRESS = {"suppress": [1.0, 0.0, 0.0], "curtail": [1.0, 0.0, 0.0], "quash": [1.0, 0.0, 0.0],
            "censor": [0.9, 0.3, 0.0], "repress": [0.8, 0.5, 0.0],
            "say": [0.0, 1.0, 0.0], "speak": [0.1, 0.9, 0.1]}
HAND = {"suppress": "COERCE", "curtail": "COERCE", "censor": "COERCE", "repress": "COERCE",
        "say": None, "speak": None}


def _voter(kind: str | None, *words: str) -> object:
    return derive.Voter(words or ("w",), kind)


def test_equal_vectors_are_one_row_whose_hand_words_vote_once():
    space = _space(SUPPRESS)
    voters = derive.voters_by_row(space, HAND)
    assert space.row("suppress") == space.row("curtail") == space.row("quash")
    assert len(voters) == 5  # six hand words, two of one vector
    assert voters[space.row("suppress")] == derive.Voter(("curtail", "suppress"), "COERCE")


def test_a_row_whose_words_disagree_or_are_mostly_neutral_votes_for_no_event():
    space = _space({"berate": [1.0, 0.0], "laud": [1.0, 0.0], "urge": [0.0, 1.0],
                    "say": [0.0, 1.0], "tell": [0.0, 1.0], "scold": [0.6, 0.8],
                    "note": [0.6, 0.8]})
    voters = derive.voters_by_row(space, {"berate": "ACCUSE", "laud": "SUPPORT",
                                          "urge": "REQUEST", "say": None, "tell": None,
                                          "scold": "ACCUSE", "note": None})
    assert voters[space.row("laud")].type is None  # antonyms share a row
    assert voters[space.row("urge")].type is None  # one typed word of three
    # one of two is half: the row keeps its type, the typed word named first
    assert voters[space.row("scold")] == derive.Voter(("scold", "note"), "ACCUSE")


def test_the_nearest_voters_leave_out_the_words_own_row():
    space = _space(SUPPRESS)
    voters = derive.voters_by_row(space, HAND)
    nearest = derive.ballot(space, voters)(space.row("quash"))
    assert [v.words[0] for v, _ in nearest] == ["censor", "repress", "speak"][:derive.K]
    assert [round(s, 2) for _, s in nearest][:2] == [0.95, 0.85]
    found = derive.vote(nearest, voters[space.row("quash")])
    assert found == ("COERCE", 0.95, ("censor", "repress"))


def test_a_synonym_of_one_hand_verb_is_no_evidence():
    """"muzzle" has the vector of "gag": counted, that row would make two agreeing voters;
    left out, one neighbour agrees, and the word is not derived."""
    space = _space({"gag": [0.0, 0.0, 1.0], "muzzle": [0.0, 0.0, 1.0],
                    "silence": [0.0, 0.5, 1.0], "say": [0.0, 1.0, 0.2],
                    "speak": [0.2, 1.0, 0.3]})
    voters = derive.voters_by_row(space, {"gag": "COERCE", "silence": "COERCE",
                                          "say": None, "speak": None})
    own = voters[space.row("muzzle")]
    nearest = derive.ballot(space, voters)(space.row("muzzle"))
    assert own not in [v for v, _ in nearest]
    assert derive.vote(nearest, own) is None
    with_own = [(own, 1.0), *nearest[:derive.K - 1]]
    assert derive.vote(with_own, own) is not None  # what counting it would have derived


@pytest.mark.parametrize(("neighbours", "own", "expected"), [
    # two agree, nearest at the threshold, all the weight theirs
    ([("COERCE", 0.62), ("COERCE", 0.6), (None, 0.0)], None, "COERCE"),
    # the nearest agreeing one below MIN_SIMILARITY
    ([("COERCE", 0.61), ("COERCE", 0.6), (None, 0.0)], None, None),
    # one voter agrees, however near
    ([("COERCE", 0.9), ("ACCUSE", 0.2), (None, 0.1)], None, None),
    # the winning type short of MIN_AGREEMENT of the weight (1.5 of 2.2)
    ([("COERCE", 0.8), ("COERCE", 0.7), ("ACCUSE", 0.7)], None, None),
    # ... and at it (1.5 of 2.1)
    ([("COERCE", 0.8), ("COERCE", 0.7), ("ACCUSE", 0.6)], None, "COERCE"),
    # the neutral verbs win: no event
    ([(None, 0.9), (None, 0.8), ("COERCE", 0.7)], None, None),
    # the word's own row holds hand words of another type, or neutral ones: a veto
    ([("COERCE", 0.8), ("COERCE", 0.7), (None, 0.1)], "ACCUSE", None),
    ([("COERCE", 0.8), ("COERCE", 0.7), (None, 0.1)], None, "COERCE"),
])
def test_agreement_and_similarity_thresholds_decide(neighbours, own, expected):
    assert (derive.MIN_SIMILARITY, derive.MIN_VOTERS, derive.MIN_AGREEMENT) == (0.62, 2, 0.7)
    found = derive.vote([(_voter(kind), sim) for kind, sim in neighbours],
                        None if own is None else _voter(own))
    assert (found and found[0]) == expected


def test_a_neutral_own_row_vetoes():
    neighbours = [(_voter("COERCE", "censor"), 0.8), (_voter("COERCE", "ban"), 0.7)]
    assert derive.vote(neighbours, _voter("COERCE")) is not None
    assert derive.vote(neighbours, _voter(None)) is None
