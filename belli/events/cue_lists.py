"""Word lists of data/cues.yaml read by key, for the modules that need one or two of them
and not the whole `belli.events.claims.Cues` (which the syntax helpers cannot import)."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from typing import Any

from belli.yamldata import load_word_data

__all__ = ["cue_list"]


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    text = resources.files("belli.events").joinpath("data/cues.yaml").read_text("utf-8")
    return load_word_data(text, "cues.yaml")


@cache
def cue_list(key: str) -> frozenset[str]:
    """The lower-cased words of one list of data/cues.yaml (a KeyError for a list not
    there: a misspelt key must not read as an empty list)."""
    return frozenset(str(w).lower() for w in _cues()[key])
