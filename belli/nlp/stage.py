"""The spaCy stage: sentences and entity mentions, with offsets into the article text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from belli.nlp.blas import one_blas_thread
from belli.nlp.build import build_nlp
from belli.nlp.pages import ordinary_pages
from belli.nlp.pieces import PIECE_CHARS, join_pieces, split_text
from belli.records import Analysis, Mention, Sentence
from belli.settings import Settings

# Texts go to spaCy in groups of about this many characters (~30,000 tokens; a batch of
# 32 news stories), not a whole batch of long texts at once: the parser and NER keep a
# precomputed row of about 1,400 floats a token for the group. Their transition steps
# take every document of the group at once, so larger groups pay each step's overhead
# less often (70 VOA stories: parser and NER 1.95 s in groups of 30,000 characters, 1.5 s
# in groups of 150,000; peak memory 449 -> 528 MB). The token networks, whose products
# should fit the CPU's caches, still run on ~3,000 tokens at a time (belli.nlp.chunks).
# A text's annotations do not depend on its group: tests/test_nlp_stage_groups.py
# compares them.
GROUP_CHARS = 150_000


@dataclass
class SpacyStage:
    """Parses each article; one longer than `piece_chars` is parsed in pieces and rejoined."""

    nlp: Any
    piece_chars: int = PIECE_CHARS
    group_chars: int = GROUP_CHARS
    name: str = "nlp.spacy.v1"
    needs: frozenset[str] = frozenset({"article"})
    adds: frozenset[str] = frozenset({"sentences", "mentions", "parse"})

    @classmethod
    def from_settings(cls, settings: Settings) -> SpacyStage:
        return cls(build_nlp(settings.model, settings.gemm))

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        # never past spaCy's own limit, whatever piece size is asked for
        size = min(self.piece_chars, self.nlp.max_length)
        pieces = [split_text(a.article.text, size) for a in batch]
        with one_blas_thread(), ordinary_pages():
            docs = parse(self.nlp, (p for ps in pieces for p in ps), self.group_chars)
            return [
                _annotate(analysis, join_pieces([next(docs) for _ in ps], analysis.article.text))
                for analysis, ps in zip(batch, pieces, strict=True)
            ]


def parse(nlp: Any, texts: Iterable[str], group_chars: int = GROUP_CHARS) -> Iterator[Any]:
    """A Doc per text, in order, parsed in groups of at most `group_chars` characters (a
    longer text makes a group of its own)."""
    for group in groups(texts, group_chars):
        yield from nlp.pipe(group, batch_size=len(group))


def groups(texts: Iterable[str], max_chars: int) -> Iterator[list[str]]:
    """Consecutive texts in lists of at most `max_chars` characters in all, or one text."""
    group: list[str] = []
    size = 0
    for text in texts:
        if group and size + len(text) > max_chars:
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


def _annotate(analysis: Analysis, doc: Any) -> Analysis:
    doc_id = analysis.doc_id
    # slices of the article's text, which the parse keeps whole (`join_pieces` checks it):
    # a span's `text`, and the doc's, join their tokens again on each access
    text = analysis.article.text
    sentences = tuple(
        Sentence(doc_id=doc_id, index=i, start=s.start_char, end=s.end_char,
                 text=text[s.start_char:s.end_char])
        for i, s in enumerate(doc.sents)
    )
    mentions = tuple(
        Mention(
            doc_id=doc_id,
            start=ent.start_char,
            end=ent.end_char,
            text=text[ent.start_char:ent.end_char],
            label=ent.label_,
            sentence=_sentence_index(sentences, ent.start_char),
            source=_source(ent.ent_id_),
        )
        for ent in doc.ents
    )
    return analysis.replace(sentences=sentences, mentions=mentions, parse=doc)


def _source(ent_id: str) -> str:
    """Who made the entity: the model, the ruler (knowledge base, weapons, money) or a phrase."""
    if not ent_id:
        return "model"
    return "phrase" if ent_id.startswith("phrase:") else "ruler"


def _sentence_index(sentences: tuple[Sentence, ...], start: int) -> int | None:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= start:
            lo = mid + 1
        elif sentences[mid].start > start:
            hi = mid - 1
        else:
            return mid
    return None
