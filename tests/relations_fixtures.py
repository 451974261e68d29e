"""Hand-built analyses for the relation tests: no model loads.

`analysis("[Norway](NOR GOV) joined [NATO](NATO IGO) [in 1949](date 1949).")` builds an
article whose text is the markup without brackets, one sentence per line, and a mention
for each bracketed span:

    [text](CODE SECTOR)   an actor (SECTOR optional; IGO makes an organization)
    [text](place CODE)    a place in the country CODE, no actor
    [text](item)          a weapon or military platform
    [text](date VALUE)    a date expression resolved to VALUE

Events are built with `event(...)`, pointing at a sentence by its index.
"""

from __future__ import annotations

import re
from typing import Any

from belli.records import (
    Actor,
    Analysis,
    Article,
    DateSpan,
    Event,
    Mention,
    Place,
    Relation,
    Sentence,
)

__all__ = ["ORGANIZATIONS", "actor", "analysis", "event"]

ORGANIZATIONS = frozenset({"NATO", "EU", "UN", "CSTO", "OSCE", "ECOWAS", "ASEAN", "OAS",
                           "AU", "CIS"})
_SPAN = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<what>[^)]+)\)")
DOC_ID = "doc0000000000001"


def actor(code: str, sector: str | None = "GOV", text: str | None = None) -> Actor:
    return Actor(text=text or code, name=code, country=code, sector=sector)


def analysis(markup: str, *events: dict[str, Any], published: str = "2022-05-10",
             publisher: str = "Test Wire") -> Analysis:
    """An analysis of the marked-up text, with events given as `event()` keyword sets."""
    text, mentions = "", []
    sentences: list[Sentence] = []
    for index, line in enumerate(markup.strip().splitlines()):
        start = len(text)
        plain, found = _spans(line.strip(), start, index)
        text += plain + " "
        mentions.extend(found)
        sentences.append(Sentence(DOC_ID, index, start, start + len(plain), plain))
    article = Article(doc_id=DOC_ID, text=text.rstrip(), published=published,
                      publisher=publisher)
    built = tuple(_event(article, sentences, n, spec) for n, spec in enumerate(events))
    return Analysis(article=article, sentences=tuple(sentences), mentions=tuple(mentions),
                    events=built)


def event(type: str, sentence: int = 0, *, trigger: str, source: tuple[Actor, ...] = (),
          target: tuple[Actor, ...] = (), **fields: Any) -> dict[str, Any]:
    """The parts of an event; the sentence and the trigger's offsets are filled in."""
    return {"type": type, "sentence_index": sentence, "trigger": trigger, "source": source,
            "target": target, **fields}


def relations(a: Analysis) -> tuple[Relation, ...]:
    from belli.relations import derive_relations
    from belli.relations.lexicon import load_relation_lexicon

    return derive_relations(a, load_relation_lexicon(), ORGANIZATIONS)


def pairs(found: tuple[Relation, ...], kind: str | None = None) -> set[tuple[str, str, str]]:
    """(type, source codes, target codes) of each relation, "+"-joined."""
    return {(r.type, "+".join(a.country or "" for a in r.source),
             "+".join(a.country or "" for a in r.target))
            for r in found if kind is None or r.type == kind}


def _spans(line: str, base: int, index: int) -> tuple[str, list[Mention]]:
    plain, mentions, at = "", [], 0
    for match in _SPAN.finditer(line):
        plain += line[at:match.start()]
        start = base + len(plain)
        plain += match["text"]
        mentions.append(_mention(match["text"], match["what"].split(), start, index))
        at = match.end()
    plain += line[at:]
    return plain, mentions


def _mention(text: str, what: list[str], start: int, index: int) -> Mention:
    end = start + len(text)
    base = {"doc_id": DOC_ID, "start": start, "end": end, "text": text, "sentence": index}
    if what[0] == "item":
        return Mention(label="WEAPON", **base)
    if what[0] == "date":
        return Mention(label="DATE", date=DateSpan(what[1], "year", text=text), **base)
    if what[0] == "place":
        return Mention(label="GPE", place=Place(name=text, country=what[1]), **base)
    code, sector = what[0], (what[1] if len(what) > 1 else None)
    label = "PRON" if text.lower() in ("its", "it", "their") else "GPE"
    return Mention(label=label, actors=(Actor(text=text, name=code, country=code,
                                              sector=sector),), **base)


def _event(article: Article, sentences: list[Sentence], n: int, spec: dict[str, Any]) -> Event:
    spec = dict(spec)
    sentence = sentences[spec.pop("sentence_index")]
    trigger = spec.pop("trigger")
    at = article.text.index(trigger, sentence.start)
    return Event(doc_id=article.doc_id, event_id=f"event{n:011d}", mode=spec.pop("mode", None),
                 quad=spec.pop("quad", 1), score=0.0, sentence=sentence.text,
                 start=sentence.start, end=sentence.end, trigger=trigger,
                 trigger_start=at, trigger_end=at + len(trigger),
                 confidence=spec.pop("confidence", 0.8), **spec)
