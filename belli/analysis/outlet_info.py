"""What is known of an outlet (belli/analysis/data/outlets.yaml), and which stored
publisher names are one outlet.

A publisher reaches the store as a page gives it: "The Associated Press", "AP",
"apnews.com", "Voice of America", "VOA News". `outlet_key` forgives what does not change
the name (case, accents, punctuation, spaces, a leading "The", "www."), and the data
file's aliases join the names that differ ("VOA" and "Voice of America"), so one outlet
is profiled once however its pages spell it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from belli.errors import KnowledgeBaseError
from belli.text import without_marks
from belli.yamldata import load_word_data

if TYPE_CHECKING:
    from belli.settings import Settings

__all__ = ["OWNERSHIPS", "OutletBook", "OutletInfo", "load_outlet_book", "outlet_book",
           "outlet_key"]

OWNERSHIPS = ("state", "state-affiliated", "public", "government-funded", "private",
              "cooperative", "nonprofit")
_FIELDS = frozenset({"aliases", "country", "ownership", "owner", "kind", "leaning",
                     "fictional", "note"})
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_LEADING = re.compile(r"^(?:the\s+|www\.)", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class OutletInfo:
    """One outlets.yaml entry."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-3
    ownership: str | None = None  # one of OWNERSHIPS
    owner: str | None = None
    kind: str | None = None
    leaning: str | None = None
    fictional: bool = False
    note: str | None = None


def outlet_key(name: str) -> str:
    """The form of a publisher name that decides which outlet it is: "The Associated
    Press", "associated-press" and "ASSOCIATED PRESS" share "associatedpress"."""
    plain = without_marks(name.strip())
    return _NOT_WORD.sub("", _LEADING.sub("", plain).casefold())


@dataclass(frozen=True, slots=True)
class OutletBook:
    """The known outlets, found by any of their names."""

    entries: tuple[OutletInfo, ...] = ()
    _by_key: Mapping[str, OutletInfo] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, entries: Iterable[OutletInfo]) -> OutletBook:
        """A book of `entries`; a later entry of the same name replaces an earlier one,
        and two entries may not share a name or alias."""
        chosen = {outlet_key(e.name): e for e in entries}
        by_key: dict[str, OutletInfo] = {}
        for entry in chosen.values():
            for name in (entry.name, *entry.aliases):
                key = outlet_key(name)
                other = by_key.get(key)
                if other is not None and other is not entry:
                    raise KnowledgeBaseError(
                        f"outlets: {name!r} names both {other.name!r} and {entry.name!r}")
                if key:
                    by_key[key] = entry
        return cls(tuple(chosen.values()), by_key)

    def find(self, publisher: str) -> OutletInfo | None:
        """The entry a publisher name stands for, if the book knows it."""
        return self._by_key.get(outlet_key(publisher))

    def group_key(self, publisher: str) -> str:
        """What publisher names of one outlet share: the entry's key, or the name's own."""
        entry = self.find(publisher)
        return outlet_key(entry.name if entry else publisher)


def parse_outlets(text: str, source: str, package: str = "") -> list[OutletInfo]:
    """The entries of an outlets.yaml text (`source` names it in errors; `package` holds
    it when it is belli's own)."""
    data = load_word_data(text, source, package=package)
    outlets = data.get("outlets")
    if not isinstance(outlets, dict):
        raise KnowledgeBaseError(f"{source}: expected a mapping under 'outlets:'")
    return [_entry(str(name), fields or {}, source) for name, fields in outlets.items()]


def _entry(name: str, fields: Any, source: str) -> OutletInfo:
    if not isinstance(fields, dict):
        raise KnowledgeBaseError(f"{source}: outlet {name!r} must be a mapping of fields")
    unknown = sorted(set(fields) - _FIELDS)
    if unknown:
        raise KnowledgeBaseError(f"{source}: outlet {name!r} has unknown field {unknown[0]!r}",
                                 hint=f"fields: {', '.join(sorted(_FIELDS))}")
    country, ownership = fields.get("country"), fields.get("ownership")
    if country is not None and not _COUNTRY.match(str(country)):
        raise KnowledgeBaseError(f"{source}: outlet {name!r}: country {country!r} is not an "
                                 "ISO alpha-3 code", hint="e.g. GBR, AZE")
    if ownership is not None and ownership not in OWNERSHIPS:
        raise KnowledgeBaseError(f"{source}: outlet {name!r}: unknown ownership {ownership!r}",
                                 hint=f"use {', '.join(OWNERSHIPS)}")
    return OutletInfo(
        name=name, aliases=tuple(str(a) for a in fields.get("aliases") or ()),
        country=country, ownership=ownership, owner=_text(fields.get("owner")),
        kind=_text(fields.get("kind")), leaning=_text(fields.get("leaning")),
        fictional=bool(fields.get("fictional", False)), note=_text(fields.get("note")))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@cache
def _packaged() -> tuple[OutletInfo, ...]:
    text = resources.files("belli.analysis").joinpath("data/outlets.yaml").read_text(
        encoding="utf-8")
    return tuple(parse_outlets(text, "outlets.yaml", "belli.analysis"))


def outlet_book(settings: Settings) -> OutletBook:
    """The packaged outlets, and those of the file the `outlets` setting names."""
    try:
        return load_outlet_book(Path(settings.outlets) if settings.outlets else None)
    except KnowledgeBaseError as exc:  # the file is the user's: name where they gave it
        raise KnowledgeBaseError(exc.message, hint="check BELLI_OUTLETS or --outlets-file") from exc


def load_outlet_book(extra: Path | None = None) -> OutletBook:
    """The packaged outlets, and those of an analyst's own file `extra` over them (an
    entry of the same name replaces the packaged one)."""
    entries = list(_packaged())
    if extra is not None:
        try:
            text = extra.read_text(encoding="utf-8")
        except OSError as exc:
            raise KnowledgeBaseError(f"cannot read outlets file {extra}: {exc.strerror}",
                                     hint="check the path") from exc
        entries += parse_outlets(text, str(extra))
    return OutletBook.of(entries)
