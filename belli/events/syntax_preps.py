"""Prepositional phrases a word governs, as the parse hangs them: `prep_objects` pairs
each preposition with its object (also through a direct object, "by" agents, a "to" read
as a dative, a means of talking, a reaction phrase the parser joined the act's own phrase
to); `particles_of` reads a verb's particles ("pulled OUT of").
"""

from __future__ import annotations

from collections.abc import Iterator

from belli.events.cue_lists import cue_list
from belli.events.syntax_index import Token, answers_for, children, lemma

__all__ = ["particles_of", "prep_objects"]

# Prepositions of means, and the means of talking whose "with" is the verb's own phrase
# ("spoke BY TELEPHONE with Pashinyan", "talked VIA VIDEO LINK with Aliyev").
_MEANS = frozenset({"by", "via", "over"})
_TALKING = frozenset({"phone", "telephone", "video", "videolink", "link", "videoconference",
                      "call", "line"})
# adverbs the parse may give for a verb's particle ("stepped BACK from")
_ADVERB_PARTICLES = frozenset({"out", "back", "away", "off"})


def prep_objects(token: Token, *, deep: bool = True) -> Iterator[tuple[str, Token]]:
    """(preposition, object) for each prepositional phrase on the token, and, with `deep`,
    on its direct object, and that object's conjuncts where it has no phrase of its own
    ("supplied weapons to Yerevan" attached either way)."""
    doc = getattr(token, "doc", None)
    if doc is None:  # a hand-built token
        return _prep_objects(token, deep)
    answers, key = answers_for(doc), ("prep_objects", token.i, deep)
    if key not in answers:
        answers[key] = tuple(_prep_objects(token, deep))
    return iter(answers[key])


def _prep_objects(token: Token, deep: bool) -> Iterator[tuple[str, Token]]:
    heads = [token]
    if deep:
        # "paused military aid and intelligence sharing WITH KYIV": the phrase may hang
        # on the object's last conjunct, where the first has none of its own ("imposed
        # sanctions ON RUSSIA and a ban on potash": not the ban's)
        heads += [o for d in children(token, "dobj")
                  for o in (d, *(children(d, "conj") if not children(d, "prep") else ()))]
    for head in heads:
        # "to" may come labelled dative ("sent two warships TO Baku")
        preps = children(head, "prep", "agent") + [
            c for c in children(head, "dative") if c.pos_ == "ADP"]
        for prep in preps:
            yield from _phrase_objects(prep)


def _phrase_objects(prep: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) for one prepositional phrase, two-word prepositions too."""
    word = "by" if prep.dep_ == "agent" else prep.lower_
    objects = children(prep, "pobj", "pcomp")
    if word == "to" and any(lemma(o) in cue_list("feeling_nouns") for o in objects):
        # "to the dismay of Moscow": a reaction, not whom the act is aimed at
        yield from _past_reaction(prep, objects)
        return
    for obj in objects or _stranded_object(prep):
        yield word, obj
    for inner in children(prep, "prep"):  # "out of", "away from"
        for obj in children(inner, "pobj"):
            yield f"{word} {inner.lower_}", obj
    if prep.dep_ == "prep" and word in _MEANS:
        yield from _talked_with(prep)


def _past_reaction(prep: Token, feelings: list[Token]) -> Iterator[tuple[str, Token]]:
    """What the parser joined to a reaction phrase though it is the act's own: "to the
    dismay of Moscow, TO ESTONIA" (a conjoined preposition), "to Warsaw's ire, heavy
    weapons TO MINSK" (a thing conjoined to the feeling, and its phrases)."""
    for other in children(prep, "conj"):
        if other.pos_ == "ADP":
            yield from ((other.lower_, obj) for obj in children(other, "pobj"))
    for thing in (c for feeling in feelings for c in children(feeling, "conj")):
        yield from prep_objects(thing, deep=False)


def _stranded_object(prep: Token) -> list[Token]:
    """"granted asylum TO five officers holed up in an embassy": where the parser made the
    preposition's object the subject of a clause that follows, that subject is its object."""
    following = prep.i + 1
    return [subject for clause in children(prep.head, "advcl", "ccomp", "conj")
            for subject in children(clause, "nsubj") if subject.left_edge.i == following]


def _talked_with(means_prep: Token) -> Iterator[tuple[str, Token]]:
    for means in children(means_prep, "pobj"):
        if lemma(means) in _TALKING:
            for inner in children(means, "prep"):
                if inner.lower_ == "with":
                    for obj in children(inner, "pobj"):
                        yield "with", obj


def particles_of(verb: Token) -> frozenset[str]:
    """"pulled OUT", and "pulled OUT of the deal" where the parse made "out" a
    preposition with no object of its own, or "stepped BACK from" an adverb; a passive's
    stranded preposition ("the convoy was fired UPON by gunmen")."""
    passive = bool(children(verb, "auxpass"))
    found = frozenset(c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ in ("prep", "advmod") and c.lower_ in _ADVERB_PARTICLES
        and not children(c, "pobj")) or (
        passive and c.dep_ == "prep" and not children(c, "pobj", "pcomp")))
    return found | _counted_particle(verb)


def _counted_particle(verb: Token) -> frozenset[str]:
    """"handed OVER 90 prisoners": the parser reads the particle right after the verb as
    "more than", a modifier of the number."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is None or following.lower_ != "over" or following.dep_ != "quantmod":
        return frozenset()
    return frozenset({"over"})
