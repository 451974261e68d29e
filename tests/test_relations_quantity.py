"""An arms supply keeps how much was supplied: the figure its event gives of the items
(or, failing that, of their price), never a count of people, through the relation stage,
the store, `belli relations` and `/api/relations`. Sentences are written for these
tests; all but the last test build their records by hand (no model)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from fastapi import FastAPI
from fastapi.testclient import TestClient
from relations_fixtures import actor, analysis, event, relations
from typer.testing import CliRunner

from belli.records import Quantity, Relation
from belli.relations.api import router
from belli.relations.cli import register
from belli.relations.query import standing_relations
from belli.server.handle import StoreHandle
from belli.store import Store

ARTICLES = Path(__file__).parent / "articles"


def supplied(markup: str, trigger: str, *quantities: Quantity) -> Relation:
    a = analysis(markup, event("AID", trigger=trigger, source=(actor("NOR"),),
                               target=(actor("LTU"),), contexts=("military",), quad=2,
                               quantities=quantities))
    (found,) = [r for r in relations(a) if r.type == "arms_supplier"]
    return found


TWELVE = Quantity("12 armoured vehicles", 12, "vehicles", "the ministry")
PRICE = Quantity("$300 million", 3e8, "USD")


@pytest.mark.parametrize(("markup", "trigger", "quantities", "expected"), [
    ("[Norway](NOR GOV) delivered 12 [armoured vehicles](item) to [Lithuania](LTU GOV).",
     "delivered", (TWELVE,), TWELVE),
    # no item named as such: the figure names arms
    ("[Norway](NOR GOV) sold at least 20 fighter jets to [Lithuania](LTU GOV).", "sold",
     (Quantity("at least 20 fighter jets", 20, "jets", None, "at least"),),
     Quantity("at least 20 fighter jets", 20, "jets", None, "at least")),
    # no count of the items: what they cost
    ("[Norway](NOR GOV) sold [patrol boats](item) worth $300 million to [Lithuania](LTU GOV).",
     "sold", (PRICE,), PRICE),
    # a count of the items is said before their price
    (("[Norway](NOR GOV) delivered 12 [armoured vehicles](item) worth $300 million to "
     "[Lithuania](LTU GOV)."), "delivered", (PRICE, TWELVE), TWELVE),
])
def test_an_arms_supply_keeps_the_figure_of_its_items_or_their_price(
        markup: str, trigger: str, quantities: tuple[Quantity, ...],
        expected: Quantity) -> None:
    relation = supplied(markup, trigger, *quantities)
    assert relation.quantity == expected
    assert f"quantity '{expected.text}'" in relation.reason


@pytest.mark.parametrize(("markup", "quantities"), [
    # the dead of the sentence are no figure of the supply
    (("[Norway](NOR GOV) delivered [armoured vehicles](item) to [Lithuania](LTU GOV) after "
     "30 soldiers were killed."), (Quantity("30 soldiers", 30, "killed"),)),
    # a count of suppliers names arms, but counts no items
    (("[Norway](NOR GOV), one of [Lithuania](LTU GOV)'s two biggest arms suppliers, delivered "
     "[armoured vehicles](item)."), (Quantity("two biggest arms suppliers", 2, "suppliers"),)),
    ("[Norway](NOR GOV) delivered [armoured vehicles](item) to [Lithuania](LTU GOV).", ()),
])
def test_an_arms_supply_without_a_figure_of_the_transfer_has_no_quantity(
        markup: str, quantities: tuple[Quantity, ...]) -> None:
    assert supplied(markup, "delivered", *quantities).quantity is None


# ---- stored, aggregated, printed and served ---------------------------------------------

def stored(tmp_path: Path) -> Path:
    a = analysis("[Norway](NOR GOV) delivered 12 [armoured vehicles](item) to "
                 "[Lithuania](LTU GOV).",
                 event("AID", trigger="delivered", source=(actor("NOR"),),
                       target=(actor("LTU"),), contexts=("military",), quad=2,
                       quantities=(TWELVE,)))
    a = a.replace(relations=relations(a))
    path = tmp_path / "belli.duckdb"
    with Store.open(path) as store:
        store.write([a])
    return path


def test_the_standing_relation_lists_each_figure_and_each_evidence_its_own(
        tmp_path: Path) -> None:
    with Store.open(stored(tmp_path), read_only=True) as store:
        (arms,) = standing_relations(store.con, types="arms_supplier")
    assert arms.quantities == (TWELVE,)
    body = arms.to_dict()
    assert body["quantities"] == [TWELVE.to_dict(with_kind=False)]
    assert body["evidence"][0]["quantity"]["value"] == 12
    assert arms.to_row()["quantity"] == "12 armoured vehicles"


def test_the_command_and_the_endpoint_show_the_quantity(tmp_path: Path) -> None:
    path = stored(tmp_path)
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """belli"""

    register(app)
    env = {"BELLI_DB_PATH": str(path)}
    csv = CliRunner().invoke(app, ["relations", "-f", "csv"], env=env).stdout.splitlines()
    assert "quantity" in csv[0].split(",") and "12 armoured vehicles" in csv[1]
    jsonl = CliRunner().invoke(app, ["relations", "-f", "jsonl"], env=env).stdout
    (line,) = [json.loads(x) for x in jsonl.splitlines() if x.startswith("{")]
    assert line["quantities"][0]["text"] == "12 armoured vehicles"
    with Store.open(path, read_only=True) as store:
        api = FastAPI()
        api.state.handle = StoreHandle(store)
        api.state.open_reads = True
        api.include_router(router, prefix="/api")
        body = TestClient(api, base_url="http://127.0.0.1").get("/api/relations").json()
    assert body["items"][0]["quantities"][0]["value"] == 12


# ---- end to end -------------------------------------------------------------------------

@pytest.mark.model
def test_a_delivery_told_with_a_count_gives_the_count(nlp_pipeline: Any) -> None:
    from belli.ingest import read_sources
    from belli.settings import Settings

    found = nlp_pipeline.run(read_sources([str(ARTICLES / "figures.jsonl")], Settings.load()))
    arms = [r for a in found for r in getattr(a, "relations", ()) if r.type == "arms_supplier"]
    (delivery,) = arms
    assert [a.country for a in (*delivery.source, *delivery.target)] == ["NOR", "LTU"]
    assert delivery.quantity is not None and delivery.quantity.value == 12
    assert delivery.quantity.text == "12 armoured vehicles"
