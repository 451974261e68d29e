"""Who says it: reported speech, its speaker and its content, as frames over the parse.

A frame is a stretch of a sentence told on someone's word:
- a verb of saying with a clausal complement ("A Turkish official said [that ...]", and
  the trailing form "[Russian forces shelled Kharkiv], the ministry said");
- a verb of belief ("observers believe [...]"): the content is speculative;
- "according to X" over the clause it attaches to;
- quoted text (“…”) in a sentence with a verb of saying.

Events inside a frame are `reported` (or `speculative`) and `attributed_to` its speaker;
each frame becomes a `Claim` listing the ids of its events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from belli.events.cue_lists import cue_list
from belli.events.participants import Found, Participants
from belli.events.syntax import Token, children, is_passive, lemma, subject_of
from belli.records import Actor, Claim, content_id

__all__ = ["Cues", "Frame", "find_frames", "load_cues", "to_claims"]

_QUOTES = re.compile(r"[“\"«]([^”\"»]{12,})[”\"»]")
_SPEAKER_STOP = frozenset({"punct", "cc", "prep", "relcl", "acl", "advcl"})


@dataclass(frozen=True, slots=True)
class Cues:
    """The word lists of data/cues.yaml, lower case."""

    speech: frozenset[str]
    belief: frozenset[str]
    reported: frozenset[str]
    speculative: frozenset[str]
    speculative_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    future_modals: frozenset[str]
    conditions: frozenset[str]
    plans: frozenset[str]
    failures: frozenset[str]
    obligations: frozenset[str] = frozenset()
    unreal_heads: frozenset[str] = frozenset()
    unreal_modifiers: frozenset[str] = frozenset()
    dismissals: frozenset[str] = frozenset()
    condemnations: frozenset[str] = frozenset()
    background_nouns: frozenset[str] = frozenset()
    time_prepositions: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    commentators: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    plan_adjectives: frozenset[str] = frozenset()
    plan_for_verbs: frozenset[str] = frozenset()
    deliberation_verbs: frozenset[str] = frozenset()
    share_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lists, read through `cue_list`: one parse of data/cues.yaml, and a list
    missing there is an error, not an empty list."""
    return Cues(
        speech=cue_list("speech_verbs"), belief=cue_list("belief_verbs"),
        reported=cue_list("reported_words"), speculative=cue_list("speculative_words"),
        speculative_modals=cue_list("speculative_modals"),
        hypothetical_modals=cue_list("hypothetical_modals"), future_modals=cue_list("future_modals"),
        conditions=cue_list("condition_words"),
        plans=cue_list("plan_verbs"), failures=cue_list("failure_verbs"),
        obligations=cue_list("obligation_modals"), unreal_heads=cue_list("unreal_heads"),
        unreal_modifiers=cue_list("unreal_modifiers"), dismissals=cue_list("dismissals"),
        condemnations=cue_list("condemnations"), background_nouns=cue_list("background_nouns"),
        time_prepositions=cue_list("time_prepositions"), time_nouns=cue_list("time_nouns"),
        commentators=cue_list("commentators"), setting_prepositions=cue_list("setting_prepositions"),
        plan_adjectives=cue_list("plan_adjectives"), plan_for_verbs=cue_list("plan_for_verbs"),
        deliberation_verbs=cue_list("deliberation_verbs"), share_nouns=cue_list("share_nouns"),
    )


@dataclass
class Frame:
    """One stretch of a sentence told on someone's word."""

    kind: str  # "speech", "belief", "according", "quote"
    start: int  # character offsets of the content
    end: int
    tokens: frozenset[int]  # token indices of the content
    speaker: list[Found] = field(default_factory=list)
    speaker_text: str | None = None
    verb: Token | None = None

    def covers(self, token: Token) -> bool:
        return token.i in self.tokens

    @property
    def size(self) -> int:
        return len(self.tokens)

    def attributed(self) -> Actor | None:
        """The speaker as an actor: resolved where possible, else the words that name it."""
        if self.speaker:
            actor = self.speaker[0].actor
            return actor.replace(text=self.speaker_text or actor.text)
        return Actor(text=self.speaker_text) if self.speaker_text else None


def find_frames(sentence: Any, people: Participants, cues: Cues) -> list[Frame]:
    """Every frame of the sentence, innermost last (callers pick the smallest that covers)."""
    frames: list[Frame] = []
    for token in sentence:
        if token.pos_ == "VERB":
            word = lemma(token)
            if word in cues.speech or word in cues.belief:
                frames.extend(_verb_frames(token, people, cues))
                continue
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            frame = _according(token, people)
            if frame is not None:
                frames.append(frame)
    frames.extend(_quotes(sentence, frames))
    return frames


def _verb_frames(verb: Token, people: Participants, cues: Cues) -> Iterable[Frame]:
    kind = "belief" if lemma(verb) in cues.belief and lemma(verb) not in cues.speech else "speech"
    subject = None if is_passive(verb) else subject_of(verb)
    for content in children(verb, "ccomp", "parataxis"):
        tokens = _trimmed(list(content.subtree))
        if not tokens:
            continue
        yield Frame(kind, tokens[0].idx, _end(tokens[-1]), frozenset(t.i for t in tokens),
                    people.phrase(subject) if subject is not None else [],
                    _speaker_text(subject), verb)


def _according(token: Token, people: Participants) -> Frame | None:
    """"According to the defence ministry, ...": the clause the phrase attaches to."""
    speaker = next((o for to in token.children if to.lower_ == "to"
                    for o in to.children if o.dep_ == "pobj"), None)
    head = token.head
    if speaker is None or head == token:
        return None
    inside = {t.i for t in token.subtree}
    tokens = _trimmed([t for t in head.subtree if t.i not in inside])
    if not tokens:
        return None
    return Frame("according", tokens[0].idx, _end(tokens[-1]), frozenset(t.i for t in tokens),
                 people.phrase(speaker), _speaker_text(speaker), token)


def _quotes(sentence: Any, frames: Sequence[Frame]) -> list[Frame]:
    """Quoted text in a sentence whose verb of saying names the speaker."""
    speech = [f for f in frames if f.kind == "speech"]
    if not speech:
        return []
    doc, offset = sentence.doc, sentence.start_char
    out = []
    for match in _QUOTES.finditer(sentence.text):
        start, end = offset + match.start(1), offset + match.end(1)
        if any(f.start <= start and end <= f.end + 1 for f in speech):
            continue  # the quote is the content of a frame already: one claim
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        owner = min(speech, key=lambda f: abs(f.start - start))
        out.append(Frame("quote", start, end, frozenset(t.i for t in span), owner.speaker,
                         owner.speaker_text, owner.verb))
    return out


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Content tokens without the punctuation and conjunctions at either edge."""
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"', "»"):
        tokens = tokens[:-1]
    return tokens


def _speaker_text(token: Token | None) -> str | None:
    if token is None:
        return None
    words = [t for t in token.subtree if t.dep_ not in _SPEAKER_STOP or t == token]
    words = [t for t in words if t.i <= token.i or t.dep_ in ("appos", "compound", "flat")]
    if not words:
        return None
    # a span's text, not doc.text (which builds the whole document's string each time)
    return str(token.doc[words[0].i:words[-1].i + 1].text)


def _end(token: Token) -> int:
    return int(token.idx + len(token.text))


def innermost(frames: Sequence[Frame], token: Token) -> Frame | None:
    """The smallest frame whose content holds the token."""
    covering = [f for f in frames if f.covers(token)]
    return min(covering, key=lambda f: f.size) if covering else None


def to_claims(doc_id: str, text: str, frames: Sequence[Frame],
              events: dict[int, list[str]]) -> list[Claim]:
    """Claims for frames with a speaker; `events` maps a frame's id() to its event ids."""
    claims = []
    for frame in frames:
        if frame.kind == "belief" and not frame.speaker_text:
            continue
        speaker = frame.attributed()
        claims.append(Claim(
            doc_id=doc_id, claim_id=content_id(doc_id, "claim", frame.start, frame.end),
            text=text[frame.start:frame.end], start=frame.start, end=frame.end,
            speaker=speaker if speaker is not None and (speaker.country or speaker.sector) else None,
            speaker_text=frame.speaker_text, event_ids=tuple(events.get(id(frame), ())),
            stage="events.claims.v1",
        ))
    return claims
