"""One real event, one record: what other triggers account for, and what a sentence tells
twice.

- A trigger another one accounts for is dropped: a light verb's noun ("held TALKS"), the
  object a rule read ("lifted the BLOCKADE"), the act a request, promise or refusal is
  about ("urged X to WITHDRAW", with everything inside that clause), an alleged act
  ("accused X of ATTACKING"), what an agreement is for ("signed a deal TO BUILD a
  centre"), a verbal act reacted to ("rejected a U.S. REQUEST"), a claim denied ("denied
  claims that it CUT the gas"), an event noun that only names the kind of another ("a
  CEASEFIRE deal"). The deed a reaction's "for" phrase names stays
  ("thanked Poland for its SUPPORT"), and a trigger in a relative clause on what it
  accounts for keeps itself ("the charges, which Iran DISMISSED").
- A light verb with coordinated objects of different types does two acts ("declared
  martial law and a MOBILISATION"); "urged X to withdraw or face SANCTIONS" adds a threat
  by the one asking.
- The act a planned permission lets happen is part of the plan ("will allow a team TO
  VISIT"): coded once, as the promise.
- Two triggers of one sentence that tell the same event merge ("shelled Kharkiv,
  KILLING 12"): same type and aux (or a speech act and its own content: "WARNED it would
  not TOLERATE"), and no side names different countries; a person on one side stays
  beside another of the same country and sector on the other; acts told apart
  (`belli.events.told_apart`) never merge, and an arrest made in a raid takes the raid in.
- A sentence repeated word for word (a headline above its body), whatever its
  punctuation, codes once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from belli.actors.sectors import COMMANDING_VERBS, STATE_FORCES
from belli.events.allegation import alleged_grounds, is_denial
from belli.events.claim_asides import answers_beside, misread_as_speaker
from belli.events.cue_lists import DEFINITE, cue_list
from belli.events.disputes import denier, disputed_charge
from belli.events.draft import Draft
from belli.events.lexicon import Rule, load_plover
from belli.events.participants import Found, Participants
from belli.events.role_record import actor_key
from belli.events.role_sources import NOUN_ACTS
from belli.events.syntax import (
    children,
    embedded_verb,
    is_to_clause,
    lemma,
    objects_of,
    prep_objects,
    subject_of,
    sums_of,
)
from belli.events.told_apart import frames, told_apart
from belli.events.triggers import Trigger, TriggerFinder
from belli.events.verdicts import CONDEMNED_DEED
from belli.nlp.phrases import COREF_OWNERS
from belli.records import Event

__all__ = ["IMPLICATIVE", "commands_own_forces", "governs_embedded", "joined_lone", "merged",
           "unabsorbed", "unplanned", "unrepeated", "unrepeated_drafts"]

# verbs that report their embedded act as done: "persuaded X to accept" codes both
IMPLICATIVE = frozenset({"persuade", "convince", "force", "compel", "get", "lead"})
# verbs of permission: a planned one holds the act it lets happen
_PERMITS = frozenset({"allow", "permit", "let", "enable"})
# verbs of command, and the sectors a state commands: ordering them is acting
_COMMANDS = COMMANDING_VERBS | {"tell"}
# acts whose grounds are an allegation, not told as done
_ALLEGING = frozenset({"ACCUSE", "COERCE", "SANCTION"})
# "or FACE sanctions": verbs that name what befalls the one who does not comply, and the
# acts that make such an alternative a threat
_INCURS = frozenset({"face", "risk", "suffer", "incur"})
_PENALTIES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# acts whose purpose clause is their content, still to come: what a protest or an
# agreement is for is coded with it, not as done. (What a meeting is "to discuss" is the
# meeting told again, and merges with it.)
_PURPOSED = frozenset({"PROTEST", "AGREE"})
_THREAT = Rule(type="THREATEN", future=True)
_Told = TypeVar("_Told", Event, Draft)  # an event, or a draft before its event is built
_WORD = re.compile(r"\w+")
# prepositions of time: their object is another act, told as its time, not the verb's topic
_TIME_PREPS = frozenset({"after", "following", "before", "since", "during", "amid", "until"})
# verbal event types: as the object of another trigger they are what it reacts to
_VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE",
                     "REJECT", "THREATEN"})
# possessors that name the speaker: an act of theirs praised is no other's deed told as
# done ("praised MY decision")
_REFLEXIVE_OWNERS = frozenset({"my", "our"})


def governs_embedded(trigger: Trigger) -> bool:
    """Whether the trigger's embedded act is not told as done (asked, promised, refused,
    alleged), so it is not coded on its own."""
    rule = trigger.deciding
    if rule.embedded is not None and trigger.key not in IMPLICATIVE:
        return True
    return rule.mode == "allege" or trigger.key in ("deny", "fail", "refuse")


def unabsorbed(triggers: list[Trigger], finder: TriggerFinder) -> list[Trigger]:
    taken: set[int] = set()
    by_token = {t.token.i: t for t in triggers}
    for trigger in triggers:
        if commands_own_forces(trigger, finder.participants):
            taken.add(trigger.token.i)  # the order is the act it orders: coded on its own
            continue
        taken.update(_outside_itself(trigger, _accounted(trigger, finder, by_token)))
    # "accused X of SUPPLYING drones": the act is coded too, on the accuser's word
    # (allegation.py); the rest of its clause stays with it
    released = {act.i for t in triggers if t.type == "ACCUSE" and t.kind == "verbs"
                for act in alleged_grounds(t.token)}
    # "rejected Moscow's CLAIM that Tbilisi was behind the attack": the charge a claim
    # lays is the claimant's speech act, coded beside the denial
    released |= {t.token.i for t in triggers if t.type == "ACCUSE" and " ... " in t.key
                 and t.kind == "nouns"}
    released |= _owned_charges(triggers, finder.participants)
    # "accuses Moscow of X, an allegation Russia REJECTS": the denial beside the charge
    released |= {t.token.i for t in triggers if t.kind == "verbs" and answers_beside(t.token)}
    kept = [t for t in triggers if t.token.i not in taken or t.token.i in released]
    return _split_coordinated(kept, by_token) + _ultimatums(kept, by_token, finder)


def _owned_charges(triggers: list[Trigger], people: Participants) -> set[int]:
    """"The Kremlin dismissed ACCUSATIONS BY UKRAINE that ...", "rejected criticism FROM
    Kyiv": an accusation a denial turns down, said with an accuser other than the one
    who denies it, is the accuser's speech act, coded beside the denial (what it alleges
    stays uncoded)."""
    released = set()
    for trigger in triggers:
        verb = disputed_charge(trigger.token) if trigger.type == "ACCUSE" \
            and trigger.kind == "nouns" else None
        if verb is None:
            continue
        accusers = {actor_key(f) for f in _accusers(trigger.token, people)}
        deniers = {actor_key(f) for f in people.actors([denier(trigger.token, verb)])}
        if accusers - deniers:
            released.add(trigger.token.i)
    return released


def _accusers(noun: Any, people: Participants) -> list[Found]:
    """Whom a noun of accusation names as making it: its acting modifiers, as an act noun's
    source is read ("Ukraine's", "Armenian", "U.S."), or the object of its "by" or "from"."""
    return people.modifiers(noun, NOUN_ACTS) + people.actors(
        o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
        for o in p.children if o.dep_ == "pobj")


def _verdict_holds(trigger: Trigger, inner: Any) -> list[Any]:
    """What an act the trigger is about accounts for: all of its clause, or, for a deed
    condemned in passing, that deed alone."""
    if trigger.rule is CONDEMNED_DEED:
        return [trigger.deed] if trigger.deed is not None else []
    return list(inner.subtree)


def _accounted(trigger: Trigger, finder: TriggerFinder,
               by_token: dict[int, Trigger]) -> set[int]:
    """The tokens whose triggers this one accounts for (see the module docstring)."""
    taken: set[int] = set()
    if trigger.noun is not None:
        taken.add(trigger.noun.i)
    if trigger.head.pos_ in ("NOUN", "PROPN"):  # "a CEASEFIRE deal": the deal is the act
        taken.update(c.i for c in trigger.head.children if c.dep_ == "compound")
    if "object" in trigger.rule.conditions:
        taken.update(o.i for o in objects_of(trigger.token))
        # the same act told twice ("approved $50 billion in aid") merges, keeping both sides
        taken.update(i for i in _sum_is_in(trigger, finder)
                     if i not in by_token or by_token[i].type != trigger.type)
    if governs_embedded(trigger):
        inner = finder.embedded(trigger.token)
        if inner is not None:
            taken.update(t.i for t in _verdict_holds(trigger, inner))
    if governs_embedded(trigger) or trigger.type in _PURPOSED:
        # "demanded a meeting TO DISCUSS", "began a hunger strike TO PROTEST",
        # "signed a memorandum TO SET UP a centre"
        for purpose in _purposes(trigger.token):
            taken.update(t.i for t in purpose.subtree)
    if trigger.type in _ALLEGING:  # "arrested FOR COLLABORATING with Israel"
        taken.update(t.i for t in _grounds(trigger.token))
    if trigger.type == "REJECT" or is_denial(trigger.token.text):
        taken.update(t.i for t in _disputed(trigger.token))
    if trigger.type in _VERBAL:  # "warned Helsinki against JOINING NATO": not done
        taken.update(t.i for t in _spoken_against(trigger.token))
    praise = _reacts_to_deed(trigger)
    for obj in _objects(trigger.token, grounds=praise):
        reacted = by_token.get(obj.i)
        if reacted is not None and reacted.kind == "nouns" and reacted.type in _VERBAL \
                and not (praise and _owned(obj, reacted)):
            taken.update(t.i for t in obj.subtree)
    return taken


# names an act's "of" may give as its doer ("the visit of President Erdogan")
_DOER_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _owned(noun: Any, act: Trigger) -> bool:
    """"praised POLAND'S support for Ukraine", "condemned the visit OF President Erdogan
    to Shushi": an act praised or condemned with its doer named is that doer's deed,
    told as done, as "thanked Poland FOR its support" is. An "of" that names whom the act
    is done to ("the recognition OF Palestine") names no doer."""
    if any(c.dep_ == "poss" and c.lower_ not in _REFLEXIVE_OWNERS for c in noun.children):
        return True
    if (act.deciding.of or load_plover().of_roles.get(act.type or "")) != "source":
        return False
    return any(o.ent_type_ in _DOER_NAMES for p in noun.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _sum_is_in(trigger: Trigger, finder: TriggerFinder) -> set[int]:
    """"Suspended $95 million IN AID to Cairo": a sum the act is on stands for what it is
    in or of, which the act accounts for (the aid is suspended, not given)."""
    sums = sums_of(trigger.token, finder.lexicon)
    if not sums:
        return set()
    # the parse hangs "in aid" on the sum or on the verb
    phrases = [(p, held) for obj in sums for p, held in prep_objects(obj, deep=False)]
    phrases += [(p, held) for p, held in prep_objects(trigger.token, deep=False) if p == "in"]
    return {held.i for prep, held in phrases if prep in ("in", "of")}


def _outside_itself(trigger: Trigger, taken: set[int]) -> set[int]:
    """A trigger in a relative clause on the noun it accounts for ("the charges, which
    the ministry DISMISSED") would take itself with the noun's phrase: its own clause
    stays out of what it takes. So does the claim a denial answers beside it, which the
    parser hung under the denial ("Congo accused Rwanda, A CHARGE KIGALI DENIES")."""
    if misread_as_speaker(trigger.token):
        taken = taken - {t.i for c in children(trigger.token, "ccomp") for t in c.subtree}
    if trigger.token.i not in taken:
        return taken
    return taken - {t.i for t in trigger.token.subtree}


def _ultimatums(kept: list[Trigger], by_token: dict[int, Trigger],
                finder: TriggerFinder) -> list[Trigger]:
    """"Urged Russia to withdraw OR FACE sanctions": the alternative a request sets is a
    threat of the one asking against the one asked, coded on the request verb (so it keeps
    its sides) and typed THREATEN; the penalty itself is not done."""
    out: list[Trigger] = []
    for trigger in kept:
        inner = finder.embedded(trigger.token) if trigger.type == "REQUEST" else None
        if inner is None or trigger.kind != "verbs":
            continue
        for penalty in _penalties(inner, by_token):
            out.append(replace(trigger, noun=penalty.token, noun_rule=_THREAT))
    return out


def _penalties(act: Any, by_token: dict[int, Trigger]) -> list[Trigger]:
    """The coercion an "or face ..." alternative of the asked act names: one threat."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in act.children):
        return []
    out: list[Trigger] = []
    for other in (c for c in act.conjuncts if lemma(c) in _INCURS):
        # "face the possibility OF new sanctions": the penalty may hang below the object
        found = (by_token.get(t.i) for o in objects_of(other) for t in o.subtree)
        out.extend(f for f in found if f is not None and f.type in _PENALTIES)
    return out[:1]


def _reacts_to_deed(trigger: Trigger) -> bool:
    """A verb that reacts to a person names the deed in its "for" phrase ("thanked Poland
    FOR its support", "apologised FOR the remarks"): that deed happened and is coded on its
    own. Asking names the thing wanted there ("asked the UN FOR talks"), and a noun's "for"
    names what it is about ("support FOR talks"), and pressing or voting for something
    names what is wanted ("pressed FOR talks")."""
    if trigger.kind != "verbs":
        return False
    word = lemma(trigger.token)
    return word in cue_list("praise_verbs") or word in cue_list("deed_reaction_verbs")


def _split_coordinated(kept: list[Trigger], by_token: dict[int, Trigger]) -> list[Trigger]:
    """"Declared martial law AND a general mobilisation": a light verb with coordinated
    objects of different types does two acts; each object of another type than the verb's
    becomes a trigger of its own on the same verb, so it keeps the verb's doer. Objects of
    one type are one act ("martial law and curfews")."""
    out: list[Trigger] = []
    split: set[int] = set()
    for trigger in kept:
        out.append(trigger)
        nouns = _coordinated_nouns(trigger, by_token)
        if any(n.type == trigger.type for n in nouns):
            others = [n for n in nouns if n.type != trigger.type]
            out.extend(replace(trigger, noun=n.token, noun_rule=n.deciding) for n in others)
            split.update(n.token.i for n in others)
    return [t for t in out if t.kind != "nouns" or t.token.i not in split]


def _coordinated_nouns(trigger: Trigger, by_token: dict[int, Trigger]) -> list[Trigger]:
    """The event nouns a light verb takes as coordinated objects, its own first."""
    if trigger.kind != "verbs":
        return []
    if trigger.noun is not None:
        first = [trigger.noun]
    elif "object" in trigger.rule.conditions:
        first = objects_of(trigger.token)[:1]
    else:
        return []
    tokens = [t for head in first for t in (head, *head.conjuncts)]
    return [n for t in tokens if (n := by_token.get(t.i)) is not None and n.kind == "nouns"]


def commands_own_forces(trigger: Trigger, people: Participants) -> bool:
    """"The government ordered its military to seal the border", "Putin ordered troops to
    withdraw": a state that orders its own forces does the act itself. The order is no
    request between two actors; the act, with the forces as its doers, is the event."""
    if trigger.type != "REQUEST" or trigger.kind != "verbs" or trigger.key not in _COMMANDS:
        return False
    if embedded_verb(trigger.token) is None:
        return False
    subject = subject_of(trigger.token)
    ordered = [f for o in objects_of(trigger.token) for f in people.phrase(o)]
    if subject is None or not ordered:
        return False
    own = {f.actor.country for f in people.phrase(subject) if f.actor.country}
    # "the army", "the police": unnamed forces are the commander's own
    return bool(own) and all(f.actor.sector in STATE_FORCES and f.actor.country in own | {None}
                             for f in ordered)


def _purposes(token: Any) -> list[Any]:
    return [c for c in token.children if c.dep_ == "advcl" and is_to_clause(c)]


def _grounds(token: Any) -> list[Any]:
    """The alleged deed in "arrested for collaborating", "convicted of spying"."""
    out: list[Any] = []
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "accused X of"
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "with")):
            for deed in (c for c in prep.children if c.dep_ in ("pcomp", "pobj")):
                out.extend(deed.subtree)
    return out


def _spoken_against(token: Any) -> list[Any]:
    """The act a warning or a plea is against ("cautioned Seoul against DEPLOYING")."""
    return [t for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "against"
            for deed in prep.children if deed.dep_ == "pcomp" for t in deed.subtree]


def _disputed(token: Any) -> list[Any]:
    """The act a denial turns down as a claim: "denied claims THAT it CUT the gas",
    "rejected reports that troops had CROSSED". Alleged by one side and denied by the
    other, it is left to the two speech acts."""
    out: list[Any] = []
    for claim in _objects(token):
        for clause in (c for c in claim.children if c.dep_ in ("acl", "ccomp")):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                out.extend(clause.subtree)
    return out


def _objects(token: Any, grounds: bool = False) -> list[Any]:
    """The verb's objects and those of its prepositions; with `grounds`, not the deed a
    "for" phrase names."""
    out = list(objects_of(token))
    subject = None
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ in _TIME_PREPS:
            subject = subject or subject_of(token)
            # "FOLLOWING talks between X and Y, both sides pledged": an act of its own,
            # told new; "after THE agreement" only refers to one told before
            out.extend(o for o in prep.children
                       if o.dep_ == "pobj" and _definite(o, subject))
            continue
        if not (grounds and prep.lower_ == "for"):
            out.extend(o for o in prep.children if o.dep_ == "pobj")
    return out


def _definite(noun: Any, subject: Any) -> bool:
    """"THE agreement", "THESE attacks", "ITS talks", "after OMAN'S talks ..., Oman
    signed": an act named as one the reader knows, the clause subject's own. Another
    actor's act is told new ("following TURKEY'S talks with Sweden, Hungary ratified")."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE)
               or (c.dep_ == "poss" and _subjects_own(c, subject)) for c in noun.children)


def _subjects_own(owner: Any, subject: Any) -> bool:
    """An owner that is the subject again: a pronoun ("ITS", "THEIR"), or the same
    name ("after OMAN'S talks, Oman ...")."""
    if owner.lower_ in COREF_OWNERS:  # "after ITS talks with Iran, Oman signed"
        return True
    return subject is not None and owner.lower_ == subject.lower_


def unplanned(drafts: list[Draft]) -> list[Draft]:
    """"Baku will allow a UN team to VISIT": the act a planned permission lets happen is
    part of that plan, coded once as the promise (AGREE, future), not a second time."""
    planned: set[int] = set()
    for draft in drafts:
        if draft.trigger.key in _PERMITS and "future" in draft.modality.aux:
            act = embedded_verb(draft.trigger.token)
            if act is not None:
                planned.update(t.i for t in act.subtree)
    return [d for d in drafts if d.trigger.token.i not in planned]


def joined_lone(drafts: list[Draft], lone: list[Draft]) -> list[Draft]:
    """The drafts with no actor left once each told by a verb joined to a twin's ("the
    strike killed 45 people AND WOUNDED 100 others") is merged into that twin, which names
    its actors (the twins in `drafts` take them in place)."""
    left = []
    for draft in lone:
        twin = next((d for d in drafts if draft.trigger.token in d.trigger.token.conjuncts
                     and _same_event(d, draft)), None)
        if twin is None:
            left.append(draft)
        else:
            _fold(twin, draft)
    return left


def merged(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for draft in drafts:
        twin = next((d for d in out if _same_event(d, draft) or _in_its_sum(d, draft)), None)
        held = next((i for i, d in enumerate(out) if _in_its_sum(draft, d)), None)
        if twin is None and held is not None:  # the sum's noun came first: the verb leads
            _fold(draft, out[held])
            out[held] = draft
            continue
        if twin is not None:
            _fold(twin, draft)
            continue
        at = next((i for i, d in enumerate(out) if frames(d, draft) or frames(draft, d)), None)
        if at is None:
            out.append(draft)
        elif frames(out[at], draft):
            _fold_frame(out[at], draft)
        else:
            _fold_frame(draft, out[at])
            out[at] = draft
    return out


def _in_its_sum(act: Draft, noun: Draft) -> bool:
    """"will send 50 million euros IN humanitarian AID to Sudan": the event noun a verb's sum
    is in tells the verb's act again, whatever modes the verb's clause adds (a pledge:
    AGREE) and wherever the parser hung the recipient."""
    if noun.trigger.kind != "nouns" or act.trigger.kind == "nouns" \
            or act.sentence.start != noun.sentence.start or noun.type not in (act.type, act.intent):
        return False
    prep, verb = noun.trigger.token.head, act.trigger.token
    if noun.trigger.token.dep_ != "pobj" or prep.lower_ not in ("in", "of"):
        return False
    held_by = prep.head
    on_sum = held_by == verb or any(s.i == held_by.i for s in sums_of(verb))
    return on_sum and _compatible(act.roles.source, noun.roles.source)


def _fold_frame(act: Draft, frame: Draft) -> None:
    """The frame's doers join the act's; its place-like targets ("raids across the West
    Bank") are where, not whom, so the act keeps its own where it names any."""
    targets = act.roles.target
    _fold(act, frame)
    if targets:
        act.roles.target = targets


def _fold(twin: Draft, draft: Draft) -> None:
    """Fold a draft of the same event into its twin: sides joined, the telling kept."""
    twin.roles.source = _union(twin.roles.source, draft.roles.source)
    # the person counts: "X was ousted in a coup led by Y" keeps X beside Y
    keys = {_key(f) for f in twin.roles.source}
    twin.roles.target = [f for f in _union(twin.roles.target, draft.roles.target)
                         if _key(f) not in keys]
    if twin.place is None and draft.place is not None:
        twin.place = draft.place  # the place one telling names is the event's
    speaker = draft.modality.attributed_to
    twin.also.append((draft.trigger, speaker.text if speaker is not None else None))
    twin.why.append(f"also told by '{draft.trigger.head.text}'")


def _same_event(a: Draft, b: Draft) -> bool:
    if a.sentence.start != b.sentence.start or a.type != b.type:
        return False
    if set(a.modality.aux) != set(b.modality.aux) and not _restated(a, b):
        return False
    if told_apart(a, b):
        return False
    return _compatible(a.roles.source, b.roles.source) and _compatible(
        a.roles.target, b.roles.target, places=not _told_by_its_subject(a, b))


def _restated(a: Draft, b: Draft) -> bool:
    """A speech act whose own content tells an act of its type restates it, though the
    content's modes differ: "WARNED that it would not TOLERATE drills" is one threat. The
    terms of an agreement are each party's own commitments ("signed a statement under
    which Armenia WILL RETURN the districts"), coded apart."""
    if a.type not in _VERBAL or a.type == "AGREE":
        return False
    first, second = a.trigger.token, b.trigger.token
    return first in second.subtree or second in first.subtree


def _compatible(a: list[Found], b: list[Found], places: bool = True) -> bool:
    ca = {f.actor.country for f in a if f.actor.country and (places or f.how != "place")}
    cb = {f.actor.country for f in b if f.actor.country and (places or f.how != "place")}
    return not ca or not cb or bool(ca & cb)


def _told_by_its_subject(a: Draft, b: Draft) -> bool:
    """"An Israeli STRIKE on a Damascus building KILLED a commander of Iran's Guards": an
    act noun that is the subject of a verb of its type tells one act with it; a place it
    hits may lie in another state than whom it killed, which keeps the two tellings no
    more apart than its sides."""
    first, second = a.trigger.token, b.trigger.token
    return (first.dep_ == "nsubj" and first.head == second) or (
        second.dep_ == "nsubj" and second.head == first)


def _key(found: Found) -> tuple[str | None, str | None, str | None]:
    return found.actor.country, found.actor.sector, found.actor.person


def _union(a: list[Found], b: list[Found]) -> list[Found]:
    keys = {_key(f) for f in a}
    extra = [f for f in b if _key(f) not in keys]
    named = [f for f in [*a, *extra] if f.actor.country]
    return named or [*a, *extra]


def unrepeated(events: Sequence[Event]) -> list[Event]:
    """Events of a sentence that repeats an earlier one word for word (a headline above its
    body, a summary above the piece, whatever its dashes and quote marks) are dropped;
    events of one sentence never drop each other."""
    return _first_told(events, [((*_wording(e), e.type), e.start) for e in events])


def unrepeated_drafts(drafts: Sequence[Draft], text: str) -> list[Draft]:
    """`unrepeated` read from drafts before their events are built: the same words of
    each draft's sentence, cut from the document's `text`, and the same type."""
    return _first_told(drafts, [((*_draft_wording(d, text), d.type), d.sentence.start_char)
                                for d in drafts])


def _first_told(items: Sequence[_Told], keyed: Sequence[tuple[tuple[Any, ...], int]]
                ) -> list[_Told]:
    """The items whose (wording, start) shows no earlier sentence told the same words."""
    seen: dict[tuple[Any, ...], int] = {}
    out: list[_Told] = []
    for item, (key, start) in zip(items, keyed, strict=True):
        if seen.get(key, start) == start:
            seen[key] = start
            out.append(item)
    return out


def _wording(event: Event) -> tuple[tuple[str, ...], int]:
    """The words of the event's sentence, without case or punctuation, and how many of them
    come before its trigger."""
    at = (event.trigger_start or event.start) - event.start
    return tuple(_WORD.findall(event.sentence.lower())), len(_WORD.findall(event.sentence[:at]))


def _draft_wording(draft: Draft, text: str) -> tuple[tuple[str, ...], int]:
    """`_wording` of the event the draft will be: its sentence's edges are whitespace,
    which holds no words."""
    start = draft.sentence.start_char
    own = text[start:draft.sentence.end_char]
    return tuple(_WORD.findall(own.lower())), len(_WORD.findall(text[start:draft.trigger.head.idx]))
