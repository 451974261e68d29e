"""Relation templates ("{org:igo} member {member+:state}") compiled to regular expressions
over a `SlottedSentence`'s token stream, and matched there.

The grammar is written out at the top of `data/relations.yaml`, for the analysts who
extend it. Every element of a template consumes whole tokens (each followed by one
space in the stream), so a template never matches half a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from belli.errors import KnowledgeBaseError
from belli.relations.sentence import SlottedSentence, tokens_of

__all__ = ["Compiled", "Match", "Template", "compile_template", "find_matches", "phrase_in"]

_SLOT = re.compile(r"^\{(?P<role>\w+)(?P<many>\+)?(?::(?P<kind>\w+))?\}$")
_GAP = re.compile(r"^~(?P<n>\d+)?$")
_KINDS = {"state": "s", "igo": "i", "place": "[sp]", "item": "w", "any": "[si]"}
_LIST_LINK = r"(?: ,(?: and| or)?| and| or| &| as well as| plus)"
_DEFAULT_GAP = 3
# words too common to pick which sentences a template is tried on
_COMMON = frozenset({",", "'s", "-", "a", "an", "the", "of", "in", "to", "and", "is", "are",
                     "was", "were", "with", "by", "for", "on", "at", "has", "have", "its",
                     "their"})
_MAX_REPEAT = 3  # what @class* allows
_SIDE_SLOTS = frozenset({"§s", "§i", "§p"})  # slots that can name a side (not weapons, dates)


@dataclass(frozen=True, slots=True)
class Template:
    """One compiled template and what a match of it means."""

    type: str
    text: str
    pattern: re.Pattern[str]
    roles: tuple[str, ...]
    anchor: frozenset[str]  # the sentence must hold one of these words, or no match
    # the tokens a match can start with ("§" for any slot); empty: it may start anywhere
    firsts: frozenset[str] = frozenset()
    ends: bool = False
    status: str | None = None
    confidence: float = 0.75
    requires: tuple[str, ...] = ()  # phrases, one of which the sentence must hold
    unless_hostile: bool = False
    counterpart: bool = False
    # its first role's slots are names written out, every other country it spans a
    # pronoun: the nearest names own what follows ("X and Y ... their joint drills")
    named: bool = False
    ended_by: tuple[str, ...] = ()  # phrases beside a match that end the relation
    index: int = 0  # place in the file: templates are tried in this order


@dataclass(frozen=True, slots=True)
class Match:
    """Where a template matched, and the slot tokens each of its roles took."""

    template: Template
    roles: Mapping[str, tuple[str, ...]]
    first: int  # token index of the first token matched
    last: int  # token index after the last
    gap_words: int = 0
    slots: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Compiled:
    pattern: re.Pattern[str]
    roles: tuple[str, ...]
    anchor: frozenset[str]
    firsts: frozenset[str]


# what compiles a template's regex: re.compile, or a start-up cache's (belli.cache.RegexStore)
Compile = Callable[[str], re.Pattern[str]]


def compile_template(text: str, classes: Mapping[str, Sequence[str]],
                     boundaries: Sequence[str], compile: Compile = re.compile) -> Compiled:
    """A template's regex, roles, anchor words and first tokens; KnowledgeBaseError names
    what is wrong with it."""
    pieces: list[str] = []
    roles: list[str] = []
    anchor: frozenset[str] | None = None
    firsts: frozenset[str] | None = None
    stop = "|".join(re.escape(b) for b in sorted(boundaries, key=len, reverse=True))
    for n, element in enumerate(text.split()):
        slot, gap = _SLOT.match(element), _GAP.match(element)
        if slot is not None:
            roles.append(_role(slot, text))
            pieces.append(_slot_regex(slot, text))
            firsts = frozenset({"§", "the"}) if firsts is None else firsts
        elif gap is not None:
            size = int(gap["n"]) if gap["n"] else _DEFAULT_GAP
            guard = f"(?!(?:{stop}) )" if stop else ""
            pieces.append(f"(?P<_g{n}>(?:{guard}\\S+ ){{0,{size}}}?)")
            firsts = frozenset() if firsts is None else firsts
        else:
            piece, words, optional = _words_regex(element, classes, text)
            pieces.append(piece)
            if not optional and (anchor is None or (anchor & _COMMON and not words & _COMMON)):
                anchor = words  # the first rare word: "," or "'s" would let most sentences in
            if firsts is None:
                firsts = frozenset() if optional else words
    try:
        pattern = compile(f"(?P<_m>{''.join(pieces)})")
    except re.error as exc:
        raise KnowledgeBaseError(f"relations: template {text!r} does not compile: {exc}") \
            from exc
    return Compiled(pattern, tuple(roles), anchor or frozenset(), firsts or frozenset())


def _role(slot: re.Match[str], text: str) -> str:
    kind = slot["kind"] or "any"
    if kind not in _KINDS:
        raise KnowledgeBaseError(f"relations: template {text!r}: unknown slot kind {kind!r} "
                                 f"(known: {', '.join(_KINDS)})")
    return str(slot["role"])


def _slot_regex(slot: re.Match[str], text: str) -> str:
    one = f"§{_KINDS[slot['kind'] or 'any']}\\d+"
    body = f"{one}(?:{_LIST_LINK} (?:the )?{one})*" if slot["many"] else one
    return f"(?:the )?(?P<{slot['role']}>{body}) "


def _words_regex(element: str, classes: Mapping[str, Sequence[str]],
                 text: str) -> tuple[str, frozenset[str], bool]:
    """A word element: alternatives of words and @classes, maybe optional or repeated."""
    repeat = element.endswith("*")
    optional = element.endswith("?")
    body = element[:-1] if repeat or optional else element
    phrases: list[str] = []
    for alternative in body.split("|"):
        if alternative.startswith("@"):
            name = alternative[1:]
            if name not in classes:
                raise KnowledgeBaseError(f"relations: template {text!r} uses unknown class "
                                         f"@{name}")
            phrases.extend(classes[name])
        elif alternative:
            phrases.append(" ".join(tokens_of(alternative)))
    if not phrases:
        if repeat or optional:  # an empty class an element may do without: it adds nothing
            return "", frozenset(), True
        raise KnowledgeBaseError(f"relations: template {text!r} has an empty element")
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    one = "(?:" + "|".join(re.escape(p) + " " for p in ordered) + ")"
    firsts = frozenset(p.split(" ")[0] for p in ordered)
    if repeat:
        return f"{one}{{0,{_MAX_REPEAT}}}", firsts, True
    return (one + "?" if optional else one), firsts, optional


def find_matches(template: Template, sentence: SlottedSentence) -> list[Match]:
    """Every reading of the template in the sentence; where readings end on the same
    token, the one with the fewest gap words (then the longest) stands."""
    if template.anchor and template.anchor.isdisjoint(sentence.vocabulary):
        return []
    stream = sentence.stream
    if template.requires and not any(phrase_in(p, stream) for p in template.requires):
        return []
    best: dict[int, Match] = {}
    for position in _starts(template, sentence):
        found = template.pattern.match(stream, position)
        if found is None:
            continue
        start, end = found.span("_m")
        if end == start:
            continue
        gaps = sum(len(value.split()) for name, value in found.groupdict().items()
                   if name.startswith("_g") and value)
        roles = {r: tuple(re.findall(r"§\w\d+", found.group(r) or "")) for r in template.roles}
        match = Match(template, roles, sentence.token_at(start), sentence.token_at(end),
                      gaps, tuple(t for ts in roles.values() for t in ts))
        if template.named and not _names_own(match, sentence):
            continue
        held = best.get(match.last)
        if held is None or (match.gap_words, match.first) < (held.gap_words, held.first):
            best[match.last] = match
    return sorted(best.values(), key=lambda m: m.first)


def _names_own(match: Match, sentence: SlottedSentence) -> bool:
    """Whether the first role's slots are names and every other side-like slot the match
    spans a pronoun: no other country named between the names and their possessive."""
    roles = match.template.roles
    names = set(match.roles.get(roles[0], ())) if roles else set()
    spanned = [t for t in sentence.tokens[match.first:match.last] if t[:2] in _SIDE_SLOTS]
    return all((t in names) != (sentence.slot(t).mention.label == "PRON") for t in spanned)


def _starts(template: Template, sentence: SlottedSentence) -> list[int]:
    """Where in the stream a match of the template can begin: at tokens it can start with."""
    firsts = template.firsts
    if not firsts:
        return list(sentence.starts)
    where = sentence.positions
    found = [at for word in firsts & sentence.vocabulary for at in where[word]]
    if "§" in firsts:
        found.extend(where["§"])
    return sorted(found)


def phrase_in(phrase: str, stream: str) -> bool:
    """Whether a phrase (tokens joined by spaces) occurs as whole tokens in a stream."""
    return f" {phrase} " in f" {stream}"
