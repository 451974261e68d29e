"""Document-level passes of actor resolution, after every mention has had its own reading.

* people: a person still without an actor takes it from an apposition ("Maria Zakharova,
  the Russian foreign ministry spokeswoman"), from an earlier mention of the same name,
  or, when titled, from the only country of the sentence;
* ethnic groups are coded by the country they live in ("ethnic Albanians in Serbia");
* groups a sector cue places inside a state take the sentence's only country ("Shona
  rebels" in a sentence about Mozambique), never for faiths ("Muslim hackers");
* "the Security Council" with no state of its own is the UN's when the document names
  the UN or the sentence speaks of resolutions, vetoes, mandates or peacekeeping.

Also `MemoKB`, the knowledge base with its hot lookups memoized.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from belli.actors.context import head_noun
from belli.actors.people import PersonMemory
from belli.actors.readings import LOCATION_REASON
from belli.actors.sectors import find_cue
from belli.nlp.lexicon import PhraseLexicon
from belli.records import Actor, Mention

__all__ = [
    "NOT_ACTORS", "MemoKB", "compound_words", "domestic", "only_country", "people_pass",
    "place_link", "recalled", "residence", "un_council", "used_as_noun",
]

# labels that never name an actor
NOT_ACTORS = frozenset({
    "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "WEAPON",
    "MILITARY_PLATFORM", "LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT",
})


def compound_words(head: Any) -> list[Any]:
    """A head noun with the compound nouns before it ("rebel group")."""
    if head is None:
        return []
    return [t for t in head.lefts if t.dep_ == "compound"] + [head]


def people_pass(mentions: list[Mention], spans: list[Any], memory: PersonMemory,
                title_words: frozenset[str]) -> list[Mention]:
    """Second pass for people still without an actor: appositions, then the sentence."""
    out = list(mentions)
    for i, mention in enumerate(out):
        if mention.actors or spans[i] is None or mention.label in NOT_ACTORS:
            continue
        if mention.label != "PERSON":
            # the model may tag a surname ORG or GPE: a person met earlier still counts
            actor = recalled(memory, mention.text) if mention.place is None else None
        else:
            actor = (_apposed(i, out, spans) or recalled(memory, mention.text)
                     or only_country(mention, spans[i], out, title_words))
        if actor is not None:
            actor = actor.replace(text=mention.text, person=actor.person or mention.text)
            memory.remember(actor)
            out[i] = mention.replace(actors=(actor,))
    return out

def domestic(i: int, mentions: list[Mention], spans: list[Any], kb: Any,
             lexicon: PhraseLexicon) -> Mention:
    """A group with no country of its own in a sentence about one country.

    "Shona rebels" in "The Mozambique government accepted demands from Shona rebels"
    -> MOZ REB: wire stories name the state once and its parties, rebels and elders
    by name. Only groups a cue places inside a state (not NGOs or IGOs), and only when
    the sentence names exactly one country.
    """
    mention, span = mentions[i], spans[i]
    if mention.actors or span is None or mention.label in NOT_ACTORS | {"PERSON"}:
        return mention
    head = head_noun(span)
    words = [t.text for t in span] + ([t.text for t in compound_words(head)] if head is not None else [])
    cue = find_cue(words, kb)
    if cue is None or cue.sector in ("NGO", "IGO", "BUS"):
        return mention
    if any(w.lower() in lexicon.religions for w in words):
        return mention  # "Muslim hackers": a faith crosses borders, no country to assume
    countries = {a.country for m in mentions if m.sentence == mention.sentence
                 for a in m.actors if a.country and not a.person and a.sector != "IGO"}
    if len(countries) != 1:
        return mention
    (country,) = countries
    why = (f"'{cue.phrase}' → {cue.sector}, a group with no country of its own in a "
           f"sentence naming only {country}")
    return mention.replace(actors=(Actor(text=mention.text, country=country,
                                         sector=cue.sector, reason=why),))

_COUNCIL = re.compile(r"(?:^|\s)Security Council(?:'s|’s)?$")
# words only the UN Security Council's business uses in news ("vetoed a Security Council
# resolution", "extended the mandate of the peacekeeping force")
_UN_BUSINESS = frozenset({"resolution", "resolutions", "veto", "vetoed", "vetoes", "vetoing",
                          "mandate", "peacekeeping", "peacekeepers", "peacekeeper"})
_OWNER_BEFORE = frozenset({"'s", "’s", "national", "state"})


def un_council(i: int, mentions: list[Mention], spans: list[Any]) -> Mention:
    """"The Security Council" alone: the UN body where the text makes that clear.

    States have security councils too ("Armenia's Security Council", "the National
    Security Council"), so an unqualified one is the UN's only when the document names
    the UN or one of its bodies ("UNIFIL"), or the sentence speaks of the UN council's
    business: resolutions, vetoes, mandates, peacekeeping.
    """
    mention, span = mentions[i], spans[i]
    if mention.actors or span is None or not _COUNCIL.search(mention.text):
        return mention
    first = span.end - 2 if span[-1].lower_ not in ("'s", "’s") else span.end - 3
    before = span.doc[first - 1] if first > 0 else None
    if before is not None and (before.lower_ in _OWNER_BEFORE
                               or before.ent_type_ in ("GPE", "NORP")):
        return mention  # "Russia's Security Council", "the Armenian Security Council"
    named = any(a.country == "UN" for m in mentions for a in m.actors)
    business = [t.lower_ for t in span.sent if t.lower_ in _UN_BUSINESS]
    if not (named or business):
        return mention
    why = ("the Security Council in a document naming the UN" if named else
           f"the Security Council with '{business[0]}' in its sentence") + ": the UN body"
    return mention.replace(actors=(Actor(text=mention.text, name="UN Security Council",
                                         country="UN", sector="GOV", reason=why),))


def only_country(mention: Mention, span: Any, mentions: list[Mention],
                 title_words: frozenset[str]) -> Actor | None:
    """A titled person ("President Prosper Avril") in a sentence naming one country."""
    title = _title_before(span, title_words)
    if title is None:
        return None
    countries = Counter(a.country for m in mentions if m.sentence == mention.sentence
                        for a in m.actors if a.country and not a.person)
    if len(countries) != 1:
        return None
    (country,) = countries
    return Actor(text=mention.text, country=country, sector="GOV", role=title,
                 reason=f"title '{title}' with no country of its own: the sentence's only country {country}")


def residence(i: int, mentions: list[Mention], spans: list[Any]) -> Mention:
    """An ethnic group is coded by the country it lives in (CAMEO), not by its kin state.

    "ethnic Albanians in southern Serbia" -> SRB CVL; "Albanians of southern Serbia" ->
    SRB. With "ethnic" and no "in"/"of", the nearest other country of the sentence.
    """
    mention, span = mentions[i], spans[i]
    if span is None or not mention.actors or mention.actors[0].sector != "CVL":
        return mention
    actor = mention.actors[0]
    ethnic = span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic" or (
        span[0].lower_ == "ethnic")
    owner = _owner_after(span, mentions, spans)
    if owner is None and ethnic:
        owner = _nearest_other(i, mentions, actor.country)
    if owner is None or owner == actor.country:
        return mention
    why = (f"{mention.text}: an ethnic group, coded by the country it lives in ({owner}), "
           f"not its kin state {actor.country}")
    return mention.replace(actors=(actor.replace(country=owner, reason=why), *mention.actors[1:]))


def _owner_after(span: Any, mentions: list[Mention], spans: list[Any]) -> str | None:
    """The country in "<people> in/of <country>", when that country is a mention."""
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
            continue
        for obj in prep.children:
            for m, other in zip(mentions, spans, strict=True):
                if other is not None and other.start <= obj.i < other.end and m.actors:
                    return m.actors[0].country
    return None


def _nearest_other(i: int, mentions: list[Mention], country: str | None) -> str | None:
    here = mentions[i]
    others = [m for m in mentions if m.sentence == here.sentence and m is not here and m.actors
              and m.actors[0].country not in (None, country) and not m.actors[0].person]
    if not others:
        return None
    return min(others, key=lambda m: abs(m.start - here.start)).actors[0].country


def _title_before(span: Any, title_words: frozenset[str]) -> str | None:
    """The title in or just before a person's name ("President" in "President X Y")."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    words = [t.text for t in doc[start:span.end]]
    title = [w for w in words[: len(words) - 1] if w.lower() in title_words]
    return " ".join(w.lower() for w in title) or None


def used_as_noun(span: Any) -> bool:
    """An adjective standing for people: "a Palestinian was killed", "two Israelis"."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and (
        root.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "det" for c in root.children))


def place_link(text: str, name: str, country: str) -> Actor:
    return Actor(text=text, name=name, country=country, sector=None,
                 reason=f"{LOCATION_REASON}: {name} is a place in {country}")


def recalled(memory: PersonMemory, name: str) -> Actor | None:
    known = memory.recall(name)
    if known is None:
        return None
    return known.replace(reason=f"same person as '{known.text}' earlier: {known.reason}")


def _apposed(i: int, mentions: list[Mention], spans: list[Any]) -> Actor | None:
    """The actor of a mention in apposition with mention i, in either direction."""
    root = spans[i].root
    for j, other in enumerate(mentions):
        if j == i or not other.actors or spans[j] is None:
            continue
        other_root = spans[j].root
        if (root.dep_ == "appos" and root.head == other_root) or (
                other_root.dep_ == "appos" and other_root.head == root):
            actor = other.actors[0]
            return actor.replace(reason=f"apposition to '{other.text}': {actor.reason}")
    return None


class MemoKB:
    """The knowledge base with its two hot lookups memoized (names and cues repeat a lot
    within and across articles); bounded so a long stream cannot grow it forever."""

    _LIMIT = 200_000

    def __init__(self, kb: Any) -> None:
        self._kb = kb
        self._names: dict[str, list[Any]] = {}
        self._cues: dict[str, tuple[str, str] | None] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._kb, name)

    def lookup_name(self, text: str) -> list[Any]:
        if text not in self._names:
            if len(self._names) > self._LIMIT:
                self._names.clear()
            self._names[text] = self._kb.lookup_name(text)
        return self._names[text]

    def sector_cue(self, phrase: str) -> tuple[str, str] | None:
        if phrase not in self._cues:
            if len(self._cues) > self._LIMIT:
                self._cues.clear()
            self._cues[phrase] = self._kb.sector_cue(phrase)
        return self._cues[phrase]

    def sector_for(self, phrase: str) -> str | None:
        found = self.sector_cue(phrase)
        return found[0] if found else None
