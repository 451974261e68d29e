"""Groups of a partly recognized entity (PRE) that the text names without its name.

A story about a breakaway region names it once ("Nagorno-Karabakh", "the Karabakh
Armenians", "Stepanakert") and then speaks of "the region's authorities", "the breakaway
region's forces" or "the separatist government". Those are the entity's own bodies,
whatever state the sentence also names ("agreed, through Russian peacekeepers, to
disarm"), so in a document naming a PRE they are coded under the PRE policy
(`belli.actors.policy`), like the entity's name would be:

* a group owned by the territory itself: "the region's authorities", "the enclave's
  army" (the possessor is a territory noun; it outranks an ethnic adjective: "the
  region's ethnic Armenian forces"); the region's people ("the region's residents")
  keep their sector in the state the policy codes the territory with (AZE CVL);
* a group whose own words are the de facto authorities' ("separatist government", "de
  facto leader": sector PRE in sectors.yaml) and which has no country of its own.

Outside such a document these phrases are left to the other passes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belli.actors.document import NOT_ACTORS
from belli.actors.policy import pre_actor, pre_country
from belli.actors.sectors import find_cue
from belli.records import COPIED_REASON, Actor, Mention

__all__ = ["TERRITORY_NOUNS", "entity_group"]

# nouns a story uses for a breakaway territory once it has named it
TERRITORY_NOUNS = frozenset({"region", "enclave", "territory", "republic", "entity"})
# sectors of the entity's own bodies, coded as the entity (PRE, or REB for its rebels)
_BODIES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "PRE", "REB", "PTY"})
# people, places and things: a group's body is none of them
_SKIP_LABELS = NOT_ACTORS | {"PERSON", "GPE", "LOC", "FAC"}


def entity_group(mention: Mention, span: Any, entries: Sequence[Any], kb: Any,
                 policy: str) -> Mention:
    """The mention coded as a body of the document's PRE, where its words make it one."""
    if not entries or span is None or mention.label in _SKIP_LABELS:
        return mention
    cue = find_cue([t.text for t in span], kb)
    if cue is None:
        return mention
    owner = _territory_owner(span)
    if owner is not None:
        why = f"{COPIED_REASON}: '{cue.phrase}' → {cue.sector} of the {owner}: {entries[0].name}, named in the document"
    elif cue.sector == "PRE" and not any(a.country for a in mention.actors):
        why = f"{COPIED_REASON}: '{cue.phrase}' → de facto authorities: of {entries[0].name}, named in the document"
    else:
        return mention
    return mention.replace(actors=(_coded(entries[0], mention.text, cue.sector, policy, why),))


def _coded(entry: Any, text: str, sector: str, policy: str, why: str) -> Actor:
    """The entity's bodies under the PRE policy; the region's people ("the region's
    ethnic Armenian residents") keep their sector in the state the policy codes it with."""
    if sector in _BODIES:
        return pre_actor(entry, text, "GOV" if sector == "PRE" else sector, policy, why)
    return Actor(text=text, name=entry.name, country=pre_country(entry, policy), sector=sector,
                 reason=f"{why} (pre_policy={policy})")


def _territory_owner(span: Any) -> str | None:
    """The territory that owns the group: "the region's authorities", "the breakaway
    region's forces" (the possessor may lie just outside the mention), "the regional
    government"."""
    for child in span.root.children:
        if child.dep_ == "poss" and child.lemma_.lower() in TERRITORY_NOUNS:
            return str(child.text)
        if child.dep_ == "amod" and child.lower_ == "regional":
            return "region"
    return None
