"""The charts: what they draw from the store, and the events a click on them lists."""

from __future__ import annotations

from dashtree import by_class, text

from belli.server.handle import StoreHandle
from belli.store.explore import dyad_rows, timeline
from belli.web.theme import QUADS, score_colour
from belli.web.views import dyad, geo, network
from belli.web.views.timeline import picked_events, timeline_figure


def evidence_links(node: object) -> list[str]:
    return [c.href.rsplit("/", 1)[1] for c in by_class(node, "evidence-link")]


def test_background_history_sits_in_its_own_hatched_row(handle: StoreHandle) -> None:
    with handle.cursor() as con:
        fig = timeline_figure(timeline(con), "year")
    rows = {(t.yaxis, t.marker.pattern.shape or "") for t in fig.data}
    assert rows == {("y", ""), ("y2", "/")}
    colours = {t.name: t.marker.color for t in fig.data}
    assert colours[QUADS[4].label] == QUADS[4].colour


def test_clicking_a_bar_lists_its_events(handle: StoreHandle) -> None:
    point = {"customdata": ["2021-01-01", 4, False]}
    listed = picked_events(handle, {}, point, "year")
    assert evidence_links(listed) == ["shell", "repel"]
    assert "2021 · Material conflict" in text(listed)


def test_clicking_a_background_bar_lists_the_history(handle: StoreHandle) -> None:
    listed = picked_events(handle, {}, {"customdata": ["1994-01-01", 1, True]}, "year")
    assert evidence_links(listed) == ["truce"]


def test_network_edges_are_coloured_by_their_mean_score(handle: StoreHandle) -> None:
    with handle.cursor() as con:
        dyads = dyad_rows(con).items
    elements = network.elements(dyads, {})
    edges = {(e["data"]["source"], e["data"]["target"]): e for e in elements
             if "source" in e["data"]}
    shelling = edges[("AZE MIL", "ARM MIL")]
    assert shelling["data"]["colour"] == score_colour(-9.0)
    assert edges[("AZE GOV", "TUR GOV")]["classes"] == "together"


def test_clicking_an_edge_lists_the_events_of_that_pair(handle: StoreHandle) -> None:
    listed = network.picked(handle, {}, {"source": "AZE MIL", "target": "ARM MIL"}, None)
    assert evidence_links(listed) == ["shell"]


def test_clicking_a_place_lists_the_events_there(handle: StoreHandle) -> None:
    listed = geo.picked(handle, {}, {"customdata": ["Jermuk", "ARM", "town"]})
    assert evidence_links(listed) == ["shell"]


def test_a_dyad_point_lists_exactly_the_events_behind_it(handle: StoreHandle) -> None:
    params = {"source": "ARM GOV", "target": "AZE GOV"}
    listed = dyad.picked(handle, params, "1994-01-01")
    assert evidence_links(listed) == ["truce"]


def test_the_dyad_line_breaks_where_months_have_no_events(handle: StoreHandle) -> None:
    from belli.store.explore import DyadPoint

    points = [DyadPoint("2021-01-01", 1, -2.0, -2.0, -2.0, ("a/1",)),
              DyadPoint("2021-02-01", 1, 3.0, 3.0, 3.0, ("a/2",)),
              DyadPoint("2021-09-01", 1, 1.0, 1.0, 1.0, ("a/3",))]
    line = dyad.series_figure(points).data[0]
    assert list(line.x) == ["2021-01-01", "2021-02-01", None, "2021-09-01"]
