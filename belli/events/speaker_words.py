"""First-person words in a speaker's quoted words name the speaker's side: in '"Our forces
did not open fire," the Armenian defence minister said', "our forces" are Armenia's, and
in '"... attacked our posts and we returned fire," said an Armenian commander' the posts
attacked stand for Armenia. The country is the speaker's; the sector the noun's own where
it names one ("our forces": MIL, "our villages": CVL), else the speaker's.

Only in direct quotation: in reported speech ("the minister said our forces ...") "our"
may be the writer's. A "we" subject is `adjust`'s (the speaker acts); here every other
first-person word on either side, and a first-person object that names no actor.
"""

from __future__ import annotations

from dataclasses import replace

from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.participants import Found
from belli.events.syntax import Token, children, objects_of, prep_objects
from belli.records import Actor

__all__ = ["speakers_own"]

# prepositions whose object an act is aimed at ("fired AT us", "an attack ON our posts")
_AIMED_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards", "upon"})


def speakers_own(draft: Draft) -> None:
    """Put the speaker's country on the first-person phrases of either side, and where no
    target is found, take a first-person object ("shelled our posts", "fired at us") as
    the speaker's side."""
    frame = draft.modality.frame
    if frame is None or not frame.direct or not frame.speaker:
        return
    speaker = frame.speaker[0].actor
    if not speaker.country:
        return
    for side in (draft.roles.source, draft.roles.target):
        for i, found in enumerate(side):
            if _first_person(found.actor.text) and _unplaced(found.actor):
                side[i] = replace(found, actor=_as_speakers(found.actor, speaker, found.actor.text))
                draft.why.append(f"'{found.actor.text}' is the speaker's, {frame.speaker_text}")
    if not draft.roles.target:
        _owned_object(draft, speaker, frame.speaker[0])


def _owned_object(draft: Draft, speaker: Actor, said_by: Found) -> None:
    """"attacked OUR POSTS", "opened fire ON US": an object the speaker owns, or is, that
    names no actor stands for the speaker as the target."""
    own = {f.actor.country for f in draft.roles.source}
    if speaker.country in own:
        return
    for obj in _aimed_words(draft.trigger.token):
        if _first_person_word(obj) or any(map(_first_person_word, children(obj, "poss"))):
            text = " ".join(t.text for t in obj.subtree)
            side = Actor(text=text, name=speaker.name, country=speaker.country, sector=speaker.sector)
            draft.roles.target = [Found(_as_speakers(side, speaker, text), said_by.mention_id, said_by.how)]
            draft.why.append(f"'{text}' is the speaker's, {speaker.text}")
            return


def _aimed_words(verb: Token) -> list[Token]:
    """The verb's objects and the objects of its prepositions of aim."""
    return [*objects_of(verb), *(o for p, o in prep_objects(verb, deep=False) if p in _AIMED_PREPS)]


def _first_person(text: str) -> bool:
    """Whether a phrase has a word of the first person ("OUR posts"); "us" only in lower
    case, for "US troops" are the United States'."""
    words = cue_list("first_person_words")
    return any(w.lower() in words and (w.lower() != "us" or w == "us") for w in text.split())


def _first_person_word(token: Token) -> bool:
    """"our", "we", "us" the pronoun ("fired at US"), not "US" the country's name."""
    return token.lower_ in cue_list("first_person_words") and (token.lower_ != "us" or token.tag_ == "PRP")


def _unplaced(actor: Actor) -> bool:
    """No country of its own words: none, or one copied from the sentence or before."""
    return actor.country is None or actor.is_copied or actor.sentence_only


def _as_speakers(actor: Actor, speaker: Actor, text: str) -> Actor:
    why = f"'{text}' in the quoted words of {speaker.text}: {speaker.country}"
    return actor.replace(text=text, country=speaker.country, name=speaker.name,
                         sector=actor.sector or speaker.sector, sentence_only=False, reason=why)
