"""The dashboard in a real browser: every page loads over the demo store, a filter
narrows the events, an event opens its evidence, nothing is fetched from another host,
and a store poisoned with script payloads runs no script.

Screenshots land in tests/artifacts/ (ignored by git) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_fixtures import (
    CHROMIUM_FLAGS,
    Server,
    Watch,
    chromium_path,
    screenshot,
    serve,
    wait_rendered,
)

from belli.analysis.canonical import link_store
from belli.records import Actor, Analysis, Article, Claim, Event, Failure, Mention, Place
from belli.settings import Settings
from belli.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = ["/", "/timeline", "/network", "/map", "/dyad", "/events", "/stories", "/documents"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    import belli

    db = tmp_path_factory.mktemp("demo") / "belli.duckdb"
    report = belli.ingest_sources(["belli/demo/corpus"], Settings.load(db_path=str(db)))
    assert report.stored > 10 and report.failed == 0
    yield from serve(db)


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    watch = Watch()
    watch.attach(opened)
    yield opened, watch
    context.close()


def visit(page: Any, url: str) -> None:
    page.goto(url)
    wait_rendered(page)


def own_host(server: Server) -> str:
    return server.url.removeprefix("http://")


@pytest.mark.model
@pytest.mark.parametrize("path", PAGES)
def test_every_page_loads_from_the_server_alone(demo_server: Server,
                                                page: tuple[Any, Watch], path: str) -> None:
    tab, watch = page
    visit(tab, demo_server.url + path)
    name = path.strip("/") or "overview"
    screenshot(tab, name)
    assert tab.locator("#page").inner_text().strip()
    assert "Traceback" not in tab.content()
    assert watch.page_errors == []
    assert watch.hosts == {own_host(demo_server)}, watch.requests


@pytest.mark.model
def test_a_filter_narrows_the_events_table(demo_server: Server,
                                           page: tuple[Any, Watch]) -> None:
    tab, watch = page
    visit(tab, demo_server.url + "/events")
    everything = tab.locator("#page").inner_text()
    actor = tab.locator("""[id='{"q":"actor"}']""")
    actor.fill("TUR")
    actor.press("Enter")
    tab.wait_for_url("**actor=TUR**")
    wait_rendered(tab)
    screenshot(tab, "events-filtered")
    narrowed = tab.locator("#page").inner_text()
    assert narrowed != everything
    assert "Turkey" in narrowed or "TUR" in narrowed
    assert watch.hosts == {own_host(demo_server)}


@pytest.mark.model
def test_an_event_opens_its_evidence(demo_server: Server, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    visit(tab, demo_server.url + "/events")
    link = tab.locator("a[href^='/event/']").first
    link.click()
    tab.wait_for_url("**/event/**")
    wait_rendered(tab)
    screenshot(tab, "evidence")
    marks = tab.locator("#page mark")
    assert marks.count() >= 2  # at least the trigger and one actor
    tab.locator("a[href^='/document/']").first.click()
    tab.wait_for_url("**/document/**")
    wait_rendered(tab)
    screenshot(tab, "document")
    assert watch.hosts == {own_host(demo_server)}
    assert watch.page_errors == []


@pytest.mark.model
def test_a_story_opens_its_tellings_side_by_side(demo_server: Server,
                                                 page: tuple[Any, Watch]) -> None:
    tab, watch = page
    visit(tab, demo_server.url + "/stories")
    tab.locator("a[href^='/compare/']").first.click()
    tab.wait_for_url("**/compare/**")
    wait_rendered(tab)
    screenshot(tab, "compare")
    assert tab.locator("#page .telling").count() >= 2
    tab.locator("#page .telling a[href^='/event/']").first.click()
    tab.wait_for_url("**/event/**")
    wait_rendered(tab)
    assert tab.locator("#page a.told-by[href^='/compare/']").count() == 1
    assert watch.hosts == {own_host(demo_server)}
    assert watch.page_errors == []


# --- a store poisoned with script payloads in every text field -----------------------------

PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img'\">",
    "<svg onload=\"window.__pwned = 'svg'\"></svg>",
    "\"><iframe srcdoc=\"<script>parent.__pwned = 'iframe'</script>\"></iframe>",
    "javascript:window.__pwned='href'",
    "{{constructor.constructor('window.__pwned = 1')()}}",
]


def poisoned(number: int, payload: str) -> Analysis:
    sentence = f"{payload} shelled {payload} near {payload}."
    text = f"{sentence} {payload} said so."
    who = Actor(payload, payload, "AZE", "MIL", person=payload)
    whom = Actor(payload, payload, "ARM", "GOV")
    place = Place(payload, "AZE", 40.0, 47.0, precision="town", reason=payload)
    article = Article.from_text(text, title=payload, author=payload, publisher=payload,
                                published="2021-06-15", url=payload, source=payload,
                                language="en")
    doc = article.doc_id
    event = Event(doc, f"ev{number}", "ASSAULT", None, 4, -9.0, sentence, 0, len(sentence),
                  "shelled", source=(who,), target=(whom,), date="2021-06-14",
                  date_text=payload, place=place, attributed_to=who, reason=payload,
                  trigger_start=len(payload) + 1, trigger_end=len(payload) + 8,
                  claim_id=f"cl{number}", stage="events.rules.v1")
    claim = Claim(doc, f"cl{number}", text, 0, len(text), speaker=who, speaker_text=payload,
                  event_ids=(event.event_id,))
    mention = Mention(doc, 0, len(payload), payload, "GPE", actors=(who,))
    return Analysis(article=article, events=(event,), claims=(claim,), mentions=(mention,))


@pytest.fixture(scope="module")
def poisoned_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("poison") / "belli.duckdb"
    with Store.open(db) as store:
        store.write([poisoned(i, p) for i, p in enumerate(PAYLOADS)])
        store.write([Failure(None, "ingest", p, p) for p in PAYLOADS])
        link_store(store.con)
    yield from serve(db)


def test_a_poisoned_store_runs_no_script(poisoned_server: Server,
                                         page: tuple[Any, Watch]) -> None:
    tab, watch = page
    events = tab.request.get(poisoned_server.url + "/api/events?limit=1000").json()["items"]
    evidence = [f"/event/{e['doc_id']}/{e['event_id']}" for e in events]
    documents = [f"/document/{e['doc_id']}" for e in events]
    stories = tab.request.get(poisoned_server.url + "/api/canonical?limit=1000").json()["items"]
    compared = [f"/compare/{c['canonical_id']}" for c in stories]
    assert compared
    for path in [*PAGES, *evidence, *documents, *compared]:
        visit(tab, poisoned_server.url + path)
        assert tab.evaluate("() => window.__pwned === undefined"), path
        assert tab.evaluate("() => parent.__pwned === undefined"), path
        assert tab.locator("#page iframe, #page script").count() == 0, path
    screenshot(tab, "poisoned-evidence")
    assert watch.dialogs == []
    assert watch.hosts == {own_host(poisoned_server)}, watch.requests
