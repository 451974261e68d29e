"""Words around a name that make it no actor's, for the actor stage
(`belli.actors.resolve`): the sides of a conflict, a storm, a sea, a thing's origin or
language ("a Russian-made drone"), who stands behind a group ("Iran-backed militias") or
leads a named body ("the Russian-led CSTO"), whose money ("US $50 million"), a stance or a scope ("pro-Russian separatists")."""

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
# "Iran-backed militias": who stands behind a group, not who acts in its name
_BACKER_WORDS = frozenset({"backed", "funded", "financed", "sponsored", "supported", "armed",
                           "trained", "allied", "aligned", "affiliated", "linked", "inspired"})
# ...unless the thing changes hands: a navy "acquiring Turkish-designed warships" gets them from Turkey
_TRANSFER_VERBS = frozenset({"acquire", "buy", "purchase", "order", "import", "receive", "obtain",
                             "supply", "deliver", "sell", "export", "provide", "send", "transfer"})


def not_an_actor(mention: Mention, span: Any) -> Mention | None:
    """The mention as it stays where its words name no actor, or None."""
    if conflict_sides(span.root):
        return mention  # "the warring parties": the sides, for the events layer to name
    if storm_name(span):
        return mention.replace(label="EVENT", actors=(), place=None)  # "Cyclone Idai"
    if natural_feature(mention, span):
        return mention  # "the Indian Ocean", "the Sea of Japan": a place, whoever it names
    if _origin_compound(span) or _leads_a_named_body(span) or _backer_compound(span):
        return mention.replace(actors=())
    return None


def _backer_compound(span: Any) -> bool:
    """A name joined by a hyphen to "backed", "funded", "armed" ("Russian-backed
    separatists", "Iran-funded militias"): it says who stands behind a group, which acts
    on its own ("Russian-backed separatists shelled Mariupol" is no Russian shelling);
    who backs whom is coded where the text tells it ("the separatists, backed by Russia")."""
    doc, end = span.doc, span.end
    return (end + 1 < len(doc) and doc[end].text == "-"
            and doc[end + 1].lower_ in _BACKER_WORDS)


def _leads_a_named_body(span: Any) -> bool:
    """A name joined by a hyphen to "led" before a body's own name ("the Russian-led
    Collective Security Treaty Organization", "the Kurdish-led Autonomous
    Administration"): it says who leads the body, which acts under its own name; before a
    common noun ("the Saudi-led coalition") the leader is the one acting, and stays."""
    doc, end = span.doc, span.end
    return (end + 2 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "led"
            and doc[end + 2].text[:1].isupper())


def _origin_compound(span: Any) -> bool:
    """A name joined by a hyphen to "made", "speaking" ("a Russian-made drone"): it says
    where a thing comes from or what language someone speaks, not whose actor it is."""
    doc, end = span.doc, span.end
    return (end + 1 < len(doc) and doc[end].text == "-"
            and doc[end + 1].lower_ in _ORIGIN_WORDS and not _changes_hands(span.root))


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
