"""One real event, one record across a document: a story retells its events ("Police
arrested the editor on Monday ... the arrest of the editor drew protests", "the G7 talks
... the talks bring together ministers"), and each retelling is the same event.

A later event is a retelling of an earlier one (`retold`) when, in another sentence:
- it has the same type, and its trigger is the same word or one derived from it (arrest,
  arrested; talks, talk; invaded, invasion: `stem`);
- each side names the same countries, or one of them names none;
- it is a material act or a meeting: a speech act told twice ("demanded", "rejected",
  "support for Ukraine") may demand, reject or back two things;
- it points back: a definite or possessed noun ("the arrest of X", "Modi's visit"), or
  a telling that names one of the same participants on the side that undergoes it ("X
  was released" twice), or, for a meeting, the same parties: one doer's two arrests or
  two attacks are two acts; where both sides give sectors, they share one ("soldiers
  killed", "civilians killed": two), and two named people or two things hit on the
  undergoing side ("arrested the editor ... arrested his brother") are two acts;
- nothing tells them apart: a negation, plan, hypothesis or past that only one has, two
  dates of their own sentences that differ ("talks on Monday and again on Friday"), two
  towns that differ, counts of one unit that differ, or a word that makes the later one
  another occurrence ("another attack", "a second round of talks", "attacked again",
  "also arrested", "two attacks", "in a separate incident"; data/retellings.yaml), or a
  plural noun after a
  singular one ("attacks" after "the attack").
The first telling keeps its record and evidence; a side, date or place it lacks is
filled from the retelling, and its reason lists where the event is told again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from belli.events.cue_lists import DEFINITE
from belli.records import Actor, Event
from belli.yamldata import word_list

__all__ = ["retold", "stem", "trigger_token"]

# aux modes that make a different claim about the event: background told as past is
# not the news told now
_CONTRASTING = frozenset({"future", "hypothetical", "negated", "historical"})
_OWN_DATES = frozenset({"clause", "sentence"})  # a date the event's own words give
_TOWNS = frozenset({"exact", "town"})
# endings a derived word adds, longest first ("invasion" -> invad, "agreement" -> agre)
_SUFFIXES = (("ation", ""), ("ition", ""), ("sion", "d"), ("tion", ""), ("ment", ""),
             ("ate", ""), ("ing", ""), ("ers", ""), ("er", ""), ("al", ""), ("ed", ""),
             ("s", ""))

TokenAt = Callable[[Event], Any]


# armed groups unnamed gunmen may belong to
_ARMED_GROUPS = frozenset({"UAF", "REB", "CRM"})
_ARMED_GROUP = "armed group"


def retold(events: Sequence[Event], token_at: TokenAt) -> list[Event]:
    """The events without their retellings, each first telling filled from its retellings.
    `token_at` gives an event's trigger token (lemma and modifiers), or None: asked once
    per event."""
    tokens = [token_at(event) for event in events]
    kept: list[tuple[Event, Any]] = []
    for event, token in zip(events, tokens, strict=True):
        at = next((i for i, (first, first_token) in enumerate(kept)
                   if _retells(first, event, (first_token, token))), None)
        if at is None:
            kept.append((event, token))
        else:
            kept[at] = (_filled(kept[at][0], event), kept[at][1])
    return [event for event, _ in kept]


def trigger_token(doc: Any, event: Event) -> Any:
    """The token of the event's trigger word in the parsed `doc`, or None."""
    if event.trigger_start is None or event.trigger_end is None:
        return None
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def stem(lemma: str) -> str:
    """The lemma without the ending a derived word adds, and without a final e."""
    word = lemma.lower()
    for ending, replacement in _SUFFIXES:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _retells(first: Event, later: Event, tokens: tuple[Any, Any]) -> bool:
    if first.type != later.type or first.start == later.start:
        return False
    if not _deed(later):
        return False  # a speaker's second demand or denial may ask or deny something else
    token = tokens[1]
    if not _same_word(first, later, *tokens) or _another_occurrence(token):
        return False
    if not (_points_back(token, first) or _shared_participant(first, later)):
        return False  # "civilians were killed" after "soldiers were killed": two acts
    return (_compatible_sides(first, later) and not _other_undergoers(first, later)
            and _same_modality(first, later) and _compatible_dates(first, later)
            and not _apart(first, later))


def _points_back(token: Any, first: Event) -> bool:
    """A definite or possessed event noun names an act the reader knows of: "the
    arrest of the editor", "Modi's visit", "the G7 talks"; one a name the first telling
    lacks introduces ("the Three Brothers-2021 exercises") is a new one."""
    if token is None or token.tag_ not in ("NN", "NNS"):
        return False
    names = [w.text for c in token.children if c.dep_ in ("compound", "nmod")
             for w in c.subtree if w.text[:1].isupper()]
    if any(name not in first.sentence for name in names):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
               for c in token.children)


def _shared_participant(a: Event, b: Event) -> bool:
    """A verb told again with one of the same named participants on the side that
    undergoes it ("Dara was released" ... "Dara was released on bail"), or a meeting of
    the same parties; one doer named twice may have done it twice ("police arrested" X
    ... "police arrested" Y)."""
    if a.type == "CONSULT":
        parties = _names(a.source + a.target)
        return bool(parties) and parties == _names(b.source + b.target)
    return bool(_names(a.target) & _names(b.target))


def _names(side: tuple[Actor, ...]) -> set[str]:
    return {_named(x) for x in side} - {""}


def _other_undergoers(a: Event, b: Event) -> bool:
    """Two people, or two things named by different common nouns, undergo the acts:
    "arrested the editor ... arrested his brother", "attacked a convoy ... attacked a
    hospital"."""
    people_a = {x.person for x in a.target if x.person}
    people_b = {x.person for x in b.target if x.person}
    if people_a and people_b and not people_a & people_b:
        return True
    heads_a, heads_b = _common_heads(a.target), _common_heads(b.target)
    return bool(heads_a and heads_b and not heads_a & heads_b)


def _common_heads(side: tuple[Actor, ...]) -> set[str]:
    """The last words of the lower-case phrases on a side ("his brother": brother)."""
    return {x.text.split()[-1].lower().removesuffix("s") for x in side
            if not x.person and x.text.strip()[:1].islower() and x.text.split()}


def _named(actor: Actor) -> str:
    """The person, or the words of a capitalised name without "the" or "'s"; not a bare
    nationality ("Azerbaijani" joins many acts)."""
    if actor.person:
        return actor.person
    if not actor.text[:1].isupper() or actor.sector is None:
        return ""
    words = re.sub(r"['’]s$", "", actor.text.strip()).split()
    return " ".join(w for w in words if w.lower() != "the").lower()


def _deed(event: Event) -> bool:
    """A material act or a meeting: what it is does not hang on words said in it."""
    return event.quad in (2, 4) or event.type == "CONSULT"


def _same_word(first: Event, later: Event, a: Any, b: Any) -> bool:
    """The same word or one derived from it (`a`, `b`: their trigger tokens or None), and
    for two nouns the same number: "attacks on settlers" are more than the one attack
    told before."""
    words = [t.lemma_ if t is not None else e.trigger for t, e in ((a, first), (b, later))]
    if a is not None and b is not None and {a.tag_, b.tag_} == {"NN", "NNS"}:
        return False
    return stem(words[0]) == stem(words[1])


def _another_occurrence(token: Any) -> bool:
    """"another attack", "a second round of talks", "attacked again", "two attacks": the
    trigger names one more occurrence, not the one told before."""
    if token is None:
        return False
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in token.children):
        return True
    near = list(token.children)
    if token.dep_ == "pobj" and token.head.dep_ == "prep":  # "a second ROUND of talks"
        near += token.head.head.children
    # "IN A SEPARATE INCIDENT, troops killed", "in another raid"
    near += [m for p in token.children if p.dep_ == "prep"
             for o in p.children if o.dep_ == "pobj" for m in o.children
             if m.dep_ in ("amod", "det")]
    return any(c.lower_ in _occurrence_words() for c in near)


def _compatible_sides(a: Event, b: Event) -> bool:
    """Each side the same (`_same_side`), and all the countries of one among those of the
    other: "exercises with Turkey and Pakistan" are not "Azerbaijan's and Turkey's"."""
    pool_a, pool_b = _codes(a.source + a.target), _codes(b.source + b.target)
    if not (pool_a <= pool_b or pool_b <= pool_a):
        return False
    if a.reciprocal or b.reciprocal:
        return _same_side(a.source + a.target, b.source + b.target)
    return _same_side(a.source, b.source) and _same_side(a.target, b.target)


def _same_side(a: tuple[Actor, ...], b: tuple[Actor, ...]) -> bool:
    """The same countries or none on one of them, and where both give sectors, one in
    common: the army's dead are not the civilians killed."""
    if not _same_or_none(_codes(a), _codes(b)):
        return False
    sectors_a = {(x.country, _armed(x.sector)) for x in a if x.country and x.sector}
    sectors_b = {(x.country, _armed(x.sector)) for x in b if x.country and x.sector}
    return not sectors_a or not sectors_b or bool(sectors_a & sectors_b)


def _armed(sector: str | None) -> str | None:
    """Gunmen no one has named (UAF) may be any armed group's: "Gunmen attacked a hotel
    ... Al-Shabab claimed responsibility for the attack" tells one attack."""
    return _ARMED_GROUP if sector in _ARMED_GROUPS else sector


def _codes(side: tuple[Actor, ...]) -> set[str]:
    return {actor.country for actor in side if actor.country}


def _same_or_none(a: set[str], b: set[str]) -> bool:
    """The same countries, or none on one side: "drills of Azerbaijan and Turkey" are not
    those of Azerbaijan, Turkey and Pakistan."""
    return a == b or not a or not b


def _same_modality(a: Event, b: Event) -> bool:
    return set(a.aux) & _CONTRASTING == set(b.aux) & _CONTRASTING and a.negated == b.negated


def _compatible_dates(a: Event, b: Event) -> bool:
    """Two dates the events' own sentences give that differ tell two events ("talks on
    Saturday ... talks again on May 3"); a date the context or the publication lends one
    of them says nothing."""
    if a.date is None or b.date is None or not {a.date_type, b.date_type} <= _OWN_DATES:
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _apart(a: Event, b: Event) -> bool:
    """Two towns, or two counts of one unit, that differ: two occurrences."""
    if (a.place is not None and b.place is not None and a.place.precision in _TOWNS
            and b.place.precision in _TOWNS and a.place.name != b.place.name):
        return True
    counts_a = {(q.unit, q.value) for q in a.quantities if q.unit and q.value is not None}
    counts_b = {(q.unit, q.value) for q in b.quantities if q.unit and q.value is not None}
    shared = {u for u, _ in counts_a} & {u for u, _ in counts_b}
    return any(not {v for u, v in counts_a if u == unit} & {v for u, v in counts_b if u == unit}
               for unit in shared)


def _filled(first: Event, later: Event) -> Event:
    """The first telling, with what it lacks taken from the retelling."""
    changes: dict[str, Any] = {
        "mention_ids": tuple(dict.fromkeys((*first.mention_ids, *later.mention_ids))),
        "reason": f"{first.reason}; also told at {later.start}-{later.end} ('{later.trigger}')",
    }
    if (not first.source and later.source) or _names_the_gunmen(first, later):
        changes["source"] = later.source
    if not first.target and later.target:
        changes["target"] = later.target
    if first.date is None and later.date is not None:
        changes.update(date=later.date, date_text=later.date_text,
                       date_granularity=later.date_granularity, date_type=later.date_type)
    if first.place is None and later.place is not None:
        changes["place"] = later.place
    return first.replace(**changes)


def _names_the_gunmen(first: Event, later: Event) -> bool:
    """Whether the retelling names the group whose gunmen the first telling left unnamed."""
    return bool(first.source) and all(x.sector == "UAF" for x in first.source) and bool(
        later.source) and all(x.sector in _ARMED_GROUPS - {"UAF"} for x in later.source)


def _occurrence_words() -> frozenset[str]:
    return word_list("belli.events", "retellings.yaml", "another_occurrence")
