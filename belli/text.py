"""Text helpers that belong to no one stage: the actor, place and parse stages all use them."""

from __future__ import annotations

import unicodedata

__all__ = ["without_marks"]


def without_marks(text: str) -> str:
    """`text` decomposed (NFKD) without its combining marks: "Ţarţūs" -> "Tartus". ASCII
    text, most names, is returned as it is: it has nothing to decompose (a cost per name
    at start-up and per mention)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
