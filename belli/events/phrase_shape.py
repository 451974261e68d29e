"""The shape of a noun phrase in the parse: which words are its own, whom an "of" names
as its owner, where a group is placed, what a "whose" clause hangs on. Pure functions over
spaCy tokens, read by `belli.events.participants` to find the actors a phrase names."""

from __future__ import annotations

from belli.events.cue_lists import cue_list
from belli.events.syntax import Token, conjuncts, lemma
from belli.events.syntax_index import remembered
from belli.nlp.doc_index import doc_text

__all__ = ["OWNED", "PLACE_KINDS", "RELATIONAL", "head_phrases", "noun_phrase", "phrase_tokens",
           "whereabouts", "whose_owner", "without_clauses"]

# The word lists are data/cues.yaml's (owned_nouns, place_kinds, relational_nouns,
# leaving_verbs, phrase_openers, delegation_nouns; what each is for is said there).
OWNED = cue_list("owned_nouns")
PLACE_KINDS = cue_list("place_kinds")
RELATIONAL = cue_list("relational_nouns")
_LEAVING = cue_list("leaving_verbs")
_ARTICLES = cue_list("phrase_openers")
_POSTINGS = cue_list("delegation_nouns")
# prepositions that say where a group is ("gunmen IN Mali"): grammar, not vocabulary
_WHERE = frozenset({"in", "from", "on", "inside", "across", "throughout", "within"})
# apposition heads that say what a party belongs to or stands beside, not who acts:
# "Turkey, A NATO MEMBER, bought ..." is Turkey's act, not NATO's (kept here, not in
# data/cues.yaml, until that file's owner takes it)
_STANDING = frozenset({"member", "ally", "signatory", "neighbour", "neighbor", "partner",
                       "founder", "observer"})


def phrase_tokens(head: Token) -> list[Token]:
    """The head, what precedes it in its phrase, appositions, and an owner after "of"; not
    a relational owner's words ("its neighbour's exports" are not its own)."""
    # the participants and the group readers each walk the same head's subtree: once
    return remembered(head, "phrase_tokens", _phrase_tokens)


def _phrase_tokens(head: Token) -> list[Token]:
    related = {t.i for c in head.children if c.i < head.i and lemma(c) in RELATIONAL
               for t in c.subtree} | _posted_to(head)
    tokens = [t for t in head.subtree if t.i <= head.i and t.i not in related]
    for child in head.children:
        # "the visit of X to Shushi, THE HISTORIC TOWN": a place described, wherever the
        # parse hung it, names no one; nor does a standing ("a NATO member", `_STANDING`)
        if child.dep_ == "appos" and lemma(child) not in PLACE_KINDS \
                and not _standing(head, child) and not _related(head, child):
            tokens.extend(without_clauses(child))
        elif (child.dep_ == "prep" and child.lower_ in ("of", "from")
              and lemma(head) in OWNED):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    tokens.extend(t for o in conjuncts(obj) for t in without_clauses(o))
    return tokens


def _posted_to(head: Token) -> set[int]:
    """The words of a delegation's posting where an owner is named: "Russia's U.N.
    MISSION", "his U.N. mission" serve at the UN and are the owner's, not the UN's (the
    UN's own "U.N. envoy" has no owner before it)."""
    if lemma(head) not in _POSTINGS or not any(c.dep_ == "poss" for c in head.children):
        return set()
    return {t.i for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i
            for t in c.subtree}


def _standing(head: Token, appos: Token) -> bool:
    """Whether an apposition only says what a state belongs to ("Turkey, a NATO member");
    a person's ("Ali, a member of Hamas") is whom they act for."""
    return lemma(appos) in _STANDING and head.ent_type_ != "PERSON"


def _related(head: Token, appos: Token) -> bool:
    """Whether an apposition names the head by its tie to another ("China, THE MILITARY'S
    MAIN BACKER", "Hamas, Iran's ally"): the other is no one the head's phrase names."""
    return lemma(appos) in RELATIONAL and any(c.dep_ == "poss" for c in appos.children)


def without_clauses(token: Token) -> list[Token]:
    """The token's phrase without the clauses hung on it: the owner in "doctors from aid
    groups THAT DELIVERED goods to Baghdad" is the groups, not Baghdad; "Hamas, the group
    THAT ATTACKED Israel" names Hamas only."""
    clauses = {t.i for c in token.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    return [t for t in token.subtree if t.i not in clauses]


def whereabouts(head: Token) -> list[tuple[Token, Token]]:
    """(preposition, object) of where a group is: "gunmen IN Mali", "refugees FROM Syria",
    and through a word that places it ("militants PRESENT ON Afghan soil", "rebels BASED
    IN Congo", "people who FLED Stepanakert")."""
    holders = [head, *(c for c in head.children if c.dep_ in ("amod", "acl", "relcl")
                       and c.pos_ in ("ADJ", "VERB"))]
    found = [(p, o) for h in holders for p in h.children
             if p.dep_ == "prep" and p.lower_ in _WHERE for o in p.children if o.dep_ == "pobj"]
    found += [(v, o) for v in holders[1:] if lemma(v) in _LEAVING
              for o in v.children if o.dep_ == "dobj"]
    return found


def whose_owner(head: Token) -> Token | None:
    """The noun a "whose" clause hangs on ("Pakistan, whose NAVY is buying" -> Pakistan)."""
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None:
        return None
    current = head
    for _ in range(4):
        if current.dep_ == "relcl":
            # "between Turkey and Pakistan, whose navy": the parse hangs the clause on the
            # first of the coordinated nouns; the one just before it is meant
            return max((c for c in conjuncts(current.head) if c.i < whose.i),
                       key=lambda c: c.i, default=current.head)
        if current.head == current:
            return None
        current = current.head
    return None


def head_phrases(head: Token) -> list[str]:
    """The head with the word before it ("rebel group"), then the head alone."""
    before = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i == head.i - 1]
    out = [f"{before[0].lower_} {head.lower_}"] if before else []
    return [*out, head.lower_, lemma(head)]


def noun_phrase(head: Token) -> str:
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("punct", "cc")]
    while words and words[0].lower_ in _ARTICLES and words[0] != head:
        words = words[1:]
    return doc_text(head.doc)[words[0].idx:head.idx + len(head.text)]  # a Span joins its tokens
