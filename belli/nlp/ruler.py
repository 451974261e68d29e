"""The entity ruler: fixes what the small statistical model misses or mislabels.

`BelliEntities` runs after spaCy's `ner`. It finds knowledge-base names (countries,
demonyms, capitals and metonyms, IGOs, institutions, known people), weapons and military
platforms, and sums of money, then merges them with the model's entities:

* a ruler span wins over every model entity it covers or crosses, so "Azerbaijan"
  tagged PERSON or "Armenia" tagged ORG by the model comes out GPE;
* a model entity that covers a ruler span and adds capitalized words of its own keeps
  its reading ("Azerbaijani Customs Service" stays one ORG, "Michael Jordan" one PERSON);
* a weapon name followed by a weapon noun becomes one entity ("Bayraktar TB2 drones").

Phrase matching uses spaCy's PhraseMatcher: ORTH for acronyms ("US" is not "us"), LOWER
plus a capital-letter check for names, LOWER alone for weapon nouns. One pass over the
tokens per matcher keeps the ruler cheap next to the model itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from belli.nlp.patterns import (
    Phrase,
    kb_phrases,
    load_weapons,
    money_token_patterns,
    place_phrases,
)

__all__ = ["BelliEntities", "Ent", "merge_entities", "merge_weapon_runs"]

_WEAPON_LABELS = frozenset({"WEAPON", "MILITARY_PLATFORM"})
# Model entities of these labels may hold a ruler span and still be right as a whole.
_CITY_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around", "into", "from",
                                 "to", "toward", "towards", "across", "of"})
_LEADING_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "around", "inside", "from"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"})
_NUMERIC = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL"})


@dataclass(frozen=True, slots=True)
class Ent:
    """An entity candidate over token offsets [start, end)."""

    start: int
    end: int
    label: str
    ent_id: str = ""
    needs_head: bool = False
    needs_name: bool = False

    def overlaps(self, other: Ent) -> bool:
        return self.start < other.end and other.start < self.end

    def covers(self, other: Ent) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


def pick_longest(candidates: Iterable[Ent]) -> list[Ent]:
    """Non-overlapping candidates, longest first, earlier first among equals."""
    chosen: list[Ent] = []
    taken: set[int] = set()
    for ent in sorted(candidates, key=lambda e: (-len(e), e.start)):
        if not taken.intersection(range(ent.start, ent.end)):
            chosen.append(ent)
            taken.update(range(ent.start, ent.end))
    return sorted(chosen, key=lambda e: e.start)


def merge_weapon_runs(ents: Sequence[Ent]) -> list[Ent]:
    """Join a weapon name and the weapon noun right after it; drop what needs the other.

    The joined entity takes the noun's label ("Harop loitering munitions" WEAPON), unless
    the noun only counts after a name ("Su-25 jets": the name's label).
    """
    out: list[Ent] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == ent.start and prev.label in _WEAPON_LABELS
                and ent.label in _WEAPON_LABELS and not ent.needs_head and not prev.needs_name):
            label = prev.label if ent.needs_name else ent.label
            out[-1] = Ent(prev.start, ent.end, label, prev.ent_id or ent.ent_id)
            continue
        out.append(ent)
    return [e for e in out if not e.needs_head and not e.needs_name]


def merge_entities(model: Sequence[Ent], ruler: Sequence[Ent],
                   name_like: Callable[[int], bool]) -> list[Ent]:
    """Merge the model's entities with the ruler's (see the module docstring for the rules).

    `name_like(i)` says whether token i is a capitalized content word: a model entity
    that covers ruler spans keeps its reading only if it has such words of its own.
    """
    dropped_ruler: set[Ent] = set()
    kept_model: list[Ent] = []
    for m in model:
        inside = [r for r in ruler if r.overlaps(m)]
        if not inside:
            kept_model.append(m)
        elif _model_keeps(m, inside, name_like):
            kept_model.append(m)
            dropped_ruler.update(inside)
    merged = [r for r in ruler if r not in dropped_ruler] + kept_model
    return sorted(merged, key=lambda e: e.start)


def _model_keeps(m: Ent, inside: list[Ent], name_like: Callable[[int], bool]) -> bool:
    """A model entity survives ruler spans only when it holds them all and adds a name."""
    if not all(m.covers(r) for r in inside):
        return False
    if all(len(r) == len(m) for r in inside):
        return False  # same tokens: the ruler's label wins ("Azerbaijan" PERSON -> GPE)
    if m.label in _NUMERIC:
        return all(r.label == m.label or r.label not in _NUMERIC for r in inside)
    covered = {i for r in inside for i in range(r.start, r.end)}
    own = [i for i in range(m.start, m.end) if i not in covered]
    return any(name_like(i) for i in own)


class BelliEntities:
    """spaCy component: knowledge-base names, weapons and money over the model's entities."""

    def __init__(self, nlp: Language, phrases: Iterable[Phrase],
                 not_after: Iterable[str] = (), cities: Mapping[str, Any] | None = None) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.money = Matcher(nlp.vocab)
        self.money.add("MONEY", money_token_patterns())
        self.not_after = frozenset(not_after)
        self.cities = cities or {}
        self._info: dict[int, Phrase] = {}
        self._add_phrases(nlp, list(phrases))

    def _add_phrases(self, nlp: Language, phrases: list[Phrase]) -> None:
        groups: dict[tuple[str, str, str, bool, bool], list[str]] = {}
        for p in phrases:
            key = (p.label, p.mode, p.ent_id, p.needs_head, p.needs_name)
            groups.setdefault(key, []).append(p.text)
        for (label, mode, ent_id, needs_head, needs_name), texts in groups.items():
            name = f"{label}|{mode}|{ent_id}|{needs_head}|{needs_name}"
            self._info[nlp.vocab.strings.add(name)] = Phrase(
                "", label, mode, ent_id, needs_head, needs_name)
            matcher = self.exact if mode == "exact" else self.lower
            matcher.add(name, [nlp.make_doc(text) for text in texts])

    def __call__(self, doc: Doc) -> Doc:
        found = pick_longest(self._candidates(doc))
        ruler = merge_weapon_runs(found)
        model = [Ent(e.start, e.end, e.label_, e.id_) for e in doc.ents]
        merged = merge_entities(model, ruler, lambda i: _name_like(doc, i))
        merged = [_without_preposition(doc, e) for e in merged]
        if self.cities:
            merged = _with_cities(doc, merged, self.cities)
        doc.ents = [Span(doc, e.start, e.end, label=e.label, span_id=e.ent_id) for e in merged]
        return doc

    def _candidates(self, doc: Doc) -> list[Ent]:
        out: list[Ent] = []
        for key_id, start, end in [*self.exact(doc), *self.lower(doc)]:
            info = self._info[key_id]
            if info.mode == "capital" and not doc[start].text[:1].isupper():
                continue
            if info.mode == "any" and start > 0 and doc[start - 1].lower_ in self.not_after:
                continue
            out.append(Ent(start, end, info.label, info.ent_id, info.needs_head, info.needs_name))
        out.extend(Ent(s, e, "MONEY", "money") for _, s, e in self.money(doc))
        return out


def _with_cities(doc: Doc, ents: list[Ent], cities: Mapping[str, Any]) -> list[Ent]:
    """Cities after a locative preposition that the model missed or called something else.

    "in Cizre" with nothing tagged -> GPE; "near Raqqah" tagged PERSON -> GPE. Without the
    preposition a city name may be a word or a surname ("Mobile", "Jackson"): left alone.
    """
    by_start = {e.start: e for e in ents}
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for i in range(1, len(doc)):
        if doc[i - 1].lower_ not in _CITY_PREPOSITIONS or not doc[i].text[:1].isupper():
            continue
        for size in (3, 2, 1):
            end = i + size
            if end > len(doc) or not doc[end - 1].text[-1:].isalnum():
                continue
            city = cities.get(doc[i:end].text.lower())
            if city is None or doc[i].is_stop:
                continue
            found = Ent(i, end, "GPE", f"city:{city.country}")
            current = by_start.get(i)
            if current is not None and (current.end, current.label) != (end, "GPE") and (
                    current.end == end and current.label in _NAME_LABELS):
                out[out.index(current)] = found
            elif not covered.intersection(range(i, end)):
                out.append(found)
            break
    return sorted(out, key=lambda e: e.start)


def _without_preposition(doc: Doc, ent: Ent) -> Ent:
    """'Near Ar Raqqah' tagged PERSON is the place Ar Raqqah: a capitalized locative
    preposition opening a list item or a sentence is not part of a name."""
    first = doc[ent.start].lower_
    if first not in _LEADING_PREPOSITIONS or len(ent) < 2 or ent.label not in _NAME_LABELS:
        return ent
    return Ent(ent.start + 1, ent.end, "GPE", ent.ent_id or "fix:preposition")


def _name_like(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.text[:1].isupper() and token.is_alpha and not token.is_stop


@Language.factory("belli_entities")
def make_belli_entities(nlp: Language, name: str) -> BelliEntities:
    """The ruler over the packaged knowledge base and weapons file."""
    from belli.actors.kb import load_kb
    from belli.nlp.gazetteer import load_cities

    kb, weapons = load_kb(), load_weapons()
    phrases: list[Any] = [
        *kb_phrases(kb.all_surface_forms()),
        *place_phrases(getattr(kb, "places", ())),
        *weapons.phrases,
    ]
    return BelliEntities(nlp, phrases, weapons.not_after, load_cities())
