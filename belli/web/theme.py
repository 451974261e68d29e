"""Colours and words every page shares, so a quad class or a score reads the same on the
timeline, the network, the map and the evidence page.

Quad classes and scores share one diverging scale: blue for cooperation, red for conflict,
grey in between (the light shade for words, the deep one for deeds).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

__all__ = [
    "DATE_TYPES",
    "FONT",
    "GRANULARITY",
    "PLOT_CONFIG",
    "QUADS",
    "SCORE_SCALE",
    "Quad",
    "base_layout",
    "quad",
    "score_colour",
]

FONT = ('system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
        '"Noto Sans", sans-serif')
# Plotly draws its own mode bar; nothing it offers may fetch from elsewhere.
PLOT_CONFIG: dict[str, Any] = {"displaylogo": False, "responsive": True,
                               "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


@dataclass(frozen=True, slots=True)
class Quad:
    """One PLOVER quad class: its number, name and colour."""

    number: int
    label: str
    short: str
    colour: str


QUADS: dict[int, Quad] = {
    1: Quad(1, "Verbal cooperation", "verbal coop.", "#7fb2e5"),
    2: Quad(2, "Material cooperation", "material coop.", "#1f5fa8"),
    3: Quad(3, "Verbal conflict", "verbal conflict", "#f2a07b"),
    4: Quad(4, "Material conflict", "material conflict", "#b3202e"),
}
_UNKNOWN = Quad(0, "Unclassified", "unclassified", "#9aa3ad")


def quad(number: int | None) -> Quad:
    return QUADS.get(number or 0, _UNKNOWN)


# How the store names a date's granularity, as an analyst would say it.
GRANULARITY = {
    "day": "day", "part_of_day": "part of a day", "week": "week", "weekend": "weekend",
    "month": "month", "season": "season", "quarter": "quarter", "year": "year",
    "decade": "decade", "century": "century",
}
DATE_TYPES = {
    "clause": "stated for the event itself",
    "sentence": "stated in the sentence",
    "paragraph": "stated earlier in the paragraph",
    "document": "the date the article gives the named event or period elsewhere",
    "publication": "no date in the text: the publication date",
}

# Score stops: red (-10, conflict) through grey (0) to blue (+10, cooperation).
_STOPS = ((-10.0, (179, 32, 46)), (-4.0, (232, 128, 110)), (0.0, (160, 167, 176)),
          (4.0, (110, 160, 220)), (10.0, (31, 95, 168)))


def score_colour(score: float | None, alpha: float = 1.0) -> str:
    """The colour of a cooperation–conflict score (-10..10); grey when there is none."""
    if score is None:
        return f"rgba(160, 167, 176, {alpha})"
    score = max(-10.0, min(10.0, score))
    for (lo, c0), (hi, c1) in pairwise(_STOPS):
        if score <= hi:
            t = (score - lo) / (hi - lo)
            r, g, b = (round(a + (b - a) * t) for a, b in zip(c0, c1, strict=True))
            return f"rgba({r}, {g}, {b}, {alpha})"
    return f"rgba(31, 95, 168, {alpha})"


SCORE_SCALE: tuple[tuple[float, str], ...] = tuple(((s + 10) / 20, score_colour(s))
                                                  for s, _ in _STOPS)


def base_layout(**extra: Any) -> dict[str, Any]:
    """A quiet plotly layout in the dashboard's font (no template fetched or guessed)."""
    layout: dict[str, Any] = {
        "font": {"family": FONT, "size": 13, "color": "#1d2733"},
        "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
        "margin": {"l": 48, "r": 16, "t": 16, "b": 40},
        "hoverlabel": {"font": {"family": FONT}},
        "legend": {"orientation": "h", "y": -0.15},
    }
    layout.update(extra)
    return layout
