"""From a word in the parse to the actors it names.

The actor stage has already resolved every mention (country, sector, role, person).
`Participants` indexes those mentions by token, so the coder can ask "which actors does
the phrase headed by this token name?" A phrase is the head with its modifiers, its
coordinated heads ("Azerbaijan, Turkey and Pakistan"), its appositions and, for a body
or group noun, its "of" owner ("the border guards of both states"); which
words those are is `belli.events.phrase_shape`'s to say.

Two kinds of found actor exist besides resolved mentions:
- a place ("shelled Kharkiv") is never an actor; where an event's target is a place the
  coder may take the place's country, and the reason says so;
- an unnamed group ("gunmen", "militants", "protesters") has a sector from the
  knowledge base's cues, and the country the sentence names, if it names only one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from belli.actors.coref import object_barred_subjects
from belli.actors.group_country import FOREIGN_WHERE, names_supplier
from belli.actors.sectors import NON_STATE_BODIES
from belli.events.cue_lists import cue_list
from belli.events.phrase_shape import (
    OWNED,
    PLACE_KINDS,
    RELATIONAL,
    head_phrases,
    noun_phrase,
    phrase_tokens,
    whereabouts,
    whose_owner,
    without_clauses,
)
from belli.events.syntax import Token, conjuncts, is_container, lemma, subject_of
from belli.nlp.paragraphs import dateline_before
from belli.records import Actor, Mention, Place

__all__ = ["FOREIGN_REASON", "PLACE_KINDS", "RELATIONAL", "Found", "Participants",
           "without_clauses"]

# the reason of a group whose own words call it foreign, its copied country dropped
FOREIGN_REASON = "foreign group"

_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_UNRESOLVED_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
# singular nouns of a body of many that "they" may refer to ("the group said ... They")
_COLLECTIVE = frozenset({"group", "alliance", "bloc", "coalition"})
# place nouns that refer back to the last place of that size ("the region", "the town")
_PLACE_SIZES = {
    **dict.fromkeys(("region", "province", "enclave", "district"), frozenset({"region"})),
    **dict.fromkeys(("town", "city", "village"), frozenset({"town", "exact"})),
}
_PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_DEFINITE = frozenset({"the", "its", "their", "this", "these", "that", "those"})
_LOOKBACK_SENTENCES = 2
# entity labels of things that are never an unnamed group of people
_NOT_UNNAMED = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT",
                          "WEAPON", "MILITARY_PLATFORM", "ORDINAL"})
# a country's land named by its adjective ("Afghan soil")
_TERRITORY = frozenset({"soil", "territory", "land", "lands"})
# who speaks for a body named after "for" or "of" ("a spokesman for the ministry")
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                           "adviser", "advisor", "aide"})


@dataclass(frozen=True, slots=True)
class Found:
    """An actor a phrase names, the mention it came from, and how it was found."""

    actor: Actor
    mention_id: str | None
    how: str  # "mention", "place", "unnamed"

    @property
    def is_place(self) -> bool:
        return self.how == "place"


def _foreign_kept_apart(actor: Actor, mention: Mention) -> Actor:
    """"threatened to break their ceasefire with INTERNATIONAL FORCES": a group its own
    words call foreign is not of the country the sentence names, which the actor layer
    copied to it; its country is left unknown for the document to tell."""
    words = set(mention.text.lower().replace("-", " ").split())
    foreign = words & cue_list("foreign_words")  # not "coalition": "the ruling coalition"
    if not (actor.is_copied and actor.country and mention.source != "coref" and foreign):
        return actor
    if FOREIGN_WHERE in (actor.reason or ""):
        return actor  # the actor layer placed it with the foreign state the document names
    why = f"{FOREIGN_REASON}: '{mention.text}', not of {actor.country} the sentence names"
    return actor.replace(country=None, name=None, reason=why)


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


@dataclass
class Participants:
    """Actors by token over one parsed document."""

    doc: Any
    mentions: Sequence[Mention]
    kb: Any
    # nouns of amount whose "of" object is what is meant ("large numbers of drones")
    containers: frozenset[str] = frozenset()
    by_token: dict[int, list[Mention]] = field(default_factory=dict)
    # names the actor stage could not resolve ("Arnor", an unknown party), by token
    unresolved: dict[int, Mention] = field(default_factory=dict)
    _found: dict[tuple[int, bool], list[Found]] = field(default_factory=dict)
    # the mentions by start offset, for the ones within a stretch of text
    ordered: list[Mention] = field(init=False, repr=False)
    starts: list[int] = field(init=False, repr=False)
    # the article's text, which the parse was made from, where the caller has it
    article_text: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.ordered = sorted(self.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.ordered]
        for mention in self.mentions:
            if not mention.actors and mention.place is None:
                if mention.label in _UNRESOLVED_LABELS:
                    span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                    for token in span if span is not None else ():
                        self.unresolved[token.i] = mention
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span if span is not None else ():
                self.by_token.setdefault(token.i, []).append(mention)

    @cached_property
    def text(self) -> str:
        """The document's text: the article's where given, since spaCy builds `doc.text`
        anew on every access."""
        return self.article_text if self.article_text is not None else str(self.doc.text)

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start within characters `start`..`end`."""
        return self.ordered[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def phrase(self, head: Token, *, places: bool = False) -> list[Found]:
        """The actors of the phrase headed by `head` and of every head coordinated with it."""
        found: list[Found] = []
        for one in conjuncts(head):
            found.extend(self._one(one, places))
        return _unique(found)

    def modifiers(self, head: Token, deps: Iterable[str]) -> list[Found]:
        """Actors named by the head's own modifiers ("the Azerbaijani shelling", "Russia's
        invasion"): only tokens of those dependents, never the head itself."""
        found: list[Found] = []
        for child in head.children:
            if child.dep_ in deps and child.i < head.i and lemma(child) in RELATIONAL:
                # "ITS NEIGHBOUR'S exports": the neighbour, not the one whose neighbour it is
                found.extend(f for f in self._one(child, False) if not f.is_place)
            elif child.dep_ in deps and child.i < head.i:
                for token in _subtree(child):
                    found.extend(self._acting(token))
        return _unique(found)

    def seats(self, head: Token) -> list[Found]:
        """"ANKARA military backing", "new WASHINGTON sanctions": a capital that modifies an
        act noun names the government that acts, not where it happens."""
        found: list[Found] = []
        for child in head.children:
            if child.dep_ in ("compound", "nmod") and child.i < head.i:
                found.extend(self._seat(child))
        return _unique(found)

    def _seat(self, token: Token) -> list[Found]:
        """The government whose capital (or metonym) the token's place mention names."""
        for mention in self.by_token.get(token.i, ()):
            linked = next((a for a in mention.actors if a.is_location and a.country), None)
            if linked is None or not any(
                    m.kind in ("capital", "metonym") and getattr(m.entry, "iso3", None) == linked.country
                    for m in self.kb.lookup_name(token.text)):
                continue
            why = f"metonym: {token.text}, a capital modifying an act, is the government of {linked.country}"
            actor = Actor(text=token.text, name=linked.name, country=linked.country, sector="GOV", reason=why)
            return [Found(actor, mention.mention_id, "mention")]
        return []

    def heads_mention(self, head: Token) -> bool:
        """Whether the head word itself is inside an actor mention ("Azerbaijani personnel"
        is; "its troops" is not: only its owner is)."""
        return any(not a.is_location for m in self.by_token.get(head.i, ()) for a in m.actors)

    def names_igo(self, token: Token) -> bool:
        """Whether the phrase names an international organization ("ECOWAS", "NATO")."""
        return any(f.actor.sector == "IGO" for f in self._one(token, places=False))

    def names_actor(self, token: Token) -> bool:
        """Whether the phrase headed by the token names an actor (not a place)."""
        return any(not f.is_place for f in self._one(token, places=False))

    def _one(self, head: Token, places: bool) -> list[Found]:
        """The actors one head names (remembered: the coder asks about a word many times)."""
        key = (head.i, places)
        if key not in self._found:
            self._found[key] = []  # a phrase that refers back to itself names no one
            self._found[key] = self._read(head, places)
        return list(self._found[key])

    def _read(self, head: Token, places: bool) -> list[Found]:
        if is_container(head, self.containers):
            inner = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"]
            if inner:
                return self._one(inner[0], places)
        if lemma(head) in RELATIONAL:
            named = [c for c in head.children if c.dep_ == "appos"]
            # "its allies IN ARMENIA": where they are says who they are
            return self._one(named[0], places) if named else (
                self._bloc_of(head) or self._placed(head, None))
        tokens = phrase_tokens(head)
        acting = [f for t in tokens for f in self._acting(t)]
        if acting:
            return acting
        if head.lower_ in _PLURAL_PRONOUNS:
            return self._group_before(head)
        if head.lower_ in _PERSONAL_PRONOUNS:
            return self._person_before(head)
        if places:
            located = [f for t in tokens for f in self._located(t)] or self._place_named_before(head)
            if located:
                return located
        unnamed = self._unnamed(head)
        placed = self._placed(head, unnamed) if unnamed is not None or lemma(head) in OWNED else []
        if len(placed) > 1 or (placed and unnamed is None):
            return placed
        if unnamed is not None and unnamed.actor.country is None:
            unnamed = self._described_before(head) or unnamed
        if unnamed is None and head.i in self.unresolved:
            return [self._unresolved(self.unresolved[head.i], head)]
        return [unnamed] if unnamed else []

    def _placed(self, head: Token, unnamed: Found | None) -> list[Found]:
        """"his counterparts in Washington, Moscow and Paris", "officials in Kyiv and
        Warsaw": a group placed in several countries is one actor in each."""
        sector = unnamed.actor.sector if unnamed is not None else None
        text = noun_phrase(head)
        found: list[Found] = []
        for prep, obj in whereabouts(head):
            for place in (f for o in conjuncts(obj) for f in self._located(o)):
                why = f"'{text}' {prep.lower_} {place.actor.text} ({place.actor.country})"
                found.append(Found(Actor(text=text, country=place.actor.country, sector=sector,
                                         reason=why), place.mention_id, "unnamed"))
        return _unique(found)

    def _bloc_of(self, head: Token) -> list[Found]:
        """"its European Community partners", "Turkey's NATO allies": a bloc named before a
        relational head is the group the partners belong to, so it names them. A country
        there is the other party ("U.S. allies" are not American), so it names no one."""
        tokens = [head, *(t for c in head.children if c.dep_ in ("compound", "amod")
                          for t in c.subtree)]
        return [f for t in tokens for f in self._acting(t) if f.actor.sector == "IGO"]

    def _unresolved(self, mention: Mention, head: Token) -> Found:
        """A name that acts but that belli cannot place: an actor with no country, so the
        event is kept and an analyst sees who it names."""
        why = f"name '{mention.text}' ({mention.label}) not in the knowledge base: no country"
        return Found(Actor(text=mention.text, name=mention.text, reason=why), mention.mention_id,
                     "unresolved")

    def _acting(self, token: Token) -> list[Found]:
        return [Found(_foreign_kept_apart(a, m), m.mention_id, "mention")
                for m in self.by_token.get(token.i, ()) for a in m.actors if not a.is_location]

    def _located(self, token: Token) -> list[Found]:
        out = []
        for mention in self.by_token.get(token.i, ()):
            for actor in mention.actors:
                if actor.is_location and actor.country:
                    why = f"{mention.text} is a place; its country {actor.country} stands for the target"
                    out.append(Found(Actor(text=mention.text, name=actor.name, country=actor.country,
                                           reason=why), mention.mention_id, "place"))
        return out

    def _place_named_before(self, head: Token) -> list[Found]:
        """"took control of THE REGION", "shelled THE TOWN": a bare definite place noun
        names the last place of its size named in this or the sentences before."""
        sizes = _PLACE_SIZES.get(lemma(head))
        if sizes is None or [c.lower_ for c in head.children if c.dep_ != "punct"] != ["the"]:
            return []
        earlier = self.ordered[bisect_left(self.starts, self.doc[self.window_start(head)].idx):
                               bisect_left(self.starts, head.idx)]
        for mention in reversed(earlier):
            place = mention.place
            if place is not None and place.country and place.precision in sizes:
                why = f"'the {head.text}' is {mention.text}, a place; its country {place.country} stands for the target"
                return [Found(Actor(text=f"the {head.text}", name=place.name, country=place.country,
                                    reason=why), mention.mention_id, "place")]
        return []

    def window_start(self, token: Token) -> int:
        """The first token of the token's sentence or of the _LOOKBACK_SENTENCES before it."""
        first = token.sent.start
        for _ in range(_LOOKBACK_SENTENCES):
            if first > 0:
                first = self.doc[first - 1].sent.start
        return int(first)

    def _person_before(self, pronoun: Token) -> list[Found]:
        """"He arrived with ...": the last person named as a subject, in this or the two
        sentences before, else the last person named, with an actor of their own ("Aliyev
        spoke to Putin. He said" is Aliyev)."""
        named = [(token, mention) for token in reversed(self.doc[self.window_start(pronoun):pronoun.i])
                 for mention in self.by_token.get(token.i, ())
                 if mention.label == "PERSON" and mention.actors and mention.actors[0].country]
        subjects = [(t, m) for t, m in named if t.dep_ in ("nsubj", "nsubjpass")]
        for _, mention in (subjects or named)[:1]:
            actor = mention.actors[0]
            why = f"'{pronoun.text}' refers to {mention.text}: {actor.reason}"
            return [Found(actor.replace(text=pronoun.text, reason=why), mention.mention_id, "mention")]
        return []

    def _described_before(self, head: Token) -> Found | None:
        """"the ministry said", "the peacekeepers would help": a definite description
        names the last actor mentioned earlier with the same head word."""
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children):
            return None
        word = lemma(head)
        earlier = self.ordered[:bisect_left(self.starts, head.idx)]
        for mention in reversed([m for m in earlier if m.end <= head.idx and m.actors]):
            actor = mention.actors[0]
            if actor.country and not actor.is_location and word in mention.text.lower():
                why = f"'{noun_phrase(head)}' refers back to {mention.text}: {actor.reason}"
                return Found(actor.replace(text=noun_phrase(head), reason=why), mention.mention_id,
                             "mention")
        return None

    def _group_before(self, pronoun: Token) -> list[Found]:
        """"Azerbaijani activists blocked the road. They called on ...": "they" is the last
        group (a plural subject naming actors) of this or the two sentences before; "them"
        as an object first the nearest group before it in its own sentence, never its own
        clause's subject."""
        own = _own_subjects(pronoun)
        if own is not None:  # "police detained protesters and beat THEM": the protesters
            for token in reversed(self.doc[pronoun.sent.start:pronoun.i]):
                found = self._group_at(token, pronoun, own)
                if found:
                    return found
        for token in reversed(self.doc[self.window_start(pronoun):pronoun.i]):
            if token.dep_ in ("nsubj", "nsubjpass"):
                found = self._group_at(token, pronoun, own)
                if found:
                    return found
        return []

    def _group_at(self, token: Token, pronoun: Token, own: list[Token] | None) -> list[Found]:
        """The actors of the plural phrase `token` heads, as what `pronoun` refers to; none
        where it holds the pronoun ("dozens of THEIR men") or is the barred subject."""
        holds = token.left_edge.i <= pronoun.i <= token.right_edge.i
        barred = any(s.left_edge.i <= token.i <= s.right_edge.i for s in own or ())
        many = token.tag_ in ("NNS", "NNPS") or lemma(token) in _COLLECTIVE
        found = [] if holds or barred else [f for f in self._one(token, places=False) if f.actor.country]
        if not many and not _named_movement(token, found):
            return []
        return [Found(f.actor.replace(text=pronoun.text, reason=(
            f"'{pronoun.text}' refers to '{token.text}': {f.actor.reason}")), f.mention_id, f.how)
            for f in found]

    def _unnamed(self, head: Token) -> Found | None:
        """"gunmen", "militants", "protesters": a sector from the cue, the country later;
        "officials in Yerevan": the country of the place they are in."""
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in _NOT_UNNAMED:
            return None
        cue = None
        for words in head_phrases(head):  # "rebel group", "armed men", "gunmen"
            cue = self.kb.sector_cue(words)
            if cue is not None:
                break
        if cue is None:
            return None
        sector, phrase = cue
        text = noun_phrase(head)
        why = f"unnamed '{phrase}' → {sector}"
        for prep, obj in whereabouts(head):
            located = self._located(obj) or self._territory(obj)
            if located:
                country = located[0].actor.country
                return Found(Actor(text=text, country=country, sector=sector,
                                   reason=f"{why}; {prep.lower_} {obj.text} ({country})"),
                             located[0].mention_id, "unnamed")
        owned = self._owner_before(head)
        if owned:  # "Pakistan, WHOSE navy is buying", "Aliyev said HIS forces": theirs
            return Found(Actor(text=text, country=owned[0].actor.country, sector=sector,
                               reason=f"{why}; 'whose' refers to {owned[0].actor.text}"),
                         owned[0].mention_id, "unnamed")
        return self._spoken_for(head, text, why) or Found(
            Actor(text=text, sector=sector, reason=why), None, "unnamed")

    def _spoken_for(self, head: Token, text: str, why: str) -> Found | None:
        """"a spokesman FOR Chile's foreign ministry", "a representative OF the rebels":
        one who speaks for a body is of its country and sector."""
        if lemma(head) not in _SPEAKING_FOR:
            return None
        for prep, obj in ((c.lower_, o) for c in head.children if c.dep_ == "prep"
                          for o in c.children if o.dep_ == "pobj"):
            found = [f for f in self._one(obj, False) if f.actor.country] if prep in (
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
            return [f for f in self._one(owner, False) if f.actor.country]
        for poss in (c for c in head.children if c.dep_ == "poss"):
            if poss.lower_ in ("his", "her"):
                return self._person_before(poss)
        return []

    def _territory(self, obj: Token) -> list[Found]:
        """"on Afghan soil", "inside Syrian territory": a country's land named by its
        adjective stands for the country."""
        if lemma(obj) not in _TERRITORY:
            return []
        return [Found(f.actor, f.mention_id, "place") for c in obj.children
                if c.dep_ in ("amod", "poss", "compound") for f in self._acting(c) if f.actor.country]

    def place(self, head: Token) -> tuple[Place, str | None] | None:
        """The place a toponym phrase names, and its mention id ("in Lachin", "in the town
        of Kapan"); a name that only modifies the head is none ("in the Russian embassy")."""
        heads = [head]
        if lemma(head) in PLACE_KINDS:  # "the town of Kapan", "Cauca department"
            heads += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"]
            heads += [c for c in head.children if c.dep_ == "compound"]
        for token in heads:
            for mention in self.by_token.get(token.i, ()):
                if mention.label not in _PLACE_LABELS and not any(a.is_location for a in mention.actors):
                    continue
                if mention.place is not None:
                    return mention.place, mention.mention_id
                linked = next((a for a in mention.actors if a.is_location and a.country), None)
                if linked is not None:
                    return Place(name=linked.name or mention.text, country=linked.country), \
                        mention.mention_id
        return None

    def sentence_countries(self, sentence: Any) -> list[str]:
        """Every country the sentence names, as actor or place, in order of first mention;
        a dateline just before it ("COLUMBUS, Ohio (AP) —") is part of what it names. An
        IGO or NGO is no country ("armed men", said the head of an aid group, are not its)."""
        seen: dict[str, None] = {}
        dateline = dateline_before(sentence)
        before = range(dateline.start, dateline.end) if dateline is not None else range(0)
        for i in (*before, *range(sentence.start, sentence.end)):  # indices: no Token built
            mentions = self.by_token.get(i, ())
            if mentions and names_supplier(self.doc[i]):
                continue  # "with rockets supplied BY IRAN": not where the users are from
            for mention in mentions:
                for actor in mention.actors:
                    if actor.country and actor.sector not in NON_STATE_BODIES:
                        seen.setdefault(actor.country, None)
        return list(seen)


def _subtree(token: Token) -> list[Token]:
    return list(token.subtree)


def _unique(found: list[Found]) -> list[Found]:
    seen: set[tuple[Any, ...]] = set()
    out: list[Found] = []
    for item in found:
        a = item.actor
        key = (a.country, a.sector, a.person, a.name, a.text if a.country is None else None)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
