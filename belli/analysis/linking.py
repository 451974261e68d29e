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

Candidates that pass are scored on what makes two tellings alike (same type, same day
or a day inside the other's week or month, same place, shared words of the sentence, same
trigger) and merged best-first into
clusters; a cluster never takes two reports of one document, so one clear link cannot
chain two different events of one article together. Reports are compared only within a
quad class and a country, sorted by date: linking 100,000 reports stays well under a
minute.

Reports alike in everything linking compares (*twins*: one story run by many outlets,
or ingested many times) are compared once as a group, and the links between two groups
are taken one at a time as the merge reaches them (`link_forest`): a story told 150 times
costs 150 reports, not the 11,000 links between them, and the clusters are the same as
if every pair had been judged.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from operator import attrgetter

from belli.analysis.link_forest import Entry, Forest, Twins, merge, twin_pairs

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
    uids = [r.uid for r in reports]
    forest: Forest[Link] = Forest([r.doc_id for r in reports])
    entries = _candidates(reports, uids, forest, settings)
    merge(forest, entries, uids, lambda i, j: _link(reports[i], reports[j]))
    return [Cluster(tuple(uids[i] for i in members), tuple(links))
            for members, links in forest.clusters()]


# --- candidates ---------------------------------------------------------------------------

# What linking compares: every field of a report but these.
_NOT_COMPARED = frozenset({"uid", "doc_id", "published"})
_compared = attrgetter(*(f.name for f in fields(Report) if f.name not in _NOT_COMPARED))


def _candidates(reports: Sequence[Report], uids: Sequence[str], forest: Forest[Link],
                settings: LinkSettings) -> list[Entry]:
    """The first link of each candidate pair of twin groups (within a group too), for the
    best-first merge."""
    order = sorted((i for i, r in enumerate(reports) if _linkable(r, settings)),
                   key=lambda i: (reports[i].first, reports[i].uid))
    ranks = [0] * len(reports)
    for rank, i in enumerate(order):
        ranks[i] = rank
    groups = _twins(reports, order, ranks)
    entries: list[Entry] = []
    for score, g, h in _alike(reports, groups, settings):
        left, right = groups[g], groups[h]
        # most pairs are of two lone reports: one entry, and no generator, for them
        if left is not right and len(left.members) == len(right.members) == 1:
            i, j = left.members[0], right.members[0]
            if forest.joinable(i, j):
                entries.append((-score, uids[i], uids[j], i, j, None))
            continue
        pairs = twin_pairs(forest, uids, ranks, left, right)
        if (pair := next(pairs, None)) is not None:
            entries.append((-score, uids[pair[0]], uids[pair[1]], *pair, pairs))
    return entries


def _twins(reports: Sequence[Report], order: Sequence[int],
           ranks: Sequence[int]) -> list[Twins]:
    """Linkable reports grouped by what linking compares, in link order (`order`: by
    date, then uid, so each group's members come by uid)."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for i in order:
        groups.setdefault(_compared(reports[i]), []).append(i)
    return [Twins(tuple(members), tuple(ranks[i] for i in members))
            for members in groups.values()]


def _alike(reports: Sequence[Report], groups: Sequence[Twins],
           settings: LinkSettings) -> Iterator[tuple[float, int, int]]:
    """(score, g, h) for every two groups of twins whose reports link, and (score, g, g)
    for a group whose twins link to each other."""
    reps = [reports[group.members[0]] for group in groups]  # a report stands for its twins
    for (_, country), block in _blocks(reps).items():
        for g, h in _close_in_time(reps, block, settings.window_days):
            a, b = reps[g], reps[h]
            if min(a.countries & b.countries) != country:
                continue  # the two meet in a block per shared country: judged in one
            if (score := _score(a, b, settings)) is not None:
                yield score, g, h
    for g, rep in enumerate(reps):
        if len(groups[g].members) > 1 and (score := _score(rep, rep, settings)) is not None:
            yield score, g, g


def _blocks(reps: Sequence[Report]) -> dict[tuple[int, str], list[int]]:
    """Groups of twins by quad class and country (a group sits in one block per country
    it involves), each block in link order, as the groups come."""
    blocks: dict[tuple[int, str], list[int]] = defaultdict(list)
    for g, rep in enumerate(reps):
        for country in rep.countries:
            blocks[(rep.quad, country)].append(g)
    return blocks


def _linkable(report: Report, settings: LinkSettings) -> bool:
    if report.unreal or not report.countries or report.first is None or report.last is None:
        return False
    return (report.last - report.first).days <= settings.max_span_days


def _close_in_time(reps: Sequence[Report], block: list[int],
                   window: int) -> Iterator[tuple[int, int]]:
    """Pairs of groups whose periods meet once widened by `window` days (a sweep over the
    block, sorted by first day)."""
    reach = timedelta(days=window)
    for p, g in enumerate(block):
        last = reps[g].last
        assert last is not None
        for h in block[p + 1:]:
            first = reps[h].first
            assert first is not None
            if first > last + reach:
                break
            yield g, h


# --- judging one pair ---------------------------------------------------------------------

def judge(a: Report, b: Report, settings: LinkSettings = DEFAULT) -> Link | None:
    """The link between two reports of different documents, or None when something tells
    them apart or they are too little alike."""
    if a.doc_id == b.doc_id or _score(a, b, settings) is None:
        return None
    return _link(a, b)


def _score(a: Report, b: Report, settings: LinkSettings) -> float | None:
    """The score of the link between reports like these, documents aside (to 3 places, as
    links are ordered by it); None when something tells them apart or they are too little
    alike."""
    if a.quad != b.quad or a.future != b.future or a.unreal or b.unreal:
        return None
    if a.countries.isdisjoint(b.countries):
        return None
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return None
    gap = _gap_days(a, b)
    if gap is None or gap > settings.window_days:
        return None
    score = _likeness(a, b, gap)
    return round(score, 3) if score >= settings.min_score else None


def _link(a: Report, b: Report) -> Link:
    """The link between two reports `_score` found alike, with its reasons."""
    why: list[str] = []
    score = _likeness(a, b, _gap_days(a, b) or 0, why)  # scored, so both have periods
    shared = "+".join(sorted(a.countries & b.countries))
    return Link(a.uid, b.uid, round(score, 3),
                f"quad {a.quad}; countries {shared}; " + "; ".join(why))


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


def _likeness(a: Report, b: Report, gap: int, why: list[str] | None = None) -> float:
    """How alike two tellings are; the reasons go to `why` when one is given (every
    candidate pair is scored, few become links)."""
    score = 0.0
    if a.type == b.type:
        score += _WEIGHTS["type"]
        if why is not None:
            why.append(f"same type {a.type}")
    if a.countries == b.countries:
        score += _WEIGHTS["countries"]
        if why is not None:
            why.append("same countries")
    if when := _dates_alike(a, b, gap):
        score += _WEIGHTS["day"] * when
    if why is not None:
        why.append(_when_reason(a, b, gap))
    if a.place and a.place == b.place:
        score += _WEIGHTS["place"]
        if why is not None:
            why.append(f"same place {a.place}")
    if overlap := _jaccard(a.words, b.words):
        score += _WEIGHTS["words"] * min(1.0, overlap * 2)
        if why is not None:
            why.append(f"words {overlap:.2f}")
    if a.trigger and a.trigger == b.trigger:
        score += _WEIGHTS["trigger"]
        if why is not None:
            why.append(f"same trigger '{a.trigger}'")
    return score


def _dates_alike(a: Report, b: Report, gap: int) -> float:
    """How surely two dates name the same day, 0..1: outlets resolve "overnight" or "on
    Sunday" a day apart, so closeness counts, graded; and a day inside a week or a month
    agrees with it, but says less the longer the period (a week a quarter, a month a
    sixth, a year a tenth of what a shared day says)."""
    if not (a.dated and b.dated):
        return 0.0  # a publication day says when the news came, not when the act was
    closeness = max(0.0, 1 - gap / 4)
    widest = max(_span_days(a), _span_days(b))
    return closeness / (1 + math.log2(widest))


def _span_days(report: Report) -> int:
    assert report.first is not None and report.last is not None  # linkable reports only
    return (report.last - report.first).days + 1


def _when_reason(a: Report, b: Report, gap: int) -> str:
    if gap:
        return f"{gap} days apart"
    widest = max(_span_days(a), _span_days(b))
    if widest == 1:
        return f"same day {a.first}"
    return f"dates overlap (within {widest} days)"


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


# --- words --------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Words that say nothing about which event a sentence tells.
_STOP = frozenset(["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "as", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "do", "did", "does", "not", "no", "nor", "so", "than", "that", "this", "these", "those", "there", "their", "they", "them", "it", "its", "he", "she", "his", "her", "him", "we", "our", "you", "your", "i", "me", "my", "said", "says", "say", "told", "tells", "according", "also", "after", "before", "since", "while", "when", "where", "which", "who", "whom", "whose", "what", "would", "could", "should", "may", "might", "will", "shall", "can", "into", "over", "under", "about", "against", "between", "during", "amid", "near", "per", "than", "then", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "month", "year"])


def content_words(sentence: str) -> frozenset[str]:
    """The words of a sentence that can tell one event from another, lower-cased."""
    return frozenset(w for w in (m.group().lower().strip("'’-") for m in _WORD.finditer(sentence))
                     if len(w) > 2 and w not in _STOP)
