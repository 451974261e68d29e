"""Where the text places a group that has no country of its own.

`belli.actors.document.domestic` finds a group a state holds ("the rebel group", "Shona
rebels", "police") and asks here for its country, the first way the text gives one: where
it is based, a member the text places, the place it is in, the scene, the same group or
body told a few sentences before, the one state of its sentence or of the sentence before.
`sentence_country` also serves a person with an office and no country of their own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from belli.actors.context import forms
from belli.actors.scene import SCENE_SECTORS, member_country, scene_country
from belli.actors.sectors import COMMANDING_VERBS, STATE_FORCES, STATE_ORGANS
from belli.actors.topics import talked_about
from belli.nlp.doc_index import doc_text
from belli.nlp.paragraphs import dateline_before, paragraph_of
from belli.records import Mention
from belli.yamldata import word_list

__all__ = [
    "FOREIGN_WHERE",
    "SENTENCE_ONLY",
    "SentenceStates",
    "foreign_counterpart",
    "foreign_words",
    "group_country",
    "object_country",
    "passage_country",
    "placed_in",
    "sentence_country",
    "serves_abroad",
    "several_states",
]

# how a foreign group is placed (`foreign_counterpart`, by `belli.actors.document`); the
# events layer keeps a country placed so, where it drops one copied from the sentence
FOREIGN_WHERE = "as the one foreign military the document names:"
# words before a group's head that set it apart from the country it is in: "FOREIGN
# troops", "COALITION forces", "a MULTINATIONAL force"; not the head ("the ruling coalition")
_FOREIGN = frozenset({"foreign", "international", "multinational", "coalition", "allied",
                      "overseas", "western"})
# cues of groups that serve in a state not their own: "peacekeepers in Lebanon" do not
# take the country of the place they are in (belli.actors.document, belli.events)
_FOREIGN_BY_NATURE = ("peacekeep",)


def serves_abroad(words: str) -> bool:
    """Whether a group's words name one that serves in a state not its own
    ("peacekeepers", "two peacekeepers", "peacekeeping troops")."""
    text = words.lower()
    return any(cue in text for cue in _FOREIGN_BY_NATURE)

# the way a group is placed only by its sentence's one country: its actor is marked
# `sentence_only`, for the events layer to undo where the country is a verdict's speaker's
SENTENCE_ONLY = "in a sentence naming only"


def group_country(i: int, mentions: list[Mention], spans: list[Any], kb: Any, sector: str,
                  scenes: dict[int, str],
                  sentence_states: SentenceStates | None = None) -> tuple[str, str] | None:
    """(the country, how the text places the group there), the first way that works.
    `sentence_states` is the document's `SentenceStates`, built here where the caller has none."""
    mention, span = mentions[i], spans[i]
    own = sector in SCENE_SECTORS  # a place's own people may be placed by where they are
    ways = [
        ("based in", lambda: _based_in(span, mentions, spans)),
        ("as the forces its commander orders:",
         lambda: _commanded(span, mentions, spans, kb) if sector in STATE_FORCES else None),
        ("with a member of", lambda: member_country(span, mentions, spans, kb.countries)),
        ("placed in", lambda: placed_in(span, mentions, spans) if own else None),
        ("in a scene set in", lambda: scene_country(mention, span, scenes) if own else None),
        ("as told a few sentences before:", lambda: _named_before(i, mentions, spans, sector)),
        ("as the body named a few sentences before:", lambda: _body_before(i, mentions, spans, sector)),
        ("as the forces of the leader the sentence tells of:",
         lambda: _leaders_forces(span, mentions, spans, kb) if sector in STATE_FORCES else None),
        (SENTENCE_ONLY, lambda: sentence_country(mention, span, mentions, kb, spans)),
        ("after a sentence naming only", lambda: passage_country(
            mention, span, sentence_states or SentenceStates.of(mentions, spans, kb))
            if _body_name(mention, span) else None),
        ("as the state's own organ in a story mostly about", lambda: _story_state(
            mention, span, sector, sentence_states or SentenceStates.of(mentions, spans, kb))),
    ]
    return next(((c, where) for where, way in ways if (c := way()) is not None), None)


def several_states(span: Any) -> bool:
    """Whether a group is several states' by its own words (data/features.yaml): a region
    ("European leaders", "Western politicians") or the plural of a body each state has one
    of ("national governments"): it has no one country."""
    regions = word_list("belli.actors", "features.yaml", "regions")
    root = span.root
    return (any(t.lower_ in regions for t in span if t.i < root.i)
            or (root.tag_ == "NNS" and root.lemma_.lower() in word_list(
                "belli.actors", "features.yaml", "one_per_state")))


def foreign_words(span: Any, cue: str) -> bool:
    """Whether a group's own words call it foreign ("foreign troops", "allied forces");
    not where the word belongs to its cue ("the foreign ministry" is the state's own)."""
    own = set(cue.lower().split())
    return any(t.lower_ in _FOREIGN and t.lower_ not in own and not _ruling(t)
               for t in span if t.i < span.root.i)


def _ruling(token: Any) -> bool:
    """"the RULING coalition('s lawmakers)": the governing parties at home, not allies."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("ruling", "governing")


def foreign_counterpart(mention: Mention, mentions: list[Mention], kb: Any,
                        states: SentenceStates) -> str | None:
    """The one state, other than those of the group's sentence and the document's main
    one, whose military the document names by its own words ("U.S. troops", "the French
    army"): who "foreign troops" in that country are. None where it names no other, or
    several: the group stays without a country rather than take the host's."""
    main = states.main()
    host = set(states.of_sentence(mention.sentence) if mention.sentence is not None else ())
    host |= {main} if main else set()
    armies = {a.country for m in mentions for a in m.actors
              if a.sector == "MIL" and a.country in kb.countries and not a.is_copied
              and not a.person and a.country not in host}
    return next(iter(armies)) if len(armies) == 1 else None


# participles that say where a group has its seat ("a terror group based in Trinidad");
# not "stationed" or "deployed": troops sent abroad stay their own country's
_SEATED = frozenset({"base", "based", "headquarter", "headquartered"})


def _based_in(span: Any, mentions: list[Mention], spans: list[Any]) -> str | None:
    """The country of the place a group is based in, when the text says so."""
    preps = [p for acl in span.root.children if acl.dep_ == "acl" and forms(acl) & _SEATED
             for p in acl.children if p.dep_ == "prep" and p.lower_ in ("in", "at")]
    return object_country(preps, mentions, spans)


# who leads a state, and the verbs by which a leader praises its own forces (it orders
# them with `COMMANDING_VERBS`)
_LEADING = frozenset({"GOV", "MIL"})
_PRAISING = frozenset({"praise", "thank", "hail", "commend", "salute", "congratulate"})
# auxiliaries of what the forces are to do, as their leader tells it
_WILL = frozenset({"will", "would", "shall"})


def _commanded(span: Any, mentions: list[Mention], spans: list[Any], kb: Any) -> str | None:
    """"Netanyahu ORDERED the army to intensify strikes on Gaza", "Putin ordered troops to
    pull back": forces a state's leader or government orders are its own, whatever other
    state the sentence names (the leader, a person, places no group by the sentence
    alone); not forces the UN orders."""
    root = span.root
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in COMMANDING_VERBS:
        return None
    return _leading_state(root.head, mentions, spans, kb)


def _leaders_forces(span: Any, mentions: list[Mention], spans: list[Any], kb: Any) -> str | None:
    """"Erdogan said THE MILITARY would launch an operation in Syria", "Modi praised THE
    ARMED FORCES": unnamed forces a state's leader (a known person of its government or
    army, the sentence's subject) praises, or tells what they will do, are that state's.
    Not forces placed by a phrase of their own ("the military IN Taiwan"), nor those the
    leader urges or condemns (which may be anyone's), and only where no sentence before
    named them (that reading comes first)."""
    root, top = span.root, span.root.sent.root
    if any(c.dep_ == "prep" for c in root.children):
        return None
    told = root.dep_ == "nsubj" and root.head.dep_ == "ccomp" and root.head.head == top \
        and any(c.dep_ == "aux" and c.lower_ in _WILL for c in root.head.children)
    praised = root.dep_ == "dobj" and root.head == top and top.lemma_.lower() in _PRAISING
    return _leading_state(top, mentions, spans, kb, person=True) if told or praised else None


def _leading_state(verb: Any, mentions: list[Mention], spans: list[Any], kb: Any,
                   person: bool = False) -> str | None:
    """The state whose leader, government or army (a `person` only, where asked) is the
    verb's subject."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "Kim inspected a destroyer and ORDERED the navy ..."
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "the North's leader, KIM JONG UN, ordered": the subject or the name beside it
    heads = [*subjects[:1], *(c for s in subjects[:1] for c in s.children if c.dep_ == "appos")]
    found = next((a for h in heads if (a := _actor_at(h, mentions, spans)) is not None), None)
    if found is None or found.sector not in _LEADING or found.country not in kb.countries:
        return None
    return found.country if found.person or not person else None


def _actor_at(token: Any, mentions: list[Mention], spans: list[Any]) -> Any:
    """The first actor with a country of the mention that holds the token, or None."""
    for j, other in enumerate(spans):
        if other is not None and other.start <= token.i < other.end:
            return next((a for a in mentions[j].actors if a.country), None)
    return None


# prepositions that put a place's own people where they are ("mosques across Turkey")
_WITHIN = frozenset({"in", "across", "throughout", "inside"})


def placed_in(span: Any, mentions: list[Mention], spans: list[Any]) -> str | None:
    """The country of the place right after a group's head: "opposition candidates in
    Kenya", "police in Lagos". It places only a place's own people (`SCENE_SECTORS`):
    troops and officials "in" a country are as often foreign to it; for peacekeepers it
    says which country is not theirs."""
    preps = [p for p in span.root.children if p.dep_ == "prep" and p.lower_ in _WITHIN]
    return object_country(preps, mentions, spans)


def object_country(preps: list[Any], mentions: list[Mention], spans: list[Any]) -> str | None:
    """The first country of a mention that holds an object of one of the prepositions."""
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    # most groups: no object, no mention to look for (a long document has many)
    found = next((a for a in (_actor_at(o, mentions, spans) for o in objects) if a), None)
    return found.country if found is not None else None


# how many sentences back a bare group noun still names the group told before
_LOOKBACK = 4


def _named_before(i: int, mentions: list[Mention], spans: list[Any], sector: str) -> str | None:
    """The country of the same group told a few sentences before, by the same head noun
    and sector: "Israeli police fired tear gas ... threw rocks at police". Only a bare
    noun: a modifier makes it another group ("the regional government")."""
    here, root = mentions[i], spans[i].root
    if any(t.dep_ not in ("det", "punct") for t in root.lefts):
        return None
    lemma = root.lemma_.lower()
    for j in range(i - 1, -1, -1):
        other, span = mentions[j], spans[j]
        if _sentences_apart(here, other) > _LOOKBACK:
            return None
        actor = other.actors[0] if other.actors else None
        if (span is not None and actor is not None and actor.country and actor.sector == sector
                and not actor.person and span.root.lemma_.lower() == lemma):
            return actor.country
    return None


def _body_before(i: int, mentions: list[Mention], spans: list[Any], sector: str) -> str | None:
    """The country of the nearest body named a few sentences before in the same sector,
    for a definite bare group noun: "Hamas fired rockets ... THE MILITANTS also attacked".
    "The" refers back; "militants" alone may be anyone's."""
    here, root = mentions[i], spans[i].root
    lefts = [t for t in root.lefts if t.dep_ != "punct"]
    if [t.lower_ for t in lefts] != ["the"]:
        return None
    for j in range(i - 1, -1, -1):
        other, span = mentions[j], spans[j]
        if _sentences_apart(here, other) > _LOOKBACK:
            return None
        actor = other.actors[0] if len(other.actors) == 1 else None
        if (span is not None and actor is not None and actor.country and actor.sector == sector
                and not actor.person and span.root.pos_ == "PROPN" and other.label != "GPE"):
            return actor.country
    return None


def _sentences_apart(one: Mention, other: Mention) -> int:
    if one.sentence is None or other.sentence is None:
        return 0
    return one.sentence - other.sentence


def news_outlet(mention: Mention, span: Any) -> bool:
    """A named news outlet ("told VOA", "Reuters reported"): where it publishes is not
    where the story's groups are."""
    return (any(a.sector == "JRN" for a in mention.actors)
            and span is not None and span.root.pos_ == "PROPN")


def named_outlet(mention: Mention, doc: Any) -> bool:
    """`news_outlet`, for a reader with the parsed document rather than the mention's span."""
    if not any(a.sector == "JRN" for a in mention.actors):
        return False  # most mentions: no span to build
    return news_outlet(mention, doc.char_span(mention.start, mention.end, alignment_mode="expand"))


def sentence_country(mention: Mention, span: Any, mentions: list[Mention], kb: Any,
                     spans: list[Any]) -> str | None:
    """The one state the other mentions of the sentence (and of a dateline just before
    it) name, or None. Organizations (UN, IMG) are no state, and named people are left
    out, and so is a person by office alone whom the verb acts on: a counterpart from
    abroad is often named beside the official ("President X welcomed South African leader
    Y", "Defense Secretary X met the Saudi crown prince"); so is a go-between ("agreed,
    through Qatari mediators"), and a state talked about ("held talks on Myanmar")."""
    sentences = {mention.sentence}
    if mention.sentence is not None and span is not None and dateline_before(span.sent) is not None:
        sentences.add(mention.sentence - 1)
    countries = {a.country for m, s in zip(mentions, spans, strict=True)
                 if m.sentence in sentences and m is not mention and not _go_between(s)
                 and not _aimed_at(m, s) and not _counterpart(m, s) and not talked_about(s)
                 and not news_outlet(m, s) and not _supplier(s)
                 for a in m.actors if a.country and a.country in kb.countries and not a.person}
    return next(iter(countries)) if len(countries) == 1 else None


@dataclass(frozen=True, slots=True)
class SentenceStates:
    """By sentence number: the states its mentions name (people left out, as above) and
    where the sentence of its first mention with a span starts. Built once per document,
    so a group looking a few sentences back does not rescan every mention."""

    states: dict[int, frozenset[str]]
    starts: dict[int, int]

    @classmethod
    def of(cls, mentions: list[Mention], spans: list[Any], kb: Any) -> SentenceStates:
        states: dict[int, set[str]] = {}
        starts: dict[int, int] = {}
        for mention, span in zip(mentions, spans, strict=True):
            if mention.sentence is None:
                continue
            if span is not None and mention.sentence not in starts:  # span.sent costs a scan
                starts[mention.sentence] = span.sent.start_char
            states.setdefault(mention.sentence, set()).update(
                a.country for a in mention.actors
                if a.country and a.country in kb.countries and not a.person
                and not news_outlet(mention, span))
        return cls({n: frozenset(found) for n, found in states.items()}, starts)

    def of_sentence(self, sentence: int) -> frozenset[str]:
        """The states a sentence names, none where it names no state."""
        return self.states.get(sentence, frozenset())

    def main(self) -> str | None:
        """The state the most sentences name, None on a tie."""
        counts = Counter(c for found in self.states.values() for c in found)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]


def _story_state(mention: Mention, span: Any, sector: str, index: SentenceStates) -> str | None:
    """"THE GOVERNMENT has denied the allegations", in a sentence that names no state: a
    definite bare organ of a state is the state's the story is mostly about, which wire
    copy names once and then calls by its organs; its armed organs, where the paragraph
    names it. Not a court, which is as often an international one ("the court had not
    accepted Armenia's claim")."""
    if sector not in STATE_ORGANS or sector == "JUD" or mention.sentence is None \
            or index.of_sentence(mention.sentence):
        return None
    lefts = [t.lower_ for t in span.root.lefts if t.dep_ != "punct"]
    main = index.main() if lefts == ["the"] and span.root.tag_ == "NN" else None
    if main is None or sector == "GOV":
        return main
    # armed organs only where the paragraph named the state before: a story about
    # Thailand may tell of "a stronghold of the junta" across the border
    paragraph = paragraph_of(doc_text(span.doc), span.sent.start_char, span.sent.end_char)
    named = any(main in index.of_sentence(n) for n, start in index.starts.items()
                if paragraph[0] <= start < span.sent.start_char)
    return main if named else None


def _body_name(mention: Mention, span: Any) -> bool:
    return mention.sentence is not None and span is not None and span.root.pos_ == "PROPN"


def passage_country(mention: Mention, span: Any, index: SentenceStates) -> str | None:
    """The one state of the nearest sentence before, in the same paragraph and a few
    sentences back, that names any, where the group's own sentence names none: "Militants
    attacked a train in Pakistan. ... The Liberation Army claimed the attack." Wire copy
    names the state once and its parties by name from then on. Only a body's name
    (`_body_name`) or a person with a stated office (`belli.actors.document.only_country`):
    a common noun ("workers", "forces") is as often another country's people."""
    if mention.sentence is None or index.of_sentence(mention.sentence):
        return None
    paragraph = paragraph_of(doc_text(span.doc), span.sent.start_char, span.sent.end_char)
    for n in range(mention.sentence - 1, max(mention.sentence - _LOOKBACK, 0) - 1, -1):
        start = index.starts.get(n)
        if start is not None and start < paragraph[0]:
            return None
        states = index.of_sentence(n)
        if states:
            return next(iter(states)) if len(states) == 1 else None
    return None


# prepositions that aim an act at a place from elsewhere ("fired rockets at Tel Aviv");
# not "on", "into" or a direct object, which as often name a group's own town
# ("militants attacked Peshawar", "marched into the capital")
_AIMED = frozenset({"at", "against", "toward", "towards"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _aimed_at(mention: Mention, span: Any) -> bool:
    """Whether a place is what an act is aimed at: its country is the target's, no clue
    to the doer's."""
    if span is None or mention.label not in _PLACE_LABELS or not all(
            a.is_location for a in mention.actors):
        return False  # a state acted against is still a party ("measures against Armenia")
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in _AIMED and prep.head.pos_ == "VERB"


# where a person stands as the one a verb acts on or meets ("met THE SAUDI CROWN PRINCE",
# "talks with the Iranian president", "spoke to Turkey's foreign minister")
_COUNTERPART_DEPS = frozenset({"dobj", "dative", "iobj"})
_COUNTERPART_PREPS = frozenset({"with", "to"})


def _counterpart(mention: Mention, span: Any) -> bool:
    """Whether a person mention is the counterpart of a verb, not a source of the report
    ("according to the Pakistani interior secretary" still places the sentence)."""
    if span is None or mention.label != "PERSON":
        return False
    root = span.root
    if root.dep_ in _COUNTERPART_DEPS:
        return True
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in _COUNTERPART_PREPS
            and prep.head.lower_ != "according")


# participles of making or handing over: "rockets SUPPLIED BY Iran", "drones MADE IN Turkey"
_SUPPLYING = frozenset({"supply", "provide", "deliver", "donate", "give", "send", "sell",
                        "ship", "export", "make", "build", "manufacture", "produce", "design"})


def _supplier(span: Any) -> bool:
    return span is not None and names_supplier(span.root)


def names_supplier(token: Any) -> bool:
    """Whether a word names who made or gave a thing ("militants struck the base with
    rockets supplied by Iran"): a third party, no clue to the country of who uses it."""
    while token.dep_ in ("compound", "det", "amod", "flat") and token.head is not token:
        token = token.head
    participle = token.head.head if token.dep_ == "pobj" else None
    return (participle is not None and token.head.lower_ in ("by", "in", "from")
            and participle.dep_ == "acl" and participle.lemma_.lower() in _SUPPLYING)


def _go_between(span: Any) -> bool:
    """Whether a mention is what something passes through: "through Russian mediators",
    "via Turkey"."""
    return span is not None and any(t.dep_ == "prep" and t.lower_ in ("through", "via")
                                    for t in span.root.ancestors)
