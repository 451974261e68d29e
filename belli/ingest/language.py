"""Language identification, offline: py3langid's bundled model, loaded once on first use."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

# Enough text for a confident guess; classifying a whole long article only costs time.
_SAMPLE_CHARS = 4000
# Below this many letters a guess is noise ("OK", a name): the language stays unknown.
_MIN_LETTERS = 20
# Classes that news prose is misread as, never what a news article is written in: short
# English sentences full of names score as Nigerian Pidgin; Latinate text as Latin.
_EXCLUDED = frozenset({"pcm", "zxx", "vo", "la", "grc", "hbo", "sa"})
# Below this normalized probability the guess is left unknown (extraction then runs).
_MIN_PROBABILITY = 0.5
_lock = threading.Lock()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ("en", "pl"), or None when too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code) if probability >= _MIN_PROBABILITY else None


def _identifier() -> Any:
    with _lock:
        return _load()


@lru_cache(maxsize=1)
def _load() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted(set(identifier.nb_classes) - _EXCLUDED))
    return identifier
