"""The model's attribute rules (tag -> POS and morphology, lemma exceptions), applied by
looking each word up instead of running a Matcher over it.

spaCy's AttributeRuler runs its 179 patterns through a general Matcher on every token: 7%
of the whole pipeline's time. Nearly all of them test one token's tag, lower-case form,
dependency label or space-ness, so the rules that fire on a token depend on those four
values alone: they are worked out once per distinct combination and remembered. The few
patterns over two tokens are checked where their first token matches. The outcome is
the AttributeRuler's, rule for rule: later rules win, as there (tests/test_nlp_build.py
compares every token's tag, POS, morphology, lemma and label on real stories).

A model whose rules use anything else (another attribute, an operator) keeps spaCy's own
ruler: `compile_rules` returns None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language

# token attributes the rules may test, in the order of the lookup key
_KEYED = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]
_MAX_REMEMBERED = 50_000  # distinct (tag, word, label) keys (16 MB measured); then start over

Test = Callable[[tuple[Any, ...]], bool]
Key = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class TokenTest:
    """One token's conditions, and (where one condition lists the values a word must have)
    that slot and those values, so the test is only tried on words that have one."""

    test: Test
    anchor: tuple[int, frozenset[Any]] | None


@dataclass(frozen=True, slots=True)
class Rule:
    """One AttributeRuler entry: token patterns, the attributes to set, the target index."""

    patterns: tuple[tuple[TokenTest, ...], ...]
    attrs: dict[int, Any]
    index: int


def compile_rules(ruler: Any) -> list[Rule] | None:
    """The ruler's entries as rules over the four keyed values, or None if one cannot be."""
    rules = []
    for entry, attrs, index in zip(ruler.patterns, ruler.attrs, ruler.indices, strict=True):
        patterns = [[_token_test(spec) for spec in p] for p in entry["patterns"]]
        if "_" in attrs or any(t is None for p in patterns for t in p) or any(
                not -len(p) <= index < len(p) for p in patterns):
            return None  # spaCy's ruler raises on an index outside its pattern: let it
        rules.append(Rule(tuple(tuple(t for t in p if t) for p in patterns), attrs, index))
    return rules


def _token_test(spec: dict[str, Any]) -> TokenTest | None:
    checks = [_check(name, value) for name, value in spec.items()]
    if not spec or any(c is None for c in checks):
        return None
    done = [c for c in checks if c is not None]
    return TokenTest(lambda values: all(check(values) for check in done), _anchor(spec))


def _anchor(spec: dict[str, Any]) -> tuple[int, frozenset[Any]] | None:
    # the word first, as fewer words share it, then the tag; the label and the space-ness
    # spare a new word the tests of the few rules that ask for them ("aux", "expl")
    for name in ("LOWER", "TAG", "DEP"):
        value = spec.get(name)
        if isinstance(value, str):
            return _KEYED[name], frozenset([value])
        if isinstance(value, dict) and value.keys() == {"IN"}:
            return _KEYED[name], frozenset(value["IN"])
    if spec.get("IS_SPACE") is True:
        return _KEYED["IS_SPACE"], frozenset([True])
    return None


def _check(name: str, value: Any) -> Test | None:
    slot = _KEYED.get(name)
    if slot is None:
        return None
    if not isinstance(value, dict):
        return lambda values: values[slot] == value
    if value.keys() == {"IN"}:
        allowed = frozenset(value["IN"])
        return lambda values: values[slot] in allowed
    if value.keys() == {"NOT_IN"}:
        barred = frozenset(value["NOT_IN"])
        return lambda values: values[slot] not in barred
    if value.keys() == {"REGEX"}:
        regex = re.compile(value["REGEX"])  # the Matcher searches, it does not match whole
        return lambda values: isinstance(values[slot], str) and bool(regex.search(values[slot]))
    return None


@dataclass(frozen=True, slots=True)
class _Probe:
    """A test of a token that, if it passes, fires a one-token rule or starts a longer one."""

    test: TokenTest
    rule: int
    span: tuple[TokenTest, ...] | None  # the whole pattern where it is longer than a token


class AttributeRules:
    """The pipeline component that takes the place and name of the model's attribute_ruler."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.load([])

    def load(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._probes = [_Probe(p[0], i, p if len(p) > 1 else None)
                        for i, r in enumerate(rules) for p in r.patterns]
        self._anchored: dict[tuple[int, Any], list[_Probe]] = {}
        self._anywhere = [p for p in self._probes if p.test.anchor is None]
        for probe in self._probes:
            slot, values = probe.test.anchor or (-1, frozenset())
            for value in values:
                self._anchored.setdefault((slot, value), []).append(probe)
        self._fired: dict[Key, tuple[tuple[int, ...], tuple[_Probe, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens._retokenize import set_token_attrs

        keys: list[Key] = [tuple(row) for row in doc.to_array(_ARRAY).tolist()]
        extra = self._span_hits(keys)
        for i, key in enumerate(keys):
            fired = self._fired_on(key)[0]
            if i in extra:
                fired = tuple(sorted({*fired, *extra[i]}))
            if fired:
                set_token_attrs(doc[i], self._merge(fired))
        return doc

    def _fired_on(self, key: Key) -> tuple[tuple[int, ...], tuple[_Probe, ...]]:
        """The one-token rules that fire on a word, and the longer ones it may start."""
        known = self._fired.get(key)
        if known is None:
            if len(self._fired) >= _MAX_REMEMBERED:
                self._fired.clear()
            values = self._values(key)
            passed = [p for p in self._candidates(values) if p.test.test(values)]
            known = (tuple(sorted({p.rule for p in passed if p.span is None})),
                     tuple(p for p in passed if p.span is not None))
            self._fired[key] = known
        return known

    def _candidates(self, values: tuple[Any, ...]) -> list[_Probe]:
        anchored = [self._anchored.get((slot, value), ()) for slot, value in enumerate(values)]
        return [probe for probes in anchored for probe in probes] + self._anywhere

    def _span_hits(self, keys: list[Key]) -> dict[int, set[int]]:
        """Token index -> rules over several tokens whose target is that token."""
        hits: dict[int, set[int]] = {}
        for start, key in enumerate(keys):
            for probe in self._fired_on(key)[1]:
                span = probe.span or ()
                end = start + len(span)
                if end <= len(keys) and all(test.test(self._values(keys[start + k]))
                                            for k, test in enumerate(span)):
                    target = range(start, end)[self.rules[probe.rule].index]
                    hits.setdefault(target, set()).add(probe.rule)
        return hits

    def _values(self, key: Key) -> tuple[Any, ...]:
        strings = self.vocab.strings
        return (strings[key[0]] if key[0] else "", strings[key[1]] if key[1] else "",
                strings[key[2]] if key[2] else "", bool(key[3]))

    def _merge(self, fired: tuple[int, ...]) -> dict[int, Any]:
        merged = self._merged.get(fired)
        if merged is None:
            merged = {}
            for rule in fired:  # in the ruler's order: a later rule wins
                merged.update(self.rules[rule].attrs)
            self._merged[fired] = merged
        return merged


@Language.factory("belli_attribute_rules")
def _make(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules(nlp.vocab)


def use_attribute_rules(nlp: Any) -> bool:
    """Swap the model's attribute_ruler for AttributeRules where its rules allow."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    rules = compile_rules(nlp.get_pipe("attribute_ruler"))
    if rules is None:
        return False
    nlp.replace_pipe("attribute_ruler", "belli_attribute_rules")  # keeps the name
    nlp.get_pipe("attribute_ruler").load(rules)
    return True
