"""What the readers of untagged place names share (`belli.geo.missed`): the `Span` they
find, the text with the mentions blanked out, where a sentence starts, and the countries
an article already names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from belli.geo.gazetteer import Gazetteer
from belli.records import Mention, Sentence

__all__ = ["ABBREVIATION", "PLACE_LABELS", "WORD_WINDOW", "Span", "countries_named",
           "sentence_start", "span_mentions", "unmentioned", "without_article"]

PLACE_LABELS = frozenset({"GPE", "LOC"})
ABBREVIATION = 4  # a capitalized word this short before its dot is a title ("Dr.", "Gov.")
WORD_WINDOW = 40  # characters enough to hold the word before a comma


@dataclass(frozen=True, slots=True)
class Span:
    """A place name at [start, end) of the text, found by `source` (a convention's name)."""

    start: int
    end: int
    text: str
    source: str
    label: str = "GPE"

def span_mentions(doc_id: str, spans: Sequence[Span], mentions: Sequence[Mention],
                  sentences: Sequence[Sentence]) -> list[Mention]:
    """New GPE mentions for the spans no mention overlaps yet."""
    out: list[Mention] = []
    for span in spans:
        if any(m.start < span.end and span.start < m.end for m in (*mentions, *out)):
            continue
        sentence = next((s.index for s in sentences if s.start <= span.start < s.end), None)
        out.append(Mention(doc_id=doc_id, start=span.start, end=span.end, text=span.text,
                           label=span.label, sentence=sentence, source=span.source))
    return out

def countries_named(mentions: Sequence[Mention], gazetteer: Gazetteer) -> frozenset[str]:
    """The countries of the article's actors and of the countries and first-level
    divisions its place mentions name."""
    codes = {a.country for m in mentions for a in m.actors if a.country and len(a.country) == 3}
    for mention in mentions:
        if mention.label in PLACE_LABELS:
            codes.update(e.country for e in gazetteer.lookup(without_article(mention.text))
                         if e.kind in ("country", "admin1") and not e.weak and e.country)
    return frozenset(codes)

def sentence_start(text: str, start: int) -> bool:
    """Whether `start` opens a sentence: nothing but space before it, back to a sentence's
    end or the text's start (walked back, not copied: it is asked for many words)."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in ".!?:\n\"”"

def without_article(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name

def unmentioned(text: str, mentions: Sequence[Mention]) -> str:
    """`text` with every mention blanked out, offsets kept (seven readers of an article
    ask for the same copy: made once)."""
    return _blanked(text, tuple(sorted((m.start, m.end) for m in mentions)))

@lru_cache(maxsize=1)
def _blanked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    pieces, at = [], 0
    for start, end in spans:
        if end > at:
            start = max(start, at)
            pieces += [text[at:start], " " * (end - start)]
            at = end
    pieces.append(text[at:])
    return "".join(pieces)
