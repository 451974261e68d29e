"""The words of a mention and their capitalized runs: where a place name inside a longer
mention may start and end ("the University of Nebraska", "U.S.-led", "Bosnia and
Herzegovina").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["CONNECTORS", "WORD", "bare", "capitalized", "longer", "span", "unpossessed"]

# a word of a longer mention; a hyphen ends it, so "U.S.-led", "Chile-Peru" and
# "Russian-Chinese" show their places, while "Miami-Dade" stays one run of two words
WORD = re.compile(r"[\w][\w'’.&]*")
CONNECTORS = frozenset({"and", "of", "de", "del", "la", "le", "du", "el", "al", "upon",
                        "on", "da", "do", "dos", "das"})


@lru_cache(maxsize=1 << 14)  # asked again for each mention by several readers of an article
def bare(text: str) -> tuple[str, int]:
    """The name without a leading "the" and a trailing possessive, and where it starts."""
    offset = 0
    if text[:4].lower() == "the ":
        text, offset = text[4:], 4
    for tail in ("'s", "’s", "'", "’"):
        if text.endswith(tail):
            text = text[: -len(tail)]
            break
    left = len(text) - len(text.lstrip(" ,"))
    return text.strip(" ,"), offset + left


def unpossessed(word: str) -> str:
    """A word without its possessive ending: "Carolina's" -> "Carolina"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word.rstrip("'’")


def span(text: str, words: list[tuple[int, str]], first: int, end: int) -> str:
    """The text of words [first, end) of a mention."""
    return text[words[first][0]:words[end - 1][0] + len(words[end - 1][1])]


def longer(text: str, words: list[tuple[int, str]], first: int, size: int) -> Iterator[str]:
    """The capitalized runs of a mention's words that hold words [first, first + size)."""
    return (span(text, words, j, k) for j in range(first + 1)
            for k in range(first + size, len(words) + 1)
            if (j, k) != (first, first + size) and capitalized(words[j:k]))


def capitalized(run: list[tuple[int, str]]) -> bool:
    """A run of capitalized words, with connectors inside ("Bosnia and Herzegovina")."""
    if not (run[0][1][:1].isupper() and run[-1][1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w.lower() in CONNECTORS for _, w in run)
