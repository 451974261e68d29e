"""Actor phrases: one entity for a whole actor noun phrase, not just its name.

The model tags "Azerbaijani" in "Azerbaijani armed forces" as NORP; an analyst wants the
actor "Azerbaijani armed forces" (AZE MIL). `ActorPhrases` runs after the entity ruler and
widens a country, demonym or organization entity to the noun phrase it owns when that
phrase is headed by an actor noun (data/phrases.yaml plus the knowledge base's sector
cues):

* left owners: "Azerbaijan's defence ministry", "Russian peacekeepers", "the CSTO's
  Secretary General", coordinated "Azerbaijani and Turkish armed forces";
* titles with a name: "Turkey's President Recep Tayyip Erdoğan", "the Iranian foreign
  ministry spokesman Said Khatibzadeh" (the phrase takes the name along);
* right owners: "the government of Iraq", "rebels in the Ivory Coast" (but not "troops in
  Syria": foreign-presence nouns are only somewhere, they do not belong there).

A phrase naming one person becomes PERSON, any other ORG; its span id is "phrase:<id of
the name's entity>" so later stages see where it came from. "Armenia's ambassador to
France" becomes "Armenia's ambassador" plus "France": the phrase never swallows another
actor's name unless the two are coordinated.

Three more kinds of actor mention carry no country name:

* offices in title case, with their portfolio and the holder's name: "the Foreign
  Secretary", "Minister for the Middle East Tobias Ellwood" (PERSON);
* a leader's regime or government: "the Assad regime", "Assad's regime" (ORG);
* nominal groups (data/phrases.yaml `nominal_groups`): "Coalition military forces", "the
  regime", "security forces", "the insurgents" (ORG, span id "phrase:nominal").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from belli.nlp.lexicon import PhraseLexicon, load_lexicon

__all__ = ["COREF_OWNERS", "ActorPhrases", "phrase_bounds"]

ANCHOR_LABELS = frozenset({"GPE", "NORP", "ORG"})
_STATE_BODY_IDS = ("igo:", "institution:", "country:", "metonym:", "adjective:", "demonym:")
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nn"})
_MAX_TITLE_GAP = 3
# entities a phrase may hold besides its anchor: coordinated names, the person titled
_INNER_LABELS = ANCHOR_LABELS | {"PERSON"}
# words that qualify an office in title case ("Foreign Secretary", "Deputy Prime Minister")
_TITLE_MODIFIERS = frozenset({
    "foreign", "defence", "defense", "home", "interior", "state", "deputy", "vice", "chief",
    "prime", "senior", "special", "high", "first", "justice", "finance", "trade", "energy",
    "health", "economy", "attorney", "supreme", "acting", "executive", "permanent",
})
_INNER_PUNCT = frozenset({"'s", "’s", "'", "’", "-", ",", "–"})


@dataclass(frozen=True, slots=True)
class Bounds:
    """A phrase over tokens [start, end) and the token that heads it."""

    start: int
    end: int
    head: int


def _head_text(token: Token) -> list[str]:
    """The head as written, with one and two compound words before it."""
    words = [token.lower_, token.lemma_.lower()]
    left = token.i - 1
    if left >= 0 and token.doc[left].dep_ in ("compound", "amod") and token.doc[left].head == token:
        words.append(f"{token.doc[left].lower_} {token.lower_}")
    return words


def _is_head(token: Token, lexicon: PhraseLexicon) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(w in lexicon.heads for w in _head_text(token))


def _left_owner_head(anchor: Span) -> Token | None:
    """The noun this entity modifies from the left ("Russian" -> "peacekeepers")."""
    root = anchor.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "Azerbaijani and Turkish forces": the first conjunct's head
    if root.dep_ not in _MODIFIER_DEPS or root.head.i < anchor.end:
        return None
    head = root.head
    # climb noun compounds: "Iranian [foreign ministry] spokesman"
    while head.dep_ == "compound" and head.head.i > head.i and head.head.i - head.i <= 3:
        head = head.head
    return head


def _right_owner_head(anchor: Span, lexicon: PhraseLexicon) -> Token | None:
    """The group noun this entity owns from the right ("the government of Iraq")."""
    root = anchor.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in lexicon.owner or prep.head.i >= prep.i:
        return None
    head = prep.head
    if prep.lower_ != "of" and _present_only(head, lexicon):
        return None
    if any(child.dep_ in _MODIFIER_DEPS and child.ent_type_ in ANCHOR_LABELS
           for child in head.lefts):
        return None  # "Russian troops in Syria": the left owner already says whose
    return head


def _is_anchor(ent: Span, state_words: frozenset[str]) -> bool:
    """Names that own actor phrases: places and peoples, organizations the knowledge base
    knows as states' bodies or IGOs ("NATO", "the CSTO"), and organizations named after a
    state ("British Defence", "French National Assembly"). A company's name is not
    extended ("Apple CEO Steve Jobs" stays "Apple" + "Steve Jobs")."""
    if ent.label_ in ("GPE", "NORP"):
        return True
    if ent.label_ == "LOC":
        # a region the knowledge base places in a country: "inhabitants of the Golan Heights"
        return ent.id_.startswith("place:") and ent.id_ != "place:"
    if ent.label_ != "ORG":
        return False
    return ent.id_.startswith(_STATE_BODY_IDS) or ent[0].text in state_words


def _present_only(head: Token, lexicon: PhraseLexicon) -> bool:
    """A noun that can be somewhere without belonging there ("troops in Syria").

    A compound naming a domestic body overrides its last word: "security forces in
    Guinea" are Guinea's.
    """
    words = _head_text(head)
    if len(words) > 2 and words[2] in lexicon.groups and words[2] not in lexicon.foreign_presence:
        return False
    return any(w in lexicon.foreign_presence or w in lexicon.persons for w in words)


def _span_ok(doc: Doc, start: int, end: int, anchor: Span) -> bool:
    """No sentence break, no stray punctuation, no other entity unless coordinated."""
    if doc[start].sent != doc[end - 1].sent:
        return False
    for token in doc[start:end]:
        if token.is_punct and token.text not in _INNER_PUNCT:
            return False
        inside_anchor = anchor.start <= token.i < anchor.end
        if token.ent_type_ and not inside_anchor and token.ent_type_ not in _INNER_LABELS:
            return False
    return doc[end - 1].text not in _INNER_PUNCT


def phrase_bounds(anchor: Span, lexicon: PhraseLexicon) -> Bounds | None:
    """The actor phrase an anchor entity heads, or None when it heads none."""
    doc = anchor.doc
    head = _left_owner_head(anchor)
    if head is not None and not (_is_head(head, lexicon) or head.ent_type_ == "PERSON"):
        head = None
    if head is not None:
        start, end = anchor.start, head.i + 1
    else:
        head = _right_owner_head(anchor, lexicon)
        if head is None or not _is_head(head, lexicon):
            return None
        start = min((t.i for t in head.lefts if t.dep_ in ("compound", "amod")), default=head.i)
        start, end = min(start, head.i), anchor.end
    end = _take_name(doc, head, end)
    if not _span_ok(doc, start, end, anchor):
        return None
    return Bounds(start, end, head.i)


def _take_name(doc: Doc, head: Token, end: int) -> int:
    """Extend over a person's name after a title: "spokesman Said Khatibzadeh", "Secretary
    of State Warren Christopher" (a few capitalized title words or "of" may come between)."""
    if head.ent_type_ == "PERSON":
        ent = next(e for e in doc.ents if e.start <= head.i < e.end)
        return max(end, ent.end)
    j = end
    while (j < len(doc) and j - end < _MAX_TITLE_GAP and doc[j].ent_type_ != "PERSON"
           and (doc[j].lower_ == "of" or (doc[j].text[:1].isupper() and doc[j].is_alpha))):
        j += 1
    if (j < len(doc) and doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "PERSON"
            and (j == end or doc[j - 1].lower_ != "of")):
        return next(e for e in doc.ents if e.start == j).end
    return end


class ActorPhrases:
    """spaCy component widening name entities to the actor phrases they own."""

    def __init__(self, lexicon: PhraseLexicon, state_words: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.state_words = state_words
        self.title_vocabulary = frozenset(
            w for p in lexicon.persons for w in p.split()) | _TITLE_MODIFIERS

    def __call__(self, doc: Doc) -> Doc:
        ents = [self._group_label(e) for e in doc.ents]
        phrases: list[Span] = []
        for ent in ents:
            if not _is_anchor(ent, self.state_words) or any(p.start <= ent.start < p.end for p in phrases):
                continue
            bounds = phrase_bounds(ent, self.lexicon)
            if bounds is not None and not any(
                    p.start < bounds.end and bounds.start < p.end for p in phrases):
                label = self._label(doc, bounds)
                phrases.append(Span(doc, bounds.start, bounds.end, label=label,
                                    span_id=f"phrase:{ent.id_ or ent.label_}"))
        phrases += self._titles(doc, ents, phrases)
        phrases += self._owned_by_people(doc, ents, phrases)
        phrases += self._nominals(doc, ents, phrases)
        doc.ents = _replace(ents, phrases)
        return doc

    def _owned_by_people(self, doc: Doc, ents: list[Span], taken: list[Span]) -> list[Span]:
        """A leader's regime or government: "the Assad regime", "Assad's regime" (ORG)."""
        out: list[Span] = []
        for ent in ents:
            if ent.label_ != "PERSON" or any(
                    p.start < ent.end and ent.start < p.end for p in taken):
                continue
            root = ent.root
            head = root.head
            between = doc[ent.end:head.i] if head.i >= ent.end else None
            if (root.dep_ in ("compound", "poss") and between is not None and len(between) <= 2
                    and all(t.lower_ in ("'s", "’s") or t.pos_ == "ADJ" for t in between)
                    and head.lower_ in self.lexicon.person_owned):
                the = ent.start and doc[ent.start - 1].lower_ == "the"
                out.append(Span(doc, ent.start - 1 if the else ent.start, head.i + 1, label="ORG",
                                span_id=f"phrase:{ent.id_ or 'PERSON'}"))
        return out

    def _nominals(self, doc: Doc, ents: list[Span], taken: list[Span]) -> list[Span]:
        """Noun phrases headed by a group noun, with no name in them (module docstring)."""
        busy = {i for s in (*ents, *taken) for i in range(s.start, s.end)}
        out: list[Span] = []
        for token in doc:
            if token.i in busy or token.pos_ not in ("NOUN", "PROPN") or not _nominal_head(
                    token, self.lexicon.nominal_groups):
                continue
            if token.dep_ in ("compound", "nmod") and token.head.i > token.i:
                # "Coalition forces", "army officers", "Coalition partners": the phrase
                # is headed by the actor noun after it; "Coalition aircraft" is no actor
                token = token.head
                members = self.lexicon.nominal_groups | _MEMBER_NOUNS
                if token.i in busy or not (token.lemma_.lower() in self.lexicon.persons
                                           or token.lower_ in members):
                    continue
            start = _after_count(_modifiers_start(token), token, ents)
            if busy.intersection(range(start, token.i + 1)) or any(
                    t.lower_ in COREF_OWNERS for t in doc[start:token.i]):
                continue  # "its army": coreference links "its" to its country (actors.coref)
            singular = token.tag_ in ("NN", "NNP") and token.lower_ in self.lexicon.persons
            out.append(Span(doc, start, token.i + 1, label="PERSON" if singular else "ORG",
                            span_id="phrase:nominal"))
            busy.update(range(start, token.i + 1))
        return out

    def _group_label(self, ent: Span) -> Span:
        """People named by a plural demonym act as a group: "the Jordanians" is ORG."""
        root = ent.root
        if ent.label_ != "NORP" or root.tag_ not in ("NNS", "NNPS") or root.dep_ in _MODIFIER_DEPS:
            return ent
        return Span(ent.doc, ent.start, ent.end, label="ORG", span_id=f"phrase:{ent.id_ or 'NORP'}")

    def _titles(self, doc: Doc, ents: list[Span], taken: list[Span]) -> list[Span]:
        """Offices named in title case: "the Foreign Secretary", "Defence Secretary Michael
        Fallon", "The Prime Minister" (one person, PERSON, even with no name)."""
        busy = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        busy |= {i for p in taken for i in range(p.start, p.end)}
        out: list[Span] = []
        # an office opens with a title-case word of its vocabulary: most tokens open none
        openers = {t.i for t in doc if t.lower_ in self.title_vocabulary}
        i = 0
        while i < len(doc):
            end = self._title_end(doc, i, busy) if i in openers else None
            if end is None:
                i += 1
                continue
            single = end - i == 1
            if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON":
                end = next(e.end for e in ents if e.start == end)
            elif single and (i == 0 or doc[i - 1].lower_ != "the"):
                i += 1
                continue
            if any(e.start < end < e.end and e.start >= i - 1
                   for e in ents if e.label_ != "PERSON"):
                i += 1  # "the National Security Council": a body, not the "National"
                continue
            out.append(Span(doc, i, end, label="PERSON", span_id="phrase:title"))
            busy.update(range(i, end))
            i = end
        return out

    def _title_end(self, doc: Doc, i: int, busy: set[int]) -> int | None:
        """End of a title-case office starting at token i, or None; a portfolio after it
        in title case belongs to it ("Minister for the Middle East", "Secretary of State
        for Defence")."""
        j, last = i, None
        while j < len(doc) and j not in busy and doc[j].is_alpha and doc[j].text[:1].isupper():
            word = doc[j].lower_
            if word not in self.title_vocabulary:
                break
            if word in self.lexicon.persons and doc[j].tag_ in ("NN", "NNP"):
                last = j + 1
            j += 1
        if last is not None and last < len(doc) and doc[last - 1].lower_ in _PORTFOLIO_OFFICES:
            last = _portfolio_end(doc, last)
        return last

    def _label(self, doc: Doc, bounds: Bounds) -> str:
        head = doc[bounds.head]
        if any(t.ent_type_ == "PERSON" for t in doc[bounds.start:bounds.end]):
            return "PERSON"
        singular = head.tag_ in ("NN", "NNP")
        return "PERSON" if singular and any(
            w in self.lexicon.persons for w in _head_text(head)) else "ORG"


# offices whose portfolio follows with "for"/"of" in title case ("Minister for Europe")
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner", "envoy"})
_MAX_PORTFOLIO = 6
# the first words of a knowledge-base country's or people's entity id: a portfolio stops there
_STATE_IDS = ("country:", "adjective:", "demonym:", "metonym:", "capital:")
# possessive pronouns that point back to a name told before ("ITS army", "after ITS talks")
COREF_OWNERS = frozenset({"its", "their", "his", "her"})
# nouns for the members of a group ("Coalition nations", "coalition members")
_MEMBER_NOUNS = frozenset({"nations", "countries", "states", "members", "member", "partners"})
_GROUP_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod"})


def _portfolio_end(doc: Doc, end: int) -> int:
    """The end of "for [the] <Title Case words>" after an office, or `end` if none.

    The portfolio may run into the holder's name, which the model often tags with it
    ("the Middle East Tobias Ellwood" ORG): the whole run is the title and the person. It
    stops at a state's name, which stays its own mention ("Minister of Defence of
    Azerbaijan").
    """
    if doc[end].lower_ not in ("for", "of"):
        return end
    j = end + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    first = j
    while (j < len(doc) and j - first < _MAX_PORTFOLIO and doc[j].text[:1].isupper()
           and doc[j].is_alpha and not doc[j].ent_id_.startswith(_STATE_IDS)):
        j += 1
    return j if j > first else end


def _nominal_head(token: Token, groups: frozenset[str]) -> bool:
    """A group noun heading its phrase: "forces", "security forces", "the regime"."""
    return token.lower_ in groups or any(w in groups for w in _head_text(token)[2:])


def _after_count(start: int, head: Token, ents: list[Span]) -> int:
    """The phrase's start past a number the model tagged before the group noun ("20
    schoolchildren"): the count stays its own entity, for the quantities it gives."""
    for ent in ents:
        if ent.label_ == "CARDINAL" and start <= ent.start and ent.end <= head.i:
            start = ent.end
    return start


def _modifiers_start(head: Token) -> int:
    """The first token of a group noun's phrase: its determiner and modifiers, left of it
    and unbroken ("the Coalition military forces"; not across punctuation or clauses)."""
    start = head.i
    for child in sorted(head.lefts, key=lambda c: -c.i):
        if child.dep_ not in _GROUP_MODIFIERS or child.left_edge.i < start - 4:
            break
        if any(t.is_punct and t.text not in ("-",) for t in head.doc[child.left_edge.i:start]):
            break
        start = child.left_edge.i
    return start


def _replace(ents: Iterable[Span], phrases: list[Span]) -> list[Span]:
    kept = [e for e in ents if not any(p.start < e.end and e.start < p.end for p in phrases)]
    return sorted([*kept, *phrases], key=lambda s: s.start)


@Language.factory("belli_actor_phrases")
def make_actor_phrases(nlp: Language, name: str) -> ActorPhrases:
    """Actor phrases over the packaged lexicon and the knowledge base's sector cues."""
    from belli.actors.kb import load_kb

    kb = load_kb()
    cues = [c for phrases in kb.sector_cues.values() for c in phrases]
    state_words = frozenset(form for form, m in kb.all_surface_forms()
                            if m.kind in ("country", "adjective", "demonym") and " " not in form)
    return ActorPhrases(load_lexicon().with_cues(cues), state_words)
