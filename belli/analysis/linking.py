"""Linking reports: which events of different documents tell the same real-world event.

Every event record is a *report*. Two reports of different documents are linked when
everything that could tell them apart agrees:

- **kind of act**: the same quad class (two outlets may call one clash ASSAULT and
  FIGHT, but never one AGREE and the other ASSAULT);
- **who**: the countries involved, either side (outlets blame opposite sides for one
  clash, so the pair is unordered), at least one in common; the same set scores higher
  (actor resolution differs between outlets' wordings, so a stray country is no veto);
- **when**: the periods their dates stand for meet once each is widened by
  `window_days` (an undated report stands at its publication date);
- **where**: no two different place countries;
- **modality**: negated and hypothetical acts never happened, so they link to nothing;
  a future act links only to another future one.

Candidates that pass are scored on what makes two tellings alike (same type, same day,
same place, shared words of the sentence, same trigger) and merged best-first into
clusters; a cluster never takes two reports of one document, so one clear link cannot
chain two different events of one article together. Reports are compared only within a
quad class and a country, sorted by date: linking 100,000 reports stays well under a
minute.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DEFAULT", "Cluster", "Link", "LinkSettings", "Report", "cluster_reports", "content_words"]


@dataclass(frozen=True, slots=True)
class LinkSettings:
    window_days: int = 3  # how far apart two tellings' dates may lie
    min_score: float = 0.5  # of a candidate pair, 0..1, to link
    max_span_days: int = 400  # a date period longer than this says too little to link on


@dataclass(frozen=True, slots=True)
class Report:
    """What linking needs of one stored event."""

    uid: str  # "doc_id/event_id"
    doc_id: str
    type: str
    quad: int
    countries: frozenset[str]
    first: date | None  # the period the event's date stands for (or its publication day)
    last: date | None
    dated: bool  # False: the period is the publication day, the text gave no date
    place: str | None
    place_country: str | None
    words: frozenset[str]
    trigger: str
    future: bool = False
    unreal: bool = False  # negated or hypothetical
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    first: str  # uid
    second: str
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Cluster:
    """Reports of one real-world event, and the links that joined them."""

    reports: tuple[str, ...]
    links: tuple[Link, ...]


DEFAULT = LinkSettings()


def cluster_reports(reports: Sequence[Report],
                    settings: LinkSettings = DEFAULT) -> list[Cluster]:
    """Every report in exactly one cluster (most alone), clusters in report order."""
    links = sorted(_candidate_links(reports, settings), key=lambda k: (-k.score, k.first,
                                                                         k.second))
    return _merge(reports, links)


# --- candidates ---------------------------------------------------------------------------

def _candidate_links(reports: Sequence[Report], settings: LinkSettings) -> Iterator[Link]:
    seen: set[tuple[str, str]] = set()
    for block in _blocks(reports, settings).values():
        for a, b in _close_in_time(block, settings.window_days):
            key = (a.uid, b.uid) if a.uid < b.uid else (b.uid, a.uid)
            if key in seen:
                continue
            seen.add(key)
            link = judge(a, b, settings)
            if link is not None:
                yield link


def _blocks(reports: Sequence[Report],
            settings: LinkSettings) -> dict[tuple[int, str], list[Report]]:
    """Linkable reports by quad class and country (a report sits in one block per country
    it involves), each block sorted by date."""
    blocks: dict[tuple[int, str], list[Report]] = defaultdict(list)
    for report in reports:
        if _linkable(report, settings):
            for country in report.countries:
                blocks[(report.quad, country)].append(report)
    for block in blocks.values():
        block.sort(key=lambda r: (r.first, r.uid))
    return blocks


def _linkable(report: Report, settings: LinkSettings) -> bool:
    if report.unreal or not report.countries or report.first is None or report.last is None:
        return False
    return (report.last - report.first).days <= settings.max_span_days


def _close_in_time(block: list[Report], window: int) -> Iterator[tuple[Report, Report]]:
    """Pairs whose periods meet once widened by `window` days (a sweep over the block,
    sorted by first day)."""
    reach = timedelta(days=window)
    for i, a in enumerate(block):
        assert a.last is not None
        for b in block[i + 1:]:
            assert b.first is not None
            if b.first > a.last + reach:
                break
            if b.doc_id != a.doc_id:
                yield a, b


# --- judging one pair ---------------------------------------------------------------------

def judge(a: Report, b: Report, settings: LinkSettings = DEFAULT) -> Link | None:
    """The link between two reports of different documents, or None when something tells
    them apart or they are too little alike."""
    if a.doc_id == b.doc_id or a.quad != b.quad or a.future != b.future:
        return None
    if a.unreal or b.unreal:
        return None
    shared = a.countries & b.countries
    if not shared:
        return None
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return None
    gap = _gap_days(a, b)
    if gap is None or gap > settings.window_days:
        return None
    score, why = _likeness(a, b, gap)
    if score < settings.min_score:
        return None
    reason = f"quad {a.quad}; countries {'+'.join(sorted(shared))}; " + "; ".join(why)
    return Link(a.uid, b.uid, round(score, 3), reason)


def _gap_days(a: Report, b: Report) -> int | None:
    """Days between the two periods (0 when they overlap)."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return None
    if a.last < b.first:
        return (b.first - a.last).days
    if b.last < a.first:
        return (a.first - b.last).days
    return 0


# What makes two tellings alike, and how much each counts (the weights sum to 1.3 so
# that a pair need not agree on everything: the same type among the same countries on the
# same day is a link; the same quad class on the same day with nothing else is not).
_WEIGHTS = {"type": 0.3, "countries": 0.1, "day": 0.25, "place": 0.15, "words": 0.35,
            "trigger": 0.15}


def _likeness(a: Report, b: Report, gap: int) -> tuple[float, list[str]]:
    score, why = 0.0, []
    if a.type == b.type:
        score += _WEIGHTS["type"]
        why.append(f"same type {a.type}")
    if a.countries == b.countries:
        score += _WEIGHTS["countries"]
        why.append("same countries")
    if a.dated and b.dated and _single_day(a) and _single_day(b):
        # outlets resolve "overnight" or "on Sunday" a day apart: closeness counts, graded
        score += _WEIGHTS["day"] * max(0.0, 1 - gap / 4)
        why.append(f"same day {a.first}" if gap == 0 else f"{gap} days apart")
    else:
        why.append("dates overlap" if gap == 0 else f"{gap} days apart")
    if a.place and a.place == b.place:
        score += _WEIGHTS["place"]
        why.append(f"same place {a.place}")
    overlap = _jaccard(a.words, b.words)
    if overlap:
        score += _WEIGHTS["words"] * min(1.0, overlap * 2)
        why.append(f"words {overlap:.2f}")
    if a.trigger and a.trigger == b.trigger:
        score += _WEIGHTS["trigger"]
        why.append(f"same trigger '{a.trigger}'")
    return score, why


def _single_day(report: Report) -> bool:
    return report.first == report.last


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


# --- clusters -----------------------------------------------------------------------------

def _merge(reports: Sequence[Report], links: Iterable[Link]) -> list[Cluster]:
    """Best links first; a link that would put two reports of one document together is
    skipped."""
    index = {r.uid: i for i, r in enumerate(reports)}
    parent = list(range(len(reports)))
    docs: dict[int, set[str]] = {i: {r.doc_id} for i, r in enumerate(reports)}
    kept: dict[int, list[Link]] = defaultdict(list)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for link in links:
        a, b = root(index[link.first]), root(index[link.second])
        if a == b or docs[a] & docs[b]:
            continue
        parent[b] = a
        docs[a] |= docs.pop(b)
        kept[a].extend([*kept.pop(b, []), link])
    members: dict[int, list[str]] = defaultdict(list)
    for i, report in enumerate(reports):
        members[root(i)].append(report.uid)
    return [Cluster(tuple(uids), tuple(kept.get(r, ()))) for r, uids in members.items()]


# --- words --------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Words that say nothing about which event a sentence tells.
_STOP = frozenset(["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "as", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "do", "did", "does", "not", "no", "nor", "so", "than", "that", "this", "these", "those", "there", "their", "they", "them", "it", "its", "he", "she", "his", "her", "him", "we", "our", "you", "your", "i", "me", "my", "said", "says", "say", "told", "tells", "according", "also", "after", "before", "since", "while", "when", "where", "which", "who", "whom", "whose", "what", "would", "could", "should", "may", "might", "will", "shall", "can", "into", "over", "under", "about", "against", "between", "during", "amid", "near", "per", "than", "then", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "month", "year"])


def content_words(sentence: str) -> frozenset[str]:
    """The words of a sentence that can tell one event from another, lower-cased."""
    return frozenset(w for w in (m.group().lower().strip("'’-") for m in _WORD.finditer(sentence))
                     if len(w) > 2 and w not in _STOP)
