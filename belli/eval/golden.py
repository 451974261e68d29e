"""`belli eval golden`: belli's events against the events an analyst wrote down.

The golden files (`tests/articles/events/*.events.json`, format in that folder's
README) each name a real article and list every event an analyst codes in it, located
by short quotes. belli reads the article as a user's would be read (cleaning included),
runs the whole pipeline, and each event is judged:

- a gold event is **found** when a belli event whose sentence holds one of its quotes has
  the same type and, on each side the gold fills, at least one of the gold countries
  (for reciprocal events either side will do);
- a belli event is **right** when it is how some gold event is found, or finds a gold
  event at another of its quotes (the same event told again); a second belli event at
  the same telling is a duplicate and counts as wrong.

recall = found / gold events; precision = right / belli events. Beside them: type-only
recall (the sentence and type, any actors), and on found events how often certainty,
aux modes and attribution agree, and the sector of gold actors that give one.

Every miss and every wrong event also gets a cause, counted as a share (`golden.missed.*`
of the gold events, `golden.wrong.*` of belli's): a missed event had no belli event at its
quote (`no_event`), only events of other types (`other_type`), or one of its type whose
actors disagree (`actors`), or one of its type and actors that already found another gold
event told in that sentence (`taken`: two gold events, one belli event), or its quote is
not in the text (`unlocated`); a wrong event
stands at no gold quote (`off_gold`), at one of another type (`other_type`), or at one of
its type with other actors or as a second record of a telling (`actors`). The shares
let a held-back set be diagnosed without reading its records.
Articles whose source is missing (the shared corpus beside the checkout) are skipped
and counted.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from belli.errors import InputError
from belli.eval.metrics import Metric, Tally, ratio
from belli.records import Analysis, Article, Event, Failure

__all__ = ["GOLDEN_DIR", "GoldenEvent", "GoldenFile", "evaluate_golden", "golden_dir",
           "load_golden", "locate", "score_golden"]

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_DIR = ROOT / "tests" / "articles" / "events"
ENV_GOLDEN = "BELLI_GOLDEN_DIR"
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
                       "\u00a0": " ", "″": '"'})


@dataclass(frozen=True, slots=True)
class GoldenEvent:
    file: str
    index: int
    quotes: tuple[str, ...]
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    reciprocal: bool
    certainty: str
    aux: frozenset[str]
    attributed_to: str | None

    @property
    def sides(self) -> tuple[frozenset[str], frozenset[str]]:
        return _countries(self.source), _countries(self.target)


@dataclass(frozen=True, slots=True)
class GoldenFile:
    name: str
    path: Path
    article: dict[str, Any]
    events: tuple[GoldenEvent, ...]


def golden_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    folder = Path(explicit or os.environ.get(ENV_GOLDEN) or GOLDEN_DIR).expanduser()
    if not folder.is_dir():
        raise InputError(f"golden folder not found: {folder}",
                         hint=f"set {ENV_GOLDEN} to the folder of *.events.json files")
    return folder


def load_golden(folder: Path) -> list[GoldenFile]:
    return [_file(path) for path in sorted(folder.glob("*.events.json"))]


def _file(path: Path) -> GoldenFile:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"golden file {path.name} is not readable JSON: {exc}") from exc
    name = path.name.removesuffix(".events.json")
    events = tuple(
        GoldenEvent(
            file=name, index=i, quotes=(e["quote"], *e.get("also", ())), type=e["type"],
            source=tuple(e.get("source") or ()), target=tuple(e.get("target") or ()),
            reciprocal=bool(e.get("reciprocal")), certainty=e.get("certainty", "asserted"),
            aux=frozenset(e.get("aux") or ()), attributed_to=e.get("attributed_to"),
        )
        for i, e in enumerate(raw.get("events") or ())
    )
    return GoldenFile(name, path, dict(raw.get("article") or {}), events)


def article_path(spec: dict[str, Any]) -> Path:
    """Where the article of a golden file lives (paths are relative to the repo root)."""
    return (ROOT / str(spec.get("path", ""))).resolve()


def read_article(spec: dict[str, Any], settings: Any) -> Article | None:
    """The golden file's article as belli reads it, or None if its source is absent."""
    path = article_path(spec)
    if not path.is_file():
        return None
    for item in _articles(path, settings):
        meta = item.meta or {}
        if "id" in spec and str(meta.get("id")) != str(spec["id"]):
            continue
        if "url" in spec and item.url != spec["url"]:
            continue
        return item
    raise InputError(f"golden article not found in {path}: {spec}")


@lru_cache(maxsize=8)
def _articles(path: Path, settings: Any) -> tuple[Article, ...]:
    """Every article a source file holds, read once: many golden files share one
    (voa_stories.jsonl). Keyed by the settings too, since they shape the reading."""
    from belli.ingest import read_sources

    return tuple(item for item in read_sources([path], settings) if not isinstance(item, Failure))


def _fold(text: str) -> str:
    return " ".join(_LINK.sub(r"\1", text).translate(_FOLD).lower().split())


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where a quote is in the text, compared loosely (case, spaces, quote marks, links)."""
    folded, offsets = _folded_with_offsets(text)
    wanted = _fold(quote)
    found = folded.find(wanted)
    if found < 0:
        return None
    end = found + len(wanted) - 1
    return offsets[found], offsets[end] + 1


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset in the original."""
    plain: list[str] = []
    where: list[int] = []
    for piece, start in _pieces(text):
        for i, ch in enumerate(piece.translate(_FOLD).lower()):
            if ch.isspace():
                if plain and plain[-1] != " ":
                    plain.append(" ")
                    where.append(start + i)
                continue
            plain.append(ch)
            where.append(start + i)
    return "".join(plain), where


def _pieces(text: str) -> Iterator[tuple[str, int]]:
    """The text in pieces, each markdown link reduced to its label (with its offset)."""
    last = 0
    for match in _LINK.finditer(text):
        yield text[last:match.start()], last
        yield match.group(1), match.start(1)
        last = match.end()
    yield text[last:], last


def _countries(codes: Sequence[str]) -> frozenset[str]:
    return frozenset(code.split()[0].upper() for code in codes if code.strip())


def _sector_pairs(codes: Sequence[str]) -> list[tuple[str, str]]:
    return [(c.split()[0].upper(), c.split()[1].upper()) for c in codes if len(c.split()) > 1]


def found_by(gold: GoldenEvent, event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the belli event is how the gold event is found (see the module docstring)."""
    return at_quote(event, spans) and event.type == gold.type and actors_agree(gold, event)


def _loosely(gold: GoldenEvent, event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    return at_quote(event, spans) and event.type == gold.type and actors_compatible(gold, event)


def at_quote(event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    return any(event.start < end and start < event.end for start, end in spans)


def actors_compatible(gold: GoldenEvent, event: Event) -> bool:
    """The looser reading: no side contradicts the gold (a side belli leaves empty is
    not wrong) and at least one gold country is named."""
    source, target = _countries_of(event)
    want_source, want_target = gold.sides
    if gold.reciprocal or event.reciprocal:
        pool = source | target
        return bool((want_source | want_target) & pool)
    sides = ((want_source, source), (want_target, target))
    if any(want and got and not want & got for want, got in sides):
        return False
    return any(want & got for want, got in sides)


def actors_agree(gold: GoldenEvent, event: Event) -> bool:
    source, target = _countries_of(event)
    want_source, want_target = gold.sides
    if gold.reciprocal or event.reciprocal:
        pool = source | target
        return all(not side or side & pool for side in (want_source, want_target))
    return (not want_source or bool(want_source & source)) and (
        not want_target or bool(want_target & target))


def _countries_of(event: Event) -> tuple[set[str], set[str]]:
    """The countries belli gives the event's source and target sides."""
    return ({a.country for a in event.source if a.country},
            {a.country for a in event.target if a.country})


@dataclass(slots=True)
class _Tallies:
    recall: Tally = field(default_factory=Tally)
    precision: Tally = field(default_factory=Tally)
    type_recall: Tally = field(default_factory=Tally)
    loose_recall: Tally = field(default_factory=Tally)
    loose_precision: Tally = field(default_factory=Tally)
    certainty: Tally = field(default_factory=Tally)
    aux: Tally = field(default_factory=Tally)
    attribution: Tally = field(default_factory=Tally)
    sector: Tally = field(default_factory=Tally)
    missed: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)


MISS_CAUSES = ("no_event", "other_type", "actors", "taken", "unlocated")
WRONG_CAUSES = ("off_gold", "other_type", "actors")


def score_golden(items: Sequence[tuple[GoldenFile, Analysis | None]]
                 ) -> tuple[list[Metric], list[dict[str, Any]]]:
    t = _Tallies()
    errors: list[dict[str, Any]] = []
    per_file: list[Metric] = []
    for golden, analysis in items:
        if analysis is None:
            continue
        before = (t.recall.right, t.recall.total, t.precision.right, t.precision.total)
        errors += _score_file(golden, analysis, t)
        r_right, r_n = t.recall.right - before[0], t.recall.total - before[1]
        p_right, p_n = t.precision.right - before[2], t.precision.total - before[3]
        per_file.append(Metric(f"golden.file.{golden.name}.recall", ratio(r_right, r_n), r_n))
        per_file.append(Metric(f"golden.file.{golden.name}.precision", ratio(p_right, p_n), p_n))
    metrics = [
        t.recall.metric("golden.events.all.recall"), t.precision.metric("golden.events.all.precision"),
        t.type_recall.metric("golden.events.all.type_recall"),
        t.loose_recall.metric("golden.events.loose.recall"),
        t.loose_precision.metric("golden.events.loose.precision"),
        t.certainty.metric("golden.found.agree.certainty"), t.aux.metric("golden.found.agree.aux"),
        t.attribution.metric("golden.found.agree.attribution"),
        t.sector.metric("golden.found.agree.sector"),
        *_shares("golden.missed", t.missed, MISS_CAUSES, t.recall.total),
        *_shares("golden.wrong", t.wrong, WRONG_CAUSES, t.precision.total),
    ]
    return metrics + per_file, errors


def _shares(row: str, counts: Counter[str], causes: Sequence[str], total: int) -> list[Metric]:
    """Each cause's share of the whole (n = the whole it is a share of)."""
    return [Metric(f"{row}.{cause}", ratio(counts[cause], total), total) for cause in causes]


def evaluate_golden(pipeline: Any, folder: Path | None = None) -> tuple[
        list[Metric], list[dict[str, Any]], dict[str, Any]]:
    """Run the pipeline on every golden article and score it; info says what was skipped."""
    files = load_golden(folder or golden_dir())
    items: list[tuple[GoldenFile, Analysis | None]] = []
    skipped: list[str] = []
    for golden in files:
        article = read_article(golden.article, pipeline.settings)
        if article is None:
            skipped.append(golden.name)
            continue
        (result,) = pipeline.process_batch([article])
        items.append((golden, result if isinstance(result, Analysis) else None))
    metrics, errors = score_golden(items)
    info = {"records": len(items), "skipped": skipped,
            "failed": sum(1 for _, a in items if a is None),
            "gold_events": sum(len(g.events) for g, _ in items)}
    return metrics, errors, info


def _score_file(golden: GoldenFile, analysis: Analysis, t: _Tallies) -> list[dict[str, Any]]:
    text = analysis.article.text
    spans = {g.index: [s for q in g.quotes if (s := locate(text, q)) is not None]
             for g in golden.events}
    events = list(analysis.events)
    used: set[str] = set()
    # a gold event told in several sentences may be found once per telling; a second
    # belli event for the same telling is a duplicate, not a right event
    tellings: set[tuple[int, int]] = set()
    errors: list[dict[str, Any]] = []
    for gold in golden.events:
        match = next((e for e in events if e.event_id not in used
                      and found_by(gold, e, spans[gold.index])), None)
        t.recall.add(match is not None)
        t.type_recall.add(any(at_quote(e, spans[gold.index]) and e.type == gold.type
                              for e in events))
        t.loose_recall.add(any(_loosely(gold, e, spans[gold.index]) for e in events))
        if match is None:
            errors.append(_missed(golden, gold, spans[gold.index], events))
            t.missed[errors[-1]["cause"]] += 1
            continue
        used.add(match.event_id)
        tellings.add(_telling(gold, match, spans[gold.index]))
        _agreement(gold, match, t)
    for event in events:
        right = event.event_id in used or _another_telling(event, golden, spans, tellings)
        t.precision.add(right)
        t.loose_precision.add(any(_loosely(g, event, spans[g.index]) for g in golden.events))
        if not right:
            errors.append(_wrong(golden, event, _wrong_cause(event, golden, spans)))
            t.wrong[errors[-1]["cause"]] += 1
    return errors


def _telling(gold: GoldenEvent, event: Event, spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Which of the gold event's quotes the belli event stands at."""
    at = next((i for i, (start, end) in enumerate(spans) if event.start < end and start < event.end), 0)
    return gold.index, at


def _another_telling(event: Event, golden: GoldenFile, spans: dict[int, list[tuple[int, int]]],
                     tellings: set[tuple[int, int]]) -> bool:
    """A belli event that finds a gold event at a telling no other belli event took."""
    for gold in golden.events:
        if found_by(gold, event, spans[gold.index]):
            telling = _telling(gold, event, spans[gold.index])
            if telling not in tellings:
                tellings.add(telling)
                return True
    return False


def _agreement(gold: GoldenEvent, event: Event, t: _Tallies) -> None:
    t.certainty.add(gold.certainty == event.certainty)
    t.aux.add(gold.aux == frozenset(event.aux))
    t.attribution.add((gold.attributed_to is None) == (event.attributed_to is None))
    for country, sector in _sector_pairs(gold.source) + _sector_pairs(gold.target):
        t.sector.add(any(a.country == country and a.sector == sector
                         for a in (*event.source, *event.target)))


def _miss_cause(gold: GoldenEvent, spans: list[tuple[int, int]], near: list[Event]) -> str:
    if not spans:
        return "unlocated"
    if not near:
        return "no_event"
    if any(found_by(gold, e, spans) for e in near):
        return "taken"  # it would have found the gold event, had another not taken it first
    return "actors" if any(e.type == gold.type for e in near) else "other_type"


def _wrong_cause(event: Event, golden: GoldenFile, spans: dict[int, list[tuple[int, int]]]) -> str:
    there = [g for g in golden.events if at_quote(event, spans[g.index])]
    if not there:
        return "off_gold"
    return "actors" if any(g.type == event.type for g in there) else "other_type"


def _missed(golden: GoldenFile, gold: GoldenEvent, spans: list[tuple[int, int]],
            events: list[Event]) -> dict[str, Any]:
    near = [e for e in events if at_quote(e, spans)]
    return {"record": golden.name, "task": "golden", "kind": "missed", "located": bool(spans),
            "cause": _miss_cause(gold, spans, near),
            "gold": {"quote": gold.quotes[0], "type": gold.type, "source": list(gold.source),
                     "target": list(gold.target)},
            "pred": [_brief(e) for e in near]}


def _wrong(golden: GoldenFile, event: Event, cause: str) -> dict[str, Any]:
    return {"record": golden.name, "task": "golden", "kind": "not_in_gold", "cause": cause,
            "gold": None,
            "pred": [_brief(event)], "snippet": event.sentence[:200]}


def _brief(event: Event) -> dict[str, Any]:
    return {"type": event.type, "trigger": event.trigger,
            "source": [f"{a.country or '---'} {a.sector or ''}".strip() for a in event.source],
            "target": [f"{a.country or '---'} {a.sector or ''}".strip() for a in event.target],
            "certainty": event.certainty, "aux": list(event.aux)}
