"""Towns a text places in a division: "Paris, Texas", "Moscow, Idaho".

A capital's name is its government when it acts ("Paris said"); but a name followed by a
comma and a first-level division that has a town of that name ("Paris, Texas") is that
town, for the whole document: the story is local, and "the Paris mayor" later is the
town's, not France's. The division and town come from the offline gazetteer
(`belli.geo.gazetteer`), so any country's divisions work, not a list of US states.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from belli.records import Mention, Place

__all__ = ["placed_towns"]

_MAX_DIVISION = 3  # tokens of the longest division name read after the comma


def placed_towns(mentions: Sequence[Mention], spans: Sequence[Any],
                 gazetteer: Callable[[], Any]) -> dict[str, Place]:
    """Town name -> the town the text places in a division ("Paris, Texas"). The
    gazetteer is loaded only for a name followed by a comma and a capital."""
    out: dict[str, Place] = {}
    for mention, span in zip(mentions, spans, strict=True):
        if span is None or mention.label != "GPE" or mention.text in out or not _comma_after(span):
            continue
        town = _placed(mention.text, _divisions_after(span, gazetteer()), gazetteer())
        if town is not None:
            out[mention.text] = town
    return out


def _placed(name: str, divisions: list[Any], gazetteer: Any) -> Place | None:
    """The town of that name in one of the divisions. Not for a name that is a country's
    or the division's own ("Djibouti, Djibouti", "Quebec, Quebec"): the state or the
    province elsewhere in the text is still itself."""
    if not divisions or any(d.name.lower() == name.lower() for d in divisions) or any(
            e.kind == "country" for e in gazetteer.lookup(name)):
        return None
    return next((t for d in divisions if (t := _town(name, d, gazetteer)) is not None), None)


def _comma_after(span: Any) -> bool:
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper()


def _divisions_after(span: Any, gazetteer: Any) -> list[Any]:
    """The first-level divisions (of any country) named right after the span's comma."""
    doc, end = span.doc, span.end
    for size in range(_MAX_DIVISION, 0, -1):
        words = doc[end + 1:end + 1 + size]
        if len(words) != size or not all(t.text[:1].isupper() for t in words):
            continue
        found = [e for e in gazetteer.lookup(words.text) if e.kind == "admin1"]
        if found:
            return found
    return []


def _town(name: str, division: Any, gazetteer: Any) -> Place | None:
    """The town of that name inside the division, if the gazetteer has one."""
    for entry in gazetteer.lookup(name):
        if (entry.kind == "city" and entry.country == division.country
                and entry.admin1 == division.admin1 and entry.name.lower() == name.lower()):
            return Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon,
                         gazetteer_id=entry.gazetteer_id, feature="city")
    return None
