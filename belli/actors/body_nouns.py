"""Bare nouns that refer back to a body named before, for coreference
(`belli.actors.coref`):

* "the group", "the alliance" (data/coref.yaml `body_nouns`) -> the nearest body named
  in the window ("Al-Shabab claimed the blast. THE GROUP ...");
* "the council", "the commission" -> the body named before whose name has that head word
  ("the UN Security Council ... the council"), in the same or the previous paragraph or a
  few sentences back (or told again by that noun in reach), unless a nearer phrase with
  that head names another ("the town council").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from belli.actors.antecedents import WINDOW_SENTENCES
from belli.nlp.doc_index import doc_text
from belli.nlp.paragraphs import paragraph_of
from belli.records import COPIED_REASON, Actor, Mention
from belli.yamldata import word_list

__all__ = ["BODY_WINDOW_SENTENCES", "UNBROKEN_WINDOW_SENTENCES", "bare_noun", "body_by_head",
           "body_named_before", "generic_body", "modifies_something", "named_bodies"]

# how many sentences back a bare head noun ("the council") still finds its body
BODY_WINDOW_SENTENCES = 4
UNBROKEN_WINDOW_SENTENCES = 12
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Head words of bodies' names that, bare, more often name something else: "the state"
# is a country or a US state more often than "Islamic State".
_NOT_BODY_HEADS = frozenset({"state"})
# Tokens after a description that show it is not a noun phrase of its own: "the state of
# affairs", "state-owned".
_HYPHENS = frozenset({"-", "–"})  # also inside a description: "the 15-nation bloc"
_NOT_A_HEAD_AFTER = frozenset({"of"}) | _HYPHENS


def modifies_something(doc: Any, end: int) -> bool:
    """Whether the description's last word qualifies another ("the country music festival")
    or an "of" after it does ("the state OF affairs"; not "accused the body OF failing",
    whose "of" is the verb's, wherever the parser hung it)."""
    last = doc[end - 1]
    if last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end:
        return True
    if end >= len(doc) or doc[end].lower_ not in _NOT_A_HEAD_AFTER:
        return False
    after = doc[end]  # an "of" the parser hung on the noun with a gerund is the verb's
    return after.lower_ != "of" or (after.head.i == last.i and not any(
        c.dep_ == "pcomp" for c in after.children))


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of data/coref.yaml (generic body nouns, the sectors of state organs)."""
    return word_list("belli.actors", "coref.yaml", key)


_MAX_DESCRIBING = 4  # words between "the" and the noun ("the 15-nation regional bloc")


def generic_body(doc: Any, i: int) -> tuple[int, str | None] | None:
    """Where a generic body noun that "the" starts ends, and the kind of body its
    describing words say it is (None for a bare noun): "THE GROUP said", "THE REGIONAL
    BODY", "the 15-nation bloc" (IGO), "the armed group" ("armed"); not "the group of
    seven" nor "the Wagner group" nor "the rival group". "The regional group" is an IGO;
    a military or security word makes one only of an alliance's nouns ("the military
    alliance"; "the military group" is left to the words that name its sector); "body"
    refers back only where a describing word says what kind ("the body" alone may be a
    dead man's)."""
    j, kinds = i + 1, []
    while j < len(doc) and j - i <= _MAX_DESCRIBING and (kind := _describing(doc[j])) is not None:
        kinds.append(kind)
        j += 1
    if j >= len(doc) or doc[j].tag_ != "NN":
        return None
    noun, named = doc[j], [k for k in kinds if k]
    nouns = _words("body_nouns") | ({"body"} if named else frozenset())
    if noun.lower_ not in nouns or any(not i <= t.i < j for t in noun.lefts):
        return None
    if modifies_something(doc, j + 1):
        return None
    kind = named[0] if named else None
    if kind == "alliance":
        if noun.lower_ not in _words("alliance_nouns"):
            return None  # "the military group": a group the actor stage reads by its words
        kind = "IGO"
    return j + 1, kind


def _describing(token: Any) -> str | None:
    """The kind of body a describing word says ("IGO", "alliance": an IGO where the noun
    is an alliance's, "armed"), "" for a number or a hyphen of "15-nation", None for any
    other word (which ends the description)."""
    word = token.lower_
    if word in _words("intergovernmental_words"):
        return "IGO"
    if word in _words("alliance_words"):
        return "alliance"
    if word in _words("armed_words"):
        return "armed"
    return "" if token.tag_ == "CD" or word in _HYPHENS else None


def bare_noun(doc: Any, i: int) -> bool:
    """Whether "the" starts a bare singular noun that is a phrase of its own: "told THE
    COUNCIL", not "the council chamber" nor "the city council"."""
    if i + 1 >= len(doc) or doc[i + 1].tag_ != "NN" or doc[i + 1].lower_ in _NOT_BODY_HEADS:
        return False
    noun = doc[i + 1]
    return [t.i for t in noun.lefts] == [i] and not modifies_something(doc, i + 2)


def body_by_head(span: Any, doc_id: str, bodies: Sequence[tuple[Mention, Actor]],
                 sentence: int | None) -> list[Mention]:
    """"The Security Council met. ... She urged THE COUNCIL": a bare noun that is the head
    word of a body named before it is that body, in reach (`_in_reach`: a story about a
    body keeps calling it so, but a body told pages back is no longer what a bare noun
    means), and not past a nearer phrase with that head that names another ("the town
    council met, and THE COUNCIL ..." is the town's)."""
    noun = span[-1].lower_
    before = [(m, a) for m, a in bodies
              if m.end <= span.start_char and _head_word(span.doc, m) == noun]
    text = doc_text(span.doc) if before else ""
    before = [(m, a) for m, a in before if _in_reach(span, m, sentence, text)]
    if not before:
        return []
    mention, actor = max(reversed(before), key=lambda pair: pair[0].start)
    if _nearer_head(span, mention, noun):
        return []
    return [_copied(span, doc_id, sentence, actor,
                    f"'{span.text}' names the head of '{mention.text}' ({actor.country})")]


def _in_reach(span: Any, mention: Mention, sentence: int | None, text: str) -> bool:
    """Whether a body told before a bare noun is near enough to be what it means: a few
    sentences back (`BODY_WINDOW_SENTENCES`) or in the same or the previous paragraph
    where the text has paragraphs; where it has none, a longer run of sentences
    (`UNBROKEN_WINDOW_SENTENCES`: one block of text holds several paragraphs' worth)."""
    apart = (sentence - mention.sentence if sentence is not None and mention.sentence is not None
             else 0)
    if apart <= BODY_WINDOW_SENTENCES:
        return True
    if "\n" not in text.strip():
        return apart <= UNBROKEN_WINDOW_SENTENCES
    start, _ = paragraph_of(text, span.start_char, span.end_char)
    end = len(text[:start].rstrip())  # past the blank lines between paragraphs
    previous, _ = paragraph_of(text, max(end - 1, 0), end)
    return start > 0 and mention.start >= previous


def _nearer_head(span: Any, mention: Mention, noun: str) -> bool:
    """Whether a phrase headed by `noun` that names another body than the mention stands
    between the two: the bare noun refers to that nearer one."""
    between = span.doc.char_span(mention.end, span.start_char, alignment_mode="contract")
    return between is not None and any(
        t.lower_ == noun and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
        and _other_body(t, mention.text) for t in between)


def _other_body(head: Any, named: str) -> bool:
    """Whether the phrase `head` heads names another body than `named`: by a modifier
    ("the TOWN council", "a REGIONAL council") or a name not in it ("the Darfur Council");
    a bare "the council" refers back itself, and "the 15-nation Security Council" is the
    body's short name."""
    if head.pos_ == "PROPN":
        name = " ".join([*(t.lower_ for t in head.lefts if t.pos_ == "PROPN"), head.lower_])
        return name not in named.lower()
    return any(t.dep_ in ("compound", "amod", "nmod", "poss") for t in head.lefts)


def _within(bodies: Sequence[tuple[Mention, Actor]], span: Any,
            sentence: int | None) -> list[tuple[Mention, Actor]]:
    """The bodies named before the span in its sentence or the `WINDOW_SENTENCES` before."""
    if sentence is None:
        return []
    return [(m, a) for m, a in bodies if m.end <= span.start_char and m.sentence is not None
            and sentence - WINDOW_SENTENCES <= m.sentence <= sentence]


def _copied(span: Any, doc_id: str, sentence: int | None, actor: Actor, how: str) -> Mention:
    """A coreferring description as a mention with the body's actor, `how` its reason."""
    return Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text,
                   label="NP", sentence=sentence, source="coref",
                   actors=(actor.replace(text=span.text, reason=f"{COPIED_REASON}: coref: {how}"),))


def _head_word(doc: Any, mention: Mention) -> str | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root.lower_ if span is not None and len(span) > 1 else None


def named_bodies(doc: Any, mentions: Sequence[Mention]) -> list[tuple[Mention, Actor]]:
    """The mentions that name one body by its name ("al-Shabab", "NATO"), not a state or
    one of its organs."""
    out = []
    for mention in mentions:
        actor = mention.actors[0] if len(mention.actors) == 1 else None
        if (actor is None or mention.label in _PLACES or actor.is_location or actor.person
                or actor.sector in _words("state_organs")):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        # an organization's name the knowledge base's ruler found is one, however tagged
        # ("ECOWAS" as a noun)
        named = span is not None and (span.root.pos_ == "PROPN" or (
            mention.source == "ruler" and mention.label == "ORG"))
        if named and actor.country:
            out.append((mention, actor))
    return out


def body_named_before(span: Any, doc_id: str, bodies: Sequence[tuple[Mention, Actor]],
                      sentence: int | None, kind: str | None = None) -> list[Mention]:
    """"Al-Shabab claimed the blast. THE GROUP ...", "NATO met. THE ALLIANCE ...": the
    nearest body named in the window, whatever its sector; an IGO where the description
    says it is one ("ECOWAS ... THE REGIONAL BODY"), and no IGO where it says the body is
    armed ("THE ARMED GROUP")."""
    before = [(m, a) for m, a in _within(bodies, span, sentence)
              if kind is None or (a.sector == "IGO") == (kind == "IGO")]
    if not before:
        return []
    # the nearest, in whatever order the bodies come (of two at one offset, the later); an
    # international body described is the one the story keeps naming ("withdrew from
    # ECOWAS and created the Alliance of Sahel States ... accused THE REGIONAL BODY")
    told = Counter(a.country for m, a in bodies if m.end <= span.start_char) if kind == "IGO" \
        else Counter()
    mention, actor = max(reversed(before), key=lambda pair: (told[pair[1].country], pair[0].start))
    return [_copied(span, doc_id, sentence, actor,
                    f"'{span.text}' refers back to '{mention.text}' ({actor.country})")]
