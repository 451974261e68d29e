"""Where an act happened, for the event coder (`belli.events.coder`): the place its
clause names with in/at/near/across/over, a toponym the clause reaches through objects
and place prepositions, or the place the act is done to ("shelled Kharkiv"), a site of
it named in the object outranking a coarser area ("raided the X refugee camp in the West
Bank"); and, once the actors are settled, the place a participle of consequence borrows
from its verb.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Token

from belli.actors.passes import mention_span
from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.participants import PLACE_KINDS, Participants
from belli.events.role_preps import aimed_at, aims_at
from belli.events.syntax import clause_verb, is_container, lemma, objects_of, prep_objects
from belli.events.triggers import Trigger
from belli.geo.events import (
    LOCATIVES,
    event_place,
    finer,
    named_as_is,
    named_inside,
    narrowest,
)
from belli.records import Mention, Place

__all__ = ["act_place", "borrowed_place"]

_LOCATIVE = frozenset(LOCATIVES)
_PLACED_BY_OBJECT = cue_list("placed_by_object")
# prepositions on the way from a clause's verb to where its act happened
_PLACE_PREPS = _LOCATIVE | {"during", "amid"}
# prepositions of what an act lands on or starts from, a place link before a site noun
_SITE_PREPS = frozenset({"on", "onto", "upon", "from", "into", "against"})
_SITES = cue_list("site_nouns")
_MEETINGS = cue_list("meeting_words")
_EXTENT = frozenset({"across", "throughout"})
_NEARBY = 300  # characters around a place within which the text may name a finer one
_HITS_PEOPLE = frozenset({"ASSAULT", "COERCE"})


def act_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """The place the trigger's clause names with in/at/near/across/over."""
    heads = [trigger.head, trigger.token]
    if trigger.kind == "nouns" and trigger.token.head != trigger.token:
        heads.append(trigger.token.head)
    place = _prep_place(heads, people, draft) or _clause_place(trigger, people)
    if place is None:
        return _object_place(trigger, people, draft) or _group_place(trigger, people, draft)
    return _site_within(trigger, place, people, draft) or place


def _group_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """Where a subject that is a group or body is ("Police in Dhaka fired"), tried only
    after the place the act is done to: "troops in Belarus shelled Chernihiv" happened in
    Chernihiv."""
    place = _clause_place(trigger, people, subject=True)
    if place is None:
        return None
    return _site_within(trigger, place, people, draft) or place


def _prep_place(heads: list[Token], people: Participants, draft: Draft) -> Place | None:
    """The first place a locative phrase of the heads names, or a finer one of the same
    country another of them names ("a town in eastern Congo near Goma": Goma)."""
    chosen: tuple[Place, str | None] | None = None
    for found in _locative_places(heads, people, draft.trigger):
        if chosen is None or finer(found[0], chosen[0]):
            chosen = found
    if chosen is None:
        return None
    place, mention_id = chosen
    if not mention_id:
        return place
    draft.mention_ids.append(mention_id)
    return _narrowed(place, mention_id, people, draft)


def _locative_places(heads: list[Token], people: Participants,
                     trigger: Trigger) -> Iterator[tuple[Place, str | None]]:
    for head in heads:
        for prep, obj in prep_objects(head, deep=head.pos_ == "VERB"):
            if prep in _LOCATIVE and not aims_at(trigger, prep, obj):
                found = _place_of(obj, people)
                if found is not None:
                    yield found


def _place_of(token: Token, people: Participants) -> tuple[Place, str | None] | None:
    """The place a toponym phrase names (`Participants.place`), or an analyst's point
    named in full whatever the model's label ("the Red Hill Checkpoint" as an ORG)."""
    found = people.place(token)
    if found is not None:
        return found
    for mention in people.by_token.get(token.i, ()):
        if mention.place is not None and mention.place.precision == "exact" \
                and named_as_is(mention):
            return mention.place, mention.mention_id
    return None


def _narrowed(place: Place, mention_id: str, people: Participants, draft: Draft) -> Place:
    """The finer place the text puts in the one found, right before it ("Kapan, in
    Armenia's Syunik province": Kapan, `belli.geo.events.narrowest`) or after a kind word
    ("the West Bank city of Hebron": Hebron), else the place."""
    container = people.mention_by_id.get(mention_id)
    if container is None:
        return place
    nearby = people.between(max(0, container.start - _NEARBY), container.end + _NEARBY)
    inner = narrowest(people.text, nearby, container)
    if inner is container or inner.place is None:
        return place
    draft.mention_ids.append(inner.mention_id)
    why = f"'{inner.text}', which the text puts in '{container.text}'"
    return inner.place.replace(reason=f"{why}: {inner.place.reason}")


def borrowed_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """Where the event's own clause names no place: its verb's, for a participle of
    consequence; a clause of the act's own moment's; else where the people it hits are
    (`_where_hit`). Read once the actors are settled: a borrowed place says where, never
    whose the unnamed actors are. (Not the dateline's: a story is filed where its reporter
    is, and placing events there kept seven pairs of one event's reports apart in linking.)"""
    if _consequence(trigger.token):  # "a bomb exploded in Kabul, killing six"
        return _prep_place([trigger.token.head], people, draft)
    for clause in _same_moment(trigger.token):
        place = _prep_place([clause], people, draft) or _reached_from(clause, trigger, people)
        if place is not None:
            return place
    return _where_hit(draft, people)


def _where_hit(draft: Draft, people: Participants) -> Place | None:
    """Where the people an attack or an arrest hits are, as its target's own phrase puts
    them ("the bombing that killed 14 PEOPLE IN KABUL", "detained activists in Minsk"):
    force reaches people where they are. Only an "in" on the phrase's own noun (not "a
    Uyghur LIVING in X", where one lives); and an assault on a place is at that place
    ("took control of the region")."""
    if draft.type not in _HITS_PEOPLE:
        return None
    for found in draft.roles.target:
        mention = people.mention_by_id.get(found.mention_id or "")
        if mention is None or mention.place is None:
            continue
        span = mention_span(people.doc, mention)
        if span is None or not _hit_itself(span.root, draft, people):
            continue
        if found.how == "mention" and _placed_in(span.root):
            # "set fire to the Swedish embassy IN BAGHDAD": where its "in" puts it, not
            # the state its name holds
            return _prep_place([span.root], people, draft) or _noted(mention, draft)
        if found.how == "place" and draft.type == "ASSAULT":
            return _noted(mention, draft)
    return None


def _noted(mention: Mention, draft: Draft) -> Place | None:
    draft.mention_ids.append(mention.mention_id)
    return mention.place


def _placed_in(noun: Token) -> bool:
    """"people IN Kabul", "schoolgirls from Chibok IN Borno": an "in" on the noun, or on
    the place its "from" names."""
    heads = [noun, *(o for p, o in prep_objects(noun, deep=False) if p == "from")]
    return any(p == "in" for head in heads for p, _ in prep_objects(head, deep=False))


def _hit_itself(noun: Token, draft: Draft, people: Participants) -> bool:
    """Whether the phrase names those hit, not the owners of what is hit: "the offices
    OF two lawyers in Kazan" may be anywhere; "the abduction OF schoolgirls in X" and
    "dozens OF activists in X" are the people themselves."""
    of = noun.head
    if of.lower_ != "of" or of.head.i == draft.trigger.token.i:
        return True
    return is_container(of.head, people.containers)


def _same_moment(verb: Token) -> list[Token]:
    """Clauses of the moment the verb's act happened, on it or on a verb coordinated with
    it: "six were killed and dozens wounded WHEN a car bomb exploded in X" happened in X,
    as did "detained WHILE covering a rally in X". Not "after" or "before" clauses (an act
    before or after may be elsewhere), nor a "while" that sets another actor's act beside
    it ("arrested protesters, while Lithuania hosted opposition leaders in Vilnius")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [clause for v in (verb, *verb.conjuncts) for clause in v.children
            if clause.dep_ == "advcl" and _of_the_moment(clause)]


def _of_the_moment(clause: Token) -> bool:
    marks = {w.lower_ for w in clause.children if w.dep_ in ("advmod", "mark")}
    if "when" in marks:
        return True
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return "while" in marks and subjectless and clause.tag_ == "VBG"


def _object_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """The place an act is done to, where the act happens at its object ("shelled
    Kharkiv", "Goma was captured")."""
    if trigger.kind != "verbs" or draft.type.lower() not in _PLACED_BY_OBJECT:
        return None
    for obj in objects_of(trigger.token):
        found = _place_of(obj, people)
        if found is not None and found[0].lat is not None:
            place, mention_id = found
            if mention_id:
                draft.mention_ids.append(mention_id)
            return place.replace(reason=f"the act's object: {place.reason or place.name}")
    return None


def _site_within(trigger: Trigger, area: Place, people: Participants,
                 draft: Draft) -> Place | None:
    """The finer place of the area's country that names the site the act is done to ("raided
    the Jenin refugee camp in the West Bank": Jenin), where the act is where its object is."""
    if trigger.kind != "verbs" or draft.type.lower() not in _PLACED_BY_OBJECT:
        return None
    for obj in objects_of(trigger.token):
        if lemma(obj) not in _SITES:
            continue
        for mention in people.by_token.get(obj.i, ()):
            place = mention.place
            if place is not None and place.lat is not None and finer(place, area):
                draft.mention_ids.append(mention.mention_id)
                why = f"'{mention.text}', the site the act is done to, in {area.name}"
                return place.replace(reason=f"{why}: {place.reason or place.name}")
    return None


def _consequence(token: Token) -> bool:
    """A participle clause of what its verb did ("exploded in X, killing six"): it
    happened where that verb did."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ == "VERB" \
        and token.i > token.head.i


def _clause_place(trigger: Trigger, people: Participants, *,
                  subject: bool = False) -> Place | None:
    """Where the parse hung no place on the trigger, a toponym its clause reaches through
    objects and place prepositions only ("detonated devices near a convoy in the town of
    X", "arrested six during a raid in X"), through a site the act lands on or starts from
    ("from a school in X"), the party a meeting is with ("talks with his counterpart in
    X") or a place of extent ("positions of the RSF across X"); with `subject`, through
    a subject that is a group or body too ("Police in X fired"). One inside an actor's phrase
    ("a Uyghur living in X"), a possessive ("in X's promises"), an earlier or later act
    ("after talks in X"), the act an agreement is about ("agreed to the deployment in X")
    or a target's whereabouts ("sanctions on companies in X", "homes of journalists in
    X") is not where the act happened."""
    return _reached_from(clause_verb(trigger.token), trigger, people, subject=subject)


def _reached_from(verb: Token, trigger: Trigger, people: Participants, *,
                  subject: bool = False) -> Place | None:
    """The place `verb`'s clause reaches (`_clause_place`), for the trigger's act."""
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    named = [named_inside(people.text, m) or m for m in people.between(start, end)]
    aimed = [t.idx for t in aimed_at(trigger)]  # "took aim AT WASHINGTON": whom, not where
    inside = [m for m in named if _reached(m, verb, people, subject=subject)
              and not any(m.start <= i < m.end for i in aimed)]
    if not inside:
        return None
    return event_place(people.text, inside, start, end, trigger.head.idx)


def _reached(mention: Mention, verb: Token, people: Participants, *,
             subject: bool = False) -> bool:
    """Whether the clause's verb reaches the toponym through place links only; with
    `subject`, through a subject that is a group or body ("Police in Dhaka fired")."""
    span = people.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "compound" and lemma(root.head) in PLACE_KINDS:
        root = root.head  # "in Cauca department"
    if root.dep_ != "pobj":
        return False
    path = [root]
    while path[-1] != verb and path[-1].head != path[-1]:
        path.append(path[-1].head)
    if path[-1] != verb:
        return False
    # "positions of the RSF across Khartoum": a place of extent spans the whole act
    extent = root.head.lower_ in _EXTENT
    links = pairwise(path[:-1])  # (the word below, the link above it), the verb left out
    # the pairs read the toponym only as a word below, so its own tie is checked here
    return root.dep_ in ("pobj", "dobj") \
        and all(_place_link(link, below, extent, subject) for below, link in links)


def _place_link(token: Token, below: Token, extent: bool, subject: bool) -> bool:
    """Whether `token`, on the way up from `below` to the clause's verb, keeps the
    toponym the act's place."""
    if token.dep_ == "nsubj":
        return subject and _group(token)
    if token.dep_ != "prep":
        return token.dep_ in ("pobj", "dobj")
    if token.lower_ == "of":  # "the town of X", not "accused of the bombing near X"
        return extent or lemma(token.head) in PLACE_KINDS
    if token.lower_ == "with":  # "talks with his counterpart in X"
        return lemma(token.head) in _MEETINGS
    if token.lower_ in _PLACE_PREPS:
        return True
    # "kidnapped students from a school in X", "strikes on villages in X"
    return token.lower_ in _SITE_PREPS and lemma(below) in _SITES


def _group(subject: Token) -> bool:
    """A subject named by a common noun, a group or body ("Police in Dhaka", "protesters
    in Lagos"): where it is, it acts; a name ("the Moscow Times") is not read so."""
    return subject.pos_ == "NOUN"
