"""Where an unnamed group is, when its own words name no country: the scene a sentence
sets and the members it lists.

* scene: news prose opens a sentence with where it happens ("In Yerevan, thousands of
  protesters gathered ..."); the groups of that sentence, and of the sentences after it
  in the same paragraph ("Police detained dozens"), are that place's people, police,
  strikers or gunmen (`SCENE_SECTORS`); not its troops, officials or refugees, who are
  as often foreign to where they are;
* members: a group listed with a member the text places ("Opposition candidates,
  including former President X, ...") is of that member's country;
* leaders: a body "led by" an official or an organization the text resolves ("a mission
  led by the CSTO's Secretary General", "a delegation led by the Russian foreign
  minister") is of the leader's state or organization, and a body an organization sends
  ("a fact-finding mission from the CSTO") is that organization's.

Both read the parse through token attributes only, like `belli.actors.context`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belli.actors.sectors import find_cue
from belli.nlp.doc_index import doc_text, sentence_numbers, word_indices
from belli.nlp.paragraphs import paragraph_of
from belli.records import Actor, Mention

__all__ = ["SCENE_SECTORS", "led_groups", "listed_groups", "member_country", "scene_countries",
           "scene_country"]

# prepositions that open a sentence with its setting ("In Cairo,", "At the border,")
_SETTING = frozenset({"in", "at", "across", "throughout", "inside"})
# words that introduce members of a group ("rebel groups, including the RUF")
_LISTING = frozenset({"including", "among"})
_LEADING = frozenset({"led", "from", "of"})  # "a mission LED by", "envoys FROM", "envoy OF"
# nouns for the bodies an organization sends ("a mission from the OSCE", "an AU team")
_ENVOYS = frozenset({"mission", "missions", "team", "teams", "delegation", "delegations",
                     "contingent", "panel"})
# sectors of a place's own people; armed forces, officials, rebels, refugees and
# reporters are as often foreign to where they are ("Coalition forces in Syria")
SCENE_SECTORS = frozenset({"CVL", "COP", "OPP", "LAB", "EDU", "HLH", "REL", "CRM", "UAF"})


def scene_countries(mentions: Sequence[Mention], spans: Sequence[Any],
                    states: Any) -> dict[int, str]:
    """Sentence index -> the country of the scene in force there: set by a sentence that
    opens with a place, carried on to the end of its paragraph."""
    opened: dict[int, str] = {}
    for mention, span in zip(mentions, spans, strict=True):
        country = _state_of(mention, states)
        if span is None or mention.sentence is None or country is None:
            continue
        root = span.root
        opens = root.dep_ == "pobj" and root.head.lower_ in _SETTING
        if opens and root.head.i == _first_word(span.sent).i:
            opened.setdefault(mention.sentence, country)
    doc = next((span.doc for span in spans if span is not None), None)
    return _carried(doc, opened) if doc is not None and opened else {}


def _carried(doc: Any, opened: dict[int, str]) -> dict[int, str]:
    """Each scene carried over the sentences after it, up to a line break. A state a
    sentence names does not end the scene: it is more often what the group acts on
    ("Police arrested dozens of Colombians")."""
    text, out = doc_text(doc), {}
    scene: str | None = None
    paragraph: tuple[int, int] | None = None
    for n, sentence in enumerate(doc.sents):
        here = paragraph_of(text, sentence.start_char, sentence.end_char)
        if here != paragraph:
            scene, paragraph = None, here
        scene = opened.get(n, scene)
        if scene is not None:
            out[n] = scene
    return out


def scene_country(mention: Mention, span: Any, scenes: dict[int, str]) -> str | None:
    """The scene in force in the mention's sentence (see `scene_countries`)."""
    if mention.sentence is None or span is None:
        return None
    return scenes.get(mention.sentence)


def member_country(span: Any, mentions: Sequence[Mention], spans: Sequence[Any],
                   states: Any) -> str | None:
    """The country of a member listed after the group: "candidates, including X"."""
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LISTING:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for other, other_span in zip(mentions, spans, strict=True):
                if other.actors and other.actors[0].is_location:
                    continue  # "key towns, including X": places, not members
                country = _state_of(other, states)
                if other_span is not None and other_span.start <= obj.i < other_span.end and country:
                    return country
    return None


def listed_groups(doc: Any, doc_id: str, mentions: Sequence[Mention], spans: Sequence[Any],
                  kb: Any) -> list[Mention]:
    """New mentions for groups the model left untagged whose members the text lists:
    "Opposition candidates, including former President X, ..." -> X's country and the
    group's own sector cue ("opposition": OPP)."""
    taken = {i for s in spans if s is not None for i in range(s.start, s.end)}
    sentence_of = sentence_numbers(doc)
    out: list[Mention] = []
    for i in word_indices(doc, _LISTING):  # most words are none: no Token built for them
        prep = doc[i]
        if prep.dep_ != "prep":
            continue
        head = prep.head
        if head.tag_ not in ("NNS", "NNPS"):
            continue
        words = [t for t in head.lefts if t.dep_ in ("compound", "amod")] + [head]
        cue = find_cue([t.text for t in words], kb)
        country = member_country(doc[head.i:head.i + 1], mentions, spans, kb.countries)
        if cue is None or country is None or taken.intersection(t.i for t in words):
            continue
        span = doc[words[0].i:head.i + 1]
        why = f"'{cue.phrase}' → {cue.sector}, a group listed with a member of {country}"
        out.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char,
                           text=span.text, label="ORG", sentence=sentence_of.get(span.sent.start),
                           source="coref", actors=(Actor(text=span.text, country=country,
                                                         sector=cue.sector, reason=why),)))
    return out


def led_groups(doc: Any, doc_id: str, mentions: Sequence[Mention], spans: Sequence[Any],
               kb: Any) -> list[Mention]:
    """New mentions for bodies the model left untagged that the text says are "led by" a
    resolved leader, or sent from an organization: the leader's state or organization, in
    the body's own sector (its cue), else the leader's (an IGO's envoy leads an IGO
    mission)."""
    taken = {i for s in spans if s is not None for i in range(s.start, s.end)}
    sentence_of = sentence_numbers(doc)
    out: list[Mention] = []
    for i in word_indices(doc, _LEADING):  # most words are none: no Token built for them
        token = doc[i]
        word = token.lower_
        head = token.head
        by_led = word == "led" and token.dep_ == "acl"
        sent = word in ("from", "of") and token.dep_ == "prep" and head.lower_ in _ENVOYS
        if not (by_led or sent) or head.pos_ != "NOUN" or head.i in taken:
            continue
        leader = _leader(token, mentions, spans) or _sender(head, mentions, spans)
        if leader is not None:
            out.append(_body(doc_id, head, leader, "led by" if by_led else "sent from", kb,
                             sentence_of))
            taken.add(head.i)
    return out


def _body(doc_id: str, head: Any, leader: Actor, how: str, kb: Any,
          sentence_of: dict[int, int]) -> Mention:
    """The mention of a body: its noun with the words before it ("fact-finding mission")."""
    words = [t for t in head.lefts if t.dep_ in ("compound", "amod")] + [head]
    cue = find_cue([t.text for t in words], kb)
    sector = cue.sector if cue is not None else leader.sector
    span = head.doc[min([t.left_edge.i for t in words[:-1]] + [head.i]):head.i + 1]
    sentence = sentence_of.get(span.sent.start)
    why = f"a body {how} '{leader.text}' ({leader.country}): {leader.country} {sector}"
    return Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text,
                   label="ORG", sentence=sentence, source="coref",
                   actors=(Actor(text=span.text, country=leader.country, sector=sector,
                                 reason=why),))


def _leader(led: Any, mentions: Sequence[Mention], spans: Sequence[Any]) -> Actor | None:
    """The actor of the mention holding the agent of "led by", else of its owner ("led
    by its Secretary-General": the body whose office it is), when it has a sector."""
    agents = [o for by in led.children if by.dep_ == "agent" for o in by.children
              if o.dep_ == "pobj"]
    owners = [c for o in agents for c in o.children if c.dep_ == "poss"]
    for token in (*agents, *owners):
        for mention, span in zip(mentions, spans, strict=True):
            if span is not None and mention.actors and span.start <= token.i < span.end:
                actor = mention.actors[0]
                return actor if actor.country and actor.sector else None
    return None


def _sender(head: Any, mentions: Sequence[Mention], spans: Sequence[Any]) -> Actor | None:
    """The organization a body comes from: "a mission from the OSCE" (IGOs only; a
    state's groups "from" it are `belli.actors.coordination.states_after`)."""
    objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
               for o in p.children if o.dep_ == "pobj"]
    for mention, span in zip(mentions, spans, strict=True):
        if span is not None and mention.actors and any(span.start <= o.i < span.end
                                                       for o in objects):
            actor = mention.actors[0]
            return actor if actor.sector == "IGO" else None
    return None


def _state_of(mention: Mention, states: Any) -> str | None:
    """The state a mention's first actor belongs to; organizations are no state."""
    if not mention.actors:
        return None
    country = mention.actors[0].country
    return country if country and country in states else None


def _first_word(sentence: Any) -> Any:
    return next((t for t in sentence if not t.is_space and not t.is_punct), sentence[0])
