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
reason naming them. The antecedent choice itself (`pick_*`) is pure and tested without
the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from belli.actors.context import stance_noun
from belli.actors.sectors import NON_STATE_BODIES, find_cue
from belli.nlp.doc_index import doc_text, word_indices
from belli.nlp.lexicon import PhraseLexicon
from belli.nlp.paragraphs import paragraph_of
from belli.records import COPIED_REASON, Actor, Mention
from belli.yamldata import word_list

__all__ = ["Antecedent", "coreferring_mentions", "group_antecedents", "kind_of",
           "object_barred_subjects", "pick_countries", "pick_salient"]

WINDOW_SENTENCES = 2
# how many sentences back a bare head noun ("the council") still finds its body
BODY_WINDOW_SENTENCES = 4
UNBROKEN_WINDOW_SENTENCES = 12
_EXPLETIVE_HEADS = frozenset({
    "be", "seem", "appear", "become", "remain", "take", "come", "happen", "matter", "rain",
    "follow", "turn", "look", "sound", "mean", "cost",
})
_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "advcl", "relcl"})
_IT = frozenset({"it", "its"})
# where a description stands as what its clause acts on, not as who acts
_ACTED_ON = frozenset({"dobj", "pobj", "dative", "iobj"})
_THEY = frozenset({"they", "their", "them", "theirs"})
_PRONOUNS = _IT | _THEY
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# "denied it", "as Armenians call it": the object of a verb of saying or naming is a
# claim or a name, not an actor.
_PROPOSITION_HEADS = frozenset({
    "say", "deny", "call", "confirm", "admit", "announce", "report", "claim", "dispute",
    "acknowledge", "describe", "know", "believe", "consider", "reject", "repeat",
})
# Head words of bodies' names that, bare, more often name something else: "the state"
# is a country or a US state more often than "Islamic State".
_NOT_BODY_HEADS = frozenset({"state"})
# Tokens after a description that show it is not a noun phrase of its own: "the state of
# affairs", "state-owned".
_NOT_A_HEAD_AFTER = frozenset({"of", "-", "–"})


@dataclass(frozen=True, slots=True)
class Antecedent:
    """An actor mention that later text may refer back to."""

    start: int
    sentence: int | None
    actor: Actor
    # "state" | "igo" (a body that is no state: IGO or NGO, `kind_of`) | "owner" (a
    # country inside a group phrase)
    kind: str
    subject: bool = False


def kind_of(actor: Actor) -> str:
    """The antecedent kind of a resolved body: "igo" for an IGO or NGO, else "state"."""
    return "igo" if actor.sector in NON_STATE_BODIES else "state"


def _in_window(a: Antecedent, start: int, sentence: int | None) -> bool:
    if a.start >= start or a.sentence is None or sentence is None:
        return False
    return sentence - WINDOW_SENTENCES <= a.sentence <= sentence


def pick_countries(antecedents: Sequence[Antecedent], start: int, sentence: int | None,
                   count: int, acted_on: bool = False) -> list[Antecedent]:
    """The last `count` distinct countries before `start`, oldest first; [] if too few.
    A description `acted_on` (an object) is none of the subjects of its own sentence:
    "Russia urged the two countries" are not Russia and another."""
    chosen: dict[str, Antecedent] = {}
    for a in sorted(antecedents, key=lambda a: -a.start):
        if not _in_window(a, start, sentence) or a.kind == "igo" or not a.actor.country:
            continue
        if acted_on and a.subject and a.sentence == sentence:
            continue
        chosen.setdefault(a.actor.country, a)
        if len(chosen) == count:
            return sorted(chosen.values(), key=lambda a: a.start)
    return []


def pick_salient(antecedents: Sequence[Antecedent], start: int, sentence: int | None,
                 plural: bool = False) -> list[Antecedent]:
    """The salient referent(s) of a pronoun: see the module docstring; [] when unclear."""
    usable = [a for a in antecedents if _in_window(a, start, sentence) and a.kind != "owner"]
    for back in range(WINDOW_SENTENCES + 1):
        target = None if sentence is None else sentence - back
        here = [a for a in usable if a.sentence == target]
        if not here:
            continue
        subjects = [a for a in here if a.subject] or ([] if plural else here[-1:])
        if back == 0 and not plural:
            # in its own sentence: the subject before it, else the nearest name before it
            subjects = [a for a in here if a.subject][-1:] or here[-1:]
        countries = {a.actor.country for a in subjects}
        if plural:
            return subjects if len(countries) >= 2 else []
        return subjects[-1:] if len(countries) == 1 else []
    return []


# singular nouns: a body "it" can stand for ("the regional government ... it")
_SINGULAR = frozenset({"NN", "NNP"})


def group_antecedents(mentions: Sequence[Mention], spans: Sequence[Any],
                      antecedents: Sequence[Antecedent]) -> list[Antecedent]:
    """The antecedents plus the bodies a whole mention names, however they were resolved
    (the sentence's state, the scene, an institution's own entry): "The regional
    government said it ..." is the government, not a state named before. A name inside a
    phrase stays an owner ("Iraqi" in "Iraqi troops")."""
    named = {a.start for a in antecedents if a.kind != "owner"}
    bodies = {m.start: _body(m, s) for m, s in zip(mentions, spans, strict=True)
              if m.start not in named}
    kept = [a for a in antecedents if bodies.get(a.start) is None]
    found = [b for b in bodies.values() if b is not None]
    return sorted([*kept, *found], key=lambda a: a.start)


def _body(mention: Mention, span: Any) -> Antecedent | None:
    """A singular body with a country and a sector: an antecedent for "it"."""
    if span is None or len(mention.actors) != 1 or mention.label == "PERSON":
        return None  # coordinated states keep one antecedent each
    actor = mention.actors[0]
    if (actor.is_location or actor.person or actor.role or not actor.country
            or actor.sector is None or span.root.tag_ not in _SINGULAR):
        return None
    return Antecedent(start=mention.start, sentence=mention.sentence, actor=actor,
                      kind=kind_of(actor),
                      subject=span.root.dep_ in ("nsubj", "nsubjpass"))


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


def _match_description(doc: Any, i: int, descriptions: dict[str, int],
                       firsts: frozenset[str]) -> tuple[int, int] | None:
    """(end token, count) of a country description starting at token i."""
    if doc[i].lower_ not in firsts:
        return None  # most tokens: one set lookup, no slicing
    for size in (3, 2):
        if i + size <= len(doc):
            text = " ".join(doc[j].lower_ for j in range(i, i + size))
            if text in descriptions:
                end = i + size
                return None if _modifies_something(doc, end) else (end, descriptions[text])
    return None


def _modifies_something(doc: Any, end: int) -> bool:
    """Whether the description's last word qualifies another ("the country music festival")."""
    last = doc[end - 1]
    if last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end:
        return True
    return end < len(doc) and doc[end].lower_ in _NOT_A_HEAD_AFTER


def coreferring_mentions(doc: Any, doc_id: str, mentions: Sequence[Mention],
                         antecedents: Sequence[Antecedent], lexicon: PhraseLexicon,
                         kb: Any) -> list[Mention]:
    """New mentions for the descriptions and pronouns that refer back to actors."""
    taken = {i for m in mentions if m.label not in ("CARDINAL", "ORDINAL")
             for i in range(m.start, m.end)}
    sentence_of = {s.start: n for n, s in enumerate(doc.sents)}
    out: list[Mention] = []
    firsts = frozenset(d.split()[0] for d in lexicon.descriptions)
    unknown = _unknown_subjects(doc, mentions)
    bodies = _named_bodies(doc, mentions)
    resume = 0  # past the last description read
    # most words start no description and are no pronoun: no Token is built for them
    for i in word_indices(doc, firsts | _PRONOUNS | {"the"}):
        if i < resume:
            continue
        token = doc[i]
        word = token.lower_
        if word == "the" and token.idx not in taken and _generic_body(doc, i):
            out += _body_named_before(doc[i:i + 2], doc_id, bodies, sentence_of.get(token.sent.start))
        elif word == "the" and token.idx not in taken and _bare_noun(doc, i):
            # a body told again by its head noun stays in reach from there ("the council")
            told = [*bodies, *((m, m.actors[0]) for m in out if m.label == "NP" and len(m.actors) == 1)]
            out += _body_by_head(doc[i:i + 2], doc_id, told, sentence_of.get(token.sent.start))
        found = _match_description(doc, i, lexicon.descriptions, firsts) if word in firsts else None
        if not found and word not in _PRONOUNS:
            continue
        sentence = sentence_of.get(token.sent.start)
        if found and token.idx not in taken:
            end, count = found
            span = doc[i:end]
            picked = pick_countries(antecedents, token.idx, sentence, count,
                                    acted_on=span.root.dep_ in _ACTED_ON)
            out += _new(doc_id, span, "NP", sentence, picked, kb)
            resume = end
            continue
        if (word in _PRONOUNS and token.idx not in taken
                and not _expletive(token) and not _propositional(token)):
            plural = word in _THEY
            picked = (plural and _plural_antecedent(token, mentions)) or pick_salient(
                antecedents, token.idx, sentence, plural=plural)
            if word in _IT and _after_unknown(token, unknown, picked):
                picked = []
            out += _new(doc_id, doc[i:i + 1], "PRON", sentence, picked, kb)
    return out


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of data/coref.yaml (generic body nouns, the sectors of state organs)."""
    return word_list("belli.actors", "coref.yaml", key)


def _generic_body(doc: Any, i: int) -> bool:
    """Whether "the" starts a bare generic body noun: "THE GROUP said", not "the group of
    seven" nor "the Wagner group"."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in _words("body_nouns") or doc[i + 1].tag_ != "NN":
        return False
    noun = doc[i + 1]
    return [t.i for t in noun.lefts] == [i] and not _modifies_something(doc, i + 2)


def _bare_noun(doc: Any, i: int) -> bool:
    """Whether "the" starts a bare singular noun that is a phrase of its own: "told THE
    COUNCIL", not "the council chamber" nor "the city council"."""
    if i + 1 >= len(doc) or doc[i + 1].tag_ != "NN" or doc[i + 1].lower_ in _NOT_BODY_HEADS:
        return False
    noun = doc[i + 1]
    return [t.i for t in noun.lefts] == [i] and not _modifies_something(doc, i + 2)


def _body_by_head(span: Any, doc_id: str, bodies: Sequence[tuple[Mention, Actor]],
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


def _named_bodies(doc: Any, mentions: Sequence[Mention]) -> list[tuple[Mention, Actor]]:
    """The mentions that name one body by its name ("al-Shabab", "NATO"), not a state or
    one of its organs."""
    out = []
    for mention in mentions:
        actor = mention.actors[0] if len(mention.actors) == 1 else None
        if (actor is None or mention.label in _PLACES or actor.is_location or actor.person
                or actor.sector in _words("state_organs")):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.pos_ == "PROPN" and actor.country:
            out.append((mention, actor))
    return out


def _body_named_before(span: Any, doc_id: str, bodies: Sequence[tuple[Mention, Actor]],
                       sentence: int | None) -> list[Mention]:
    """"Al-Shabab claimed the blast. THE GROUP ...", "NATO met. THE ALLIANCE ...": the
    nearest body named in the window, whatever its sector."""
    before = _within(bodies, span, sentence)
    if not before:
        return []
    # the nearest, in whatever order the bodies come (of two at one offset, the later)
    mention, actor = max(reversed(before), key=lambda pair: pair[0].start)
    return [_copied(span, doc_id, sentence, actor,
                    f"'{span.text}' refers back to '{mention.text}' ({actor.country})")]


def _plural_antecedent(token: Any, mentions: Sequence[Mention]) -> list[Antecedent]:
    """"They", "their": the plural subject of its clause; "them", an object, is never that
    subject (that would be "themselves"), so the nearest plural phrase before it in its
    own sentence: "police detained protesters and beat THEM"."""
    if token.lower_ == "them" and token.dep_ in _ACTED_ON:
        return _plural_before(token, mentions)
    return _bound_subject(token, mentions)


def _plural_before(token: Any, mentions: Sequence[Mention]) -> list[Antecedent]:
    """The actors of the nearest plural noun phrase before the token in its sentence, the
    subjects its verb shares (`object_barred_subjects`) left out."""
    subjects = [*object_barred_subjects(token), _subject_before(token)]
    barred = [range(s.left_edge.idx, s.idx + 1) for s in subjects if s is not None]
    doc, start = token.doc, token.sent.start_char
    for mention in sorted(mentions, key=lambda m: -m.start):
        if not start <= mention.start < token.idx or any(mention.start in r for r in barred):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        actors = [a for a in mention.actors if not a.is_location and not a.person]
        if span is not None and span.root.tag_ in ("NNS", "NNPS") and actors:
            return [Antecedent(start=mention.start, sentence=mention.sentence, actor=a,
                               kind=kind_of(a)) for a in actors]
    return []


# links along which a verb shares the subject of the verb above it ("vowed to CRUSH",
# "detained protesters and BEAT")
_SHARED_SUBJECT = frozenset({"xcomp", "conj"})


def object_barred_subjects(pronoun: Any) -> list[Any]:
    """The subjects an object "them" can never be (that would be "themselves"): of its
    verb and of every verb up the xcomp and conj chain. A conjunct under a reported clause
    ("said rebels attacked X, and vowed to crush THEM") may be the teller's own: its
    subject is barred too, as the parse cannot tell which it is."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects, conjoined = _subjects(verb), False
    while verb.dep_ in _SHARED_SUBJECT and verb.head is not verb:
        conjoined |= verb.dep_ == "conj"
        verb = verb.head
        subjects += _subjects(verb)
    if conjoined and verb.dep_ == "ccomp":
        subjects += _subjects(verb.head)
    return subjects


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _bound_subject(token: Any, mentions: Sequence[Mention]) -> list[Antecedent]:
    """"The G7 countries affirmed THEIR support", "rebel leaders said THEY would": a plural
    pronoun after the plural subject of its clause (or of the clause that tells it) is
    that subject, whatever its sector, even with one country."""
    subject = _subject_before(token)
    if subject is None or subject.tag_ not in ("NNS", "NNPS"):
        return []
    start, end = subject.left_edge.idx, subject.idx + len(subject.text)
    return [Antecedent(start=m.start, sentence=m.sentence, actor=a,
                       kind=kind_of(a), subject=True)
            for m in mentions if start <= m.start and m.end <= end
            for a in m.actors if a.country and not a.is_location and not a.person]


def _subject_before(token: Any) -> Any | None:
    """The subject, before the token, of the nearest clause above it that has one."""
    for verb in token.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
        if subjects:
            return subjects[0]
    return None


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


def _sector(owned: str | None, label: str, antecedent: Antecedent) -> str:
    """The owned noun's sector, except that an IGO's or NGO's own offices stay its sector
    ("its Secretary-General"); only its armed bodies take theirs ("its peacekeepers": MIL)."""
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
