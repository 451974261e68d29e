"""Acronyms a text defines: "the Balochistan Liberation Army (BLA)" then "BLA".

News introduces a body by its full name with its acronym in brackets and uses the
acronym from then on. The acronym may be in no list, or in the knowledge base or the
city gazetteer as something else (a town "Bla"); the text's own definition wins. Every
use, before the definition too (a headline or a lead may use the acronym first), takes
the named body's actor: the acronym alone, an untagged occurrence (a new mention), or a
phrase it owns ("BLA fighters", in that phrase's own sector when it has a cue).

Some acronyms name two bodies ("RSF": Reporters Without Borders, or Sudan's Rapid
Support Forces). A text that does not define one is read by the states it names
(`shared_readings`, data/acronyms.yaml): the other body where the story names its state
and not the home of the knowledge base's own body, nor that body in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from belli.actors.context import Anchor
from belli.actors.sectors import find_cue
from belli.nlp.doc_index import sentence_numbers, word_indices
from belli.records import Actor, Mention
from belli.yamldata import word_data

__all__ = ["defined_acronyms", "named_by_acronym", "no_town_acronyms", "shared_readings"]

_MIN_LETTERS = 2
# sectors of bodies of armed men, whose acronym may stand before "fighters" or "troops"
_ARMED = frozenset({"MIL", "REB", "UAF"})


def defined_acronyms(mentions: Sequence[Mention], spans: Sequence[Any]) -> dict[str, Actor]:
    """Acronym -> the actor of the resolved name right before it in brackets."""
    out: dict[str, Actor] = {}
    for mention, span in zip(mentions, spans, strict=True):
        actor = _body_actor(mention)
        acronym = _bracketed_after(span) if actor is not None else None
        if acronym is not None and actor is not None:
            out.setdefault(acronym, actor)
    return out


def named_by_acronym(doc: Any, doc_id: str, mentions: list[Mention], spans: Sequence[Any],
                     kb: Any) -> tuple[list[Mention], list[Mention]]:
    """(the mentions with every use of a defined acronym resolved, new mentions for the
    uses the model left untagged)."""
    acronyms = defined_acronyms(mentions, spans)
    if not acronyms:
        return mentions, []
    out = [_renamed(m, s, acronyms, kb) for m, s in zip(mentions, spans, strict=True)]
    taken = {i for s in spans if s is not None for i in range(s.start, s.end)}
    sentence_of = sentence_numbers(doc)
    # only the words that read as an acronym in lower case are looked at
    uses = [doc[i] for i in word_indices(doc, frozenset(a.lower() for a in acronyms))]
    extra = [_new(doc_id, t, acronyms[t.text], sentence_of.get(t.sent.start))
             for t in uses if t.text in acronyms and t.i not in taken]
    return out, extra


def no_town_acronyms(mentions: list[Mention], spans: Sequence[Any]) -> list[Mention]:
    """The mentions with no place read from an acronym the text gives a name ("the Baloch
    Liberation Army, or BLA": no town "Bla" of another state), before the groups pass
    looks for the states a sentence names; the body's actor comes once it is resolved."""
    given = {a for s in spans if s is not None and (a := _bracketed_after(s)) is not None}
    return [m.replace(actors=(), place=None)
            if m.text in given and m.actors and all(a.is_location for a in m.actors) else m
            for m in mentions]


def _body_actor(mention: Mention) -> Actor | None:
    """The actor a name stands for, when it is a body (not a place or a person)."""
    actor = mention.actors[0] if mention.actors else None
    if actor is None or actor.is_location or actor.person or not actor.country:
        return None
    return actor


def _bracketed_after(span: Any) -> str | None:
    """The all-capitals word in brackets right after a span, "... Army (BLA)", or given
    as another name for it, "... Army, or BLA, claimed"."""
    if span is None:
        return None
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        return _acronym(doc[end + 1].text)
    if _or_named(doc, end):
        return _acronym(doc[end + 2].text)
    return None


def _or_named(doc: Any, end: int) -> bool:
    """", or BLA," right after a name: the alternative set off by commas (or ending the
    sentence) renames it; ", or BLA fighters" would not."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "or":
        return False
    after = end + 3
    return after >= len(doc) or doc[after].is_punct


def _acronym(word: str) -> str | None:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < _MIN_LETTERS or not all(c.isupper() for c in letters):
        return None
    return word


def _renamed(mention: Mention, span: Any, acronyms: dict[str, Actor], kb: Any) -> Mention:
    """A mention holding a defined acronym: the body's actor, in the phrase's own sector
    when the acronym owns a phrase with a cue ("BLA fighters")."""
    if span is None or mention.label == "PERSON":
        return mention
    word = next((t for t in span if t.text in acronyms), None)
    if word is None or _bracketed_after(span) == word.text:
        return mention  # the name that defines it
    actor = acronyms[word.text]
    rest = [t.text for t in span if t.i != word.i and not t.is_punct]
    cue = find_cue(rest, kb) if rest else None
    sector = cue.sector if cue is not None else actor.sector
    why = f"'{word.text}' is the acronym the text gives {actor.text} ({actor.country} {actor.sector})"
    return mention.replace(actors=(actor.replace(text=mention.text, sector=sector, reason=why),))


def _new(doc_id: str, token: Any, actor: Actor, sentence: int | None) -> Mention:
    why = f"'{token.text}' is the acronym the text gives {actor.text} ({actor.country} {actor.sector})"
    return Mention(doc_id=doc_id, start=token.idx, end=token.idx + len(token.text),
                   text=token.text, label="ORG", sentence=sentence, source="coref",
                   actors=(actor.replace(text=token.text, reason=why),))


@cache
def _shared() -> dict[str, dict[str, Any]]:
    """Acronym -> the other body it names and the states whose stories mean that body."""
    return {str(k): dict(v) for k, v in word_data("belli.actors", "acronyms.yaml")["shared"].items()}


def _without_article(text: str) -> str:
    """An anchor's text without the article the name took ("the RSF")."""
    return text[4:] if text[:4].lower() == "the " else text


def shared_readings(anchors: Sequence[list[Anchor]], named: frozenset[str],
                    kb: Any, doc: Any = None) -> list[list[Anchor]]:
    """The anchors of each mention, an acronym two bodies share read as the body this
    document is about; `named` are the codes of the states the document names, and the
    document's parse (`doc`), where given, tells which acronyms it uses of fighters."""
    shared = _shared()
    in_full = {m.entry.name for group in anchors for a in group
               if _without_article(a.text) not in shared for m in a.matches}
    armed = _armed_uses(anchors, doc, kb) if doc is not None else frozenset()
    return [[_shared_reading(a, named, in_full, kb, armed) for a in group] for group in anchors]


def _armed_uses(anchors: Sequence[list[Anchor]], doc: Any, kb: Any) -> frozenset[str]:
    """The shared acronyms the text puts before a word of armed men ("RSF FIGHTERS", "RSF
    TROOPS", "an RSF DRONE"): a press-freedom group has none, so the text means the armed
    body it shares the letters with."""
    return frozenset(name for group in anchors for a in group
                     if (name := _without_article(a.text)) in _shared() and a.end < len(doc)
                     and kb.sector_for(doc[a.end].lower_) in _ARMED)


def _shared_reading(anchor: Anchor, named: frozenset[str], in_full: set[str],
                    kb: Any, armed: frozenset[str] = frozenset()) -> Anchor:
    spec = _shared().get(_without_article(anchor.text))
    other = tuple(kb.lookup_name(str(spec["name"]))) if spec is not None else ()
    if spec is None or not other or not anchor.matches:
        return anchor
    own = anchor.matches[0]
    if own.entry.name in in_full or own.code in named:
        return anchor  # "Reporters Without Borders (RSF)"; JEM in a story on Sudan
    if spec["name"] in in_full or named & {str(s) for s in spec["states"]}:
        return replace(anchor, matches=other)
    if _without_article(anchor.text) in armed and _is_armed(other[0]) and not _is_armed(own):
        return replace(anchor, matches=other)
    return anchor


def _is_armed(match: Any) -> bool:
    return getattr(match.entry, "sector", None) in _ARMED
