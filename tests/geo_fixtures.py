"""Hand-built mentions for the place tests: the labels and offsets the model and the
actor stage would leave, resolved by the place stage alone (no spaCy model loads)."""

from __future__ import annotations

from belli.geo.stage import PlaceStage
from belli.records import Analysis, Article, Mention, Place


def marked_mentions(text: str, marked: list[tuple[str, str]]) -> list[Mention]:
    """Mentions for each (surface, label), in order, each found after the end of the last
    (so a repeated "Jackson" is never found inside the "Tom Jackson" before it)."""
    mentions, at = [], 0
    for surface, label in marked:
        start = text.index(surface, at)
        mentions.append(Mention(doc_id="d", start=start, end=start + len(surface),
                                text=surface, label=label))
        at = start + len(surface)
    return mentions


def analyse(stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> list[Mention]:
    """The marked mentions (`marked_mentions`) as the place stage resolves them."""
    analysis = Analysis(article=Article(doc_id="d", text=text),
                        mentions=tuple(marked_mentions(text, marked)))
    return list(stage.resolve(analysis).mentions)


def place_of(mentions: list[Mention], surface: str) -> Place:
    found = next(m for m in mentions if m.text == surface)
    assert found.place is not None, f"{surface!r} got no place"
    return found.place
