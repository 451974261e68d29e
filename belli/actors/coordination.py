"""Country adjectives coordinated before a group the model tagged apart from them.

"Sierra Leonean and Liberian refugees" is one group of two countries, but the model
often tags the first adjective alone ("Sierra Leonean", NORP) and leaves the group
phrase to the last one ("Liberian refugees"), or tags each adjective alone before the
group's noun. Names inside one mention are read together already (`PlaceReader.read`
in `belli.actors.named_places`); this pass joins the split ones: each bare
adjective joined to the group by "and", "or" or a comma owns the group too, in its
sector, and the group lists every country.

Likewise "units of Azerbaijan, Turkey and Pakistan", "troops from Kenya and Uganda": the
states after "of" or "from" a group noun all own the group (`states_after`), each in the
group's sector, however the model split the phrase.
"""

from __future__ import annotations

from typing import Any

from belli.actors.context import Anchor, NameSource, find_anchors
from belli.actors.document import NOT_ACTORS
from belli.actors.sectors import find_cue
from belli.records import Actor, Mention

__all__ = ["coordinated_owners", "states_after"]

_ORIGIN = frozenset({"of", "from"})  # "units of A and B", "troops from A and B"
# a person, or a thing that is no actor ("a drone from Iran": its maker, not its owner)
_NOT_GROUPS = NOT_ACTORS | {"PERSON"}

_GLUE = frozenset({"and", "or", ","})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # "Americans and Liberian refugees": two groups


def coordinated_owners(mentions: list[Mention], spans: list[Any], kb: NameSource) -> list[Mention]:
    """Mentions with the owners of each split coordinated group filled in (module doc)."""
    out = list(mentions)
    for i, span in enumerate(spans):
        group = _group_actor(out[i], span, kb)
        if group is None:
            continue
        owners = _adjectives_before(i, out, spans, kb)
        if not owners:
            continue
        shared = [_owner_actor(group, out[j], anchor, out[i].text) for j, anchor in owners]
        for (j, _), actor in zip(owners, shared, strict=True):
            out[j] = out[j].replace(actors=(actor.replace(text=out[j].text),))
        # the group's own name first (its primary actor), then the adjectives before it
        out[i] = out[i].replace(actors=(*out[i].actors, *reversed(shared)))
    return out


def _group_actor(mention: Mention, span: Any, kb: NameSource) -> Actor | None:
    """The actor of a group phrase that opens with a country adjective ("Liberian
    refugees"), when it has a sector and is no mere place."""
    if span is None or not mention.actors:
        return None
    actor = mention.actors[0]
    if actor.sector is None or actor.is_location or actor.person:
        return None
    first = _whole_adjective(span, kb, need_whole=False)
    if first is None:
        return None
    if first.end < span.end:
        return actor  # "Liberian refugees"
    # a bare adjective before the group's noun, which the model left out: "Guinean traders"
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return actor if after is not None and after.pos_ == "NOUN" else None


def _adjectives_before(i: int, mentions: list[Mention], spans: list[Any],
                       kb: NameSource) -> list[tuple[int, Anchor]]:
    """Bare country adjectives right before mention i, each joined by glue words only,
    nearest first."""
    found: list[tuple[int, Anchor]] = []
    cursor = spans[i].start
    doc = spans[i].doc
    for j in range(i - 1, -1, -1):
        span = spans[j]
        if span is None or span.end > cursor:
            continue
        between = [t.lower_ for t in doc[span.end:cursor]]
        if not between or any(w not in _GLUE for w in between):
            break
        anchor = _whole_adjective(span, kb, need_whole=True)
        if anchor is None or span[-1].tag_ in _PLURAL_TAGS:
            break
        found.append((j, anchor))
        cursor = span.start
    return found


def _whole_adjective(span: Any, kb: NameSource, need_whole: bool) -> Anchor | None:
    """The country adjective opening the span (covering all of it with `need_whole`)."""
    anchors = find_anchors(span, kb)
    if not anchors or anchors[0].start != span.start or "adjective" not in anchors[0].kinds():
        return None
    if need_whole and (len(anchors) > 1 or anchors[0].end != span.end):
        return None
    return anchors[0]


def _owner_actor(group: Actor, mention: Mention, anchor: Anchor, group_text: str) -> Actor:
    match = next(m for m in anchor.matches if m.kind == "adjective")
    why = (f"adjective {anchor.text} coordinated with '{group_text}': one {group.sector} "
           f"group, {match.code} among its countries")
    return group.replace(text=mention.text, name=getattr(match.entry, "name", None),
                         country=match.code, reason=why)


def states_after(mentions: list[Mention], spans: list[Any], kb: Any) -> list[Mention]:
    """Mentions with every state after "of"/"from" owning the group before it (module doc)."""
    out = list(mentions)
    for i, span in enumerate(spans):
        if span is None or out[i].label in _NOT_GROUPS or span.root.pos_ != "NOUN":
            continue  # a common noun heads a group; "Republic of Congo" is a name
        sector = _group_sector(out[i], span, kb)
        group = _state(out[i], kb)
        owners = [j for j in _owner_mentions(span, spans, inside=group is not None)
                  if j != i and _state(out[j], kb)]
        if sector is None or not owners:
            continue
        shared = [_owned(out[i].text, sector, _state(out[j], kb)) for j in owners]
        for j, actor in zip(owners, shared, strict=True):
            out[j] = out[j].replace(actors=(actor.replace(text=out[j].text),))
        known = {a.country for a in out[i].actors}
        added = tuple(a for a in shared if a.country not in known)
        kept = tuple(a for a in out[i].actors if a.country)  # and those coordination added
        out[i] = out[i].replace(actors=(*kept, *added))
    return out


def _owner_mentions(span: Any, spans: list[Any], inside: bool) -> list[int]:
    """Mentions holding the objects of "of"/"from" after the group's head and the names
    coordinated with them; with `inside`, only where the first object is in the group's
    own phrase ("units of Azerbaijan", its owner already, then "Turkey and Pakistan")."""
    objects = [o for p in span.root.children if p.dep_ == "prep" and p.lower_ in _ORIGIN
               for o in p.children if o.dep_ == "pobj"
               and (not inside or span.start <= o.i < span.end)]
    tokens = [t for o in objects for t in (o, *o.conjuncts)]
    if not tokens:
        return []
    return [j for j, other in enumerate(spans) if other is not None
            and any(other.start <= t.i < other.end for t in tokens)]


def _group_sector(mention: Mention, span: Any, kb: Any) -> str | None:
    """The group's sector: its own actor's, else the cue of its head and compounds."""
    if mention.actors:
        actor = mention.actors[0]
        return actor.sector if actor.country and not actor.is_location and not actor.person else None
    head = span.root
    words = [t.text for t in head.lefts if t.dep_ in ("compound", "amod")] + [head.text]
    cue = find_cue(words, kb)
    return cue.sector if cue is not None and cue.sector not in ("IGO", "NGO") else None


def _state(mention: Mention, kb: Any) -> Actor | None:
    """The mention's first actor, when it is a state's (no person, no organization)."""
    actor = mention.actors[0] if mention.actors else None
    if actor is None or actor.person or actor.country not in kb.countries:
        return None
    return actor


def _owned(group_text: str, sector: str, owner: Actor | None) -> Actor:
    country = owner.country if owner else None
    why = f"'{group_text}' with {owner.text if owner else '?'} among its states (of/from) → {country} {sector}"
    return Actor(text=group_text, name=owner.name if owner else None, country=country,
                 sector=sector, reason=why)
