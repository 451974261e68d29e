"""What the parse says around a mention: its knowledge-base names, its place in the clause,
a person's name and title, what a group does (`deed_sector`).

Works on the spaCy Doc the nlp stage leaves in `Analysis.parse` without importing spaCy
(tokens are used through their attributes only). Everything here reads the parse;
deciding actors from these facts is `belli.actors.resolve`'s job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from belli.actors.sectors import split_name
from belli.nlp.doc_index import doc_text
from belli.nlp.fronted import is_fronted_subject
from belli.nlp.lexicon import PhraseLexicon
from belli.yamldata import word_list

__all__ = [
    "Anchor",
    "CaselessNames",
    "NameSource",
    "conflict_sides",
    "deed_sector",
    "find_anchors",
    "forms",
    "head_noun",
    "is_coordinated",
    "lost_case",
    "names_a_place",
    "phrase_words",
    "position_of",
    "stance_noun",
    "title_and_name",
]

_REGIONAL_TOKENS = 3  # "Pan - American"
_MAX_NAME_TOKENS = 10  # the longest KB names: "Movement for the Actualization of the ... Biafra"
_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_OBJECT = frozenset({"dobj", "iobj", "dative", "attr", "oprd", "appos", "obj"})
_MODIFIER = frozenset({"compound", "amod", "nmod", "nn"})
_SKIP = frozenset({"det", "predet", "case", "punct", "cc"})
_DIRECTIONAL = frozenset({"to", "from", "toward", "towards"})
# What is sent somewhere goes there: "sent two warships to Baku" names the city as a
# destination; a country after them stays a recipient ("sent arms to Pakistan").
_SENDING = frozenset({"send", "dispatch", "deploy", "redeploy", "move", "ship", "relocate"})
_COORD_GLUE = frozenset({"and", "or", ",", "-", "/", "&", "–", "as", "well", "both"})


class NameSource(Protocol):
    def lookup_name(self, text: str) -> Sequence[Any]: ...


# Below this share of capitals among its letters a text has lost its case: English prose
# capitalizes at least each sentence's first letter (about 1 in 100), wire copy
# converted to lower case (MUC-3/4) has none.
_CASELESS_SHARE = 0.002
_MIN_LETTERS = 100  # a headline or a short quote says too little about case


def lost_case(text: str) -> bool:
    """Whether a text is all lower case or all capitals, so case cannot tell names from words."""
    # count each distinct character once: a story has a hundred or so, and thousands of letters
    counts = Counter(text)
    letters = sum(n for c, n in counts.items() if c.isalpha())
    if letters < _MIN_LETTERS:
        return False
    upper = sum(n for c, n in counts.items() if c.isalpha() and c.isupper())
    return min(upper, letters - upper) / letters < _CASELESS_SHARE


class CaselessNames:
    """The knowledge base's names for a text that has lost its case: a name as written
    first, then the case-blind reading of a state or organization (`lookup_caseless`)."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb

    def lookup_name(self, text: str) -> list[Any]:
        return list(self.kb.lookup_name(text)) or list(self.kb.lookup_caseless(text))


@dataclass(frozen=True, slots=True)
class Anchor:
    """A knowledge-base name inside a mention, over tokens [start, end)."""

    start: int
    end: int
    text: str
    matches: tuple[Any, ...]

    def kinds(self) -> set[str]:
        return {m.kind for m in self.matches}


def _lookup(kb: NameSource, text: str) -> tuple[Any, ...]:
    found = tuple(kb.lookup_name(text))
    if not found and text.lower().startswith("the "):
        found = tuple(kb.lookup_name(text[4:]))
    return found


def find_anchors(span: Any, kb: NameSource) -> list[Anchor]:
    """Knowledge-base names in the span, longest first from left to right."""
    words, out, i = _Words.of(span), [], 0
    while i < len(words.opens):
        region = _regional_at(words, i) if words.opens[i] else None
        if region is not None:
            i = region  # "LATIN AMERICAN countries": no state's name
            continue
        hit = _anchor_at(words, i, kb) if words.opens[i] else None
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit.end - words.first
    return out


def regional_tokens(span: Any) -> set[int]:
    """The tokens (Doc indices) of the span inside a region's adjective."""
    words, out = _Words.of(span), set[int]()
    for i in range(len(words.opens)):
        end = _regional_at(words, i) if words.opens[i] else None
        if end is not None:
            out.update(range(words.first + i, words.first + end))
    return out


@cache
def _regional_firsts(regional: frozenset[str]) -> frozenset[str]:
    """The first words of the regions' adjectives ("latin", "south")."""
    return frozenset(name.split()[0] for name in regional)


def _regional_at(words: _Words, i: int) -> int | None:
    """The index past a region's adjective that starts at token i ("Latin American",
    "South-American"), else None."""
    regional = word_list("belli.actors", "place_kinds.yaml", "regional_adjectives")
    first = words.text[words.starts[i]:words.ends[i]].lower()
    if first not in _regional_firsts(regional):
        return None  # most words open no region's adjective: no slicing
    for j in range(min(len(words.opens), i + _REGIONAL_TOKENS), i, -1):
        text = words.text[words.starts[i]:words.ends[j - 1]].lower().replace("-", " ")
        if " ".join(text.split()) in regional:
            return j
    return None


def _anchor_at(words: _Words, i: int, kb: NameSource) -> Anchor | None:
    """The longest name that starts at the span's token i."""
    for j in range(min(len(words.opens), i + _MAX_NAME_TOKENS), i, -1):
        if words.closes[j - 1]:
            text = words.text[words.starts[i]:words.ends[j - 1]]  # = doc[i:j].text
            matches = _lookup(kb, text)
            if matches:
                return Anchor(words.first + i, words.first + j, text, matches)
    return None


@dataclass(frozen=True, slots=True)
class _Words:
    """A span's text and, per token, where it lies in it and whether a name may start or
    end there: read once, since spaCy builds a Token, a Span and its text anew on every
    access and `find_anchors` tries every run of words."""

    text: str
    first: int  # the span's first token in the Doc
    starts: list[int]
    ends: list[int]
    opens: list[bool]  # starts with a letter or digit
    closes: list[bool]  # ends with one, a final period aside ("U.S.")

    @staticmethod
    def of(span: Any) -> _Words:
        tokens = [(t.idx - span.start_char, t.text) for t in span]
        text = doc_text(span.doc)[span.start_char:span.end_char]  # `span.text` joins its tokens
        return _Words(text, span.start, [at for at, _ in tokens],
                      [at + len(w) for at, w in tokens], [w[:1].isalnum() for _, w in tokens],
                      [w.rstrip(".")[-1:].isalnum() for _, w in tokens])


def is_coordinated(doc: Any, left: Anchor, right: Anchor) -> bool:
    """Are two names joined by a conjunction or a hyphen ("Azerbaijani and Turkish")?"""
    between = [t.lower_ for t in doc[left.end:right.start]]
    return not between or all(w in _COORD_GLUE for w in between)


def _first_conjunct(token: Any) -> Any:
    # "In Baku, Aliyev and Erdogan opened": not the place's conjuncts (belli.nlp.fronted)
    while token.dep_ == "conj" and token.head.i < token.i and not is_fronted_subject(token):
        token = token.head
    return token


def position_of(span: Any, lexicon: PhraseLexicon) -> str:
    """subject | agent | possessor | object | location | destination | modifier | other.

    "to" and "from" name a place only after a word of motion ("flew to Baku", "fled from
    Syria"); elsewhere they mark a recipient or a source, which act ("sent arms to
    Pakistan", "aid to Mozambique", "pressure from Moscow"). "At" after a word of aim
    marks whom it is aimed at ("sanctions aimed at Moscow", "took a swipe at Washington").
    """
    root = _first_conjunct(span.root)
    dep = root.dep_
    if dep in _SUBJECT or is_fronted_subject(root):
        return "subject"
    if dep == "poss":
        return "possessor"
    if dep in _OBJECT:
        return "object"
    if dep == "pobj":
        prep = root.head
        word = prep.lower_
        if prep.dep_ == "agent" or word == "by":
            return "agent"
        if word in _DIRECTIONAL:
            verb = prep.head.lemma_.lower()
            if verb in lexicon.motion:
                return "location"
            return "destination" if word != "from" and verb in _SENDING else "object"
        if word == "at" and _aimed(prep.head, lexicon.aiming):
            return "object"  # "sanctions aimed AT Russia": whom they are aimed at
        return "location" if word in lexicon.locative else "object"
    if dep in _MODIFIER:
        return "subject" if _misread_clause_verb(root.head) else "modifier"
    return "other"


def _misread_clause_verb(head: Any) -> bool:
    """A relative clause headed by an -s form the tagger read as a plural noun ("..., an
    accusation MOSCOW REJECTS", "the talks MOSCOW HOSTS"): a noun heads no relative
    clause, so the form is a verb in the present, and the name hung on it as a compound
    is its subject, not a modifier."""
    return head.dep_ == "relcl" and head.tag_ == "NNS"


def _aimed(word: Any, aiming: frozenset[str]) -> bool:
    """Whether "at" on the word names an aim: the word is one of aim, or a verb whose
    object is ("took AIM at Washington", "took a SWIPE at Tokyo")."""
    return word.lemma_.lower() in aiming or any(
        c.dep_ == "dobj" and c.lemma_.lower() in aiming for c in word.children)


def head_noun(span: Any) -> Any | None:
    """The noun an adjective or modifier mention qualifies ("Iranian" -> "trucks")."""
    root = _first_conjunct(span.root)
    if root.dep_ in _MODIFIER | {"poss"} and root.head.i >= span.end:
        return root.head
    return None


def phrase_words(span: Any, anchors: Sequence[Anchor], name: Sequence[Any]) -> list[Any]:
    """The phrase's own words: no names, determiners, possessives or punctuation."""
    skip = {i for a in anchors for i in range(a.start, a.end)} | {t.i for t in name}
    words = [t for t in span if t.i not in skip and t.dep_ not in _SKIP and not t.is_punct
             and t.pos_ != "PRON"]
    return [t for t in words if t.lower_ not in ("'s", "’s")]


def title_and_name(span: Any, anchors: Sequence[Anchor], title_words: frozenset[str]) -> tuple[list[Any], list[Any]]:
    """The title and the person's name at the end of a phrase ("... President Recep Erdoğan")."""
    skip = {i for a in anchors if a.kinds() - {"person"} for i in range(a.start, a.end)}
    run: list[Any] = []
    for token in reversed(span):
        if token.i in skip or token.lower_ in ("'s", "’s"):
            break
        if not (token.text[:1].isupper() or _inside_name(token, span)):
            break
        run.insert(0, token)
    title, _ = split_name([t.text for t in run], title_words)
    return run[: len(title)], run[len(title):]


# verbs through which a group stages, joins or goes on what it does ("staged a sit-in")
_LIGHT_VERBS = frozenset({"stage", "staged", "hold", "begin", "start", "continue", "launch",
                          "organize", "organise", "join", "go", "call", "resume", "mount", "end"})
_QUANTITY_NOUNS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions",
                             "crowds", "groups", "group"})


def deed_sector(span: Any, kb: Any) -> tuple[str, str] | None:
    """(what it does, sector) for a group the verb it is the subject of decides:
    "Kurds protested" -> CVL, "thousands of Kurds went on strike" -> LAB, "rallies by
    the Otpor movement" -> CVL."""
    cues = getattr(kb, "verb_cues", {})
    root = span.root
    if root.dep_ in ("compound", "amod") and root.head.i >= span.end:
        root = root.head  # "the Otpor movement": the group noun the name qualifies
    while root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lower_ in _QUANTITY_NOUNS or root.head.head.pos_ == "NUM"):
        root = root.head.head  # "thousands of Kurds protested": the quantity is the subject
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        deed = root.head.head  # "rallies by the Otpor movement": a deed named by its noun
        key = ("noun", deed.lemma_.lower())
        return (deed.lower_, cues[key]) if key in cues else None
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = root.head
    deeds = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for deed in deeds:
        for form in ordered_forms(deed):
            if ("verb", form) in cues:
                return form, cues["verb", form]
    if not forms(verb) & _LIGHT_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                for o in c.children if o.dep_ == "pobj"]
    for noun in objects:
        before = [t.lemma_.lower() for t in noun.lefts if t.dep_ in ("compound", "amod")]
        lemma = noun.lemma_.lower()
        pairs = [f"{before[-1]} {lemma}", f"{before[-1]}-{lemma}"] if before else []
        for phrase in (*pairs, lemma):  # "hunger strike" before "strike"; "sit-in"
            if ("noun", phrase) in cues:
                return f"{verb.lower_} … {phrase}", cues["noun", phrase]
    return None


def forms(token: Any) -> set[str]:
    """The lemma and the word as written: the small model lemmatizes "staged" as "stag"."""
    return set(ordered_forms(token))


def ordered_forms(token: Any) -> tuple[str, str]:
    """`forms`, lemma first, for lookups whose first hit wins."""
    return token.lemma_.lower(), token.lower_


# lower-case words inside a person's name: "Fazl-ur-Rehman", "Osama bin Laden"
_NAME_PARTICLES = word_list("belli.actors", "person_names.yaml", "particles") | {"-"}


def _inside_name(token: Any, span: Any) -> bool:
    """A hyphen or particle between two parts of a name."""
    doc = token.doc
    if token.lower_ not in _NAME_PARTICLES or token.i == span.start or token.i + 1 >= span.end:
        return False
    return all(t.text[:1].isupper() or t.lower_ in _NAME_PARTICLES
               for t in (doc[token.i - 1], doc[token.i + 1]))


def _beside_hyphen(token: Any) -> bool:
    doc, i = token.doc, token.i
    return (i > 0 and doc[i - 1].text == "-") or (i + 1 < len(doc) and doc[i + 1].text == "-")


_FUZZY_KINDS = frozenset({"country", "capital", "metonym", "demonym", "adjective"})
_FUZZY_MIN = 6
_FUZZY_CUTOFF = 0.88


class Misspellings:
    """Country names as news misspells them ("Afganistan", "Quatar's", "Khatmandu").

    Only for capitalized words of six letters or more that match nothing exactly, only
    against state names, capitals, demonyms and adjectives, and only when one spelling is
    close enough and starts with the same letter: a typo, not a different word.
    """

    def __init__(self, kb: Any) -> None:
        forms = {form for form, m in kb.all_surface_forms()
                 if m.kind in _FUZZY_KINDS and " " not in form and len(form) >= _FUZZY_MIN - 1}
        self.kb = kb
        self._seen: dict[str, str | None] = {}  # word -> its close spelling, memoized
        self.by_shape: dict[tuple[str, int], list[str]] = {}  # (first letter, length) -> forms
        for form in sorted(forms):
            self.by_shape.setdefault((form[:1], len(form)), []).append(form)
        self.longest = max((len(form) for form in forms), default=0)

    def anchors(self, span: Any) -> list[Anchor]:
        from difflib import get_close_matches

        out = []
        regional = regional_tokens(span)
        for token in span:
            word = token.text
            if len(word) < _FUZZY_MIN or not word[:1].isupper() or not word.isalpha():
                continue
            if token.i in regional:
                continue  # "Latin American": a region's, spelled right
            if _beside_hyphen(token):
                continue  # "anti-Balaka", "Hezbollah-led": a compound's part is no typo
            if word not in self._seen:
                close = get_close_matches(word, self.candidates(word), n=2, cutoff=_FUZZY_CUTOFF)
                clear = len(close) == 1 or (close and close[0][:4] == close[-1][:4])
                self._seen[word] = close[0] if clear else None
            spelling = self._seen[word]
            matches = tuple(self.kb.lookup_name(spelling)) if spelling else ()
            if matches:
                out.append(Anchor(token.i, token.i + 1, word, matches))
        return out

    def candidates(self, word: str) -> list[str]:
        """The forms of the word's first letter whose length leaves a match possible:
        difflib's first test (`real_quick_ratio`) rejects a form of any other length,
        so the fuzzy search skips them unread."""
        letter, size = word[:1], len(word)
        return [form for length in range(1, self.longest + 1)
                if 2.0 * min(length, size) / (length + size) >= _FUZZY_CUTOFF
                for form in self.by_shape.get((letter, length), ())]


# verbs that state a position held ("reiterated its opposition", "voiced their support")
_STATING = frozenset({"reiterate", "express", "voice", "restate", "reaffirm", "repeat",
                      "stress", "underline", "signal", "register", "state", "declare"})


def stance_noun(head: Any) -> bool:
    """Whether "opposition" is a stance an owner takes, not the opposition parties:
    "its opposition to the plan", "Japan reiterated its opposition"; and whether
    "positions" or "posts" are views held, not the ground an army holds: "the American
    positions on the deal", "Russian posts on Telegram", not "Armenian positions on the
    heights" or "on the plain". It runs for every mention with a sector cue
    (mention_facts), so it answers no for any other head word."""
    word = head.lemma_.lower() if head is not None else ""
    if word == "opposition":
        about = any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
    elif word in _HELD_GROUND:
        about = any(_view_topic(o) for p in _prepositions_after(head)
                    if p.lower_ in _STANCE_PREPOSITIONS
                    for o in p.children if o.dep_ == "pobj")
    else:
        return False
    return about or (head.dep_ == "dobj" and head.head.lemma_.lower() in _STATING)


# nouns for the ground an army holds that also name a view ("positions") or a message
# ("posts"); the prepositions of what a view is about
_HELD_GROUND = frozenset({"position", "post"})
_STANCE_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning", "toward",
                                  "towards"})


def _prepositions_after(noun: Any) -> list[Any]:
    """The noun's prepositions, and the one right after it that the parser often hangs
    on the verb ("criticized the positions | ON the deal")."""
    found = [c for c in noun.children if c.dep_ == "prep"]
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return found + [following] if following is not None and following.dep_ == "prep" else found


def _view_topic(token: Any) -> bool:
    """An abstract topic ("positions ON the deal", "posts ON Telegram"): what a view or a
    message is about. Anything else ("positions on the plain", "on Monday") is where or
    when ground is held, for an army's ground is the likelier reading in the news."""
    return token.lemma_.lower() in word_list("belli.actors", "topics.yaml", "view_topics")


# words before "parties" that make them the sides of a fight or deal, not political
# parties: "the warring parties", "both parties", "the two parties"
_SIDES = frozenset({"warring", "both", "two", "all", "opposing", "belligerent", "feuding"})


def conflict_sides(head: Any) -> bool:
    """Whether "parties" are the sides of a conflict or an accord: "the warring parties",
    "both parties", "all parties to the conflict"; not "opposition parties"."""
    if head is None or head.lemma_.lower() != "party":
        return False
    to_something = any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
    return to_something or any(t.lower_ in _SIDES for t in head.lefts)


# nouns for places a name follows ("the town of Shushi")
_SETTLEMENTS = frozenset({"town", "towns", "village", "villages", "city", "cities",
                          "settlement", "settlements", "region", "province", "district"})


def names_a_place(span: Any) -> bool:
    """An adjective describing a place the text names: "the historic Armenian town of
    Shushi" is a town (wherever it lies now), not Armenian civilians."""
    head = head_noun(span)
    if head is None or head.lower_ not in _SETTLEMENTS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children)
               for c in head.children)
