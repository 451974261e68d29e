"""From a settled draft to its Event record, for the event coder (`belli.events.coder`):
its date (and whether that makes it historical or future), mode, sentence, actors each
once, contexts, place, numbers, and the reason that tells how each was read.
"""

from __future__ import annotations

from typing import Any

from belli.events.act_places import borrowed_place
from belli.events.draft import Draft
from belli.events.event_periods import is_future, is_historical
from belli.events.lexicon import Lexicon, Plover
from belli.events.participants import Found, Participants
from belli.events.quantities import quantities_near
from belli.events.syntax import lemma, objects_of, prep_objects, subject_of
from belli.events.timing import DocumentDates, date_of
from belli.events.triggers import Trigger
from belli.records import Actor, Analysis, Event, content_id

__all__ = ["STAGE", "build_event"]

STAGE = "events.rules.v1"


def build_event(draft: Draft, analysis: Analysis, people: Participants, dates: DocumentDates,
                lexicon: Lexicon, plover: Plover) -> Event:
    """The Event a settled draft tells; a date before or after publication marks it
    historical or future, and the draft's reasons say so."""
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
    mode = plover.valid_mode(draft.type, draft.mode)
    if draft.type == "ASSAULT" and mode is None:  # "drone strikes", "fired mortars"
        mode = lexicon.assault_mode(_means(trigger))
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
        type=draft.type, mode=mode, quad=plover.quad(draft.type),
        score=plover.score(draft.type, mode),
        sentence=text, start=start, end=end, trigger=head.text,
        source=_actors(roles.source), target=_actors(roles.target),
        contexts=_contexts(plover, draft),
        date=when.value if when else None, date_text=when.text if when else None,
        date_granularity=when.granularity if when else None,
        date_type=when.how if when else None,
        place=draft.place or borrowed_place(trigger, people, draft),
        certainty=modality.certainty, negated="negated" in aux,
        aux=tuple(aux), attributed_to=speaker,
        quantities=quantities_near(arguments),
        stage=STAGE, reason=_reason(draft, mode),
        mention_ids=tuple(dict.fromkeys(
            [*(f.mention_id for f in draft.actors if f.mention_id), *draft.mention_ids])),
        trigger_start=head.idx, trigger_end=head.idx + len(head.text),
        reciprocal=roles.reciprocal, intent=draft.intent,
    )


def _contexts(plover: Plover, draft: Draft) -> tuple[str, ...]:
    found = [*plover.contexts.get(draft.type, ()), *draft.trigger.deciding.contexts,
             *draft.trigger.rule.contexts]
    if any(f.actor.sector == "MIL" for f in draft.actors):
        found.append("military")
    return tuple(dict.fromkeys(found))


def _means(trigger: Trigger) -> list[str]:
    """Words that may name how an attack was made: the trigger and its compounds, its
    object, its subject and the subject's compounds, and what it was made with ("shelled
    ... with artillery")."""
    head, verb = trigger.head, trigger.token
    tokens = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))]
    tokens += objects_of(verb)
    subject = subject_of(verb) if trigger.kind == "verbs" else None
    if subject is not None:  # "a SUICIDE bomber killed ..."
        tokens += [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod"))]
    tokens += [o for p, o in prep_objects(verb) if p in ("with", "using", "by")]
    return [w for t in tokens for w in (t.lower_, lemma(t))]


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
