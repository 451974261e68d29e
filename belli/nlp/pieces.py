"""Long texts in pieces: spaCy refuses a text over `nlp.max_length` (E088, 1,000,000 characters).

A document longer than one piece is cut at paragraph breaks into pieces of at most
`max_chars`, each piece is parsed on its own, and the parsed pieces are joined back into one
Doc whose text is the whole document, so every offset a later stage reads still indexes
into the article text. Sentences never cross a line break (belli.nlp.paragraphs), so a cut
after a line break changes no sentence; a cut elsewhere is a fallback for a paragraph longer
than a piece.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belli.errors import PipelineError

__all__ = ["PIECE_CHARS", "join_pieces", "split_text"]

# Smaller than spaCy's limit on purpose: the parser's working memory grows with the piece.
# A 1.2-million-character text in pieces of 1,000,000 peaked at 3.3 GB and took 83 s in
# spaCy; in pieces of 100,000, 0.7 GB and 41 s (2 cores). A piece still holds hundreds of
# paragraphs.
PIECE_CHARS = 100_000

# Where to cut, best first: after a blank line, a line break, a sentence, any space.
_CUTS = ("\n\n", "\n", ". ", " ")


def split_text(text: str, max_chars: int) -> list[str]:
    """Consecutive pieces of `text`, each at most `max_chars` long, that join back into it."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    """The best place to end a piece that starts at `start` and may not pass `limit`."""
    for separator in _CUTS:
        at = text.rfind(separator, start, limit)
        if at >= 0:
            return at + len(separator)
    return limit  # one unbroken word longer than a piece: cut it where the piece ends


def join_pieces(docs: Sequence[Any], text: str) -> Any:
    """One Doc from the parsed pieces of `text`, offsets into the whole of it."""
    if len(docs) == 1:
        return docs[0]
    from spacy.tokens import Doc

    # No tensor: no stage reads it, and for a long text it is the largest part of the Doc.
    # (spaCy's own stub omits `exclude`, which Doc.from_docs takes.)
    joined = Doc.from_docs(
        list(docs), ensure_whitespace=False, exclude=["tensor"]  # type: ignore[call-arg]
    )
    if joined.text != text:
        raise PipelineError("joining the parsed pieces of a long document changed its text")
    return joined
