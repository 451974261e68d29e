"""A canonical event's figures: every claim of each kind of quantity its reports give, with
the lowest, the highest and a best figure ("the ministry says 50, monitors say 80").

Claims are grouped by what they count (the quantity's unit: killed, wounded, USD,
drones) and whose it is: one side's dead never range with the other side's ("105
Armenian servicemen" and "71 Azerbaijani servicemen" are two ranges). Whose is the
country the figure's own words name ("Azerbaijani soldiers"), else, for a loss (killed,
wounded: data/figure_sides.yaml), the side a one-sided act struck, else the speaker's
own where it counts its own ("71 of its servicemen"); a figure that says none of these
is whose nobody knows, a range of its own. Each keeps its value, its qualifier as
worded ("at least", "about"), its claimant (the speaker the report gives for the figure, else the outlet itself) and the
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

from belli.actors.kb import load_kb
from belli.records import FigureClaim, FigureRange, Quantity
from belli.yamldata import word_list

__all__ = ["Told", "figure_kind", "figure_lines", "figure_number", "figure_ranges"]


@dataclass(frozen=True, slots=True)
class Told:
    """One report's figures, as combining them needs them (first published first)."""

    report: str  # "doc_id/event_id"
    outlet: str | None
    speaker: str | None  # whom the report attributes its account to
    quantities: tuple[Quantity, ...]
    targets: frozenset[str] = frozenset()  # the countries of the side the act struck
    # (none for a clash, where both sides act)
    speaker_country: str | None = None


_Kind = tuple[str | None, str | None]  # (unit, whose)


def figure_ranges(reports: Sequence[Told], policy: str) -> tuple[FigureRange, ...]:
    """Low, best and high of each kind of quantity the reports give, the most claimed
    kind first."""
    by_kind: dict[_Kind, list[FigureClaim]] = {}
    for told in reports:
        for kind, claim in _claims(told):
            by_kind.setdefault(kind, []).append(claim)
    ranges = [_range(kind, claims, policy) for kind, claims in by_kind.items()]
    return tuple(sorted(ranges, key=lambda r: -len(r.claims)))  # stable: first told next


def _claims(told: Told) -> list[tuple[_Kind, FigureClaim]]:
    """The report's figures as claims, each (unit, whose, value, claimant) once: a number
    read by two triggers of the sentence is one claim."""
    out: dict[tuple[_Kind, float, str], FigureClaim] = {}
    for quantity in told.quantities:
        if quantity.value is None:
            continue
        claimant = quantity.claimed_by or told.speaker or told.outlet or "unknown outlet"
        kind = (quantity.unit, _whose(quantity, told))
        out.setdefault((kind, quantity.value, claimant), FigureClaim(
            value=quantity.value, text=quantity.text, claimant=claimant,
            qualifier=quantity.qualifier, outlet=told.outlet, report=told.report))
    return [(kind, claim) for (kind, _, _), claim in out.items()]


def _whose(quantity: Quantity, told: Told) -> str | None:
    """The country whose people or things the figure counts, or None where the report
    does not say (see the module's docstring)."""
    words = [w.strip(",.;:'\"()") for w in quantity.text.split()]
    named = _named_country(words)
    if named is not None:
        return named
    if quantity.unit in _sides("loss_units") and len(told.targets) == 1:
        return next(iter(told.targets))
    if {w.lower() for w in words} & _sides("own_words"):
        return told.speaker_country
    return None


def _named_country(words: list[str]) -> str | None:
    """The one country a figure's words name by its name, adjective or people ("105
    Armenian servicemen", "12 Sudanese"): None for none, or for two."""
    found: set[str] = set()
    i = 0
    while i < len(words):
        # the longer name first: "South Sudanese" is not "Sudanese"
        pair = _country_codes(words[i:i + 2]) if i + 1 < len(words) else set()
        found |= pair or _country_codes(words[i:i + 1])
        i += 2 if pair else 1
    return found.pop() if len(found) == 1 else None


def _country_codes(words: list[str]) -> set[str]:
    return {m.code for m in load_kb().lookup_name(" ".join(words)) if m.kind in _NAMING}


# how a figure's words may name a country: "Kremlin" or "Kyiv" inside a count names none
_NAMING = frozenset({"country", "adjective", "demonym"})


def _sides(key: str) -> frozenset[str]:
    return word_list("belli.analysis", "figure_sides.yaml", key)


def _range(kind: _Kind, claims: list[FigureClaim], policy: str) -> FigureRange:
    values = [c.value for c in claims]
    best, basis = _best(values, policy)
    return FigureRange(unit=kind[0], low=min(values), best=best, high=max(values),
                       basis=basis, claims=tuple(claims), whose=kind[1])


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
        lines.append(f"{indent}  {figure_kind(r)}: low {figure_number(r.low)}, best "
                     f"{figure_number(r.best)} ({r.basis}), high {figure_number(r.high)}")
        for c in r.claims:
            via = f" via {c.outlet}" if c.outlet and c.outlet != c.claimant else ""
            said = figure_number(c.value)
            said = f"{c.qualifier} {said}" if c.qualifier else said
            lines.append(f"{indent}    {c.claimant}{via}: {said} (\"{c.text}\")")
    return lines


def figure_kind(r: FigureRange) -> str:
    """What a range counts, and whose: "killed (ARM)"."""
    kind = r.unit or "counted"
    return f"{kind} ({r.whose})" if r.whose else kind


def figure_number(value: float) -> str:
    return f"{value:,.0f}" if value.is_integer() else f"{value:,g}"
