"""Sentences never cross a line break.

Pasted pages and feeds put headings, captions and paragraphs on lines of their own; the
parser, left alone, runs a heading into the paragraph under it ("Joint military drills
The increasing number of ...") and misreads both. `belli_paragraphs` runs before the
parser and starts a sentence after every whitespace token that holds a line break; the
parser keeps boundaries set before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraphs"]


@Language.component("belli_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
