"""Whom a demand, an allegation or a warning aims at, read off the clause it holds: its
subject ("demanded that ISRAEL withdraw"), or for a passive the "by" agent who is to act
("that the prisoners be freed BY THE ARMY"): target finders of `roles`.
"""

from __future__ import annotations

from belli.events.participants import Found, Participants
from belli.events.role_record import Roles, note, organ_of_source, own_body
from belli.events.syntax import Token, agent_of

__all__ = ["clause_doer", "clause_subject", "held_clauses"]


def clause_subject(head: Token, people: Participants, roles: Roles, kind: str = "") -> None:
    """The subject of the clause a demand or an allegation holds is whom it is aimed at:
    "demanded that Israel withdraw", "the demand that Israel ease restrictions"; a warning's
    only with "that" ("warned THAT the militias could not stay"), not a clause the parser
    hung on it from a report inside ("threatened to shell towns where, it said, ..."). The
    source's own body as that subject tells its own act, no target ("warned that TEHRAN
    would not tolerate ..."), and so, for a threat, does another organ of its state
    ("vowed that THE ARMY would destroy Hamas"): whom that act aims at is
    `roles._own_act_targets`'."""
    for clause in held_clauses(head):
        if kind == "THREATEN" and not _that_clause(clause):
            continue
        subject = clause_doer(clause, kind)
        if subject is not None:
            own = _own_side if kind == "THREATEN" else own_body
            found = [f for f in people.phrase(subject)
                     if not f.is_place and not own(f, roles.source)]
            roles.target.extend(found)
            note(roles, found, f"subject of '{clause.text}'", subject)


def _own_side(found: Found, source: list[Found]) -> bool:
    """The source's own body, or another organ of the same state ("Netanyahu vowed that
    THE ARMY would destroy Hamas": the army's act is the state's own threat); a person
    named stays one warned ("warned that Interior Minister Rivera would face ...")."""
    if own_body(found, source):
        return True
    return organ_of_source(found, {(f.actor.country, f.actor.sector) for f in source})


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def held_clauses(head: Token) -> list[Token]:
    """The clauses a word holds, small clauses too ("holds Yerevan ACCOUNTABLE", "considers
    Greece AN AGGRESSOR"); for a noun object, also a "that" clause the parse hung on its
    verb ("reiterated its demand today THAT Israel ease": the clause is the demand's)."""
    found = [c for c in head.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
             or c.dep_ == "ccomp" and c.pos_ == "ADJ"
             # "considers GREECE an aggressor", parsed as a clause headed by the noun
             or c.dep_ == "ccomp" and c.pos_ == "NOUN"
             and any(s.dep_ == "nsubj" for s in c.children)]
    if not found and head.pos_ == "NOUN" and head.dep_ == "dobj":
        found = [c for c in head.head.children if c.dep_ == "ccomp" and c.i > head.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return found


def clause_doer(clause: Token, kind: str) -> Token | None:
    """Who is to act in the clause: its subject, or for a passive its "by" agent ("demanded
    that the prisoners be freed BY THE ARMY"). A passive's subject undergoes the act: never
    whom a demand asks ("that he be bailed out"), and one accused only with no agent told
    ("alleged that officials were involved")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubj":
        return subject
    agent = agent_of(clause)
    return agent if agent is not None or kind == "REQUEST" else subject
