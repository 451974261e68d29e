"""Countries for unnamed actors ("gunmen", "civilians", "rebels") that no phrase of
their own places: the event's place or its sentence's one country (`locate_unnamed`),
else the country the whole document is about, where the event's paragraph names it
too (`place_unnamed`). An unnamed target of the opposition or the elite takes only its
own sentence's country; unnamed refugees and migrants take none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from belli.actors.group_country import serves_abroad
from belli.actors.offices import names_office
from belli.actors.sectors import STATE_ORGANS
from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.participants import Found, Participants
from belli.nlp.paragraphs import paragraph_of
from belli.records import Actor, Mention

__all__ = ["DOMINANT_SHARE", "locate_unnamed", "place_unnamed"]

# The share of a document's country names one country must have to be its country.
DOMINANT_SHARE = 0.5
# sectors of a target whose country only its own sentence tells: an arrested opposition
# leader or a sacked official in a war story is as often the adversary's as the country
# the story names most ("the opposition leader has been under arrest since March")
_OWN_COUNTRY_ONLY = frozenset({"OPP", "ELI"})


def locate_unnamed(draft: Draft, people: Participants) -> None:
    if draft.place is not None and draft.place.country:
        country, why = draft.place.country, f"the event is in {draft.place.name}"
    else:
        countries = people.sentence_countries(draft.sentence)
        if len(countries) != 1:
            return
        country, why = countries[0], f"the sentence names only {countries[0]}"
    for side, other in ((draft.roles.source, draft.roles.target),
                        (draft.roles.target, draft.roles.source)):
        named = {f.actor.country for f in other if f.how in ("mention", "place")}
        if country in named and draft.type not in ("PROTEST", "COERCE"):
            continue  # "Prosecutors blamed the mines on Armenian groups": not Armenian prosecutors;
            # "the president lashed out at Greece" (a place aimed at): no Greek president
        _give_country(side, country, why)



def place_unnamed(drafts: list[Draft], countries: list[str],
                  mentions: Sequence[Mention], text: str | None = None) -> None:
    """Unnamed gunmen, rebels or civilians that no sentence placed take the document's
    country, when one country dominates what the document names ("3R rebels attacked
    villages" in a story about the Central African Republic) and the event's own
    paragraph names that country too: a story about Thailand may tell of a guerrilla
    stronghold across the border in Myanmar, whose guerrillas are not Thai. `text` is the
    document's, where the caller has it."""
    ranked = Counter(countries).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return  # no country, or two named as often: none dominates
    top, count = ranked[0]
    if count / len(countries) < DOMINANT_SHARE:
        return
    why = f"the document is about {top}, which the paragraph names"
    if text is None:  # the document's text; Doc.text joins every token: once
        text = drafts[0].sentence.doc.text if drafts else ""
    for draft in drafts:
        if not _paragraph_names(text, draft.sentence, top, mentions):
            continue
        # "the foreign minister met the Qatari emir": an office the text gives no state is
        # not the other side's; locate_unnamed holds back the same way for the sentence's
        _give_country(draft.roles.source, top, why, held=_offices_facing(draft.roles.target, top))
        _give_country(draft.roles.target, top, why, spared=_OWN_COUNTRY_ONLY,
                      held=_offices_facing(draft.roles.source, top))


def _offices_facing(other: list[Found], country: str) -> Callable[[Actor], bool]:
    """Whether an actor is an office one person holds ("the foreign minister"), where the
    event's other side names an organ of `country` itself ("the Qatari emir"): a counterpart
    more often than a colleague. Facing a party or rebels ("unless the president resigns")
    it is the country's own; "the government" or "leaders" are no one office."""
    named = any(f.how == "mention" and f.actor.country == country
                and f.actor.sector in STATE_ORGANS for f in other)
    return lambda actor: named and actor.sector in STATE_ORGANS and names_office(actor.text)


def _paragraph_names(text: str, sentence: Any, country: str,
                     mentions: Sequence[Mention]) -> bool:
    """Whether the paragraph of `text` around `sentence` names `country`, as an actor or a
    place."""
    start, end = paragraph_of(text, sentence.start_char, sentence.end_char)
    return any(start <= m.start < end and _names(m, country) for m in mentions)


def _names(mention: Mention, country: str) -> bool:
    if mention.place is not None and mention.place.country == country:
        return True
    return any(a.country == country for a in mention.actors)


def _give_country(side: list[Found], country: str, why: str,
                  spared: frozenset[str] = frozenset(),
                  held: Callable[[Actor], bool] = lambda actor: False) -> None:
    """Unnamed actors of `side` with no country take `country`, saying why; those of a
    `spared` sector, refugees and migrants, and those `held` back, keep none."""
    for i, found in enumerate(side):
        if found.how == "unnamed" and found.actor.country is None \
                and found.actor.sector not in spared and not _from_another_land(found.actor) \
                and not held(found.actor):
            actor = found.actor.replace(country=country, reason=f"{found.actor.reason}; {why}")
            side[i] = replace(found, actor=actor)


def _from_another_land(actor: Actor) -> bool:
    """Refugees, migrants and asylum seekers are, by what they are, rarely of the state
    they are in or the story is about ("Greece pushed back migrants", "refugees in
    Dadaab"); the displaced and evacuees are most often of their own country. Nor are
    peacekeepers ever the force of the land they keep the peace in, nor people called
    foreign ("two foreign journalists": not a state's organ, "the foreign minister")."""
    if actor.sector == "MIL":
        return serves_abroad(actor.text)
    text = actor.text.lower()
    words = set(text.replace("-", " ").split())
    if actor.sector not in STATE_ORGANS and cue_list("foreign_words") & words:
        return True  # "deported two FOREIGN journalists", "FOREIGNERS were evacuated"
    return actor.sector == "REF" and any(cue in text for cue in cue_list("crossed_a_border"))
