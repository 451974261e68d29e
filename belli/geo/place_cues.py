"""The cues that a name the model tagged as a person or an organization is a place.

The model often tags small towns as people ("Ruston woman charged..."). Such a name
counts as a place when the text treats it as one: at a dateline, after a locative
preposition, beside a listed town, before a word that says who lives there,
followed by its division ("Ruston, La."), in a legislator's party tag, or where the
article tags the same name as a place elsewhere; and never where the knowledge base knows
the name as something else than a country or a city.

A person-tagged name of several words is read as an organization's (`read_as_body`) where
it is a club's ("Leeds United", "the Tulsa Drillers") or an office's name ("Tulsa City"
+ "Manager"): the town that opens it is a place inside it.
"""

from __future__ import annotations

import re

from belli.geo import words as lexicon
from belli.geo.article import NAMESAKE_KINDS, ArticleNames
from belli.geo.candidates import CITY_KINDS, COUNTRY_KINDS, LARGE_CITY
from belli.geo.lone_names import ADDRESS_REACH, PLACE_OF, after_address, stands_as_town
from belli.geo.names import PARTY_TAG, fold, same_name
from belli.records import Mention

__all__ = ["PARTY", "read_as_body", "treated_as_place"]

# a legislator's party tag before a place: "R-Cedar Rapids", not "D-N.Y."
PARTY = re.compile(rf"{PARTY_TAG}(?=[A-Z][a-z])")
# a locative preposition right before a name: the name is a place ("in Ruston")
_IN_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|around|throughout)\s+$", re.IGNORECASE)
# between two items of a list: "Hondo and Castroville", "Elgin, Bastrop"
_LISTING = re.compile(r",? (?:and|or|&) |, ")
_LISTING_GAP = 6  # characters enough to hold the longest of them
_NEXT_WORD = re.compile(r" ([a-z]+)\b")  # a lower-case word right after a name
# a division or a country after a comma: "Ruston, La."
_STATED_AFTER = re.compile(r",\s*([A-Z][\w.']*(?: [A-Z][\w.']*)?)")
# a person- or organization-tagged name is read as a town only if the town has this many
_MIN_LONE_POPULATION = 2000
# a determiner right before a name: a person's name takes none, a team's, a gang's or a
# body's does ("the Seattle Seahawks", "every Leeds United game"); not "that", which
# also opens a clause ("said that Austin Powers...")
_DETERMINED = re.compile(r"\b(?:the|every|each|this|these|those)\s+$", re.IGNORECASE)
# the marks of an owner after a name: "Jackson's house"
_OWNER_MARKS = ("'s", "’s")
# a capitalized word right after a name ("Rock Hill City" + "Manager")
_NEXT_NAME_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")


def treated_as_place(names: ArticleNames, mention: Mention, name: str) -> bool:
    """A person- or org-tagged name the text treats as a place, and no KB entry names
    something else ("Ruston" tagged PERSON after "in")."""
    if mention.start in names.datelines or _party_place(names, mention, name):
        return True
    if any(m.kind not in COUNTRY_KINDS | CITY_KINDS for m in names.kb.lookup_name(name)):
        return False
    if fold(name) in names.place_names:
        return True
    # where the text says "place" ("marched in Jackson", "the town of Jackson", "12 Elm
    # St., Jackson", "Graham, Texas"), a namesake person of the story does not undo it; an
    # owner's "'s" does ("outside Jackson's house"); an address is the longest of these cues
    before = names.text[max(0, mention.start - ADDRESS_REACH):mention.start]
    if (_IN_PLACE.search(before) or PLACE_OF.search(before)
            or after_address(names.text, mention.start)) and not (
            _possessive(names, mention)):
        return True
    if _division_stated(names, mention) or _division_named(names, mention, name):
        return True
    if mention.label == "PERSON" and fold(name) in names.person_words:
        return False  # "Jackson told reporters" in a story naming Jesse Jackson: the person
    if _lone_name(names, mention, name):
        return True
    return _listed_with_town(names, mention, name) or _attributive(names, mention, name)


def _possessive(names: ArticleNames, mention: Mention) -> bool:
    """Whether the name owns what follows ("Jackson's house"): a person more often."""
    return mention.text.endswith(_OWNER_MARKS) or names.text.startswith(_OWNER_MARKS,
                                                                         mention.end)


def read_as_body(text: str, mention: Mention) -> Mention:
    """A person-tagged name of several words in the plural that a determiner opens, or
    that an office's or a body's word follows ("Rock Hill City" + "Manager"), read as
    the organization's name it is: a team's, a gang's or an office's name the model took
    for a person's, so the town that opens it is a place inside it (`belli.geo.inside`)."""
    if mention.label != "PERSON" or " " not in mention.text.strip():
        return mention
    after = _NEXT_NAME_WORD.match(text, mention.end)
    if _team(text, mention) or (
            after and after.group(1).lower() in lexicon.ROLES | lexicon.BODIES):
        return mention.replace(label="ORG")
    return mention


def _team(text: str, mention: Mention) -> bool:
    """A club's word ending a name ("Leeds United"), or a determiner before a name in the
    plural ("the Tulsa Drillers"): a team's or a gang's; "the Paris Hilton" is a
    hotel's, which the model's label already tells."""
    last = mention.text.rstrip().rsplit(" ", 1)[-1]
    if last.lower() in lexicon.CLUB_WORDS:  # "Bolton Wanderers", with or without "the"
        return True
    return (_DETERMINED.search(text[max(0, mention.start - 8):mention.start]) is not None
            and last.endswith("s") and not last.endswith(("'s", "’s")))


def _division_stated(names: ArticleNames, mention: Mention) -> bool:
    """Whether a division or a country follows the name after a comma ("Ruston, La.")."""
    after = _STATED_AFTER.match(names.text[mention.end:])
    return bool(after and any(e.kind in ("admin1", "country") and not e.weak
                              for e in names.gazetteer.lookup(after.group(1))))


def _attributive(names: ArticleNames, mention: Mention, name: str) -> bool:
    """A person-tagged name before a word that says who lives somewhere ("a Glen Rose
    woman", "Pine Ridge residents"): a person's name does not qualify such a noun; a
    town's does. An office word ("a Jackson spokesman") follows a person's name as well,
    and a name the story gives in full to a person elsewhere is that person's."""
    return (mention.label == "PERSON" and _resident_follows(names, mention.end)
            and not _named_person(names, name) and _namesake_known(names, name))


def _resident_follows(names: ArticleNames, end: int) -> bool:
    """Whether a residence word ("woman", "residents") follows at `end`."""
    after = _NEXT_WORD.match(names.text, end)
    return after is not None and after.group(1) in lexicon.RESIDENTS


def _named_person(names: ArticleNames, name: str) -> bool:
    """Whether a longer person-tagged mention holds the name ("Senator Tom Jackson"): the
    story gives it a person. The same name tagged alone elsewhere proves nothing: the
    model tags a town it took for a person so throughout ("in Glen Rose")."""
    folded = f" {fold(name)} "
    return any(folded in f" {person} " and folded != f" {person} "
               for person in names.person_names)


def _listed_with_town(names: ArticleNames, mention: Mention, name: str) -> bool:
    """A name listed beside a place-tagged one ("Hondo and Castroville", "Elgin, Bastrop
    and Smithville") that the gazetteer knows as a town or county by that very name: the
    items of a list are of one kind."""
    after = _LISTING.match(names.text, mention.end)
    beside = bool(after and after.end() in names.town_starts) or any(
        _LISTING.fullmatch(names.text, end, mention.start) for end in
        range(max(0, mention.start - _LISTING_GAP), mention.start) if end in names.town_ends)
    return beside and _namesake_known(names, name)


def _namesake_known(names: ArticleNames, name: str) -> bool:
    """Whether the gazetteer knows a town or a county by that very name."""
    return any(not e.weak and e.kind in NAMESAKE_KINDS and same_name(e.name, name)
               for e in names.gazetteer.lookup(name))


def _party_place(names: ArticleNames, mention: Mention, name: str) -> bool:
    """A legislator's party-and-place tag the model took for a name ("Rep. Ann Lee,
    D-Charleston, said"): after a comma or a bracket, the place the member serves."""
    before = names.text[max(0, mention.start - 2):mention.start]
    return bool(PARTY.match(name)) and before.endswith((", ", "("))


def _lone_name(names: ArticleNames, mention: Mention, name: str) -> bool:
    """A one-word "person" never part of a person's full name in the article and standing
    where a town would (`stands_as_town`: "Ruston police said", never "Jackson told
    reporters"), or an "organization" called exactly like a town, that the gazetteer knows
    as a place ("Glen Rose" tagged ORG)."""
    if mention.label == "PERSON" and (" " in name or fold(name) in names.person_words
                                      or not stands_as_town(names, name)):
        return False
    if mention.label not in ("PERSON", "ORG"):
        return False
    return any(not e.weak and fold(e.name) == fold(name) and not _acronym_of(name, e.name)
               and e.population >= _MIN_LONE_POPULATION for e in names.gazetteer.lookup(name))


def _acronym_of(name: str, place: str) -> bool:
    """Whether a name in capitals only spells a town's name that is not ("the BLA had
    warned" is the Baloch Liberation Army, not Bla in Mali): an acronym is an
    organization's; a dateline's town in capitals is read before this."""
    return len(name) > 1 and name.isupper() and not place.isupper()


def _division_named(names: ArticleNames, mention: Mention, name: str) -> bool:
    """A person- or organization-tagged name of several words that is exactly the name
    of a country, a first-level division or a large city ("Uttar Pradesh said...", "New
    Brunswick"): a person's name is rarely a state's."""
    if mention.label not in ("PERSON", "ORG") or " " not in name:
        return False
    return any(not e.weak and fold(e.name) == fold(name) and (
        e.kind in ("country", "admin1") or e.population >= LARGE_CITY)
        for e in names.gazetteer.lookup(name))
