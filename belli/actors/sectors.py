"""Sectors and roles from the words of an actor phrase: pure functions, no spaCy.

The knowledge base maps cue phrases to sectors ("defence ministry" -> MIL, "customs
service" -> COP, "spokesman" -> GOV). In "Azerbaijan's defence ministry spokesman" both
"defence ministry" and "spokesman" are cues: the spokesman speaks for the ministry, so
MIL (the knowledge base's `sector_cue` encodes that rule).

When no cue matches, the head noun still says something (data/phrases.yaml): "Iranian
trucks" are carriers, so BUS rather than the Iranian state; "the Syrian people" are CVL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from belli.nlp.lexicon import PhraseLexicon
from belli.yamldata import word_data, word_list

__all__ = ["FORMER", "NON_STATE_BODIES", "NO_STATE_CODES", "POSTINGS", "STATE_ORGANS", "Cue", "SectorSource", "clean_role", "fallback_sector", "find_cue", "split_name"]

_MAX_CUE_WORDS = 5
# sectors of a state's own organs (data/coref.yaml): the one list every stage reads, for
# "a body of the state" (coreference, former office holders, ACLED's state forces)
STATE_ORGANS: frozenset[str] = word_list("belli.actors", "coref.yaml", "state_organs")
# international and non-governmental bodies: their codes (UN, MSF) name no state
NON_STATE_BODIES = frozenset({"IGO", "NGO"})
# a state's armed and security forces: what its leader orders, sends and praises
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
# verbs by which one orders forces ("ORDERED the army to intensify strikes")
COMMANDING_VERBS = frozenset({"order", "instruct", "command", "direct"})
# codes in a country's place that name no state (sectors.yaml `extra_codes`: CAMEO's IMG
# for transnational armed groups, al-Qaeda, the Islamic State): no one else is of their
# "country"
NO_STATE_CODES = frozenset(word_data("belli.actors", "sectors.yaml").get("extra_codes") or {})
# words that make an office holder a former one, an elite (data/roles.yaml): one list for
# the resolver's titles and the roles stated beside a name
FORMER: frozenset[str] = word_list("belli.actors", "roles.yaml", "former")
# offices held at a body or abroad: the name after the sender's is the posting (roles.yaml)
POSTINGS: frozenset[str] = word_list("belli.actors", "roles.yaml", "postings")
# words that qualify a role without being part of it ("former president")
_ROLE_QUALIFIERS = frozenset({
    "former", "then", "new", "top", "senior", "current", "outgoing", "incoming", "acting",
    "interim", "late", "ex", "the", "a", "an", "its", "their", "his", "her", "'s", "’s",
})
# words of compound titles that are not cues by themselves ("secretary of state")
_TITLE_GLUE = frozenset({"of", "for", "state", "affairs", "general", "foreign", "defence",
                         "defense", "interior", "deputy", "vice", "first", "prime", "chief",
                         "federal", "national", "senior", "acting", "interim", "assistant",
                         "executive", "permanent", "former", "the"})


class SectorSource(Protocol):
    def sector_for(self, phrase: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase found among the words, the sector it gives, and where it starts."""

    phrase: str
    sector: str
    start: int


def find_cue(words: Sequence[str], kb: SectorSource) -> Cue | None:
    """The cue among the words and its sector.

    The knowledge base's own `sector_cue` decides where it has one (the cue ending last
    wins, and a role word such as "spokesman" speaks for the body named before it);
    otherwise the longest, then leftmost, run of words with a sector.
    """
    if not words:
        return None
    sector_cue = getattr(kb, "sector_cue", None)
    if sector_cue is not None:
        found = sector_cue(" ".join(words))
        return Cue(found[1], found[0], 0) if found else None
    lowered = [w.lower() for w in words]
    for size in range(min(_MAX_CUE_WORDS, len(lowered)), 0, -1):
        for start in range(len(lowered) - size + 1):
            phrase = " ".join(lowered[start:start + size])
            sector = kb.sector_for(phrase)
            if sector:
                return Cue(phrase, sector, start)
    return None


def fallback_sector(head: str | None, lexicon: PhraseLexicon) -> tuple[str, str] | None:
    """(sector, why) from the head noun alone, when no cue matched."""
    if not head:
        return None
    word = head.lower()
    if word in lexicon.business:
        return "BUS", f"'{word}' are commercial, not the state"
    if word in lexicon.civilians:
        return "CVL", f"'{word}' are civilians"
    return None


def clean_role(words: Sequence[str]) -> str | None:
    """A role string from title words: qualifiers and possessives dropped, lower case."""
    kept = [w.lower() for w in words if w.lower() not in _ROLE_QUALIFIERS and w.strip("-,")]
    while kept and kept[-1] in ("of", "for"):
        kept.pop()
    return " ".join(kept) or None


def split_name(words: Sequence[str], title_words: frozenset[str]) -> tuple[list[str], list[str]]:
    """Split a run of capitalized words into (title words, name words).

    The title ends at the last title word that still has a name after it:
    "President Recep Tayyip Erdoğan" -> (["President"], ["Recep", "Tayyip", "Erdoğan"]);
    "Labour Minister Dragan Milovanovic" -> (["Labour", "Minister"], ["Dragan", "Milovanovic"]);
    "Foreign Minister" -> all title; "Martin Luther King" -> all name.
    """
    vocabulary = title_words | _TITLE_GLUE
    known = [w.lower().strip(".") in vocabulary for w in words]
    if known and all(known):
        return list(words), []
    cut = 0
    for i in range(len(words) - 1):
        if known[i] and not all(known[i + 1:]):
            cut = i + 1
    return list(words[:cut]), list(words[cut:])
