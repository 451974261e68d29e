"""The actor-phrase lexicon (`data/phrases.yaml`), parsed once: pure Python, no spaCy.

Shared by the phrase component (which words head an actor phrase) and by actor
resolution (roles, locative prepositions, fallback sectors, coreferring descriptions).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from belli.yamldata import load_word_data

__all__ = ["PhraseLexicon", "load_lexicon"]


def _words(items: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items or ())


@dataclass(frozen=True, slots=True)
class PhraseLexicon:
    """Word lists that decide actor phrases; every entry is lower case."""

    persons: frozenset[str]
    groups: frozenset[str]
    business: frozenset[str]
    civilians: frozenset[str]
    locative: frozenset[str]
    owner: frozenset[str]
    foreign_presence: frozenset[str]
    descriptions: dict[str, int]
    motion: frozenset[str] = frozenset()
    not_heads: frozenset[str] = frozenset()
    religions: frozenset[str] = frozenset()
    nominal_groups: frozenset[str] = frozenset()
    person_owned: frozenset[str] = frozenset()
    aiming: frozenset[str] = frozenset()
    # every noun or noun compound that can head an actor phrase (computed once)
    heads: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "heads", (self.persons | self.groups) - self.not_heads)

    def with_cues(self, cues: Iterable[str]) -> PhraseLexicon:
        """The lexicon with the knowledge base's sector cues added as group heads."""
        extra = frozenset(c.lower() for c in cues if c and not c.lower().startswith("the "))
        return PhraseLexicon(
            self.persons, self.groups | extra, self.business, self.civilians, self.locative,
            self.owner, self.foreign_presence, self.descriptions, self.motion, self.not_heads,
            self.religions, self.nominal_groups, self.person_owned, self.aiming,
        )


@lru_cache(maxsize=1)
def load_lexicon() -> PhraseLexicon:
    """The packaged lexicon."""
    text = resources.files("belli.nlp").joinpath("data/phrases.yaml").read_text("utf-8")
    data = load_word_data(text, "phrases.yaml", package="belli.nlp")  # "off" is a preposition here, no boolean
    return PhraseLexicon(
        persons=_words(data.get("persons")),
        groups=_words(data.get("groups")),
        business=_words(data.get("business")),
        civilians=_words(data.get("civilians")),
        locative=_words(data.get("locative_prepositions")),
        owner=_words(data.get("owner_prepositions")),
        foreign_presence=_words(data.get("foreign_presence")),
        descriptions={str(k).lower(): int(v) for k, v in (data.get("country_descriptions") or {}).items()},
        motion=_words(data.get("motion")),
        not_heads=_words(data.get("not_heads")),
        religions=_words(data.get("religions")),
        nominal_groups=_words(data.get("nominal_groups")),
        person_owned=_words(data.get("person_owned")),
        aiming=_words(data.get("aiming")),
    )
