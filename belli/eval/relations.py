"""`belli eval relations`: the standing relations belli finds against a hand-made list
(tests/articles/relations/golden.json, README there), written blind to belli's rules.

belli reads every golden article (those of tests/articles/events, and any other article
the list cites), runs the whole pipeline, and gathers the relation records of them all.
A relation is keyed by its type and its countries or organisations (sectors dropped:
"RUS MIL" hosted is Russia's): a symmetric type (ally, partner, rival) by the pair in any
order, the others by source → target, a mediator by each party it mediates between.
precision = belli's keys in the list / belli's keys; recall = the list's keys belli
finds / the list's keys. Dates, items and statuses are not scored here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from belli.errors import InputError
from belli.eval.golden import ROOT, golden_dir, load_golden, read_article
from belli.eval.linking import article_key
from belli.eval.metrics import Metric, Tally
from belli.records import Actor, Analysis, Relation

__all__ = ["RELATIONS_FILE", "evaluate_relations", "gold_keys", "relation_keys"]

RELATIONS_FILE = ROOT / "tests" / "articles" / "relations" / "golden.json"
SYMMETRIC = frozenset({"ally", "partner", "rival"})
Key = tuple[str, str, str]


def _code(value: str) -> str:
    return value.split()[0].upper()


def _key(kind: str, source: str, target: str) -> Key:
    if kind in SYMMETRIC:
        source, target = sorted((source, target))
    return kind, source, target


def _codes(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [_code(v) for v in ([value] if isinstance(value, str) else value)]


def gold_keys(entries: Iterable[dict[str, Any]]) -> set[Key]:
    keys = set()
    for entry in entries:
        sources, targets = _codes(entry.get("source")), _codes(entry.get("target"))
        if entry["type"] in SYMMETRIC and not targets:
            sources, targets = sources[:1], sources[1:]
        keys |= {_key(entry["type"], s, t) for s in sources for t in targets if s != t}
    return keys


def _actor_codes(actors: Sequence[Actor]) -> list[str]:
    return [a.country for a in actors if a.country]


def relation_keys(relations: Iterable[Relation]) -> set[Key]:
    keys = set()
    for r in relations:
        sources, targets = _actor_codes(r.source), _actor_codes(r.target)
        if r.type in SYMMETRIC and not targets:
            keys |= {_key(r.type, a, b) for i, a in enumerate(sources) for b in sources[i + 1:]
                     if a != b}
        else:
            keys |= {_key(r.type, s, t) for s in sources for t in targets if s != t}
    return keys


def evaluate_relations(pipeline: Any, path: Path = RELATIONS_FILE) -> tuple[
        list[Metric], list[dict[str, Any]], dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"golden relations file not found: {path}")
    entries = json.loads(path.read_text(encoding="utf-8"))["relations"]
    specs = {article_key(g.article): g.article for g in load_golden(golden_dir())}
    for entry in entries:
        for evidence in entry.get("evidence", ()):
            spec = {k: evidence[k] for k in ("path", "id", "url") if k in evidence}
            specs.setdefault(article_key(spec), spec)
    relations: list[Relation] = []
    skipped = []
    for key, spec in specs.items():
        article = read_article(spec, pipeline.settings)
        result = pipeline.process_batch([article])[0] if article is not None else None
        if isinstance(result, Analysis):
            relations.extend(result.relations)
        else:
            skipped.append(key)
    metrics, errors = score_relations(gold_keys(entries), relation_keys(relations))
    info = {"records": len(specs) - len(skipped), "skipped": skipped,
            "gold_relations": len(entries), "relation_records": len(relations)}
    return metrics, errors, info


def score_relations(gold: set[Key], found: set[Key]) -> tuple[list[Metric],
                                                              list[dict[str, Any]]]:
    recall, precision = Tally(), Tally()
    for key in sorted(gold):
        recall.add(key in found)
    for key in sorted(found):
        precision.add(key in gold)
    errors = ([{"kind": "missed_relation", "relation": list(k)} for k in sorted(gold - found)]
              + [{"kind": "wrong_relation", "relation": list(k)} for k in sorted(found - gold)])
    by_type = []
    for kind in sorted({k[0] for k in gold | found}):
        g, f = {k for k in gold if k[0] == kind}, {k for k in found if k[0] == kind}
        by_type += [Metric(f"relations.{kind}.recall", len(g & f) / len(g) if g else None,
                           len(g)),
                    Metric(f"relations.{kind}.precision", len(g & f) / len(f) if f else None,
                           len(f))]
    return [recall.metric("relations.all.recall"),
            precision.metric("relations.all.precision"), *by_type], errors
