"""The date stage (`dates.resolve.v1`): every DATE and TIME mention gets its `date`.

For each article:

1. the anchor: the publication date, or, when the article has none, the date inferred
   from its text (`belli.dates.inference.infer_publication`; the spans are then `inferred`);
2. the date expressions of the whole text (`find_expressions`), matched to the model's
   DATE and TIME mentions. A mention holding several expressions ("2009-2010",
   "between 2014 and 2016") becomes one mention per expression, as TIMEX3 marks them; an
   expression whose form alone makes it a date ("recently", "now", "from 2009 to 2011")
   and that no mention covers becomes a new mention (source "dates"), labelled DATE, or
   DATE_REF for a time without a calendar value ("now", "recently");
3. each expression resolved in text order, with the tense of its governing verb read
   from the parse (from the words of its clause when there is none), the date named
   before it for "that day", and the story's last date for "two days later"
   (`belli.dates.antecedents`). An expression that cannot be placed (no publication date
   to count "last month" from) keeps its unit and an unknown value ("XXXX-XX",
   `belli.dates.unresolved`).

The stage needs {"mentions", "parse"} and adds {"dates"}; it loads nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from belli.dates import calendar as cal
from belli.dates.antecedents import Named, counted_antecedent, narrates
from belli.dates.grammar import Found, find_expressions
from belli.dates.inference import infer_publication
from belli.dates.resolve import resolve, resolve_found
from belli.dates.tense import Tense, clause_tense, tense_at
from belli.dates.unresolved import unresolved
from belli.records import Analysis, Article, DateSpan, Mention, Sentence
from belli.settings import Settings

__all__ = ["DATE_LABELS", "Anchor", "DateStage", "publication_anchor", "resolve_dates"]

DATE_LABELS = frozenset({"DATE", "TIME"})
# "now", "recently", "in the future": a time named without a calendar value (TIMEX3
# PRESENT_REF, PAST_REF, FUTURE_REF). The model's DATE label (OntoNotes) leaves them out,
# and an event dated "recently" is better placed around publication: a label of their own.
REFERENCE_LABEL = "DATE_REF"
_RELABEL = frozenset({"CARDINAL"})  # "2011" in "from 2009 to 2011", read as a number
_EVENTS = frozenset({"EVENT"})  # a named event or period holding its date
SOURCE = "dates"


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date as a period (a day, or a month or year when that is all that
    is known) and whether it was inferred from the text."""

    start: dt.date
    end: dt.date
    granularity: str
    inferred: bool


@dataclass
class DateStage:
    """Pipeline stage: fills `Mention.date` (see the module docstring)."""

    name: str = "dates.resolve.v1"
    needs: frozenset[str] = frozenset({"mentions", "parse"})
    adds: frozenset[str] = frozenset({"dates"})

    @classmethod
    def from_settings(cls, settings: Settings) -> DateStage:
        return cls()

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        return [resolve_dates(analysis) for analysis in batch]


def resolve_dates(analysis: Analysis, *, today: dt.date | None = None) -> Analysis:
    """The analysis with a `date` on every date mention it can place."""
    article = analysis.article
    expressions = find_expressions(article.text)  # read once: the anchor may need them too
    anchor = publication_anchor(article, today=today, found=expressions)
    plan = _plan(analysis, expressions)
    named: list[Named] = []
    dated: list[Mention] = []
    for mention, found in sorted(plan, key=lambda pair: pair[0].start):
        tense = _tense(analysis, mention, found)
        last = _antecedent(named, found, article.text, mention.start)
        span = _resolve(mention, found, anchor, tense, last)
        if span is None and found is not None:
            span = unresolved(found)
        if span is not None and span.range is not None and span.granularity != "reference":
            named.append(Named(mention.start, span,
                               narrates(analysis.parse, mention.start, mention.end)))
        dated.append(mention.replace(date=span))
    kept = [m for m in analysis.mentions if not _planned(m) and not _replaced(m, plan)]
    mentions = sorted([*kept, *dated], key=lambda m: (m.start, -m.end))
    return analysis.replace(mentions=tuple(mentions))


def publication_anchor(
    article: Article, *, today: dt.date | None = None, found: Sequence[Found] | None = None
) -> Anchor | None:
    """The article's publication date, or the one its text supports (marked inferred).
    `found`: the text's expressions, when the caller has them already."""
    value, inferred = article.published, article.published_inferred
    if not value:
        inference = infer_publication(article.text, today=today, found=found)
        if inference is None:
            return None
        value, inferred = inference.value, True
    period = cal.period_of_value(value[:10])
    if period is None:
        return None
    return Anchor(period.start, period.end, period.granularity, inferred)


# --- which expression each mention holds ---------------------------------------------------


def _plan(analysis: Analysis, found: Sequence[Found]) -> list[tuple[Mention, Found | None]]:
    """Date mentions paired with the expression each holds: split where a mention holds
    several, added where a confident expression has no mention."""
    plan: list[tuple[Mention, Found | None]] = []
    mentions = analysis.mentions
    for mention in mentions:
        if not _planned(mention):
            continue
        inside = [f for f in found if f.start < mention.end and mention.start < f.end]
        if len(inside) <= 1:
            plan.append((mention, inside[0] if inside else None))
        else:
            plan.extend((_new_mention(analysis, f, mention.label), f) for f in inside)
    for f in found:
        covering = [m for m in mentions if m.start < f.end and f.start < m.end]
        if f.confident and all(_relabelable(m, f) or _dates_event(m, f) for m in covering):
            label = REFERENCE_LABEL if f.spec.reference else "DATE"
            plan.append((_new_mention(analysis, f, label), f))
    return plan


def _planned(mention: Mention) -> bool:
    return mention.label in DATE_LABELS or mention.label == REFERENCE_LABEL


def _relabelable(mention: Mention, found: Found) -> bool:
    """A number mention lying inside an expression is read again as the date it is."""
    return mention.label in _RELABEL and found.start <= mention.start and mention.end <= found.end


def _dates_event(mention: Mention, found: Found) -> bool:
    """"the 2020 war", "last year's elections": the model's EVENT mention stays, and the
    date inside it becomes a mention of its own, so that the event it names is dated."""
    return mention.label in _EVENTS and mention.start <= found.start and found.end <= mention.end


def _replaced(mention: Mention, plan: list[tuple[Mention, Found | None]]) -> bool:
    return mention.label in _RELABEL and any(
        f is not None and m.source == SOURCE and f.start <= mention.start and mention.end <= f.end
        for m, f in plan
    )


def _new_mention(analysis: Analysis, found: Found, label: str) -> Mention:
    return Mention(
        doc_id=analysis.doc_id, start=found.start, end=found.end, text=found.text, label=label,
        sentence=_sentence_of(analysis.sentences, found.start), source=SOURCE,
    )


def _sentence_of(sentences: Sequence[Sentence], start: int) -> int | None:
    return next((s.index for s in sentences if s.start <= start < s.end), None)


def _antecedent(named: Sequence[Named], found: Found | None, text: str,
                start: int) -> DateSpan | None:
    """The date "that day" or "the entire year" points back to: the last one named at
    least as finely; for "two days later", the story's last date (`counted_antecedent`)."""
    if found is None or not (found.spec.anaphor or found.spec.narrative):
        return named[-1].span if named else None
    if found.spec.shift_unit is not None or found.spec.narrative:
        return counted_antecedent(named, text, start)
    order = cal.GRANULARITIES
    wanted = order.index(found.spec.unit)
    return next((n.span for n in reversed(named) if order.index(n.span.granularity) <= wanted),
                None)


# --- resolving one mention -------------------------------------------------------------------


def _tense(analysis: Analysis, mention: Mention, found: Found | None) -> Tense | None:
    start, end = (found.start, found.end) if found else (mention.start, mention.end)
    if analysis.parse is not None:
        return tense_at(analysis.parse, start, end)
    return clause_tense(analysis.article.text, start, end)


def _resolve(mention: Mention, found: Found | None, anchor: Anchor | None,
             tense: Tense | None, last: DateSpan | None) -> DateSpan | None:
    """Resolve against the anchor; a month or year anchor (stated or inferred) gives the
    value both of its ends agree on, with the days of both readings, coarsened to the
    anchor's unit when they do not, else unknown: "on Tuesday" in a story known only to be
    of December is no day the text can name, not the last Tuesday of December."""
    def at(when: dt.date | None) -> DateSpan | None:
        inferred = anchor.inferred if anchor else False
        if found is None:
            return resolve(mention.text, when, tense=tense, last=last, anchor_inferred=inferred)
        return resolve_found(found, when, tense=tense, last=last, anchor_inferred=inferred)

    first = at(anchor.start if anchor else None)
    if anchor is None or anchor.granularity == "day" or first is None:
        return first
    second = at(anchor.end)
    if second is not None and second.value == first.value:
        return replace(first, range=_both_ranges(first, second))
    return _coarsened(first, second, anchor.granularity)


def _both_ranges(first: DateSpan, second: DateSpan) -> tuple[str, str] | None:
    """The days from the earlier reading's first to the later one's last."""
    if first.range is None or second.range is None:
        return first.range or second.range
    return min(first.range[0], second.range[0]), max(first.range[1], second.range[1])


def _coarsened(first: DateSpan, second: DateSpan | None, granularity: str) -> DateSpan | None:
    """The period of the anchor's unit holding both readings, or None when they part."""
    a, b = cal.period_of_value(first.value), cal.period_of_value(second.value) if second else None
    if a is None or b is None:
        return None
    wide_a, wide_b = cal.containing(a.start, granularity), cal.containing(b.start, granularity)
    if wide_a.value != wide_b.value:
        return None
    return DateSpan(wide_a.value, wide_a.granularity, (wide_a.start.isoformat(),
                    wide_a.end.isoformat()), text=first.text, inferred=first.inferred)
