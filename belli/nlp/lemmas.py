"""The model's lemmatizer, asked once per distinct word form, part of speech and
morphology instead of once per token.

spaCy's rule lemmatizer decides a lemma from those three alone (they are its own cache
key), but it still walks every token in Python to reach its cache. Reading the three as
arrays and writing the lemmas back in one call gives the same lemmas (tests/
test_nlp_build.py compares them, on texts without the correction below) at a fraction of
the cost. One correction: a verb's
irregular past the tagger read as a present ("the army retook the palace" tagged VBP)
keeps its form as the rule lemmatizer's lemma; its tables know the verb ("retake"), and so
the lemma here is that verb (tests/test_nlp_lemmas_past.py).
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language

_MAX_REMEMBERED = 50_000  # distinct (form, POS, morphology) keys (12 MB measured); then start over
# prefixes a verb keeps through an irregular past ("retook", "overtook", "mistook", "outfought")
_PREFIXES = ("re", "over", "under", "out", "mis", "with", "fore", "up")


class Lemmas:
    """Takes the place and name of the model's lemmatizer and asks it on a cache miss."""

    def __init__(self) -> None:
        self.lemmatizer: Any = None
        self._known: dict[tuple[int, int, int], int] = {}
        self._verb_tables: tuple[Any, Any] | None = None  # read on the first past form

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
            token = doc[i]
            lemma = self.lemmatizer.lemmatize(token)[0]
            if token.pos_ == "VERB" and lemma == token.lower_:
                lemma = self._past_form(lemma) or lemma
            known = doc.vocab.strings.add(lemma)
            self._known[key] = known
        return int(known)

    def _past_form(self, word: str) -> str | None:
        """The verb an irregular past form belongs to, where the tagger read it as a present
        ("the army retook the palace" tagged VBP: the rule lemmatizer leaves a present
        as it is) or the tables list only its unprefixed verb ("resold": re + sell). A
        form that is itself a verb ("found", "saw") is left as it is."""
        index, irregular = self._tables()
        if not irregular or word in index:
            return None
        listed = irregular.get(word)
        if listed and listed[0] != word:
            return str(listed[0])
        for prefix in _PREFIXES:
            rest = irregular.get(word[len(prefix):]) if word.startswith(prefix) else None
            if rest and f"{prefix}{rest[0]}" in index:
                return f"{prefix}{rest[0]}"
        return None

    def _tables(self) -> tuple[Any, Any]:
        """The lemmatizer's verbs (its index of base forms) and irregular forms, if it has
        them; read once."""
        if self._verb_tables is None:
            self._verb_tables = self._read_tables()
        return self._verb_tables

    def _read_tables(self) -> tuple[Any, Any]:
        lookups: Any = getattr(self.lemmatizer, "lookups", None)
        try:
            return (lookups.get_table("lemma_index").get("verb", frozenset()),
                    lookups.get_table("lemma_exc").get("verb", {}))
        except (AttributeError, KeyError):  # no lookups, or no such tables
            return frozenset(), {}


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
