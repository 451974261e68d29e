"""Relations the text states: templates of `data/relations.yaml` matched on each sentence
("NATO member Turkey", "Iran, Israel's arch-rival", "Russian peacekeepers in Karabakh")."""

from __future__ import annotations

from collections.abc import Iterator

from belli.records import Actor
from belli.relations.document import Candidate, Document, is_state, participants
from belli.relations.lexicon import RelationType
from belli.relations.sentence import Slot, SlottedSentence
from belli.relations.templates import Match, find_matches

__all__ = ["text_candidates"]

_HEDGE_PENALTY = 0.1
_LONG_GAP = 4  # a match that skips more words than this is less sure
_GAP_PENALTY = 0.05
_FALLBACK_PENALTY = 0.1
_PRONOUN_PENALTY = 0.15  # a side resting on a pronoun's resolution is less sure
_ENDED_BEFORE = 3  # "settled a long-running dispute between ..."
_ENDED_AFTER = 5  # "the dispute between X and Y, which was resolved"
_PURPOSE_REACH = 4  # tokens after a match where its purpose ("for training") may stand


def text_candidates(doc: Document) -> Iterator[Candidate]:
    """Every relation a template finds in the document's sentences."""
    types = doc.lexicon.types
    for index in range(len(doc.analysis.sentences)):
        if not doc.may_slot_an_actor(index):
            continue  # no mention there names an actor: not worth slotting
        sentence = doc.slotted(index)
        if not any(slot.actor is not None for slot in sentence.slots):
            continue
        for template in doc.lexicon.templates_for(sentence.vocabulary):
            for match in find_matches(template, sentence):
                found = _candidate(doc, sentence, types[template.type], match)
                if found is not None:
                    yield found


def _candidate(doc: Document, sentence: SlottedSentence, kind: RelationType,
               match: Match) -> Candidate | None:
    """The relation one match states, or None where its sentence rules it out."""
    if _ruled_out(doc, sentence, kind, match):
        return None
    why = [(f"{kind.name}: template '{match.template.text}' matched "
           f"'{_matched_text(doc, sentence, match)}'")]
    sources, targets, confidence = _sides(doc, sentence, kind, match, why)
    if match.template.unless_hostile and any(doc.is_hostile(s.country, t.country)
                                             for s in sources for t in targets):
        return None
    hedged = doc.hedged(sentence)
    confidence = _doubted(sentence, kind, match, hedged, confidence, why)
    valid_from, valid_to = _validity(doc, sentence, match, _ends(doc, sentence, match), why)
    return Candidate(
        type=kind.name, sentence=sentence.sentence, sources=sources, targets=targets,
        symmetric=kind.symmetric, item=_item(sentence, match, kind.item_roles),
        status=_status(kind, match, hedged), valid_from=valid_from, valid_to=valid_to,
        mention_ids=tuple(sentence.slot(t).mention.mention_id for t in match.slots),
        confidence=round(max(0.1, confidence), 2), reason="; ".join(why))


def _ruled_out(doc: Document, sentence: SlottedSentence, kind: RelationType,
               match: Match) -> bool:
    """Whether the sentence denies the match or makes it unreal, or a purpose makes a
    presence a visit ("hosted 100 officers for training": no standing presence)."""
    if doc.modality(sentence, match.first, match.last) is not None:
        return True
    return kind.name == "hosts_forces" and doc.window_has(
        sentence, match.last, match.last + _PURPOSE_REACH, doc.lexicon.events.transient)


def _sides(doc: Document, sentence: SlottedSentence, kind: RelationType, match: Match,
           why: list[str]) -> tuple[tuple[Actor, ...], tuple[Actor, ...], float]:
    """The match's sources and targets, and the template's confidence: a template that
    names one side takes the other from the sentence's events; a mediator named without
    its parties mediates between the sides the document gives, less surely."""
    sources = _actors(sentence, match, kind.source_roles)
    targets = _actors(sentence, match, kind.target_roles)
    confidence = match.template.confidence
    if match.template.counterpart:
        others = _counterparts(doc, sentence, (*sources, *targets))
        sources, targets = (others, targets) if targets else (sources, others)
        why.append("other side: who acts with it in an event of the sentence")
    if kind.name == "mediator" and not targets:
        targets = doc.parties(sentence.sentence, {s.country for s in sources}, why)
        confidence -= _FALLBACK_PENALTY
    return sources, targets, confidence


def _doubted(sentence: SlottedSentence, kind: RelationType, match: Match, hedged: bool,
             confidence: float, why: list[str]) -> float:
    """The confidence less what makes a match less sure: a hedge or an attribution, a
    long gap inside the match, a side named by a pronoun."""
    if hedged:
        confidence -= _HEDGE_PENALTY
        why.append("passed on (a hedge or attribution in the sentence)")
    if match.gap_words > _LONG_GAP:
        confidence -= _GAP_PENALTY
    pronouns = _pronoun_sides(sentence, kind, match)
    if pronouns:
        confidence -= _PRONOUN_PENALTY
        why.append("a side named by a pronoun: " + ", ".join(
            f"'{p.mention.text}' read as {p.code}" for p in pronouns))
    return confidence


def _pronoun_sides(sentence: SlottedSentence, kind: RelationType, match: Match) -> list[Slot]:
    """The slots of the match's sides that a pronoun fills."""
    sides = {t for role in (*kind.source_roles, *kind.target_roles)
             for t in match.roles.get(role, ())}
    return [sentence.slot(t) for t in match.slots
            if t in sides and sentence.slot(t).mention.label == "PRON"]


def _ends(doc: Document, sentence: SlottedSentence, match: Match) -> bool:
    """Whether the template, the words of the match or those beside it end the relation."""
    return bool(match.template.ends or doc.ended(sentence, match.first, match.last)
                or _ended_beside(doc, sentence, match))


def _status(kind: RelationType, match: Match, hedged: bool) -> str | None:
    """An arms supply's status: reported where hedged, else the template's or delivered."""
    if kind.name != "arms_supplier":
        return None
    return "reported" if hedged else (match.template.status or "delivered")


def _ended_beside(doc: Document, sentence: SlottedSentence, match: Match) -> bool:
    """Whether words just before or after the match end what it names ("settled the
    dispute between X and Y", "the dispute ... was resolved"); a denial or a wish beside
    them ("was never resolved", "could be settled") ends nothing, nor words past a clause
    break ("has yet to be resolved", "but the talks ended")."""
    phrases = match.template.ended_by
    if not phrases:
        return False
    lexicon = doc.lexicon
    for first, last in ((match.first - _ENDED_BEFORE, match.first),
                        (match.last, match.last + _ENDED_AFTER)):
        if (doc.window_has(sentence, first, last, phrases)
                and not doc.window_has(sentence, first, last, lexicon.boundaries)
                and doc.modality(sentence, first, last) is None):
            return True
    return False


def _actors(sentence: SlottedSentence, match: Match, roles: tuple[str, ...]) -> tuple[Actor, ...]:
    return tuple(actor for role in roles for token in match.roles.get(role, ())
                 if (actor := sentence.slot(token).actor) is not None)


def _item(sentence: SlottedSentence, match: Match, roles: tuple[str, ...]) -> str | None:
    texts = [sentence.slot(t).mention.text for r in roles for t in match.roles.get(r, ())]
    return ", ".join(dict.fromkeys(texts)) or None


def _counterparts(doc: Document, sentence: SlottedSentence,
                  named: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Who acts with or on the named side in an event of the sentence: the other side of
    an appositive ("pledged support to Azerbaijan, a close ally")."""
    codes = {a.country for a in named}
    found: list[Actor] = []
    for event in doc.events_in(sentence.sentence):
        # a negated event still says who deals with whom ("has not offered help to X, a
        # close ally")
        if not codes & {a.country for a in participants(event)}:
            continue
        others = [a for a in participants(event)
                  if a.country not in codes and is_state(a, doc.organizations)]
        found.extend(others)
    return tuple(found)


def _validity(doc: Document, sentence: SlottedSentence, match: Match, ends: bool,
              why: list[str]) -> tuple[str | None, str | None]:
    """valid_from / valid_to: the date near the match, else the publication date (the
    text says the relation holds when it is published)."""
    dated = doc.date_near(sentence, match.first, match.last)
    if dated is not None:
        value, is_end, text = dated
        why.append(f"dated by '{text}'")
        if ends or is_end:
            return None, value.split("/")[-1]
        return value.split("/")[0], None
    if ends:
        why.append("ended by publication")
        return None, doc.published
    return doc.published, None


def _matched_text(doc: Document, sentence: SlottedSentence, match: Match) -> str:
    start = sentence.text_offset(match.first)
    end = (sentence.text_offset(match.last) if match.last < len(sentence.tokens)
           else sentence.sentence.end)
    return doc.analysis.article.text[start:end].strip()
