"""Document-level passes of actor resolution, after every mention has had its own reading.

* people: a person still without an actor takes it from an apposition ("Maria Zakharova,
  the Russian foreign ministry spokeswoman", "Oleg Chemezov, a senior police officer"),
  from a title right before the name, from an earlier mention of the same name, or from
  the office the text states ("General", "opposition leader", "former president": the
  sector) with the only state of the sentence (the country), leaving out a state the
  person acts on ("President X threatened action against Russia");
* ethnic groups are coded by the country they live in ("ethnic Albanians in Serbia");
* groups a sector cue places inside a state ("Shona rebels", "the rebel group", "the
  ruling party") take the country the text places them in (where they are based, else
  the sentence's only state, ...: `belli.actors.group_country`), never for faiths
  ("Muslim hackers"); a group whose words name no sector takes it from what it does
  ("Kurds protested": CVL, "went on strike": LAB; sectors.yaml `verb_cues`);
* "the Security Council" with no state of its own is the UN's when the document names
  the UN or the sentence speaks of resolutions, vetoes, mandates or peacekeeping.

Also `MemoKB`, the knowledge base with its hot lookups memoized.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from dataclasses import dataclass
from typing import Any

from belli.actors.context import conflict_sides, deed_sector, head_noun, names_a_place
from belli.actors.group_country import (
    FOREIGN_WHERE,
    SENTENCE_ONLY,
    SentenceStates,
    foreign_counterpart,
    foreign_words,
    group_country,
    object_country,
    passage_country,
    placed_in,
    sentence_country,
    serves_abroad,
    several_states,
)
from belli.actors.people import PersonMemory, fuller_name
from belli.actors.readings import LOCATION_REASON
from belli.actors.sectors import NON_STATE_BODIES, STATE_ORGANS, find_cue
from belli.actors.topics import talked_about
from belli.nlp.lexicon import PhraseLexicon
from belli.records import COPIED_REASON, Actor, Mention

__all__ = [
    "NOT_ACTORS", "MemoKB", "Office", "compound_words", "domestic", "heritage", "only_country", "people_pass",
    "place_link", "recalled", "residence", "shared_memo", "un_council", "used_as_noun",
]

# labels that never name an actor; a named event neither ("the Vietnam War", "Chinese New
# Year", a storm: "Cyclone Idai" is labelled EVENT by the resolver)
NOT_ACTORS = frozenset({
    "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "WEAPON",
    "MILITARY_PLATFORM", "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT", "EVENT",
})


@dataclass(frozen=True, slots=True)
class Office:
    """A person's office as the text states it: role words, the sector they give, why."""

    role: str
    sector: str
    reason: str
    person: str | None = None  # the name, when the mention gives one


def compound_words(head: Any) -> list[Any]:
    """A head noun with the compound nouns before it ("rebel group"), and theirs in turn
    ("coast guard vessels": "coast" is a compound of "guard")."""
    if head is None:
        return []
    return [w for t in head.lefts if t.dep_ == "compound" for w in compound_words(t)] + [head]


def people_pass(mentions: list[Mention], spans: list[Any], memory: PersonMemory,
                offices: dict[int, Office], kb: Any, lexicon: PhraseLexicon) -> list[Mention]:
    """Second pass for people still without an actor: an apposition or a title right
    before the name, an earlier mention, then a stated office with the sentence's only
    country. Twice, so that "X, a senior police officer," finds the apposition resolved
    after it; a first round that resolves no one leaves the second nothing new to read."""
    out = list(mentions)
    states: SentenceStates | None = None
    stale = True
    for _ in range(2):
        # the states of each sentence, read again only after a round gave a mention a
        # state: a person resolved adds none (`SentenceStates` leaves people out)
        if offices and stale:
            states = SentenceStates.of(out, spans, kb)
        resolved = stale = False
        for i, mention in enumerate(out):
            if mention.actors or spans[i] is None or mention.label in NOT_ACTORS:
                continue
            actor = _person_actor(i, out, spans, memory, offices, kb, lexicon, states)
            if actor is not None:
                memory.remember(actor)
                out[i] = mention.replace(actors=(actor,))
                resolved = True
                stale = stale or not actor.person
        if not resolved:
            break
    return out


def _person_actor(i: int, mentions: list[Mention], spans: list[Any], memory: PersonMemory,
                  offices: dict[int, Office], kb: Any, lexicon: PhraseLexicon,
                  states: SentenceStates | None) -> Actor | None:
    mention = mentions[i]
    if mention.label != "PERSON":
        # the model may tag a surname ORG or GPE: a person met earlier still counts
        actor = recalled(memory, mention.text) if mention.place is None else None
        return actor.replace(text=mention.text) if actor else None
    office = offices.get(mention.start)
    linked = _apposed(i, mentions, spans) or recalled(memory, mention.text)
    if linked is not None:  # "Jimmy Lai" after "Lai": the person named whole from now on
        fuller = fuller_name(linked.person or "", mention.text)
        return linked.replace(text=mention.text, person=fuller or linked.person or mention.text)
    if office is None or states is None:
        return None
    return only_country(i, mentions, spans, office, kb, states, lexicon.motion)


def domestic(i: int, mentions: list[Mention], spans: list[Any], kb: Any,
             lexicon: PhraseLexicon, scenes: dict[int, str] | None = None,
             sentence_states: SentenceStates | None = None) -> Mention:
    """A group with no country of its own: where it is based, else the sentence's state.

    "Shona rebels" in "The Mozambique government accepted demands from Shona rebels"
    -> MOZ REB: wire stories name the state once and its parties, rebels and elders
    by name. Only groups a cue (or what they do: `deed_sector`) places inside a state,
    not NGOs or IGOs, and only when the text says where they are based ("a terror group
    based in Trinidad"), lists a member the text places ("candidates, including former
    President X"), puts it in a place ("activists across Zambia"), sets the scene ("In
    Cairo, police ...": `belli.actors.scene`), told of the same group a few sentences
    before ("Israeli police ... rocks at police") or the sentence names exactly one state.
    """
    mention, span = mentions[i], spans[i]
    if mention.actors or span is None or mention.label in NOT_ACTORS or names_a_place(span):
        return mention
    found = _group_cue(mention, span, kb, lexicon)
    leader = _led_by(mention, span, kb, found)
    if leader is not None:
        return mention.replace(actors=(leader,))
    if found is not None and several_states(span):
        why = f"'{found[0]}' → {found[1]}, a group of several states: no one country"
        return mention.replace(actors=(Actor(text=mention.text, sector=found[1], reason=why),))
    if found is not None and foreign_words(span, found[0]):
        return _foreign(i, mentions, spans, kb, found, sentence_states)
    placed = (group_country(i, mentions, spans, kb, found[1], scenes or {}, sentence_states)
              if found else None)
    if found and placed and _keeps_the_peace_there(found, placed[0], span, mentions, spans):
        return mention  # "peacekeepers in Lebanon" are not Lebanon's
    if found is None or placed is None:
        return mention
    country, where = placed
    why = (f"{COPIED_REASON}: '{found[0]}' → {found[1]}, a group with no country of its own "
           f"{where} {country}")
    return mention.replace(actors=(Actor(text=mention.text, country=country, sector=found[1],
                                         reason=why, sentence_only=where == SENTENCE_ONLY),))


def _keeps_the_peace_there(found: tuple[str, str], country: str, span: Any,
                           mentions: list[Mention], spans: list[Any]) -> bool:
    """Whether peacekeepers would take the country they are in, which they never serve."""
    return serves_abroad(found[0]) and placed_in(span, mentions, spans) == country


def _foreign(i: int, mentions: list[Mention], spans: list[Any], kb: Any,
             found: tuple[str, str], sentence_states: SentenceStates | None) -> Mention:
    """A group its own words call foreign ("foreign troops"): the one foreign military
    the document names, else of no country, never the state it is in."""
    mention = mentions[i]
    states = sentence_states or SentenceStates.of(mentions, spans, kb)
    country = foreign_counterpart(mention, mentions, kb, states)
    why = (f"{COPIED_REASON}: '{found[0]}' → {found[1]}, a foreign group {FOREIGN_WHERE} "
           f"{country}" if country else
           f"foreign group: '{found[0]}' → {found[1]}, its own words set it apart")
    return mention.replace(actors=(Actor(text=mention.text, country=country, sector=found[1],
                                         reason=why),))


# the kinds of names that lead a group in a one-word "-led" compound
_LEADERS = frozenset({"country", "adjective", "demonym", "metonym", "capital", "igo"})


def _led_by(mention: Mention, span: Any, kb: Any,
            found: tuple[str, str] | None) -> Actor | None:
    """"the U.S.-led coalition", "a U.N.-led mission": the tokenizer keeps an abbreviation
    and its "-led" in one word, which no mention of the leader comes out of; the group is
    the leader's, of the group's sector (a coalition a state leads is no party's)."""
    for token in span:
        if not token.lower_.endswith("-led") or len(token.text) <= 4:
            continue
        match = next((m for m in kb.lookup_name(token.text[:-4]) if m.kind in _LEADERS), None)
        if match is None:
            continue
        sector = "IGO" if match.kind == "igo" else (
            found[1] if found is not None and found[1] != "PTY" else None)
        why = f"'{token.text}': the group {match.code} leads"
        return Actor(text=mention.text, country=match.code, sector=sector, reason=why)
    return None


def _group_cue(mention: Mention, span: Any, kb: Any,
               lexicon: PhraseLexicon) -> tuple[str, str] | None:
    """(the words, the sector) that make the mention a group a state holds."""
    head = head_noun(span)
    if mention.label == "PERSON" and (head is None or span.root.dep_ == "poss"):
        # a person, and what a person has ("Jackson's FAMILY") is not them; a name the
        # model took for one may still name a group ("Wagner fighters")
        return None
    words = [t.text for t in span] + ([t.text for t in compound_words(head)] if head is not None else [])
    cue = find_cue(words, kb)
    found = (cue.phrase, cue.sector) if cue else deed_sector(span, kb)
    if found is None or found[1] in ("NGO", "IGO", "BUS") or conflict_sides(span.root):
        return None  # nor "the warring parties": the sides, for the events layer to name
    if any(w.lower() in lexicon.religions for w in words):
        return None  # "Muslim hackers": a faith crosses borders, no country to assume
    return found


_COUNCIL = re.compile(r"(?:^|\s)Security Council(?:'s|’s)?$")
# words only the UN Security Council's business uses in news ("vetoed a Security Council
# resolution", "extended the mandate of the peacekeeping force")
_UN_BUSINESS = frozenset({"resolution", "resolutions", "veto", "vetoed", "vetoes", "vetoing",
                          "mandate", "peacekeeping", "peacekeepers", "peacekeeper"})
_OWNER_BEFORE = frozenset({"'s", "’s", "national", "state"})


def un_council(i: int, mentions: list[Mention], spans: list[Any]) -> Mention:
    """"The Security Council" alone: the UN body where the text makes that clear.

    States have security councils too ("Armenia's Security Council", "the National
    Security Council"), so an unqualified one is the UN's only when the document names
    the UN or one of its bodies ("UNIFIL"), or the sentence speaks of the UN council's
    business: resolutions, vetoes, mandates, peacekeeping.
    """
    mention, span = mentions[i], spans[i]
    if mention.actors or span is None or not _COUNCIL.search(mention.text):
        return mention
    first = span.end - 2 if span[-1].lower_ not in ("'s", "’s") else span.end - 3
    before = span.doc[first - 1] if first > 0 else None
    if before is not None and (before.lower_ in _OWNER_BEFORE
                               or before.ent_type_ in ("GPE", "NORP")):
        return mention  # "Russia's Security Council", "the Armenian Security Council"
    named = any(a.country == "UN" for m in mentions for a in m.actors)
    business = [t.lower_ for t in span.sent if t.lower_ in _UN_BUSINESS]
    topic = "" if named or business else _state_talked_about(mention, mentions, spans)
    if not (named or business or topic):
        return mention
    why = ("the Security Council in a document naming the UN" if named else
           f"the Security Council with '{business[0]}' in its sentence" if business else
           f"the Security Council talking about {topic}, not its own state") + ": the UN body"
    return mention.replace(actors=(Actor(text=mention.text, name="UN Security Council",
                                         country="UN", sector="IGO", reason=why),))


def _state_talked_about(council: Mention, mentions: list[Mention], spans: list[Any]) -> str:
    """A state the council's sentence names as the topic of talks ("met to discuss
    Sudan"), or "": a state's own council does not meet about its own state."""
    for mention, span in zip(mentions, spans, strict=True):
        if mention.sentence == council.sentence and mention is not council \
                and any(a.country for a in mention.actors) \
                and talked_about(span):
            return mention.text
    return ""


# dependency labels that open a clause of its own
_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "relcl", "acl", "csubj", "parataxis"})


def _opens_clause(token: Any) -> bool:
    return token.dep_ in _CLAUSES or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))




def only_country(i: int, mentions: list[Mention], spans: list[Any], office: Office,
                 kb: Any, states: SentenceStates,
                 motion: frozenset[str] = frozenset()) -> Actor | None:
    """A person with a stated office ("President Prosper Avril", "General Michel Aoun")
    in a sentence naming one state: that state, in the office's sector. A state the
    person acts on is no clue to their own ("President Bush threatened action against
    Russia", "Archbishop Tutu called for sanctions against Nigeria"). `states` is the
    document's `SentenceStates`, built once by the caller."""
    mention = mentions[i]
    if _serves_a_body(spans[i], mentions, spans):
        return None  # "President X of the Red Cross": the body's, for the role pass to give
    country, where = sentence_country(mention, spans[i], mentions, kb, spans), "the sentence's"
    if country is None and spans[i] is not None and office.sector in STATE_ORGANS:
        # "Floods hit Kenya. Interior Minister X said ...": the state the passage named,
        # when it is also the state the document names most (a passing mention of another
        # state just before is no clue)
        country = passage_country(mention, spans[i], states)
        country = country if country is not None and country == states.main() else None
        where = "the passage's"
    acted_on = _acted_on(spans[i], mentions, spans, motion)
    if country is None or any(a.country == country for j in acted_on for a in mentions[j].actors):
        return None
    return Actor(text=mention.text, country=country, sector=office.sector, role=office.role,
                 person=office.person,
                 reason=f"{COPIED_REASON}: {office.reason}, with no country of its own: "
                        f"{where} only country {country}")


def _serves_a_body(span: Any, mentions: list[Mention], spans: list[Any]) -> bool:
    """Whether a name is tied to an NGO or IGO by "of" or an apposition: "President X of
    the Red Cross", "X, the head of the WHO"."""
    if span is None:
        return False
    heads = [span.root, *(c for c in span.root.children if c.dep_ == "appos")]
    objects = {o.i for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"}
    if not objects:
        return False  # most names: no "of" to follow, no mention to look through
    return any(other is not None and not objects.isdisjoint(range(other.start, other.end))
               and any(a.sector in NON_STATE_BODIES for a in m.actors)
               for m, other in zip(mentions, spans, strict=True))


def _acted_on(span: Any, mentions: list[Mention], spans: list[Any],
              motion: frozenset[str]) -> set[int]:
    """States named in the object of the verb whose subject the span is. Only a state by
    its name: leaders act on their own people and bodies ("reneged on his commitment to
    the Zambian people", "criticised the Pakistani government") as often as on others;
    and not where the verb is one of motion ("fled Haiti" names a place)."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() in motion:
        return set()  # the subject of a passive ("was killed in Beirut") acts on nothing
    verb = root.head.i
    out = set()
    for j, other in enumerate(spans):
        if other is None or other.root.i == root.i or mentions[j].label != "GPE" or not any(
                a.sector == "GOV" and not a.role for a in mentions[j].actors):
            continue
        token = other.root
        while token.head.i not in (token.i, verb) and not _opens_clause(token):
            token = token.head
        if token.head.i == verb and not _opens_clause(token) and token.dep_ not in (
                "nsubj", "nsubjpass"):
            out.add(j)
    return out


def residence(i: int, mentions: list[Mention], spans: list[Any]) -> Mention:
    """An ethnic group is coded by the country it lives in (CAMEO), not by its kin state.

    "ethnic Albanians in southern Serbia" -> SRB CVL; "Albanians of southern Serbia" ->
    SRB. With "ethnic" and no "in"/"of", the nearest other country of the sentence.
    """
    mention, span = mentions[i], spans[i]
    if span is None or not mention.actors or mention.actors[0].sector != "CVL":
        return mention
    actor = mention.actors[0]
    ethnic = span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic" or (
        span[0].lower_ == "ethnic")
    owner = _owner_after(span, mentions, spans)
    if owner is None and ethnic:
        owner = _nearest_other(i, mentions, actor.country)
    if owner is None or owner == actor.country:
        return mention
    why = (f"{mention.text}: an ethnic group, coded by the country it lives in ({owner}), "
           f"not its kin state {actor.country}")
    return mention.replace(actors=(actor.replace(country=owner, reason=why), *mention.actors[1:]))


def _owner_after(span: Any, mentions: list[Mention], spans: list[Any]) -> str | None:
    """The country in "<people> in/of <country>", when that country is a mention."""
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
            continue
        for obj in prep.children:
            for m, other in zip(mentions, spans, strict=True):
                if other is not None and other.start <= obj.i < other.end and m.actors:
                    return m.actors[0].country
    return None


def _nearest_other(i: int, mentions: list[Mention], country: str | None) -> str | None:
    here = mentions[i]
    others = [m for m in mentions if m.sentence == here.sentence and m is not here and m.actors
              and m.actors[0].country not in (None, country) and not m.actors[0].person]
    if not others:
        return None
    return min(others, key=lambda m: abs(m.start - here.start)).actors[0].country


def heritage(i: int, mentions: list[Mention], spans: list[Any]) -> Mention:
    """A national adjective on a place the text names in another country: "the historic
    Armenian town of Shushi" (in Azerbaijan) is a town, not Armenian civilians. Where both
    agree ("the Bosnian town of Gorazde") the adjective keeps its people."""
    mention, span = mentions[i], spans[i]
    if span is None or not mention.actors or not names_a_place(span):
        return mention
    head = head_noun(span)
    preps = [c for c in head.children if c.dep_ == "prep"] if head is not None else []
    named = object_country(preps, mentions, spans)
    if named is None or named == mention.actors[0].country:
        return mention
    return mention.replace(actors=())


def used_as_noun(span: Any) -> bool:
    """An adjective standing for people: "a Palestinian was killed", "two Israelis"."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and (
        root.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "det" for c in root.children))


def place_link(text: str, name: str, country: str) -> Actor:
    return Actor(text=text, name=name, country=country, sector=None,
                 reason=f"{LOCATION_REASON}: {name} is a place in {country}")


def recalled(memory: PersonMemory, name: str) -> Actor | None:
    known = memory.recall(name)
    if known is None:
        return None
    return known.replace(
        reason=f"{COPIED_REASON}: same person as '{known.text}' earlier: {known.reason}")


def _apposed(i: int, mentions: list[Mention], spans: list[Any]) -> Actor | None:
    """The actor of a mention in apposition with mention i, in either direction, or of
    a title right before the name ("opposition leader" + "Maulana Fazl-ur-Rehman")."""
    span = spans[i]
    root = span.root
    for j, other in enumerate(mentions):
        if j == i or not other.actors or spans[j] is None:
            continue
        other_root = spans[j].root
        if (root.dep_ == "appos" and root.head == other_root) or (
                other_root.dep_ == "appos" and other_root.head == root):
            actor = other.actors[0]
            return actor.replace(
                reason=f"{COPIED_REASON}: apposition to '{other.text}': {actor.reason}")
        if (other.label == "PERSON" and spans[j].end == span.start and not other.actors[0].person
                and other.actors[0].role):
            actor = other.actors[0]
            return actor.replace(reason=f"{COPIED_REASON}: title '{other.text}' right before "
                                        f"the name: {actor.reason}")
    return None


class MemoKB:
    """The knowledge base with its two hot lookups memoized (names and cues repeat a lot
    within and across articles); bounded so a long stream cannot grow it forever."""

    _LIMIT = 200_000

    def __init__(self, kb: Any) -> None:
        self._kb = kb
        self._names: dict[str, tuple[Any, ...]] = {}
        self._cues: dict[str, tuple[str, str] | None] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._kb, name)

    def lookup_name(self, text: str) -> tuple[Any, ...]:
        """The KB's matches, as a tuple: shared answers no caller can change."""
        found = self._names.get(text)
        if found is None:
            if len(self._names) > self._LIMIT:
                self._names.clear()
            # kept in a local: another thread's clear() may empty the memo meanwhile
            found = self._names[text] = tuple(self._kb.lookup_name(text))
        return found

    def lookup_caseless(self, text: str) -> list[Any]:
        return list(self._kb.lookup_caseless(text))

    def sector_cue(self, phrase: str) -> tuple[str, str] | None:
        with contextlib.suppress(KeyError):  # unseen, or cleared by another thread
            return self._cues[phrase]
        if len(self._cues) > self._LIMIT:
            self._cues.clear()
        found = self._cues[phrase] = self._kb.sector_cue(phrase)
        return found

    def sector_for(self, phrase: str) -> str | None:
        found = self.sector_cue(phrase)
        return found[0] if found else None


# a memo holds its knowledge base, so while it lives no other object takes that KB's id
_SHARED_MEMOS: weakref.WeakValueDictionary[int, MemoKB] = weakref.WeakValueDictionary()


def shared_memo(kb: Any) -> MemoKB:
    """The one `MemoKB` of a knowledge base: the actor, place and event stages ask the same
    names, so the later stages reuse what the first looked up. Safe to share: the memo
    keeps only the KB's answers, which depend on nothing but the text asked."""
    if isinstance(kb, MemoKB):
        return kb
    memo = _SHARED_MEMOS.get(id(kb))
    if memo is None:
        memo = MemoKB(kb)
        _SHARED_MEMOS[id(kb)] = memo
    return memo
