"""Names that are no actor whatever state they hold: natural features and storms
(data/features.yaml), for the actor stage (`belli.actors.resolve`).

"The Indian Ocean", "the South China Sea" and "the Sea of Japan" are waters, not India,
China or Japan acting; "Cyclone Idai" is a weather event, not a person the model took it for.
"""

from __future__ import annotations

from typing import Any

from belli.records import Mention
from belli.yamldata import word_list

__all__ = ["natural_feature", "storm_name"]

_FEATURES = "features.yaml"


def natural_feature(mention: Mention, span: Any) -> bool:
    """Whether a place's name is a natural feature's (data/features.yaml): "the Indian
    Ocean", "the Sea of Japan", "Lake Chad" name a water, no state or people acting. The
    head word decides ("the Black Sea Fleet" is a fleet), or the word before "of"."""
    if mention.label not in ("LOC", "GPE", "FAC"):
        return False
    words = [t.lower_ for t in span if t.is_alpha and t.lower_ != "the"]
    if not words:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return (head in word_list("belli.actors", _FEATURES, "features")
            or words[0] in word_list("belli.actors", _FEATURES, "features_before"))


def storm_name(span: Any) -> bool:
    """Whether a name is a storm's: storm words, then a one-word capitalized name ("Cyclone
    Idai", "Tropical Storm Ana"; data/features.yaml `storms`). A longer rest names a body
    ("the Tropical Disease Institute", "the Hurricane Relief Fund")."""
    tokens = [t for t in span if t.lower_ != "the"]
    if len(tokens) < 2:
        return False
    name = tokens[-1]
    words = " ".join(t.lower_ for t in tokens[:-1])
    return (words in word_list("belli.actors", _FEATURES, "storms")
            and name.is_alpha and name.is_title)
