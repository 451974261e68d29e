"""Verbs that dispute a charge: "denied", "rejected", "dismissed", "refuted"."""

from __future__ import annotations

from belli.events.cue_lists import cue_list
from belli.events.syntax import Token, agent_of, lemma, subject_of
from belli.events.triggers import is_negated


def disputes(verb: Token) -> bool:
    """"denied", "rejected", "dismissed", "refuted" (not "did not deny", nor a veto or a
    boycott, which turn down a proposal, not a claim): a verb that disputes what it is on."""
    return lemma(verb) in cue_list("disputing_verbs") and not is_negated(verb)


def denier(noun: Token, verb: Token) -> Token | None:
    """Who disputes the charge noun: the verb's subject, or its "by" in the passive."""
    return agent_of(verb) if noun.dep_ == "nsubjpass" else subject_of(verb)


def disputed_charge(noun: Token) -> Token | None:
    """The verb disputing a charge noun that is its object ("REJECTED Pakistan's
    allegation", "the allegations were DENIED by Kabul"), if any."""
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and disputes(verb):
        return verb
    return None
