"""A canonical event's figures: every claim of each kind of quantity its reports give, with
the lowest, the highest and a best figure ("the ministry says 50, monitors say 80").

Claims are grouped by what they count (the quantity's unit: killed, wounded, USD,
drones). Each keeps its value, its qualifier as worded ("at least", "about"), its
claimant (the speaker the report gives for the figure, else the outlet itself) and the
outlet and report that tell it. `low` and `high` are the smallest and largest figures
claimed, as stated: "at least 4" counts as 4. `best` follows the linking policy:

- `most_sourced`: the figure most claims give; where no figure is given more often than
  every other, the median of the claims (the lower of the two middle ones, so that
  `best` is always a figure somebody claimed);
- `earliest`: the figure of the first report published;
- `conservative`: the lowest figure claimed.

`basis` says which of these gave `best`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median_low

from belli.records import FigureClaim, FigureRange, Quantity

__all__ = ["Told", "figure_lines", "figure_number", "figure_ranges"]


@dataclass(frozen=True, slots=True)
class Told:
    """One report's figures, as combining them needs them (first published first)."""

    report: str  # "doc_id/event_id"
    outlet: str | None
    speaker: str | None  # whom the report attributes its account to
    quantities: tuple[Quantity, ...]


def figure_ranges(reports: Sequence[Told], policy: str) -> tuple[FigureRange, ...]:
    """Low, best and high of each kind of quantity the reports give, the most claimed
    kind first."""
    by_unit: dict[str | None, list[FigureClaim]] = {}
    for told in reports:
        for unit, claim in _claims(told):
            by_unit.setdefault(unit, []).append(claim)
    ranges = [_range(unit, claims, policy) for unit, claims in by_unit.items()]
    return tuple(sorted(ranges, key=lambda r: -len(r.claims)))  # stable: first told next


def _claims(told: Told) -> list[tuple[str | None, FigureClaim]]:
    """The report's figures as claims, each (unit, value, claimant) once: a number read
    by two triggers of the sentence is one claim."""
    out: dict[tuple[str | None, float, str], FigureClaim] = {}
    for quantity in told.quantities:
        if quantity.value is None:
            continue
        claimant = quantity.claimed_by or told.speaker or told.outlet or "unknown outlet"
        out.setdefault((quantity.unit, quantity.value, claimant), FigureClaim(
            value=quantity.value, text=quantity.text, claimant=claimant,
            qualifier=quantity.qualifier, outlet=told.outlet, report=told.report))
    return [(unit, claim) for (unit, _, _), claim in out.items()]


def _range(unit: str | None, claims: list[FigureClaim], policy: str) -> FigureRange:
    values = [c.value for c in claims]
    best, basis = _best(values, policy)
    return FigureRange(unit=unit, low=min(values), best=best, high=max(values), basis=basis,
                       claims=tuple(claims))


def _best(values: list[float], policy: str) -> tuple[float, str]:
    """The best figure of the claims (first told first) by the policy, and why."""
    if len(set(values)) == 1:
        return values[0], "one claim" if len(values) == 1 else "every claim agrees"
    if policy == "earliest":
        return values[0], "the earliest report's"
    if policy == "conservative":
        return min(values), "the lowest claim"
    (top, most), (_, next_most) = Counter(values).most_common(2)
    if most > next_most:
        return top, f"most claimed ({most} of {len(values)})"
    return median_low(values), f"median of {len(values)} claims"


def figure_lines(ranges: Sequence[FigureRange], indent: str = "  ") -> list[str]:
    """The figures as text under a "figures:" heading (none without figures): one line
    per kind with low, best and high, then who claims what."""
    lines = [f"{indent}figures:"] if ranges else []
    for r in ranges:
        lines.append(f"{indent}  {r.unit or 'counted'}: low {figure_number(r.low)}, best "
                     f"{figure_number(r.best)} ({r.basis}), high {figure_number(r.high)}")
        for c in r.claims:
            via = f" via {c.outlet}" if c.outlet and c.outlet != c.claimant else ""
            said = figure_number(c.value)
            said = f"{c.qualifier} {said}" if c.qualifier else said
            lines.append(f"{indent}    {c.claimant}{via}: {said} (\"{c.text}\")")
    return lines


def figure_number(value: float) -> str:
    return f"{value:,.0f}" if value.is_integer() else f"{value:,g}"
