"""The antecedents of "they", "their", "them" that the parse binds, for coreference
(`belli.actors.coref`): the plural subject of the pronoun's clause ("rebel leaders said
THEY would"), or for an object "them" the nearest plural phrase before it in its
sentence that is no subject its verb shares ("police detained protesters and beat THEM")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belli.actors.antecedents import Antecedent, kind_of
from belli.records import Mention

__all__ = ["ACTED_ON", "object_barred_subjects", "plural_antecedent"]

# where a description stands as what its clause acts on, not as who acts
ACTED_ON = frozenset({"dobj", "pobj", "dative", "iobj"})
# links along which a verb shares the subject of the verb above it ("vowed to CRUSH",
# "detained protesters and BEAT")
_SHARED_SUBJECT = frozenset({"xcomp", "conj"})


def plural_antecedent(token: Any, mentions: Sequence[Mention]) -> list[Antecedent]:
    """"They", "their": the plural subject of its clause; "them", an object, is never that
    subject (that would be "themselves"), so the nearest plural phrase before it in its
    own sentence: "police detained protesters and beat THEM"."""
    if token.lower_ == "them" and token.dep_ in ACTED_ON:
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
