"""Patterns for the entity ruler, built from data files: pure Python, no spaCy needed.

Three sources feed the ruler:

* the actor knowledge base (`belli.actors.kb`): countries, capitals and metonyms (GPE),
  demonyms and adjectives (NORP), international organizations and named institutions
  (ORG), known people (PERSON);
* `data/weapons.yaml`: WEAPON and MILITARY_PLATFORM names and common nouns;
* token patterns for sums of money the small model splits or misses
  ("two billion US dollar", "100 million euros").

Each phrase carries a match mode, because case matters for some names and not others:
`exact` compares the text as written ("US" must not match the pronoun "us"), `capital`
compares lower-cased text but the span must start with a capital letter ("Turkey", not
"turkey"; also "TURKEY" in a headline), `any` ignores case ("drones", "Drones").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from belli.errors import KnowledgeBaseError
from belli.text import without_marks
from belli.yamldata import load_yaml

__all__ = [
    "KB_LABELS",
    "Phrase",
    "WeaponLexicon",
    "city_index",
    "find_city",
    "kb_phrases",
    "load_weapons",
    "money_token_patterns",
    "place_phrases",
    "spelling_variants",
    "weapon_phrases",
]

# knowledge-base match kind -> entity label
KB_LABELS: dict[str, str] = {
    "country": "GPE",
    "capital": "GPE",
    "metonym": "GPE",
    "demonym": "NORP",
    "adjective": "NORP",
    "igo": "ORG",
    "institution": "ORG",
    "person": "PERSON",
}

# Surface forms that are ordinary words when capitalized at the start of a sentence.
_TOO_COMMON = frozenset({
    "union", "republic", "state", "states", "kingdom", "the", "congress",
    "government", "assembly", "council", "house", "court", "league", "army", "navy",
})


@dataclass(frozen=True, slots=True)
class Phrase:
    """One ruler phrase: its text, label, match mode and an id telling where it came from."""

    text: str
    label: str
    mode: str  # "exact" | "capital" | "any"
    ent_id: str
    needs_head: bool = False  # a name that is a weapon only with a weapon noun after it
    needs_name: bool = False  # a noun that is a weapon only right after a weapon name


def spelling_variants(text: str) -> set[str]:
    """The British and American spellings of a phrase ("armoured"/"armored", "defence")."""
    out = {text}
    swaps = (("armour", "armor"), ("defence", "defense"), ("calibre", "caliber"),
             ("centre", "center"), ("programme", "program"))
    for brit, us in swaps:
        added = {f.replace(brit, us) for f in out if brit in f}
        added |= {f.replace(us, brit) for f in out if us in f and brit not in f}
        out |= added
    return out


def _plural(text: str) -> str | None:
    """A regular plural for the last word, or None where it has none we can guess."""
    last = text.rsplit(" ", 1)[-1]
    if last.endswith(("s", "ry")) or not last[-1:].isalnum():
        return None
    if last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        return text[:-1] + "ies"
    return text + "s"


def _surface_mode(form: str) -> str:
    """Acronyms and short forms compare exactly; longer names compare case-insensitively."""
    letters = [c for c in form if c.isalpha()]
    if len(form) <= 3 or (letters and all(c.isupper() for c in letters)):
        return "exact"
    return "capital"


def _strip_article(form: str) -> str:
    """'the Kremlin' -> 'Kremlin': the model leaves 'the' out of most entities too."""
    return form[4:] if form.lower().startswith("the ") and len(form) > 4 else form


def kb_phrases(surface_forms: Iterable[tuple[str, Any]]) -> Iterator[Phrase]:
    """Ruler phrases from the knowledge base's `all_surface_forms()`."""
    seen: set[tuple[str, str]] = set()
    for form, match in surface_forms:
        label = KB_LABELS.get(getattr(match, "kind", ""))
        text = _strip_article(form.strip())
        if label is None or len(text) < 2 or not any(c.isupper() for c in text):
            continue  # a lower-case alias is a common word, not a name
        mode = _surface_mode(text)
        if mode != "exact" and text.lower() in _TOO_COMMON:
            continue
        forms = {text}
        if mode == "exact" and len(text) >= 4 and text.isalpha():
            forms.add(text.capitalize())  # "NATO" is "Nato" in British style
        for variant in forms:
            key = (variant if mode == "exact" else variant.lower(), label)
            if key in seen:
                continue
            seen.add(key)
            yield Phrase(variant, label, mode, f"{match.kind}:{match.code}")


# kinds of places.csv rows that are regions or natural features (LOC); the rest are
# cities, provinces and states (GPE)
_LOC_KINDS = frozenset({"region", "area", "mountain", "river", "sea", "heights", "corridor"})


def place_phrases(places: Iterable[Any]) -> Iterator[Phrase]:
    """GPE phrases for the knowledge base's places (every variant: "Shusha", "Shushi")."""
    seen: set[str] = set()
    for place in places:
        for name in (place.name, *place.variants):
            text = name.strip()
            if len(text) < 3 or text.lower() in seen or not text[:1].isupper():
                continue
            seen.add(text.lower())
            label = "LOC" if getattr(place, "kind", "") in _LOC_KINDS else "GPE"
            yield Phrase(text, label, _surface_mode(text), f"place:{place.country or ''}")


@dataclass(frozen=True, slots=True)
class WeaponLexicon:
    """The parsed weapons file."""

    phrases: tuple[Phrase, ...]
    not_after: frozenset[str]


def weapon_phrases(data: dict[str, Any]) -> Iterator[Phrase]:
    """Ruler phrases from the weapons file's mapping of label -> kind -> names.

    `after_name` nouns carry no label of their own: joined to the name before them they
    take its label ("S-300 systems" stays WEAPON).
    """
    for label in ("WEAPON", "MILITARY_PLATFORM"):
        section = data.get(label) or {}
        for kind, mode, needs_head in (("named", "capital", False),
                                       ("named_needs_head", "capital", True),
                                       ("generic", "any", False)):
            for entry in section.get(kind) or ():
                for text in _with_plurals(str(entry)):
                    yield Phrase(text, label, mode, f"weapon:{kind}", needs_head)
    for entry in data.get("after_name") or ():
        for text in _with_plurals(str(entry)):
            yield Phrase(text, "MILITARY_PLATFORM", "any", "weapon:after_name", needs_name=True)


def _with_plurals(entry: str) -> set[str]:
    forms: set[str] = set()
    for variant in spelling_variants(entry):
        forms.add(variant)
        plural = _plural(variant)
        if plural:
            forms.add(plural)
        if "-" in variant and not re.search(r"\d", variant):
            forms.add(variant.replace("-", " "))  # "air-defence" / "air defence"
    return forms


@lru_cache(maxsize=1)
def load_weapons() -> WeaponLexicon:
    """The packaged weapons file, parsed once."""
    text = resources.files("belli.nlp").joinpath("data/weapons.yaml").read_text("utf-8")
    data = load_yaml(text, package="belli.nlp", file="weapons.yaml") or {}
    return WeaponLexicon(
        phrases=tuple(weapon_phrases(data)),
        not_after=frozenset(_blocking_words(data.get("not_after") or ())),
    )


def _blocking_words(entries: Iterable[Any]) -> Iterator[str]:
    """The words before which no generic entry is a weapon ("think" tank), and, from an
    entry "word: [generic entries]", the word with each of those entries and its plural
    ("suicide bomber", "suicide bombers"), before which only they are none."""
    for entry in entries:
        if not isinstance(entry, dict):
            yield str(entry).lower()
            continue
        for word, generics in entry.items():
            if not isinstance(word, str) or " " in word or not isinstance(generics, list):
                raise KnowledgeBaseError(f"weapons.yaml: not_after entry {entry!r} is not "
                                         "'word: [generic entries]'")
            yield from (f"{word.lower()} {form.lower()}"
                        for generic in generics for form in _with_plurals(str(generic)))


_SCALES = ["thousand", "million", "billion", "trillion", "mln", "bln", "bn", "m", "k"]
_CURRENCY_WORDS = [
    "dollar", "dollars", "euro", "euros", "manat", "manats", "ruble", "rubles", "rouble",
    "roubles", "lira", "liras", "rupee", "rupees", "dram", "drams", "yuan", "renminbi",
    "yen", "rial", "rials", "riyal", "riyals", "dinar", "dinars", "hryvnia", "hryvnias",
    "lari", "tenge", "som", "shekel", "shekels", "francs", "sterling", "pesos", "won",
]
_CURRENCY_SYMBOLS = ["$", "€", "£", "¥", "₽", "₺", "₼", "US$", "USD", "EUR", "AZN"]
_COUNTRY_PREFIX = ["us", "u.s.", "american", "canadian", "australian", "hong", "singapore"]


def money_token_patterns() -> list[list[dict[str, Any]]]:
    """spaCy Matcher patterns for amounts of money, with and without a currency symbol."""
    number = {"LIKE_NUM": True}
    scale = {"LOWER": {"IN": _SCALES}, "OP": "*"}
    return [
        # "$1.5 billion", "US$ 200 million" (the tokenizer splits "$" off the number)
        [{"ORTH": {"IN": _CURRENCY_SYMBOLS}}, number, scale],
        # "two billion US dollar", "100 million euros", "5 billion manats"
        [number, scale, {"LOWER": {"IN": _COUNTRY_PREFIX}, "OP": "?"},
         {"LOWER": {"IN": _CURRENCY_WORDS}}],
        # "1.2 billion USD"
        [number, scale, {"ORTH": {"IN": ["USD", "EUR", "AZN", "RUB", "GBP"]}}],
    ]


# Arabic articles that transliterations write, drop or join at will ("Ar Raqqah", "Raqqah",
# "Al-Raqqa"); "el" only with a hyphen, since "El Paso" is Spanish and keeps it.
_ARTICLE = re.compile(r"^(?:(?:al|ar|as|ad|an|ash|at|az|ath)[- ]|el-)", re.IGNORECASE)


def _ascii(text: str) -> str:
    """'Ţarţūs' -> 'Tartus', 'Sāmarrā’' -> "Samarra'": the spelling English text uses."""
    return without_marks(text.replace("’", "'").replace("‘", "'"))


def city_index(cities: Mapping[str, Any]) -> dict[str, Any]:
    """The gazetteer's lower-case names plus their plain-ASCII spellings and, for Arabic
    names, the forms without the article; a spelling a real city already has keeps it."""
    out = dict(cities)
    for form, city in cities.items():
        plain = _ascii(form)
        bare = _ARTICLE.sub("", form)
        for variant in (plain, bare, bare if plain == form else _ARTICLE.sub("", plain)):
            if len(variant) >= 4 and variant not in out:
                out[variant] = city
    return out


def find_city(index: Mapping[str, Any], text: str) -> Any | None:
    """The city a name stands for, with or without its Arabic article ("Al-Raqqa")."""
    lowered = text.lower()
    return index.get(lowered) or index.get(_ARTICLE.sub("", lowered).replace("-", " "))
