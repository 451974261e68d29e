"""Who says it: reported speech, its speaker and its content, as frames over the parse.

A frame is a stretch of a sentence told on someone's word:
- a verb of saying with a clausal complement ("A Turkish official said [that ...]", and
  the trailing form "[Russian forces shelled Kharkiv], the ministry said");
- a verb of belief ("observers believe [...]"): the content is speculative;
- a passive report of a raised subject ("Russia IS SAID to have sent advisers"): the
  whole clause, with no speaker unless a "by" phrase names one;
- "according to X" over the clause it attaches to;
- quoted text (“…”) in a sentence with a verb of saying;
- a quote that runs on past its sentence (`continued_quotes`): each sentence that begins
  inside it is told on the word of the speaker named where the quote closes ("..., Varga
  said") or opens ("Varga said, “..."); a quote with no speaker of its own right after an
  attributed one goes on in that speaker's voice; an "I think" or "we believe" inside
  it is that speaker's too.

Events inside a frame are `reported` (or `speculative`) and `attributed_to` its
innermost speaker (a passive's "by" phrase names one: "was told BY YEREVAN that ...");
each frame becomes a `Claim` listing the ids of its events and of the claims inside it,
one quote over several sentences one claim. A denial told beside the claim ("..., a claim
Baku denied") is not in it (`claim_asides`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from belli.actors.sectors import STATE_ORGANS
from belli.events.claim_asides import denial_asides, misread_as_speaker
from belli.events.cue_lists import cue_list
from belli.events.participants import Found, Participants
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    is_passive,
    is_to_clause,
    lemma,
    stranded_report,
    subject_of,
    tellers_acts,
)
from belli.events.syntax_index import words_of
from belli.nlp.doc_index import doc_text
from belli.records import Actor, Claim, content_id

Span = Any  # a spaCy Span; typed loosely so this module needs no spaCy import

__all__ = ["Cues", "Frame", "continued_quotes", "find_frames", "load_cues", "quote_regions",
           "to_claims"]

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
    # the speaker's own words in quote marks: "we" and "I" in them are the speaker, and a
    # "they" or "he" someone else
    direct: bool = False
    # the one country its sentence names, for a speaker that is an unnamed organ of state
    # ("the interior ministry said"): whose organ it is, for attribution only
    country_hint: str | None = None
    # the quote, over one sentence or more, that holds the speaker's own words: one claim
    quote: Quote | None = None

    def covers(self, token: Token) -> bool:
        return token.i in self.tokens

    @property
    def size(self) -> int:
        return len(self.tokens)

    def attributed(self) -> Actor | None:
        """The speaker as an actor: resolved where possible, else the words that name it."""
        if self.speaker:
            actor = self.speaker[0].actor
            if actor.country is None and self.country_hint:
                actor = actor.replace(country=self.country_hint,
                                      reason=f"{actor.reason}; the sentence names only {self.country_hint}")
            return actor.replace(text=self.speaker_text or actor.text)
        return Actor(text=self.speaker_text) if self.speaker_text else None


def find_frames(sentence: Span, people: Participants, cues: Cues) -> list[Frame]:
    """Every frame of the sentence, innermost last (callers pick the smallest that covers);
    the sentence is a Span (its `.start`, `.end` and `.doc` are read)."""
    frames: list[Frame] = []
    doc, words = sentence.doc, words_of(sentence.doc)
    for i in range(sentence.start, sentence.end):  # most words: no Token made
        if words.pos[i] == "VERB":
            word = words.lemmas[i]
            if word in cues.speech or word in cues.belief:
                frames.extend(_verb_frames(doc[i], people, cues))
                continue
        if words.lowers[i] == "according" and any(c.lower_ == "to" for c in doc[i].children):
            frame = _according(doc[i], people)
            if frame is not None:
                frames.append(frame)
    frames.extend(_quotes(sentence, frames))
    return frames


def _verb_frames(verb: Token, people: Participants, cues: Cues) -> Iterable[Frame]:
    kind = "belief" if lemma(verb) in cues.belief and lemma(verb) not in cues.speech else "speech"
    # a passive tells by its "by" phrase ("had been told BY YEREVAN"), else no one
    subject = agent_of(verb) if _passive(verb) else (_quoted_as(verb) or subject_of(verb))
    contents = [list(c.subtree) for c in _contents(verb, cues)]
    raised = _raised_report(verb)
    if contents and raised:
        contents = [raised]
    if not contents and _trailing_frame(verb):
        inside = {t.i for t in verb.subtree}
        contents = [[t for t in verb.head.subtree if t.i not in inside]]
    speaker = people.phrase(subject) if subject is not None else []
    hint = _country_hint(speaker, subject, people)
    for content in contents:
        others = _other_voices(content, cues) | denial_asides(content) | tellers_acts(content)
        tokens = _trimmed([t for t in content if t.i not in others])
        if not tokens:
            continue
        yield Frame(kind, tokens[0].idx, _end(tokens[-1]), frozenset(t.i for t in tokens),
                    speaker, _speaker_text(subject), verb, direct=_opens_quoted(tokens[0]),
                    country_hint=hint)


def _passive(verb: Token) -> bool:
    """A passive, or a participle on a noun ("troops, BELIEVED to have crossed ..."), or
    one the parser made the sentence's verb ("Gunmen BELIEVED TO BE members of al-Shabab
    attacked": no one believes it actively with "to be")."""
    return (is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
            or _raising_participle(verb))


# verbs whose passive raises the subject of what is reported ("believed to be", "said to
# have"); not "claimed to be", which a speaker says of itself
_RAISING = frozenset({"believe", "think", "say", "report", "suspect", "know", "understand",
                      "estimate", "presume", "rumour", "rumor", "consider"})


def _raising_participle(verb: Token) -> bool:
    """A report verb in a past form with "to be" or "to have" after it and no object:
    the passive "believed to be", "said to have" the tagger read as a past tense."""
    return (lemma(verb) in _RAISING and verb.tag_ in ("VBD", "VBN")
            and not children(verb, "dobj", "aux", "auxpass")
            and any(lemma(x) in ("be", "have") and is_to_clause(x)
                    for x in children(verb, "xcomp")))


def _raised_report(verb: Token) -> list[Token]:
    """"Russia IS SAID to have sent advisers", "troops ARE BELIEVED to have crossed",
    "troops, BELIEVED to have crossed, ...": a passive report whose subject is raised out
    of the act it reports; the report is the whole clause (or noun phrase), subject and
    all. Empty for any other verb."""
    if not _perfect_infinitive(verb):
        return []
    if is_passive(verb) and children(verb, "nsubjpass"):
        return list(verb.subtree)
    if not _passive(verb):
        return []
    return [t for t in verb.head.subtree if t.i <= verb.right_edge.i]  # the noun, up to the report


def _country_hint(speaker: list[Found], head: Token | None, people: Participants) -> str | None:
    """An unnamed organ of state that speaks ("the interior minister", "police") in a
    sentence that names one country only is that country's."""
    if head is None or not speaker:
        return None
    first = speaker[0]
    if first.how != "unnamed" or first.actor.country or first.actor.sector not in STATE_ORGANS:
        return None
    countries = people.sentence_countries(head.sent)
    return countries[0] if len(countries) == 1 else None


def _contents(verb: Token, cues: Cues) -> list[Token]:
    """The clauses a verb of saying reports. A later one that is itself a saying with a
    subject of its own is another voice the parser hung on the first ("the junta said
    A, but the rebels said B"), not what the first speaker says. A denial the parser
    made the verb of the claim it answers ("..., a charge Kigali DENIES") reports none."""
    if misread_as_speaker(verb):
        return []
    stranded = stranded_report(verb)
    found = (children(verb, "ccomp", "parataxis") or _told_to_audience(verb)
             or _perfect_infinitive(verb) or ([stranded] if stranded is not None else []))
    return [c for n, c in enumerate(found)
            if n == 0 or not (lemma(c) in cues.speech and children(c, "nsubj"))]


def _quoted_as(verb: Token) -> Token | None:
    """"quoted a ministry official as SAYING ...": the one quoted says it, not the outlet."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or lemma(prep.head) not in cue_list("quoting_verbs"):
        return None
    return next(iter(children(prep.head, "dobj")), None)


def _perfect_infinitive(verb: Token) -> list[Token]:
    """"The rebels CLAIMED TO HAVE shot down a jet": a past act told on the subject's word
    (not "told Russia to withdraw", whose object is asked to act)."""
    if children(verb, "dobj", "dative"):
        return []
    return [c for c in children(verb, "xcomp")
            if any(a.dep_ == "aux" and a.lower_ == "have" for a in c.children)]


def _told_to_audience(verb: Token) -> list[Token]:
    """"told a news briefing THAT Chinese troops had tried to cross": a "that" clause the
    parser hung on the audience as a relative clause, when "that" is not its subject."""
    return [clause for audience in children(verb, "dobj", "dative")
            if lemma(audience) in cue_list("audience_nouns")
            for clause in children(audience, "relcl")
            if clause.left_edge.lower_ == "that" and clause.left_edge.dep_ not in ("nsubj", "nsubjpass")
            and children(clause, "nsubj", "nsubjpass")]


def _trailing_frame(verb: Token) -> bool:
    """"[Soldiers arrested two farmers], the government ALLEGED on Thursday": a verb of
    saying after a comma that ends the sentence, with a subject of its own and no clause
    of its own, which the parser hung under the clause it reports (as advcl or
    parataxis) rather than above it. A subordinator ("although Baku denied") makes it a
    clause of its own, not a frame."""
    head = verb.head
    if verb.dep_ not in ("advcl", "parataxis") or head.i > verb.i or not children(verb, "nsubj"):
        return False
    if children(verb, "mark"):
        return False
    start = next(t for t in verb.subtree if not t.is_punct)  # the comma may hang on the verb
    after = [t for t in head.subtree if t.i > verb.right_edge.i]
    return start.i > 0 and verb.doc[start.i - 1].text == "," and all(t.is_punct for t in after)


def _other_voices(content: list[Token], cues: Cues) -> set[int]:
    """Tokens of a clause joined onto the content that someone else says: in "Israel said
    20 militants were killed, while health officials said 12 people died" the officials'
    count is theirs, not Israel's."""
    voices = [t for t in content if t.dep_ in ("advcl", "conj") and t.pos_ == "VERB"
              and lemma(t) in cues.speech and children(t, "nsubj", "nsubjpass")]
    return {t.i for v in voices for t in v.subtree}


def _according(token: Token, people: Participants) -> Frame | None:
    """"According to the defence ministry, ...": the clause the phrase attaches to."""
    speaker = next((o for to in token.children if to.lower_ == "to"
                    for o in to.children if o.dep_ == "pobj"), None)
    head = token.head
    if speaker is None or head == token:
        return None
    inside = {t.i for t in token.subtree} | denial_asides(head.subtree)
    tokens = _trimmed([t for t in head.subtree if t.i not in inside])
    if not tokens:
        return None
    found = people.phrase(speaker)
    return Frame("according", tokens[0].idx, _end(tokens[-1]), frozenset(t.i for t in tokens),
                 found, _speaker_text(speaker), token,
                 country_hint=_country_hint(found, speaker, people))


def _quotes(sentence: Any, frames: Sequence[Frame]) -> list[Frame]:
    """Quoted text in a sentence whose verb of saying names the speaker."""
    speech = [f for f in frames if f.kind == "speech"]
    if not speech:
        return []
    doc, offset = sentence.doc, sentence.start_char
    text = doc_text(doc)[offset:sentence.end_char]  # the Span's own `.text` joins its tokens
    out = []
    for match in _QUOTES.finditer(text):
        start, end = offset + match.start(1), offset + match.end(1)
        if any(f.start <= start and end <= f.end + 1 for f in speech):
            continue  # the quote is the content of a frame already: one claim
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        owner = min(speech, key=lambda f: abs(f.start - start))
        out.append(Frame("quote", start, end, frozenset(t.i for t in span), owner.speaker,
                         owner.speaker_text, owner.verb, direct=True,
                         country_hint=owner.country_hint))
    return out


_MARKS = re.compile(r"[“”«»\"]")
# a straight mark after one of these opens a quote; before one of these it closes one
_BEFORE_OPENING = frozenset(" \n\t([—–")
_AFTER_CLOSING = frozenset(" \n\t.,;:!?)]—–")
_FIRST_PERSON = frozenset({"i", "we"})
# a "quote" over more sentences than this is a stray mark, not a quote
MAX_QUOTE_SENTENCES = 8


@dataclass(frozen=True, slots=True)
class Quote:
    """The text between a quote's marks; `closed` is False where a new quote opens before
    this one closes (a quoted paragraph that runs on into the next, as news writes it)."""

    start: int
    end: int
    closed: bool = True


def quote_regions(text: str) -> list[Quote]:
    """Every quote of the text, whatever sentences it spans; a quote left open at the
    end of the text is dropped (a stray mark)."""
    quotes: list[Quote] = []
    opened: int | None = None
    for match in _MARKS.finditer(text):
        i = match.start()
        if _opens(text, i, opened is not None):
            if opened is not None:
                quotes.append(Quote(opened, len(text[:i].rstrip()), closed=False))
            opened = i + 1
        elif opened is not None:
            quotes.append(Quote(opened, i))
            opened = None
    return quotes


def _opens(text: str, i: int, is_open: bool) -> bool:
    """Whether the mark at i opens a quote: a curly mark says so; a straight one opens
    after a space and closes before one, and otherwise flips the state."""
    mark = text[i]
    if mark in "“«":
        return True
    if mark in "”»":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _BEFORE_OPENING and after not in _AFTER_CLOSING:
        return True
    if after in _AFTER_CLOSING:
        return False
    return not is_open


def continued_quotes(sentences: Sequence[Any], frames: Sequence[list[Frame]]) -> None:
    """Add to `frames` (one list per sentence) a quote frame for each sentence that
    begins inside a quote and that no frame of its own already covers."""
    if not sentences:
        return
    starts = [s.start_char for s in sentences]
    quotes = [q for q in quote_regions(doc_text(sentences[0].doc)) if _spans(q, starts) <= MAX_QUOTE_SENTENCES]
    owners = _quote_owners(quotes, sentences, frames, starts)
    for quote, owner in zip(quotes, owners, strict=True):
        for n in range(_index(starts, quote.start - 1), _index(starts, quote.end) + 1):
            for frame in frames[n]:
                if _tells(frame, quote):
                    frame.direct, frame.quote = True, quote
            if owner is not None and quote.start - 1 <= starts[n] < quote.end:
                frames[n].extend(_told_on(sentences[n], quote, owner, frames[n]))
    for found in frames:
        _first_person_speakers(found)


def _first_person_speakers(frames: Sequence[Frame]) -> None:
    """"“I think the tariffs will go,” the minister said": the "I" who thinks, inside the
    speaker's own words, is the speaker, and what "I think" tells is in their own words
    too ("I think they will ...": "they" are others)."""
    for frame in frames:
        if frame.speaker or (frame.speaker_text or "").lower() not in _FIRST_PERSON:
            continue
        outer = [f for f in frames if f.direct and _says(f) and frame.verb is not None
                 and f.covers(frame.verb) and f is not frame]
        if outer:
            quoted = min(outer, key=lambda f: f.size)
            frame.speaker, frame.speaker_text = quoted.speaker, quoted.speaker_text
            frame.country_hint = quoted.country_hint
            frame.direct = True


def _tells(frame: Frame, quote: Quote) -> bool:
    """Whether a frame's content lies in the quote and its verb outside: the speaker's
    own words ("“...,” Varga said"), not someone they report ("“The army said ...”")."""
    verb = frame.verb.idx if frame.verb is not None else quote.start
    return (quote.start <= frame.start and frame.end <= quote.end + 1
            and not quote.start <= verb < quote.end)


def _index(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


def _spans(quote: Quote, starts: list[int]) -> int:
    return _index(starts, quote.end) - _index(starts, quote.start) + 1


def _quote_owners(quotes: Sequence[Quote], sentences: Sequence[Any],
                  frames: Sequence[list[Frame]], starts: list[int]) -> list[Frame | None]:
    """The frame whose speaker tells each quote: its own verb of saying where the quote
    closes or opens, else (for a quote left open) the next quote's that runs on from it,
    else the previous quote's when it ends in the sentence just before."""
    owners = [_own_speaker(q, frames, starts) for q in quotes]
    for i in range(len(quotes) - 2, -1, -1):
        if owners[i] is None and not quotes[i].closed and _adjacent(quotes[i], quotes[i + 1], starts):
            owners[i] = owners[i + 1]
    for i in range(1, len(quotes)):
        if owners[i] is None and _adjacent(quotes[i - 1], quotes[i], starts):
            owners[i] = owners[i - 1]
    return owners


def _adjacent(first: Quote, second: Quote, starts: list[int]) -> bool:
    """Whether the second quote opens in the sentence the first ends in, or the next."""
    return _index(starts, second.start) - _index(starts, first.end) <= 1


def _own_speaker(quote: Quote, frames: Sequence[list[Frame]], starts: list[int]) -> Frame | None:
    """A frame of saying with a speaker whose verb stands after the quote in its last
    sentence ("..., Varga said") or before it in its first ("Varga said, “...")."""
    after = [f for f in frames[_index(starts, quote.end)]
             if _says(f) and f.verb is not None and f.verb.idx >= quote.end]
    before = [f for f in frames[_index(starts, quote.start)]
              if _says(f) and f.verb is not None and f.verb.idx < quote.start]
    if after:
        return min(after, key=lambda f: f.verb.idx if f.verb is not None else 0)
    return max(before, key=lambda f: f.verb.idx if f.verb is not None else 0) if before else None


def _says(frame: Frame) -> bool:
    return frame.kind in ("speech", "quote", "according") and bool(frame.speaker_text)


def _told_on(sentence: Any, quote: Quote, owner: Frame, own: Sequence[Frame]) -> list[Frame]:
    """The quote frame of the part of a sentence inside the quote, unless a frame of the
    sentence already covers that part."""
    start, end = max(quote.start, sentence.start_char), min(quote.end, sentence.end_char)
    span = sentence.doc.char_span(start, end, alignment_mode="contract")
    tokens = _trimmed(list(span)) if span is not None else []
    if not tokens or any(f.start <= tokens[0].idx and _end(tokens[-1]) <= f.end + 1 for f in own):
        return []
    return [Frame("quote", tokens[0].idx, _end(tokens[-1]), frozenset(t.i for t in tokens),
                  owner.speaker, owner.speaker_text, owner.verb, direct=True,
                  country_hint=owner.country_hint, quote=quote)]


def _opens_quoted(token: Token) -> bool:
    """Whether a quote mark stands right before the content's first word."""
    return token.i > 0 and token.doc[token.i - 1].text in _OPENING_MARKS


_OPENING_MARKS = frozenset({"“", '"', "«"})


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Content tokens without the punctuation and conjunctions at either edge."""
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].dep_ == "cc" or (
            tokens[-1].is_punct and tokens[-1].text not in ("”", '"', "»"))):
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
    """Claims for the frames (a belief only where someone holds it or a passive tells it);
    `events` maps a frame's id() to its event ids. One quote over several sentences is
    one claim; a claim lists the events of the claims told inside it too ("X said that Y
    told them that Z attacked"); in text order, a claim before those inside it."""
    claims = []
    ordered = sorted(frames, key=lambda f: f.start)  # to find the frames inside one by bisection
    for group in _one_claim_each(frames):
        first = group[0]
        if first.kind == "belief" and not first.speaker_text and not _impersonal(first):
            continue
        speaker = first.attributed()
        start, end = min(f.start for f in group), max(f.end for f in group)
        claims.append(Claim(
            doc_id=doc_id, claim_id=content_id(doc_id, "claim", start, end),
            text=text[start:end], start=start, end=end,
            speaker=speaker if speaker is not None and (speaker.country or speaker.sector) else None,
            speaker_text=first.speaker_text, event_ids=_event_ids(group, ordered, events),
            stage="events.claims.v1",
        ))
    return sorted(claims, key=lambda c: (c.start, -c.end))


def _impersonal(frame: Frame) -> bool:
    """A passive belief with no one named ("it is believed that ...", "Iran is believed
    to have ..."): a claim with no speaker, as "it is said that ..." is."""
    return frame.verb is not None and _passive(frame.verb)


def _one_claim_each(frames: Sequence[Frame]) -> list[list[Frame]]:
    """The frames grouped by claim: the sentences of one quote told by one speaker
    together, every other frame alone."""
    groups: dict[object, list[Frame]] = {}
    for frame in frames:
        key = (frame.quote, frame.speaker_text) if frame.quote is not None else id(frame)
        groups.setdefault(key, []).append(frame)
    return list(groups.values())


def _event_ids(group: Sequence[Frame], ordered: Sequence[Frame],
               events: dict[int, list[str]]) -> tuple[str, ...]:
    """The events of the group's frames and of every frame told inside one of them
    (`ordered`: all frames, by where their content starts)."""
    told = [f for outer in group for f in (outer, *_inside(outer, ordered))]
    return tuple(dict.fromkeys(e for f in told for e in events.get(id(f), ())))


def _inside(outer: Frame, ordered: Sequence[Frame]) -> list[Frame]:
    """The frames within the outer's content; only those that start there are read."""
    first = bisect_left(ordered, outer.start, key=lambda f: f.start)
    last = bisect_right(ordered, outer.end, key=lambda f: f.start)
    return [f for f in ordered[first:last] if f.end <= outer.end and f.tokens < outer.tokens]
