"""The event coder: triggers, roles, modality, dates, places and numbers, as Events.

Per sentence: find the frames of reported speech, find the triggers, drop those another
trigger accounts for (`merge.unabsorbed`), read each remaining trigger's roles and
modality, apply PLOVER's conventions (`framing`) and settle the actors (`adjust`); then
drop the act a planned permission holds (`merge.unplanned`), merge what tells one real
event twice (in a sentence, `merge.merged`; across the story, `retellings.retold`), drop
a cooperation between no actors anyone can place (the tests are in `screening`), and
build the Events and Claims. Drafts with no actor go through the same
checks and are kept where the context gives them actors (`nominal.adopt_actors`). Each
event carries the reason for its type, its actors and its modality.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from spacy.tokens import Token

from belli.actors.group_country import names_supplier
from belli.events.adjust import place_unnamed, settle
from belli.events.allegation import accusation_over, denied, tell_as_alleged
from belli.events.background import background_use, is_ordinal_name, names_own_actor
from belli.events.claims import Cues, Frame, continued_quotes, find_frames, to_claims
from belli.events.confidence import scored
from belli.events.cue_lists import cue_list
from belli.events.denials import WINDOW_SENTENCES, answer_denials
from belli.events.discourse import infer_counterparts, sides_of_the_conflict
from belli.events.draft import Draft
from belli.events.event_periods import is_future, is_historical
from belli.events.framing import reframe
from belli.events.lexicon import Lexicon, Plover
from belli.events.merge import merged, unabsorbed, unplanned, unrepeated
from belli.events.modality import Modality, read_modality
from belli.events.nominal import adopt_actors
from belli.events.participants import PLACE_KINDS, Found, Participants, without_clauses
from belli.events.quantities import quantities_near
from belli.events.retellings import retold, trigger_token
from belli.events.role_record import one_side_each
from belli.events.roles import find_roles
from belli.events.screening import agentless, has_doer, placed, prevented
from belli.events.syntax import (
    clause_verb,
    is_passive,
    lemma,
    objects_of,
    prep_objects,
    subject_of,
)
from belli.events.timing import DocumentDates, date_of
from belli.events.trace import Trace
from belli.events.triggers import (
    CONDEMNATION,
    DISMISSAL,
    Trigger,
    TriggerFinder,
    names_a_date,
)
from belli.events.untold import untold
from belli.geo.events import LOCATIVES, event_place
from belli.nlp.boundaries import is_inline_heading
from belli.records import Actor, Analysis, Claim, Event, Mention, Place, content_id

__all__ = ["STAGE", "EventCoder"]

STAGE = "events.rules.v1"
_LOCATIVE = frozenset(LOCATIVES)
_PLACED_BY_OBJECT = cue_list("placed_by_object")
# prepositions on the way from a clause's verb to where its act happened
_PLACE_PREPS = _LOCATIVE | {"during", "amid"}


@dataclass
class EventCoder:
    lexicon: Lexicon
    plover: Plover
    cues: Cues
    kb: Any

    def __post_init__(self) -> None:
        self._verdicts = {**{w: CONDEMNATION for w in self.cues.condemnations},
                          **{w: DISMISSAL for w in self.cues.dismissals}}

    def code(self, analysis: Analysis, trace: Trace | None = None
             ) -> tuple[tuple[Event, ...], tuple[Claim, ...]]:
        """The article's events and claims; `trace`, where given, hears what became of
        every trigger (`belli.events.trace`)."""
        doc = analysis.parse
        if doc is None:
            return (), ()
        people = Participants(doc, analysis.mentions, self.kb, self.lexicon.containers,
                              article_text=analysis.article.text)
        finder = TriggerFinder(self.lexicon, self.plover, people, self.cues.speech,
                               self.cues.obligations, self._verdicts)
        drafted, frames = self._drafts(doc, people, finder, trace)
        # a planned permission holds the act it lets happen, whether or not that act
        # names its actors; drafts with no actor (the context may give them some) are
        # merged apart
        drafts = unplanned(drafted)
        lone = merged([d for d in drafts if not _has_actor(d)])
        drafts = merged([d for d in drafts if _has_actor(d)])
        if trace is not None:
            trace.merged(drafts + lone)  # first: a merged draft is missing from both too
            trace.drafts_dropped(drafted, drafts + lone,
                                 "the act a planned permission lets happen")
        place_unnamed(drafts, _countries(analysis, doc), analysis.mentions, people.text)
        dates = DocumentDates.of(analysis, people)
        built = [(d, self._event(d, analysis, people, dates)) for d in drafts]
        kept_ids = {e.event_id for e in unrepeated([e for _, e in built])}
        starts = [s.start_char for s in doc.sents]
        sentence_of = partial(bisect_right, starts)  # an offset's sentence
        stated = [e for _, e in built if e.event_id in kept_ids]
        answered = answer_denials(stated, sentence_of)
        alleged = {e.event_id for d, e in built if d.alleged}
        kept = [e for e in answered if e.event_id not in alleged
                or not denied(e, answered, sentence_of, WINDOW_SENTENCES)]
        if trace is not None:
            _trace_stated(trace, built, stated, answered, kept)
        kept = sides_of_the_conflict(kept, analysis.mentions, stated)
        unowned = {e.event_id for d, e in built if agentless(d.trigger)}
        casts = _cast_by_sentence(analysis.mentions, sentence_of)
        cast = partial(_sentence_cast, casts, sentence_of)
        inferred = infer_counterparts(kept, stated, cast)
        kept = [e for e in inferred if (e.event_id not in unowned or has_doer(e)) and placed(e)]
        if trace is not None:
            trace.dropped([e for e in inferred if e.event_id in unowned and not has_doer(e)], (),
                          "no doer", "a passive that names no doer")
            trace.dropped(inferred, kept, "not placed",
                          "a cooperation between no one the text identifies")
        adopted = [(d, self._event(d, analysis, people, dates)) for d in lone]
        owned = _adopted(adopted, kept, sentence_of)
        kept = sorted([*kept, *owned], key=lambda e: e.start)
        told = retold(kept, partial(trigger_token, doc))  # a story's retellings: one record
        if trace is not None:
            _trace_told(trace, adopted, owned, kept, told)
        kept = told
        built += adopted
        final = {e.event_id for e in kept}
        by_frame: dict[int, list[str]] = {}
        for draft, event in built:
            if draft.modality.frame is not None and event.event_id in final:
                by_frame.setdefault(id(draft.modality.frame), []).append(event.event_id)
        claims = to_claims(analysis.doc_id, analysis.article.text, frames, by_frame)
        # the learned confidence reads the final record: guessed sides and all
        events = scored(_linked(tuple(kept), claims))
        if trace is not None:
            trace.kept(events)
        return events, tuple(claims)

    def _drafts(self, doc: Any, people: Participants, finder: TriggerFinder,
                trace: Trace | None = None) -> tuple[list[Draft], list[Frame]]:
        """Per sentence, its frames of reported speech and the drafts of its triggers."""
        drafts: list[Draft] = []
        frames: list[Frame] = []
        sentences = list(doc.sents)
        framed = [find_frames(sentence, people, self.cues) for sentence in sentences]
        continued_quotes(sentences, framed)  # a quote that runs on keeps its speaker
        for index, (sentence, found) in enumerate(zip(sentences, framed, strict=True)):
            frames.extend(found)
            if is_inline_heading(sentence):
                if trace is not None:
                    trace.headings.add(index)
                continue  # a heading names what its section tells
            triggers = list(finder.find(sentence))
            chosen = unabsorbed(triggers, finder)
            if trace is not None:
                trace.found(index, triggers, chosen)
            for trigger in chosen:
                draft = self._draft(trigger, sentence, found, people, finder, trace)
                if draft is not None:
                    drafts.append(draft)
        return drafts, frames

    def _draft(self, trigger: Trigger, sentence: Any, frames: Sequence[Frame],
               people: Participants, finder: TriggerFinder,
               trace: Trace | None = None) -> Draft | None:
        if prevented(trigger, self.cues):
            return _no_draft(trace, trigger, "prevented: told as not done (prevented, possible, "
                             "tried, hoped for, rehearsed, asked)")
        if names_a_date(trigger.token):
            return _no_draft(trace, trigger, "a date: the word names a date")
        aside = untold(trigger)
        if aside is not None:
            return _no_draft(trace, trigger, aside)
        background = _background(trigger, people, self.cues)
        if background == "drop":
            return _no_draft(trace, trigger,
                             "background: a war or operation named to date or describe")
        if _by_commentator(trigger, people, self.cues):
            return _no_draft(trace, trigger, "a commentator: an analyst's own view")
        roles = find_roles(trigger, people, self.lexicon.attend)
        modality = read_modality(trigger, frames, self.cues)
        if modality.habitual:  # a habit or a standing trade is the relations' to tell
            return _no_draft(trace, trigger, "habitual: a habit or a standing trade")
        if _commentary(trigger, modality, self.cues):
            return _no_draft(trace, trigger, "commentary: what an analyst says will or may happen")
        if background == "historical":
            modality.add("historical", "historical: an ordinal names a past war")
        draft = Draft(trigger, sentence, trigger.type or "", trigger.deciding.mode, roles, modality)
        act = finder.embedded(trigger.token) if trigger.deciding.embedded else None
        inner = finder.at(act) if act is not None else None
        inner = inner if inner is not None and inner.type is not None else None
        draft.intent = inner.type if inner is not None else None
        draft.place = _place(trigger, people, draft)
        allegation = accusation_over(trigger.token, finder.is_accusation)
        if allegation is not None:
            tell_as_alleged(draft, allegation, people)
        reframe(draft, self.plover)
        if modality.scheduled and "future" not in modality.aux:
            # after reframing: a scheduled act keeps its own type, not a promise's
            modality.add("future", modality.scheduled)
        settle(draft, act, inner, people)
        one_side_each(draft.roles, trigger.deciding.roles == "converse" or is_passive(trigger.token))
        return draft

    def _event(self, draft: Draft, analysis: Analysis, people: Participants,
               dates: DocumentDates) -> Event:
        trigger, roles, modality = draft.trigger, draft.roles, draft.modality
        head = trigger.head
        when = date_of(trigger, dates)
        aux = list(modality.aux)
        published = analysis.article.published
        if (when is not None and is_historical(when, published)
                and not {"future", "historical"} & set(aux)):
            aux.append("historical")
            draft.why.append(f"historical: dated {when.value} ('{when.text}')")
        elif when is not None and is_future(when, published) and "future" not in aux:
            aux.append("future")
            draft.why.append(f"future: dated {when.value} ('{when.text}'), after publication")
        mode = self.plover.valid_mode(draft.type, draft.mode)
        if draft.type == "ASSAULT" and mode is None:  # "drone strikes", "fired mortars"
            mode = self.lexicon.assault_mode(_means(trigger))
        speaker = modality.attributed_to
        text, start, end = _trimmed(people.text, draft.sentence)
        # each trigger's numbers are claimed by the speaker it was told by ("the army said
        # rebels killed 12, while the rebels said they killed 40": 40 is the rebels')
        told = [(trigger, speaker.text if speaker else None), *draft.also]
        arguments = [(one.token, [t for t in (one.head, subject_of(one.token),
                                              *objects_of(one.token)) if t is not None], by)
                     for one, by in told]
        return Event(
            doc_id=analysis.doc_id,
            event_id=content_id(analysis.doc_id, "event", head.idx, draft.type),
            type=draft.type, mode=mode, quad=self.plover.quad(draft.type),
            score=self.plover.score(draft.type, mode),
            sentence=text, start=start, end=end, trigger=head.text,
            source=_actors(roles.source), target=_actors(roles.target),
            contexts=self._contexts(draft),
            date=when.value if when else None, date_text=when.text if when else None,
            date_granularity=when.granularity if when else None,
            date_type=when.how if when else None,
            place=draft.place or _borrowed_place(trigger, people, draft),
            certainty=modality.certainty, negated="negated" in aux,
            aux=tuple(aux), attributed_to=speaker,
            quantities=quantities_near(arguments),
            stage=STAGE, reason=_reason(draft, mode),
            mention_ids=tuple(dict.fromkeys(
                [*(f.mention_id for f in draft.actors if f.mention_id), *draft.mention_ids])),
            trigger_start=head.idx, trigger_end=head.idx + len(head.text),
            reciprocal=roles.reciprocal, intent=draft.intent,
        )

    def _contexts(self, draft: Draft) -> tuple[str, ...]:
        found = [*self.plover.contexts.get(draft.type, ()), *draft.trigger.deciding.contexts,
                 *draft.trigger.rule.contexts]
        if any(f.actor.sector == "MIL" for f in draft.actors):
            found.append("military")
        return tuple(dict.fromkeys(found))


def _adopted(lone: Sequence[tuple[Draft, Event]], kept: Sequence[Event],
             sentence_of: Callable[[int], int]) -> list[Event]:
    """The events of drafts with no actor that the context gives actors
    (`nominal.adopt_actors`), through the checks the others pass: not a headline's
    repeat, not an alleged act its doer denies, not a passive with no doer where none
    is supplied, not a cooperation between no one placed."""
    shown = {e.event_id for e in unrepeated([e for _, e in lone])}
    agentless_ids = {e.event_id for d, e in lone if agentless(d.trigger)}
    alleged = {e.event_id for d, e in lone if d.alleged}
    found = adopt_actors([(d.trigger, e) for d, e in lone if e.event_id in shown], kept,
                         sentence_of)
    return [e for e in found if (e.event_id not in agentless_ids or has_doer(e)) and placed(e)
            and (e.event_id not in alleged or not denied(e, kept, sentence_of, WINDOW_SENTENCES))]


def _no_draft(trace: Trace | None, trigger: Trigger, check: str) -> Draft | None:
    """No draft for the trigger; the trace, where given, hears which check refused it."""
    if trace is not None:
        trace.refused(trigger, check)
    return None


def _trace_stated(trace: Trace, built: Sequence[tuple[Draft, Event]], stated: Sequence[Event],
                  answered: Sequence[Event], kept: Sequence[Event]) -> None:
    """The built events, the repeats dropped, the denials answered and the alleged acts
    their doers deny."""
    trace.built(built)
    trace.dropped([e for _, e in built], stated, "duplicate",
                  "its sentence repeats an earlier one word for word")
    trace.renamed(stated, answered)
    trace.dropped(answered, kept, "denied", "alleged by one side, denied by its doers")


def _trace_told(trace: Trace, adopted: Sequence[tuple[Draft, Event]], owned: Sequence[Event],
                kept: Sequence[Event], told: Sequence[Event]) -> None:
    """The drafts with no actor the context did not adopt, and the retellings."""
    trace.built(adopted)
    trace.dropped([e for _, e in adopted], owned, "no actor",
                  "names no actor, and the context gives it none")
    trace.dropped(kept, told, "retelling", "the story told this event before")


def _means(trigger: Trigger) -> list[str]:
    """Words that may name how an attack was made: the trigger and its compounds, its
    object, its subject, and what it was made with ("shelled ... with artillery")."""
    head, verb = trigger.head, trigger.token
    tokens = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))]
    tokens += objects_of(verb)
    subject = subject_of(verb) if trigger.kind == "verbs" else None
    tokens += [subject] if subject is not None else []
    tokens += [o for p, o in prep_objects(verb) if p in ("with", "using", "by")]
    return [w for t in tokens for w in (t.lower_, lemma(t))]


def _commentary(trigger: Trigger, modality: Modality, cues: Cues) -> bool:
    """What an analyst or expert says will or may happen, or how things stand, is their
    analysis, not an event ("analysts say Tehran would welcome the closure"); a past act
    they tell is coded on their word."""
    frame = modality.frame
    if frame is None or not frame.speaker_text:
        return False
    words = {w.strip(",.'’").lower() for w in frame.speaker_text.split()}
    if not words & cues.commentators:
        return False
    if any(f.actor.country for f in frame.speaker):
        return False  # experts a state or an IGO sends speak for it ("UN experts say")
    return not _told_as_past(trigger.token, frame.verb)


def _by_commentator(trigger: Trigger, people: Participants, cues: Cues) -> bool:
    """An analyst's or expert's own praise, warning or worry ("security analyst X
    welcomed the move") is commentary on the news, not an act between political actors.
    Experts a state or an IGO sends ("UN experts accused ...", "Russian military experts
    trained ...") act for it."""
    subject = subject_of(trigger.token)
    if subject is None:
        return False
    if not {t.lower_ for t in without_clauses(subject)} & cues.commentators:
        # "gunmen who kidnapped two researchers": the clause tells of others
        return False
    return not any(f.actor.country for f in people.phrase(subject))


def _told_as_past(token: Token, top: Token | None) -> bool:
    """Whether a verb between the token and the verb that frames it is in a past tense
    ("had been decisive in destroying", "fired")."""
    while token != top:
        if token.tag_ == "VBD" or any(c.dep_ == "aux" and lemma(c) == "have" for c in token.children):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _background(trigger: Trigger, people: Participants, cues: Cues) -> str | None:
    """"drop" for a war or operation named only to date or describe something else; for
    one named by its ordinal or year whose own phrase says who fought, "historical" (an
    ordinal numbers a past war; a year is left to the dates) or None (see background.py)."""
    if trigger.kind != "nouns":
        return None
    use = background_use(trigger.token, cues)
    if use is None:
        return None
    if use != "name" or not names_own_actor(trigger.token, people.names_actor):
        return "drop"
    return "historical" if is_ordinal_name(trigger.token) else None


def _has_actor(draft: Draft) -> bool:
    """An event needs an actor; for an event noun a place alone is not enough ("the
    invasions of Dagestan" names no one who invaded)."""
    if not draft.actors:
        return False
    if draft.trigger.kind == "nouns":
        return any(f.how != "place" for f in draft.actors)
    return True


def _place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """The place the trigger's clause names with in/at/near/across/over."""
    heads = [trigger.head, trigger.token]
    if trigger.kind == "nouns" and trigger.token.head != trigger.token:
        heads.append(trigger.token.head)
    return (_prep_place(heads, people, draft) or _clause_place(trigger, people)
            or _object_place(trigger, people, draft))


def _prep_place(heads: list[Token], people: Participants, draft: Draft) -> Place | None:
    for head in heads:
        for prep, obj in prep_objects(head, deep=head.pos_ == "VERB"):
            if prep in _LOCATIVE:
                found = people.place(obj)
                if found is not None:
                    place, mention_id = found
                    if mention_id:
                        draft.mention_ids.append(mention_id)
                    return place
    return None


def _borrowed_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """Where the event's own clause names no place: its verb's, for a participle of
    consequence. Read once the actors are settled: a borrowed place says where, never whose
    the unnamed actors are. (Not the dateline's: a story is filed where its reporter is,
    and placing events there kept seven pairs of one event's reports apart in linking.)"""
    if _consequence(trigger.token):  # "a bomb exploded in Kabul, killing six"
        return _prep_place([trigger.token.head], people, draft)
    return None


def _object_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """The place an act is done to, where the act happens at its object ("shelled
    Kharkiv", "Goma was captured")."""
    if trigger.kind != "verbs" or draft.type.lower() not in _PLACED_BY_OBJECT:
        return None
    for obj in objects_of(trigger.token):
        found = people.place(obj)
        if found is not None and found[0].lat is not None:
            place, mention_id = found
            if mention_id:
                draft.mention_ids.append(mention_id)
            return place.replace(reason=f"the act's object: {place.reason or place.name}")
    return None


def _consequence(token: Token) -> bool:
    """A participle clause of what its verb did ("exploded in X, killing six"): it
    happened where that verb did."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ == "VERB" \
        and token.i > token.head.i


def _clause_place(trigger: Trigger, people: Participants) -> Place | None:
    """Where the parse hung no place on the trigger, a toponym its clause reaches through
    objects and place prepositions only ("detonated devices near a convoy in the town of
    X", "arrested six during a raid in X"). One inside an actor's phrase ("a Uyghur
    living in X"), a possessive ("in X's promises"), an earlier or later act ("after
    talks in X"), the act an agreement is about ("agreed to the deployment in X") or a
    target's whereabouts ("sanctions on companies in X") is not where the act happened."""
    verb = clause_verb(trigger.token)
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    inside = [m for m in people.between(start, end) if _reached(m, verb, people)]
    if not inside:
        return None
    return event_place(people.text, inside, start, end, trigger.head.idx)


def _reached(mention: Mention, verb: Token, people: Participants) -> bool:
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
    return path[-1] == verb and all(_place_link(t) for t in path[:-1])


def _place_link(token: Token) -> bool:
    if token.dep_ != "prep":
        return token.dep_ in ("pobj", "dobj")
    if token.lower_ == "of":  # "the town of X", not "accused of the bombing near X"
        return lemma(token.head) in PLACE_KINDS
    return token.lower_ in _PLACE_PREPS


def _cast_by_sentence(mentions: Sequence[Mention], sentence_of: Callable[[int], int]
                      ) -> dict[int, frozenset[str]]:
    """The countries each sentence names, in any reading of any mention (places too)."""
    found: dict[int, set[str]] = {}
    for mention in mentions:
        named = found.setdefault(sentence_of(mention.start), set())
        named.update(a.country for a in mention.actors if a.country)
    return {index: frozenset(named) for index, named in found.items()}


def _sentence_cast(casts: dict[int, frozenset[str]], sentence_of: Callable[[int], int],
                   event: Event) -> frozenset[str]:
    return casts.get(sentence_of(event.start), frozenset())


def _countries(analysis: Analysis, doc: Any) -> list[str]:
    """Every country the document names as an actor, once per mention. A place names
    where things happen, not whom the story is about: a story of Thai politics that
    tells of fighting in Myanmar's border towns is still about Thailand. Nor does a
    supplier ("rockets supplied BY IRAN") tell whose the unnamed users are."""
    actors = (m.actor for m in analysis.mentions
              if not _names_supplier(m, doc))  # `actor` searches the readings: once each
    return [a.country for a in actors
            if a is not None and a.country and a.sector != "IGO" and len(a.country) == 3]


def _names_supplier(mention: Mention, doc: Any) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and names_supplier(span.root)


def _linked(events: tuple[Event, ...], claims: Sequence[Claim]) -> tuple[Event, ...]:
    """Each event inside a claim carries the claim's id."""
    by_event = {e: c.claim_id for c in claims for e in c.event_ids}
    return tuple(e.replace(claim_id=by_event[e.event_id]) if e.event_id in by_event else e
                 for e in events)


def _actors(found: list[Found]) -> tuple[Actor, ...]:
    """Each actor once: the same country, sector and person found twice is one entry."""
    seen: set[tuple[str | None, ...]] = set()
    out = []
    for actor in (f.actor for f in found):
        key = (actor.country, actor.sector, actor.person, None if actor.country else actor.text)
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return tuple(out)


def _trimmed(text: str, sentence: Any) -> tuple[str, int, int]:
    """The sentence's text and offsets without the whitespace at its edges, cut from the
    document's `text` (a span's own `text` joins its tokens anew on every access)."""
    start = int(sentence.start_char)
    own = text[start:int(sentence.end_char)]
    start += len(own) - len(own.lstrip())
    own = own.strip()
    return own, start, start + len(own)


def _reason(draft: Draft, mode: str | None) -> str:
    trigger = draft.trigger
    rule = trigger.deciding
    label = f"{draft.type}/{mode}" if mode else draft.type
    head = f"{trigger.kind[:-1]} '{trigger.token.text}'"
    if trigger.noun is not None:
        head += f" + '{trigger.noun.text}'"
    parts = [f"{head} → {label} (lexicon {trigger.kind}.{trigger.key}{rule.describe()})"]
    if rule.note:
        parts.append(rule.note)
    parts += draft.why + draft.roles.how + draft.modality.why
    if draft.roles.reciprocal:
        parts.append("reciprocal: the actors act together")
    return "; ".join(parts)
