"""Phrases that speak of a group of people without naming it, for the event coder's
participants (`belli.events.participants`): "gunmen", "militants", "protesters" have a
sector from the knowledge base's cues and the country of the place they are in, of
whoever "whose" or "his" refers to, or of the body they speak for; a group placed in
several countries ("officials in Kyiv and Warsaw") is one actor in each; a bloc named
before a relational noun ("its NATO allies") names the partners.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from belli.actors.document import compound_words
from belli.actors.group_country import serves_abroad
from belli.events.cue_lists import cue_list
from belli.events.found_actor import Found, unique_found
from belli.events.lexicon import load_lexicon
from belli.events.phrase_shape import head_phrases, noun_phrase, whereabouts, whose_owner
from belli.events.syntax import Token, conjuncts, lemma
from belli.nlp.doc_index import doc_text
from belli.records import Actor

__all__ = ["GroupPhrases"]

# entity labels of things that are never an unnamed group of people
_NOT_UNNAMED = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT",
                          "WEAPON", "MILITARY_PLATFORM", "ORDINAL"})
_COUNTS = frozenset({"CARDINAL", "QUANTITY"})
# the knowledge base's kinds of names that stand for a state ("Sudan's", "Moscow's")
_STATE_NAMES = frozenset({"country", "capital", "metonym"})
# a country's land named by its adjective ("Afghan soil")
_TERRITORY = frozenset({"soil", "territory", "land", "lands"})
# who speaks for a body named after "for" or "of" ("a spokesman for the ministry")
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                           "adviser", "advisor", "aide"})


def _counted_people(head: Token) -> bool:
    """A count the model tagged with its noun ("300 migrants" as a QUANTITY): the noun
    still names whom it counts; the cue decides whether they are people."""
    return head.ent_type_ in _COUNTS and not head.like_num


# acts of force, whose sector word names who does them
_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _act_of_a_kind(head: Token, cue: str) -> bool:
    """Whether the cue is a word before a noun of a joint or spoken act ("any OFFICIAL
    contact", "MILITARY cooperation", "an official visit"): it tells the kind of the act's
    doers, who are a group only where the phrase places them. A deed of force tells its
    doers by it ("the MILITARY coup": the military), and so does a noun of people sent
    to act ("a police patrol")."""
    words = cue.split()
    rules = load_lexicon().rules("nouns", lemma(head))
    plain = {r.type for r in rules if not r.conditions}  # what the noun is by itself
    return (head.lower_ not in words and lemma(head) not in words and bool(rules)
            and not plain & _FORCE and lemma(head) not in cue_list("crew_nouns"))


def _rank_read_as_adjective(head: Token, cue: str) -> bool:
    """Whether the cue is a rank's noun ("general", "major") read as the adjective before
    the head: "a general strike", "major cities" name no officers."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return (before is not None and before.lower_ == cue and before.pos_ == "ADJ"
            and cue in cue_list("rank_adjectives"))


def _whereabouts(head: Token, phrase: str) -> list[tuple[Token, Token]]:
    """Where a group is, which gives its country; for peacekeepers only where they come
    from: "peacekeepers IN Lebanon" keep the peace in a land not their own, "peacekeepers
    FROM Bangladesh" are Bangladeshi."""
    found = whereabouts(head)
    if serves_abroad(phrase):
        return [(p, o) for p, o in found if p.lower_ == "from"]
    return found


class GroupPhrases:
    """What a phrase that names no one says of a group of people, read through the
    knowledge base's sector cues and the caller's readers of tokens: `read` the actors a
    head names (with places or not), `acting` and `located` the actors and places a
    token's own mentions name, `person_before` whom "he" or "her" refers to."""

    def __init__(self, kb: Any, *, read: Callable[[Token, bool], list[Found]],
                 acting: Callable[[Token], list[Found]],
                 located: Callable[[Token], list[Found]],
                 person_before: Callable[[Token], list[Found]]) -> None:
        self.kb = kb
        self.read = read
        self.acting = acting
        self.located = located
        self.person_before = person_before

    def unnamed(self, head: Token) -> Found | None:
        """"gunmen", "militants", "protesters": a sector from the cue, the country later;
        "officials in Yerevan": the country of the place they are in."""
        if head.pos_ not in ("NOUN", "PROPN") or (
                head.ent_type_ in _NOT_UNNAMED and not _counted_people(head)):
            return None
        cue = None
        for words in head_phrases(head):  # "rebel group", "armed men", "gunmen"
            cue = self.kb.sector_cue(words)
            if cue is not None:
                break
        if cue is None or _rank_read_as_adjective(head, cue[1]):
            return None
        sector, phrase = cue
        text = noun_phrase(head)
        why = f"unnamed '{phrase}' → {sector}"
        for prep, obj in _whereabouts(head, phrase):
            located = self.located(obj) or self._territory(obj)
            if located:
                country = located[0].actor.country
                return Found(Actor(text=text, country=country, sector=sector,
                                   reason=f"{why}; {prep.lower_} {obj.text} ({country})"),
                             located[0].mention_id, "unnamed")
        if _act_of_a_kind(head, phrase):
            return None  # the act's kind, its doers of no country its phrase names
        owned = self._owner_before(head)
        if owned:  # "Pakistan, WHOSE navy is buying", "Aliyev said HIS forces": theirs
            return Found(Actor(text=text, country=owned[0].actor.country, sector=sector,
                               reason=f"{why}; its owner is {owned[0].actor.text}"),
                         owned[0].mention_id, "unnamed")
        return self._spoken_for(head, text, why) or Found(
            Actor(text=text, sector=sector, reason=why), None, "unnamed")

    def placed(self, head: Token, unnamed: Found | None) -> list[Found]:
        """"his counterparts in Washington, Moscow and Paris", "officials in Kyiv and
        Warsaw": a group placed in several countries is one actor in each."""
        sector = unnamed.actor.sector if unnamed is not None else None
        text = noun_phrase(head)
        found: list[Found] = []
        for prep, obj in _whereabouts(head, text):
            for place in (f for o in conjuncts(obj) for f in self.located(o)):
                why = f"'{text}' {prep.lower_} {place.actor.text} ({place.actor.country})"
                found.append(Found(Actor(text=text, country=place.actor.country, sector=sector,
                                         reason=why), place.mention_id, "unnamed"))
        return unique_found(found)

    def bloc_of(self, head: Token) -> list[Found]:
        """"its European Community partners", "Turkey's NATO allies": a bloc named before a
        relational head is the group the partners belong to, so it names them. A country
        there is the other party ("U.S. allies" are not American), so it names no one."""
        tokens = [head, *(t for c in head.children if c.dep_ in ("compound", "amod")
                          for t in c.subtree)]
        return [f for t in tokens for f in self.acting(t) if f.actor.sector == "IGO"]

    def _spoken_for(self, head: Token, text: str, why: str) -> Found | None:
        """"a spokesman FOR Chile's foreign ministry", "a representative OF the rebels":
        one who speaks for a body is of its country and sector."""
        if lemma(head) not in _SPEAKING_FOR:
            return None
        for prep, obj in ((c.lower_, o) for c in head.children if c.dep_ == "prep"
                          for o in c.children if o.dep_ == "pobj"):
            found = [f for f in self.read(obj, False) if f.actor.country] if prep in (
                "for", "of") else []
            if found:
                body = found[0]
                return Found(body.actor.replace(text=text, reason=(
                    f"{why}; speaks {prep} {body.actor.text}: {body.actor.reason}")),
                    body.mention_id, "unnamed")
        return None

    def _owner_before(self, head: Token) -> list[Found]:
        """Whom "whose", "his" or "her" before a group noun refers to ("their" is left
        alone: a plural before it is as often the object as the subject)."""
        owner = whose_owner(head)
        if owner is not None:
            return [f for f in self.read(owner, False) if f.actor.country]
        for poss in (c for c in head.children if c.dep_ == "poss"):
            if poss.lower_ in ("his", "her"):
                return self.person_before(poss)
            state = self._state_named(poss)
            if state is not None:  # "SUDAN'S warring parties": the state's own
                return [state]
        return []

    def _state_named(self, token: Token) -> Found | None:
        """The state a possessor names, by its own mention or, inside a group's phrase
        the model took whole, by the knowledge base's name for it."""
        found = [f for f in self.acting(token) if f.actor.country]
        if found:
            return found[0]
        # the whole name first, its compounds with it: "SOUTH Sudan's", not Sudan's
        first = compound_words(token)[0]
        whole = doc_text(token.doc)[first.idx:token.idx + len(token.text)]
        for name in dict.fromkeys((whole, token.text)):
            code = next((m.code for m in self.kb.lookup_name(name) if m.kind in _STATE_NAMES), None)
            if code is not None:
                return Found(Actor(text=name, country=code), None, "unnamed")
        return None

    def _territory(self, obj: Token) -> list[Found]:
        """"on Afghan soil", "inside Syrian territory": a country's land named by its
        adjective stands for the country."""
        if lemma(obj) not in _TERRITORY:
            return []
        return [Found(f.actor, f.mention_id, "place") for c in obj.children
                if c.dep_ in ("amod", "poss", "compound") for f in self.acting(c) if f.actor.country]
