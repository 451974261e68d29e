"""The event coder: triggers, roles, modality, dates, places and numbers, as Events.

Per sentence: find the frames of reported speech, find the triggers, drop those another
trigger accounts for (`merge.unabsorbed`), read each remaining trigger's roles and
modality, apply PLOVER's conventions (`framing`) and settle the actors (`adjust`); then
drop the act a planned permission holds (`merge.unplanned`), merge what tells one real
event twice (in a sentence, `merge.merged`; across the story, `retellings.retold`), drop
a cooperation between no actors anyone can place (the tests are in `screening`), and
build the Events (`event_record`) and Claims. Drafts with no actor go through the same
checks and are kept where the context gives them actors (`actorless`). Each
event carries the reason for its type, its actors and its modality.

This module is the outline: `EventCoder.code` runs the steps in order and tells a
`Trace`, where given, what each step did; the steps' own work lives in the modules named.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from belli.events.act_places import act_place
from belli.events.actorless import adoptable, adopted_events, has_actor
from belli.events.adjust import place_unnamed, settle, together
from belli.events.allegation import accusation_over, denied, tell_as_alleged
from belli.events.background import background_use, is_ordinal_name, names_own_actor
from belli.events.claims import Cues, Frame, continued_quotes, find_frames, to_claims
from belli.events.commentary import by_commentator, is_commentary
from belli.events.confidence import scored
from belli.events.denials import WINDOW_SENTENCES, answer_denials
from belli.events.discourse import infer_counterparts, sides_of_the_conflict
from belli.events.document_cast import actor_countries, cast_by_sentence, sentence_cast
from belli.events.draft import Draft
from belli.events.event_record import STAGE, build_event
from belli.events.framing import reframe
from belli.events.lexicon import Lexicon, Plover
from belli.events.merge import joined_lone, merged, unabsorbed, unplanned, unrepeated
from belli.events.modality import read_modality
from belli.events.participants import Participants
from belli.events.retellings import retold, trigger_token
from belli.events.role_record import one_side_each
from belli.events.roles import find_roles
from belli.events.screening import agentless, has_doer, placed, prevented
from belli.events.syntax import is_passive
from belli.events.timing import DocumentDates
from belli.events.trace import Trace
from belli.events.triggers import (
    CONDEMNATION,
    DISMISSAL,
    Trigger,
    TriggerFinder,
    names_a_date,
)
from belli.events.untold import untold
from belli.nlp.boundaries import is_inline_heading
from belli.nlp.doc_index import known_text
from belli.records import Analysis, Claim, Event

__all__ = ["STAGE", "EventCoder"]

_NO_ACTOR = "names no actor, and the context gives it none"


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
        known_text(doc, people.text)  # the steps that read the parse's text need no join
        finder = TriggerFinder(self.lexicon, self.plover, people, self.cues.speech,
                               self.cues.obligations, self._verdicts)
        drafted, frames = self._drafts(doc, people, finder, trace)
        drafts, lone = _merged_drafts(drafted, trace)
        place_unnamed(drafts, actor_countries(analysis, doc), analysis.mentions, people.text)
        dates = DocumentDates.of(analysis, people)
        build = partial(build_event, analysis=analysis, people=people, dates=dates,
                        lexicon=self.lexicon, plover=self.plover)
        built = [(d, build(d)) for d in drafts]
        starts = [s.start_char for s in doc.sents]
        sentence_of = partial(bisect_right, starts)  # an offset's sentence
        stated, kept = _stated(built, sentence_of, trace)
        kept = _sided(built, stated, kept, analysis, sentence_of, trace)
        adopted = [(d, build(d)) for d in adoptable(lone, people.text)]
        if trace is not None:  # the others are never built: the context gives them no one
            trace.drafts_dropped(lone, [d for d, _ in adopted], _NO_ACTOR, fate="no actor")
        kept = _with_adopted(adopted, kept, doc, sentence_of, trace)
        claims = _claims(analysis, frames, [*built, *adopted], kept)
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
        if by_commentator(trigger, people, self.cues):
            return _no_draft(trace, trigger, "a commentator: an analyst's own view")
        roles = find_roles(trigger, people, self.lexicon.attend)
        modality = read_modality(trigger, frames, self.cues)
        if modality.habitual:  # a habit or a standing trade is the relations' to tell
            return _no_draft(trace, trigger, "habitual: a habit or a standing trade")
        if is_commentary(trigger, modality, self.cues):
            return _no_draft(trace, trigger, "commentary: what an analyst says will or may happen")
        if background == "historical":
            modality.add("historical", "historical: an ordinal names a past war")
        draft = Draft(trigger, sentence, trigger.type or "", trigger.deciding.mode, roles, modality)
        act = finder.embedded(trigger.token) if trigger.deciding.embedded else None
        inner = finder.at(act) if act is not None else None
        inner = inner if inner is not None and inner.type is not None else None
        draft.intent = inner.type if inner is not None else None
        draft.place = act_place(trigger, people, draft)
        allegation = accusation_over(trigger.token, finder.is_accusation)
        if allegation is not None:
            tell_as_alleged(draft, allegation, people)
        together(draft)
        reframe(draft, self.plover)
        if modality.scheduled and "future" not in modality.aux:
            # after reframing: a scheduled act keeps its own type, not a promise's
            modality.add("future", modality.scheduled)
        settle(draft, act, inner, people)
        one_side_each(draft.roles, trigger.deciding.roles == "converse" or is_passive(trigger.token))
        return draft


def _merged_drafts(drafted: list[Draft], trace: Trace | None
                   ) -> tuple[list[Draft], list[Draft]]:
    """The drafts with actors and those with none (the context may give them some), each
    merged apart, once a planned permission holds the act it lets happen, whether or not
    that act names its actors."""
    drafts = unplanned(drafted)
    acting = merged([d for d in drafts if has_actor(d)])
    lone = merged(joined_lone(acting, [d for d in drafts if not has_actor(d)]))
    drafts = acting
    if trace is not None:
        trace.merged(drafts + lone)  # first: a merged draft is missing from both too
        trace.drafts_dropped(drafted, drafts + lone,
                             "the act a planned permission lets happen")
    return drafts, lone


def _stated(built: Sequence[tuple[Draft, Event]], sentence_of: Callable[[int], int],
            trace: Trace | None) -> tuple[list[Event], list[Event]]:
    """The built events less a sentence's repeats (`stated`), and of those, denials
    answered, the ones left once the alleged acts their doers deny are dropped."""
    kept_ids = {e.event_id for e in unrepeated([e for _, e in built])}
    stated = [e for _, e in built if e.event_id in kept_ids]
    answered = answer_denials(stated, sentence_of)
    alleged = {e.event_id for d, e in built if d.alleged}
    kept = [e for e in answered if e.event_id not in alleged
            or not denied(e, answered, sentence_of, WINDOW_SENTENCES)]
    if trace is not None:
        trace.built(built)
        trace.dropped([e for _, e in built], stated, "duplicate",
                      "its sentence repeats an earlier one word for word")
        trace.renamed(stated, answered)
        trace.dropped(answered, kept, "denied", "alleged by one side, denied by its doers")
    return stated, kept


def _sided(built: Sequence[tuple[Draft, Event]], stated: Sequence[Event], kept: list[Event],
           analysis: Analysis, sentence_of: Callable[[int], int],
           trace: Trace | None) -> list[Event]:
    """The events with the sides the whole story tells (`discourse`), less a passive
    that names no doer where none is supplied and a cooperation between no one placed."""
    kept = sides_of_the_conflict(kept, analysis.mentions, stated)
    unowned = {e.event_id for d, e in built if agentless(d.trigger)}
    casts = cast_by_sentence(analysis.mentions, sentence_of)
    cast = partial(sentence_cast, casts, sentence_of)
    inferred = infer_counterparts(kept, stated, cast)
    kept = [e for e in inferred if (e.event_id not in unowned or has_doer(e)) and placed(e)]
    if trace is not None:
        trace.dropped([e for e in inferred if e.event_id in unowned and not has_doer(e)], (),
                      "no doer", "a passive that names no doer")
        trace.dropped(inferred, kept, "not placed",
                      "a cooperation between no one the text identifies")
    return kept


def _with_adopted(adopted: Sequence[tuple[Draft, Event]], kept: list[Event], doc: Any,
                  sentence_of: Callable[[int], int], trace: Trace | None) -> list[Event]:
    """The events in text order with those of drafts with no actor the context adopts,
    a story's retellings of one event made one record."""
    owned = adopted_events(adopted, kept, sentence_of)
    kept = sorted([*kept, *owned], key=lambda e: e.start)
    told = retold(kept, partial(trigger_token, doc))
    if trace is not None:
        trace.built(adopted)
        trace.dropped([e for _, e in adopted], owned, "no actor", _NO_ACTOR)
        trace.dropped(kept, told, "retelling", "the story told this event before")
    return told


def _claims(analysis: Analysis, frames: Sequence[Frame],
            built: Sequence[tuple[Draft, Event]], kept: Sequence[Event]) -> list[Claim]:
    """The claims of the frames of reported speech, each with the kept events told in it."""
    final = {e.event_id for e in kept}
    by_frame: dict[int, list[str]] = {}
    for draft, event in built:
        if draft.modality.frame is not None and event.event_id in final:
            by_frame.setdefault(id(draft.modality.frame), []).append(event.event_id)
    return to_claims(analysis.doc_id, analysis.article.text, frames, by_frame)


def _linked(events: tuple[Event, ...], claims: Sequence[Claim]) -> tuple[Event, ...]:
    """Each event inside a claim carries the claim's id."""
    by_event = {e: c.claim_id for c in claims for e in c.event_ids}
    return tuple(e.replace(claim_id=by_event[e.event_id]) if e.event_id in by_event else e
                 for e in events)


def _no_draft(trace: Trace | None, trigger: Trigger, check: str) -> Draft | None:
    """No draft for the trigger; the trace, where given, hears which check refused it."""
    if trace is not None:
        trace.refused(trigger, check)
    return None


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
