"""The relation stage (`relations.rules.v1`): standing relations for every analysed
article, from its events and from what its sentences state."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from itertools import chain

from belli.records import Analysis, Relation
from belli.relations import STAGE
from belli.relations.build import relations_of
from belli.relations.document import Document
from belli.relations.events import event_candidates
from belli.relations.lexicon import RelationLexicon, load_relation_lexicon
from belli.relations.text import text_candidates
from belli.settings import Settings

__all__ = ["RelationStage", "derive_relations"]


def derive_relations(analysis: Analysis, lexicon: RelationLexicon,
                     organizations: Collection[str]) -> tuple[Relation, ...]:
    """The relations one analysed article states or implies. Pure: it reads the article's
    sentences, mentions and events, never the parse."""
    doc = Document(analysis, lexicon, frozenset(organizations))
    return relations_of(doc, chain(event_candidates(doc), text_candidates(doc)))


@dataclass
class RelationStage:
    lexicon: RelationLexicon
    organizations: frozenset[str]
    name: str = STAGE
    needs: frozenset[str] = frozenset({"mentions", "events"})
    adds: frozenset[str] = frozenset({"relations"})

    @classmethod
    def from_settings(cls, settings: Settings) -> RelationStage:
        from belli.actors.kb import load_kb

        # an organization's code may have three letters (CIS, SCO, GCC): ask the knowledge
        # base, not the code's length, which slots are organizations
        return cls(load_relation_lexicon(), frozenset(load_kb().igos))

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        return [a.replace(relations=derive_relations(a, self.lexicon, self.organizations))
                for a in batch]
