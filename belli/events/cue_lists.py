"""Word lists of data/cues.yaml read by key, for the modules that need one or two of them
and not the whole `belli.events.claims.Cues` (which the syntax helpers cannot import)."""

from __future__ import annotations

from functools import cache

from belli.yamldata import word_list

__all__ = ["DEFINITE", "cue_list"]

# determiners of a thing already told ("THE arrest", "THIS proposal"): retellings and the
# words a definite noun points back to
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


# an entry "@other_list" in a list of data/cues.yaml stands for all of that list's words,
# so that lists that share words are written once
_INCLUDE = "@"


@cache
def cue_list(key: str) -> frozenset[str]:
    """The lower-cased words of one list of data/cues.yaml, its "@other_list" entries
    read as that list's words (a KeyError for a list not there: a misspelt key must not
    read as an empty list)."""
    words: set[str] = set()
    for word in word_list("belli.events", "cues.yaml", key):
        words |= cue_list(word[1:]) if word.startswith(_INCLUDE) else {word.lower()}
    return frozenset(words)
