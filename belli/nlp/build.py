"""belli's spaCy pipeline: the model named by the settings plus belli's own components.

`build_nlp` loads the model once, without the components it turns off by default
(`load_model(name, fresh=True, without_disabled=True)`), and adds, before the model's
parser:

    belli_paragraphs     a sentence starts after every line break (belli.nlp.paragraphs)

and after the model's `ner`:

    belli_entities       knowledge-base names, weapons, money (belli.nlp.ruler)
    belli_actor_phrases  "Azerbaijani armed forces" as one actor entity (belli.nlp.phrases)

That model object is its own, so the cached `load_model(name)` stays the plain model that
`belli bench` measures as the spaCy-only floor. Five changes make it faster and nothing
else: the rule lemmatizer's word index becomes sets (see `_fast_index`), the networks
multiply with the `gemm` setting's library (belli.nlp.blas), the token networks run in
small chunks of a large batch (belli.nlp.chunks), the model's attribute rules
are looked up per word instead of matched (belli.nlp.attributes), and the lemmatizer is
asked once per word form instead of once per token (belli.nlp.lemmas). The last two
hold what they took from the model in memory: belli never saves its pipeline to disk,
and `nlp.to_disk` would not keep them.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from belli.nlp.attributes import use_attribute_rules
from belli.nlp.blas import use_gemm
from belli.nlp.chunks import chunk_networks
from belli.nlp.lemmas import use_lemmas
from belli.nlp.model import load_model

__all__ = ["BELLI_PIPES", "build_nlp"]

BELLI_PIPES = ("belli_paragraphs", "belli_entities", "belli_actor_phrases")
_lock = threading.Lock()


def build_nlp(model: str, gemm: str = "numpy") -> Any:
    """The spaCy Language with belli's components, built once per model name and gemm."""
    with _lock:
        return _build(model, gemm)


@lru_cache(maxsize=2)
def _build(model: str, gemm: str) -> Any:
    import belli.nlp.paragraphs
    import belli.nlp.phrases
    import belli.nlp.ruler  # noqa: F401

    # a fresh load of its own, never the cached plain model: loading once costs less
    # than loading the plain model and copying it; without what the model turns off,
    # since belli turns nothing on
    nlp = load_model(model, fresh=True, without_disabled=True)
    _fast_index(nlp)
    use_gemm(nlp, gemm)
    chunk_networks(nlp)
    use_attribute_rules(nlp)
    use_lemmas(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("belli_paragraphs", before="parser")
    anchor = "ner" if "ner" in nlp.pipe_names else nlp.pipe_names[-1]
    nlp.add_pipe("belli_entities", after=anchor)
    nlp.add_pipe("belli_actor_phrases", after="belli_entities")
    return nlp


def _fast_index(nlp: Any) -> None:
    """spaCy's rule lemmatizer asks `form in index` of a list of up to 57,000 words for
    every rule that applies to a word form it has not seen: on a fresh process that was
    13% of the whole pipeline. The same words as sets give the same lemmas (a test
    compares them), in constant time. The table is never written back to disk."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        table[key] = frozenset(words)
