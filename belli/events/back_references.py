"""Whom a word that refers back names, for the event coder's participants
(`belli.events.participants`): "he" and "she" the last person named, "they" and "them"
the last group, a definite description ("the ministry") the last actor named with its
head word, and a bare definite place noun ("the town") the last place of its size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from belli.actors.coref import object_barred_subjects
from belli.events.cue_lists import DEFINITE, cue_list
from belli.events.found_actor import Found
from belli.events.lexicon import load_lexicon
from belli.events.phrase_shape import noun_phrase
from belli.events.syntax import Token, lemma, subject_of
from belli.events.syntax_index import sentence_of
from belli.records import Actor, Mention

__all__ = ["BackReferences"]

# singular nouns of a body of many that "they" may refer to ("the group said ... They")
_COLLECTIVE = frozenset({"group", "alliance", "bloc", "coalition"})
# place nouns that refer back to the last place of that size ("the region", "the town")
_PLACE_SIZES = {
    **dict.fromkeys(("region", "province", "enclave", "district"), frozenset({"region"})),
    **dict.fromkeys(("town", "city", "village"), frozenset({"town", "exact"})),
}
_DEFINITE = DEFINITE | {"its", "their"}
_LOOKBACK_SENTENCES = 2


class BackReferences:
    """Whom words that refer back name, in this or the sentences just before, read over
    the document's parse, its mentions by token (`by_token`) and by offset (`between`,
    the ones that start within a stretch of characters), and the caller's reader of the
    actors a head names (`read`, with places or not)."""

    def __init__(self, doc: Any, *, by_token: dict[int, list[Mention]],
                 between: Callable[[int, int], list[Mention]],
                 read: Callable[[Token, bool], list[Found]]) -> None:
        self.doc = doc
        self.by_token = by_token
        self.between = between
        self.read = read

    def place_named_before(self, head: Token) -> list[Found]:
        """"took control of THE REGION", "shelled THE TOWN": a bare definite place noun
        names the last place of its size named in this or the sentences before."""
        sizes = _PLACE_SIZES.get(lemma(head))
        if sizes is None or [c.lower_ for c in head.children if c.dep_ != "punct"] != ["the"]:
            return []
        earlier = self.between(self.doc[self.window_start(head)].idx, head.idx)
        for mention in reversed(earlier):
            place = mention.place
            if place is not None and place.country and place.precision in sizes:
                why = f"'the {head.text}' is {mention.text}, a place; its country {place.country} stands for the target"
                return [Found(Actor(text=f"the {head.text}", name=place.name, country=place.country,
                                    reason=why), mention.mention_id, "place")]
        return []

    def window_start(self, token: Token) -> int:
        """The first token of the token's sentence or of the _LOOKBACK_SENTENCES before it."""
        first = sentence_of(token).start
        for _ in range(_LOOKBACK_SENTENCES):
            if first > 0:
                first = sentence_of(self.doc[first - 1]).start
        return int(first)

    def person_before(self, pronoun: Token) -> list[Found]:
        """"He arrived with ...": the last person named as a subject, in this or the two
        sentences before, else the last person named, with an actor of their own ("Aliyev
        spoke to Putin. He said" is Aliyev)."""
        before = reversed(self.doc[self.window_start(pronoun):pronoun.i])
        people = [(token, mention) for token in before
                  for mention in self.by_token.get(token.i, ()) if mention.label == "PERSON"]
        named = [(t, m) for t, m in people if m.actors and m.actors[0].country]
        # the nearest subject is whom "he" is, known or not ("after Ontario's premier said
        # HE is adding a levy" is not the president named before)
        subjects = [(t, m) for t, m in people
                    if self._head_of(t, m).dep_ in ("nsubj", "nsubjpass")][:1]
        for _, mention in (subjects or named)[:1]:
            if not (mention.actors and mention.actors[0].country):
                return []
            actor = mention.actors[0]
            why = f"'{pronoun.text}' refers to {mention.text}: {actor.reason}"
            return [Found(actor.replace(text=pronoun.text, reason=why), mention.mention_id, "mention")]
        return []

    def _head_of(self, token: Token, mention: Mention) -> Token:
        """The word of a mention its sentence hangs it by: "Ontario's PREMIER said"."""
        while token.head.i != token.i and token.head.idx < mention.end \
                and token.head.idx >= mention.start:
            token = token.head
        return token

    def described_before(self, head: Token) -> Found | None:
        """"the ministry said", "the peacekeepers would help": a definite description
        names the last actor mentioned earlier with the same head word."""
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children):
            return None
        word = lemma(head)
        earlier = self.between(0, head.idx)  # offsets are never negative: all before it
        for mention in reversed([m for m in earlier if m.end <= head.idx and m.actors]):
            actor = mention.actors[0]
            if actor.country and not actor.is_location and word in mention.text.lower():
                why = f"'{noun_phrase(head)}' refers back to {mention.text}: {actor.reason}"
                return Found(actor.replace(text=noun_phrase(head), reason=why), mention.mention_id,
                             "mention")
        return None

    def weapons_before(self, head: Token) -> list[Found]:
        """"Azerbaijani drones struck a bus. THE DRONES also hit a school": weapons told
        again are those named before by the same word, used by whoever the text said used
        them there (`_user_of`)."""
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children) \
                or lemma(head) not in load_lexicon().classes.get("weapons", ()):
            return []
        for token in reversed(self.doc[self.window_start(head):head.i]):
            if lemma(token) != lemma(head) or token.pos_ != "NOUN":
                continue
            user = _user_of(token)
            if user is None:
                continue
            found = [f for f in self.read(user, False) if f.actor.country and not f.is_place]
            if found:
                return [Found(f.actor.replace(text=noun_phrase(head), reason=(
                    f"'{noun_phrase(head)}' are the {token.text} named before: {f.actor.reason}")),
                    f.mention_id, f.how) for f in found]
        return []

    def group_before(self, pronoun: Token) -> list[Found]:
        """"Azerbaijani activists blocked the road. They called on ...": "they" is the last
        group (a plural subject naming actors) of this or the two sentences before; "them"
        as an object first the nearest group before it in its own sentence, never its own
        clause's subject."""
        own = _own_subjects(pronoun)
        barred = self._referents(own)
        if own is not None:  # "police detained protesters and beat THEM": the protesters
            for token in reversed(self.doc[pronoun.sent.start:pronoun.i]):
                found = self._group_at(token, pronoun, own, barred, lists=True)
                if found:
                    return found
        # a "them" its clause's "they" bars may be whom they acted on before ("Russian
        # troops captured Ukrainian FIGHTERS. They then executed THEM")
        deps = ("nsubj", "nsubjpass", "dobj") if barred else ("nsubj", "nsubjpass")
        before = list(reversed(self.doc[self.window_start(pronoun):pronoun.i]))
        # the subjects first; then the doers a "by" names ("a series of steps BY NIGER'S
        # RULERS ... They expelled"), where no subject is a group
        for wanted in (lambda t: t.dep_ in deps, _doer_by):
            for token in before:
                found = self._group_at(token, pronoun, own, barred) if wanted(token) else []
                if found:
                    return found
        return []

    def _referents(self, own: list[Token] | None) -> set[tuple[str | None, str | None]]:
        """Whom the barred subjects that are themselves "they" refer to: "THEY picked out
        ten people and shot THEM" never shot themselves."""
        return {(f.actor.country, f.actor.sector) for s in own or () if s.lower_ == "they"
                for f in self.group_before(s)}

    def _group_at(self, token: Token, pronoun: Token, own: list[Token] | None,
                  barred_actors: set[tuple[str | None, str | None]],
                  lists: bool = False) -> list[Found]:
        """The actors of the plural phrase `token` heads, as what `pronoun` refers to; none
        where it holds the pronoun ("dozens of THEIR men") or is the barred subject, nor
        the `barred_actors` (whom that subject's "they" refers to). With `lists`, for an
        object "them" in the sentence of its antecedent, also names coordinated ("ties
        with Eritrea and Somalia, signing a pact with THEM")."""
        holds = token.left_edge.i <= pronoun.i <= token.right_edge.i
        barred = any(s.left_edge.i <= token.i <= s.right_edge.i for s in own or ())
        listed = lists and token.dep_ != "conj" and any(c.dep_ == "conj" for c in token.children)
        many = token.tag_ in ("NNS", "NNPS") or lemma(token) in _COLLECTIVE or listed
        heads = [token, *token.conjuncts] if listed else [token]
        found = [] if holds or barred else [f for head in heads for f in self.read(head, False)
                                            if f.actor.country]
        if not many and not _named_movement(token, found):
            return []
        return [Found(f.actor.replace(text=pronoun.text, reason=(
            f"'{pronoun.text}' refers to '{token.text}': {f.actor.reason}")), f.mention_id, f.how)
            for f in found if (f.actor.country, f.actor.sector) not in barred_actors]


def _doer_by(token: Token) -> bool:
    """A doer a noun's "by" names ("steps BY NIGER'S RULERS"); not a passive's agent,
    whose clause tells what was done to its subject ("homes were torched BY FIGHTERS")."""
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "prep"


def _user_of(weapon: Token) -> Token | None:
    """Who used weapons named before: their own phrase where they act ("AZERBAIJANI drones
    struck", "hit by RUSSIAN missiles"), the subject of the verb they are the object of
    ("UKRAINE launched drones", "TURKEY bought the system"); None otherwise."""
    if weapon.dep_ == "nsubj" or (weapon.dep_ == "pobj" and weapon.head.lower_ == "by"):
        return weapon
    if weapon.dep_ == "dobj" and weapon.head.pos_ == "VERB":
        return subject_of(weapon.head)
    return None


def _named_movement(token: Token, found: Sequence[Found]) -> bool:
    """"The Taliban seized power. THEY rejected ...": a movement or party named by a
    proper noun is spoken of as "they", a state is not."""
    sectors = {(f.actor.sector or "").lower() for f in found}
    return token.pos_ == "PROPN" and bool(found) and sectors <= cue_list("challenger_sectors")


def _own_subjects(pronoun: Token) -> list[Token] | None:
    """The subjects an object "them" can never refer to: its own clause's, up the chain
    of verbs that share it (`object_barred_subjects`); None for any other plural pronoun."""
    if pronoun.lower_ != "them" or pronoun.dep_ not in ("dobj", "pobj", "dative", "iobj"):
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    acting = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    return [*object_barred_subjects(pronoun), *([acting] if acting is not None else [])]
