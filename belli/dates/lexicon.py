"""The words of date expressions (data/lexicon.yaml), loaded once into typed tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from typing import Any

from belli.yamldata import load_yaml

__all__ = ["DateLexicon", "load_lexicon"]


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """Word tables keyed by the lower-case word or phrase."""

    months: dict[str, int]  # "sept" -> 9
    month_names: tuple[tuple[str, ...], ...]  # per month: its written forms, full name first
    weekdays: dict[str, int]  # "tues" -> 1 (Monday is 0)
    weekday_names: tuple[tuple[str, ...], ...]
    seasons: dict[str, str]  # "fall" -> "FA"
    day_parts: dict[str, str]  # "morning" -> "MO"
    numbers: dict[str, int]
    ordinals: dict[str, int]
    decade_words: dict[str, int]  # "nineties" -> 9
    parts: dict[str, tuple[Fraction, Fraction]]  # "early" -> (0, 1/3)
    references: dict[str, str]  # "recently" -> "PAST_REF"
    holidays: dict[str, tuple[int, int]]  # "christmas" -> (12, 25)
    named_days: frozenset[str]  # "black" in "Black Monday"
    future_governors: frozenset[str]
    future_markers: tuple[str, ...]
    irregular_past: frozenset[str]
    ahead_prepositions: frozenset[str] = frozenset()
    locating_prepositions: frozenset[str] = frozenset()
    locating_nouns: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    period_nouns: frozenset[str] = frozenset()
    occasion_verbs: frozenset[str] = frozenset()
    holiday_prepositions: frozenset[str] = frozenset()
    sequence_adverbs: frozenset[str] = frozenset()
    sequence_words: dict[str, str] = field(default_factory=dict)  # "following" -> "next"


@lru_cache(maxsize=1)
def load_lexicon() -> DateLexicon:
    """Read data/lexicon.yaml (once)."""
    text = resources.files("belli.dates").joinpath("data/lexicon.yaml").read_text(encoding="utf-8")
    raw: dict[str, Any] = load_yaml(text, package="belli.dates", file="lexicon.yaml")
    month_names = tuple(tuple(forms) for forms in raw["months"].values())
    weekday_names = tuple(tuple(forms) for forms in raw["weekdays"].values())
    return DateLexicon(
        months=_index(month_names, start=1),
        month_names=month_names,
        weekdays=_index(weekday_names, start=0),
        weekday_names=weekday_names,
        seasons={w: code for code, words in raw["seasons"].items() for w in words},
        day_parts={w: code for code, words in raw["day_parts"].items() for w in words},
        numbers={str(k): int(v) for k, v in raw["numbers"].items()},
        ordinals={str(k): int(v) for k, v in raw["ordinals"].items()},
        decade_words={str(k): int(v) for k, v in raw["decade_words"].items()},
        parts={k: (Fraction(str(lo)), Fraction(str(hi))) for k, (lo, hi) in raw["parts"].items()},
        references={p: ref for ref, phrases in raw["references"].items() for p in phrases},
        holidays={k: _month_day(v) for k, v in raw["holidays"].items()},
        named_days=frozenset(raw["named_days"]),
        future_governors=frozenset(raw["future_governors"]),
        future_markers=tuple(raw["future_markers"]),
        irregular_past=frozenset(raw["irregular_past"]),
        ahead_prepositions=frozenset(raw.get("ahead_prepositions") or ()),
        locating_prepositions=frozenset(raw.get("locating_prepositions") or ()),
        locating_nouns=frozenset(raw.get("locating_nouns") or ()),
        event_nouns=frozenset(raw.get("event_nouns") or ()),
        period_nouns=frozenset(raw.get("period_nouns") or ()),
        occasion_verbs=frozenset(raw.get("occasion_verbs") or ()),
        holiday_prepositions=frozenset(raw.get("holiday_prepositions") or ()),
        sequence_adverbs=frozenset(raw.get("sequence_adverbs") or ()),
        sequence_words={w: way for way, words in (raw.get("sequence_words") or {}).items()
                        for w in words},
    )


def _index(names: tuple[tuple[str, ...], ...], start: int) -> dict[str, int]:
    return {form.lower(): i for i, forms in enumerate(names, start=start) for form in forms}


def _month_day(text: str) -> tuple[int, int]:
    m, d = str(text).split("-")
    return int(m), int(d)
