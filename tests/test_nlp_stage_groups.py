"""The spaCy stage parses a batch in groups of a bounded number of characters: the groups
keep the texts' order and size limit, and a text's annotations do not depend on its group."""

from __future__ import annotations

import pytest

from belli.nlp.stage import GROUP_CHARS, SpacyStage, groups
from belli.records import Analysis, Article

STORIES = (
    ("The defence ministry said troops shelled two villages near the border on Monday. "
     "Local officials reported that a school and a clinic were damaged."),
    "Envoys from both governments met in Geneva and agreed to resume talks next month.",
    ("Protesters gathered outside parliament, demanding the release of detained journalists. "
     "Police used tear gas to disperse the crowd, witnesses said.\n\nThe interior minister "
     "denied that any journalist was being held."),
    "The central bank raised interest rates for the third time this year.",
)


@pytest.mark.parametrize(("sizes", "limit", "expected"), [
    ([10, 10, 10], 25, [[10, 10], [10]]),
    ([10, 10, 10], 30, [[10, 10, 10]]),
    ([40, 5, 5], 20, [[40], [5, 5]]),
    ([5, 40, 5], 20, [[5], [40], [5]]),
    ([], 20, []),
])
def test_groups_keep_order_and_stay_within_the_limit_unless_one_text_is_longer(
        sizes: list[int], limit: int, expected: list[list[int]]) -> None:
    texts = ["x" * n for n in sizes]
    assert [[len(t) for t in g] for g in groups(texts, limit)] == expected


def test_groups_hold_each_text_once_in_order() -> None:
    texts = [f"text {i} " + "y" * (i * 7 % 50) for i in range(40)]
    assert [t for g in groups(texts, 120) for t in g] == texts


def test_the_default_group_holds_several_news_stories() -> None:
    # a group of one or two stories would lose the batching's speed
    assert GROUP_CHARS >= 20_000


def annotations(analysis: Analysis) -> list[tuple[object, ...]]:
    doc = analysis.parse
    return [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.ent_id_,
             t.is_sent_start) for t in doc]


@pytest.mark.model
def test_a_story_is_annotated_the_same_alone_in_its_group_or_with_the_whole_batch(
        nlp_pipeline: object) -> None:
    spacy = nlp_pipeline.stages[0]  # type: ignore[attr-defined]
    batch = [Analysis(article=Article.from_text(text)) for text in STORIES]
    together = SpacyStage(spacy.nlp, group_chars=10**9).run(batch)
    apart = SpacyStage(spacy.nlp, group_chars=1).run(batch)
    assert [annotations(a) for a in apart] == [annotations(a) for a in together]
    assert [(a.sentences, a.mentions) for a in apart] == [
        (a.sentences, a.mentions) for a in together]
