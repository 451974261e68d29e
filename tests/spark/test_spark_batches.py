"""A batch that raises as a whole is retried one article at a time, so a poison record
costs one failure row, not the task (no Spark needed: the worker's own function)."""

from __future__ import annotations

from belli.records import Analysis, Article, Failure
from belli.spark.stages import STAGE, process_safely


class PoisonOnce:
    """A pipeline whose batch raises when it holds a poison article."""

    def process_batch(self, articles):
        if any("poison" in a.text for a in articles):
            raise RuntimeError("poisoned batch")
        return [Analysis(article=a) for a in articles]


def test_a_batch_that_raises_is_retried_one_article_at_a_time() -> None:
    articles = [Article.from_text(t) for t in ("one article", "a poison pill", "another")]
    results = process_safely(PoisonOnce(), articles)
    assert [type(r).__name__ for r in results] == ["Analysis", "Failure", "Analysis"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.doc_id, failure.stage) == (articles[1].doc_id, STAGE)
    assert failure.message == "RuntimeError: poisoned batch"
