"""The dashboard as a server: it serves its shell and layout from this process alone, and
every page renders from its address over a small store."""

from __future__ import annotations

import json
import re

import dash
import pytest
from dashtree import by_class, by_id, components, text

from belli.server.handle import StoreHandle
from belli.web.app import render_page

PAGES = ["/", "/events", "/timeline", "/network", "/map", "/dyad", "/documents"]


def test_the_index_page_loads_only_local_scripts_and_styles(dashboard: dash.Dash) -> None:
    page = dashboard.server.test_client().get("/")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "/assets/style.css" in html
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and all(u.startswith("/") for u in urls), urls


def test_the_layout_is_the_shell_with_nav_and_page(dashboard: dash.Dash) -> None:
    layout = dashboard.server.test_client().get("/_dash-layout")
    assert layout.status_code == 200
    ids = re.findall(r'"id":\s*"([\w-]+)"', layout.get_data(as_text=True))
    assert {"url", "nav", "page"} <= set(ids)


def test_the_stylesheet_is_served_from_the_package(dashboard: dash.Dash) -> None:
    css = dashboard.server.test_client().get("/assets/style.css")
    assert css.status_code == 200
    assert "@import" not in css.get_data(as_text=True)
    assert "url(http" not in css.get_data(as_text=True)


def test_the_app_asks_nothing_of_a_cdn(dashboard: dash.Dash) -> None:
    assert dashboard.config.serve_locally
    assert dashboard.config.external_stylesheets == []
    assert dashboard.config.requests_pathname_prefix == "/"


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_over_the_store(handle: StoreHandle, path: str) -> None:
    page = render_page(handle, path, "")
    assert not by_class(page, "error"), text(page)
    json.dumps(page.to_plotly_json(), default=lambda c: c.to_plotly_json())


def test_the_overview_counts_what_the_store_holds(handle: StoreHandle) -> None:
    stats = {text(s.children[1]): text(s.children[0]) for s in by_class(
        render_page(handle, "/", ""), "stat")}
    assert stats["documents"] == "2"
    assert stats["events"] == "4"
    assert stats["failures"] == "1"


def test_the_overview_lists_the_failure_with_its_stage(handle: StoreHandle) -> None:
    shown = text(render_page(handle, "/", ""))
    assert "not a news article" in shown
    assert "ingest" in shown


def test_the_events_page_says_how_many_of_how_many(handle: StoreHandle) -> None:
    page = render_page(handle, "/events", "?actor=AZE")
    assert text(by_class(page, "pager-count")[0]) == "1–3 of 3 events"


def test_a_filter_that_matches_nothing_says_what_to_do(handle: StoreHandle) -> None:
    page = render_page(handle, "/events", "?actor=RUS")
    assert "No events match these filters" in text(page)


def test_a_bad_filter_value_is_shown_next_to_the_filters(handle: StoreHandle) -> None:
    page = render_page(handle, "/timeline", "?since=2021-13")
    banner = by_class(page, "error")
    assert banner and "is not a date" in text(banner[0])
    assert by_class(page, "filters"), "the filters stay, so the value can be fixed"


def test_the_filter_bar_shows_the_values_of_the_address(handle: StoreHandle) -> None:
    page = render_page(handle, "/events", "?actor=AZE+MIL&quad=3,4&type=ASSAULT")
    assert by_id(page, {"q": "actor"}).value == "AZE MIL"
    assert by_id(page, {"q": "quad"}).value == ["3", "4"]
    assert by_id(page, {"q": "type"}).value == ["ASSAULT"]


def test_every_event_in_a_list_links_to_its_evidence(handle: StoreHandle, doc_id: str) -> None:
    page = render_page(handle, "/events", "")
    links = [c.href for c in by_class(page, "evidence-link")]
    assert len(links) == 4
    assert f"/event/{doc_id}/shell" in links


def test_an_unknown_address_says_so(handle: StoreHandle) -> None:
    assert "No such page" in text(render_page(handle, "/nowhere", ""))


def test_the_nav_carries_the_filters_but_not_the_page(dashboard: dash.Dash) -> None:
    from belli.web.app import _nav

    links = {c.children: c.href for c in _nav("/events", {"actor": "AZE", "offset": "50"})}
    assert links["Timeline"] == "/timeline?actor=AZE"


def test_no_component_anywhere_takes_markup(handle: StoreHandle, doc_id: str) -> None:
    for path in [*PAGES, f"/document/{doc_id}", f"/event/{doc_id}/repel"]:
        for component in components(render_page(handle, path, "")):
            assert component._type not in ("Markdown", "Iframe"), path
            assert not hasattr(component, "dangerously_allow_html"), path
