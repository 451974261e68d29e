"""Stances: what someone said (a pledge, a denial, an accusation), which news tells
again, undated, for as long as it stands. `belli.analysis.linking` asks here whether two
undated reports may tell one stance, and which stances to compare across the months a
standing one is repeated (blocked by a rare word of their subject, so that comparing
them stays far from every pair)."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, TypeAlias

from belli.analysis.likeness import VERBAL_QUADS, earliest_day
from belli.analysis.wording import same_stem

if TYPE_CHECKING:
    from belli.analysis.linking import LinkSettings, Report
    from belli.analysis.wording import Rarity

    # linking's score of a pair of reports, None where they do not link
    Scorer: TypeAlias = Callable[[Report, Report, LinkSettings, Rarity], float | None]

__all__ = ["one_stance", "other_subjects", "stance_blocks", "stance_links", "standing_stance"]


def stance_blocks(reps: Sequence[Report], rarity: Rarity) -> dict[tuple[object, ...], list[int]]:
    """Undated stances by quad class, speaker country, addressee country and rare word of
    their subject."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for g, rep in enumerate(reps):
        if rep.dated or rep.quad not in VERBAL_QUADS or rep.first is None or rep.last is None:
            continue
        for word in rep.topic:
            if rarity.share(word) >= _RARE_SUBJECT:
                for source in rep.sources:
                    for target in rep.targets or ("",):
                        blocks[(rep.quad, source, target, word)].append(g)
    return blocks


# A word of a stance's subject blocks stances together when at most about the square root
# of the tellings give it (the weight `Rarity.share` gives it is then at least a half).
_RARE_SUBJECT = 0.5


def stance_links(reps: Sequence[Report], settings: LinkSettings, rarity: Rarity,
                 score: Scorer) -> Iterator[tuple[float, int, int]]:
    """(score, g, h) linking each undated stance to the next telling of it, of one speaker
    and addressee and a rare word of their subject, too far on for the blocks' sweep
    (which judged the nearer ones) but within `stance_days`. Only the next: the tellings
    of a stance repeated all year chain through each other (and a cluster's fit judges the
    far pairs), so comparing them costs as many links as tellings, not their square.
    `score` is linking's judge of a pair (None: they do not link)."""
    judged: dict[tuple[int, int], bool] = {}  # far pairs scored, and whether they link
    for block in stance_blocks(reps, rarity).values():
        block.sort(key=lambda g: (reps[g].last, g))
        earliest = _earliest_so_far(reps, block, settings)
        for p in range(len(block)):
            if (link := _next_telling(reps, block, earliest, p, judged, settings, rarity,
                                      score)) is not None:
                yield link


def _earliest_so_far(reps: Sequence[Report], block: Sequence[int],
                     settings: LinkSettings) -> list[date]:
    """For each place in the block, the latest `earliest_day` up to it: never falling,
    so the first far telling is found by bisection (an undated report's earliest day need
    not rise with its publication, as its period may be longer than its week)."""
    return list(accumulate((earliest_day(reps[g], settings) for g in block), max))


# Of the far tellings in one stance block, each is compared with at most this many (the
# same first ones in each block it sits in, as every block is in one order): its stance's
# next telling comes first, and those that fail are other stances sharing the rare word
# (a block is a speaker's to one addressee, and may hold a year of its words on a subject).
_STANCE_TRIES = 4


def _next_telling(reps: Sequence[Report], block: Sequence[int], earliest: Sequence[date],
                  p: int, judged: dict[tuple[int, int], bool], settings: LinkSettings,
                  rarity: Rarity, score: Scorer) -> tuple[float, int, int] | None:
    """The link of the stance block[p] to the next far telling of it in its block (sorted
    by publication), or None: also when another block (another word of their subject)
    linked it to its next already. The near tellings before the first far one are
    skipped by bisecting `earliest` (`_earliest_so_far`): no telling up to p reaches past
    block[p]'s publication, so the first place whose running earliest day lies beyond
    the reach is the first far telling after p, and the tellings skipped end no later."""
    g, a = block[p], reps[block[p]]
    if a.last is None:
        return None
    reach, tries = a.last + timedelta(days=settings.window_days), 0
    for q in range(bisect_right(earliest, reach, lo=p + 1), len(block)):
        h, b = block[q], reps[block[q]]
        if b.last is None or (b.last - a.last).days > settings.stance_days:
            return None
        if earliest_day(b, settings) <= reach:
            continue  # near enough for the sweep, which judged them
        if tries == _STANCE_TRIES:
            return None
        tries += 1
        pair = (min(g, h), max(g, h))
        if pair in judged:  # through another word of their subject
            if judged[pair]:
                return None  # linked: that telling is its next
            continue
        scored = score(a, b, settings, rarity)
        judged[pair] = scored is not None
        if scored is not None:
            return scored, *pair
    return None


def standing_stance(a: Report, b: Report, days: int, min_words: int,
                    rarity: Rarity) -> bool:
    """Whether two undated reports may tell one standing stance: the same speaker saying
    it to the same addressee at most `days` apart, in at least `min_words` words of its
    own subject (beyond the actors and the verb), one of them rare (`stance_blocks`
    compares only such), and neither naming something the other does not."""
    if a.dated or b.dated or not one_stance(a, b) or not _same_addressee(a, b):
        return False
    if a.last is None or b.last is None:
        return False
    shared = a.topic & b.topic
    return (abs((a.last - b.last).days) <= days and len(shared) >= min_words
            and any(rarity.share(word) >= _RARE_SUBJECT for word in shared)
            and not other_subjects(a, b))


def _same_addressee(a: Report, b: Report) -> bool:
    """Whether two stances are addressed to one side (or neither names any)."""
    return bool(a.targets & b.targets) or not (a.targets or b.targets)


def one_stance(a: Report, b: Report) -> bool:
    """Whether two reports (of one quad) may tell one stance: what someone said (a
    pledge, a denial, an accusation), which news tells again, undated, for as long as it
    stands; a stance is its speaker's, so the acting side must be the same (whether the
    two are about one subject, `other_subjects`, is checked last, as it costs most)."""
    return a.quad in VERBAL_QUADS and not a.sources.isdisjoint(b.sources)


def other_subjects(a: Report, b: Report) -> bool:
    """Whether two tellings of a stance are about different things: each names something
    the other does not (an accusation naming one village and one naming another)."""
    return _names_beyond(a, b) and _names_beyond(b, a)


def _names_beyond(a: Report, b: Report) -> bool:
    """Whether a's sentence names something (a place, a weapon, a person) b's does not
    mention; a name agrees with a word it begins or that begins it ("Armenia",
    "Armenian"), as one outlet names the country and another its people."""
    return any(name not in b.words and not any(same_stem(name, word) for word in b.words)
               for name in a.names)
