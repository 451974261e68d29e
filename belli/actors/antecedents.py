"""The antecedents coreference (`belli.actors.coref`) may refer back to, and the choice
among them: pure, and tested without the model.

* a description ("the two countries") -> the last n distinct countries named
  (`pick_countries`);
* "it", "its" -> the subject before it in its sentence, else the nearest name before it,
  else the subject of the previous sentence(s), unless two states share that rank;
  "they" -> two or more states coordinated as a subject (`pick_salient`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from belli.actors.sectors import NON_STATE_BODIES
from belli.records import Actor, Mention

__all__ = ["WINDOW_SENTENCES", "Antecedent", "group_antecedents", "in_window", "kind_of",
           "pick_countries", "pick_salient"]

WINDOW_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Antecedent:
    """An actor mention that later text may refer back to."""

    start: int
    sentence: int | None
    actor: Actor
    # "state" | "igo" (a body that is no state: IGO or NGO, `kind_of`) | "office" (the
    # state a person or an office is named by: "KENYA'S president", for "the country"
    # only) | "person" (a known person's state: for "the two leaders" only) | "owner" (a
    # country inside a group phrase)
    kind: str
    subject: bool = False


def kind_of(actor: Actor) -> str:
    """The antecedent kind of a resolved body: "igo" for an IGO or NGO, else "state"."""
    return "igo" if actor.sector in NON_STATE_BODIES else "state"


def in_window(a: Antecedent, start: int, sentence: int | None) -> bool:
    if a.start >= start or a.sentence is None or sentence is None:
        return False
    return sentence - WINDOW_SENTENCES <= a.sentence <= sentence


def pick_countries(antecedents: Sequence[Antecedent], start: int, sentence: int | None,
                   count: int, acted_on: bool = False,
                   apart: tuple[int, int] | None = None, leaders: bool = False) -> list[Antecedent]:
    """The last `count` distinct countries before `start`, oldest first; [] if too few.
    A description `acted_on` (an object) is none of the subjects of its own sentence:
    "Russia urged the two countries" are not Russia and another. Nor is it one named
    within the characters `apart` (those who leave it: "the withdrawal of U.S. troops
    from the country"). A description of `leaders` ("the two leaders") refers back to
    the people and offices named, whose states are theirs."""
    chosen: dict[str, Antecedent] = {}
    for a in sorted(antecedents, key=lambda a: -a.start):
        if not in_window(a, start, sentence) or a.kind == "igo" or not a.actor.country:
            continue
        if acted_on and a.subject and a.sentence == sentence:
            continue
        if apart is not None and apart[0] <= a.start < apart[1]:
            continue
        if a.kind == "person" and not leaders:
            continue  # "Kenya's president met PUTIN, saying the country ...": not Russia
        if a.kind == "office" and not leaders and (count > 1 or a.sentence != sentence):
            # "KENYA'S president said the country ...": in its own sentence only, where
            # no envoy's or visitor's state outranks the state the story is about; and
            # "the two sides" after three leaders named: which two is unclear
            continue
        chosen.setdefault(a.actor.country, a)
        if len(chosen) == count:
            return sorted(chosen.values(), key=lambda a: a.start)
    return []


def pick_salient(antecedents: Sequence[Antecedent], start: int, sentence: int | None,
                 plural: bool = False) -> list[Antecedent]:
    """The salient referent(s) of a pronoun: see the module docstring; [] when unclear."""
    usable = [a for a in antecedents if in_window(a, start, sentence)
              and a.kind not in ("owner", "office", "person")]
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
    named = {a.start for a in antecedents if a.kind not in ("owner", "office", "person")}
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
