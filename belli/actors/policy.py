"""Partly recognized entities (PRE): how belli codes them, as a swappable setting.

Some actors govern territory that most states do not recognize: Nagorno-Karabakh
(Artsakh) until 2023, Abkhazia, South Ossetia, Transnistria, Northern Cyprus, Kosovo
for the states that do not recognize it. The knowledge base marks them with
`claimed_by` (the state that claims the territory) and `own_code` (a code of their own,
such as NKR). The `pre_policy` setting picks one of two codings:

``claimed_state`` (default, PLOVER's convention)
    The entity folds into the claimed state with sector PRE: "the Nagorno-Karabakh
    authorities" -> AZE PRE; "Karabakh separatists" -> AZE REB. Counts by country then
    put the conflict inside the state that claims the land, as the UN map does.

``own_code``
    The entity is an actor of its own: "the Nagorno-Karabakh authorities" -> NKR GOV, its
    army NKR MIL. Use it to study the de facto authorities as a party.

Ethnic separatists. "Armenian separatists" in a Karabakh story are Karabakh Armenians
fighting inside the territory Azerbaijan claims, not the Republic of Armenia. When a
document names a partly recognized entity (by any of its names: "Karabakh", "Stepanakert",
"the Karabakh Armenians"), rebels described by any nationality are
coded as the rebels of that entity under the policy (AZE REB, or NKR REB with own_code),
and the reason says so. In a document that names no such entity the adjective decides
("Armenian separatists" -> ARM REB), as it does for every other group. The entity's
bodies named without its name ("the region's authorities", "the separatist government")
follow the policy too (`belli.actors.breakaway`).

Contested place names keep every variant (Shusha/Shushi, Khankendi/Stepanakert,
Nagorno-Karabakh/Artsakh) in `Place.variants`, whatever the policy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from belli.records import Actor

__all__ = ["POLICIES", "fold_own_codes", "is_pre", "pre_actor", "pre_country", "rebels_of",
           "variants_of"]

POLICIES = ("claimed_state", "own_code")


def is_pre(entry: Any) -> bool:
    """Is this knowledge-base country entry a partly recognized entity?"""
    return bool(getattr(entry, "claimed_by", None))


def pre_country(entry: Any, policy: str) -> str:
    """The country code a PRE entry is coded with under the policy."""
    if policy == "own_code":
        return str(getattr(entry, "own_code", None) or entry.iso3)
    return str(entry.claimed_by)


def pre_actor(entry: Any, text: str, sector: str | None, policy: str, why: str) -> Actor:
    """The actor for a PRE anchor: claimed state + PRE, or its own code + its sector."""
    country = pre_country(entry, policy)
    if policy == "own_code":
        coded = sector or "GOV"
        reason = f"{why}; {entry.name} is partly recognized: own code {country} (pre_policy=own_code)"
    else:
        coded = "REB" if sector == "REB" else "PRE"
        reason = (f"{why}; {entry.name} is partly recognized, claimed by {country}: "
                  f"{country} {coded} (pre_policy=claimed_state)")
    return Actor(text=text, name=entry.name, country=country, sector=coded, reason=reason)


def fold_own_codes(actor: Actor, kb: Any, policy: str) -> Actor:
    """An actor the knowledge base codes with a PRE's own code (an Artsakh official in the
    people list, the Artsakh Defence Army among the groups) follows the policy like a
    name of the entity itself does: under `claimed_state` it becomes the claimed state
    with sector PRE (REB stays REB), role and person kept."""
    if policy == "own_code" or not actor.country:
        return actor
    try:
        entry = kb.country(actor.country)
    except KeyError:
        return actor
    if not is_pre(entry) or actor.country == entry.claimed_by:
        return actor
    country = pre_country(entry, policy)
    sector = "REB" if actor.sector == "REB" else "PRE"
    why = (f"{actor.reason}; " if actor.reason else "") + (
        f"{entry.name} is partly recognized, claimed by {country}: {country} {sector} "
        f"(pre_policy={policy})")
    return actor.replace(country=country, sector=sector, reason=why)


def rebels_of(pre_entries: Iterable[Any], policy: str) -> tuple[str, str] | None:
    """(country, why) for rebels in a document naming a PRE, or None when it names none."""
    for entry in pre_entries:
        country = pre_country(entry, policy)
        return country, (f"rebels in a document about {entry.name}, a partly recognized entity: "
                         f"coded {country} REB (pre_policy={policy})")
    return None


def variants_of(entry: Any, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Every name of a contested entity or place, the canonical one first."""
    names = [getattr(entry, "name", None), *getattr(entry, "aliases", ()), *extra]
    return tuple(dict.fromkeys(n for n in names if n))
