"""People within one document: a person named once with a role keeps it later on.

"Azerbaijani President Ilham Aliyev said ... Aliyev added" -> the second mention is AZE
GOV president too. `PersonMemory` remembers every resolved person under the full name
and under the surname; a surname shared by two remembered people is ambiguous and
recalls nobody. Pure Python: it stores `Actor` records, not tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from belli.records import Actor

__all__ = ["PersonMemory", "choose_person", "name_keys"]

_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "gen", "col", "lt", "sgt", "capt",
                         "adm", "maj", "president", "minister", "prime", "general", "ambassador"})


def _fold(word: str) -> str:
    return word.strip(".,'’").lower()


@lru_cache(maxsize=1 << 14)  # every mention of a person is recalled by its name
def name_keys(name: str) -> tuple[str, ...]:
    """Keys a person may later be called by: the full name and the surname."""
    words = [w for w in name.split() if _fold(w) not in _HONORIFICS]
    if not words:
        return ()
    full = " ".join(_fold(w) for w in words)
    keys = [full]
    if len(words) > 1:
        keys.append(_fold(words[-1]))
    return tuple(dict.fromkeys(keys))


@dataclass
class PersonMemory:
    """Actors of the people named so far in a document, by name key."""

    _by_key: dict[str, Actor] = field(default_factory=dict)
    _ambiguous: set[str] = field(default_factory=set)

    def remember(self, actor: Actor) -> None:
        if not actor.person or not actor.country:
            return
        for key in name_keys(actor.person):
            known = self._by_key.get(key)
            if known is not None and known.person != actor.person:
                self._ambiguous.add(key)
            elif known is None or (actor.role and not known.role):
                self._by_key[key] = actor

    def recall(self, text: str) -> Actor | None:
        """The remembered actor for a name, or None when unknown or ambiguous."""
        for key in name_keys(text):
            if key in self._by_key and key not in self._ambiguous:
                return self._by_key[key]
        return None


def _valid_on(entry: Any, date: str | None) -> bool:
    if not date:
        return True
    start = getattr(entry, "valid_from", None) or ""
    end = getattr(entry, "valid_to", None) or "9999"
    # compare at the coarser precision of the two: "2021" is within "2021-05-08".."9999"
    return start[: len(date)] <= date and date[: len(end)] <= end


def choose_person(entries: Sequence[Any], date: str | None) -> Any | None:
    """Among knowledge-base people sharing a name, the one in office on `date`.

    Without a date, or when nobody's validity covers it, the one whose term started last
    (the current holder in today's news).
    """
    if not entries:
        return None
    valid = [e for e in entries if _valid_on(e, date)] or list(entries)
    return max(valid, key=lambda e: getattr(e, "valid_from", None) or "")


def people_in(matches: Iterable[Any]) -> list[Any]:
    """The person entries among knowledge-base matches."""
    return [m.entry for m in matches if getattr(m, "kind", None) == "person"]
