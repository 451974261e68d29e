"""Hand-marked actors (plover_gsr): does belli resolve each gold actor span to the right actor?

This is the first of NGEC's two actor figures (56.5% country+sector for NGEC): for every
gold actor the coders marked, find it in the sentence, take belli's mentions overlapping
it, and read the first actor of the mention that overlaps it most (ties: the earlier).
Country accuracy counts every gold actor with a country; country+sector accuracy only
those the coders gave a sector, with its own n. The second figure, actors of the events
belli finds itself, lives in events.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from belli.eval.codes import GoldActor, country_matches, parse_cameo_actor, sector_matches
from belli.eval.gold import GoldRecord
from belli.eval.metrics import Metric, Tally, ratio
from belli.records import Actor, Analysis, Mention

_ACTOR_SPANS = frozenset({"SRC", "TAR", "SRC/TAR"})
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Located:
    actor: GoldActor
    start: int
    end: int
    how: str  # exact | spacing | fragment | words


def gold_actors(record: GoldRecord) -> list[GoldActor]:
    """Every coded actor entry of every event in a plover_gsr record."""
    out = []
    for event in record.events:
        for side in ("source", "target"):
            for entry in event.get(side) or ():
                if isinstance(entry, dict) and entry.get("code") and entry.get("actorText"):
                    out.append(parse_cameo_actor(
                        str(entry["code"]), entry.get("sector"), str(entry["actorText"])
                    ))
    return out


def locate(text: str, actor_text: str, hints: Sequence[tuple[int, int]] = ()) -> tuple[int, int, str] | None:
    """Where the coders' actor text sits in the sentence.

    Coders' texts are not always verbatim ("NATO  peacekeeping troops", "U.S. ...
    negotiators", "French warships" for "French and Egyptian warships"); the fallbacks
    try flexible spacing, then the fragments around ellipses, then the longest run of
    its words. Among several occurrences, one inside a gold SRC/TAR span wins.
    """
    wanted = actor_text.strip()
    words = wanted.split()
    tries: list[tuple[str, str]] = [("spacing", r"\s+".join(map(re.escape, words)))]
    tries += [("fragment", re.escape(f.strip())) for f in re.split(r"\.{2,}|…", wanted) if f.strip()]
    tokens = _WORD.findall(wanted)
    for size in range(len(tokens), 0, -1):
        for i in range(len(tokens) - size + 1):
            run = tokens[i:i + size]
            if len("".join(run)) >= 3 or run[0][:1].isupper():
                tries.append(("words", r"\W+".join(map(re.escape, run))))
    for how, pattern in tries:
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)] if pattern else []
        if spans:
            inside = [s for s in spans if any(s[0] < h[1] and h[0] < s[1] for h in hints)]
            start, end = (inside or spans)[0]
            return start, end, ("exact" if how == "spacing" and text[start:end] == wanted else how)
    return None


def predicted_actor(start: int, end: int, mentions: Sequence[Mention], *,
                    acting_only: bool = False) -> tuple[Actor | None, Mention | None]:
    """The first actor of the mention with actors that overlaps [start, end) most.

    PLOVER's gold codes a place's country as an actor ("a research center in Tokyo" ->
    JAP), so by default a place's country link counts; `acting_only` leaves such location
    readings out, which is what a consumer of the contract's `actor` field sees.
    """
    best: tuple[int, int, Mention] | None = None
    for m in mentions:
        readings = [a for a in m.actors if not (acting_only and a.is_location)]
        size = min(end, m.end) - max(start, m.start)
        if size > 0 and readings and (best is None or (size, -m.start) > best[:2]):
            best = (size, -m.start, m)
    if best is None:
        return None, None
    return next(a for a in best[2].actors if not (acting_only and a.is_location)), best[2]


def score_hand_actors(
    pairs: Iterable[tuple[GoldRecord, Analysis | None]],
) -> tuple[list[Metric], list[dict[str, Any]]]:
    country, both, acting, unlocated = Tally(), Tally(), Tally(), 0
    errors: list[dict[str, Any]] = []
    for record, analysis in pairs:
        hints = [
            (int(e["start"]), int(e["end"])) for e in record.entities
            if e.get("type") in _ACTOR_SPANS and e.get("start") is not None
        ]
        for gold in gold_actors(record):
            if gold.country is None:
                continue  # "---": the coders give no country to check
            found = locate(record.text, gold.text or "", hints)
            if found is None:
                unlocated += 1
                continue
            start, end, how = found
            actor, mention = predicted_actor(start, end, analysis.mentions if analysis else ())
            ok_country = actor is not None and country_matches(gold, actor)
            country.add(ok_country)
            doer, _ = predicted_actor(start, end, analysis.mentions if analysis else (),
                                      acting_only=True)
            acting.add(doer is not None and country_matches(gold, doer))
            ok_both = None
            if gold.sector:
                ok_both = ok_country and actor is not None and sector_matches(gold, actor)
                both.add(ok_both)
            if not ok_country or ok_both is False:
                near = [m for m in (analysis.mentions if analysis else ()) if m.start < end and start < m.end]
                errors.append(_actor_error(record, gold, (start, end, how), actor, mention, near))
    return [
        country.metric("actors.hand_marked.country"),
        both.metric("actors.hand_marked.country_sector"),
        acting.metric("actors.hand_marked.country_acting_only"),
        # gold actors whose text could not be found in the sentence (left out of both n)
        Metric("actors.hand_marked.unlocated", ratio(unlocated, unlocated + country.total),
               unlocated + country.total),
    ], errors


def _actor_error(
    record: GoldRecord, gold: GoldActor, where: tuple[int, int, str],
    actor: Actor | None, mention: Mention | None, near: Sequence[Mention],
) -> dict[str, Any]:
    """The gold actor, belli's reading of it, and every mention overlapping it (with the
    place it resolved to, if any: a toponym read as a place carries no actor)."""
    return {
        "record": record.id,
        "task": "actors",
        "kind": "no_actor" if actor is None else "wrong_actor",
        "gold": {"text": gold.text, "code": gold.code, "country": gold.country,
                 "sector": gold.sector, "found": where[2]},
        "pred": None if actor is None else {
            "mention": mention.text if mention else None, "label": mention.label if mention else None,
            "country": actor.country, "sector": actor.sector, "reason": actor.reason,
        },
        "mentions": [{"text": m.text, "label": m.label,
                      "actors": [f"{a.country or '---'}{a.sector or ''}" for a in m.actors],
                      "place_country": m.place.country if m.place else None} for m in near],
        "start": where[0],
    }
