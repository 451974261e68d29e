"""Two states joined by a hyphen into one word: "U.S.-Ukraine talks", "U.S.-China ties".

The tokenizer keeps "U.S.-Ukraine" one token (the abbreviation's period holds it
together), so the model tags neither state; "Russia-Ukraine" splits and is tagged as
usual. Each part of such a word that names a state (its name or adjective) is a party of
the noun it modifies, so the word becomes one mention with an actor per part.

A combining form before a hyphen names its state too (data/pairs.yaml): "Sino-Indian
clashes" are China's and India's, where the model's mention reads India alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from belli.nlp.doc_index import doc_text, indices_holding, sentence_numbers
from belli.records import Actor, Mention
from belli.yamldata import word_data

__all__ = ["combined_forms", "hyphen_pairs"]

_STATE_KINDS = frozenset({"country", "adjective"})


@cache
def _forms() -> dict[str, str]:
    return {str(k): str(v) for k, v in word_data("belli.actors", "pairs.yaml")["combining_forms"].items()}


def _combining(form: str, kb: Any) -> Actor | None:
    """The state a combining form ("Sino") names, or None."""
    code = _forms().get(form)
    entry = kb.country(code) if code else None
    if entry is None:
        return None
    return Actor(text=form, name=entry.name, country=code,
                 reason=f"combining form '{form}-' → {code}")


def _state(part: str, kb: Any) -> Actor | None:
    """The state a part of the word names, or None."""
    match = next((m for m in kb.lookup_name(part) if m.kind in _STATE_KINDS), None)
    if match is None:
        return None
    return Actor(text=part, name=match.entry.name, country=match.code,
                 reason=f"'{part}' in a hyphenated pair of states → {match.code}")


def _pair(token: Any, kb: Any) -> tuple[Actor, ...]:
    """An actor per part of a word like "U.S.-Ukraine"; () unless every part is a state."""
    parts = token.text.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return ()
    first = _combining(parts[0], kb) or _state(parts[0], kb)
    actors = tuple(a for a in (first, _state(parts[1], kb)) if a is not None)
    distinct = len({a.country for a in actors}) == len(parts)
    return actors if len(actors) == len(parts) and distinct else ()


def _read_elsewhere(token: Any, mentions: Sequence[Mention]) -> bool:
    """Whether a mention reads the word: one with actors, or one wider or narrower."""
    start, end = token.idx, token.idx + len(token.text)
    return any(m.start < end and start < m.end and (m.actors or (m.start, m.end) != (start, end))
               for m in mentions)


def hyphen_pairs(doc: Any, doc_id: str, mentions: Sequence[Mention], kb: Any) -> list[Mention]:
    """New mentions for the one-word pairs of states no other mention reads (one of no
    one spanning just the word gives way to the new one)."""
    sentence_of = sentence_numbers(doc)
    out = []
    for token in (doc[i] for i in indices_holding(doc, "-")):  # most words: no Token made
        # the word's own shape first: most hyphens join no two states, and the mentions
        # need not be scanned for them
        actors = _pair(token, kb)
        if actors and not _read_elsewhere(token, mentions):
            out.append(Mention(doc_id=doc_id, start=token.idx, end=token.idx + len(token.text),
                               text=token.text, label="GPE", actors=actors, source="coref",
                               sentence=sentence_of.get(token.sent.start)))
    return out


def _form_before(span: Any) -> Any:
    """The combining form joined by a hyphen to the span's first word ("Sino-Indian",
    or "Indo-" left outside the model's "Pakistani"), or None."""
    doc = span.doc
    if len(span) >= 3 and span[1].text == "-" and not span[0].whitespace_:
        return span[0]
    i = span.start
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_:
        return doc[i - 2]
    return None


def combined_forms(mention: Mention, span: Any, kb: Any) -> Mention:
    """A mention of a state joined to a combining form by a hyphen ("Sino-Indian",
    "Indo-Pakistani"): the form's state joins it, first, and the mention takes in the form."""
    form = _form_before(span) if span is not None and mention.actors else None
    actor = _combining(form.text, kb) if form is not None else None
    if form is None or actor is None or actor.country in {a.country for a in mention.actors}:
        return mention
    start = min(form.idx, mention.start)
    text = doc_text(span.doc)[start:mention.end]
    # "Indo-Bangladeshi border guards": the guards of both states
    actor = actor.replace(sector=mention.actors[0].sector)
    return mention.replace(start=start, text=text, actors=(actor, *mention.actors))
