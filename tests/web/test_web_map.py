"""The offline map: country outlines from a Python package, simplified, and event places
drawn as precisely as they are known (a country-level event is a country, not a pin)."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

from belli.store.explore import PlaceRow
from belli.web.views.geo import DETAIL_GRID_DEG, map_figure
from belli.web.world import World, load_world, simplify_ring

TOWN = PlaceRow("Jermuk", "ARM", 39.84, 45.67, "town", 3, -9.0)
REGION = PlaceRow("Syunik", "ARM", 39.5, 46.0, "region", 1, -5.0)
COUNTRY = PlaceRow("Armenia", "ARM", 40.0, 45.0, "country", 2, 6.0)


@pytest.fixture(scope="module")
def world() -> World:
    return load_world()


@pytest.fixture(scope="module")
def figure(world: World) -> go.Figure:
    return map_figure([TOWN, REGION, COUNTRY], world, load_world(DETAIL_GRID_DEG))


def traces(fig: go.Figure, meta: str) -> list[go.Scatter]:
    return [t for t in fig.data if t.meta == meta]


def test_a_country_level_event_shades_the_country_outline(figure: go.Figure) -> None:
    [shape] = traces(figure, "country")[:1]
    assert shape.fill == "toself"
    assert len(shape.x) > 20, "a polygon, not a point"
    assert min(x for x in shape.x if x is not None) > 43
    assert max(x for x in shape.x if x is not None) < 47.5


def test_a_town_is_a_point_sized_by_its_events(figure: go.Figure) -> None:
    [town] = traces(figure, "town")
    assert town.mode == "markers"
    assert list(town.x) == [45.67] and list(town.y) == [39.84]
    assert town.customdata[0][0] == "Jermuk"


def test_a_region_is_drawn_as_a_ring_not_a_dot(figure: go.Figure) -> None:
    [region] = traces(figure, "region")
    assert region.marker.symbol == "circle-open"


def test_the_map_uses_no_geo_trace_and_fetches_nothing(figure: go.Figure) -> None:
    assert {t.type for t in figure.data} == {"scatter"}
    spec = figure.to_json()
    assert "topojson" not in spec and "mapbox" not in spec and "http" not in spec


def test_the_map_stays_light(figure: go.Figure) -> None:
    assert len(figure.to_json()) < 600_000


def test_the_view_opens_on_the_events(figure: go.Figure) -> None:
    low, high = figure.layout.xaxis.range
    assert low < 45 < high and high - low < 40


def test_the_world_outline_loads_simplified(world: World) -> None:
    assert len(world.countries) > 200
    assert world.points < 30_000, "the 10m outlines hold over 500,000 points"


@pytest.mark.parametrize("code, name", [
    ("FRA", "France"),  # ISO_A3 is -99 in Natural Earth: its ADM0_A3 stands in
    ("NOR", "Norway"),
    ("XKX", "Kosovo"),  # belli's code for Kosovo; Natural Earth's is KOS
    ("SGP", "Singapore"),  # too small for the grid, kept at a finer one
    ("arm", "Armenia"),
])
def test_every_country_an_event_can_name_has_an_outline(world: World, code: str,
                                                        name: str) -> None:
    country = world.country(code)
    assert country is not None and country.name == name
    assert all(ring[0] == ring[-1] for ring in country.rings)


def test_simplifying_snaps_to_the_grid_and_drops_repeated_points() -> None:
    ring = [(0.0, 0.0), (0.01, 0.02), (1.0, 0.0), (1.02, 0.99), (0.0, 1.0), (0.0, 0.0)]
    assert simplify_ring(ring, 0.2) == ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0),
                                        (0.0, 0.0))


def test_a_ring_smaller_than_the_grid_vanishes() -> None:
    assert simplify_ring([(0.0, 0.0), (0.05, 0.0), (0.05, 0.05), (0.0, 0.0)], 0.2) == ()


def test_the_outline_survives_json(world: World) -> None:
    json.dumps([c.rings for c in world.countries[:5]])
