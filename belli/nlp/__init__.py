"""Everything that touches spaCy lives here: model loading, sentences, mentions."""

from belli.nlp.model import load_model

__all__ = ["load_model"]
