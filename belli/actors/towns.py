"""Towns a text places in a division: "Paris, Texas", "Moscow, Idaho".

A capital's name is its government when it acts ("Paris said"); but a name followed by a
comma and a first-level division that has a town of that name ("Paris, Texas") is that
town, for the whole document: the story is local, and "the Paris mayor" later is the
town's, not France's. The division and town come from the offline gazetteer
(`belli.geo.gazetteer`), so any country's divisions work, not a list of US states.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belli.records import Mention, Place

__all__ = ["placed_towns"]

_MAX_DIVISION = 3  # tokens of the longest division name read after the comma


def placed_towns(mentions: Sequence[Mention], spans: Sequence[Any],
                 gazetteer: Any) -> dict[str, Place]:
    """Town name -> the town the text places in a division ("Paris, Texas")."""
    out: dict[str, Place] = {}
    for mention, span in zip(mentions, spans, strict=True):
        if span is None or mention.label != "GPE" or mention.text in out:
            continue
        division = _division_after(span, gazetteer)
        town = _town(mention.text, division, gazetteer) if division is not None else None
        if town is not None:
            out[mention.text] = town
    return out


def _division_after(span: Any, gazetteer: Any) -> Any | None:
    """The first-level division named right after the span's comma."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for size in range(_MAX_DIVISION, 0, -1):
        words = doc[end + 1:end + 1 + size]
        if len(words) != size or not all(t.text[:1].isupper() for t in words):
            continue
        found = [e for e in gazetteer.lookup(words.text) if e.kind == "admin1"]
        if found:
            return found[0]
    return None


def _town(name: str, division: Any, gazetteer: Any) -> Place | None:
    """The town of that name inside the division, if the gazetteer has one."""
    for entry in gazetteer.lookup(name):
        if (entry.kind == "city" and entry.country == division.country
                and entry.admin1 == division.admin1 and entry.name.lower() == name.lower()):
            return Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon,
                         gazetteer_id=entry.gazetteer_id, feature="city")
    return None
