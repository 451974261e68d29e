"""A person's role from a noun phrase that is no entity of its own.

News introduces people the knowledge base cannot know with a role in apposition or in a
relative clause, and often the model tags no entity in it:

* "Mamadou Diallo, a rebel commander, ..." -> the phrase's cue gives the sector (REB) and
  the sentence's only state the country (`belli.actors.document.only_country`);
* "X, spokesman for the Somali army", "X, a leader of the MQM party" -> the person speaks
  or acts for a body the text resolved, and takes its country and sector;
* "X, who heads the opposition party", "Secretary General X of the aid group" -> the
  body they lead, likewise.

A body's name right after its type is what the type phrase is: "the Zambian charity Hope
Trust" (ZMB NGO), "the Congolese militia Mai-Mai" (COD REB).

A body owned by a person the document introduced with a role is that person's: "Arce's
government" after "President Luis Arce" (BOL GOV), "forces loyal to Mahamat" after
"General Abakar Mahamat"; a rebel's troops are rebels. `owned_bodies` reads them before
the groups look for a country, so the owner outranks the one state the sentence names
("Arce's government ordered troops to the border with Chile" is no Chilean body).

A phrase with no role word ("X, the son of President Y") gives nothing: kinship is no
office. `stated_roles` runs after the groups have their countries ("the main opposition
party" in a sentence about Zimbabwe) and remembers each person, so a later "Diallo" is
recalled, tagged on its own or not; the bodies of a person it resolves are read there too.
"""

from __future__ import annotations

from typing import Any

from belli.actors.document import NOT_ACTORS, Office, only_country, recalled
from belli.actors.group_country import SentenceStates
from belli.actors.people import PersonMemory
from belli.actors.readings import is_location_reading
from belli.actors.sectors import FORMER, STATE_ORGANS
from belli.nlp.lexicon import PhraseLexicon
from belli.records import COPIED_REASON, Actor, Mention
from belli.yamldata import word_list

__all__ = ["owned_bodies", "stated_roles"]

# verbs of a relative clause by which a person leads the body that is their object
_LEAD_VERBS = word_list("belli.actors", "roles.yaml", "lead_verbs")
# role nouns that belong to a body without being cues themselves ("a member of ...")
_MEMBERSHIP = frozenset({"member", "members"})
# dependents that open a clause of their own inside a noun phrase: its words are no role
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj", "appos"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# where the heads of a role phrase's nouns stand: the role noun, its object, a conjunct
_HEAD_DEPS = frozenset({"pobj", "dobj", "appos", "conj"})
# sectors of armed bodies, and of leaders whose armed bodies are not a state's
_ARMED = frozenset({"MIL", "COP"})
_NON_STATE = frozenset({"REB", "PRE"})
# words that may stand between an owner and a body's name: its type ("militia")
_TYPE_GAP = 2


def stated_roles(mentions: list[Mention], spans: list[Any], memory: PersonMemory, kb: Any,
                 lexicon: PhraseLexicon) -> list[Mention]:
    """People still without an actor, resolved from the role an untagged phrase states."""
    out = list(mentions)
    persons = frozenset(w for p in lexicon.persons for w in p.split())
    states = SentenceStates.of(out, spans, kb)  # once: people resolved here add no state
    for i, mention in enumerate(out):
        if mention.actors or spans[i] is None or mention.label in NOT_ACTORS or mention.place:
            continue
        actor = (_role_actor(i, out, spans, kb, lexicon, persons, states)
                 or _typed_body(i, out, spans, kb) or _followers(i, out, spans, memory, kb)
                 or _named_before(mention, memory))
        if actor is not None:
            memory.remember(actor)
            out[i] = mention.replace(actors=(actor,))
    return out


def _named_before(mention: Mention, memory: PersonMemory) -> Actor | None:
    """"Kemi Adeyemo, a director at X, ... Adeyemo urged": a surname the model tagged on
    its own after the person was resolved here, from the role, is that person."""
    actor = recalled(memory, mention.text)
    return actor.replace(text=mention.text) if actor is not None else None


def owned_bodies(mentions: list[Mention], spans: list[Any], memory: PersonMemory,
                 kb: Any) -> list[Mention]:
    """Bodies of a person the document already knows ("Arce's government"), before the
    groups look for a country: whose body it is outranks the sentence's only state."""
    out = list(mentions)
    for i, mention in enumerate(out):
        if mention.actors or spans[i] is None or mention.label in NOT_ACTORS or mention.place:
            continue
        actor = _followers(i, out, spans, memory, kb)
        if actor is not None:
            out[i] = mention.replace(actors=(actor,))
    return out


def _role_actor(i: int, mentions: list[Mention], spans: list[Any], kb: Any,
                lexicon: PhraseLexicon, persons: frozenset[str],
                states: SentenceStates) -> Actor | None:
    """The actor the first role phrase of mention i gives it, if any."""
    mention = mentions[i]
    for noun, led in _role_nouns(spans[i].root):
        person = mention.label == "PERSON" or noun.lower_ in persons
        if not person:
            # a name the model took for a body is a person only by a title word; a body
            # takes what the phrase in apposition is ("Kifaya, an Egyptian protest movement")
            same = _owner(i, noun, [noun], mentions, spans)
            actor = same.replace(text=mention.text, reason=f"{COPIED_REASON}: apposition to "
                                 f"'{same.text}': {same.reason}") if same else None
        else:
            actor = _owned_role(i, noun, led, mentions, spans, kb) or _office_role(
                i, noun, mentions, spans, kb, lexicon, states)
        if actor is not None:
            return actor
    return None


def _role_nouns(root: Any) -> list[tuple[Any, bool]]:
    """(head noun, whether it is a body the person leads) of the phrases that state the
    role of the name whose head is `root`: appositions either way, "who heads <body>"."""
    out = [(c, False) for c in root.children if c.dep_ == "appos" and c.pos_ in _NOUNS]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out.append((root.head, False))  # "the rebel commander, Mamadou Diallo,"
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _LEAD_VERBS:
            out += [(c, True) for c in clause.children if c.dep_ == "dobj"]
    # "Secretary General Anna Berg OF the aid group": the body after "of" a name (`_owner`
    # takes no place: "Smith of Texas" is from there, not of a body)
    out += [(o, True) for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]
    return out


def _phrase(noun: Any) -> list[Any]:
    """The words of the noun phrase headed by `noun`, without clauses inside it."""
    skipped = {t.i for c in noun.children if c.dep_ in _CLAUSE_DEPS for t in c.subtree}
    return [t for t in noun.subtree if t.i not in skipped]


def _owned_role(i: int, noun: Any, led: bool, mentions: list[Mention], spans: list[Any],
                kb: Any) -> Actor | None:
    """The person speaks or acts for a body the phrase names ("spokesman for the army")."""
    owner = _owner(i, noun, _phrase(noun), mentions, spans)
    if owner is None:
        return None
    own = kb.sector_cue(noun.lower_)
    word = noun.lower_
    if led and noun.dep_ == "pobj":
        sector, why = owner.sector, f"'of {owner.text}' after the name"
    elif led or word in kb.inheriting_cues or word in _MEMBERSHIP:
        sector, why = owner.sector, f"'{word}' of '{owner.text}'"
    elif own is not None:
        sector = _former(own[0], _phrase(noun))
        why = f"'{word}' ({sector}) of '{owner.text}'"
    else:
        return None  # "the son of President Y": no office of the body's
    # "X of the Red Cross" (a body after "of" the name) states no role word of its own
    role = None if led and noun.dep_ == "pobj" else word
    return Actor(text=mentions[i].text, country=owner.country, sector=sector,
                 role=role, person=mentions[i].text, sentence_only=owner.sentence_only,
                 reason=f"{COPIED_REASON}: stated role {why}: {owner.reason}")


def _owner(i: int, noun: Any, words: list[Any], mentions: list[Mention],
           spans: list[Any]) -> Actor | None:
    """The first resolved body (not a place) that heads a noun of a role phrase, or
    modifies one right before it ("the MQM party"); not a name nested deeper ("director
    of the Carnegie Russia Eurasia Center" speaks for no Russia)."""
    heads = {noun.i} | {t.i for t in words if t.pos_ in _NOUNS and t.dep_ in _HEAD_DEPS}
    for j, other in enumerate(mentions):
        span = spans[j]
        if j == i or span is None or not other.actors or not (
                _tops_among(span, heads) or span.end in heads) or _topic(other, span):
            continue
        actor = other.actors[0]
        if actor.country and actor.sector and not is_location_reading(actor):
            return actor
    return None


def _tops_among(span: Any, heads: set[int]) -> bool:
    """Whether one of the name's tops (`_tops`) is among the heads; the tops lie inside
    the name, so a name that holds none of the heads is not walked."""
    return any(span.start <= h < span.end for h in heads) and bool(_tops(span) & heads)


def _tops(span: Any) -> set[int]:
    """The tokens of a name whose heads lie outside it: its root, and each piece of a name
    the parse split ("the head of [Doctors] [Without Borders]", two pieces hung apart)."""
    return {span.root.i} | {t.i for t in span if not span.start <= t.head.i < span.end}


def _office_role(i: int, noun: Any, mentions: list[Mention], spans: list[Any], kb: Any,
                 lexicon: PhraseLexicon, states: SentenceStates) -> Actor | None:
    """The phrase's own cue is the office ("a rebel commander": REB), the sentence's
    only state the country."""
    phrase = _phrase(noun)
    # the role is the noun and the words before it: "the brother of a minister" is no office
    words = [t for t in phrase if t.i <= noun.i and t.dep_ not in ("det", "case")]
    found = kb.sector_cue(" ".join(t.lower_ for t in words))
    if found is None or found[1] in kb.inheriting_cues or any(
            t.pos_ == "PROPN" and kb.sector_for(t.lower_) is None for t in phrase):
        # "a spokesman for the Islamist group", "a professor at the Inouye Center": whose,
        # the text did not resolve, and the sentence's state is as likely a topic
        return None
    sector = _former(found[0], words)
    role = " ".join(t.lower_ for t in words if t.lower_ not in FORMER)
    office = Office(role, sector, f"role '{role}' stated beside the name → {sector}",
                    mentions[i].text)
    return only_country(i, mentions, spans, office, kb, states, lexicon.motion)


def _former(sector: str, words: list[Any]) -> str:
    """An office's sector, or ELI where a word makes its holder a former one ("X, a
    toppled army general"): CAMEO codes former office holders as elites."""
    return "ELI" if sector in STATE_ORGANS and any(t.lower_ in FORMER for t in words) else sector


def _typed_body(i: int, mentions: list[Mention], spans: list[Any], kb: Any) -> Actor | None:
    """A body named right after a resolved phrase that ends in its type ("the Zambian
    charity Hope Trust"): only capitalized names the model took for a body, and only
    where nothing but the type's own words stands between them."""
    mention, span = mentions[i], spans[i]
    if mention.label != "ORG" or span.start == 0:
        return None
    kind = span.doc[span.start - 1]
    if kind.pos_ != "NOUN" or not kind.is_lower or kind.lower_ in kb.inheriting_cues:
        return None
    for j, other in enumerate(mentions):
        if j == i or spans[j] is None or not other.actors or not (
                span.start - _TYPE_GAP <= spans[j].end <= span.start):
            continue
        words = span.doc[spans[j].start:span.start]
        found = kb.sector_cue(words.text.lower())
        actor = other.actors[0]
        if found is None or not actor.country or is_location_reading(actor) or any(
                not (t.is_alpha or t.text == "'s") for t in span.doc[spans[j].end:span.start]):
            continue
        sector = _former(found[0], list(words))
        return Actor(text=mention.text, country=actor.country, sector=sector,
                     sentence_only=actor.sentence_only,
                     reason=f"{COPIED_REASON}: named after its type '{words.text}' → {sector}: "
                            f"{actor.reason}")
    return None


def _followers(i: int, mentions: list[Mention], spans: list[Any], memory: PersonMemory,
               kb: Any) -> Actor | None:
    """A body a remembered person owns ("Arce's government") or commands the loyalty of
    ("forces loyal to Mahamat"): the person's country, the body's cue."""
    span = spans[i]
    leader = _leader_of(span, memory)
    if leader is None or not leader.country:
        return None
    owned = {d.i for t in span if t.dep_ == "poss" for d in t.subtree}
    found = kb.sector_cue(" ".join(t.lower_ for t in span if t.i not in owned))
    if found is None:
        return None
    # a rebel leader's troops are rebels, not a state's army
    sector = leader.sector if leader.sector in _NON_STATE and found[0] in _ARMED else found[0]
    return Actor(text=mentions[i].text, country=leader.country, sector=sector,
                 reason=f"{COPIED_REASON}: '{found[1]}' of {leader.person or leader.text}, "
                        f"named earlier: {leader.country} {sector}")


def _leader_of(span: Any, memory: PersonMemory) -> Actor | None:
    """The remembered person who owns the span's body or commands its loyalty."""
    root = span.root
    owners = [c for c in root.children if c.dep_ == "poss" and c.i >= span.start]
    loyal = [o for a in root.children if a.dep_ == "amod" and a.lemma_.lower() == "loyal"
             for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
             for o in p.children if o.dep_ == "pobj"]
    for token in [*owners, *loyal]:
        name = " ".join(t.text for t in token.subtree if t.dep_ != "case" and t.i <= token.i)
        actor = memory.recall(name)
        if actor is not None and actor.person:
            return actor
    return None


def _topic(mention: Mention, span: Any) -> bool:
    """A state named after "for" or "to" is what a role is about, not whom it serves:
    "the special representative for North Korea", "ambassador to Kenya"."""
    head = span.root.head
    return mention.label == "GPE" and span.root.dep_ == "pobj" and head.lower_ in ("for", "to")
