"""The words that tell what a capitalized name inside a mention is: a local area or a water
named after its town, a word never a place alone, a role, a resident, a facility, a public
body.

The lists live in `data/words.yaml`, where an analyst reads and extends them; read by
`belli.geo.toponyms` and its rules, lower-cased, as a name's folded words are compared.
"""

from __future__ import annotations

from belli.yamldata import word_data, word_list

__all__ = ["AIMED_PREPOSITIONS", "AREA_WORDS", "BARE_WATERS", "BODIES", "CALENDAR_WORDS",
           "CLUB_WORDS", "DIRECTION_WORDS", "FACILITIES", "FIELDS", "FIRST_LEVEL",
           "GOING_VERBS", "KIND_WORDS", "LOCAL_AREAS", "LOOSE_STREETS", "NOT_ALONE",
           "OFFICE_TITLES", "PERSON_NOUNS", "PERSON_TAILS", "PERSON_TITLES", "PLACE_HEADS",
           "PLACE_NOUNS", "PLACE_TAILS", "RESIDENTS", "ROLES", "SENTENCE_OPENERS",
           "SPEECH_VERBS", "STREETS", "STREET_MONTHS", "STRIKE_NOUNS", "TAKING_VERBS",
           "TIME_PREPOSITIONS", "TOWN_WORDS", "WATERS", "WATERS_BEFORE"]

_FILE = "words.yaml"


def _words(key: str) -> frozenset[str]:
    return word_list("belli.geo", _FILE, key)


def _bare_waters() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Each bare water word to its waters and their shores' countries, in order."""
    return {word: tuple((str(water), frozenset(shores)) for water, shores in waters)
            for word, waters in word_data("belli.geo", _FILE)["bare_waters"].items()}


AREA_WORDS = _words("area_words")
LOCAL_AREAS = _words("local_areas")
WATERS = _words("waters")
WATERS_BEFORE = _words("waters_before")
BARE_WATERS = _bare_waters()
NOT_ALONE = _words("not_alone") | AREA_WORDS
ROLES = _words("roles")
CLUB_WORDS = _words("club_words")
RESIDENTS = _words("residents")
FACILITIES = _words("facilities")
STREETS = _words("streets")
LOOSE_STREETS = _words("loose_streets")
SENTENCE_OPENERS = _words("sentence_openers")
CALENDAR_WORDS = _words("calendar_words")
STREET_MONTHS = _words("street_months")
TIME_PREPOSITIONS = _words("time_prepositions")
FIRST_LEVEL = _words("first_level")
KIND_WORDS = _words("kind_words") | FIRST_LEVEL
DIRECTION_WORDS = _words("direction_words")
BODIES = _words("bodies")
FIELDS = _words("fields")
PERSON_TITLES = _words("person_titles") | ROLES
OFFICE_TITLES = _words("office_titles")
SPEECH_VERBS = _words("speech_verbs")
PLACE_HEADS = _words("place_heads") | RESIDENTS
GOING_VERBS = _words("going_verbs")
PLACE_NOUNS = _words("place_nouns")
PLACE_TAILS = _words("place_tails")
AIMED_PREPOSITIONS = _words("aimed_prepositions")
PERSON_TAILS = _words("person_tails")
PERSON_NOUNS = _words("person_nouns") | PERSON_TITLES
TAKING_VERBS = _words("taking_verbs")
STRIKE_NOUNS = _words("strike_nouns")
# towns named by an ordinary English word ("Hope", "Red"), from common_words.yaml
TOWN_WORDS = frozenset(w.lower() for w in word_list("belli.geo", "common_words.yaml", "town_words"))
