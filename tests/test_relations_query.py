"""Standing relations across documents: evidence grouped by type and sides, validity
from the earliest start to the latest end, `as_of`, filters, the command and the API.
The store is written by hand (no model)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from belli.errors import QueryError
from belli.records import Actor, Analysis, Article, Relation
from belli.relations.api import router
from belli.relations.cli import register
from belli.relations.query import StandingRelation, relation_page, standing_relations
from belli.server.errors import install_error_handlers
from belli.server.handle import StoreHandle
from belli.store import Store

RUS = Actor("Russian peacekeepers", "Russia", "RUS", "MIL")
AZE = Actor("Azerbaijan", "Azerbaijan", "AZE", "GOV")
TUR = Actor("Turkey", "Turkey", "TUR", "GOV")
ISR = Actor("Israel", "Israel", "ISR", "GOV")
NATO = Actor("NATO", "NATO", "NATO", "IGO")
MLI = Actor("Mali", "Mali", "MLI", "GOV")
ECOWAS = Actor("ECOWAS", "ECOWAS", "ECOWAS", "IGO")

# (outlet, published, [(type, source, target, extras)]): each story's relation records
STORIES: list[tuple[str, str, list[tuple[str, tuple[Actor, ...], tuple[Actor, ...],
                                         dict[str, Any]]]]] = [
    ("Wire A", "2020-11-12", [
        ("hosts_forces", (AZE,), (RUS,), {"valid_from": "2020-11-10"}),
        ("arms_supplier", (ISR,), (AZE,), {"item": "drones", "status": "reported",
                                           "valid_from": "2016"}),
    ]),
    ("Wire B", "2021-06-16", [
        ("ally", (AZE, TUR), (), {"valid_from": "2021-06-15"}),
        ("arms_supplier", (ISR,), (AZE,), {"item": "loitering munitions",
                                           "status": "delivered", "valid_from": "2020-10"}),
        ("member_of", (TUR,), (NATO,), {"valid_from": "2021-06-16"}),
    ]),
    ("Wire A", "2024-04-20", [
        ("hosts_forces", (AZE,), (RUS,), {"valid_to": "2024-04"}),
        ("member_of", (MLI,), (ECOWAS,), {"valid_to": "2024-01"}),
        ("arms_supplier", (TUR,), (AZE,), {"item": "drones", "status": "planned",
                                           "valid_from": "2024-06"}),
    ]),
]


def story(number: int, outlet: str, published: str,
          specs: list[tuple[str, tuple[Actor, ...], tuple[Actor, ...], dict[str, Any]]]
          ) -> Analysis:
    sentences = [f"Sentence {number}.{i} about {kind}." for i, (kind, *_) in enumerate(specs)]
    text = " ".join(sentences)
    article = Article.from_text(text, publisher=outlet, published=published,
                                title=f"Story {number}")
    relations, at = [], 0
    for i, (sentence, (kind, source, target, extra)) in enumerate(zip(sentences, specs,
                                                                      strict=True)):
        relations.append(Relation(article.doc_id, f"rel{number}{i}", kind, sentence, at,
                                  at + len(sentence), source=source, target=target,
                                  confidence=0.7, stage="relations.rules.v1",
                                  reason="by hand", **extra))
        at += len(sentence) + 1
    return Analysis(article=article, relations=tuple(relations))


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    path = tmp_path / "belli.duckdb"
    with Store.open(path) as opened:
        opened.write([story(i, *s) for i, s in enumerate(STORIES)])
    return str(path)


@pytest.fixture
def store(store_path: str) -> Iterator[Store]:
    with Store.open(store_path) as opened:
        yield opened


def by_key(found: list[StandingRelation]) -> dict[str, StandingRelation]:
    return {r.key: r for r in found}


def test_the_tellings_of_one_relation_become_one_with_every_piece_of_evidence(
        store: Store) -> None:
    found = by_key(standing_relations(store.con))
    arms = found["arms_supplier ISR -> AZE"]
    assert arms.n_documents == 2 and arms.n_sources == 2
    assert arms.items == ("drones", "loitering munitions")
    assert arms.status == "delivered"  # the furthest stage any telling gives
    assert arms.valid_from == "2016" and arms.valid_to is None
    assert [(e.outlet, e.published) for e in arms.evidence] == [("Wire A", "2020-11-12"),
                                                                ("Wire B", "2021-06-16")]
    assert all(e.sentence.startswith("Sentence") for e in arms.evidence)


def test_a_relation_runs_from_its_earliest_start_to_its_latest_end(store: Store) -> None:
    hosted = by_key(standing_relations(store.con))["hosts_forces AZE -> RUS"]
    assert (hosted.valid_from, hosted.valid_to) == ("2020-11-10", "2024-04")


def test_later_evidence_of_a_relation_still_holding_reopens_its_end(store: Store) -> None:
    store.write([story(9, "Wire C", "2024-08-01",
                       [("hosts_forces", (AZE,), (RUS,), {"valid_from": "2024-08-01"})])])
    hosted = by_key(standing_relations(store.con))["hosts_forces AZE -> RUS"]
    assert (hosted.valid_from, hosted.valid_to) == ("2020-11-10", None)


@pytest.mark.parametrize(("as_of", "kept"), [
    ("2021-10-01", {"hosts_forces AZE -> RUS", "arms_supplier ISR -> AZE",
                    "ally AZE+TUR -> ", "member_of TUR -> NATO", "member_of MLI -> ECOWAS"}),
    ("2019", {"arms_supplier ISR -> AZE", "member_of MLI -> ECOWAS"}),
    ("2024-03-15", {"hosts_forces AZE -> RUS", "arms_supplier ISR -> AZE",
                    "ally AZE+TUR -> ", "member_of TUR -> NATO"}),
    ("2024-05", {"arms_supplier ISR -> AZE", "ally AZE+TUR -> ", "member_of TUR -> NATO"}),
])
def test_as_of_keeps_what_held_on_that_date_and_never_what_is_only_planned(
        store: Store, as_of: str, kept: set[str]) -> None:
    assert set(by_key(standing_relations(store.con, as_of=as_of))) == kept


@pytest.mark.parametrize(("filters", "kept"), [
    ({"types": "member_of"}, {"member_of TUR -> NATO", "member_of MLI -> ECOWAS"}),
    ({"types": ["ally", "member_of"], "actor": "TUR"}, {"ally AZE+TUR -> ",
                                                        "member_of TUR -> NATO"}),
    ({"actor": "peacekeepers"}, {"hosts_forces AZE -> RUS"}),
    ({"actor": "RUS MIL"}, {"hosts_forces AZE -> RUS"}),
    ({"actor": "RUS GOV"}, set()),
])
def test_filters_keep_a_type_or_a_side(store: Store, filters: dict[str, Any],
                                       kept: set[str]) -> None:
    assert set(by_key(standing_relations(store.con, **filters))) == kept


def test_items_stay_apart_when_asked(store: Store) -> None:
    found = standing_relations(store.con, types="arms_supplier", by_item=True)
    assert sorted((r.key, r.item) for r in found) == [
        ("arms_supplier ISR -> AZE", "drones"), ("arms_supplier ISR -> AZE",
                                                 "loitering munitions"),
        ("arms_supplier TUR -> AZE", "drones")]


@pytest.mark.parametrize(("filters", "message"), [
    ({"types": "friend"}, "unknown relation type 'friend'"),
    ({"as_of": "2021-13-01"}, "not a date"),
    ({"as_of": "last year"}, "not a date"),
])
def test_a_bad_filter_says_what_is_expected(store: Store, filters: dict[str, Any],
                                            message: str) -> None:
    with pytest.raises(QueryError, match=message):
        standing_relations(store.con, **filters)


def test_a_page_says_how_many_matched_in_all(store: Store) -> None:
    page = relation_page(store.con, limit=2, offset=1)
    assert (page.total, len(page.items), page.offset) == (6, 2, 1)
    assert set(page.to_dict()) == {"total", "offset", "limit", "items"}


def test_the_command_prints_jsonl_csv_and_a_table(store_path: str) -> None:
    env = {"BELLI_DB_PATH": store_path}
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """belli"""

    register(app)
    runner = CliRunner()
    jsonl = runner.invoke(app, ["relations", "--as-of", "2021-10-01", "--type",
                                "arms_supplier", "-f", "jsonl"], env=env)
    assert jsonl.exit_code == 0, jsonl.output
    (line,) = [json.loads(x) for x in jsonl.stdout.splitlines() if x.startswith("{")]
    assert (line["source_key"], line["target_key"]) == ("ISR", "AZE")
    assert len(line["evidence"]) == 2 and line["evidence"][0]["outlet"] == "Wire A"
    csv = runner.invoke(app, ["relations", "-f", "csv"], env=env)
    assert csv.stdout.splitlines()[0].startswith("type,source,target,item,status")
    table = runner.invoke(app, ["relations"], env=env)
    assert "hosts_forces" in table.stdout


@pytest.fixture
def client(store: Store) -> TestClient:
    app = FastAPI()
    app.state.handle = StoreHandle(store)
    app.state.open_reads = True
    install_error_handlers(app)
    app.include_router(router, prefix="/api")
    return TestClient(app, base_url="http://127.0.0.1")


def test_the_endpoint_pages_standing_relations_with_their_evidence(client: TestClient) -> None:
    response = client.get("/api/relations", params={"as_of": "2021-10-01", "type": "ally,member_of",
                                                    "limit": 1})
    assert response.status_code == 200
    body = response.json()
    assert (body["total"], body["offset"], body["limit"]) == (3, 0, 1)
    (item,) = body["items"]
    assert item["evidence"] and {"doc_id", "sentence", "outlet", "published"} <= set(
        item["evidence"][0])


@pytest.mark.parametrize("params", [{"as_of": "someday"}, {"type": "friend"},
                                    {"acter": "AZE"}])
def test_the_endpoint_refuses_what_it_cannot_answer_in_the_one_error_shape(
        client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/api/relations", params=params)
    assert response.status_code in (400, 422)
    assert set(response.json()) == {"error"}
