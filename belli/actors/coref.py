"""Salience-based coreference for the actors that matter to events: states and IGOs.

Not a general coreference system: it resolves the few expressions news uses to refer
back to countries, where the text makes the referent clear, within the current and the
two previous sentences:

* "the two countries", "both sides", "the three states"... -> the last n distinct
  countries named (data/phrases.yaml `country_descriptions`);
* "the country", "the nation" -> the last country named;
* "it", "its" -> the salient state or IGO: the subject before it in its sentence (else
  the nearest name before it), else the subject of the previous sentence(s); skipped when two different states share
  that rank ("Armenia and Azerbaijan ... its"), and for expletive "it" ("it is clear");
* "they", "their", "them" -> the two or more states coordinated as the subject of the
  previous sentence ("Azerbaijan and Turkey ... their"); "them" as an object is never the
  subject of its own clause, so it is the nearest plural phrase before it in its sentence
  ("met the rebel commanders and urged THEM");
* "the council", "the commission" -> the body named before whose name has that head word
  ("the UN Security Council ... the council"), in the same or the previous paragraph or a
  few sentences back (or told again by that noun in reach), unless a nearer phrase with
  that head names another ("the town council").

Each becomes a new `Mention` (label NP for descriptions, PRON for pronouns, source
"coref") whose offsets slice the text, with actors copied from the antecedents and a
reason naming them. The antecedent choice itself (`pick_*`, `belli.actors.antecedents`)
is pure and tested without the model; the plural pronouns the parse binds are
`belli.actors.plural_pronouns`, the bare nouns that name a body `belli.actors.body_nouns`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belli.actors.antecedents import (
    Antecedent,
    group_antecedents,
    kind_of,
    pick_countries,
    pick_salient,
)
from belli.actors.body_nouns import (
    bare_noun,
    body_by_head,
    body_named_before,
    generic_body,
    modifies_something,
    named_bodies,
)
from belli.actors.context import stance_noun
from belli.actors.plural_pronouns import ACTED_ON, object_barred_subjects, plural_antecedent
from belli.actors.sectors import find_cue
from belli.actors.state_descriptions import (
    described_state,
    listed_region,
    pick_described,
    place_antecedents,
)
from belli.nlp.doc_index import sentence_numbers, sentence_start, word_indices
from belli.nlp.lexicon import PhraseLexicon
from belli.records import COPIED_REASON, Actor, Mention

# Antecedent, group_antecedents, kind_of, pick_* and object_barred_subjects live in their
# own modules; they stay importable from here, where the stage's callers found them first.
__all__ = ["Antecedent", "coreferring_mentions", "group_antecedents", "kind_of",
           "object_barred_subjects", "pick_countries", "pick_salient"]

# heads of descriptions that refer back to the people who lead states ("the two LEADERS",
# "both presidents", "the two heads of state"), not to the states themselves
_LEADERS = frozenset({"leader", "president", "minister", "head"})

_EXPLETIVE_HEADS = frozenset({
    "be", "seem", "appear", "become", "remain", "take", "come", "happen", "matter", "rain",
    "follow", "turn", "look", "sound", "mean", "cost",
})
_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "advcl", "relcl"})
_IT = frozenset({"it", "its"})
_THEY = frozenset({"they", "their", "them", "theirs"})
_PRONOUNS = _IT | _THEY
# "denied it", "as Armenians call it": the object of a verb of saying or naming is a
# claim or a name, not an actor.
_PROPOSITION_HEADS = frozenset({
    "say", "deny", "call", "confirm", "admit", "announce", "report", "claim", "dispute",
    "acknowledge", "describe", "know", "believe", "consider", "reject", "repeat",
})


def _expletive(token: Any) -> bool:
    """'It is clear that...', 'it takes time to...': an "it" that refers to nothing."""
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.lower_ != "it" or head.lemma_.lower() not in _EXPLETIVE_HEADS:
        return False
    # an extraposed clause anywhere under the verb: "it should come as no surprise that..."
    return any(t.dep_ in _CLAUSES and t.i > token.i for t in head.subtree)


def _propositional(token: Any) -> bool:
    """'Armenia denied it': an "it" that stands for a claim, not for an actor."""
    return (token.lower_ == "it" and token.dep_ in ("dobj", "obj")
            and token.head.lemma_.lower() in _PROPOSITION_HEADS)


# how many words may qualify a description's noun ("the three military - led nations")
_QUALIFIERS = 4


def _match_description(doc: Any, i: int, descriptions: dict[str, int],
                       firsts: frozenset[str], openers: frozenset[str]) -> tuple[int, int] | None:
    """(end token, count) of a country description starting at token i; `openers` are
    the words before a description's noun ("the two", "all three")."""
    if doc[i].lower_ not in firsts:
        return None  # most tokens: one set lookup, no slicing
    for size in (3, 2):
        if i + size <= len(doc):
            text = " ".join(doc[j].lower_ for j in range(i, i + size))
            if text in descriptions:
                end = i + size
                return None if _told_there(doc, end) else (end, descriptions[text])
            if size < 3 or text.rsplit(" ", 1)[0] not in openers:
                continue
            found = _qualified(doc, i, size - 1, descriptions)
            if found is not None:
                return found
    return None


def _qualified(doc: Any, i: int, opener: int, descriptions: dict[str, int]) -> tuple[int, int] | None:
    """A description with words that qualify its noun ("the three MILITARY-LED nations",
    "the two NATO allies"): the opener's count where the noun heads its phrase."""
    words = " ".join(doc[j].lower_ for j in range(i, i + opener))
    for end in range(i + opener + 1, min(i + opener + _QUALIFIERS, len(doc)) + 1):
        last = doc[end - 1]
        key = f"{words} {last.lower_}"
        if key in descriptions:
            return None if _told_there(doc, end) else (end, descriptions[key])
        if not _qualifier(doc, end - 1):
            return None
    return None


def _told_there(doc: Any, end: int) -> bool:
    """Whether a description's noun qualifies another ("the country music festival") or
    an apposition names its states ("the two powers, China and the United States")."""
    if modifies_something(doc, end):
        return True
    noun = doc[end - 1]
    # the parser hangs such a list on the noun as an apposition or, after the comma, a conjunct
    return any(c.dep_ == "appos" or (c.dep_ == "conj" and c.pos_ == "PROPN" and end < len(doc)
                                     and doc[end].text == ",") for c in noun.children)


def _qualifier(doc: Any, i: int) -> bool:
    """Whether word i may qualify a description's noun: an adjective, or a part of a
    hyphened one ("military - led", "nuclear - armed"), or a body's acronym ("the two
    NATO allies"); not a name, its adjective or a noun, which say which states are meant
    ("the three BALTIC states", "the two GULF neighbours" need not be the states named
    before)."""
    token = doc[i]
    hyphen_after = i + 1 < len(doc) and doc[i + 1].text == "-"
    hyphen_before = i > 0 and doc[i - 1].text == "-"
    if token.text[:1].isupper():  # "the three BALTIC states" says which; "NATO allies" not
        return token.text.isupper() and len(token.text) > 1
    return (token.pos_ == "ADJ" and not hyphen_before) or token.text == "-" or (
        hyphen_after and token.pos_ in ("ADJ", "NOUN", "ADV")) or (
        hyphen_before and token.pos_ in ("VERB", "ADJ", "NOUN"))


def coreferring_mentions(doc: Any, doc_id: str, mentions: Sequence[Mention],
                         antecedents: Sequence[Antecedent], lexicon: PhraseLexicon,
                         kb: Any) -> list[Mention]:
    """New mentions for the descriptions and pronouns that refer back to actors."""
    taken = {i for m in mentions if m.label not in ("CARDINAL", "ORDINAL")
             for i in range(m.start, m.end)}
    sentence_of = sentence_numbers(doc)
    out: list[Mention] = []
    firsts = frozenset(d.split()[0] for d in lexicon.descriptions)
    openers = frozenset(d.rsplit(" ", 1)[0] for d in lexicon.descriptions if " " in d)
    unknown = _unknown_subjects(doc, mentions)
    bodies = named_bodies(doc, mentions)
    # the characters of names resolved: "the Central African Republic" is no description
    named = {i for m in mentions if m.actors for i in range(m.start, m.end)}
    places = place_antecedents(mentions)
    resume = 0  # past the last description read
    # most words start no description and are no pronoun: no Token is built for them
    for i in word_indices(doc, firsts | _PRONOUNS | {"the"}):
        if i < resume:
            continue
        token = doc[i]
        word = token.lower_
        body = generic_body(doc, i) if word == "the" and token.idx not in taken else None
        if body is not None:
            end, kind = body
            sentence = sentence_of.get(sentence_start(doc, i))
            out += body_named_before(doc[i:end], doc_id, bodies, sentence, kind)
        elif word == "the" and token.idx not in taken and bare_noun(doc, i):
            # a body told again by its head noun stays in reach from there ("the council")
            told = [*bodies, *((m, m.actors[0]) for m in out if m.label == "NP" and len(m.actors) == 1)]
            out += body_by_head(doc[i:i + 2], doc_id, told, sentence_of.get(sentence_start(doc, i)))
        found = _match_description(doc, i, lexicon.descriptions, firsts, openers) \
            if word in firsts else None
        listed = listed_region(doc, i) if word == "the" and token.idx not in named else None
        if listed is not None and not named & _chars(doc[i:listed[0]]):
            out += _region_states(doc, doc_id, doc[i:listed[0]], listed[1], sentence_of, kb)
            resume = listed[0]
            continue
        if not found and word == "the" and token.idx not in named:
            described = described_state(doc, i, kb.countries)
            if described is not None and not named & _chars(doc[i:described.end]):
                span = doc[i:described.end]
                sentence = sentence_of.get(sentence_start(doc, i))
                picked = pick_described(antecedents, token.idx, sentence, described,
                                        acted_on=span.root.dep_ in ACTED_ON, places=places)
                out += _new(doc_id, span, "NP", sentence, picked, kb)
                resume = described.end
                continue
        if not found and word not in _PRONOUNS:
            continue
        sentence = sentence_of.get(sentence_start(doc, i))
        if found and token.idx not in taken:
            end, count = found
            span = doc[i:end]
            picked = pick_countries(antecedents, token.idx, sentence, count,
                                    acted_on=span.root.dep_ in ACTED_ON, apart=_leaving(span.root),
                                    leaders=span.root.lemma_.lower() in _LEADERS)
            out += _new(doc_id, span, "NP", sentence, picked, kb)
            resume = end
            continue
        if (word in _PRONOUNS and token.idx not in taken
                and not _expletive(token) and not _propositional(token)):
            plural = word in _THEY
            picked = (plural and plural_antecedent(token, mentions)) or pick_salient(
                antecedents, token.idx, sentence, plural=plural)
            if word in _IT and (_after_unknown(token, unknown, picked)
                                or _its_own_subject(token, picked)):
                picked = []
            out += _new(doc_id, doc[i:i + 1], "PRON", sentence, picked, kb)
    return out


def _region_states(doc: Any, doc_id: str, span: Any, codes: frozenset[str],
                   sentence_of: dict[int, int], kb: Any) -> list[Mention]:
    """"The five Central Asian states": the region's states, each its state (GOV)."""
    sentence = sentence_of.get(sentence_start(doc, span.start))
    actors = tuple(Actor(text=span.text, name=kb.country(code).name, country=code, sector="GOV",
                         reason=f"'{span.text}' names all the states of its region")
                   for code in sorted(codes))
    return [Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text,
                    label="NP", sentence=sentence, actors=actors, source="coref")]


def _chars(span: Any) -> set[int]:
    return set(range(span.start_char, span.end_char))


def _leaving(place: Any) -> tuple[int, int] | None:
    """The characters naming who leaves a description's country ("the withdrawal of U.S.
    troops FROM the country", "expelled Polish diplomats from the country", "troops
    withdrew from the country"): those who leave a country are not of it, so it is not
    theirs. The mover is a noun's "of" phrase, else a verb's object, else its subject."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    act = prep.head
    if act.pos_ == "NOUN":
        movers = [o for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
    else:
        movers = ([c for c in act.children if c.dep_ == "dobj"]
                  or [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")])
    if not movers:
        return None
    tokens = [t for m in movers for t in m.subtree]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _unknown_subjects(doc: Any, mentions: Sequence[Mention]) -> list[Any]:
    """Subjects named by a mention nothing resolved ("NISA said ..."): bodies "it" may
    stand for, though no antecedent holds them."""
    out = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if (span is not None and not mention.actors and mention.label in ("ORG", "NORP", "GPE")
                and span.root.dep_ == "nsubj"):
            out.append(span.root)
    return out


def _its_own_subject(token: Any, picked: Sequence[Antecedent]) -> bool:
    """"a year after the RSF seized IT": an object "it" is never the subject of its own
    clause (that would be "itself"), whatever is most salient."""
    if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
        return False
    spans = [(min(t.idx for t in s.subtree), max(t.idx + len(t) for t in s.subtree))
             for s in object_barred_subjects(token)]
    return any(start <= a.start < end for a in picked for start, end in spans)


def _after_unknown(token: Any, unknown: Sequence[Any], picked: Sequence[Antecedent]) -> bool:
    """Whether an unresolved subject of the pronoun's sentence comes after the picked
    antecedent: "NISA said it closed outlets" is NISA's act, not a state's named before."""
    start = token.sent.start
    nearest = max((t.idx for t in unknown if start <= t.i < token.i), default=None)
    return nearest is not None and all(a.start < nearest for a in picked)


def _new(doc_id: str, span: Any, label: str, sentence: int | None,
         picked: list[Antecedent], kb: Any) -> list[Mention]:
    if not picked:
        return []
    sector, cue = _owned_sector(span, kb)
    names = ", ".join(f"'{a.actor.text}' ({a.actor.country})" for a in picked)
    actors = tuple(
        Actor(text=span.text, name=a.actor.name, country=a.actor.country,
              sector=_sector(sector, label, a),
              reason=f"{COPIED_REASON}: coref: '{span.text}' refers back to {names}"
                     + (f" + cue '{cue}'" if cue else ""))
        for a in picked
    )
    return [Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text,
                    label=label, sentence=sentence, actors=actors, source="coref")]


# armed groups that are no state organ: what one owns is its own (not civilians, whose
# "captors" are no civilians; not a party, whose "government" is the state's)
_ORGANIZED = frozenset({"REB", "UAF", "CRM"})


def _sector(owned: str | None, label: str, antecedent: Antecedent) -> str:
    """The owned noun's sector, except that an IGO's or NGO's own offices stay its sector
    ("its Secretary-General"); only its armed bodies take theirs ("its peacekeepers": MIL).
    What an armed group owns is the group's ("the RSF ... ITS leader", "its fighters":
    REB)."""
    group = antecedent.actor.sector
    if owned and antecedent.kind != "igo" and group in _ORGANIZED:
        return group
    if owned and (antecedent.kind != "igo" or owned in ("MIL", "COP")):
        return owned
    return _default_sector(label, antecedent)


def _default_sector(label: str, antecedent: Antecedent) -> str:
    """A pronoun is its antecedent ("the defence ministry ... it": MIL); "the country" is
    the state (GOV); an IGO stays IGO and an NGO NGO."""
    if antecedent.kind == "igo":
        return antecedent.actor.sector or "IGO"
    if label == "PRON" and antecedent.actor.sector:
        return antecedent.actor.sector
    return "GOV"


def _owned_sector(span: Any, kb: Any) -> tuple[str | None, str | None]:
    """The sector of the noun a possessive refers for ("its armed forces" -> MIL)."""
    root = span.root
    if root.dep_ != "poss":
        return None, None
    head = root.head
    if stance_noun(head):
        return None, None  # "its opposition to the plan": the state's stance
    words = [t.text for t in head.lefts if t.dep_ in ("compound", "amod")] + [head.text]
    cue = find_cue(words, kb) or find_cue([head.lemma_], kb)
    return (cue.sector, cue.phrase) if cue else (None, None)
