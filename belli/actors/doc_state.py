"""What the actor stage knows about the document it resolves, shared by its readers
(`belli.actors.resolve`, `belli.actors.mention_facts`, `belli.actors.unplaced`,
`belli.actors.named_places`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from belli.actors.antecedents import Antecedent
from belli.actors.document import Office
from belli.actors.people import PersonMemory
from belli.actors.person_names import PersonWords
from belli.records import Place

__all__ = ["STATE_KINDS", "DocState"]

# the kinds of knowledge-base names that name a state
STATE_KINDS = frozenset({"country", "capital", "metonym", "adjective", "demonym"})


@dataclass
class DocState:
    """What the stage knows about the document being resolved."""

    doc: Any
    date: str | None
    pre_rebels: tuple[str, str] | None
    memory: PersonMemory = field(default_factory=PersonMemory)
    antecedents: list[Antecedent] = field(default_factory=list)
    # the stated office of each person the knowledge base does not know, by mention start
    offices: dict[int, Office] = field(default_factory=dict)
    # towns the text places in a division ("Paris, Texas"), by name
    towns: dict[str, Place] = field(default_factory=dict)
    # the codes of the states the document names anywhere
    named: frozenset[str] = frozenset()
    # the words of the people's names the document gives in full ("Jesse Jackson")
    person_words: PersonWords = field(default_factory=PersonWords)
