"""The spaCy stage's sentences and mentions carry the text of their spans: the parser's
own text for them, and the slice of the article at their offsets."""

from __future__ import annotations

import pytest

from belli.records import Analysis, Article

pytestmark = pytest.mark.model

TEXT = ("Troops from Chad  entered the town of Abeche on Monday.\n\n"
        "The United Nations said 3,000 people fled.   Talks resume in Geneva.\n")


def test_sentence_and_mention_texts_are_their_spans_of_the_article(nlp_pipeline: object) -> None:
    spacy = nlp_pipeline.stages[0]  # type: ignore[attr-defined]
    (analysis,) = spacy.run([Analysis(article=Article.from_text(TEXT))])
    doc = analysis.parse
    assert [s.text for s in analysis.sentences] == [s.text for s in doc.sents]
    assert [m.text for m in analysis.mentions] == [e.text for e in doc.ents]
    for record in (*analysis.sentences, *analysis.mentions):
        assert record.text == TEXT[record.start:record.end]
