"""National societies of an international movement: "the Kenya Red Cross" is Kenya's.

The knowledge base reads "Red Cross" as the ICRC and "Kenya" as the state, so "the head
of the Kenya Red Cross" became two actors, a government and the ICRC. A movement's
national member (data/bodies.yaml `national_societies`) named with a state, right before
it ("the Turkish Red Crescent") or after "Society of" ("the Red Cross Society of China"),
is one actor: that state's NGO. Where the model splits the two ("Turkish" NORP, "Red
Crescent" ORG), `split_societies` joins them the same way.

`local_words` are the words that make a body a town's own ("the Kadugli town council"):
the resolver reads the town named in such a body's name as its owner.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from belli.actors.context import Anchor
from belli.actors.readings import Facts
from belli.geo.candidates import COUNTRY_KINDS
from belli.records import Actor, Mention
from belli.yamldata import word_list

__all__ = ["local_words", "national_society", "split_societies"]

_FILE = "bodies.yaml"


def national_society(anchors: Sequence[Anchor], doc: Any, facts: Facts) -> Actor | None:
    """The one actor of a state's national society among a mention's names, or None."""
    for left, right in pairwise(anchors):
        pair = _society_pair(left, right, doc)
        if pair is not None:
            state, society = pair
            code = next(m.code for m in state.matches if m.kind in COUNTRY_KINDS)
            name = doc[min(left.start, right.start):max(left.end, right.end)].text
            name = name[4:] if name.lower().startswith("the ") else name
            why = f"{name}: the national society of {code} in the {_short(society)} movement → NGO"
            return Actor(text=facts.text, name=name, country=code, sector="NGO",
                         role=facts.role, person=facts.person, reason=why)
    return None


def _society_pair(left: Anchor, right: Anchor, doc: Any) -> tuple[Anchor, Anchor] | None:
    """(the state, the society) where two neighbouring names make a national society."""
    between = [t.lower_ for t in doc[left.end:right.start]]
    if not between and _is_state(left) and _is_society(right):
        return left, right  # "the Kenya Red Cross"
    glue = word_list("belli.actors", _FILE, "society_glue")
    if "of" in between and set(between) <= glue and _is_society(left) and _is_state(right):
        return right, left  # "the Red Cross Society of China"
    return None


def local_words() -> frozenset[str]:
    """Words that make a body a town's own (data/bodies.yaml `local_words`)."""
    return word_list("belli.actors", _FILE, "local_words")


def _is_state(anchor: Anchor) -> bool:
    return bool(anchor.kinds() & COUNTRY_KINDS)


def _is_society(anchor: Anchor) -> bool:
    return _short(anchor).lower() in word_list("belli.actors", _FILE, "national_societies")


def _short(anchor: Anchor) -> str:
    return anchor.text[4:] if anchor.text.lower().startswith("the ") else anchor.text


def split_societies(mentions: list[Mention], spans: list[Any], countries: Any) -> list[Mention]:
    """A state's name and a society's name the model tagged as two mentions ("Turkish"
    + "Red Crescent"): the society becomes that state's NGO, the state's name no actor."""
    out = list(mentions)
    for i in range(1, len(out)):
        before, span, prior = out[i - 1], spans[i], spans[i - 1]
        if span is None or prior is None or not before.actors or not _adjacent(prior, span):
            continue
        words = [t.lower_ for t in span if t.lower_ != "the"]
        code = before.actors[0].country
        if " ".join(words) not in word_list("belli.actors", _FILE, "national_societies") or (
                code not in countries or before.actors[0].person):
            continue
        name = span.doc[prior.start:span.end].text
        why = f"{name}: the national society of {code} in the {span.text} movement → NGO"
        out[i] = out[i].replace(actors=(Actor(text=out[i].text, name=name, country=code,
                                              sector="NGO", reason=why),))
        out[i - 1] = before.replace(actors=())
    return out


def _adjacent(prior: Any, span: Any) -> bool:
    """Whether two mentions touch, or only a possessive stands between ("Turkey's")."""
    if span.start - prior.end > 1:
        return False  # more than one word between: no need to read them
    between = [t.lower_ for t in span.doc[prior.end:span.start]]
    return between in ([], ["'s"], ["’s"])
