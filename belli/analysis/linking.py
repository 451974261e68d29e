"""Linking reports: which events of different documents tell the same real-world event.

Every event record is a *report*. Two reports of different documents are linked when
everything that could tell them apart agrees:

- **kind of act**: the same quad class (two outlets may call one clash ASSAULT and
  FIGHT, but never one AGREE and the other ASSAULT);
- **who**: the countries involved, either side (outlets blame opposite sides for one
  clash, so the pair is unordered), at least one in common; the same set scores higher
  (actor resolution differs between outlets' wordings, so a stray country is no veto),
  and so does a report naming only the acting side beside one of that side acting on
  another (the side it leaves out is unnamed, not another), if the telling beyond the
  day shows it is the same act (`min_background_telling`: that side acts on many fronts
  each day); a report naming only the side acted on gets no credit, and beside one of a
  side acting on it must show the same much beyond its day (any side may have acted);
  where both name one and the same country only, the actors' sectors stand for the sides
  (`belli.analysis.sides`): two different sides each acting, neither on the other, are
  two acts;
- **when**: the periods their dates stand for meet once each is widened by
  `window_days` (an undated report stands at the week before its publication); an
  undated report may also tell again an act of a dated one up to `background_days`
  before its publication, but then the telling must show it is the same act. Two
  undated reports reach back to each other only when they tell what one side *said*
  (support, denial, accusation): news repeats a stance for weeks in the same words,
  while a shelling of one town each month is a new act each time; and not when each
  names something the other does not (a village, a weapon, a person: `proper_names`),
  as one accusation worded again about another village is about another incident. A
  standing stance (one speaker and addressee, `min_stance_words` words of its subject in
  common: `belli.analysis.stances`) links so up to `stance_days` apart on the telling
  any link needs (`min_telling`; inside a cluster's fit none), not the more a report
  reaching back needs (`min_background_telling`): its shared subject shows it is one.
  A report dated only by a period longer than `max_span_days` links only to another such
  whose period overlaps it and spans a third of it;
- **where**: no two different place countries (a report with no place vetoes nothing);
- **modality**: negated and hypothetical acts never happened, so they link to nothing;
  a future act links to another future one, and to a telling of the act done only where
  the plan names its day (or a few days: `_PLAN_DAYS`) and the act is told done on or
  after it ("Modi is due to travel to Mauritius on Tuesday" and "Modi's two-day visit to
  Mauritius" published that Wednesday): a plan with no day may be carried out any time,
  or never.

Candidates that pass are scored on what makes two tellings alike (`belli.analysis.likeness`:
same type, or in part a type outlets often give the same happening (talks and the text
signed at them: data/compatible_types.yaml); same direction, or in part a mutual act
("the two armies clashed") and one side's account of it; same day or a day inside the
other's week or month, an undated report published in or days after the period of a
material act of the same acting side, same place, or else a rare name both sentences give
(the village, the exercise, the accord), shared words of the sentence, same trigger); the
kind of act and who alone are not enough, as they fit any act of that week between those
countries. Actors are compared by country alone (one outlet's "the army" is another's "the
government").
Linked pairs are merged best-first into clusters; a cluster never takes two reports of
one document, so one clear link cannot chain two different events of one article
together, and a report joins a cluster only when most of its members are at least
compatible with it (nothing tells them apart, and they score `min_fit_score`; an undated
member reaching back to it need not retell it in detail, as its link to the cluster did).
Reports are compared only within a quad class and a country, sorted by date: linking
100,000 reports stays well under a minute.

Reports alike in everything linking compares (*twins*: one story run by many outlets,
or ingested many times) are compared once as a group, and the links between two groups
are taken one at a time as the merge reaches them (`link_forest`): a story told 150 times
costs 150 reports, not the 11,000 links between them, and the clusters are the same as
if every pair had been judged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from belli.analysis.likeness import (
    day_likeness,
    earliest_day,
    likeness,
    mutual,
    one_side_named,
    only_acted_on_named,
)
from belli.analysis.link_forest import Entry, Forest, Twins, merge, twin_pairs
from belli.analysis.sides import other_sides
from belli.analysis.stances import one_stance, other_subjects, stance_links, standing_stance
from belli.analysis.wording import Rarity, content_words, proper_names, topic_words
from belli.errors import SettingError

if TYPE_CHECKING:
    from belli.settings import Settings

__all__ = ["DEFAULT", "Cluster", "Link", "LinkSettings", "Rarity", "Report", "cluster_reports",
           "content_words", "fit_settings", "judge", "link_settings", "proper_names",
           "topic_words"]


@dataclass(frozen=True, slots=True)
class LinkSettings:
    window_days: int = 3  # how far apart two tellings' dates may lie
    min_score: float = 0.5  # of a candidate pair, 0..1, to link
    # of that score, how much the telling must give (day, place, words, trigger, figures):
    # the same kind of act between the same countries may be another event of that week
    min_telling: float = 0.05
    max_span_days: int = 400  # a date period longer than this says too little to link on
    # Of the pairs of reports two clusters would join, the share that must link (one link
    # alone would chain different events together through a report that is like both).
    min_fit: float = 0.6
    # A pair inside a cluster need only be compatible: nothing tells the two apart and they
    # score this much, no telling required (the cluster's links already single the event
    # out; a vaguer report of it, a year's "exercises", must not keep a third teller out).
    min_fit_score: float = 0.45
    # ... but an undated report reaching back to a member must still retell it a little
    # (a rare word or two, a figure: the floor `min_telling` sets for any link): the frame
    # alone (0.5) fits any act of that dyad in the month before.
    min_fit_background_telling: float = 0.05
    # An undated report stands at its publication, yet news tells again acts of the weeks
    # before (the drills of last month, the blockade in its fourth week): it may tell an
    # act this many days before it was published, if the telling shows it is the same one.
    background_days: int = 31
    # (and a report naming only the acting side beside one of that side acting on
    # another, or only the side acted on beside one of a side acting on it, must give this
    # much beyond the day: place, rare words, figure, trigger)
    min_background_telling: float = 0.2
    # Two undated tellings of one standing stance (the same speaker saying the same to the
    # same addressee: an accusation, a denial, a pledge) may be this many days apart, when
    # they share at least `min_stance_words` words beyond their actors and their verb: news
    # repeats a standing accusation for months in its own specifics ("supplying drones,
    # advisers and mercenaries"), while "Baku denies this" could deny anything.
    stance_days: int = 90
    min_stance_words: int = 2


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
    dated: bool  # False: the text gave no date; the period is the week to publication
    place: str | None
    place_country: str | None
    words: frozenset[str]
    trigger: str
    sources: frozenset[str] = frozenset()  # the countries of the acting side
    targets: frozenset[str] = frozenset()  # and of the side acted on
    quantities: frozenset[float] = frozenset()  # the figures the report gives
    future: bool = False
    unreal: bool = False  # negated or hypothetical
    reciprocal: bool = False  # a mutual act: the sides acted on one another, or together
    published: str | None = None
    # the names the evidence sentence gives beyond its actors (`proper_names`)
    names: frozenset[str] = frozenset()
    # the words of the evidence sentence beyond its actors' names and its trigger: what it
    # says the act was about
    topic: frozenset[str] = frozenset()
    # the sides of a conflict inside one country the acting and the acted-on actors stand
    # on, "COUNTRY side" (`belli.analysis.sides`): compared where both name one country
    source_sides: frozenset[str] = frozenset()
    target_sides: frozenset[str] = frozenset()


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


def link_settings(settings: Settings) -> LinkSettings:
    """The linking keys that belli's settings choose (`link_*`); the rest as DEFAULT."""
    if settings.link_window_days < 0:  # the far stances' bisection reaches forward
        raise SettingError(f"link_window_days must be 0 or more, not {settings.link_window_days}")
    return replace(DEFAULT, window_days=settings.link_window_days,
                   min_score=settings.link_min_score,
                   background_days=settings.link_background_days,
                   max_span_days=settings.link_max_span_days,
                   stance_days=settings.link_stance_days)


def cluster_reports(reports: Sequence[Report],
                    settings: LinkSettings = DEFAULT) -> list[Cluster]:
    """Every report in exactly one cluster (most alone), clusters in report order."""
    uids = [r.uid for r in reports]
    rarity = Rarity.of(reports)
    groups, ranks = _twins(reports, settings)
    reps = [reports[group.members[0]] for group in groups]  # a report stands for its twins

    fitting = fit_settings(settings)

    @lru_cache(maxsize=_ALIKE_KEPT)  # a cluster's fit is judged again as it grows
    def alike(g: int, h: int) -> bool:
        return _score(reps[g], reps[h], fitting, rarity) is not None

    forest: Forest[Link] = Forest([r.doc_id for r in reports], _kinds(len(reports), groups))
    entries = _candidates(reps, groups, uids, ranks, forest, settings, rarity)
    merge(forest, entries, uids, lambda i, j: _link(reports[i], reports[j], rarity, settings),
          lambda i, j: forest.fits(i, j, alike, settings.min_fit))
    return [Cluster(tuple(uids[i] for i in members), tuple(links))
            for members, links in forest.clusters()]


def fit_settings(settings: LinkSettings) -> LinkSettings:
    """The settings that judge whether two reports of a cluster are compatible (`min_fit`
    of the pairs two clusters would join must be): a lower score, no telling required."""
    return replace(settings, min_score=settings.min_fit_score, min_telling=0.0,
                   min_background_telling=settings.min_fit_background_telling)


_ALIKE_KEPT = 2**16  # judgements of two groups of twins kept for the fit of clusters


# --- candidates ---------------------------------------------------------------------------

# What linking compares: every field of a report but these.
_NOT_COMPARED = frozenset({"uid", "doc_id", "published"})
_compared = attrgetter(*(f.name for f in fields(Report) if f.name not in _NOT_COMPARED))


def _twins(reports: Sequence[Report],
           settings: LinkSettings) -> tuple[list[Twins], list[int]]:
    """Linkable reports grouped by what linking compares, and every report's place in link
    order (by date, then uid, so each group's members come by uid)."""
    order = sorted((i for i, r in enumerate(reports) if _linkable(r, settings)),
                   key=lambda i: (reports[i].first, reports[i].uid))
    ranks = [0] * len(reports)
    for rank, i in enumerate(order):
        ranks[i] = rank
    groups: dict[tuple[object, ...], list[int]] = {}
    for i in order:
        groups.setdefault(_compared(reports[i]), []).append(i)
    return ([Twins(tuple(members), tuple(ranks[i] for i in members))
             for members in groups.values()], ranks)


def _kinds(count: int, groups: Sequence[Twins]) -> list[int]:
    """Each report's group of twins (-1: a report that links to nothing)."""
    kinds = [-1] * count
    for g, group in enumerate(groups):
        for i in group.members:
            kinds[i] = g
    return kinds


def _candidates(reps: Sequence[Report], groups: Sequence[Twins], uids: Sequence[str],
                ranks: Sequence[int], forest: Forest[Link], settings: LinkSettings,
                rarity: Rarity) -> list[Entry]:
    """The first link of each candidate pair of twin groups (within a group too), for the
    best-first merge."""
    entries: list[Entry] = []
    for score, g, h in _alike(reps, groups, settings, rarity):
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


def _alike(reps: Sequence[Report], groups: Sequence[Twins], settings: LinkSettings,
           rarity: Rarity) -> Iterator[tuple[float, int, int]]:
    """(score, g, h) for every two groups of twins whose reports link, and (score, g, g)
    for a group whose twins link to each other."""
    for (_, country, long), block in _blocks(reps, settings).items():
        for g, h in _close_in_time(reps, block, settings):
            a, b = reps[g], reps[h]
            if min(a.countries & b.countries) != country:
                continue  # the two meet in a block per shared country: judged in one
            if long and not _long_alike(a, b):
                continue  # long periods nearly all meet: their spans rule most out, cheaply
            if (score := _score(a, b, settings, rarity)) is not None:
                yield score, g, h
    yield from stance_links(reps, settings, rarity, _score)
    for g, rep in enumerate(reps):
        if len(groups[g].members) > 1 and (
                score := _score(rep, rep, settings, rarity)) is not None:
            yield score, g, g


def _blocks(reps: Sequence[Report],
            settings: LinkSettings) -> dict[tuple[int, str, bool], list[int]]:
    """Groups of twins by quad class, country (a group sits in one block per country it
    involves) and whether long-dated (those link only to each other), each block in link
    order, as the groups come."""
    blocks: dict[tuple[int, str, bool], list[int]] = defaultdict(list)
    for g, rep in enumerate(reps):
        for country in rep.countries:
            blocks[(rep.quad, country, _long(rep, settings))].append(g)
    return blocks


def _linkable(report: Report, settings: LinkSettings) -> bool:
    """Whether a report may link at all: a real act, of some country, with a period (one
    longer than `max_span_days` links only to another such, `_long`)."""
    return (not report.unreal and bool(report.countries) and report.first is not None
            and report.last is not None)


def _long(report: Report, settings: LinkSettings) -> bool:
    """Whether a report is dated only by a period longer than `max_span_days` (a decade
    of arms sales, "in 2016-2020"): it says too little of when to link beside a dated act.
    An open-ended date ("since 2016") gives no period at all, and links to nothing."""
    # an undated report stands for its week
    return report.dated and (_days_first_to_last(report) or 0) > settings.max_span_days


def _days_first_to_last(report: Report) -> int | None:
    """Days from a report's first day to its last (None: it has no period); not
    `likeness`'s calendar days spanned, one more and never None."""
    if report.first is None or report.last is None:
        return None
    return (report.last - report.first).days


# Of two long periods, the shorter must span this share of the longer to tell one
# happening: a decade of arms sales and its last five years, not a decade and a year.
_LONG_SHARE = 1 / 3


def _long_alike(a: Report, b: Report) -> bool:
    """Whether two long periods overlap, the shorter spanning `_LONG_SHARE` of the other."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return False
    spans = sorted(((a.last - a.first).days + 1, (b.last - b.first).days + 1))
    return (a.first <= b.last and b.first <= a.last) and spans[0] >= _LONG_SHARE * spans[1]


def _close_in_time(reps: Sequence[Report], block: list[int],
                   settings: LinkSettings) -> Iterator[tuple[int, int]]:
    """Pairs of groups (the earlier in link order first) whose periods meet once widened
    by the window, an undated report's reaching back its background days (a sweep over
    the block, sorted by the earliest day each may tell)."""
    reach = timedelta(days=settings.window_days)
    swept = sorted(block, key=lambda g: (earliest_day(reps[g], settings), g))
    for p, g in enumerate(swept):
        last = reps[g].last
        if last is None:
            continue  # no period: not linkable, so in no block
        for h in swept[p + 1:]:
            if earliest_day(reps[h], settings) > last + reach:
                break
            yield min(g, h), max(g, h)


# --- judging one pair ---------------------------------------------------------------------

def judge(a: Report, b: Report, settings: LinkSettings = DEFAULT,
          rarity: Rarity | None = None) -> Link | None:
    """The link between two reports of different documents, or None when something tells
    them apart or they are too little alike. How rare their words are is judged among
    `rarity`'s reports (by default every word counts alike)."""
    rarity = rarity or Rarity.even()
    if a.doc_id == b.doc_id or _score(a, b, settings, rarity) is None:
        return None
    return _link(a, b, rarity, settings)


def _score(a: Report, b: Report, settings: LinkSettings, rarity: Rarity) -> float | None:
    """The score of the link between reports like these, documents aside (to 3 places, as
    links are ordered by it); None when something tells them apart or they are too little
    alike."""
    if other_sides(a, b):
        return None
    if a.quad != b.quad or _modality_apart(a, b) or a.unreal or b.unreal:
        return None
    if a.countries.isdisjoint(b.countries):
        return None
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return None
    if a.quad == _VERBAL_CONFLICT and _reversed(a, b):
        return None
    gap = _gap_days(a, b)
    if gap is None:
        return None
    needed = settings.min_telling
    long_a, long_b = _long(a, settings), _long(b, settings)
    if long_a or long_b:
        if not (long_a and long_b and _long_alike(a, b)):
            return None
        needed = max(needed, settings.min_background_telling)  # years hold many acts
    if gap > settings.window_days:
        if (reached := _reach_back(a, b, settings, rarity)) is None:
            return None
        needed = max(needed, reached)
    frame, telling = likeness(a, b, gap, rarity)
    if telling < needed or frame + telling < settings.min_score:
        return None
    if (one_side_named(a, b) or only_acted_on_named(a, b)) and (
            telling - day_likeness(a, b, gap) < settings.min_background_telling):
        return None  # the day alone fits any act of that side (or on it) that day
    return round(frame + telling, 3)


# A plan dated to at most this many days ("on Tuesday", "next week") may be told again
# as done; a longer period ("this year") or none says too little of which act it is.
_PLAN_DAYS = 7


def _modality_apart(a: Report, b: Report) -> bool:
    """Whether one report tells a plan and the other an act done that cannot carry it
    out: the plan names no day (or only a long period), or the act is told done before
    the plan's first day."""
    if a.future == b.future:
        return False
    plan, done = (a, b) if a.future else (b, a)
    span = _days_first_to_last(plan)
    if not plan.dated or span is None or plan.first is None or done.last is None:
        return True
    return span >= _PLAN_DAYS or done.last < plan.first


def _reach_back(a: Report, b: Report, settings: LinkSettings,
                rarity: Rarity) -> float | None:
    """The telling two reports dated further apart than the window must show to link
    (a standing stance's shared subject already shows it), or None when they may not."""
    if standing_stance(a, b, settings.stance_days, settings.min_stance_words, rarity):
        return settings.min_telling
    if _told_later(a, b, settings):
        return settings.min_background_telling
    return None


def _told_later(a: Report, b: Report, settings: LinkSettings) -> bool:
    """Whether the periods meet once an undated report reaches back its background days:
    then the later news may tell the earlier act again, which a dated report must fix,
    or, for one stance, which the other undated report told too."""
    if not (a.dated or b.dated or one_stance(a, b)):
        return False
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return False  # no period: nothing to meet
    reach = timedelta(days=settings.window_days)
    return (earliest_day(a, settings) <= b.last + reach
            and earliest_day(b, settings) <= a.last + reach
            and (a.dated or b.dated or not other_subjects(a, b)))


def _link(a: Report, b: Report, rarity: Rarity, settings: LinkSettings = DEFAULT) -> Link:
    """The link between two reports `_score` found alike, with its reasons."""
    why: list[str] = []
    score = sum(likeness(a, b, _gap_days(a, b) or 0, rarity, why))
    if standing_stance(a, b, settings.stance_days, settings.min_stance_words, rarity):
        why.append(f"one standing stance ({', '.join(sorted(a.topic & b.topic)[:3])})")
    if _long(a, settings):
        why.append(f"long periods overlap ({a.first}/{a.last}, {b.first}/{b.last})")
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


_VERBAL_CONFLICT = 3  # the quad class of accusations, threats, demands, refusals


def _reversed(a: Report, b: Report) -> bool:
    """Whether one report's acting side is the other's acted-on side, and no side acts
    in both. An accusation is its speaker's: A accusing B and B accusing A are two acts
    (a clash is not: outlets blame opposite sides for one). A mutual accusation ("they
    blamed one another") is both sides', so each side's own is part of it."""
    return (bool(a.sources & b.targets or b.sources & a.targets)
            and a.sources.isdisjoint(b.sources) and not (mutual(a) or mutual(b)))
