"""The spaCy stage: sentences and entity mentions, with offsets into the article text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from belli.nlp.blas import one_blas_thread
from belli.nlp.build import build_nlp
from belli.nlp.pieces import PIECE_CHARS, join_pieces, split_text
from belli.records import Analysis, Mention, Sentence
from belli.settings import Settings


@dataclass
class SpacyStage:
    """Parses each article; one longer than `piece_chars` is parsed in pieces and rejoined."""

    nlp: Any
    piece_chars: int = PIECE_CHARS
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
        with one_blas_thread():
            docs = iter(self.nlp.pipe((p for ps in pieces for p in ps), batch_size=len(batch) or 1))
            return [
                _annotate(analysis, join_pieces([next(docs) for _ in ps], analysis.article.text))
                for analysis, ps in zip(batch, pieces, strict=True)
            ]


def _annotate(analysis: Analysis, doc: Any) -> Analysis:
    doc_id = analysis.doc_id
    sentences = tuple(
        Sentence(doc_id=doc_id, index=i, start=s.start_char, end=s.end_char, text=s.text)
        for i, s in enumerate(doc.sents)
    )
    mentions = tuple(
        Mention(
            doc_id=doc_id,
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
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
