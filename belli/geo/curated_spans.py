"""Mentions cut short of a curated place's name: the longest name the text gives wins.

The model tags "Redhill" in "near Redhill post" or "Lachin" in "the Lachin corridor",
where the places file (`places.csv`, an analyst's own file in `BELLI_GEO_PLACES`) lists
the longer name. Read alone, the short name finds another place ("Redhill" is a town in
England) or none; so the place stage widens such a mention over the words around it
to the longest curated name they make: up to the most words a curated name has,
capitalized words before it (and "of" between them: "Bay of"), any words after it
("post", "corridor"), never across punctuation or a line, nor into another mention
unless it is a place the model split off the same name ("the Bay of" + "Bengal").

A widened mention that was not tagged as a place becomes a LOC mention, and it keeps
no reading of the short name ("Redhill is a place in GBR"): the curated place is its
reading now.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from belli.geo.article import PLACE_LABELS
from belli.geo.gazetteer import Gazetteer
from belli.geo.names import fold
from belli.records import Mention

__all__ = ["widened_to_curated"]

_SKIP_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT",
                          "MONEY"})
_REACH = 80  # characters looked at on either side of a mention
_WORDS_BEFORE = re.compile(r"(?:[\w][\w'’-]*[ \t]+)+$")
_WORDS_AFTER = re.compile(r"(?:[ \t]+[\w][\w'’-]*)+")
_WORD = re.compile(r"[\w][\w'’-]*")
_JOINERS = frozenset({"of", "de", "del", "la", "el", "al"})  # inside names, in lower case


def widened_to_curated(text: str, mentions: Sequence[Mention],
                       gazetteer: Gazetteer) -> list[Mention]:
    """`mentions`, each widened to the longest curated place name around it, if any."""
    out = list(mentions)
    if gazetteer.curated_words < 2:
        return out
    swallowed: set[int] = set()
    for i, mention in enumerate(out):
        if i in swallowed or mention.label in _SKIP_LABELS \
                or not gazetteer.may_be_in_curated(mention.text):
            continue
        span = _longest(text, mention, gazetteer.curated_words, gazetteer)
        if span is None:
            continue
        inside = _inside(out, i, *span)
        if inside is not None:
            out[i] = _widened(text, mention, *span)
            swallowed |= inside
    return [m for i, m in enumerate(out) if i not in swallowed]


def _longest(text: str, mention: Mention, most: int,
             gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The widest [start, end) around `mention`, wider than it, that is a curated name."""
    before = _starts_before(text, mention.start)[:most]
    after = _ends_after(text, mention.end)[:most]
    spans = [(start, end) for start in [mention.start, *before] for end in [mention.end, *after]
             if (start, end) != (mention.start, mention.end)
             and len(text[start:end].split()) <= most]
    own = fold(mention.text)
    for start, end in sorted(spans, key=lambda s: s[0] - s[1]):
        name = text[start:end]
        if fold(name) != own and gazetteer.is_curated(name):
            return start, end
    return None


def _starts_before(text: str, start: int) -> list[int]:
    """Where the capitalized words right before `start` begin, nearest first (a "the"
    adds nothing: names are looked up without it)."""
    window = text[max(0, start - _REACH):start]
    found = _WORDS_BEFORE.search(window)
    if found is None:
        return []
    offset = start - len(window) + found.start()
    words = list(_WORD.finditer(found.group()))
    out = []
    for word in reversed(words):
        if word.group() in _JOINERS:
            continue  # "Bay OF Bengal", "Strait OF Hormuz": a name starts at a capital
        if not word.group()[:1].isupper() or word.group().lower() == "the":
            break
        out.append(offset + word.start())
    return out


def _ends_after(text: str, end: int) -> list[int]:
    """Where each word right after `end` ends, nearest first."""
    found = _WORDS_AFTER.match(text, end, min(len(text), end + _REACH))
    if found is None:
        return []
    return [end + word.end() for word in _WORD.finditer(found.group())]


def _inside(mentions: Sequence[Mention], index: int, start: int, end: int) -> set[int] | None:
    """The other mentions the span [start, end) takes in, or None where it would cut one:
    only a place the model split off the same name lies inside it ("the Bay of" and
    "Bengal")."""
    taken = set()
    for j, m in enumerate(mentions):
        if j == index or not (m.start < end and start < m.end):
            continue
        if m.end > end or m.start < start or m.label not in PLACE_LABELS:
            return None
        taken.add(j)
    return taken


def _widened(text: str, mention: Mention, start: int, end: int) -> Mention:
    label = mention.label if mention.label in PLACE_LABELS else "LOC"
    return mention.replace(start=start, end=end, text=text[start:end], label=label,
                           actors=(), place=None)
