"""Bare offices as mentions: "the prime minister", "the finance minister", "the president".

Wire copy names an office holder once ("Prime Minister Jane Doe") and then by the office
alone. Such a phrase becomes a mention (label NP, source "coref") that is, in order:

* the holder named earlier in the document whose own mention holds the office words
  ("Japanese Prime Minister X ... the prime minister" is X);
* a title of one state ("the secretary of state": data/titles.yaml);
* failing that, the one state its paragraph names, in the office's sector ("the finance
  minister" in a paragraph naming only Kenya);
* nothing where two states compete: a story about two leaders has two prime ministers.

Word lists in data/offices.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belli.actors.sectors import find_cue
from belli.actors.titles import state_title
from belli.nlp.doc_index import doc_text, sentence_numbers, word_indices
from belli.nlp.paragraphs import paragraph_of
from belli.records import COPIED_REASON, Actor, Mention
from belli.yamldata import word_list

__all__ = ["names_office", "office_mentions"]

_FILE = "offices.yaml"
# entity types of a word that names whose the office is ("the Kenyan president")
_STATE_NAMES = frozenset({"GPE", "NORP", "ORG", "LOC"})


def office_mentions(doc: Any, doc_id: str, mentions: Sequence[Mention], kb: Any) -> list[Mention]:
    """New mentions for the bare offices of `doc` that the text resolves."""
    heads = word_list("belli.actors", _FILE, "office_heads")
    # a name the model tagged from the office words alone ("The Finance Minister" as a
    # PERSON) resolved to no one: the office reading stands in for it
    taken = {i for m in mentions if m.actors for i in range(m.start, m.end)}
    sentence_of = sentence_numbers(doc)
    text = ""  # the document's text, joined once where an office is met (`doc.text` joins anew)
    out: list[Mention] = []
    for i in word_indices(doc, heads):
        token = doc[i]
        if token.tag_ not in ("NN", "NNP") or token.idx in taken:
            continue
        words = _office_words(token)
        if words is None:
            continue
        text = text or doc_text(doc)
        actor = _resolved(text, token, words, mentions, kb)
        if actor is not None:
            start = words[0].idx
            end = words[-1].idx + len(words[-1].text)
            out.append(Mention(doc_id=doc_id, start=start, end=end, text=text[start:end],
                               label="NP", sentence=sentence_of.get(token.sent.start),
                               source="coref", actors=(actor,)))
    return out


def names_office(phrase: str) -> bool:
    """Whether a phrase's last word is an office one person holds ("the foreign minister")."""
    words = phrase.lower().split()
    return bool(words) and words[-1] in word_list("belli.actors", _FILE, "office_heads")


def _office_words(head: Any) -> list[Any] | None:
    """"the [finance] minister [of state]": the office's words after a bare "the", or None
    where the phrase says whose it is or who holds it ("the minister of Kenya", "the
    president, Jane Doe", "the minister's")."""
    lefts = list(head.lefts)
    if not lefts or lefts[0].lower_ != "the" or any(c.dep_ == "appos" for c in head.rights):
        return None
    if any(t.ent_type_ in _STATE_NAMES or t.lower_ in word_list("belli.actors", _FILE, "not_one_holder")
           for t in lefts[1:]):
        return None  # "the Kenyan president" is a mention of its own; "a former minister"
    if head.dep_ == "compound" or head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "PROPN":
        return None  # "the president Jane Doe", "the minister's": a name or more follows
    of = [t for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    if any(t.ent_type_ in _STATE_NAMES for t in of):
        return None
    return [*lefts[1:], head, *of]


def _resolved(text: str, head: Any, words: list[Any], mentions: Sequence[Mention],
              kb: Any) -> Actor | None:
    office = " ".join(t.lower_ for t in words)
    cue = find_cue([t.lower_ for t in words], kb)
    if cue is None:
        return None
    holder = _holder_before(head.idx, office, mentions)
    if holder is not None:
        actor, named = holder
        why = f"{COPIED_REASON}: coref: 'the {office}' refers back to {named}"
        return actor.replace(text=f"the {office}", reason=why)
    titled = state_title(words)  # "the secretary of state" is the US one, wherever it is
    if titled is not None:
        return titled
    country = _paragraph_state(text, head, mentions, kb)
    if country is None:
        return None
    why = (f"{COPIED_REASON}: office 'the {office}' → {cue.sector} in a paragraph naming only "
           f"{country}")
    return Actor(text=f"the {office}", country=country, sector=cue.sector, reason=why)


def _holder_before(start: int, office: str, mentions: Sequence[Mention]) -> tuple[Actor, str] | None:
    """The last person named before `start` whose mention or known role holds the office
    words ("Prime Minister Jane Doe", or "Doe" whom the people list knows as prime minister)."""
    words = office.split()
    for mention in reversed([m for m in mentions if m.end <= start and m.label == "PERSON"]):
        for actor in mention.actors:
            said = mention.text.lower().split() + ["|"] + (actor.role or "").lower().split()
            if actor.country and not actor.is_location and _holds(said, words):
                return actor, mention.text
    return None


def _holds(words: list[str], office: list[str]) -> bool:
    """Whether a name's words hold the office's as a run, not a deputy's ("Vice President")."""
    barred = word_list("belli.actors", _FILE, "deputies")
    return any(words[i:i + len(office)] == office and (i == 0 or words[i - 1] not in barred)
               for i in range(len(words) - len(office) + 1))


def _paragraph_state(text: str, head: Any, mentions: Sequence[Mention], kb: Any) -> str | None:
    """The one state the rest of the paragraph around `head` names, or None. The office's
    own sentence may only place it there: a state acting in it is as often the office's
    counterpart ("the foreign minister met the Qatari emir") as its own."""
    sent = head.sent
    start, end = paragraph_of(text, sent.start_char, sent.end_char)
    own = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
    if any(a.country for m in own for a in m.actors if not a.is_location):
        return None
    # the rest of the paragraph counts the states that act in it, not the places it names:
    # "Jane Doe arrived in Paris. The president ..." is no French president
    rest = {_state(m, kb, places=False) for m in mentions
            if start <= m.start < end and not sent.start_char <= m.start < sent.end_char}
    rest.discard(None)
    placed = {_state(m, kb, places=True) for m in own} - {None}
    return next(iter(rest)) if len(rest) == 1 and placed <= rest else None


def _state(mention: Mention, kb: Any, places: bool) -> str | None:
    """The state a mention names as an actor, or with `places` also as a place (one; None
    for none or several)."""
    found = {a.country for a in mention.actors
             if a.country in kb.countries and (places or not a.is_location)}
    if places and mention.place is not None and mention.place.country:
        found.add(mention.place.country)
    return next(iter(found)) if len(found) == 1 else None
