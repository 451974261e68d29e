"""Subjects the parser hangs on a fronted phrase: in "At talks in Astana, Russia, Turkey
and Iran agreed" the small English model often joins "Russia, Turkey and Iran" to
"Astana" as conjuncts and leaves the verb with no subject. The names after the comma
whose coordination runs up to the verb are its subject; the place stays a place."""

from __future__ import annotations

from typing import Any

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def is_fronted_subject(token: Any) -> bool:
    """Whether the token is the first name of a subject misread as a conjunct of a
    fronted phrase's object."""
    if token.dep_ != "conj" or token.pos_ != "PROPN" or token.i == 0:
        return False
    doc = token.doc
    if doc[token.i - 1].text != "," or token.right_edge.i + 1 >= len(doc):
        return False
    verb = doc[token.right_edge.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    return any(a.dep_ == "prep" and a.head == verb and a.i < token.i for a in token.ancestors)


def fronted_subject(verb: Any) -> Any | None:
    """The misread subject of a verb with no subject of its own, if its fronted phrase
    holds one."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        found = next((t for t in prep.subtree if is_fronted_subject(t)), None)
        if found is not None:
            return found
    return None
