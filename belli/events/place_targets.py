"""Targets a place or a state's own people stand for, where a draft names none: the
country where aid, a deployment, an attack or coercion happens ("peacekeepers arrived in
Bosnia") or where a promised act would be ("to ban voting in East Jerusalem"), and the
protesters' own state or the people a curfew falls on."""

from __future__ import annotations

from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.participants import Found, Participants
from belli.events.syntax import Token, lemma, objects_of, prep_objects
from belli.events.triggers import Trigger
from belli.records import Actor, Place

__all__ = ["PLACE_TARGETS", "detainer_at_place", "own_state", "place_as_target", "target_at_place"]

# types whose event acts on the country where it happens when no target is named
# ("imposed a curfew in Cizre", "peacekeepers arrived in Bosnia"); not meetings or
# agreements, whose place is only where they were held
_ON_OWN_PEOPLE = frozenset({"martial-law", "curfew"})
_HELD_IN = frozenset({"in", "at", "inside"})
# who is held by whoever took them, not by the state they are held in
_CAPTIVES = frozenset({"hostage", "captive", "abductee"})
# words that say a place is held by others than its state
_HELD_BY_OTHERS = frozenset({"occupied", "controlled", "held", "annexed", "seized"})
PLACE_TARGETS = frozenset({"AID", "MOBILIZE", "ASSAULT", "COERCE", "CONCEDE", "PROTEST",
                           "RETREAT", "SANCTION"})


def target_at_place(act: Token, people: Participants, own: set[str | None]) -> list[Found]:
    """"threatened to ban voting in East Jerusalem": the country where the act would be,
    or where what it goes to is ("contribute troops to a force in Liberia")."""
    phrases = list(prep_objects(act))
    phrases += [inner for prep, obj in phrases if prep in ("to", "for", "into")
                for inner in prep_objects(obj, deep=False)]
    for prep, obj in phrases:
        if prep in ("in", "inside", "into", "across"):
            found = people.place(obj)
            if found is not None and found[0].country and found[0].country not in own:
                place, mention = found
                why = f"the act would be in {place.name}; its country stands for the target"
                return [Found(_place_actor(place, why), mention, "place")]
    return []


def place_as_target(draft: Draft) -> None:
    """With no target named, the country where the event is stands for it, where the act
    falls on its place."""
    place = draft.place
    if draft.roles.target or place is None or not place.country:
        return
    # an announced curfew or attack ("will extend the curfew in Abidjan", a THREATEN since
    # `reframe`) falls on the same place as the act itself would; a threat from no one
    # is none
    # a protest's place is only where the protesters are ("marched IN KHARTOUM"): whom it
    # addresses is its own state (`own_state`) or none
    acts_on_place = draft.type in PLACE_TARGETS - {"PROTEST"} or (
        draft.type == "THREATEN" and draft.intent in PLACE_TARGETS and bool(draft.roles.source))
    if not acts_on_place and not (draft.type == "ACCUSE" and draft.mode == "investigate"):
        return
    why = f"the event is in {place.name}; its country stands for the target"
    draft.roles.target = [Found(_place_actor(place, why), None, "place")]
    draft.roles.how.append(f"{place.country} from the place '{place.name}'")


PROTEST_AT_OWN_STATE = "a protest with no named target addresses its own state"


def state_actor(country: str, sector: str, why: str) -> Actor:
    """A country's own state (or people) as a side no phrase names: the side a protest
    addresses, or a curfew falls on."""
    return Actor(text=country, name=country, country=country, sector=sector, reason=why)


def own_state(draft: Draft, inner: Trigger | None) -> None:
    """A protest that names no target addresses the protesters' own state (CAMEO's and
    PLOVER's convention: "workers struck" is a dyad of workers and their government);
    martial law or a curfew that names no one, imposed or threatened ("is prepared to
    impose martial law"), falls on the state's own people."""
    if draft.roles.target:
        return
    mode = _imposed_mode(draft, inner)
    if draft.type == "PROTEST":
        sector, why = "GOV", PROTEST_AT_OWN_STATE
    elif mode in _ON_OWN_PEOPLE:
        sector, why = "CVL", f"{mode} with no named target falls on the state's own people"
    else:
        return
    countries = sorted(draft.countries(draft.roles.source))
    if len(countries) == 1:
        draft.roles.target = [Found(state_actor(countries[0], sector, why), None, "place")]
        draft.roles.how.append(f"{countries[0]} {sector}: {why}")


def _imposed_mode(draft: Draft, inner: Trigger | None) -> str | None:
    """The mode of a coercion, done or announced (a threat keeps it on its trigger, or on
    the act it announces)."""
    if draft.type == "COERCE":
        return draft.mode
    if draft.type != "THREATEN" or draft.intent != "COERCE":
        return None
    return (inner.deciding.mode if inner is not None else None) or draft.trigger.deciding.mode


def detainer_at_place(draft: Draft, people: Participants) -> None:
    """"Warmbier was detained IN NORTH KOREA", "a million people have been confined in
    camps IN XINJIANG": who keeps people in custody where no one is named to is the state
    the act's own "in" puts them in; a passive that names no doer would otherwise lose
    the detention. Not captives (hostages are held by whoever took them), not a capture
    (fighters are captured by the other side), not an occupied or another's place ("in
    Russian-occupied Crimea"); and only the act's own phrase: a place elsewhere in the
    clause may be where something else happened."""
    act = draft.trigger.token
    if draft.type != "COERCE" or draft.mode != "arrest" or draft.roles.source:
        return
    if lemma(act) not in cue_list("custody_words") or _captives(act):
        return
    for prep, obj in prep_objects(act):
        found = _held_at(obj, people) if prep in _HELD_IN else None
        if found is not None and found[0].country and not _occupied(obj):
            place, mention = found
            why = f"held in {place.name}: the state it is in holds them"
            draft.roles.source = [Found(_place_actor(place, why, "GOV"), mention, "place")]
            draft.roles.how.append(f"{place.country} GOV holds them in '{place.name}'")
            return


def _captives(act: Token) -> bool:
    return any(lemma(o) in _CAPTIVES for o in objects_of(act))


def _occupied(obj: Token) -> bool:
    """"in Russian-OCCUPIED Crimea", "in rebel-HELD Goma", "Crimea, SEIZED by Russia": whose
    place it is is not told. A relative clause on the place tells something else ("in
    North Korea, which has HELD several Americans")."""
    return any(w.lower_ in _HELD_BY_OTHERS for c in obj.children if c.dep_ != "relcl"
               for w in c.subtree)


def _place_actor(place: Place, why: str, sector: str | None = None) -> Actor:
    return Actor(text=place.name, name=place.name, country=place.country, sector=sector,
                 reason=why)


def _held_at(obj: Token, people: Participants) -> tuple[Place, str | None] | None:
    """The place "in X" names, or the place the X it names is in ("in camps IN XINJIANG")."""
    found = people.place(obj)
    if found is None:
        inner = [o for p, o in prep_objects(obj, deep=False) if p in _HELD_IN]
        found = people.place(inner[0]) if inner else None
    return found
