"""The model's lemmatizer, asked once per distinct word form, part of speech and
morphology instead of once per token.

spaCy's rule lemmatizer decides a lemma from those three alone (they are its own cache
key), but it still walks every token in Python to reach its cache. Reading the three as
arrays and writing the lemmas back in one call gives the same lemmas (tests/
test_nlp_build.py compares them) at a fraction of the cost.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language

_MAX_REMEMBERED = 50_000  # distinct (form, POS, morphology) keys (12 MB measured); then start over


class Lemmas:
    """Takes the place and name of the model's lemmatizer and asks it on a cache miss."""

    def __init__(self) -> None:
        self.lemmatizer: Any = None
        self._known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        overwrite = bool(getattr(self.lemmatizer, "overwrite", False))
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if overwrite or lemma == 0:
                table[i, 3] = self._lemma(doc, i, (orth, pos, morph))
        doc.from_array([LEMMA], table[:, 3:])
        return doc

    def _lemma(self, doc: Any, i: int, key: tuple[int, int, int]) -> int:
        known = self._known.get(key)
        if known is None:
            if len(self._known) >= _MAX_REMEMBERED:
                self._known.clear()
            known = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            self._known[key] = known
        return int(known)


@Language.factory("belli_lemmas")
def _make(nlp: Language, name: str) -> Lemmas:
    return Lemmas()


def use_lemmas(nlp: Any) -> bool:
    """Put Lemmas in front of the model's lemmatizer (same name, same place)."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not hasattr(lemmatizer, "lemmatize"):
        return False
    lemmatizer(nlp.make_doc(""))  # its tables are checked on its first call: missing ones raise
    nlp.replace_pipe("lemmatizer", "belli_lemmas")
    nlp.get_pipe("lemmatizer").lemmatizer = lemmatizer
    return True
