"""belli's spaCy pipeline: the model named by the settings plus belli's own components.

`build_nlp` loads the model once (`load_model(name, fresh=True)`) and adds, before the
model's parser:

    belli_paragraphs     a sentence starts after every line break (belli.nlp.paragraphs)

and after the model's `ner`:

    belli_entities       knowledge-base names, weapons, money (belli.nlp.ruler)
    belli_actor_phrases  "Azerbaijani armed forces" as one actor entity (belli.nlp.phrases)

That model object is its own, so the cached `load_model(name)` stays the plain model that
`belli bench` measures as the spaCy-only floor.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from belli.nlp.model import load_model

__all__ = ["BELLI_PIPES", "build_nlp"]

BELLI_PIPES = ("belli_paragraphs", "belli_entities", "belli_actor_phrases")
_lock = threading.Lock()


def build_nlp(model: str) -> Any:
    """The spaCy Language with belli's components, built once per model name."""
    with _lock:
        return _build(model)


@lru_cache(maxsize=2)
def _build(model: str) -> Any:
    import belli.nlp.paragraphs
    import belli.nlp.phrases
    import belli.nlp.ruler  # noqa: F401

    # a fresh load of its own, never the cached plain model: loading once costs less
    # than loading the plain model and copying it
    nlp = load_model(model, fresh=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("belli_paragraphs", before="parser")
    anchor = "ner" if "ner" in nlp.pipe_names else nlp.pipe_names[-1]
    nlp.add_pipe("belli_entities", after=anchor)
    nlp.add_pipe("belli_actor_phrases", after="belli_entities")
    return nlp
