"""How alike two tellings of an act are: the evidence a link's score sums.

The *frame* (same or compatible type, same countries, same direction) is what every
report of one kind of act between two countries shares; the *telling* (same day, place,
words, trigger, figures) is what singles one event out. `belli.analysis.linking` decides
which pairs may link at all and asks here how alike they are, with the reasons when it
keeps a link.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from belli.actors.kb import load_kb
from belli.analysis.wording import WORD
from belli.errors import BelliError, KnowledgeBaseError
from belli.events.lexicon import load_plover
from belli.yamldata import word_data

if TYPE_CHECKING:
    from belli.analysis.linking import LinkSettings, Report
    from belli.analysis.wording import Rarity

__all__ = ["VERBAL_QUADS", "actor_words", "attribution_words", "compatible_types",
           "day_likeness", "earliest_day", "likeness", "mutual", "one_side_named",
           "only_acted_on_named", "read_compatible"]

VERBAL_QUADS = frozenset({1, 3})  # PLOVER's verbal cooperation and verbal conflict


# What makes two tellings alike, and how much each counts (the weights sum to more than 1
# so that a pair need not agree on everything). The *frame* (type, countries, direction)
# is what every report of one kind of act on a busy border shares; the *telling* (day,
# place, words, trigger, figures) is what singles one event out.
_WEIGHTS = {"type": 0.3, "countries": 0.1, "direction": 0.1, "day": 0.25, "place": 0.15,
            "name": 0.15, "words": 0.35, "trigger": 0.15, "figure": 0.15}


def likeness(a: Report, b: Report, gap: int, rarity: Rarity,
             why: list[str] | None = None) -> tuple[float, float]:
    """How alike two tellings are, in their frame and in their telling; the reasons go to
    `why` when one is given (every candidate pair is scored, few become links)."""
    explain = why is not None
    frame = [_types_alike(a, b),
             _countries_alike(a, b),
             _directions_alike(a, b)]
    telling = [(day_likeness(a, b, gap),
                _when_reason(a, b, gap) if explain else ""),
               _same(bool(a.place) and a.place == b.place, "place", f"same place {a.place}"),
               _names_alike(a, b, rarity),
               _words_alike(a, b, rarity, explain),
               _triggers_alike(a, b, rarity),
               _figures_alike(a, b, rarity)]
    if why is not None:
        why.extend(reason for _, reason in (*frame, *telling) if reason)
    return sum(weight for weight, _ in frame), sum(weight for weight, _ in telling)


def _types_alike(a: Report, b: Report) -> tuple[float, str]:
    """The same type counts in full; two types outlets often give one happening (talks
    and the text signed at them) count for their share (data/compatible_types.yaml)."""
    if a.type == b.type:
        return _WEIGHTS["type"], f"same type {a.type}"
    share = compatible_types().get(frozenset((a.type, b.type)), 0.0)
    if not share:
        return 0.0, ""
    return _WEIGHTS["type"] * share, f"compatible types {a.type}/{b.type}"


@cache
def compatible_types() -> dict[frozenset[str], float]:
    """Each pair of compatible types (data/compatible_types.yaml), with the share of a
    same-type match it earns."""
    return read_compatible(word_data("belli.analysis", "compatible_types.yaml"),
                           load_plover().quads)


def read_compatible(data: Mapping[str, Any],
                    quads: Mapping[str, int]) -> dict[frozenset[str], float]:
    """The pairs of a compatible-types mapping (type: {type: share}); a type PLOVER does
    not know, a pair of two quad classes (linking never compares those) or a share
    outside 0..1 is an error."""
    pairs: dict[frozenset[str], float] = {}
    for first, others in data.items():
        for second, share in (others or {}).items():
            if quads.get(first) is None or quads.get(first) != quads.get(second):
                raise KnowledgeBaseError(f"compatible_types.yaml: {first} and {second} "
                                         "are not PLOVER types of one quad class")
            if not isinstance(share, int | float) or not 0 < share <= 1:
                raise KnowledgeBaseError(
                    f"compatible_types.yaml: {first}/{second} needs a share in (0, 1]")
            pairs[frozenset((first, second))] = float(share)
    return pairs


def _countries_alike(a: Report, b: Report) -> tuple[float, str]:
    """The same countries count for a link; each naming a country the other does not
    counts against it (one report missing a country is actor resolution; two reports each
    with a country of their own are more often two events meeting in a third)."""
    if a.countries == b.countries:
        return _WEIGHTS["countries"], "same countries"
    if one_side_named(a, b):
        return _WEIGHTS["countries"], "same countries, as far as one side is named"
    if a.countries <= b.countries or b.countries <= a.countries:
        return 0.0, ""
    return -_WEIGHTS["countries"], "countries of their own"


def one_side_named(a: Report, b: Report) -> bool:
    """Whether one report names only the acting side, the one the other names acting on
    another (linking asks such a pair to show more than its day: that side acts on many
    fronts each day)."""
    return _one_side_within(a, b) or _one_side_within(b, a)


def _one_side_within(few: Report, more: Report) -> bool:
    """Whether `few` names only the acting side, the one `more` names acting on another:
    "Russian peacekeepers set up posts" beside "Russia deployed peacekeepers to
    Azerbaijan". The side it leaves out is unnamed, not another one, so the sets agree as
    far as both go. Not a report naming only the side acted on (any side may have acted on
    it), nor one naming both sides and missing a country of the other's (actor resolution
    differs: no credit)."""
    return (bool(few.sources) and not few.targets and few.sources == more.sources
            and few.countries < more.countries)


def only_acted_on_named(a: Report, b: Report) -> bool:
    """Whether one report names only the side acted on, the one the other names acted on
    by another: "Elbonian villages were shelled" beside "Ruritania shelled Elbonia". Any
    side may have acted on it, so the frame says even less than the acting side's would
    (linking asks such a pair to show more than its day too; no credit for the countries)."""
    return _acted_on_within(a, b) or _acted_on_within(b, a)


def _acted_on_within(few: Report, more: Report) -> bool:
    return (bool(few.targets) and not few.sources and few.targets == more.targets
            and few.countries < more.countries)


def _same(agree: bool, evidence: str, reason: str) -> tuple[float, str]:
    return (_WEIGHTS[evidence], reason) if agree else (0.0, "")


def _directions_alike(a: Report, b: Report) -> tuple[float, str]:
    """Both say the same side acted on the same side: full weight. One side agrees and
    one report, or both, names no country for the other (an unresolved group, "the
    separatists", "the region's authorities"): half, as that side may be the other's. Outlets blame
    opposite sides for one clash, so the reverse tells nothing either way."""
    sources, targets = bool(a.sources & b.sources), bool(a.targets & b.targets)
    if sources and targets:
        return _WEIGHTS["direction"], "same direction"
    if _one_side_of(a, b) or _one_side_of(b, a):
        return _WEIGHTS["direction"] / 2, "one side's account of a mutual act"
    if sources and not (_foreign_targets(a) and _foreign_targets(b)):
        return _WEIGHTS["direction"] / 2, "same acting side"
    if targets and not (a.sources and b.sources):
        return _WEIGHTS["direction"] / 2, "same side acted on"
    return 0.0, ""


def _foreign_targets(report: Report) -> frozenset[str]:
    """The countries acted on besides the acting side's own: an act that lands in its own
    country ("its forces captured the town", the town geocoded to that country) leaves the
    side acted on unresolved, not a side of its own."""
    return report.targets - report.sources


def _one_side_of(joint: Report, told: Report) -> bool:
    """Whether `told` is one side's account of `joint`'s mutual act: countries that clashed,
    signed or blamed one another, told by another outlet as the one acting on the other.
    Half the weight of the same direction: the account agrees on who acted, not that both
    did."""
    return bool(told.sources and told.targets) and (
        told.sources | told.targets) <= mutual(joint)


def mutual(report: Report) -> frozenset[str]:
    """The countries of a mutual act (coded reciprocal, or two or more acting sides and no
    side acted on: "the two armies clashed"); none for an act of one side on another."""
    if report.reciprocal or (len(report.sources) > 1 and not report.targets):
        return report.sources | report.targets
    return frozenset()


# A name counts when at most about the square root of the tellings give it (its rarity
# share is then at least a half): a village or an exercise, not a region that most news
# of a conflict names.
_RARE_NAME = 0.5


def _names_alike(a: Report, b: Report, rarity: Rarity) -> tuple[float, str]:
    """A name both sentences give beyond their actors (the village, the operation, the
    document signed), as much as it is rare among the reports: it singles out the thing
    told where no place was resolved, as a shared place does; not counted where both
    have a place (the same one counts as a place; two others are two scenes), nor a word
    of a title, a rank, a channel or a direction (data/attribution_words.yaml)."""
    if a.place and b.place:
        return 0.0, ""
    shared = (a.names & b.names) - _not_telling()
    share, name = max(((rarity.share(n), n) for n in shared), default=(0.0, ""))
    if share < _RARE_NAME:
        return 0.0, ""  # none, or a region that much of the news names
    return _WEIGHTS["name"] * share, f"same name {name}"


@cache
def _not_telling() -> frozenset[str]:
    """Words that name who tells or acts, never the thing told: read once, not per pair."""
    return actor_words() | attribution_words()


@cache
def actor_words() -> frozenset[str]:
    """The words of every name the knowledge base gives an actor (countries, their people
    and capitals, organizations, people, institutions), lower-cased as `proper_names`
    gives them: linking compares actors by country, so such a word ("Turkish", "Moscow",
    "Defence") says nothing more of which event two sentences tell."""
    return frozenset(word.lower() for form, _ in load_kb().all_surface_forms()
                     for word in WORD.findall(form))


@cache
def attribution_words() -> frozenset[str]:
    """Words that tell who said or carried a report ("Minister", "Col.", "Telegram") or
    a broad direction ("Eastern", "Region"), lower-cased: a spokesman or a channel that two
    incidents of one dyad share makes them no one incident (data/attribution_words.yaml)."""
    data = word_data("belli.analysis", "attribution_words.yaml")
    return frozenset(str(word).lower() for words in data.values() for word in words or ())


def _words_alike(a: Report, b: Report, rarity: Rarity, explain: bool) -> tuple[float, str]:
    """The evidence sentences' shared words, each weighted by how rare it is among the
    reports linked: "killed" or "forces" say little, the name of a village much."""
    overlap = rarity.overlap(a.words, b.words)
    if not overlap:
        return 0.0, ""
    reason = ""
    if explain:
        telling = sorted(a.words & b.words, key=lambda w: (-rarity.weight(w), w))[:3]
        reason = f"words {overlap:.2f} ({', '.join(telling)})"
    return _WEIGHTS["words"] * min(1.0, overlap * 2), reason


def _triggers_alike(a: Report, b: Report, rarity: Rarity) -> tuple[float, str]:
    """The same word for the act, as much as it is rare among the reports."""
    if not a.trigger or a.trigger != b.trigger:
        return 0.0, ""
    return _WEIGHTS["trigger"] * rarity.trigger_share(a.trigger), f"same trigger '{a.trigger}'"


def _figures_alike(a: Report, b: Report, rarity: Rarity) -> tuple[float, str]:
    """A figure both give (the 1,960 peacekeepers, the 71 dead), as much as the figure is
    rare among the reports: "two" says little."""
    shared = a.quantities & b.quantities
    if not shared:
        return 0.0, ""
    figure = max(shared, key=lambda f: (rarity.figure_share(f), f))
    return (_WEIGHTS["figure"] * rarity.figure_share(figure),
            f"same figure {figure:g}")


def day_likeness(a: Report, b: Report, gap: int) -> float:
    """What the two dates give the telling."""
    return _WEIGHTS["day"] * _dates_alike(a, b, gap)


def _dates_alike(a: Report, b: Report, gap: int) -> float:
    """How surely two dates name the same day, 0..1: outlets resolve "overnight" or "on
    Sunday" a day apart, so closeness counts, graded; and a day inside a week or a month
    agrees with it, but says less the longer the period (two days as much as a day, a
    week a quarter, a month a sixth, a year a tenth of what a shared day says)."""
    if not (a.dated or b.dated):
        return 0.0  # a publication day says when the news came, not when the act was
    if not (a.dated and b.dated):
        return _news_of_the_act(a, b)
    closeness = max(0.0, 1 - gap / 4)
    # a period's first two days count as one: a night, or "since Sunday" told on Monday,
    # spans two calendar days and still names one act's day
    widest = max(_span_days(a), _span_days(b), 2) - 1
    return closeness / (1 + math.log2(widest))


# Of what a shared day says, how much an undated report published just after the act
# says (news of the act's own side, the same day).
_NEWS_SHARE = 0.5


def _news_of_the_act(a: Report, b: Report) -> float:
    """How surely an undated report tells a dated act, 0..1: news runs days after an act,
    so one published soon after, of the same side doing the same kind of act, most often
    tells that act; it says less the later it came, and nothing without the acting side
    (a week's news of a border tells many acts). News that came out inside the dated
    period (on the 10th, of an act dated "in June") may tell it as news just after does;
    news out before the period began cannot."""
    undated, dated = (a, b) if not a.dated else (b, a)
    if a.quad in VERBAL_QUADS or undated.sources.isdisjoint(dated.sources):
        return 0.0
    if _news_before_act(undated, dated):
        return 0.0
    after = max(0, _days_after(undated, dated))
    closeness = max(0.0, 1 - after / _span_days(undated))
    return _NEWS_SHARE * closeness / (1 + math.log2(max(_span_days(dated), 2) - 1))


def _news_before_act(undated: Report, dated: Report) -> bool:
    """Whether the news came out before the dated period began: it cannot tell that act."""
    if undated.last is None or dated.first is None:
        return False
    return undated.last < dated.first


def _days_after(a: Report, b: Report) -> int:
    """Days from the end of b's period to the end of a's (0 where one has no date)."""
    if a.last is None or b.last is None:
        return 0
    return (a.last - b.last).days


def earliest_day(report: Report, settings: LinkSettings) -> date:
    """The earliest day a linkable report may tell of: its first, or for an undated one
    the day its background days reach back to, if earlier. Linking asks only of reports
    with a period (`_linkable`), so one without is a bug, not an answer."""
    if report.first is None or report.last is None:
        raise BelliError(f"report {report.uid} has no period to tell of",
                         hint="linking compares only reports with a first and last day")
    if report.dated:
        return report.first
    return min(report.first, report.last - timedelta(days=settings.background_days))


def _span_days(report: Report) -> int:
    """How many calendar days a report's period spans (one with no period counts as a
    day: linking scores none such, its `_gap_days` stops them first)."""
    if report.first is None or report.last is None:
        return 1
    return (report.last - report.first).days + 1


def _when_reason(a: Report, b: Report, gap: int) -> str:
    if not (a.dated or b.dated):
        return f"both undated, published {abs(_days_after(a, b))} days apart"
    if gap and not (a.dated and b.dated):
        undated, dated = (a, b) if not a.dated else (b, a)
        after = _days_after(undated, dated)  # from the act to the undated news
        return f"told again {after} days after, undated" if after > 0 else "undated, near"
    if gap:
        return f"{gap} days apart"
    if a.dated != b.dated:
        undated, dated = (a, b) if not a.dated else (b, a)
        after = _days_after(undated, dated)
        if after < 0:
            return "undated, near: published within its period"
        return f"undated, near: published {after} days after"
    widest = max(_span_days(a), _span_days(b))
    if widest == 1:
        return f"same day {a.first}"
    return f"dates overlap (within {widest} days)"
