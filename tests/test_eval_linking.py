"""`belli eval linking`: how gold reports are found among belli's events, and how linked
pairs are counted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from belli.eval.linking import article_key, load_gold, score_links
from belli.events.lexicon import load_plover
from belli.records import Analysis, Article, Event

FIRST = "Azerbaijani forces shelled Jermuk overnight."
RETOLD = "The shelling of Jermuk went on until dawn."
OTHER = "Armenian positions near Jermuk came under fire."


def _analysis(text: str, coded: str) -> Analysis:
    """An article belli coded one ASSAULT for, in the sentence `coded`."""
    doc = Article.from_text(text, publisher="outlet", published="2022-09-14")
    start = text.index(coded)
    event = Event(doc.doc_id, "e1", "ASSAULT", None, load_plover().quad("ASSAULT"), -9.0, coded,
                  start, start + len(coded), "shelled")
    return Analysis(article=doc, events=(event,))


def _gold_file(tmp_path: Path, retold: list[str]) -> Path:
    """One clash told by two articles; the first article's events file gives `retold` as
    the clash told again."""
    events_file = tmp_path / "a.events.json"
    events_file.write_text(json.dumps({"events": [
        {"quote": FIRST, "also": retold, "type": "ASSAULT"}]}), "utf-8")
    golden = tmp_path / "golden.json"
    golden.write_text(json.dumps({"clusters": [{"id": "clash", "type": "ASSAULT", "reports": [
        {"path": "a.txt", "events_file": str(events_file), "quote": FIRST},
        {"path": "b.txt", "quote": OTHER}]}]}), "utf-8")
    return golden


def _score(golden: Path) -> dict[str, Any]:
    """Belli codes the first article's clash only where it is told again, and links it to
    the second article's."""
    first = _analysis(f"{FIRST} {RETOLD}", RETOLD)
    second = _analysis(OTHER, OTHER)
    analyses = {article_key({"path": "a.txt"}): first, article_key({"path": "b.txt"}): second}
    canonical = {f"{a.article.doc_id}/e1": "c1" for a in (first, second)}
    metrics, _ = score_links(load_gold(golden), analyses, canonical)
    return {m.name: m.value for m in metrics}


def test_an_event_coded_where_the_article_tells_it_again_is_the_gold_report(
        tmp_path: Path) -> None:
    scores = _score(_gold_file(tmp_path, retold=[RETOLD]))
    assert scores["linking.pairs.recall"] == 1.0
    assert scores["linking.pairs.precision"] == 1.0


def test_without_the_retelling_the_event_is_no_report_and_its_link_is_wrong(
        tmp_path: Path) -> None:
    scores = _score(_gold_file(tmp_path, retold=[]))
    assert scores["linking.pairs.recall"] == 0.0
    assert scores["linking.pairs.precision"] == 0.0
