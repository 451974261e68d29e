"""Words around a name that make it no actor's, for the actor stage
(`belli.actors.resolve`): the sides of a conflict, a storm, a sea, a thing's origin or
language ("a Russian-made drone"), who stands behind a group that names its own actor
("Iran-backed Houthi rebels") or leads a known body ("the Russian-led CSTO"), whose money
("US $50 million"), a stance or a scope ("pro-Russian separatists")."""

from __future__ import annotations

from typing import Any

from belli.actors.context import conflict_sides
from belli.actors.features import natural_feature, storm_name
from belli.records import Mention

__all__ = ["after_stance", "before_currency", "not_an_actor"]

_STANCES = frozenset({"anti", "pro", "pan"})  # "pan-American": a whole region, no owner
_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})
# "Russian-made drone", "French-speaking teacher": the thing's origin or a language, no actor
_ORIGIN_WORDS = frozenset({"made", "built", "manufactured", "designed", "produced", "speaking",
                           "language"})
# a body's name after "X-led" or a group's words after "X-backed": how many words are
# read, the small ones joining a name, and the kinds of knowledge-base names of a body
# that acts under its own name
_LONGEST_NAME = 6
_NAME_LINKS = frozenset({"of", "for", "and", "the"})
_BODIES = frozenset({"igo", "institution"})
# "Iran-backed Houthi rebels": who stands behind a group, not who acts in its name
_BACKER_WORDS = frozenset({"backed", "funded", "financed", "sponsored", "supported", "armed",
                           "trained"})
# ...unless the thing changes hands: a navy "acquiring Turkish-designed warships" gets them from Turkey
_TRANSFER_VERBS = frozenset({"acquire", "buy", "purchase", "order", "import", "receive", "obtain",
                             "supply", "deliver", "sell", "export", "provide", "send", "transfer"})


def not_an_actor(mention: Mention, span: Any, kb: Any) -> Mention | None:
    """The mention as it stays where its words name no actor, or None."""
    if conflict_sides(span.root):
        return mention  # "the warring parties": the sides, for the events layer to name
    if storm_name(span):
        return mention.replace(label="EVENT", actors=(), place=None)  # "Cyclone Idai"
    if natural_feature(mention, span):
        return mention  # "the Indian Ocean", "the Sea of Japan": a place, whoever it names
    word = _hyphened(span)  # "Russian-made", "Iran-backed", "Russian-led": read once
    if word is not None and (_origin_compound(span, word) or _leads_a_known_body(word, kb)
                             or _backer_compound(word, kb)):
        return mention.replace(actors=())
    return None


def _hyphened(span: Any) -> Any | None:
    """The word a name is joined to by a hyphen with no space ("Russian-made": "made");
    None where no such word follows ("Russia - backed by China - vetoed")."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ \
            or doc[end].whitespace_:
        return None
    return doc[end + 1]


def _name_after(word: Any) -> list[str]:
    """The capitalized words of the name right after `word`, and those joining them."""
    run: list[str] = []
    for token in word.doc[word.i + 1:word.i + 1 + _LONGEST_NAME]:
        if not (token.text[:1].isupper() or (run and token.lower_ in _NAME_LINKS)):
            break
        run.append(token.text)
    return run


def _known(run: list[str], kb: Any, kinds: frozenset[str] | None = None) -> bool:
    """Whether some leading part of the run is a name the knowledge base knows (of `kinds`)."""
    return any(kinds is None or m.kind in kinds for k in range(len(run), 0, -1)
               for m in kb.lookup_name(" ".join(run[:k])))


def _backer_compound(word: Any, kb: Any) -> bool:
    """A name joined by a hyphen to "backed", "funded", "armed" before a group that names
    its own actor ("Iran-backed Houthi rebels", "Turkish-backed Syrian militiamen"): it
    says who stands behind the group, which acts on its own; who backs whom is coded where
    the text tells it ("the Houthis, backed by Iran"). Before a group of no name ("Israel
    struck Iran-backed militias") the backer stays the only actor the words give."""
    return word.lower_ in _BACKER_WORDS and _known(_name_after(word), kb)


def _leads_a_known_body(word: Any, kb: Any) -> bool:
    """A name joined by a hyphen to "led" before the name of a body the knowledge base
    knows ("the Russian-led Collective Security Treaty Organization"): it says who leads
    the body, which acts under its own name. Before a common noun ("the Saudi-led
    coalition") or a name of no known body ("the French-led Barkhane force", "the
    US-led International Coalition") the leader is the one acting, and stays."""
    return word.lower_ == "led" and _known(_name_after(word), kb, _BODIES)


def _origin_compound(span: Any, word: Any) -> bool:
    """A name joined by a hyphen to "made", "speaking" ("a Russian-made drone"): it says
    where a thing comes from or what language someone speaks, not whose actor it is."""
    return word.lower_ in _ORIGIN_WORDS and not _changes_hands(span.root)


def _changes_hands(token: Any) -> bool:
    """Whether the thing the name qualifies is what a verb of transfer moves."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
            return token.lemma_.lower() in _TRANSFER_VERBS
        if token.head is token:
            return False
        token = token.head
    return False


def before_currency(span: Any) -> bool:
    """A country that only says whose dollars: "US $50 million", "Hong Kong $"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in _CURRENCY_SIGNS


def after_stance(doc: Any, start: int) -> bool:
    """A name after "anti-" or "pro-" says what a group stands for, not whose it is:
    "a prominent anti-Syria journalist" in Beirut is Lebanese."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _STANCES
