"""Relations the coded events imply: an AID of arms makes an arms supplier, an AGREE on an
alliance allies, a third-party CONSULT a mediator, one country's troops deployed in
another a host of forces (and their withdrawal its end), joint work (COOPERATE)
partners, and troops backing another state's forces a host of them.

A negated or hypothetical event implies nothing; a future one at most a relation
`planned` (or, for arms, `contracted` where a contract is named), never one in force.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence

from belli.records import Actor, Event, Quantity
from belli.relations.document import Candidate, Document, is_state, participants
from belli.relations.sentence import SlottedSentence, tokens_of
from belli.relations.templates import Template, find_matches, phrase_in

__all__ = ["event_candidates"]

_UNREAL = frozenset({"negated", "hypothetical"})
_CUE_REACH = 10  # tokens after a trigger where its alliance or partnership cue may stand
_MAX_ITEMS = 3
_FALLBACK_PENALTY = 0.1
_MAX_EVENT_CONFIDENCE = 0.9
_COMMITMENT_REACH = 4  # tokens before a trigger where "committed to" makes it a plan
_PLACE_REACH = 6  # tokens after a trigger where its "to X" or "in X" says where it went
_FORCES_REACH = 10  # tokens from a trigger where a mention naming forces may stand
_ARMED_BODIES = frozenset({"MIL", "IGO"})
_NOT_FORCES_REACH = 4  # tokens after a deployment's trigger where "civilian" may stand
# a partnership read from joint acts, not from the word, is less sure
_COOPERATION_PENALTY = 0.15

Rule = Callable[[Document, Event, SlottedSentence], Iterator[Candidate]]


def event_candidates(doc: Document) -> Iterator[Candidate]:
    """Every relation an event of the document implies."""
    rules: Sequence[Rule] = (_arms, _alliance, _mediation, _deployment, _withdrawal,
                             _cooperation)
    for event in doc.analysis.events:
        if event.negated or _UNREAL & set(event.aux):
            continue
        index = doc.sentence_index(event.start)
        if index is None:
            continue
        sentence = doc.slotted(index)
        at = _token_of(sentence, event.trigger_start or event.start)
        if doc.window_has(sentence, at - 2, at, doc.lexicon.negators):
            continue  # "failure to sell", "refused to deploy": the act did not happen
        for rule in rules:
            yield from rule(doc, event, sentence)


def _arms(doc: Document, event: Event, sentence: SlottedSentence) -> Iterator[Candidate]:
    """An AID of arms, an AGREE to supply them, or a contract to buy them."""
    cues = doc.lexicon.events
    if event.type not in ("AID", "AGREE") or set(event.contexts) & cues.deployment_contexts:
        return
    items = [s.mention.text for s in sentence.slots if s.kind == "w"]
    arms = [p for p in cues.arms if phrase_in(p, sentence.stream)]
    at = _token_of(sentence, event.trigger_start or event.start)
    if (not items and not arms) or doc.window_has(sentence, at, at + 2, cues.not_transfers):
        return
    contract = any(phrase_in(w, sentence.stream) for w in cues.contract_words)
    why = [f"arms_supplier: {event.type} '{event.trigger}' of arms"]
    sides = _transfer_sides(doc, event, contract, why)
    if sides is None:
        return
    suppliers, recipients = sides
    confidence = min(_MAX_EVENT_CONFIDENCE, event.confidence)
    if not suppliers:
        suppliers = _origins(doc, sentence, cues.origin)
        confidence -= _FALLBACK_PENALTY
        why.append("supplier: the maker the items are named after")
    if not recipients:
        recipients = _recipient_after(doc, event, sentence)
        why.append("recipient: the state the items go to")
    if not suppliers or not recipients:
        return
    status = _arms_status(doc, event, sentence.stream, contract, event.trigger.lower())
    why.append(f"status {status}")
    quantity = _transfer_quantity(event, items, cues.arms)
    if quantity is not None:
        why.append(f"quantity '{quantity.text}'")
    yield _from_event(doc, event, sentence, "arms_supplier", suppliers, recipients,
                      confidence, why, status=status, quantity=quantity,
                      item=", ".join(list(dict.fromkeys(items))[:_MAX_ITEMS]) or arms[0])


# quantities give money as ISO 4217 codes (belli/events/quantities.py): "USD", "EUR"
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _transfer_quantity(event: Event, items: Sequence[str],
                       arms: Sequence[str]) -> Quantity | None:
    """The event's figure of the transfer: a count of its items (the counted word ends an
    item the sentence names or a word for arms: "12 attack drones", "10 aircraft"), else
    what they cost; never a count of people, nor of suppliers ("two arms suppliers")."""
    heads = {words[-1] for words in map(tokens_of, [*items, *arms]) if words}
    priced = None
    for quantity in event.quantities:
        if quantity.value is None:
            continue
        words = tokens_of(quantity.text)
        if words and words[-1] in heads:
            return quantity
        if priced is None and _CURRENCY.match(quantity.unit or ""):
            priced = quantity
    return priced


def _transfer_sides(doc: Document, event: Event, contract: bool,
                    why: list[str]) -> tuple[tuple[Actor, ...], tuple[Actor, ...]] | None:
    """(suppliers, recipients) of an arms event, or None when it transfers nothing: an
    AID gives, an AGREE to supply (intent AID) promises to give, and in a contract that
    names no supply the AGREE's source is the buyer."""
    source, target = _states(doc, event.source), _states(doc, event.target)
    if event.type == "AID":
        arms_word = event.trigger.lower() in doc.lexicon.events.arms_triggers
        return (source, target) if "military" in event.contexts or arms_word else None
    if event.intent == "AID":
        why.append("an agreement to supply")
        return source, target
    if contract:
        why.append("a contract to buy: the source buys")
        return target, source
    return None


def _arms_status(doc: Document, event: Event, stream: str, contract: bool,
                 trigger: str) -> str:
    """reported (the text passes it on), contracted or planned (agreed, promised, still to
    come), or delivered."""
    cues = doc.lexicon.events
    if event.certainty != "asserted":
        return "reported"
    if event.type == "AGREE" or "future" in event.aux:
        return "contracted" if contract else "planned"
    delivered = any(phrase_in(w, stream) for w in cues.delivery_words)
    if trigger in cues.contract_words or (contract and not delivered):
        return "contracted"
    return "delivered"


def _alliance(doc: Document, event: Event, sentence: SlottedSentence) -> Iterator[Candidate]:
    """An AGREE whose object is an alliance or a partnership ("signed a declaration on
    allied relations")."""
    if event.type != "AGREE":
        return
    cues = doc.lexicon.events
    at = _token_of(sentence, event.trigger_start or event.start)
    window = " ".join(sentence.tokens[at:at + _CUE_REACH]) + " "
    kind = ("ally" if any(phrase_in(p, window) for p in cues.alliance) else
            "partner" if any(phrase_in(p, window) for p in cues.partnership) else None)
    sources, targets = _states(doc, event.source), _states(doc, event.target)
    if kind is None or len({a.country for a in (*sources, *targets)}) < 2:
        return
    if not sources:  # the agreement names its parties as targets only
        sources, targets = targets, ()
    why = [f"{kind}: AGREE '{event.trigger}' on an {'alliance' if kind == 'ally' else kind + 'ship'}"]
    yield _from_event(doc, event, sentence, kind, sources, targets,
                      min(_MAX_EVENT_CONFIDENCE, event.confidence), why, symmetric=True,
                      status="planned" if "future" in event.aux else None)


def _mediation(doc: Document, event: Event, sentence: SlottedSentence) -> Iterator[Candidate]:
    """A third-party CONSULT, or one whose word is mediating: the source mediates between
    the targets (a target "together with" the source mediates too)."""
    cues = doc.lexicon.events
    if event.type != "CONSULT" or not (event.mode in cues.mediation_modes
                                       or event.trigger.lower() in cues.mediation_triggers):
        return
    mediators = [a for a in event.source if a.country and not a.is_location]
    parties: list[Actor] = []
    for actor in (a for a in event.target if a.country and not a.is_location):
        (mediators if _linked_as_comediator(doc, sentence, actor) else parties).append(actor)
    why = [f"mediator: CONSULT '{event.trigger}' ({event.mode or 'mediating'})"]
    confidence = min(_MAX_EVENT_CONFIDENCE, event.confidence)
    if not parties:
        parties = list(doc.parties(sentence.sentence, {m.country for m in mediators}, why))
        confidence -= _FALLBACK_PENALTY if not parties or "main conflict" in why[-1] else 0.0
    if mediators:
        yield _from_event(doc, event, sentence, "mediator", tuple(mediators), tuple(parties),
                          confidence, why,
                          status="planned" if "future" in event.aux else None)


def _deployment(doc: Document, event: Event, sentence: SlottedSentence) -> Iterator[Candidate]:
    """One country's forces deployed where another is the country of the place."""
    cues = doc.lexicon.events
    if (event.trigger.lower() not in cues.deployment_triggers
            or not _forces_moved(doc, event, sentence)):
        return
    at = _token_of(sentence, event.trigger_start or event.start)
    if doc.window_has(sentence, at, at + _NOT_FORCES_REACH, cues.not_forces):
        return  # "deploying a civilian monitoring mission": no armed forces
    host = _host(doc, event, sentence, cues.place_after)
    if host is None:
        return
    forces = _forces(doc, event, sentence, host)
    peacekeeping = bool(set(event.contexts) & cues.deployment_contexts)
    if not forces:
        return
    if not peacekeeping and any(doc.is_hostile(f.country, host.country) for f in forces):
        return
    why = [f"hosts_forces: {event.type} '{event.trigger}' of forces to {host.text}"]
    planned = "future" in event.aux or _committed(doc, event, sentence)
    if planned:
        why.append("still to come")
    yield _from_event(doc, event, sentence, "hosts_forces", (host,), forces,
                      min(_MAX_EVENT_CONFIDENCE, event.confidence), why,
                      status="planned" if planned else None)


def _forces_moved(doc: Document, event: Event, sentence: SlottedSentence) -> bool:
    """Whether the event put forces somewhere: a MOBILIZE of troops, a peacekeeping
    deployment, or military AID of troops (forces sent "to protect civilians" are coded
    as aid to the protected, and are as much a deployment)."""
    cues = doc.lexicon.events
    if event.type == "MOBILIZE" and event.mode in cues.deployment_modes:
        return True
    if event.type not in ("AID", "MOBILIZE"):
        return False
    if set(event.contexts) & cues.deployment_contexts:
        return True
    return (event.type == "AID" and _MILITARY in event.contexts
            and _troops_sent(doc, event, sentence))


_MILITARY = "military"  # the context of military aid, of arms and of troops alike


def _troops_sent(doc: Document, event: Event, sentence: SlottedSentence) -> bool:
    """Whether military aid sent troops, not arms: the givers are named as forces, or
    forces are named near the trigger, and no arms right after it ("sent weapons")."""
    cues = doc.lexicon.events
    at = _token_of(sentence, event.trigger_start or event.start)
    if doc.window_has(sentence, at, at + _PLACE_REACH, cues.arms):
        return False
    return any(_named_as_forces(doc, a) for a in event.source) or doc.window_has(
        sentence, at - _FORCES_REACH, at + _FORCES_REACH, cues.forces)


def _withdrawal(doc: Document, event: Event, sentence: SlottedSentence) -> Iterator[Candidate]:
    """Forces withdrawn from another country: the end of their stay (never a plan, and
    never a withdrawal from a treaty or a race: forces must be named)."""
    cues = doc.lexicon.events
    if (event.type != "RETREAT" or event.mode not in cues.withdrawal_modes
            or event.trigger.lower() not in cues.withdrawal_triggers or "future" in event.aux
            or _committed(doc, event, sentence)):
        return
    forces = _states(doc, event.source)
    if not forces or not _forces_named(doc, event, sentence):
        return
    host = _host(doc, event, sentence, cues.place_from, near_only=True)
    if host is None or any(doc.is_hostile(f.country, host.country) for f in forces):
        return
    why = [f"hosts_forces ended: RETREAT '{event.trigger}' from {host.text}"]
    ended = doc.event_date(event) or doc.published
    yield _from_event(doc, event, sentence, "hosts_forces", (host,), forces,
                      min(_MAX_EVENT_CONFIDENCE, event.confidence), why,
                      valid=(None, ended.split("/")[-1] if ended else None))


def _cooperation(doc: Document, event: Event,
                 sentence: SlottedSentence) -> Iterator[Candidate]:
    """Joint work between states (joint exercises, joint ventures, "closely cooperating",
    military support) makes them partners; a helper named as troops ("backed by
    Djiboutian soldiers") is rather a guest in the helped side's country."""
    cues = doc.lexicon.events
    trigger = event.trigger.lower()
    if (event.type != "COOPERATE" or trigger not in cues.cooperation_triggers
            or "future" in event.aux
            or doc.window_has(sentence, 0, len(sentence.tokens), cues.conjectures)):
        return
    troops = tuple(a for a in event.source if _named_as_forces(doc, a))
    if troops and trigger in cues.backing_triggers:
        yield from _backing_troops(doc, event, sentence, troops)
        return
    sides = _states(doc, participants(event))
    if event.certainty != "asserted" or len({a.country for a in sides}) < 2 or any(
            doc.is_hostile(a.country, b.country) for a in sides for b in sides):
        return
    why = [f"partner: COOPERATE '{event.trigger}' between them"]
    yield _from_event(doc, event, sentence, "partner", sides, (),
                      min(_MAX_EVENT_CONFIDENCE, event.confidence) - _COOPERATION_PENALTY,
                      why, symmetric=True)


def _backing_troops(doc: Document, event: Event, sentence: SlottedSentence,
                    troops: tuple[Actor, ...]) -> Iterator[Candidate]:
    """Troops backing another state's forces: that state hosts them, where the event
    happens in its country or names no place."""
    place = event.place.country if event.place is not None else None
    for host in _states(doc, event.target):
        guests = tuple(t for t in troops if t.country != host.country
                       and not doc.is_hostile(t.country, host.country))
        if not guests or place not in (None, host.country):
            continue
        why = [f"hosts_forces: troops backing {host.text} ('{event.trigger}')"]
        yield _from_event(doc, event, sentence, "hosts_forces", (host,), guests,
                          min(_MAX_EVENT_CONFIDENCE, event.confidence), why)


def _named_as_forces(doc: Document, actor: Actor) -> bool:
    """Whether the actor's own words name troops ("African Union troops")."""
    words = " ".join(tokens_of(actor.text)) + " "
    return any(phrase_in(p, words) for p in doc.lexicon.events.forces)


def _forces_named(doc: Document, event: Event, sentence: SlottedSentence) -> bool:
    """Whether the withdrawing side is military, or forces are named near the trigger."""
    if any(a.sector == "MIL" for a in event.source):
        return True
    at = _token_of(sentence, event.trigger_start or event.start)
    return doc.window_has(sentence, at - _COMMITMENT_REACH, at + _COMMITMENT_REACH,
                          doc.lexicon.events.forces)


def _committed(doc: Document, event: Event, sentence: SlottedSentence) -> bool:
    """Whether words just before the trigger make the act a commitment ("committed to
    withdraw", "is to deploy")."""
    at = _token_of(sentence, event.trigger_start or event.start)
    return doc.window_has(sentence, at - _COMMITMENT_REACH, at,
                          doc.lexicon.events.commitments)


def _from_event(doc: Document, event: Event, sentence: SlottedSentence, kind: str,
                sources: tuple[Actor, ...], targets: tuple[Actor, ...], confidence: float,
                why: list[str], *, symmetric: bool = False, status: str | None = None,
                item: str | None = None, quantity: Quantity | None = None,
                valid: tuple[str | None, str | None] | None = None) -> Candidate:
    if valid is None:
        dated = doc.event_date(event)
        valid = ((dated.split("/")[0] if dated else doc.published), None)
        why.append(f"from {'the event date' if dated else 'publication'}")
    if event.certainty != "asserted":
        why.append(f"the event is {event.certainty}")
    return Candidate(
        type=kind, sentence=sentence.sentence, sources=sources, targets=targets,
        symmetric=symmetric, item=item, status=status, valid_from=valid[0],
        valid_to=valid[1], event_ids=(event.event_id,), mention_ids=event.mention_ids,
        confidence=round(max(0.1, confidence - (0.1 if event.certainty != "asserted" else 0)),
                         2),
        reason="; ".join(why), quantity=quantity)


def _states(doc: Document, actors: Sequence[Actor]) -> tuple[Actor, ...]:
    return tuple(a for a in actors if not a.is_location and is_state(a, doc.organizations))


def _origins(doc: Document, sentence: SlottedSentence,
             templates: Sequence[Template]) -> tuple[Actor, ...]:
    """The states the sentence names as makers of its items ("Israeli drones")."""
    found = [sentence.slot(token).actor for template in templates
             for match in find_matches(template, sentence)
             for token in match.roles.get("supplier", ())]
    return tuple(a for a in found if a is not None)


def _recipient_after(doc: Document, event: Event,
                     sentence: SlottedSentence) -> tuple[Actor, ...]:
    """The state a transfer goes to, where the event coder found none: "to X" after the
    trigger ("promised to supply heavy weapons to Yerevan"), not "to X's dismay"."""
    tokens = sentence.tokens
    for n in range(_token_of(sentence, event.trigger_start or event.start), len(tokens) - 1):
        following = tokens[n + 2] if n + 2 < len(tokens) else ""
        if tokens[n] in ("to", "for") and tokens[n + 1].startswith("§s") and following != "'s":
            actor = sentence.slot(tokens[n + 1]).actor
            return (actor,) if actor is not None else ()
    return ()


def _forces(doc: Document, event: Event, sentence: SlottedSentence,
            host: Actor) -> tuple[Actor, ...]:
    """Whose forces moved: a mention naming forces ("Russian peacekeepers") nearest the
    trigger, else the event's source, else its military target ("... were deployed").
    The host's own troops deployed at home make no guest, so each choice passes over
    them (and over companies, which deploy products, not forces) to the next; beside
    the host's own, only a body named as armed (MIL, an organization) is a guest."""
    at = _token_of(sentence, event.trigger_start or event.start)
    named = []
    for n, token in enumerate(sentence.tokens):
        if not token.startswith(("§s", "§i")):
            continue
        tail = " ".join(sentence.tokens[n + 1:n + 4]) + " "
        near = abs(n - at) <= _FORCES_REACH
        if near and any(phrase_in(p, tail) for p in doc.lexicon.events.forces):
            named.append((abs(n - at), sentence.slot(token).actor))
    nearest = [a for _, a in sorted(named, key=lambda pair: pair[0])
               if a is not None and a.country != host.country]
    choices = (nearest[:1], [a for a in event.source if a.country and not a.is_location],
               [a for a in event.target if a.country and a.sector == "MIL"])
    for choice in choices:
        guests = tuple(a for a in choice if a.country != host.country and a.sector != "BUS")
        if len(guests) < len(choice):
            guests = tuple(a for a in guests if a.sector in _ARMED_BODIES)
        if guests:
            return guests
    return ()


def _host(doc: Document, event: Event, sentence: SlottedSentence, where: Template,
          near_only: bool = False) -> Actor | None:
    """The country forces went to (or left): the event's place, else the first place the
    sentence names after the trigger in a place phrase ("along the line of contact in
    Nagorno-Karabakh")."""
    at = _token_of(sentence, event.trigger_start or event.start)
    matches = find_matches(where, sentence)
    after = [m for m in matches if m.first >= at]
    # the phrase right after the act ("deployment of peacekeepers to X") says where
    # better than the event's place, which may come from elsewhere in the sentence
    near = [m for m in after if m.first - at <= _PLACE_REACH]
    place = event.place
    if near_only:
        after = near
    if not near and place is not None and place.country:
        return Actor(text=place.name, name=place.name, country=place.country,
                     reason="the event's place")
    # else the place the forces are named with before the act ("forces of the mission in
    # the Central African Republic ... have been deployed")
    before = [] if near_only else [m for m in matches
                                   if m.last <= at and at - m.last <= _FORCES_REACH]
    for match in near or after or before[-1:]:
        return next((sentence.slot(t).actor for t in match.roles.get("host", ())), None)
    return None


def _linked_as_comediator(doc: Document, sentence: SlottedSentence, actor: Actor) -> bool:
    """Whether the sentence introduces the actor with "together with" and the like."""
    for n, token in enumerate(sentence.tokens):
        if token.startswith("§") and sentence.slot(token).code == actor.country:
            before = " ".join(sentence.tokens[max(0, n - 3):n]) + " "
            if any(phrase_in(p, before) for p in doc.lexicon.events.comediator_links):
                return True
    return False


def _token_of(sentence: SlottedSentence, offset: int) -> int:
    return min(bisect_left(sentence.offsets, offset), max(0, len(sentence.tokens) - 1))
