"""Entity scoring (re3d, MEANTIME): P/R/F1 per gold type, micro and macro, exact and overlap.

Gold types map to belli labels through data/entity_types.csv (one gold type may accept
several labels: re3d Location <- GPE, LOC, FAC). A prediction counts for the first gold
type that lists its label; labels no gold type lists (ORDINAL, LANGUAGE...) are not
scored. Countries may be Organisation or Location in re3d (ORG or LOC in MEANTIME): a gold
span of such a type whose text is a country name accepts the labels of either.

Matching is one-to-one: exact = same offsets and an accepted label; overlap = spans share a
character and the label is accepted, the largest overlaps paired first. `overlap_named`
drops gold spans that are neither names nor numbers (pronouns and common nouns: "We",
"the regime"), which no named-entity recognizer tags, and ignores predictions lying on them.
MEANTIME annotates only each document's title, date line and first sentences: predictions
after the line of its last annotation are not scored. In the overlap modes a prediction nested inside a gold span already matched by another
prediction is ignored too: the two annotations cut the same entity differently.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from belli.eval.codes import DATA, country_of_name
from belli.eval.gold import GoldRecord
from belli.eval.metrics import Metric, PerClass
from belli.records import Analysis, Mention

MODES = ("exact", "overlap", "overlap_named")
# MEANTIME marks every mention (pronouns, nominals); names are what NER is scored on
_MEANTIME_NAMED = frozenset({"NAM", "PRE.NAM"})
_FUNCTION_WORDS = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "them", "their", "we", "us", "our", "i", "you", "your", "he", "him", "his", "she", "her", "who", "which", "what", "there", "here", "all", "some", "both", "each", "such"]
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    text: str

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@dataclass(frozen=True, slots=True)
class TypeMap:
    """A dataset's gold types, the belli labels each accepts, and the headline types."""

    labels: dict[str, frozenset[str]]
    headline: tuple[str, ...]
    flex: tuple[str, ...]

    def primary(self, label: str) -> str | None:
        """The gold type a predicted label counts for (first type in the table listing it)."""
        return next((t for t, labels in self.labels.items() if label in labels), None)

    def accepts(self, gold: Span, label: str) -> bool:
        if label in self.labels.get(gold.type, ()):
            return True
        if gold.type in self.flex and country_of_name(gold.text):
            return any(label in self.labels[t] for t in self.flex)
        return False


@cache
def type_map(dataset: str) -> TypeMap:
    with (DATA / "entity_types.csv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["dataset"] == dataset]
    return TypeMap(
        labels={r["gold_type"]: frozenset(r["labels"].split()) for r in rows},
        headline=tuple(r["gold_type"] for r in rows if r["headline"] == "yes"),
        flex=tuple(r["gold_type"] for r in rows if r["country_flex"] == "yes"),
    )


def gold_spans(record: GoldRecord, dataset: str) -> list[Span]:
    spans = []
    for e in record.entities:
        kind = e.get("type")
        if not kind:
            continue
        if dataset == "meantime_en" and not _meantime_scored(e):
            continue
        spans.append(Span(int(e["start"]), int(e["end"]), str(kind), str(e.get("text", ""))))
    return spans


def _meantime_scored(entry: Any) -> bool:
    kind = str(entry.get("type"))
    if kind == "TIMEX3" or kind.startswith("VALUE:"):
        return True
    return entry.get("syntactic_type") in _MEANTIME_NAMED


def annotated_until(record: GoldRecord) -> int:
    """End of the line holding MEANTIME's last annotation: only the title, the date line
    and the first sentences are annotated, so predictions further on are not scored."""
    offsets = [int(e["end"]) for e in record.entities if e.get("end") is not None]
    offsets += [int(e["trigger"]["end"]) for e in record.events
                if isinstance(e.get("trigger"), dict) and e["trigger"].get("end") is not None]
    last = max(offsets, default=0)
    newline = record.text.find("\n", last)
    return len(record.text) if newline < 0 else newline


def is_named(span: Span) -> bool:
    """A name or a number: some word is capitalised (other than a sentence-initial
    pronoun or determiner, "We", "The group") or holds a digit."""
    return any(
        any(ch.isdigit() for ch in word)
        or (word[:1].isupper() and word.lower().strip(".,;:’'\"") not in _FUNCTION_WORDS)
        for word in span.text.split()
    )


def match(
    gold: Sequence[Span], pred: Sequence[Mention], tmap: TypeMap, exact: bool
) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs; for overlap the largest overlaps first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            span = Span(p.start, p.end, p.label, p.text)
            same = g.start == p.start and g.end == p.end
            size = g.overlap(span)
            if (same if exact else size > 0) and tmap.accepts(g, p.label):
                candidates.append((-size, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def score_record(
    gold: list[Span], pred: Sequence[Mention], tmap: TypeMap, mode: str, tally: PerClass
) -> list[dict[str, Any]]:
    """Add one record's counts to `tally`; return its errors (misses and spurious spans)."""
    scored = [p for p in pred if tmap.primary(p.label)]
    dropped: list[Span] = []
    if mode == "overlap_named":
        dropped = [g for g in gold if not is_named(g)]
        gold = [g for g in gold if is_named(g)]
    pairs = match(gold, scored, tmap, exact=(mode == "exact"))
    hit_g, hit_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, _ in pairs:
        tally.get(gold[gi].type).tp += 1
    errors = []
    for gi, g in enumerate(gold):
        if gi not in hit_g:
            tally.get(g.type).fn += 1
            errors.append(_miss(g, pred))
    # In overlap modes a prediction lying inside a gold span that another prediction
    # already matched is a difference of granularity ("Iraqi" + "Fuad Masum" for the gold
    # "Iraqi President Fuad Masum"), neither a hit nor a false alarm.
    absorbing = dropped if mode == "exact" else dropped + [gold[gi] for gi in hit_g]
    for pi, p in enumerate(scored):
        span = Span(p.start, p.end, p.label, p.text)
        if pi in hit_p or any(_inside(span, d) if d in gold else d.overlap(span) for d in absorbing):
            continue
        tally.get(tmap.primary(p.label) or p.label).fp += 1
        errors.append({"kind": "spurious", "gold": None, "pred": _mention(p), "start": p.start})
    return errors


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _miss(g: Span, pred: Sequence[Mention]) -> dict[str, Any]:
    near = [p for p in pred if g.overlap(Span(p.start, p.end, p.label, p.text))]
    return {
        "kind": "wrong_type" if near else "missed",
        "gold": {"start": g.start, "end": g.end, "type": g.type, "text": g.text},
        "pred": [_mention(p) for p in near] or None,
        "start": g.start,
    }


def _mention(m: Mention) -> dict[str, Any]:
    return {"start": m.start, "end": m.end, "label": m.label, "text": m.text}


def score_entities(
    dataset: str, pairs: Iterable[tuple[GoldRecord, Analysis | None]]
) -> tuple[list[Metric], list[dict[str, Any]]]:
    """Metrics for every mode, and the overlap-mode errors of every record."""
    tmap = type_map(dataset)
    tallies = {mode: PerClass() for mode in MODES}
    errors: list[dict[str, Any]] = []
    for record, analysis in pairs:
        gold = gold_spans(record, dataset)
        pred = analysis.mentions if analysis else ()
        if dataset == "meantime_en":
            until = annotated_until(record)
            pred = tuple(m for m in pred if m.start < until)
        for mode in MODES:
            found = score_record(gold, pred, tmap, mode, tallies[mode])
            if mode == "overlap":
                errors.extend({"record": record.id, "task": "entities", **e} for e in found)
    return _entity_metrics(tmap, tallies), errors


def _entity_metrics(tmap: TypeMap, tallies: dict[str, PerClass]) -> list[Metric]:
    out: list[Metric] = []
    for mode, tally in tallies.items():
        for kind in tmap.labels:
            out.extend(tally.get(kind).metrics(f"entities.{mode}.{kind}"))
        out.extend(tally.micro(tmap.headline).metrics(f"entities.{mode}.micro"))
        out.extend(tally.micro(tmap.labels).metrics(f"entities.{mode}.micro_all"))
        out.append(tally.macro_f1(f"entities.{mode}.macro.f1", tmap.headline))
    return out
