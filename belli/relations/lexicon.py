"""The relation cues (`data/relations.yaml`), typed and checked at load.

A malformed file raises KnowledgeBaseError naming the entry, so an analyst who adds a
template learns at load time what is wrong, not from a silent miss.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from belli.cache import RegexStore, code_of
from belli.errors import KnowledgeBaseError
from belli.relations import templates as template_code
from belli.relations.sentence import tokens_of
from belli.relations.templates import Compile, Template, compile_template
from belli.yamldata import load_word_data

__all__ = ["EventCues", "RelationLexicon", "RelationType", "forms", "load_relation_lexicon"]

STATUSES = frozenset({"delivered", "contracted"})
_OPTIONS = frozenset({"match", "ends", "status", "confidence", "requires", "unless_hostile",
                      "counterpart", "named", "ended_by"})
_ROLE_KEYS = frozenset({"source", "target", "item"})


@dataclass(frozen=True, slots=True)
class RelationType:
    """A relation type, which template roles are its sides, and its templates."""

    name: str
    symmetric: bool
    source_roles: tuple[str, ...]
    target_roles: tuple[str, ...]
    item_roles: tuple[str, ...]
    templates: tuple[Template, ...]


@dataclass(frozen=True, slots=True)
class EventCues:
    """What the event rules look for: word forms (lower case) and phrases (token strings)."""

    arms_triggers: frozenset[str]
    contract_words: tuple[str, ...]
    delivery_words: tuple[str, ...]
    not_transfers: tuple[str, ...]
    alliance: tuple[str, ...]
    partnership: tuple[str, ...]
    mediation_modes: frozenset[str]
    mediation_triggers: frozenset[str]
    comediator_links: tuple[str, ...]
    deployment_modes: frozenset[str]
    deployment_contexts: frozenset[str]
    deployment_triggers: frozenset[str]
    withdrawal_modes: frozenset[str]
    withdrawal_triggers: frozenset[str]
    cooperation_triggers: frozenset[str]
    backing_triggers: frozenset[str]
    conjectures: tuple[str, ...]
    not_forces: tuple[str, ...]
    transient: tuple[str, ...]
    commitments: tuple[str, ...]
    hostile_types: frozenset[str]
    arms: tuple[str, ...]
    forces: tuple[str, ...]
    origin: tuple[Template, ...]  # "Israeli-made drones": the maker of an item
    place_after: Template  # where a deployment goes ("to the parts of Karabakh")
    place_from: Template  # where a withdrawal leaves ("from Syria")


@dataclass(frozen=True, slots=True)
class RelationLexicon:
    types: Mapping[str, RelationType]
    classes: Mapping[str, tuple[str, ...]]
    negators: tuple[str, ...]
    unreal: tuple[str, ...]
    ended: tuple[str, ...]
    hedges: tuple[str, ...]
    boundaries: tuple[str, ...]
    events: EventCues
    default_confidence: float
    # templates by their anchor words, so a sentence tries only those it can match
    anchored: Mapping[str, tuple[Template, ...]] = field(default_factory=dict)
    unanchored: tuple[Template, ...] = ()

    def templates(self) -> Iterable[Template]:
        for kind in self.types.values():
            yield from kind.templates

    def templates_for(self, vocabulary: frozenset[str]) -> list[Template]:
        """The templates a sentence with these tokens can match."""
        found = {id(t): t for word in vocabulary & self.anchored.keys()
                 for t in self.anchored[word]}
        found.update({id(t): t for t in self.unanchored})
        # in file order, whatever order the set of words came in: the same input must give
        # the same records in every process
        return sorted(found.values(), key=lambda t: t.index)


def forms(lemmas: Iterable[str]) -> frozenset[str]:
    """The word forms of lemmas that event triggers show ("supply" -> supplies, supplied)."""
    out: set[str] = set()
    for lemma in (str(w).lower() for w in lemmas):
        out |= {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
        if lemma.endswith("y"):
            out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        if lemma.endswith("e"):
            out.add(lemma[:-1] + "ing")
        if lemma.endswith(("p", "t", "n")) and len(lemma) <= 4:  # ship -> shipped
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(out)


@lru_cache(maxsize=1)
def load_relation_lexicon() -> RelationLexicon:
    """The packaged relation cues."""
    name = "relations.yaml"
    text = resources.files("belli.relations").joinpath("data", name).read_text("utf-8")
    # the templates' regexes compiled from the start-up cache: the file and the code that
    # writes them pick the entry (a stored regex is found by its own text all the same)
    regexes = RegexStore("relation-regexes", [text, code_of(sys.modules[__name__], template_code)])
    lexicon = build_lexicon(load_word_data(text, name, package="belli.relations"), regexes.compile)
    regexes.save()
    return lexicon


def build_lexicon(data: Mapping[str, Any], compile: Compile = re.compile) -> RelationLexicon:
    """A lexicon from the parsed YAML (tests build small ones this way); `compile` makes
    the templates' regexes."""
    classes = {str(k): _phrases(v) for k, v in (data.get("classes") or {}).items()}
    boundaries = _phrases(data.get("boundaries"))
    confidence = float(data.get("default_confidence", 0.75))
    types = {str(k): _type(str(k), v, classes, boundaries, confidence, compile)
             for k, v in (data.get("types") or {}).items()}
    numbered = {id(t): n for n, t in enumerate(t for k in types.values() for t in k.templates)}
    types = {name: replace(kind, templates=tuple(replace(t, index=numbered[id(t)])
                                                 for t in kind.templates))
             for name, kind in types.items()}
    anchored: dict[str, list[Template]] = {}
    for kind in types.values():
        for template in kind.templates:
            for word in template.anchor:
                anchored.setdefault(word, []).append(template)
    return RelationLexicon(
        types=types, classes=classes, negators=_phrases(data.get("negators")),
        unreal=_phrases(data.get("unreal")), ended=_phrases(data.get("ended")),
        hedges=_phrases(data.get("hedges")), boundaries=boundaries,
        events=_event_cues(data.get("events") or {}, classes, boundaries, compile),
        default_confidence=confidence,
        anchored={w: tuple(ts) for w, ts in anchored.items()},
        unanchored=tuple(t for k in types.values() for t in k.templates if not t.anchor))


def _phrases(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(tokens_of(str(v))) for v in values or ()))


def _type(name: str, raw: Mapping[str, Any], classes: Mapping[str, Sequence[str]],
          boundaries: Sequence[str], confidence: float, compile: Compile) -> RelationType:
    roles = raw.get("roles") or {}
    unknown = set(roles) - _ROLE_KEYS
    if unknown:
        raise KnowledgeBaseError(f"relations: type {name} has unknown role keys "
                                 f"{sorted(unknown)} (known: {sorted(_ROLE_KEYS)})")
    kind = RelationType(
        name=name, symmetric=bool(raw.get("symmetric", False)),
        source_roles=_names(roles.get("source")), target_roles=_names(roles.get("target")),
        item_roles=_names(roles.get("item")), templates=())
    known = {*kind.source_roles, *kind.target_roles, *kind.item_roles}
    templates = tuple(_template(name, entry, classes, boundaries, confidence, known, compile)
                      for entry in raw.get("templates") or ())
    return RelationType(kind.name, kind.symmetric, kind.source_roles, kind.target_roles,
                        kind.item_roles, templates)


def _names(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(v) for v in value)


def _template(kind: str, entry: Any, classes: Mapping[str, Sequence[str]],
              boundaries: Sequence[str], default: float, known: set[str],
              compile: Compile) -> Template:
    options: Mapping[str, Any] = entry if isinstance(entry, Mapping) else {"match": entry}
    unknown = set(options) - _OPTIONS
    if unknown or not isinstance(options.get("match"), str):
        raise KnowledgeBaseError(f"relations: {kind} template {entry!r} needs a `match` "
                                 f"string; unknown options {sorted(unknown)}")
    text = str(options["match"])
    compiled = compile_template(text, classes, boundaries, compile)
    stray = set(compiled.roles) - known
    if stray:
        raise KnowledgeBaseError(f"relations: {kind} template {text!r} uses roles "
                                 f"{sorted(stray)} that `roles` does not place")
    status = options.get("status")
    if status is not None and (kind != "arms_supplier" or status not in STATUSES):
        raise KnowledgeBaseError(f"relations: {kind} template {text!r}: status {status!r} "
                                 f"(only arms_supplier has one: {sorted(STATUSES)})")
    requires = options.get("requires")
    return Template(
        type=kind, text=text, pattern=compiled.pattern, roles=compiled.roles,
        anchor=compiled.anchor, firsts=compiled.firsts,
        ends=bool(options.get("ends", False)), status=status,
        confidence=float(options.get("confidence", default)),
        requires=_required(requires, classes, text),
        unless_hostile=bool(options.get("unless_hostile", False)),
        counterpart=options.get("counterpart") == "event",
        named=bool(options.get("named", False)),
        ended_by=_required(options.get("ended_by"), classes, text, "ended_by"))


def _required(value: Any, classes: Mapping[str, Sequence[str]], text: str,
              option: str = "requires") -> tuple[str, ...]:
    if value is None:
        return ()
    name = str(value).lstrip("@")
    if name not in classes:
        raise KnowledgeBaseError(f"relations: template {text!r}: {option} names unknown "
                                 f"class @{name}")
    return tuple(classes[name])


def _event_cues(raw: Mapping[str, Any], classes: Mapping[str, Sequence[str]],
                boundaries: Sequence[str], compile: Compile) -> EventCues:
    def words(key: str) -> tuple[str, ...]:
        """The phrases of a key: a list whose items are phrases or @classes, or one @class."""
        value = raw.get(key)
        found: list[str] = []
        for item in [value] if isinstance(value, str) else value or ():
            if str(item).startswith("@"):
                if str(item)[1:] not in classes:
                    raise KnowledgeBaseError(f"relations: events.{key} names unknown class "
                                             f"{item}")
                found.extend(classes[str(item)[1:]])
            else:
                found.extend(_phrases([item]))
        return tuple(dict.fromkeys(found))

    def helper(text: str) -> Template:
        extra = {**classes, "origin_links": words("origin_links")}
        compiled = compile_template(text, extra, boundaries, compile)
        return Template(type="", text=text, pattern=compiled.pattern, roles=compiled.roles,
                        anchor=compiled.anchor, firsts=compiled.firsts)

    return EventCues(
        arms_triggers=forms(words("arms_triggers")),
        contract_words=words("contract_words"), delivery_words=words("delivery_words"),
        not_transfers=words("not_transfers"),
        alliance=words("alliance"), partnership=words("partnership"),
        mediation_modes=frozenset(words("mediation_modes")),
        mediation_triggers=forms(words("mediation_triggers")),
        comediator_links=words("comediator_links"),
        deployment_modes=frozenset(words("deployment_modes")),
        deployment_contexts=frozenset(words("deployment_contexts")),
        deployment_triggers=forms(words("deployment_triggers")),
        withdrawal_modes=frozenset(words("withdrawal_modes")),
        withdrawal_triggers=forms(words("withdrawal_triggers")),
        cooperation_triggers=forms(words("cooperation_triggers")),
        backing_triggers=forms(words("backing_triggers")),
        conjectures=words("conjectures"), not_forces=words("not_forces"),
        transient=words("transient"),
        commitments=words("commitments"),
        hostile_types=frozenset(w.upper() for w in words("hostile_types")),
        arms=tuple(classes.get("arms", ())), forces=tuple(classes.get("forces", ())),
        origin=(helper("{supplier:state} @origin_links* {item:item}"),
                *((helper("{supplier:state} @origin_links* @arms"),) if classes.get("arms")
                  else ())),
        place_after=helper("in|to|into|inside|across|along|on|at the? ~4 {host:place}"),
        place_from=helper("from|of|out the? ~3 {host:place}"),
    )
