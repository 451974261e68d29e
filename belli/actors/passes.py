"""The actor stage's passes over the whole document, once every mention has its own
reading (the numbered steps in `belli.actors.resolve`): people recalled and appositions
shared, places and bodies, acronyms the text defines, groups with no country of their
own (after the bodies of a person the document knows: "Arce's government"), roles stated
beside a name, and the new mentions coreference and untagged groups make."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from belli.actors.acronyms import named_by_acronym, no_town_acronyms
from belli.actors.breakaway import entity_group
from belli.actors.coordination import coordinated_owners, states_after
from belli.actors.coref import Antecedent, coreferring_mentions, group_antecedents
from belli.actors.document import Office, domestic, heritage, people_pass, residence, un_council
from belli.actors.group_country import SentenceStates
from belli.actors.offices import office_mentions
from belli.actors.pairs import combined_forms, hyphen_pairs
from belli.actors.people import PersonMemory
from belli.actors.roles import owned_bodies, stated_roles
from belli.actors.scene import led_groups, listed_groups, scene_countries
from belli.actors.societies import split_societies
from belli.nlp.doc_index import pos_indices, sentence_numbers
from belli.nlp.lexicon import PhraseLexicon
from belli.records import COPIED_REASON, Mention

__all__ = ["DocumentPasses", "Known", "mention_span"]


@dataclass(frozen=True, slots=True)
class Known:
    """What the per-mention readings left for the passes."""

    memory: PersonMemory
    offices: dict[int, Office]
    antecedents: list[Antecedent]
    pre: list[Any]  # knowledge-base entries of partly recognized entities the text names
    names: Any  # the name lookup the readings used (caseless for an all-capitals text)


@dataclass(frozen=True, slots=True)
class DocumentPasses:
    kb: Any
    lexicon: PhraseLexicon
    policy: str

    def run(self, doc: Any, doc_id: str, mentions: list[Mention], spans: list[Any],
            known: Known) -> tuple[Mention, ...]:
        """The mentions after every pass, with the new ones, in text order."""
        mentions = people_pass(mentions, spans, known.memory, known.offices, self.kb,
                               self.lexicon)
        mentions = self._places_and_bodies(mentions, spans, known.pre)
        mentions, named = named_by_acronym(doc, doc_id, no_town_acronyms(mentions, spans),
                                           spans, self.kb)
        # before the groups: "Arce's government" is Arce's, whatever state its sentence names
        mentions = owned_bodies(mentions, spans, known.memory, self.kb)
        mentions = self._groups(mentions, spans, known.names)
        # after the groups: a person may speak for a body only they resolved
        mentions = stated_roles(mentions, spans, known.memory, self.kb, self.lexicon)
        # again: a body that defines an acronym may be resolved only among the groups ("the
        # Baloch Liberation Army, or BLA"); the first pass let the groups see the rest
        mentions, later = named_by_acronym(doc, doc_id, mentions, spans, self.kb)
        first = {n.start for n in named}
        named += [m for m in later if m.start not in first]
        mentions = [combined_forms(m, s, self.kb) for m, s in zip(mentions, spans, strict=True)]
        extra = named + self._new_mentions(doc, doc_id, mentions, spans, known)
        return _merged(mentions, extra)

    def _places_and_bodies(self, mentions: list[Mention], spans: list[Any],
                           pre: list[Any]) -> list[Mention]:
        mentions = split_societies(mentions, spans, self.kb.countries)  # "Turkish" + "Red Crescent"
        mentions = [residence(i, mentions, spans) for i in range(len(mentions))]
        mentions = [un_council(i, mentions, spans) for i in range(len(mentions))]
        mentions = [heritage(i, mentions, spans) for i in range(len(mentions))]
        return [entity_group(m, s, pre, self.kb, self.policy)
                for m, s in zip(mentions, spans, strict=True)]

    def _groups(self, mentions: list[Mention], spans: list[Any], names: Any) -> list[Mention]:
        scenes = scene_countries(mentions, spans, self.kb.countries)
        states = SentenceStates.of(mentions, spans, self.kb)  # once, not per group
        mentions = [domestic(i, mentions, spans, self.kb, self.lexicon, scenes, states)
                    for i in range(len(mentions))]
        mentions = coordinated_owners(mentions, spans, names)
        return states_after(mentions, spans, self.kb)

    def _new_mentions(self, doc: Any, doc_id: str, mentions: list[Mention], spans: list[Any],
                      known: Known) -> list[Mention]:
        antecedents = group_antecedents(mentions, spans, known.antecedents)
        extra = coreferring_mentions(doc, doc_id, mentions, antecedents, self.lexicon, self.kb)
        extra += listed_groups(doc, doc_id, mentions, spans, self.kb)
        told = [*mentions, *extra]  # a leader may be a pronoun: "led by its envoy"
        extra += led_groups(doc, doc_id, told, [mention_span(doc, m) for m in told], self.kb)
        extra += _surnames_named_again(doc, doc_id, [*mentions, *extra], known.memory)
        extra += office_mentions(doc, doc_id, [*mentions, *extra], self.kb)  # "the premier said"
        extra += hyphen_pairs(doc, doc_id, [*mentions, *extra], self.kb)  # "U.S.-Ukraine talks"
        return extra


def mention_span(doc: Any, mention: Mention) -> Any:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _surnames_named_again(doc: Any, doc_id: str, mentions: Sequence[Mention],
                          memory: PersonMemory) -> list[Mention]:
    """"... spokesman Aibek Smadiyarov said. Smadiyarov added": the model often misses a
    bare surname; a person resolved earlier in the document is recalled by it."""
    first_named: dict[str, int] = {}
    for m in mentions:
        for a in m.actors:
            if a.person and len(a.person.split()) > 1:
                first_named[a.person] = min(first_named.get(a.person, m.start), m.start)
    if not first_named:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    sentence_of = sentence_numbers(doc)
    out: list[Mention] = []
    for token in (doc[i] for i in pos_indices(doc, "PROPN")):
        if token.idx in taken or not token.is_title:
            continue
        actor = memory.recall(token.text)
        if actor is None or first_named.get(actor.person or "", token.idx) >= token.idx:
            continue
        why = f"{COPIED_REASON}: person: '{token.text}' is {actor.person}, named earlier in the document"
        out.append(Mention(doc_id=doc_id, start=token.idx, end=token.idx + len(token.text),
                           text=token.text, label="PERSON",
                           sentence=sentence_of.get(token.sent.start), source="coref",
                           actors=(replace(actor, text=token.text, reason=why),)))
    return out


def _inside_description(mention: Mention, extra: list[Mention]) -> bool:
    """Whether a mention of no one is a word of a description that refers back ("the
    WEST AFRICAN nation"): the description is the mention."""
    return any(e.source == "coref" and e.label == "NP" and e.start <= mention.start
               and mention.end <= e.end for e in extra)


def _merged(mentions: list[Mention], extra: list[Mention]) -> tuple[Mention, ...]:
    """Mentions plus coreferring ones, in text order; numbers inside "the two countries" go,
    and so does a mention of no one that a new one reads ("The Finance Minister")."""
    spans = {(e.start, e.end) for e in extra}
    kept = [m for m in mentions if not (m.label in ("CARDINAL", "ORDINAL") and any(
        e.start <= m.start and m.end <= e.end for e in extra))
        and not (not m.actors and (m.start, m.end) in spans)
        and not (not m.actors and _inside_description(m, extra))]
    return tuple(sorted([*kept, *extra], key=lambda m: (m.start, m.end)))
