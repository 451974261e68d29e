"""`belli eval linking`: belli's canonical events against the real events an analyst found
told by two or more articles (tests/articles/linking/golden.json, README there).

belli reads every article the golden file names, as a user's would be read, stores the
results in a store in memory and links them as `belli ingest` does. A gold report is
located by its quote, by its facets' and by the retellings (`also`) its events file gives
for them: the belli events of that article whose sentence holds one of these quotes and
whose quad class is the gold type's are the report's events (an article that tells a
clash three times is right to link any of the three). Then, over pairs of
reports from different articles:

- **recall**: the gold pairs (two reports of one gold event) whose events belli put in
  one canonical event; a report belli coded no event for leaves its pairs unfound;
- **precision**: belli's linked pairs (two events of different golden articles in one
  canonical event) that are reports of one gold event. A pair whose events locate no gold
  report is wrong too: the golden file lists every event two articles tell.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from belli.analysis.canonical import link_store
from belli.errors import InputError
from belli.eval.golden import ROOT, at_quote, golden_dir, load_golden, locate, read_article
from belli.eval.metrics import Metric, Tally
from belli.events.lexicon import load_plover
from belli.records import Analysis
from belli.store import Store

__all__ = ["LINKING_FILE", "evaluate_linking", "load_gold", "score_links"]

LINKING_FILE = ROOT / "tests" / "articles" / "linking" / "golden.json"


@dataclass(frozen=True, slots=True)
class GoldReport:
    """One article's telling of a gold event, located by its quote (or a facet's)."""

    cluster: str
    article: dict[str, Any]
    quotes: tuple[str, ...]
    quads: frozenset[int]  # the gold type's quad class, and the one the article was coded with
    in_events_file: bool = True

    @property
    def key(self) -> str:
        return article_key(self.article)


def article_key(spec: dict[str, Any]) -> str:
    return f"{spec.get('path')}#{spec.get('id', '')}#{spec.get('url', '')}"


@dataclass(frozen=True, slots=True)
class Gold:
    reports: tuple[GoldReport, ...]
    related: frozenset[tuple[str, str]]  # clusters whose merging is neither right nor wrong


def load_gold(path: Path = LINKING_FILE) -> Gold:
    if not path.is_file():
        raise InputError(f"golden linking file not found: {path}")
    data = json.loads(path.read_text(encoding="utf-8"))
    quads = load_plover().quads
    retold = _Retellings()
    reports, related = [], set()
    for cluster in data["clusters"]:
        for other in cluster.get("related", ()):
            related |= {(cluster["id"], other), (other, cluster["id"])}
        for report in cluster["reports"]:
            coded = str((report.get("coded_as") or {}).get("type", "")).upper()
            types = {str(cluster.get("type", "")).upper(), coded}
            reports.append(GoldReport(
                cluster["id"], {k: report[k] for k in ("path", "id", "url") if k in report},
                retold.quotes(report, (report["quote"], *report.get("facets", ()))),
                frozenset(quads[t] for t in types if t in quads),
                bool(report.get("in_events_file", True))))
    return Gold(tuple(reports), frozenset(related))


class _Retellings:
    """The `also` quotes of events files' entries (read once per file): the same event
    told again in the same article."""

    def __init__(self) -> None:
        self._files: dict[str, dict[str, tuple[str, ...]]] = {}

    def quotes(self, report: dict[str, Any], quotes: tuple[str, ...]) -> tuple[str, ...]:
        """The quotes, each followed by its retellings, without repeats."""
        also = self._also(str(report.get("events_file") or ""))
        found = [q for quote in quotes for q in (quote, *also.get(quote, ()))]
        return tuple(dict.fromkeys(found))

    def _also(self, name: str) -> dict[str, tuple[str, ...]]:
        """Each entry's quote and its retellings, of the events file `name` (relative to
        the repository, or absolute); nothing when the report names none."""
        if name not in self._files:
            path = ROOT / name
            raw = json.loads(path.read_text("utf-8")) if name and path.is_file() else {}
            self._files[name] = {e["quote"]: tuple(e.get("also") or ())
                                 for e in raw.get("events") or ()}
        return self._files[name]


def evaluate_linking(pipeline: Any, path: Path = LINKING_FILE) -> tuple[
        list[Metric], list[dict[str, Any]], dict[str, Any]]:
    """Analyse every golden article (those of tests/articles/events: a false link to an
    article no gold event names counts too), link them in a store in memory, score."""
    gold = load_gold(path)
    specs = {article_key(g.article): g.article for g in load_golden(golden_dir())}
    specs.update({r.key: r.article for r in gold.reports})
    analyses: dict[str, Analysis] = {}
    skipped = []
    for key, spec in specs.items():
        article = read_article(spec, pipeline.settings)
        result = pipeline.process_batch([article])[0] if article is not None else None
        if isinstance(result, Analysis):
            analyses[key] = result
        else:
            skipped.append(key)
    canonical = _link(list(analyses.values()))
    metrics, errors = score_links(gold, analyses, canonical)
    info = {"records": len(analyses), "skipped": skipped, "gold_reports": len(gold.reports),
            "gold_events": len({r.cluster for r in gold.reports})}
    return metrics, errors, info


def _link(analyses: Sequence[Analysis]) -> dict[str, str]:
    """uid -> canonical id, linked as a store links what it holds."""
    with Store.open(":memory:") as store:
        store.write(list(analyses))
        link_store(store.con)
        rows = store.con.execute(
            "SELECT doc_id || '/' || event_id, canonical_id FROM event_links").fetchall()
    return {str(uid): str(cid) for uid, cid in rows}


def _events_at(report: GoldReport, analysis: Analysis) -> list[str]:
    spans = [span for q in report.quotes if (span := locate(analysis.article.text, q))]
    return [f"{e.doc_id}/{e.event_id}" for e in analysis.events
            if at_quote(e, spans) and (not report.quads or e.quad in report.quads)]


def score_links(gold: Gold, analyses: dict[str, Analysis],
                canonical: dict[str, str]) -> tuple[list[Metric], list[dict[str, Any]]]:
    located = {id(r): _events_at(r, analyses[r.key]) if r.key in analyses else []
               for r in gold.reports}
    recall, errors = _recall(gold, located, canonical)
    (precision, judged), wrong = _precision(gold, located, analyses, canonical)
    metrics = [recall.metric("linking.pairs.recall"), precision.metric("linking.pairs.precision"),
               judged.metric("linking.judged.precision")]
    return metrics, errors + wrong


def _recall(gold: Gold, located: dict[int, list[str]],
            canonical: dict[str, str]) -> tuple[Tally, list[dict[str, Any]]]:
    tally, errors = Tally(), []
    by_cluster: dict[str, list[GoldReport]] = defaultdict(list)
    for report in gold.reports:
        by_cluster[report.cluster].append(report)
    for cluster, members in by_cluster.items():
        for a, b in combinations(members, 2):
            if a.key == b.key:
                continue
            uncounted = [r for r in (a, b) if not r.in_events_file and not located[id(r)]]
            if uncounted:
                continue  # the article tells it, but no analyst codes it as an event there
            found = any(canonical.get(x) is not None and canonical.get(x) == canonical.get(y)
                        for x in located[id(a)] for y in located[id(b)])
            tally.add(found)
            if not found:
                errors.append({"kind": "missed_link", "event": cluster,
                               "quotes": [a.quotes[0], b.quotes[0]],
                               "coded": [bool(located[id(a)]), bool(located[id(b)])]})
    return tally, errors


def _precision(gold: Gold, located: dict[int, list[str]], analyses: dict[str, Analysis],
               canonical: dict[str, str]) -> tuple[tuple[Tally, Tally], list[dict[str, Any]]]:
    """Strict: every linked pair counts, a pair with an event no gold report names is
    wrong (the gold names one telling per article, so a second sentence about the same
    clash counts against belli); judged: only pairs whose two events both tell gold events."""
    clusters_of: dict[str, set[str]] = defaultdict(set)
    for report in gold.reports:
        for uid in located[id(report)]:
            clusters_of[uid].add(report.cluster)
    doc_of = {f"{e.doc_id}/{e.event_id}": e.doc_id for a in analyses.values() for e in a.events}
    groups: dict[str, list[str]] = defaultdict(list)
    for uid, cid in canonical.items():
        groups[cid].append(uid)
    tally, judged, errors = Tally(), Tally(), []
    for uids in groups.values():
        for x, y in combinations(sorted(uids), 2):
            if doc_of.get(x) == doc_of.get(y):
                continue
            cx, cy = clusters_of.get(x, set()), clusters_of.get(y, set())
            if any((p, r) in gold.related for p in cx for r in cy):
                continue  # parts of one episode the gold keeps apart: neither right nor wrong
            right = bool(cx & cy)
            tally.add(right)
            if cx and cy:
                judged.add(right)
            if not right:
                errors.append({"kind": "wrong_link", "events": [x, y],
                               "gold": [sorted(cx), sorted(cy)]})
    return (tally, judged), errors
