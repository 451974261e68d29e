"""Event scoring (plover_gsr, petr2_gsr_validation, petrarch2_unittest, muc4_*).

Gold labels become PLOVER types through data/event_types.csv (2016 draft labels, CAMEO
codes by longest prefix, MUC-4 incident types; a MUC-4 incident whose stage is THREATENED
is a THREATEN). Gold events with no PLOVER equivalent (CAMEO 01, statements) are dropped,
and a record left with none is not scored at all.

CAMEO gold writes each dyad of a compound or reciprocal event as its own event ("The US,
Russia and Switzerland met" is six 040 events); belli records one event with compound
actors, so a sentence's CAMEO events of one PLOVER type merge into one, with every actor.

Per record (a sentence, or a MUC-4 document):
- detection: the record has gold events / belli found at least one event -> P/R/F1;
- types: the bags of gold and predicted types are compared (TP = the smaller count), which
  gives type accuracy (TP over gold events) and per-type and macro F1;
- actors: each gold event is aligned to an unused belli event of the same type, else to
  the unused one sharing most actors; source (target) accuracy counts gold entries whose
  country (and sector, when coded) appears among the aligned event's source (target);
- own actors (NGEC's second figure, `events.actors.own`): each actor entry of belli's aligned events, right if
  a gold entry of the same side matches it;
- matched actors (`events.actors.matched_source`, `matched_target`): the source and target
  figures on aligned events of the gold type only, so a missed or mistyped event does not
  count against the actors.
A reciprocal belli event ("Jordan and Britain held drills") has no target side: its actors
answer for either gold side.
For MUC-4 only belli events of the types MUC incidents map to count (ASSAULT, COERCE,
THREATEN): the corpus does not annotate diplomacy. MUC-4 also scores roles
(`events.roles.perpetrator`, `events.roles.target`): each gold perpetrator (target or
victim) entity is found when one of belli's incident events names it on the source
(target) side. `events.records.pass_rate` is the share of records whose events all come
out right (types, and actors where scored): the unit-test view of the set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from belli.eval.codes import (
    GoldActor,
    country_matches,
    parse_cameo_actor,
    plover_of,
    sector_matches,
)
from belli.eval.gold import GoldRecord
from belli.eval.metrics import Counts, Metric, PerClass, Tally, multiset_counts, ratio
from belli.records import Actor, Analysis, Event

MUC_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
SIDES = ("source", "target")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    label: str
    type: str
    mode: str | None
    source: tuple[GoldActor, ...] = ()
    target: tuple[GoldActor, ...] = ()


@dataclass(slots=True)
class EventTally:
    detection: Counts = field(default_factory=Counts)
    types: PerClass = field(default_factory=PerClass)
    gold_events: int = 0
    skipped_records: int = 0
    records: int = 0
    actors: dict[str, Tally] = field(default_factory=dict)

    def actor(self, name: str) -> Tally:
        return self.actors.setdefault(name, Tally())


def gold_events(record: GoldRecord, scheme: str) -> tuple[list[GoldEvent], int]:
    """The record's scorable gold events, and how many had no PLOVER equivalent."""
    out, dropped = [], 0
    for raw in record.events:
        label = str(raw.get("type") or "")
        kind, mode = plover_of(scheme, label)
        if scheme == "muc4" and "THREATENED" in str(raw.get("stage") or ""):
            kind, mode = plover_of("muc4", "THREATENED")
        if kind is None:
            dropped += 1
            continue
        out.append(GoldEvent(label, kind, mode, _side(raw.get("source")), _side(raw.get("target"))))
    return (_merge_dyads(out) if scheme == "cameo" else out), dropped


def _merge_dyads(events: list[GoldEvent]) -> list[GoldEvent]:
    """CAMEO gold spells one meeting of three countries as six dyads; belli records one
    event with compound actors (ONTOLOGY.md), so same-type events of a sentence merge,
    each side keeping every distinct actor code."""
    merged: dict[str, GoldEvent] = {}
    for e in events:
        if e.type not in merged:
            merged[e.type] = e
            continue
        first = merged[e.type]
        merged[e.type] = GoldEvent(
            first.label, first.type, first.mode,
            _union(first.source, e.source), _union(first.target, e.target),
        )
    return list(merged.values())


def _union(a: tuple[GoldActor, ...], b: tuple[GoldActor, ...]) -> tuple[GoldActor, ...]:
    codes = {x.code for x in a}
    return a + tuple(x for x in b if x.code not in codes)


def _side(raw: Any) -> tuple[GoldActor, ...]:
    if isinstance(raw, str):  # CAMEO data: one code string per side
        return (parse_cameo_actor(raw),) if raw.strip() else ()
    actors = []
    for entry in raw or ():
        if isinstance(entry, dict) and entry.get("code"):
            actors.append(parse_cameo_actor(str(entry["code"]), entry.get("sector"), entry.get("actorText")))
    return tuple(actors)


def scheme_of(dataset: str) -> str:
    if dataset.startswith("muc4"):
        return "muc4"
    return "plover2016" if dataset == "plover_gsr" else "cameo"


def align(gold: Sequence[GoldEvent], pred: Sequence[Event]) -> list[tuple[GoldEvent, Event | None]]:
    """Each gold event with an unused belli event: same type first, then most shared actors."""
    unused = list(pred)
    pairs: list[tuple[GoldEvent, Event | None]] = []
    for g in gold:
        same = [p for p in unused if p.type == g.type]
        pool = same or unused
        best = max(pool, key=lambda p: _shared(g, p), default=None)
        if best is not None:
            unused.remove(best)
        pairs.append((g, best))
    return pairs


def _shared(g: GoldEvent, p: Event) -> int:
    return sum(
        any(country_matches(a, b) for b in getattr(p, side))
        for side in SIDES for a in getattr(g, side)
    )


def score_record(
    record: GoldRecord, analysis: Analysis | None, dataset: str, tally: EventTally, actors: bool
) -> dict[str, Any] | None:
    gold, dropped = gold_events(record, scheme_of(dataset))
    tally.records += 1
    if dropped and not gold:
        tally.skipped_records += 1
        return None
    pred = [e for e in (analysis.events if analysis else ()) if _counted(dataset, e)]
    tally.detection += Counts(tp=int(bool(gold and pred)), fp=int(bool(pred and not gold)),
                              fn=int(bool(gold and not pred)))
    tally.gold_events += len(gold)
    for kind, counts in multiset_counts((g.type for g in gold), (p.type for p in pred)).items():
        per_type = tally.types.get(kind)
        per_type += counts
    pairs = align(gold, pred)
    if actors:
        for g, p in pairs:
            _score_actors(g, p, tally)
    if dataset.startswith("muc4"):
        _score_muc_roles(record, pred, tally)
    wrong = sorted(g.type for g in gold) != sorted(p.type for p in pred)
    actors_wrong = actors and _actor_wrong(pairs)
    tally.actor("records.pass").add(not wrong and not actors_wrong)
    return _error(record, pairs, pred) if wrong or actors_wrong else None


# MUC-4 entity types by the role they play in an incident
_MUC_ROLES = {"PerpInd": "perpetrator", "PerpOrg": "perpetrator", "Target": "target",
              "Victim": "target"}


def _score_muc_roles(record: GoldRecord, pred: Sequence[Event], tally: EventTally) -> None:
    """Each gold perpetrator (target, victim) entity is found when one of belli's incident
    events names it on the source (target) side: the actor's words and one of the entity's
    mentions overlap."""
    entities: dict[tuple[str, Any], list[str]] = {}
    for entity in record.entities:
        role = _MUC_ROLES.get(str(entity.get("type")))
        if role:
            key = (role, entity.get("entity", entity.get("text")))
            entities.setdefault(key, []).append(str(entity.get("text") or "").lower())
    named = {side: [(a.text or "").lower() for p in pred for a in getattr(p, side)]
             for side in ("source", "target")}
    for (role, _), texts in entities.items():
        side = "source" if role == "perpetrator" else "target"
        tally.actor(f"roles.{role}").add(any(
            _overlaps(t, n) for t in texts for n in named[side] if t and n))


def _overlaps(gold: str, found: str) -> bool:
    return gold in found or found in gold


def _counted(dataset: str, event: Event) -> bool:
    return not dataset.startswith("muc4") or event.type in MUC_TYPES


def _pred_side(p: Event | None, side: str) -> Sequence[Actor]:
    """belli's actors of one side; a reciprocal event has no target side, so either will do."""
    if p is None:
        return ()
    return (*p.source, *p.target) if p.reciprocal else getattr(p, side)


def _score_actors(g: GoldEvent, p: Event | None, tally: EventTally) -> None:
    matched = p is not None and p.type == g.type
    for side in SIDES:
        got = _pred_side(p, side)
        wanted = [a for a in getattr(g, side) if a.country]
        for a in wanted:
            ok = any(country_matches(a, b) for b in got)
            tally.actor(f"{side}.country").add(ok)
            if matched:  # on events of the right type only (the "matched events")
                tally.actor(f"matched_{side}.country").add(ok)
            if a.sector:
                tally.actor(f"{side}.country_sector").add(
                    any(country_matches(a, b) and sector_matches(a, b) for b in got)
                )
        if p is None:
            continue
        for b in got:  # belli's own actors, judged against the gold side
            tally.actor("own.country").add(any(country_matches(a, b) for a in wanted))
            if any(a.sector for a in wanted):
                tally.actor("own.country_sector").add(
                    any(country_matches(a, b) and sector_matches(a, b) for a in wanted)
                )


def _actor_wrong(pairs: Sequence[tuple[GoldEvent, Event | None]]) -> bool:
    return any(
        not any(country_matches(a, b) for b in _pred_side(p, side))
        for g, p in pairs for side in SIDES for a in getattr(g, side) if a.country
    )


def _error(record: GoldRecord, pairs: Sequence[tuple[GoldEvent, Event | None]],
           pred: Sequence[Event]) -> dict[str, Any]:
    return {
        "record": record.id, "task": "events", "kind": "event_mismatch",
        "gold": [{"label": g.label, "type": g.type, "mode": g.mode,
                  "source": [a.code for a in g.source], "target": [a.code for a in g.target]}
                 for g, _ in pairs],
        "pred": [{"type": p.type, "mode": p.mode, "trigger": p.trigger,
                  "source": [_code(a) for a in p.source], "target": [_code(a) for a in p.target]}
                 for p in pred],
        "start": 0,
    }


def _code(actor: Actor) -> str:
    return f"{actor.country or '---'}{actor.sector or ''}"


def score_events(
    dataset: str, pairs: Iterable[tuple[GoldRecord, Analysis | None]], actors: bool = True
) -> tuple[list[Metric], list[dict[str, Any]]]:
    tally = EventTally()
    errors = [e for r, a in pairs if (e := score_record(r, a, dataset, tally, actors))]
    return _event_metrics(tally, actors, roles=dataset.startswith("muc4")), errors


def _event_metrics(tally: EventTally, actors: bool, roles: bool = False) -> list[Metric]:
    types = tally.types
    right = sum(c.tp for c in types.by_class.values())
    out = [
        *tally.detection.metrics("events.detection"),
        Metric("events.type.accuracy", right / tally.gold_events if tally.gold_events else None,
               tally.gold_events),
        types.macro_f1("events.type.macro_f1"),
        # records whose gold events all lack a PLOVER equivalent (CAMEO 01): not scored
        Metric("events.type.skipped_records",
               ratio(tally.skipped_records, tally.records), tally.records),
    ]
    for kind in sorted(types.by_class):
        out.extend(types.get(kind).metrics(f"events.by_type.{kind}"))
    out.append(tally.actor("records.pass").metric("events.records.pass_rate"))
    for role in ("perpetrator", "target") if roles else ():
        out.append(tally.actor(f"roles.{role}").metric(f"events.roles.{role}"))
    if actors:
        for side in (*SIDES, "matched_source", "matched_target", "own"):
            for what in ("country",) if side.startswith("matched") else ("country", "country_sector"):
                out.append(tally.actor(f"{side}.{what}").metric(f"events.actors.{side}.{what}"))
    return out
