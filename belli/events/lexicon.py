"""The event lexicon (`data/lexicon.yaml`) and PLOVER table (`data/plover.yaml`), typed.

Pure Python, no spaCy: the coder asks `Lexicon.rules(kind, key)` for a word's rules and
`Rule.matches(Clues)` for the first that holds. A malformed file raises
KnowledgeBaseError naming the entry, so an analyst who extends the lexicon learns at
load time what is wrong, not from a silent miss.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

from belli.errors import KnowledgeBaseError
from belli.events.cue_lists import cue_list
from belli.yamldata import load_word_data, word_list

__all__ = [
    "FROM_OBJECT",
    "ClueSource",
    "Clues",
    "Lexicon",
    "Plover",
    "Rule",
    "load_derived",
    "load_lexicon",
    "load_plover",
]

FROM_OBJECT = "from_object"  # a light verb: its object noun decides the event
KINDS = ("verbs", "nouns", "adjectives")
ROLES = frozenset({"default", "converse", "reciprocal"})
EMBEDDED = frozenset({"mode", "intent"})
CONDITIONS = ("object", "prep", "prep_object", "xcomp", "subject", "modifier", "governor",
              "particle", "negated", "no_object", "purpose", "modal")
# Pseudo-words a condition may hold besides lemmas and @classes.
ANY = "@any"  # any word at all (the slot is filled)
ACTOR = "@actor"  # the slot names an actor
ACTOR_PLUS = "@actor+"  # a noun modified by an actor's name or adjective ("Turkish drills")
IGO = "@igo"  # the slot names an international organization ("withdrew from ECOWAS")
PLACE = "@place"  # the slot names a place ("captured Shusha")
COOPERATION = "@cooperation"  # the embedded verb codes a cooperative event (quad 1-2)
CONFLICT = "@conflict"  # the embedded verb codes a conflictual event (quad 3-4)
# a cooperative act the embedded clause says will not be done ("vowed NOT TO RELEASE the
# hostages"); a conflictual one said so is restraint, @cooperation ("vowed not to attack")
WITHHELD = "@withheld"
# the embedded clause tells of a misfortune met ("warned that children FACE FAMINE"): a
# danger named, no one's threat
MISFORTUNE = "@misfortune"
# the embedded clause tells what is to come: "will", "would", "shall" or an infinitive
# ("warned that police WILL no longer tolerate", "warned Iran not TO cross")
PROSPECTIVE = "@prospective"
# the embedded clause is passive: what the subject undergoes ("ready TO BE REPATRIATED")
UNDERGONE = "@undergone"
PERSON = "@person"  # the slot names a person ("ZELENSKYY and TRUMP clashed")
_PSEUDO = frozenset({ANY, ACTOR, ACTOR_PLUS, IGO, PLACE, COOPERATION, CONFLICT, PROSPECTIVE,
                     UNDERGONE, PERSON, WITHHELD, MISFORTUNE})


class ClueSource(Protocol):
    """What a rule asks of the parse: a word set by condition name (or the negation)."""

    def get(self, name: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class Clues:
    """What the parse says around a trigger, in the terms rules are written in.

    Word sets hold lemmas (lower case) and may hold the pseudo-words "@actor" (the slot
    names an actor), "@actor+" (an actor modifies the noun), "@cooperation" /
    "@conflict" (the quad of the embedded verb's own event).
    """

    object: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    prep_object: frozenset[str] = frozenset()
    xcomp: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    governor: frozenset[str] = frozenset()
    particle: frozenset[str] = frozenset()
    negated: bool = False
    purpose: frozenset[str] = frozenset()
    # the trigger's own auxiliaries ("WILL not allow", "WOULD not tolerate")
    modal: frozenset[str] = frozenset()
    # each preposition with the words of its own object, where they are read in pairs
    prep_pairs: tuple[tuple[str, frozenset[str]], ...] = ()

    def get(self, name: str) -> Any:
        return getattr(self, name)


@dataclass(frozen=True, slots=True)
class Rule:
    """One reading of a trigger word: when it holds, and what event it codes."""

    type: str | None
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    roles: str = "default"
    future: bool = False
    embedded: str | None = None
    conditions: Mapping[str, frozenset[str] | bool] = field(default_factory=dict)
    note: str = ""
    # the type when several states act together or with a partner ("French and Egyptian
    # warships launched war games": COOPERATE, not MOBILIZE)
    together: str | None = None
    # the type when the doer acts on its own forces or people ("North Korea trained 500
    # hackers": a build-up, MOBILIZE; training another state's troops is AID)
    own: str | None = None
    # what a noun's possessor is: the actor ("Russia's invasion") or the target
    # ("Israel's destruction", "the journalist's arrest")
    possessor: str = "source"
    # what a noun's "of" object is, where the type's default is wrong for the word:
    # "the backing OF the Libyan government" names the target, not the actor
    of: str | None = None

    def matches(self, clues: ClueSource) -> bool:
        for name, wanted in self.conditions.items():
            if name == "negated":
                if bool(clues.get("negated")) is not wanted:
                    return False
            elif name == "no_object":
                if bool(clues.get("object")) is bool(wanted):
                    return False
            elif name == "prep_object" and "prep" in self.conditions:
                if not self._paired(wanted, clues):  # type: ignore[arg-type]
                    return False
            elif not _overlaps(wanted, clues.get(name)):  # type: ignore[arg-type]
                return False
        return True

    def _paired(self, wanted: frozenset[str], clues: ClueSource) -> bool:
        """A preposition and its object asked together are one phrase: "withdraw FROM the
        agreement", not "UNDER the agreement, troops will withdraw FROM the south". Clues
        that do not pair them (`prep_pairs`) are matched word set by word set."""
        pairs = clues.get("prep_pairs")
        if not pairs:
            return _overlaps(wanted, clues.get("prep_object"))
        preps: frozenset[str] = self.conditions["prep"]  # type: ignore[assignment]
        return any((ANY in preps or prep in preps) and _overlaps(wanted, words)
                   for prep, words in pairs)

    def describe(self) -> str:
        """The rule in words, for an event's reason."""
        parts = [f"{k}={'/'.join(sorted(v)) if isinstance(v, frozenset) else v}"
                 for k, v in self.conditions.items()]
        return f" if {', '.join(parts)}" if parts else ""


def _overlaps(wanted: frozenset[str], found: frozenset[str]) -> bool:
    if ANY in wanted and found:
        return True
    if wanted & found:
        return True
    # a phrase ("martial law") holds when each of its words is found: clues hold the
    # head's lemma and its compounds' and adjectives' lemmas one by one
    return bool(found) and any(found.issuperset(words) for words in _phrases(wanted))


@lru_cache(maxsize=4096)
def _phrases(wanted: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The multi-word values of a condition, split once (rules are matched for every
    candidate trigger of every sentence)."""
    return tuple(tuple(w.split()) for w in wanted if " " in w)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger rules by kind and key, word classes, and the words of ASSAULT modes."""

    entries: Mapping[str, Mapping[str, tuple[Rule, ...]]]
    classes: Mapping[str, frozenset[str]]
    assault_modes: Mapping[str, frozenset[str]]
    # verbs of going and attending: "returned to Geneva for TALKS" -> their subject talks
    attend: frozenset[str] = frozenset()
    # nouns of amount or container: "tons of food aid" is aid
    containers: frozenset[str] = frozenset()
    # longest multi-word key, per kind, so the coder knows how far to look
    longest: Mapping[str, int] = field(default_factory=dict)
    # first and last words of multi-word noun keys
    phrase_edges: frozenset[str] = frozenset()
    # every first and last word of every key, of any kind
    words: frozenset[str] = frozenset()

    def knows(self, *words: str) -> bool:
        """Whether any of the words begins or ends some key of the lexicon."""
        return not self.words.isdisjoint(words)

    def may_end_a_phrase(self, word: str) -> bool:
        """Whether a word is the last or first word of a multi-word noun key ("air STRIKE",
        "STATE of emergency"), so the coder only builds windows where they can match."""
        return word in self.phrase_edges

    def rules(self, kind: str, key: str) -> tuple[Rule, ...]:
        return self.entries.get(kind, {}).get(key, ())

    def owner_undergoes(self, noun: str) -> bool:
        """Whether a noun's possessor undergoes its act ("the journalist's ARREST"), by
        the `possessor` of any of its rules."""
        return any(rule.possessor == "target" for rule in self.rules("nouns", noun))

    def has(self, kind: str, key: str) -> bool:
        return key in self.entries.get(kind, {})

    def assault_mode(self, words: Iterable[str]) -> str | None:
        """The ASSAULT mode the words name ("drone" for "drone strike"), most specific first."""
        found = {w.lower() for w in words}
        for mode, cues in self.assault_modes.items():
            if found & cues:
                return mode
        return None


@dataclass(frozen=True, slots=True)
class Plover:
    """PLOVER types: quad class, allowed modes, scores, default contexts."""

    quads: Mapping[str, int]
    modes: Mapping[str, frozenset[str]]
    scores: Mapping[str, float]
    mode_scores: Mapping[tuple[str, str], float]
    contexts: Mapping[str, tuple[str, ...]]
    target_preps: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    of_roles: Mapping[str, str] = field(default_factory=dict)  # type -> "source" | "target"

    def quad(self, kind: str) -> int:
        return self.quads[kind]

    def score(self, kind: str, mode: str | None) -> float:
        return self.mode_scores.get((kind, mode or ""), self.scores[kind])

    def valid_mode(self, kind: str, mode: str | None) -> str | None:
        """The mode if the type allows it, else None (a rule's mode never leaks across types)."""
        return mode if mode in self.modes.get(kind, frozenset()) else None


def _packaged(name: str) -> str:
    return resources.files("belli.events").joinpath(f"data/{name}").read_text("utf-8")


_text = _packaged  # the source of the data files (tests swap it for a broken one)


def _read(name: str) -> dict[str, Any]:
    return load_word_data(_text(name), name, package="belli.events")


@lru_cache(maxsize=1)
def load_plover() -> Plover:
    types = _read("plover.yaml").get("types") or {}
    return Plover(
        quads={k: int(v["quad"]) for k, v in types.items()},
        modes={k: frozenset(v.get("modes") or ()) for k, v in types.items()},
        scores={k: float(v["score"]) for k, v in types.items()},
        mode_scores={(k, m): float(s) for k, v in types.items()
                      for m, s in (v.get("mode_scores") or {}).items()},
        contexts={k: tuple(v.get("contexts") or ()) for k, v in types.items()},
        target_preps={k: tuple(v.get("target_preps") or ()) for k, v in types.items()},
        of_roles={k: _side(k, v["of"]) for k, v in types.items() if v.get("of")},
    )


def _side(kind: str, value: Any) -> str:
    if value not in ("source", "target"):
        raise KnowledgeBaseError(f"plover.yaml: {kind}: of must be source or target, not {value!r}")
    return str(value)


@lru_cache(maxsize=2)
def load_lexicon(derived: bool = True) -> Lexicon:
    """The packaged lexicon, checked against the PLOVER table; with the derived words
    of `lexicon_derived.yaml` unless `derived` is false (the hand lexicon alone)."""
    data = _read("lexicon.yaml")
    plover = load_plover()
    classes = {str(k): frozenset(str(w).lower() for w in v) for k, v in
               (data.get("classes") or {}).items()}
    entries = {kind: {str(key).lower(): _rules(kind, str(key), raw, classes, plover)
                      for key, raw in (data.get(kind) or {}).items()}
               for kind in KINDS}
    for kind, found in (load_derived() if derived else {}).items():
        # lower standing: a derived word only fills a gap, never overrides a hand entry
        entries[kind] = {**found, **entries[kind]}
    modes = {str(k): frozenset(str(w).lower() for w in v)
             for k, v in (data.get("assault_modes") or {}).items()}
    unknown = set(modes) - plover.modes["ASSAULT"]
    if unknown:
        raise KnowledgeBaseError(f"lexicon: assault_modes has unknown modes {sorted(unknown)}")
    longest = {kind: max((len(k.split()) for k in entries[kind]), default=1) for kind in KINDS}
    words = {name: frozenset(str(w).lower() for w in data.get(name) or ())
             for name in ("attend_verbs", "container_nouns")}
    edges = frozenset(w for key in entries["nouns"] if " " in key
                      for w in (key.split()[0], key.split()[-1]))
    every = frozenset(w for kind in KINDS for key in entries[kind]
                      for w in (key.split()[0], key.split()[-1]))
    return Lexicon(entries, classes, modes, words["attend_verbs"], words["container_nouns"],
                   longest, edges, every)


DERIVED = "lexicon_derived.yaml"  # words derived offline (benchmarks/derive_lexicon.py)


@lru_cache(maxsize=1)
def load_derived() -> dict[str, dict[str, tuple[Rule, ...]]]:
    """The derived trigger words by kind; none where an analyst deleted the file.

    A derived word is known only by its neighbours, so it codes only where the parse
    vouches for an event, as hand entries' conditions do: a verb with an actor as its
    subject (and, for an act done to someone, an actor or an actor's thing as its
    object), told as done, not with "will" or "could"; a noun not held back by the verb
    that governs it ("delayed the ratification"). The word lists are hand data, in
    cues.yaml (`done_to_types`, `not_done_auxiliaries`, `held_back_by`). Each reading's
    note says where the word came from."""
    try:
        text = _text(DERIVED)
    except FileNotFoundError:
        return {}
    data = load_word_data(text, DERIVED, package="belli.events") or {}
    plover = load_plover()
    done_to = word_list("belli.events", "cues.yaml", "done_to_types")
    if not done_to <= plover.quads.keys():
        raise KnowledgeBaseError(
            f"cues.yaml done_to_types: unknown types {sorted(done_to - plover.quads.keys())}")
    not_done, held_back = cue_list("not_done_auxiliaries"), cue_list("held_back_by")
    out: dict[str, dict[str, tuple[Rule, ...]]] = {"verbs": {}, "nouns": {}}
    for key, raw in (data.get("verbs") or {}).items():
        rule = _derived_rule(f"{DERIVED} verbs.{key}", raw, plover, "neighbour of")
        wanted = {"subject": frozenset({ACTOR})}
        if rule.type in done_to:
            wanted["object"] = frozenset({ACTOR})
        out["verbs"][str(key).lower()] = (
            Rule(type=None, conditions={"modal": not_done}, note=rule.note),
            replace(rule, conditions=wanted), Rule(type=None, note=rule.note))
    for key, raw in (data.get("nouns") or {}).items():
        rule = _derived_rule(f"{DERIVED} nouns.{key}", raw, plover, "nominalization of")
        stop = Rule(type=None, conditions={"governor": held_back}, note=rule.note)
        out["nouns"][str(key).lower()] = (stop, rule)
    return out


def _derived_rule(where: str, raw: Any, plover: Plover, relation: str) -> Rule:
    if not isinstance(raw, Mapping) or raw.get("type") not in plover.quads:
        raise KnowledgeBaseError(f"{where}: expected {{type: a PLOVER type, similarity, from}}")
    sources = [str(w) for w in raw.get("from") or ()]
    if not sources:
        raise KnowledgeBaseError(f"{where}: 'from' names no hand lexicon word")
    similarity = float(raw.get("similarity", 1.0))
    return Rule(type=str(raw["type"]),
                note=f"derived: {relation} {sources[0]} ({similarity:.2f})")


def _rules(kind: str, key: str, raw: Any, classes: Mapping[str, frozenset[str]],
           plover: Plover) -> tuple[Rule, ...]:
    where = f"lexicon {kind}.{key}"
    if isinstance(raw, str):
        kind_name, _, mode = raw.partition("/")
        raw = [{"type": kind_name, "mode": mode or None}]
    elif isinstance(raw, Mapping):
        raw = [raw]
    if not isinstance(raw, list) or not raw:
        raise KnowledgeBaseError(f"{where}: expected a type, a rule or a list of rules")
    return tuple(_rule(where, item, classes, plover) for item in raw)


def _rule(where: str, item: Any, classes: Mapping[str, frozenset[str]], plover: Plover) -> Rule:
    if not isinstance(item, Mapping):
        raise KnowledgeBaseError(f"{where}: a rule must be a mapping, not {item!r}")
    kind = item.get("type")
    if kind is not None and kind != FROM_OBJECT and kind not in plover.quads:
        raise KnowledgeBaseError(f"{where}: unknown PLOVER type {kind!r}")
    mode = item.get("mode")
    if mode is not None and isinstance(kind, str) and kind in plover.modes \
            and mode not in plover.modes[kind]:
        raise KnowledgeBaseError(f"{where}: {kind} has no mode {mode!r}")
    roles = str(item.get("roles", "default"))
    embedded = item.get("embedded")
    if roles not in ROLES or (embedded is not None and embedded not in EMBEDDED):
        raise KnowledgeBaseError(f"{where}: unknown roles {roles!r} or embedded {embedded!r}")
    together, possessor = item.get("together"), str(item.get("possessor", "source"))
    of, own = item.get("of"), item.get("own")
    if (any(t is not None and t not in plover.quads for t in (together, own))
            or possessor not in ("source", "target") or of not in (None, "source", "target")):
        raise KnowledgeBaseError(f"{where}: bad together {together!r}, own {own!r}, "
                                 f"possessor {possessor!r} or of {of!r}")
    known = set(CONDITIONS) | {"type", "mode", "contexts", "roles", "future", "embedded",
                               "note", "together", "own", "possessor", "of"}
    extra = set(item) - known
    if extra:
        raise KnowledgeBaseError(f"{where}: unknown fields {sorted(extra)}")
    return Rule(
        type=kind, mode=mode, contexts=tuple(item.get("contexts") or ()), roles=roles,
        future=bool(item.get("future")), embedded=embedded,
        conditions={name: _condition(where, item[name], classes)
                    for name in CONDITIONS if name in item},
        note=str(item.get("note") or ""), together=together, own=own, possessor=possessor,
        of=of,
    )


def _condition(where: str, value: Any, classes: Mapping[str, frozenset[str]]) -> frozenset[str] | bool:
    if isinstance(value, bool):
        return value
    words = [value] if isinstance(value, str) else list(value)
    out: set[str] = set()
    for word in words:
        word = str(word).lower()
        if word in _PSEUDO:
            out.add(word)
        elif word.startswith("@"):
            if word[1:] not in classes:
                raise KnowledgeBaseError(f"{where}: unknown class {word}")
            out |= classes[word[1:]]
        else:
            out.add(word)
    return frozenset(out)
