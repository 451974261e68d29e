"""A small store written by hand (no model) and an API client over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from analysis_fixtures import ARM_GOV, ARM_MIL, AZE_GOV, AZE_MIL, RUS_MIL, STEPANAKERT, TUR_GOV
from fastapi.testclient import TestClient

from belli.records import Actor, Analysis, Article, Claim, Event, Failure, Place
from belli.server.app import create_app
from belli.server.handle import StoreHandle
from belli.settings import Settings
from belli.store import Store

TOKEN = "test-token-123"
SHUSHA = Place("Shusha", "AZE", 39.76, 46.75, precision="town")
AZERBAIJAN = Place("Azerbaijan", "AZE", 40.5, 47.5, precision="country")

# (publisher, published, [(sentence, type, quad, score, source, target, extras)])
DOCS: list[tuple[str, str, list[tuple[str, str, int, float, tuple[Actor, ...],
                                      tuple[Actor, ...], dict[str, Any]]]]] = [
    ("Caspian Wire", "2020-10-05", [
        ("Azerbaijani forces shelled Stepanakert on Sunday.", "ASSAULT", 4, -9.0,
         (AZE_MIL,), (ARM_MIL,), {"date": "2020-10-04", "place": STEPANAKERT}),
        ("Armenian troops fired on Azerbaijani positions, Baku said.", "ASSAULT", 4, -9.0,
         (ARM_MIL,), (AZE_MIL,), {"date": "2020-10-04", "certainty": "reported",
                                  "attributed_to": AZE_GOV}),
    ]),
    ("Northern Ledger", "2021-06-16", [
        ("Turkey and Azerbaijan signed a declaration in Shusha.", "AGREE", 1, 6.0,
         (TUR_GOV, AZE_GOV), (), {"date": "2021-06-15", "reciprocal": True, "place": SHUSHA}),
        ("Turkey supplied drones to Azerbaijan in 2020.", "AID", 2, 7.0, (TUR_GOV,),
         (AZE_MIL,), {"date": "2020", "aux": ("historical",), "place": AZERBAIJAN}),
    ]),
    ("Caspian Wire", "2023-09-21", [
        ("Russian peacekeepers did not intervene.", "ASSAULT", 4, -9.0, (RUS_MIL,),
         (ARM_MIL,), {"date": "2023-09-20", "negated": True, "aux": ("negated",)}),
        ("Yerevan may ask Moscow for talks.", "CONSULT", 1, 1.0, (ARM_GOV,), (RUS_MIL,),
         {"certainty": "speculative", "aux": ("future",)}),
        ("Armenian troops withdrew from the line.", "RETREAT", 2, 5.0, (ARM_MIL,), (AZE_MIL,),
         {"date": "2023-09-22"}),
    ]),
]


def analysis(number: int, publisher: str, published: str, specs: list[Any]) -> Analysis:
    text = " ".join(spec[0] for spec in specs)
    article = Article.from_text(text, title=f"Story {number}", publisher=publisher,
                                published=published, language="en")
    events, claims, at = [], [], 0
    for index, (sentence, kind, quad, score, source, target, extra) in enumerate(specs):
        event_id = f"ev{number}{index}"
        events.append(Event(article.doc_id, event_id, kind, None, quad, score, sentence, at,
                            at + len(sentence), sentence.split()[2], source=source,
                            target=target, stage="events.rules.v1", **extra))
        if extra.get("attributed_to"):
            claims.append(Claim(article.doc_id, f"cl{number}{index}", sentence, at,
                                at + len(sentence), speaker=extra["attributed_to"],
                                speaker_text="Baku", event_ids=(event_id,)))
        at += len(sentence) + 1
    return Analysis(article=article, events=tuple(events), claims=tuple(claims))


def write_store(path: Path) -> Path:
    with Store.open(path) as store:
        store.write([analysis(i, *doc) for i, doc in enumerate(DOCS)])
        store.write([Failure(None, "ingest", "bad.html: not valid UTF-8", "bad.html")])
    return path


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return write_store(tmp_path / "belli.duckdb")


def make_client(path: Path, **settings: Any) -> Iterator[TestClient]:
    handle = StoreHandle(Store.open(path))
    host = settings.pop("host", "127.0.0.1")
    app = create_app(handle, Settings.load(**{"api_token": TOKEN, **settings}), host=host,
                     dashboard=False)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield client
    handle.close()


@pytest.fixture
def client(store_path: Path) -> Iterator[TestClient]:
    yield from make_client(store_path)


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
