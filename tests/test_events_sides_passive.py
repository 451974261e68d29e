"""Passives and main verbs the tagger and parser misread.

A passive is read as one where the tagger took its participle for a past tense; a main
verb the parser hung as a participle on the sentence's first noun still has that noun as
its subject. The parses are built by hand (duck-typed tokens), since which sentences the
model misreads changes with the model: only the labels the parser gives are at issue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from belli.events.syntax import agent_of, is_passive, objects_of, subject_of


@dataclass(eq=False)
class _Tok:
    text: str
    tag_: str = "NN"
    dep_: str = "ROOT"
    pos_: str = "NOUN"
    head: _Tok | None = None
    children: list[_Tok] = field(default_factory=list)
    i: int = 0
    like_num: bool = False

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def lemma_(self) -> str:
        return self.lower_


def _hang(head: _Tok, child: _Tok, dep: str) -> _Tok:
    child.head, child.dep_ = head, dep
    head.children.append(child)
    return child


def _signed_by(verb_tag: str, verb_dep: str) -> tuple[_Tok, _Tok, _Tok]:
    """"a pact signed by Baku", the verb tagged and labelled as given."""
    pact = _Tok("pact")
    pact.head = pact
    verb = _Tok("signed", tag_=verb_tag, pos_="VERB")
    if verb_dep == "acl":
        _hang(pact, verb, "acl")
    else:  # the tagger's past tense made the noun the verb's subject
        verb.head = verb
        _hang(verb, pact, "nsubj")
    by = _hang(verb, _Tok("by", tag_="IN", pos_="ADP"), "agent")
    baku = _hang(by, _Tok("Baku", tag_="NNP", pos_="PROPN"), "pobj")
    return pact, verb, baku


def test_a_reduced_relative_read_as_past_tense_is_passive() -> None:
    pact, verb, baku = _signed_by("VBD", "acl")
    assert is_passive(verb)
    assert agent_of(verb) is baku
    assert objects_of(verb) == [pact]


def test_a_by_agent_makes_a_past_tense_with_a_subject_passive() -> None:
    pact, verb, baku = _signed_by("VBD", "ROOT")
    assert is_passive(verb)
    assert agent_of(verb) is baku
    assert objects_of(verb) == [pact]


def test_a_past_tense_with_its_own_subject_and_no_agent_is_active() -> None:
    verb = _Tok("signed", tag_="VBD", pos_="VERB")
    verb.head = verb
    _hang(verb, _Tok("Baku", tag_="NNP", pos_="PROPN"), "nsubj")
    assert not is_passive(verb)


def _volunteers_delivered(with_object: bool) -> tuple[_Tok, _Tok]:
    """"Volunteers from charities delivered (blankets)" parsed with "delivered" as a
    participle on "charities" and "Volunteers" as the root."""
    volunteers = _Tok("Volunteers", tag_="NNS", i=0)
    volunteers.head = volunteers
    from_ = _hang(volunteers, _Tok("from", tag_="IN", pos_="ADP", i=1), "prep")
    charities = _hang(from_, _Tok("charities", tag_="NNS", i=2), "pobj")
    delivered = _hang(charities, _Tok("delivered", tag_="VBN", pos_="VERB", i=3), "acl")
    if with_object:
        _hang(delivered, _Tok("blankets", tag_="NNS", i=4), "dobj")
    return volunteers, delivered


def test_a_main_verb_hung_on_the_root_noun_takes_it_as_subject() -> None:
    volunteers, delivered = _volunteers_delivered(with_object=True)
    assert not is_passive(delivered)
    assert subject_of(delivered) is volunteers


def test_a_participle_with_no_object_stays_a_reduced_relative() -> None:
    _, delivered = _volunteers_delivered(with_object=False)
    assert is_passive(delivered)
    assert subject_of(delivered) is None
