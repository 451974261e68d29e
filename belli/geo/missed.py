"""Place names the model misses but a news convention gives away (datelines aside).

* A party-and-place tag after a legislator's name: "Sen. Ann Lee, D-N.D., said",
  "State Rep. Tom Ruiz (R-Ida Grove)": the place is the state or town the member serves.
* A list that ends in a plural designator: "Hardin, Lee, Story and Tama
  counties", "Nineveh and Diyala provinces": every name of the list is a division, and the
  model tags few of them (it reads "Lee" as a person).
* A country's name or adjective the model left untagged inside a title or an office
  ("the U.S. Trade Representative", "Mexican Economy Secretary Ana Ruiz"): the
  knowledge base knows it. A country's one-word name in title case counts only standing
  alone ("Jordan", not "Michael Jordan" or "Jordan Peterson").
* A large state's or province's name after a direction, untagged inside an organization's
  or a region's name ("the Eastern Oregon Beekeepers Association", "Central Kansas
  District"): the direction makes it a part of the division, never a person's name.
* A name the article tags as a place elsewhere ("Peoria" tagged once, missed three times):
  a story uses a town's name in one sense throughout, so every untagged occurrence
  standing alone is the same place.
* A town of the story's country after "in", "at", "near" or "outside" ("a market at
  Kohat") or a word for a place and "of" ("the town of Kohat"): the model misses small
  towns it never saw. Not a name the knowledge base reads as something else, nor a town
  named by a common word ("in Congress").
* A division of the story's country after a name and a comma, closing the phrase ("at
  Hever Castle, Kent."): the model often misses both. After a common noun or a sentence's
  first word the comma sets off an apposition or a vocative instead ("the lawyer,
  Washington."; "Well, Virginia, ...").

* An untagged town right before a tagged division and a comma, inside that very division
  ("Silverstone, Northamptonshire"): the address names both, the model tagged one.
* An untagged town of the story's country in a list that holds two place-tagged names
  before it ("crews from Ames, Boone, Marshalltown and Ankeny"): a list's items are of one
  kind.

Each becomes a span; the stage adds a mention (GPE, NORP for an adjective) for a span no
mention covers, and the toponym finder reads a listed name as a division only
(`divisions_in`).

This module reads the party tags (`find_missed`) and gathers the others' readers under
one roof: divisions in `belli.geo.missed_divisions`, towns in `belli.geo.missed_towns`,
countries and repeated names in `belli.geo.missed_known_names`, and the `Span` they share
in `belli.geo.untagged`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from belli.geo.gazetteer import Gazetteer
from belli.geo.missed_divisions import (
    designated_unmentioned,
    divisions_in,
    parts_unmentioned,
    stated_unmentioned,
)
from belli.geo.missed_known_names import countries_unmentioned, repeated_places
from belli.geo.missed_towns import (
    located_unmentioned,
    resident_unmentioned,
    towns_before_divisions,
)
from belli.geo.names import PARTY_TAG
from belli.geo.untagged import Span, span_mentions

__all__ = ["Span", "countries_unmentioned", "designated_unmentioned", "divisions_in",
           "find_missed", "located_unmentioned", "parts_unmentioned", "repeated_places",
           "resident_unmentioned", "span_mentions", "stated_unmentioned",
           "towns_before_divisions"]

# "D-N.D.", "R-Grand Forks", "I-Vt.": after a comma (and "both" or "all" of several
# members: "Ann Lee and Bo Ray, both D-Ga.") or an opening bracket, before , ; or ) (a
# space may come first: "D-Pa. ,") or before "and" where a list of members goes on
# ("D-Ames and Rep. Ann Lee, D-Ida")
_PARTY_PLACE = re.compile(rf"(?:,\s(?:both\s|all\s)?|\(){PARTY_TAG}"
                          r"(?P<name>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})(?=\s?[,;)]| and )")


def find_missed(text: str, gazetteer: Gazetteer, listed: Sequence[Span]) -> list[Span]:
    """Party-and-place tags, and the `listed` divisions (`divisions_in`)."""
    out = list(listed)
    for match in _PARTY_PLACE.finditer(text):
        name = match.group("name")
        if any(e.is_division and not e.weak for e in gazetteer.lookup(name)):
            out.append(Span(match.start("name"), match.end("name"), name, "party"))
    return sorted(out, key=lambda s: s.start)
