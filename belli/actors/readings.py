"""From a knowledge-base name and its context to an actor or a place: pure decisions.

`read_anchor` turns one name found in a mention (a `Match` from the knowledge base)
into what it stands for here, given facts read off the parse: the mention's position in
its clause, the sector cue of its phrase, a role and a person's name. It never looks
at tokens, so every rule can be tested with hand-built facts.

The rules, each leaving a reason an analyst can read:

* a capital or metonym acting (subject, agent, possessor, object) is the government:
  "Baku launched..." -> AZE GOV, "metonym: Baku is the seat of government of AZE";
  the seat of an IGO is the IGO ("Brussels said" -> EU);
* a capital after a locative preposition ("in Baku", "flew to Baku") or modifying a
  non-actor noun ("the Baku summit") is a place: `Place(name, country)`, linked to its
  country by an actor entry with no sector whose reason starts "location, not actor"
  (`is_location_reading`): event coders must not take it for an agent;
* a country name is an actor unless it is a location ("in Syria"); on its own it is the
  state, GOV ("Pakistan" -> PAK GOV);
* a cue in the phrase sets the sector ("Azerbaijani" + "armed forces" -> MIL);
* an IGO is its own code with sector IGO ("the CSTO's Secretary General" -> CSTO IGO);
* partly recognized entities follow `pre_policy` (belli.actors.policy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from belli.actors.policy import is_pre, pre_actor, pre_country, variants_of
from belli.records import LOCATION_REASON, Actor, Place

__all__ = ["LOCATION_REASON", "Facts", "Reading", "choose_match", "is_location_reading", "read_anchor"]

ACTING = frozenset({"subject", "agent", "possessor", "object"})
_ARMED = frozenset({"MIL", "COP"})
_PLACE_KINDS = frozenset({"country", "capital", "metonym"})
_ACTOR_RANK = {"igo": 0, "institution": 1, "country": 2, "metonym": 3, "capital": 4,
               "demonym": 5, "adjective": 5, "person": 9}
_PLACE_RANK = {"country": 0, "capital": 1, "metonym": 2, "demonym": 5, "adjective": 5,
               "igo": 6, "institution": 7, "person": 9}


@dataclass(frozen=True, slots=True)
class Facts:
    """What the parse says about one mention, boiled down to strings."""

    text: str  # the mention, as the actor's text
    position: str = "other"
    cue: tuple[str, str] | None = None  # (cue phrase, sector)
    fallback: tuple[str, str] | None = None  # (sector, why) from the head noun
    role: str | None = None
    # whether the role names an office ("minister", "general"); "billionaire" or
    # "novelist" does not, so it gives no sector by itself
    role_is_office: bool = True
    person: str | None = None
    is_phrase: bool = False  # the mention has words beyond the name
    standalone: bool = False  # an adjective used as a noun ("a Palestinian was killed")
    # an organization's own name words before a state's name ("Clean Water Kenya"): a
    # non-governmental body of that state, not the state
    named_body: bool = False
    pre_rebels: tuple[str, str] | None = None  # (country, why) when the doc names a PRE
    name: str = ""  # the knowledge-base name inside the mention, for reasons

    @property
    def shown(self) -> str:
        return self.name or self.text


@dataclass(frozen=True, slots=True)
class Reading:
    """An actor, a place, or both (a capital acting keeps its place too)."""

    actor: Actor | None = None
    place: Place | None = None


def _is_igo_seat(match: Any) -> bool:
    return match.kind == "metonym" and hasattr(match.entry, "seat_metonyms")


def choose_match(matches: Sequence[Any], position: str) -> Any:
    """The reading of an ambiguous name that fits its position ("Brussels": EU or BEL)."""
    if position in ACTING:
        return min(matches, key=lambda m: -1 if _is_igo_seat(m) else _ACTOR_RANK.get(m.kind, 8))
    return min(matches, key=lambda m: 8 if _is_igo_seat(m) else _PLACE_RANK.get(m.kind, 8))


def _place(match: Any, text: str, policy: str) -> Place | None:
    entry = match.entry
    if not hasattr(entry, "iso3"):
        return None
    country = pre_country(entry, policy) if is_pre(entry) else entry.iso3
    if match.kind == "country":
        return Place(name=entry.name, country=country, feature="country",
                     variants=variants_of(entry) if is_pre(entry) else ())
    name = text[4:] if text.lower().startswith("the ") else text
    seats = {(entry.capital or "").lower(), (entry.seat or "").lower()}
    return Place(name=name, country=country, feature="capital" if name.lower() in seats else "city")


def read_anchor(match: Any, facts: Facts, policy: str) -> Reading:
    """What one knowledge-base name stands for in this mention."""
    if match.kind == "igo" or _is_igo_seat(match):
        return Reading(actor=_igo_actor(match, facts))
    if match.kind == "institution":
        if facts.position == "location" and not (facts.cue or facts.role or facts.is_phrase):
            spot = Place(name=facts.shown, country=match.code, feature="institution")
            return Reading(actor=_located(facts, match, match.code), place=spot)
        sector = match.sector or (facts.cue[1] if facts.cue else None)
        return Reading(actor=_actor(facts, match, match.code, sector,
                                    f"institution {match.entry.name} ({match.code} {sector})"))
    if match.kind in _PLACE_KINDS and _is_location(match, facts):
        place = _place(match, facts.shown, policy)
        return Reading(actor=_located(facts, match, place.country if place else match.code),
                       place=place)
    if facts.position == "destination":
        facts = replace(facts, position="object")  # a country sent to is a recipient
    actor = _state_actor(match, facts, policy)
    # a capital acting is still the city: both readings stay on the mention
    place = _place(match, facts.shown, policy) if match.kind in ("capital", "metonym") else None
    return Reading(actor=actor, place=place)


def is_location_reading(actor: Actor) -> bool:
    """Whether an actor entry only records where something happened ("in Baku")."""
    return actor.is_location


def _located(facts: Facts, match: Any, country: str | None) -> Actor:
    """The place reading's link to its country: no sector, and the reason says so.

    Coders that follow CAMEO code a place's country as a target when nobody else is
    named ("riots in Tel Aviv" -> ISR); belli keeps that link but marks it, so an event
    coder can tell "Baku launched" (an actor) from "held in Baku" (a place).
    """
    why = f"{LOCATION_REASON}: {facts.shown} ({facts.position}) is a place in {country}"
    return Actor(text=facts.text, name=getattr(match.entry, "name", None), country=country,
                 sector=None, reason=why)


def _is_location(match: Any, facts: Facts) -> bool:
    if facts.is_phrase or facts.cue or facts.role:
        return False  # "the Moscow government" acts
    if facts.position == "location":
        return True
    return match.kind != "country" and facts.position not in ACTING


def _igo_actor(match: Any, facts: Facts) -> Actor:
    """An IGO keeps sector IGO, an international NGO sector NGO (igos.csv `kind`: Amnesty,
    the ICRC), except their armed or police bodies ("UN peacekeepers": MIL)."""
    entry = match.entry
    kind = "NGO" if getattr(entry, "kind", "IGO") == "NGO" else "IGO"
    why = (f"metonym: {facts.shown} is the seat of {entry.code}" if _is_igo_seat(match)
           else f"{kind} {entry.code}")
    sector = kind
    if facts.cue:
        why += f" + cue '{facts.cue[0]}'"
        if facts.cue[1] in _ARMED:
            sector = facts.cue[1]
            why += f" → {sector}"
    return _actor(facts, match, entry.code, sector, why)


def _state_actor(match: Any, facts: Facts, policy: str) -> Actor:
    entry = match.entry
    sector, why = _sector(match, facts)
    if facts.pre_rebels and sector == "REB":
        country, rebels_why = facts.pre_rebels
        return _actor(facts, match, country, "REB", f"{why}; {rebels_why}")
    if is_pre(entry) and sector is None and match.kind == "adjective":
        # "the Karabakh issue": the entity named as a topic, not acting
        return _actor(facts, match, pre_country(entry, policy), None, f"{why} (pre_policy={policy})")
    if is_pre(entry):
        actor = pre_actor(entry, facts.text, sector, policy, why)
        return actor.replace(role=facts.role, person=facts.person)
    return _actor(facts, match, entry.iso3, sector, why)


def _sector(match: Any, facts: Facts) -> tuple[str | None, str]:
    """(sector, reason) for a state-related name in this mention."""
    kind, code, name = match.kind, match.code, facts.shown
    if facts.cue:
        cue, sector = facts.cue
        return sector, f"{kind} {name} + cue '{cue}' → {sector}"
    if kind in ("capital", "metonym"):
        sector = match.sector or "GOV"
        return sector, f"metonym: {name} is the seat of government of {code}"
    if facts.fallback:
        sector, why = facts.fallback
        return sector, f"{kind} {name}: {why} → {sector}"
    if kind == "country":
        if facts.named_body:
            # "Clean Water Kenya", "Safe Roads Nigeria": its own name before the
            # state's, and no cue of a state body or a business, is most often an NGO's
            return "NGO", f"country {name} after a body's own name words, '{facts.text}' → NGO"
        if facts.position in ACTING or facts.role or facts.person:
            return "GOV", f"country {name} as {facts.position} → the state, GOV"
        return None, f"country {name}"
    if facts.role and facts.role_is_office:
        return "GOV", f"{kind} {name} + title '{facts.role}' with no sector cue → GOV"
    if kind == "demonym" or (kind == "adjective" and facts.standalone):
        return "CVL", f"{kind} {name} names people of {code} → CVL"
    return None, f"{kind} {name}: no sector cue"


def _actor(facts: Facts, match: Any, country: str, sector: str | None, why: str) -> Actor:
    return Actor(
        text=facts.text, name=getattr(match.entry, "name", None), country=country,
        sector=sector, role=facts.role, person=facts.person, reason=why,
    )
