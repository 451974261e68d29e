"""Numbers an event carries: killed, wounded, displaced, deployed, money, items.

"more than 100" -> 100 (more than), "at least 50" -> 50 (at least), "some 3,000" ->
3000 (about), "$3.5 million" -> 3500000 USD, "two billion US dollars" -> 2e9 USD,
"10 aircraft" -> 10 aircraft. The unit is what is counted: the event's outcome where
the trigger says it ("killing at least 12 civilians" -> killed), else the counted noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from belli.events.syntax import Token, lemma
from belli.records import Quantity

__all__ = ["parse_number", "quantities_near"]

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozens": 24, "hundreds": 200, "thousands": 2000,
    "scores": 40, "tens": 20,
}
# words that multiply what came before them ("two hundred", "3.5 million", "a dozen")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "k": 1e3, "m": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9}
_GROUPS = {"hundred": 100.0, "dozen": 12.0}
# plural words that are only lower bounds ("dozens of", "hundreds of")
_VAGUE = frozenset({"dozens", "hundreds", "thousands", "scores", "tens"})
_QUALIFIERS = (
    ("at least", "at least"), ("more than", "more than"), ("over", "more than"),
    ("upwards of", "more than"), ("in excess of", "more than"), ("nearly", "nearly"),
    ("almost", "nearly"), ("close to", "nearly"), ("about", "about"), ("around", "about"),
    ("some", "about"), ("roughly", "about"), ("approximately", "about"),
    ("an estimated", "about"), ("up to", "up to"), ("as many as", "up to"),
    ("fewer than", "less than"), ("less than", "less than"), ("under", "less than"),
)
_SYMBOLS = (("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₽", "RUB"), ("¥", "JPY"))
# currency words, matched as whole words (singular or plural)
_CURRENCIES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB",
               "ruble": "RUB", "manat": "AZN", "dram": "AMD", "lira": "TRY", "yuan": "CNY",
               "rupee": "INR", "shilling": "KES", "rial": "IRR", "hryvnia": "UAH", "yen": "JPY",
               "usd": "USD", "eur": "EUR", "gbp": "GBP"}
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
# trigger lemmas that say what a count of people means
_OUTCOMES = {
    "kill": "killed", "murder": "killed", "massacre": "killed", "execute": "killed",
    "death": "killed", "dead": "killed", "die": "killed", "slay": "killed",
    "wound": "wounded", "injure": "wounded", "injury": "wounded",
    "displace": "displaced", "flee": "displaced", "evacuate": "evacuated",
    "kidnap": "abducted", "abduct": "abducted", "hostage": "abducted",
    "arrest": "arrested", "detain": "arrested", "release": "released", "free": "released",
    "deploy": "deployed", "send": "sent", "station": "deployed",
}
_PEOPLE = frozenset({"people", "person", "civilian", "soldier", "troop", "militant",
                     "fighter", "passenger", "child", "woman", "man", "resident",
                     "villager", "student", "worker", "officer", "member", "personnel",
                     "refugee", "migrant", "hostage", "prisoner", "detainee", "policeman",
                     "protester", "body", "victim", "casualty", "rebel", "insurgent",
                     "gunman", "attacker", "terrorist", "girl", "boy", "schoolgirl",
                     "serviceman", "servicemen", "servicemember", "conscript", "reservist",
                     "peacekeeper", "guard", "sailor", "pilot", "marine", "commander",
                     "official", "journalist", "medic", "doctor", "citizen", "national",
                     "demonstrator", "guerrilla", "mercenary", "volunteer", "recruit",
                     "farmer", "fisherman", "shepherd", "miner", "pilgrim", "settler"})


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    qualifier: str | None
    currency: str | None


def parse_number(text: str) -> Number | None:
    """A number phrase as value, qualifier and currency; None if it holds no number."""
    lowered = " ".join(text.lower().replace("-", " ").split())
    qualifier = next((q for cue, q in _QUALIFIERS if lowered.startswith(cue + " ")), None)
    currency = _currency(lowered)
    value = _value(lowered)
    if value is None:
        return None
    if qualifier is None and any(w in _VAGUE for w in lowered.split()):
        qualifier = "at least"
    return Number(value, qualifier, currency)


def _currency(lowered: str) -> str | None:
    symbol = next((code for sign, code in _SYMBOLS if sign in lowered), None)
    if symbol is not None:
        return symbol
    words = [w.rstrip("s") for w in re.split(r"[^a-z]+", lowered) if w]
    return next((_CURRENCIES[w] for w in words if w in _CURRENCIES), None)


def _value(lowered: str) -> float | None:
    """Read left to right: "two hundred fifty" 250, "one hundred and fifty" 150, "3.5
    million" 3.5e6, "two and a half million" 2.5e6, "a dozen" 12."""
    words = [w for w in re.split(r"[\s$€£]+", lowered) if w]
    total, current, seen = 0.0, 0.0, False
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if _NUMBER.match(word):
            current += float(word.replace(",", ""))
        elif word in _WORDS:
            current += _WORDS[word]
        elif word in ("a", "an") and (after in _SCALES or after in _GROUPS):
            current += 1.0
        elif word == "half":
            current += 0.5
        elif word in _GROUPS:
            current = (current or 1.0) * _GROUPS[word]
        elif word in _SCALES and (current or seen):
            total += (current or 1.0) * _SCALES[word]
            current = 0.0
        else:
            continue
        seen = True
    return total + current if seen else None


def quantities_near(groups: Sequence[tuple[Token, Sequence[Token]]], claimed_by: str | None
                    ) -> tuple[Quantity, ...]:
    """Numbers on each trigger's phrase and its arguments' phrases; a trigger's word says
    what a count of people means ("killing 12" -> killed)."""
    out: list[Quantity] = []
    seen: set[int] = set()
    for trigger, heads in groups:
        for head in (trigger, *heads):
            for token in _number_heads(head):
                if token.i in seen:
                    continue
                seen.add(token.i)
                quantity = _quantity(token, trigger, claimed_by)
                if quantity is not None:
                    out.append(quantity)
    return tuple(out)


def _number_heads(head: Token) -> Iterable[Token]:
    """Counted nouns and money phrases under the head, one level deep through "of"."""
    candidates = [head, *(c for c in head.children if c.dep_ in ("dobj", "pobj", "nsubjpass",
                                                                 "nsubj", "attr"))]
    for prep in (c for c in head.children if c.dep_ == "prep"):
        candidates.extend(o for o in prep.children if o.dep_ == "pobj")
    for token in candidates:
        if any(c.dep_ == "nummod" or c.like_num for c in token.children) or token.ent_type_ == "MONEY":
            yield token


def _quantity(noun: Token, trigger: Token, claimed_by: str | None) -> Quantity | None:
    number = [c for c in noun.children if c.dep_ in ("nummod", "quantmod", "advmod")
              or c.like_num]
    tokens = sorted({t for c in number for t in c.subtree} | (
        {noun} if noun.ent_type_ == "MONEY" else set()), key=lambda t: t.i)
    if not tokens:
        return None
    text = str(noun.doc[tokens[0].i:noun.i + 1].text)
    parsed = parse_number(text)
    if parsed is None:
        return None
    unit = parsed.currency or _unit(noun, trigger)
    return Quantity(text=text, value=parsed.value, unit=unit, claimed_by=claimed_by,
                    qualifier=parsed.qualifier)


def _unit(noun: Token, trigger: Token) -> str:
    word = lemma(noun)
    outcome = _OUTCOMES.get(lemma(trigger))
    if outcome and word in _PEOPLE:
        return outcome
    return str(noun.lower_)
