"""belli's spaCy pipeline: the lemmatizer's faster index changes no lemma."""

from __future__ import annotations

from pathlib import Path

import pytest

from belli.nlp.build import _fast_index
from belli.nlp.model import load_model

pytestmark = pytest.mark.model

DEMO = Path(__file__).resolve().parents[1] / "belli" / "demo" / "corpus"
# word forms whose lemma needs the index: irregular, unseen, hyphenated, inflected
WORDS = ("The besieged towns were shelled; drones struck depots, and officials reportedly "
         "withdrew their envoys. Mediators are brokering talks while the militias regroup, "
         "re-arming and re-deploying. Analysts feared escalating skirmishes.")


def texts() -> list[str]:
    demo = [p.read_text(encoding="utf-8") for p in sorted(DEMO.rglob("*.txt"))]
    voa = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
    more = voa.read_text(encoding="utf-8")[:200_000].splitlines()[:-1] if voa.is_file() else []
    return [WORDS, *demo, *more]


def test_sets_for_the_lemma_index_give_the_same_lemmas() -> None:
    plain, fast = load_model("en_core_web_sm", fresh=True), load_model("en_core_web_sm", fresh=True)
    _fast_index(fast)
    table = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    for text in texts():
        assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in plain(text)]
