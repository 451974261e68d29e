"""Who a purchase is made with: the seller named with "from", else the maker of what is
bought ("Turkish-made drones", "warships built by Turkey", "Russia's S-400s")."""

from __future__ import annotations

from belli.events.participants import Found, Participants
from belli.events.syntax import Token, agent_of, lemma, objects_of, prep_objects

__all__ = ["PURCHASES", "made_by", "maker_of", "seller_of"]

# verbs of buying, whose other party is the seller or maker of what is bought
PURCHASES = frozenset({"buy", "purchase", "acquire", "procure", "order", "import"})
# participles that name where or by whom a thing was made ("Turkish-made", "built by")
_MAKING = frozenset({"make", "build", "design", "produce", "manufacture"})


def seller_of(verb: Token, people: Participants) -> list[Found]:
    """"agreed to buy drones FROM TURKEY", "to buy TURKISH-MADE drones", "is acquiring
    warships built by Turkey": whom a purchase is made with is the one it is bought from,
    else the maker of what is bought. A plain owner ("Azerbaijani drones") is not taken:
    it is as often the user as the maker."""
    if lemma(verb) not in PURCHASES:
        return []
    found = [f for p, o in prep_objects(verb, deep=False) if p == "from" for f in people.phrase(o)]
    for obj in objects_of(verb) if not found else ():
        found.extend(made_by(obj, people))
    return [f for f in found if not f.is_place]


def made_by(thing: Token, people: Participants) -> list[Found]:
    """"Turkish-made drones", "drones made in Israel", "drones built by Baykar"."""
    found: list[Found] = []
    for child in thing.children:
        if lemma(child) not in _MAKING:
            continue
        if child.dep_ == "amod" and child.i < thing.i:  # "Turkish-made"
            found.extend(people.modifiers(child, ("npadvmod", "amod", "compound")))
        elif child.dep_ == "acl":  # "made in Israel", "built by Baykar"
            found.extend(f for p, o in prep_objects(child, deep=False) if p in ("in", "by")
                         for f in people.phrase(o, places=True))
            agent = agent_of(child)
            found.extend(people.phrase(agent, places=True) if agent is not None else [])
    return [f if not f.is_place else Found(f.actor, f.mention_id, "mention") for f in found]


def maker_of(noun: Token, people: Participants) -> list[Found]:
    """"Egypt's purchase of jets FROM FRANCE", "India's purchase of S-400s FROM RUSSIA"
    (the parse may hang the "from" on the goods), "Ankara's purchase of RUSSIA'S S-400s":
    who the thing bought comes from; the seller named with "from" comes first."""
    goods = [o for p, o in prep_objects(noun, deep=False) if p == "of"]
    found = [f for head in [noun, *goods] for p, o in prep_objects(head, deep=False)
             if p == "from" for f in people.phrase(o)]
    for thing in goods if not found else ():
        found.extend(people.modifiers(thing, ("poss", "amod", "compound")))
    return [f for f in found if not f.is_place]
