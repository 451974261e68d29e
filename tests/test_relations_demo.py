"""The relation stage end to end on the demo corpus, with the real model: relations come
out of the pipeline with their evidence, and the store's picture as of a date holds what
the corpus says held then."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from belli.demo import corpus_path
from belli.ingest import read_sources
from belli.records import Analysis
from belli.relations.query import standing_relations
from belli.settings import Settings
from belli.store import Store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analysed(nlp_pipeline: Any) -> list[Analysis]:
    found = nlp_pipeline.run(read_sources([str(corpus_path())], Settings.load()))
    return [a for a in found if isinstance(a, Analysis)]


@pytest.fixture(scope="module")
def store(analysed: list[Analysis], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = Path(tmp_path_factory.mktemp("relations")) / "belli.duckdb"
    with Store.open(path) as opened:
        opened.write(list(analysed))
        yield opened


def test_the_stage_runs_after_the_events_and_every_relation_cites_its_sentence(
        analysed: list[Analysis]) -> None:
    relations = [(a, r) for a in analysed for r in a.relations]
    assert len(relations) >= 15
    assert all("relations.rules.v1" in a.stages for a in analysed)
    events = {e.event_id for a in analysed for e in a.events}
    for analysis, relation in relations:
        assert analysis.article.text[relation.start:relation.end] == relation.sentence
        assert set(relation.event_ids) <= events
        assert relation.reason and 0 < relation.confidence <= 1
    assert any(r.event_ids for _, r in relations)


def test_the_corpus_picture_as_of_late_2021(store: Store) -> None:
    found = {(r.type, "+".join(a.country or "" for a in r.source),
              "+".join(a.country or "" for a in r.target)): r
             for r in standing_relations(store.con, as_of="2021-10-01")}
    assert ("arms_supplier", "ISR", "AZE") in found
    assert ("ally", "AZE+TUR", "") in found
    assert ("hosts_forces", "AZE", "RUS") in found
    arms = found[("arms_supplier", "ISR", "AZE")]
    assert arms.n_sources >= 2 and arms.status in ("delivered", "reported")
    assert all(e.outlet and e.published for e in arms.evidence)
