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
  knowledge base's cues, and the country the sentence names, if it names only one
  (`belli.events.group_phrases`).
Words that refer back ("they", "the ministry", "the town") are read in
`belli.events.back_references`; what is found is a `Found` (`belli.events.found_actor`).
`Participants` holds one reader of each and hands them its own cached phrase reader.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from belli.actors.group_country import FOREIGN_WHERE, named_outlet, names_supplier
from belli.actors.sectors import NO_STATE_CODES, NON_STATE_BODIES
from belli.events.back_references import BackReferences
from belli.events.cue_lists import cue_list
from belli.events.found_actor import Found, unique_found
from belli.events.group_phrases import GroupPhrases
from belli.events.phrase_shape import (
    OWNED,
    PLACE_KINDS,
    RELATIONAL,
    phrase_tokens,
    without_clauses,
)
from belli.events.syntax import Token, conjuncts, is_container, lemma
from belli.geo.resolve import INSIDE_REASON
from belli.nlp.paragraphs import dateline_before
from belli.records import Actor, Mention, Place

__all__ = ["FOREIGN_REASON", "PLACE_KINDS", "RELATIONAL", "Found", "Participants",
           "without_clauses"]

# the reason of a group whose own words call it foreign, its copied country dropped
FOREIGN_REASON = "foreign group"

_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# a group's own struggle, whose possessor state only says whose group it is
_STRUGGLES = cue_list("struggle_nouns")
_UNRESOLVED_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
_PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})


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
    # the countries of each sentence, by its first token: each of its triggers asks
    _countries: dict[int, list[str]] = field(default_factory=dict, init=False, repr=False)
    # the mentions by start offset, for the ones within a stretch of text
    ordered: list[Mention] = field(init=False, repr=False)
    starts: list[int] = field(init=False, repr=False)
    # the article's text, which the parse was made from, where the caller has it
    article_text: str | None = field(default=None, repr=False)
    # readers of words that refer back and of groups a phrase does not name
    _back: BackReferences = field(init=False, repr=False, compare=False)
    _groups: GroupPhrases = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.ordered = sorted(self.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.ordered]
        self._back = BackReferences(self.doc, by_token=self.by_token, between=self.between,
                                    read=self._one)
        self._groups = GroupPhrases(self.kb, read=self._one, acting=self._acting,
                                    located=self._located, person_before=self._back.person_before)
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
    def mention_by_id(self) -> dict[str, Mention]:
        return {m.mention_id: m for m in self.mentions if m.mention_id}

    @cached_property
    def _outlets(self) -> frozenset[int]:
        """Named news outlets (`named_outlet`), by object identity: the mentions `by_token`
        holds are these very objects, and few of them are media's."""
        return frozenset(id(m) for m in self.mentions if named_outlet(m, self.doc))

    @cached_property
    def text(self) -> str:
        """The document's text: the article's where given, since spaCy builds `doc.text`
        anew on every access."""
        return self.article_text if self.article_text is not None else str(self.doc.text)

    def window_start(self, token: Token) -> int:
        """The first token of the token's sentence or of the sentences just before it
        that words referring back look into."""
        return self._back.window_start(token)

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start within characters `start`..`end`."""
        return self.ordered[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def phrase(self, head: Token, *, places: bool = False) -> list[Found]:
        """The actors of the phrase headed by `head` and of every head coordinated with it."""
        found: list[Found] = []
        for one in conjuncts(head):
            found.extend(self._one(one, places))
        return unique_found(found)

    def actors(self, heads: Iterable[Token | None]) -> list[Found]:
        """The actors, places left out, of the phrases the heads head, in their order (one
        named under two heads is kept twice, as each head's own)."""
        return [f for head in heads if head is not None for f in self.phrase(head)
                if not f.is_place]

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
                    found.extend(self._owner_acting(token))
        return unique_found(found)

    def seats(self, head: Token) -> list[Found]:
        """"ANKARA military backing", "new WASHINGTON sanctions": a capital that modifies an
        act noun names the government that acts, not where it happens."""
        found: list[Found] = []
        for child in head.children:
            if child.dep_ in ("compound", "nmod") and child.i < head.i:
                found.extend(self._seat(child))
        return unique_found(found)

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

    def names_person(self, token: Token) -> bool:
        """Whether the phrase headed by the token names a person ("Zelenskyy")."""
        return any(f.actor.person for f in self._one(token, places=False))

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
            told = self._described(head)
            if told:
                return told  # "the two neighbours": the states it refers back to
            named = [c for c in head.children if c.dep_ == "appos"]
            # "its allies IN ARMENIA": where they are says who they are
            return self._one(named[0], places) if named else (
                self._groups.bloc_of(head) or self._groups.placed(head, None))
        tokens = phrase_tokens(head)
        acting = [f for t in tokens for f in self._owner_acting(t)]
        if acting:
            return acting
        if head.lower_ in _PLURAL_PRONOUNS:
            return self._back.group_before(head)
        if head.lower_ in _PERSONAL_PRONOUNS:
            return self._back.person_before(head)
        if places:
            located = [f for t in tokens for f in self._located(t)] or self._back.place_named_before(head)
            if located:
                return located
        unnamed = self._groups.unnamed(head)
        placed = self._groups.placed(head, unnamed) if unnamed is not None or lemma(head) in OWNED else []
        if len(placed) > 1 or (placed and unnamed is None):
            return placed
        if unnamed is not None and unnamed.actor.country is None:
            unnamed = self._back.described_before(head) or unnamed
        if unnamed is None and head.i in self.unresolved:
            return [self._unresolved(self.unresolved[head.i], head)]
        return [unnamed] if unnamed else self._back.weapons_before(head)

    def _unresolved(self, mention: Mention, head: Token) -> Found:
        """A name that acts but that belli cannot place: an actor with no country, so the
        event is kept and an analyst sees who it names."""
        why = f"name '{mention.text}' ({mention.label}) not in the knowledge base: no country"
        return Found(Actor(text=mention.text, name=mention.text, reason=why), mention.mention_id,
                     "unresolved")

    def _owner_acting(self, token: Token) -> list[Found]:
        """The actors a token names, but a state before a body of its own country, or
        before such a group's struggle, only says whose it is ("RUSSIA'S Wagner Group",
        "AFGHANISTAN'S Taliban insurgency" is the Taliban's, not Kabul's too; "Turkey's PKK
        crackdown" is still Turkey's)."""
        found = self._acting(token)
        if token.dep_ != "poss" or not found:
            return found
        if lemma(token.head) in _STRUGGLES:
            named = [c for c in token.head.children
                     if c.dep_ in ("compound", "amod", "nmod") and token.i < c.i < token.head.i]
        else:  # "RUSSIA'S Wagner Group", "ISRAEL'S Mossad": the body named acts
            named = [token.head]
        groups = {(f.actor.country, f.actor.sector) for c in named
                  for f in self._acting(c) if f.actor.country and f.actor.sector}
        return [f for f in found if not _state_of_group(f, groups)]

    def _described(self, head: Token) -> list[Found]:
        """The actors of a description that refers back to states ("the two allies")."""
        return [Found(a, m.mention_id, "mention") for m in self.by_token.get(head.i, ())
                if m.label == "NP" for a in m.actors if not a.is_location]

    def _acting(self, token: Token) -> list[Found]:
        return [Found(_foreign_kept_apart(a, m), m.mention_id, "mention")
                for m in self.by_token.get(token.i, ()) for a in m.actors if not a.is_location]

    def _located(self, token: Token) -> list[Found]:
        out = []
        for mention in self.by_token.get(token.i, ()):
            if _placed_only(mention) and mention.place is not None and mention.place.country:
                why = (f"{mention.text} is a place ({mention.label} to the tagger); its country "
                       f"{mention.place.country} stands for the target")
                out.append(Found(Actor(text=mention.text, name=mention.place.name,
                                       country=mention.place.country, reason=why),
                                 mention.mention_id, "place"))
            for actor in mention.actors:
                if actor.is_location and actor.country:
                    why = f"{mention.text} is a place; its country {actor.country} stands for the target"
                    out.append(Found(Actor(text=mention.text, name=actor.name, country=actor.country,
                                           reason=why), mention.mention_id, "place"))
        return out

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
                if mention.label not in _PLACE_LABELS and not any(a.is_location for a in mention.actors) \
                        and not _placed_only(mention):
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
        IGO or NGO is no country ("armed men", said the head of an aid group, are not its),
        nor a transnational armed group's code (the people an Islamic State attack kills
        are not of "IMG"), nor a named news outlet (where it publishes is not where the
        people it reports on are)."""
        if sentence.start not in self._countries:
            self._countries[sentence.start] = self._sentence_countries(sentence)
        return list(self._countries[sentence.start])

    def _sentence_countries(self, sentence: Any) -> list[str]:
        seen: dict[str, None] = {}
        dateline = dateline_before(sentence)
        before = range(dateline.start, dateline.end) if dateline is not None else range(0)
        for i in (*before, *range(sentence.start, sentence.end)):  # indices: no Token built
            mentions = self.by_token.get(i, ())
            if mentions and names_supplier(self.doc[i]):
                continue  # "with rockets supplied BY IRAN": not where the users are from
            for mention in mentions:
                if id(mention) in self._outlets:
                    continue  # "the junta suspended France 24": not where the junta is
                for actor in mention.actors:
                    if actor.country and actor.sector not in NON_STATE_BODIES \
                            and actor.country not in NO_STATE_CODES:
                        seen.setdefault(actor.country, None)
        return list(seen)


def _subtree(token: Token) -> list[Token]:
    return list(token.subtree)


def _placed_only(mention: Mention) -> bool:
    """A one-name "person" the place stage placed as a whole, and no actor reading holds:
    a town the tagger took for a person ("airstrikes on RAFAH" tagged PERSON); not a body
    with a place in its name ("the Venice Commission")."""
    place = mention.place
    return (place is not None and not mention.actors and mention.label == "PERSON"
            and " " not in mention.text.strip() and not (place.reason or "").startswith(INSIDE_REASON))


def _state_of_group(found: Found, groups: set[tuple[str, str]]) -> bool:
    """Whether a possessor is a state (no person) with a group of its country but of
    another sector beside it."""
    actor = found.actor
    return actor.sector in (None, "GOV") and actor.person is None and any(
        country == actor.country and sector != actor.sector for country, sector in groups)
