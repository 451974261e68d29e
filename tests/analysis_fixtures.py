"""Small stores written by hand (no model) for the outlet and export tests, and an API
client over one with the outlet comparison routes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from belli.records import Actor, Analysis, Article, Event, Place
from belli.server import analysis_routes
from belli.server.app import create_app
from belli.server.handle import StoreHandle
from belli.settings import Settings
from belli.store import Store

AZE_MIL = Actor("Azerbaijani forces", "Azerbaijan", "AZE", "MIL")
AZE_GOV = Actor("Baku", "Azerbaijan", "AZE", "GOV")
ARM_MIL = Actor("Armenian troops", "Armenia", "ARM", "MIL")
ARM_GOV = Actor("Yerevan", "Armenia", "ARM", "GOV")
ARM_CVL = Actor("Armenian villagers", "Armenia", "ARM", "CVL")
AZE_CVL = Actor("civilians in Tartar", "Azerbaijan", "AZE", "CVL")
TUR_GOV = Actor("Ankara", "Turkey", "TUR", "GOV")
RUS_MIL = Actor("Russian peacekeepers", "Russia", "RUS", "MIL")
STEPANAKERT = Place("Stepanakert", "AZE", 39.82, 46.75, precision="town")

SCORES = {"ASSAULT": (4, -9.0), "PROTEST": (4, -6.5), "AGREE": (1, 6.0),
          "ACCUSE": (3, -3.5), "AID": (2, 10.0), "MOBILIZE": (4, -7.5)}


@dataclass(frozen=True)
class Spec:
    """One event to store: type, sides, and any other Event field."""

    type: str
    source: tuple[Actor, ...] = ()
    target: tuple[Actor, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def spec(type: str, source: Sequence[Actor] = (), target: Sequence[Actor] = (),
         **extra: Any) -> Spec:
    return Spec(type, tuple(source), tuple(target), extra)


def event(type: str, source: Sequence[Actor] = (), target: Sequence[Actor] = (), *,
          doc_id: str = "d1", event_id: str = "e1", sentence: str = "Something happened.",
          mode: str | None = None, trigger: str | None = None, score: float | None = None,
          **extra: Any) -> Event:
    """An event as the coder would make it, its quad and score from its type."""
    quad, type_score = SCORES.get(type, (4, -8.0))
    return Event(doc_id, event_id, type, mode, quad, type_score if score is None else score,
                 sentence, 0, len(sentence), trigger or type.lower(), source=tuple(source),
                 target=tuple(target), stage="events.rules.v1", **extra)


def analysis(number: int, publisher: str, published: str, specs: Sequence[Spec]) -> Analysis:
    """A document of `publisher` whose sentences carry the events `specs` describes."""
    sentences = [f"Story {number} sentence {i} tells a {s.type.lower()}." for i, s in
                 enumerate(specs)] or [f"Story {number} tells nothing."]
    article = Article.from_text(" ".join(sentences), title=f"Story {number}",
                                publisher=publisher, published=published, language="en")
    events = tuple(event(s.type, s.source, s.target, doc_id=article.doc_id,
                         event_id=f"ev{number}-{i}", sentence=sentences[i], **s.extra)
                   for i, s in enumerate(specs))
    return Analysis(article=article, events=events)


def write_store(path: Path, docs: Sequence[tuple[str, str, Sequence[Spec]]]) -> Path:
    """A store holding one document per (publisher, published, events)."""
    with Store.open(path) as store:
        store.write([analysis(i, *doc) for i, doc in enumerate(docs)])
    return path


TOKEN = "test-token-123"


def app_with_analysis_routes(handle: StoreHandle, host: str | None = None) -> FastAPI:
    """The API app with the outlet comparison routes, whether or not app.py includes
    them yet (included late, they must still come before the /api/ fallback)."""
    app = create_app(handle, Settings.load(api_token=TOKEN), host=host, dashboard=False)
    if any(getattr(route, "path", "") == "/api/outlets" for route in app.router.routes):
        return app
    before = len(app.router.routes)
    app.include_router(analysis_routes.router, prefix="/api")
    added = app.router.routes[before:]
    del app.router.routes[before:]
    fallback = next(i for i, route in enumerate(app.router.routes)
                    if getattr(route, "path", "") == "/api/{rest:path}")
    app.router.routes[fallback:fallback] = added
    return app


def api_client(path: Path, host: str | None = None) -> Iterator[TestClient]:
    """A client of the API over the store at `path`, served as if bound to `host`."""
    handle = StoreHandle(Store.open(path))
    app = app_with_analysis_routes(handle, host)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield client
    handle.close()
