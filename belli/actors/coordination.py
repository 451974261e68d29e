"""Country adjectives coordinated before a group the model tagged apart from them.

"Sierra Leonean and Liberian refugees" is one group of two countries, but the model
often tags the first adjective alone ("Sierra Leonean", NORP) and leaves the group
phrase to the last one ("Liberian refugees"), or tags each adjective alone before the
group's noun. Names inside one mention are read
together already (`Resolver._read_places`); this pass joins the split ones: each bare
adjective joined to the group by "and", "or" or a comma owns the group too, in its
sector, and the group lists every country.
"""

from __future__ import annotations

from typing import Any

from belli.actors.context import Anchor, NameSource, find_anchors
from belli.records import Actor, Mention

__all__ = ["coordinated_owners"]

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
