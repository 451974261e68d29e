"""Countries named side by side inside one mention: "the Japanese and UK governments",
"Canada-U.S. talks", "British, French and German diplomats".

A mention holds one place, yet such a mention names each of its countries as much as
the first: reading only the first puts the others in the wrong country. Each country of
the coordination becomes a mention of its own (source "coordinated", GPE for a name, NORP
for an adjective) and the whole keeps no place of its own: a body of two countries lies
in neither alone. Only mentions that are not places themselves are split ("the
U.S.-Mexico border" is a place, read by `belli.geo.inside`), and never a country whose
name is a coordination ("Bosnia and Herzegovina").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from belli.actors.context import NameSource
from belli.geo.candidates import COUNTRY_KINDS, COUNTRY_LABELS, lookup
from belli.records import Mention

__all__ = ["SOURCE", "coordinated_parts", "holders"]

SOURCE = "coordinated"
# the mentions a coordination of countries is split in: bodies, groups, people, events
_SPLIT_LABELS = frozenset({"ORG", "NORP", "PERSON", "EVENT"})
# a capitalized word or an acronym, dotted or not: "Japanese", "UK", "U.S."
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][^\W\d_]*")
# what joins two coordinated names: "X and Y", "X, Y", "X-Y", "X/Y"
_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+|[-–/])\s*")
# ...at a glance, before any name is looked up
_MAY_JOIN = re.compile(r",|\b(?:and|or)\b|&|[-–/]")
_MAX_WORDS = 3  # "Central African Republic"


def coordinated_parts(doc_id: str, mentions: Sequence[Mention],
                      kb: NameSource) -> list[Mention]:
    """A mention for each country named inside a mention that coordinates two or more
    ("Russian, Chechen and Georgian delegates": Russia and Georgia)."""
    taken = {(m.start, m.end) for m in mentions}
    out = []
    for mention in mentions:
        if mention.label not in _SPLIT_LABELS or not _MAY_JOIN.search(mention.text) \
                or _one_name(kb, mention.text):
            continue
        for start, end, label in _chain(kb, mention.text):
            if (mention.start + start, mention.start + end) not in taken:
                out.append(Mention(doc_id=doc_id, start=mention.start + start,
                                   end=mention.start + end, text=mention.text[start:end],
                                   label=label, sentence=mention.sentence, source=SOURCE))
    return out


def holders(mentions: Sequence[Mention], parts: Sequence[Mention]) -> frozenset[int]:
    """The indices of the mentions split into `parts`: they keep no place of their own."""
    return frozenset(i for i, m in enumerate(mentions) if m.source != SOURCE and any(
        m.start <= p.start and p.end <= m.end for p in parts))


def _one_name(kb: NameSource, text: str) -> bool:
    """Whether the whole mention is one known name ("Bosnia and Herzegovina")."""
    name = text[4:] if text[:4].lower() == "the " else text
    return bool(lookup(kb, name))


def _chain(kb: NameSource, text: str) -> list[tuple[int, int, str]]:
    """Every country of `text`, as offsets and labels, where two or more of them are
    coordinated; [] where none are."""
    chain: list[tuple[int, int, str]] = []
    named = list(_countries(kb, text))
    for found in named:
        if chain and _JOIN.fullmatch(text[chain[-1][1]:found[0]]):
            chain.append(found)
        elif len(chain) >= 2:
            break
        else:
            chain = [found]
    if len(chain) < 2 or lookup(kb, text[chain[0][0]:chain[-1][1]]):
        return []  # "Trinidad and Tobago": one country's name
    return named


def _countries(kb: NameSource, text: str) -> Iterator[tuple[int, int, str]]:
    """Each country name or adjective of `text`, the longest run of words first."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + size - 1][1]
            if size > 1 and any(words[j + 1][0] - words[j][1] != 1 for j in range(i, i + size - 1)):
                continue  # the words of one name are one space apart
            label = _country_label(kb, text[start:end])
            if label is not None:
                yield start, end, label
                i += size
                break
        else:
            i += 1


def _country_label(kb: NameSource, name: str) -> str | None:
    """GPE for a country's name, NORP for its adjective or demonym, None for anything
    else (a name that is also a person's or a town's is no country here)."""
    matches = lookup(kb, name)
    if not matches or any(m.kind not in COUNTRY_KINDS for m in matches):
        return None
    return COUNTRY_LABELS.get(matches[0].kind)
