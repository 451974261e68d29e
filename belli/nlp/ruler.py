"""The entity ruler: fixes what the small statistical model misses or mislabels.

`BelliEntities` runs after spaCy's `ner`. It finds knowledge-base names (countries,
demonyms, capitals and metonyms, IGOs, institutions, known people), weapons and military
platforms, and sums of money, then merges them with the model's entities:

* a ruler span wins over every model entity it covers or crosses, so "Azerbaijan"
  tagged PERSON or "Armenia" tagged ORG by the model comes out GPE;
* a model entity that covers a ruler span and adds capitalized words of its own keeps
  its reading ("Azerbaijani Customs Service" stays one ORG, "Michael Jordan" one PERSON);
* a weapon name followed by a weapon noun becomes one entity ("Bayraktar TB2 drones");
* place context (`_place_contexts`): a name the model calls a person, an organization or
  a nationality is a place after "near", after "the town of" and the like, before
  "province" or "neighborhood", after "insurgent-held", before ", Syria", and where the
  gazetteer knows it as a city while the model calls it NORP ("Aleppo"); an organization
  named by a facility noun is a facility ("the Samarra Barrage", "Brandbergen Mosque");
* one sense per document: a name read as a place once is a place wherever the model
  calls it a person or an organization ("Raqqah"), and a surname of a person named in
  full is that person wherever the model calls it something else ("Votel", "Qanbar").

Phrase matching uses spaCy's PhraseMatcher: ORTH for acronyms ("US" is not "us"), LOWER
plus a capital-letter check for names, LOWER alone for weapon nouns. One pass over the
tokens per matcher keeps the ruler cheap next to the model itself.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from belli.cache import cached
from belli.nlp.doc_index import word_indices
from belli.nlp.patterns import (
    Phrase,
    find_city,
    kb_phrases,
    load_weapons,
    money_token_patterns,
    place_phrases,
)

__all__ = ["BelliEntities", "Ent", "match_keys", "merge_entities", "merge_weapon_runs",
           "phrase_words"]

_WEAPON_LABELS = frozenset({"WEAPON", "MILITARY_PLATFORM"})
# Model entities of these labels may hold a ruler span and still be right as a whole.
_CITY_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around", "into", "from",
                                 "to", "toward", "towards", "across", "of"})
_LEADING_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "around", "inside", "from"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"})
_NUMERIC = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL"})
# entity ids of knowledge-base names: their reading is never overridden by context
_KB_IDS = frozenset({"country", "capital", "metonym", "demonym", "adjective", "igo",
                     "institution", "person", "place", "weapon", "money", "city"})


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
    overlapping = _overlap_index(ruler)
    for m in model:
        inside = overlapping(m)
        if not inside:
            kept_model.append(m)
        elif _model_keeps(m, inside, name_like):
            kept_model.append(m)
            dropped_ruler.update(inside)
    merged = [r for r in ruler if r not in dropped_ruler] + kept_model
    return sorted(merged, key=lambda e: e.start)


def _overlap_index(ents: Sequence[Ent]) -> Callable[[Ent], list[Ent]]:
    """The entities of `ents` that overlap a given one, found by bisecting their starts
    (a document has hundreds of each: testing every pair was most of the merge)."""
    ordered = sorted(ents, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    longest = max((len(e) for e in ordered), default=0)

    def overlapping(m: Ent) -> list[Ent]:
        # an entity that overlaps m starts before m ends and less than `longest` before m
        lo, hi = bisect_left(starts, m.start - longest + 1), bisect_left(starts, m.end)
        return [e for e in ordered[lo:hi] if e.overlaps(m)]
    return overlapping


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
        groups: dict[tuple[str, str, str, bool, bool], list[list[int]]] = {}
        words = phrase_words(nlp, [p.text for p in phrases])
        for p, phrase in zip(phrases, words, strict=True):
            key = (p.label, p.mode, p.ent_id, p.needs_head, p.needs_name)
            groups.setdefault(key, []).append(match_keys(nlp.vocab.strings, phrase, p.mode))
        for (label, mode, ent_id, needs_head, needs_name), group in groups.items():
            name = f"{label}|{mode}|{ent_id}|{needs_head}|{needs_name}"
            self._info[nlp.vocab.strings.add(name)] = Phrase(
                "", label, mode, ent_id, needs_head, needs_name)
            matcher = self.exact if mode == "exact" else self.lower
            # ids in place of Docs: what spaCy itself passes when it unpickles a matcher
            matcher.add(name, group)  # type: ignore[arg-type]

    def __call__(self, doc: Doc) -> Doc:
        found = pick_longest(self._candidates(doc))
        ruler = merge_weapon_runs(found)
        model = [Ent(e.start, e.end, e.label_, e.id_) for e in doc.ents]
        merged = merge_entities(model, ruler, lambda i: _name_like(doc, i))
        merged = [_without_preposition(doc, e) for e in merged]
        if self.cities:
            merged = _with_cities(doc, merged, self.cities)
        merged = _one_sense(doc, _place_contexts(doc, merged, self.cities))
        doc.ents = [Span(doc, e.start, e.end, label=e.label, span_id=e.ent_id) for e in merged]
        return doc

    def _candidates(self, doc: Doc) -> list[Ent]:
        out: list[Ent] = []
        for key_id, start, end in [*self.exact(doc), *self.lower(doc)]:
            info = self._info[key_id]
            if info.mode == "capital" and not doc[start].text[:1].isupper():
                continue
            if info.mode == "any" and start > 0 and self._no_weapon_after(doc, start, end):
                continue
            out.append(Ent(start, end, info.label, info.ent_id, info.needs_head, info.needs_name))
        out.extend(Ent(s, e, "MONEY", "money") for _, s, e in self.money(doc))
        return out

    def _no_weapon_after(self, doc: Doc, start: int, end: int) -> bool:
        """"think tank", "suicide bomber": the word before makes the generic entry no
        weapon (see weapons.yaml `not_after`)."""
        at = start - 1
        if doc[at].text == "-" and at > 0 and not doc[at - 1].whitespace_:
            at -= 1  # "suicide-bomber"
        before = doc[at].lower_
        return before in self.not_after or \
            f"{before} {doc[start:end].text.lower()}" in self.not_after


def phrase_words(nlp: Language, texts: Sequence[str]) -> list[list[str]]:
    """The phrases' words as the model's tokenizer splits them, kept in the start-up
    cache (tokenizing thousands of phrases costs more than reading them back)."""
    import spacy

    unique = sorted(set(texts))  # the key must not depend on set order in the knowledge base
    inputs = ["words", spacy.__version__, nlp.meta.get("name", ""),
              nlp.meta.get("version", ""), "\n".join(unique)]
    # one entry per model, so two models (or two installs) do not evict each other's
    words = cached(f"phrase-tokens-{nlp.meta.get('name', '')}", inputs,
                   lambda: {t: [w.text for w in nlp.make_doc(t)] for t in unique})
    return [words[t] for t in texts]


def match_keys(strings: StringStore, words: Sequence[str], mode: str) -> list[int]:
    """What a phrase matcher compares a phrase by: its words' ORTH ("exact") or LOWER ids.

    A Doc of the phrase gives the same ids (a test compares them), but making one gives
    each of its words a vocabulary entry, with its shape, norm and flags worked out: for
    the ruler's thousands of words that no text may hold, that was a large part of its
    start-up (measured on the bench machine, see docs/benchmarks.md)."""
    return [strings.add(w if mode == "exact" else w.lower()) for w in words]


def _with_cities(doc: Doc, ents: list[Ent], cities: Mapping[str, Any]) -> list[Ent]:
    """Cities after a locative preposition that the model missed or called something else.

    "in Cizre" with nothing tagged -> GPE; "near Raqqah" tagged PERSON -> GPE. Without the
    preposition a city name may be a word or a surname ("Mobile", "Jackson"): left alone.
    """
    by_start = {e.start: e for e in ents}
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for before in word_indices(doc, _CITY_PREPOSITIONS):  # no Token built for other words
        i = before + 1
        if i == len(doc) or not doc[i].text[:1].isupper():
            continue
        for size in (3, 2, 1):
            end = i + size
            if end > len(doc) or not doc[end - 1].text[-1:].isalnum():
                continue
            city = find_city(cities, doc[i:end].text)
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


# nouns after which "of" + a name is a place ("the town of Dabiq", "the vicinity of Ayn Issa")
_PLACE_BEFORE_OF = frozenset({
    "city", "town", "village", "province", "governorate", "district", "region", "port",
    "neighborhood", "neighbourhood", "suburb", "island", "valley", "county", "outskirts",
    "vicinity", "municipality", "capital", "cities", "towns", "villages",
})
# nouns that make the name before them a place ("Al-Raqqa province", "Al-Sinek neighborhood")
_PLACE_AFTER = frozenset({"province", "governorate", "district", "neighborhood",
                          "neighbourhood", "region", "county", "oblast", "prefecture"})
# words after which a capitalized name is a place ("near Karabilah", "insurgent-held Rawah")
_PLACE_MARKERS = frozenset({"near", "outside", "held"})
# prepositions that open a list of places ("attacks in Qamenas, Sarmin and Talamenes")
_LIST_OPENERS = frozenset({"in", "near", "at", "around", "outside", "across", "from"})
# last words of an organization's name that make it a building or a site
_FACILITY_NOUNS = frozenset({
    "airfield", "airport", "airbase", "barrage", "dam", "gate", "mosque", "church",
    "cathedral", "synagogue", "bridge", "museum", "hospital", "stadium", "square",
    "prison", "palace", "shrine", "citadel", "fortress", "embankment", "reservoir",
})
# Arabic name particles: no nationality starts with one ("Abu Ghadiya" is a man)
_NAME_PARTICLES = frozenset({"Abu", "Umm", "Bin", "Ibn", "Abd"})
_FAITHS = frozenset({"islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism"})
# labels a place name may wrongly carry from the model; a place context overrides them
_MISREAD = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_NAME = 4
_POSSESSIVE = frozenset({"'s", "’s"})


def _name_run(doc: Doc, i: int) -> int:
    """End of a capitalized name starting at token i ("Al - Raqqa", "Tel Tamer"), or i."""
    j = i
    while j < len(doc) and j - i < _MAX_NAME:
        token = doc[j]
        word = _is_name_word(token)
        joiner = (token.text in ("-", "'", "’") and j > i and j + 1 < len(doc)
                  and doc[j + 1].text[:1].isupper())
        if not (word or joiner):
            break
        j += 1
    return j


def _is_name_word(token: Token) -> bool:
    """A capitalized word that is no stop word: what a name is made of."""
    return token.text[:1].isupper() and token.is_alpha and not token.is_stop


def _as_place(ents: list[Ent], span: tuple[int, int], why: str, proper: bool,
              widen: bool = False) -> list[Ent]:
    """Tokens `span` as a GPE: an entity the model misread there is relabelled (and
    widened to them), untagged proper nouns get one; real places and other readings stay,
    but with `widen` a place takes the noun after it ("the Tyumen region")."""
    start, end = span
    inside = [e for e in ents if e.start < end and start < e.end]
    if widen and len(inside) == 1 and inside[0].label in ("GPE", "LOC") and (
            inside[0].start, inside[0].end) == (start, end - 1):
        place = inside[0]
        return [Ent(place.start, end, place.label, place.ent_id) if e is place else e for e in ents]
    if any(e.label in _PLACE_LABELS or e.ent_id.split(":")[0] in _KB_IDS for e in inside):
        return ents
    if any(e.label not in _MISREAD or e.start < start for e in inside) or not (inside or proper):
        return ents
    end = max([end, *(e.end for e in inside)])
    kept = [e for e in ents if e not in inside]
    return sorted([*kept, Ent(start, end, "GPE", why)], key=lambda e: e.start)


def _place_context(doc: Doc, i: int, end: int, ents: list[Ent], listing: bool) -> str | None:
    """Why the name over tokens [i, end) is a place here, or None."""
    before = doc[i - 1].lower_
    if before in _PLACE_MARKERS and (before != "held" or doc[i - 2].text == "-"):
        return f"context:{before}"  # "near Karabilah", "insurgent-held Karabilah"
    if before == "of" and i > 1 and doc[i - 2].lower_ in _PLACE_BEFORE_OF:
        return "context:of"  # "the town of Dabiq"
    if listing and (before in ("and", "or") or before == "," and _list_closes(doc, i)):
        return "context:list of places"
    if end < len(doc) and doc[end].lower_ in _PLACE_AFTER:
        return f"context:{doc[end].lower_}"  # "Al-Raqqa province"
    if (end + 1 < len(doc) and doc[end].text == ","
            and any(e.start == end + 1 and e.ent_id.startswith("country:") for e in ents)
            and not (end + 2 < len(doc) and doc[end + 2].lower_ in _POSSESSIVE)):
        return "context:country after comma"  # "Dayr az Zawr, Syria"
    return None


def _place_contexts(doc: Doc, ents: list[Ent], cities: Mapping[str, Any]) -> list[Ent]:
    """Names the context makes places (see the module docstring)."""
    listing = False  # inside "in Qamenas, Sarmin and Talamenes": a list of places
    words = [_is_name_word(t) for t in doc]  # a name starts at a word: most tokens start none
    for i in range(1, len(doc)):
        end = _name_run(doc, i) if words[i] else i
        if end == i:
            listing = listing and (doc[i].text in (",", "and", "or") or doc[i - 1].text == ",")
            continue
        why = None if end < len(doc) and doc[end].lower_ in _POSSESSIVE else (
            _place_context(doc, i, end, ents, listing))
        if why is not None:
            proper = all(t.pos_ == "PROPN" or not t.is_alpha for t in doc[i:end])
            widen = why.removeprefix("context:") in _PLACE_AFTER
            ents = _as_place(ents, (i, end + 1 if widen else end), why, proper, widen)
        opened = doc[i - 1].lower_ in _LIST_OPENERS or listing
        listing = opened and any(e.start == i and e.label in ("GPE", "LOC") for e in ents)
    return [_reread(doc, e, cities) for e in ents]


def _list_closes(doc: Doc, i: int) -> bool:
    """Whether the names from token i on end a list with "and"/"or" ("Sarmin and
    Talamenes"), not an apposition ("from Husaybah, Zahid Mohammed Rawi, said")."""
    j = i
    while j < len(doc):
        if doc[j].lower_ in ("and", "or"):
            return True
        if doc[j].text != "," and _name_run(doc, j) == j:
            return False
        j = max(j + 1, _name_run(doc, j))
    return False


def _reread(doc: Doc, ent: Ent, cities: Mapping[str, Any]) -> Ent:
    """A model NORP that is a gazetteer city is that city, and one that opens with an
    Arabic kunya or patronymic ("Abu Ghadiya") a person; an organization named by a
    facility noun is a facility, and a faith named as an organization is NORP."""
    if ent.ent_id:
        return ent
    first = doc[ent.start].text
    if ent.label == "NORP" and first in _NAME_PARTICLES and len(ent) > 1:
        return Ent(ent.start, ent.end, "PERSON", "fix:kunya")
    if ent.label == "NORP" and find_city(cities, doc[ent.start:ent.end].text) is not None:
        return Ent(ent.start, ent.end, "GPE", "fix:city")
    if ent.label == "ORG" and len(ent) == 1 and doc[ent.start].lower_ in _FAITHS:
        return Ent(ent.start, ent.end, "NORP", "fix:faith")
    if ent.label == "ORG" and doc[ent.end - 1].lower_ in _FACILITY_NOUNS and len(ent) > 1:
        return Ent(ent.start, ent.end, "FAC", "fix:facility")
    return ent


def _one_sense(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """One sense per document: a place stays a place, a surname stays its person."""
    def text(e: Ent) -> str:
        return doc[e.start:e.end].text

    # a place the knowledge base or a context vouches for beats a surname; one only the
    # model read ("Dayton" GPE of "Scott C. Dayton") does not
    sure = {text(e) for e in ents if e.label in ("GPE", "LOC") and e.ent_id}
    people = [e for e in ents if e.label == "PERSON" and len(e) > 1]
    surnames = {doc[e.end - 1].text for e in people if doc[e.end - 1].text[:1].isupper()} - sure
    places = {text(e) for e in ents if e.label in ("GPE", "LOC")} - surnames
    out = []
    for e in ents:
        name = text(e)
        if e.ent_id:
            pass  # the knowledge base's and the context rules' readings stand
        elif name in places and (e.label in ("ORG", "NORP", "WORK_OF_ART", "PRODUCT") or (
                e.label == "PERSON" and (len(e) == 1 or name in sure))):
            e = Ent(e.start, e.end, "GPE", "fix:same place")
        elif len(e) == 1 and e.label in ("ORG", "NORP", "GPE", "PRODUCT") and name in surnames:
            e = Ent(e.start, e.end, "PERSON", "fix:same person")
        out.append(e)
    return out


def _without_preposition(doc: Doc, ent: Ent) -> Ent:
    """'Near Ar Raqqah' tagged PERSON is the place Ar Raqqah: a capitalized locative
    preposition opening a list item or a sentence is not part of a name."""
    first = doc[ent.start].lower_
    if first not in _LEADING_PREPOSITIONS or len(ent) < 2 or ent.label not in _NAME_LABELS:
        return ent
    return Ent(ent.start + 1, ent.end, "GPE", ent.ent_id or "fix:preposition")


def _name_like(doc: Doc, i: int) -> bool:
    return _is_name_word(doc[i])


@Language.factory("belli_entities")
def make_belli_entities(nlp: Language, name: str) -> BelliEntities:
    """The ruler over the packaged knowledge base and weapons file."""
    from belli.actors.kb import load_kb
    from belli.nlp.gazetteer import city_names

    kb, weapons = load_kb(), load_weapons()
    phrases: list[Any] = [
        *kb_phrases(kb.all_surface_forms()),
        *place_phrases(getattr(kb, "places", ())),
        *weapons.phrases,
    ]
    return BelliEntities(nlp, phrases, weapons.not_after, city_names())
