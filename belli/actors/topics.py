"""What a meeting is about is not who meets (data/topics.yaml).

"The Security Council held talks on Myanmar", "ministers met to discuss Sudan": a state
named as the topic of talks is neither a party to them nor the owner of a body in the
sentence that has no country of its own. `talked_about` tells such a mention by its parse.
"""

from __future__ import annotations

from typing import Any

from belli.yamldata import word_list

__all__ = ["talked_about", "topic_verbs"]

_FILE = "topics.yaml"


def talked_about(span: Any) -> bool:
    """Whether the phrase is what talks are about, or inside it ("discussed the crisis IN
    SUDAN"): the object of "on", "about" ... after a word of meeting ("talks ON Myanmar"),
    or the object of "discuss" ("discussed Sudan"). The search stops at its clause's verb."""
    if span is None:
        return False
    node = span.root
    while not _topic(node):
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):  # spaCy makes a new Token each time
            return False
        node = node.head
    return True


def topic_verbs() -> frozenset[str]:
    """Verbs of talking about ("discuss", "debate"), whose object is the topic: the events
    layer reads the same list, so that no party is taken from it."""
    return word_list("belli.actors", _FILE, "topic_verbs")


def _topic(token: Any) -> bool:
    if token.dep_ == "dobj":
        return _lemma(token.head) in topic_verbs()
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ in word_list("belli.actors", _FILE, "topic_preps")
            and _lemma(prep.head) in word_list("belli.actors", _FILE, "talk_words"))


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()
