"""Typed records passed from stage to stage, and the output contract of `belli extract`.

Every record is a frozen, slotted dataclass with `to_dict()` / `from_dict()`.
Top-level records (those written one per JSON line) carry a `kind` in their dict form,
as ../shared/design/ONTOLOGY.md specifies: document, mention, event, relation, claim,
failure. Offsets always index into `Article.text` (the cleaned body).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from typing import Any, ClassVar, Self

__all__ = [
    "COPIED_REASON",
    "LOCATION_REASON",
    "Actor",
    "Analysis",
    "Article",
    "CanonicalEvent",
    "Claim",
    "DateSpan",
    "Event",
    "EventLink",
    "Failure",
    "FigureClaim",
    "FigureRange",
    "Mention",
    "Place",
    "Quantity",
    "Relation",
    "Sentence",
    "content_id",
    "doc_id_for",
    "normalize_for_id",
    "record_from_dict",
]

_SPACE = re.compile(r"\s+")
# The reason that marks an actor entry as only a place's link to its country ("held in
# Baku"): such an entry records where, never who acted.
LOCATION_REASON = "location, not actor"
# The reason prefix that marks an actor entry as copied from another mention (a pronoun's
# antecedent, an apposition, the same name said before, the sentence's only state): its
# country is that mention's reading, never evidence of its own.
COPIED_REASON = "copied"


def normalize_for_id(text: str) -> str:
    """The form of a body that decides identity: NFKC, whitespace collapsed, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def doc_id_for(text: str) -> str:
    """A document's id: the same body (up to whitespace and Unicode form) gives the same id."""
    return hashlib.sha256(normalize_for_id(text).encode("utf-8")).hexdigest()[:16]


def content_id(*parts: object) -> str:
    """A stable id for a derived record, hashed from the parts that define it."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def _plain(value: Any) -> Any:
    """Turn records, tuples and mappings into JSON-ready values."""
    if is_dataclass(value) and not isinstance(value, type):
        return value.to_dict(with_kind=False)  # type: ignore[attr-defined]
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


class _Record:
    """Shared to_dict/from_dict. Subclasses list nested record fields in `_nested`."""

    __slots__ = ()

    kind: ClassVar[str | None] = None
    # field name -> (record class, is_sequence)
    _nested: ClassVar[dict[str, tuple[str, bool]]] = {}
    # dict key -> field name, where the contract's name differs from ours
    _renames: ClassVar[dict[str, str]] = {}

    def to_dict(self, with_kind: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if with_kind and self.kind:
            out["kind"] = self.kind
        inverse = {v: k for k, v in self._renames.items()}
        for f in fields(self):  # type: ignore[arg-type]
            out[inverse.get(f.name, f.name)] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            name = cls._renames.get(key, key)
            if name not in names:
                continue
            if name in cls._nested and value is not None:
                target = _REGISTRY[cls._nested[name][0]]
                if cls._nested[name][1]:
                    value = tuple(target.from_dict(v) for v in value)
                else:
                    value = target.from_dict(value)
            elif isinstance(value, list):
                value = tuple(value)
            kwargs[name] = value
        return cls(**kwargs)

    def replace(self, **changes: Any) -> Self:
        # what dataclasses.replace does, with the field names read once per class: it
        # walks every field's metadata on each call, and stages replace records by the
        # tens of thousands per batch
        cls = type(self)
        return cls(**{**{name: getattr(self, name) for name in _init_fields(cls)}, **changes})


_INIT_FIELDS: dict[type, tuple[str, ...]] = {}


def _init_fields(cls: type) -> tuple[str, ...]:
    """The names a record class's __init__ takes, read once per class."""
    names = _INIT_FIELDS.get(cls)
    if names is None:
        names = _INIT_FIELDS[cls] = tuple(f.name for f in fields(cls) if f.init)
    return names


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """One resolved actor entry: a country or IGO code plus a sector, maybe a person's role."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    person: str | None = None
    reason: str | None = None
    # its country is only the one state its sentence names ("rebels" in "Mozambique
    # accepted the rebels' demands"): the events layer drops it where that state is only
    # the one passing a verdict on the act
    sentence_only: bool = False

    @property
    def is_location(self) -> bool:
        """Whether this entry only links a place to its country ("held in Baku")."""
        return self.sector is None and (self.reason or "").startswith(LOCATION_REASON)

    @property
    def is_copied(self) -> bool:
        """Whether this entry took its country from another mention ("it", "Cole" after
        "Ann Cole", "the officer" in a sentence about Moscow police)."""
        return (self.reason or "").startswith(COPIED_REASON)


@dataclass(frozen=True, slots=True)
class Place(_Record):
    """A geocoded toponym. `variants` keeps every name of a contested place."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    feature: str | None = None
    variants: tuple[str, ...] = ()
    precision: str | None = None  # exact, town, region, country (belli.geo)
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class DateSpan(_Record):
    """A date expression resolved against the publication date (ISO 8601, partial allowed)."""

    value: str
    granularity: str
    range: tuple[str, str] | None = None
    text: str | None = None
    inferred: bool = False



@dataclass(frozen=True, slots=True)
class Quantity(_Record):
    """A number an event carries ("at least 50" killed), and who claims it."""

    text: str
    value: float | None = None
    unit: str | None = None
    claimed_by: str | None = None
    qualifier: str | None = None  # "at least", "more than", "about", "nearly", "up to"


@dataclass(frozen=True, slots=True)
class Sentence(_Record):
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """One span the pipeline recognized, with what it resolved to.

    `actors` holds every actor reading (compound mentions give several); the contract's
    `actor` field is the first of them, or null.
    """

    kind: ClassVar[str] = "mention"
    _nested: ClassVar[dict[str, tuple[str, bool]]] = {
        "actors": ("Actor", True),
        "place": ("Place", False),
        "date": ("DateSpan", False),
    }

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    sentence: int | None = None
    actors: tuple[Actor, ...] = ()
    place: Place | None = None
    date: DateSpan | None = None
    source: str = "model"

    @property
    def mention_id(self) -> str:
        return _mention_id(self.doc_id, self.start, self.end, self.label)

    @property
    def actor(self) -> Actor | None:
        return next((a for a in self.actors if not a.is_location), None)

    def to_dict(self, with_kind: bool = True) -> dict[str, Any]:
        out = _Record.to_dict(self, with_kind)
        out["mention_id"] = self.mention_id
        out["actor"] = _plain(self.actor)
        return out


@lru_cache(maxsize=1 << 14)  # the coder asks for a mention's id once per reading of it
def _mention_id(doc_id: str, start: int, end: int, label: str) -> str:
    return content_id(doc_id, start, end, label)


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """A cleaned document: the body text that every offset indexes into, plus metadata."""

    kind: ClassVar[str] = "document"

    doc_id: str
    text: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    published_inferred: bool = False
    url: str | None = None
    language: str | None = None
    source: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, **metadata: Any) -> Article:
        """Build an article whose id is derived from its body."""
        return cls(doc_id=doc_id_for(text), text=text, **metadata)


@dataclass(frozen=True, slots=True)
class Event(_Record):
    """Who did what to whom: one PLOVER event with its evidence sentence and offsets."""

    kind: ClassVar[str] = "event"
    _nested: ClassVar[dict[str, tuple[str, bool]]] = {
        "source": ("Actor", True),
        "target": ("Actor", True),
        "place": ("Place", False),
        "attributed_to": ("Actor", False),
        "quantities": ("Quantity", True),
    }

    doc_id: str
    event_id: str
    type: str
    mode: str | None
    quad: int
    score: float
    sentence: str
    start: int
    end: int
    trigger: str
    source: tuple[Actor, ...] = ()
    target: tuple[Actor, ...] = ()
    contexts: tuple[str, ...] = ()
    date: str | None = None
    date_text: str | None = None
    date_granularity: str | None = None
    place: Place | None = None
    certainty: str = "asserted"
    negated: bool = False
    aux: tuple[str, ...] = ()
    attributed_to: Actor | None = None
    quantities: tuple[Quantity, ...] = ()
    confidence: float = 0.5
    stage: str = ""
    reason: str = ""
    mention_ids: tuple[str, ...] = ()
    # where the trigger word itself is, within the document text
    trigger_start: int | None = None
    trigger_end: int | None = None
    # the actors act together or on each other: no side is the target ("held joint drills")
    reciprocal: bool = False
    # for AGREE/THREATEN (a promise or a threat) and REQUEST/REJECT (a demand or a
    # refusal): the PLOVER type of the act promised, threatened, asked for or refused
    intent: str | None = None
    # how the date was found: "clause" (the event's own), "sentence", "paragraph",
    # "publication" (none in the text: around the publication date)
    date_type: str | None = None
    claim_id: str | None = None


@dataclass(frozen=True, slots=True)
class Relation(_Record):
    """A standing relation (ally, member_of, arms_supplier, …) one document states or
    implies, citing its sentence and the events behind it (belli.relations).

    Symmetric types (ally, partner, rival) list both sides in `source`, sorted by code,
    and leave `target` empty. `item`, `status` (delivered, contracted, planned,
    reported) and `quantity` (how many items, or what they cost) belong to arms_supplier;
    `status` is "planned" for any relation the text announces for later. `valid_to` is
    set where the text says the relation ended.
    """

    kind: ClassVar[str] = "relation"
    _nested: ClassVar[dict[str, tuple[str, bool]]] = {
        "source": ("Actor", True),
        "target": ("Actor", True),
        "quantity": ("Quantity", False),
    }

    doc_id: str
    relation_id: str
    type: str
    sentence: str
    start: int
    end: int
    source: tuple[Actor, ...] = ()
    target: tuple[Actor, ...] = ()
    item: str | None = None
    status: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    event_ids: tuple[str, ...] = ()
    mention_ids: tuple[str, ...] = ()
    confidence: float = 0.5
    stage: str = ""
    reason: str = ""
    quantity: Quantity | None = None


@dataclass(frozen=True, slots=True)
class Claim(_Record):
    """Something a speaker says, with its offsets and the events it contains."""

    kind: ClassVar[str] = "claim"
    _nested: ClassVar[dict[str, tuple[str, bool]]] = {"speaker": ("Actor", False)}

    doc_id: str
    claim_id: str
    text: str
    start: int
    end: int
    speaker: Actor | None = None
    speaker_text: str | None = None
    event_ids: tuple[str, ...] = ()
    stage: str = ""


@dataclass(frozen=True, slots=True)
class FigureClaim(_Record):
    """One report's figure for a canonical event, and who claims it."""

    value: float
    text: str
    claimant: str  # the speaker the report gives for it, else the outlet itself
    qualifier: str | None = None  # "at least", "about", ... as the report words it
    outlet: str | None = None
    report: str = ""  # "doc_id/event_id"


@dataclass(frozen=True, slots=True)
class FigureRange(_Record):
    """Every claim of one kind of quantity across a canonical event's reports: the lowest
    and highest figure claimed, the best one by the linking policy, and `basis`, why.
    `whose`: the country whose dead, troops or money the figures count, where the reports
    say it (one side's toll never ranges with the other side's)."""

    _nested: ClassVar[dict[str, tuple[str, bool]]] = {"claims": ("FigureClaim", True)}

    unit: str | None
    low: float
    best: float
    high: float
    basis: str
    claims: tuple[FigureClaim, ...] = ()
    whose: str | None = None


@dataclass(frozen=True, slots=True)
class CanonicalEvent(_Record):
    """One real-world event as several reports (event records of several documents) tell
    it: combined values, and how widely and when it was reported. Made by the store's
    linking step (belli.analysis), never by the pipeline of one document."""

    kind: ClassVar[str] = "canonical_event"
    _nested: ClassVar[dict[str, tuple[str, bool]]] = {
        "source": ("Actor", True), "target": ("Actor", True), "place": ("Place", False),
        "figures": ("FigureRange", True),
    }

    canonical_id: str
    type: str
    quad: int
    score: float
    source: tuple[Actor, ...] = ()
    target: tuple[Actor, ...] = ()
    reciprocal: bool = False
    date: str | None = None
    place: Place | None = None
    n_reports: int = 1
    n_sources: int = 1
    first_seen: str | None = None  # earliest publication date among the reports
    last_seen: str | None = None
    reports: tuple[str, ...] = ()  # "doc_id/event_id" of each report, first seen first
    reason: str = ""
    # every kind of quantity the reports give (killed, USD, drones): low, best, high and
    # who claims what (belli.analysis.figures)
    figures: tuple[FigureRange, ...] = ()
    # When the store last wrote a different version of it (UTC, ISO 8601); the store fills
    # it, linking never does: a relink that changes nothing keeps it.
    updated_at: str | None = None


@dataclass(frozen=True, slots=True)
class EventLink(_Record):
    """A report's place in a canonical event, with why it was put there."""

    kind: ClassVar[str] = "event_link"

    doc_id: str
    event_id: str
    canonical_id: str
    score: float = 1.0  # how strongly it matched the report it joined (1.0: the first)
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Failure(_Record):
    """An input or article that could not be processed: the batch goes on without it."""

    kind: ClassVar[str] = "failure"

    doc_id: str | None
    stage: str
    message: str
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis(_Record):
    """Everything the pipeline knows about one article; stages return an updated copy."""

    _nested: ClassVar[dict[str, tuple[str, bool]]] = {
        "article": ("Article", False),
        "sentences": ("Sentence", True),
        "mentions": ("Mention", True),
        "events": ("Event", True),
        "relations": ("Relation", True),
        "claims": ("Claim", True),
    }

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    claims: tuple[Claim, ...] = ()
    notes: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    # The parsed spaCy Doc, for stages that need tokens; never serialized or compared.
    parse: Any = field(default=None, compare=False, repr=False)

    def to_dict(self, with_kind: bool = True) -> dict[str, Any]:
        out = _Record.to_dict(self, with_kind)
        out.pop("parse", None)
        return out

    @property
    def doc_id(self) -> str:
        return self.article.doc_id

    def records(self) -> list[_Record]:
        """The output-contract records of this article, document first."""
        return [self.article, *self.mentions, *self.events, *self.relations, *self.claims]


_REGISTRY: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        Actor, Place, DateSpan, Quantity, Sentence, Mention, Article,
        Event, Relation, Claim, Failure, Analysis, CanonicalEvent, EventLink, FigureClaim,
        FigureRange,
    )
}
_BY_KIND: dict[str, type[Any]] = {
    cls.kind: cls for cls in _REGISTRY.values() if getattr(cls, "kind", None)
}


def record_from_dict(data: Mapping[str, Any]) -> Any:
    """Rebuild a top-level record from its dict form, dispatching on `kind`."""
    kind = data.get("kind")
    if kind not in _BY_KIND:
        raise ValueError(f"unknown record kind: {kind!r}")
    return _BY_KIND[kind].from_dict(data)
