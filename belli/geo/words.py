"""The words that tell what a capitalized name inside a mention is: a local area or a water
named after its town, a word never a place alone, a role, a facility, a public body.

Read by `belli.geo.toponyms`; lower-cased, as a name's folded words are compared.
"""

from __future__ import annotations

__all__ = ["AREA_WORDS", "BARE_WATERS", "BODIES", "FACILITIES", "FIELDS", "LOCAL_AREAS",
           "NOT_ALONE", "ROLES", "STREETS", "WATERS", "WATERS_BEFORE"]

# a word before a town's name that makes a part of it or its whole area ("Downtown
# Tulsa", "Metro Denver", "Historic Savannah"): never a place alone in a longer name
AREA_WORDS = frozenset({"downtown", "uptown", "midtown", "metro", "historic"})

# the last word of a local area named after its town ("Brick Township")
LOCAL_AREAS = frozenset({"township", "district", "municipality", "borough", "neighborhood",
                         "neighbourhood", "area", "village", "town", "community"})
# the last or first word of a river's or a lake's name ("Yakima River", "Lake Conroe"),
# read as the town or county it is named after; never a state ("Ohio River")
WATERS = frozenset({"river", "creek", "lake", "reservoir", "bay"})
WATERS_BEFORE = frozenset({"lake"})
# a water news calls by its generic word alone, and the countries on its shores, in order
BARE_WATERS = {
    "gulf": (("Persian Gulf", frozenset({"IRN", "IRQ", "KWT", "SAU", "BHR", "QAT", "ARE", "OMN"})),
             ("Gulf of Mexico", frozenset({"USA", "MEX", "CUB"}))),
}
# capitalized words that are never a place on their own inside a longer name (a title's
# or an organization's words; directions: "South" in "South Ossetian")
NOT_ALONE = frozenset({
    "the", "a", "an", "this", "that", "these", "it", "he", "she", "we", "they", "his", "her",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest", "north east",
    "north west", "south east", "south west", "upper", "lower", "middle", "new", "old",
    "great", "greater", "little", "grand", "united", "national", "federal", "state",
    "republic", "university", "college", "school", "city", "county", "capitol", "union",
    "mount", "lake", "river", "port", "fort", "saint", "st", "san", "santa", "royal",
    "district", "international", "general", "department", "court", "police",
    "church", "center", "centre", "first", "national guard", "club", "society", "council",
    "supreme",  # "the Supreme Court", "the Supreme Leader": never Supreme, Louisiana
    *AREA_WORDS,
})
# roles after a town in a person-tagged mention ("Avondale Mayor", "Charles City Sheriff")
ROLES = frozenset({
    "mayor", "chief", "sheriff", "manager", "official", "officials", "president", "governor",
    "police", "fire", "council", "councilman", "councilwoman", "coroner", "deputy",
    "commissioner", "director", "superintendent", "spokesman", "spokeswoman", "judge",
    "attorney", "prosecutor", "administrator", "alderman", "selectman", "trustee", "officer",
    "resident", "residents", "native", "man", "woman", "teen", "boy", "girl",
})
# the last word of a facility named after its town ("Hartford Hospital")
FACILITIES = frozenset({
    "hospital", "station", "road", "street", "avenue", "boulevard", "highway", "airport",
    "park", "bridge", "school", "university", "college", "court", "courthouse", "hall",
    "center", "centre", "library", "church", "cathedral", "mosque", "temple", "cemetery",
    "jail", "prison", "base", "camp", "mall", "square", "stadium", "arena", "port",
    "harbor", "harbour", "market", "museum", "plant", "factory", "mine", "dam", "zoo",
    "garden", "gardens", "theatre", "theater", "hotel", "office", "building", "tower",
    "fairgrounds", "depot", "terminal", "pier", "marina", "clinic", "academy", "lane",
    "drive", "basilica", "palace", "embassy", "consulate", "barracks", "refinery",
    "checkpoint", "racecourse", "racetrack", "circuit", "village",
})
# the last word of a street's name: a street bears a name, it does not lie in the place it
# names ("Hampton Avenue" is in the article's town, not in Hampton; "Frenchmen Street")
STREETS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
                     "lane", "drive", "parkway"})
# words of a public body's or an organization's name: a place-tagged mention with one
# after the place is an organization the model took for a place ("Tazewell County Police",
# "the New Mexico Republican Party", "Springfield City Schools")
BODIES = frozenset({
    "police", "department", "party", "council", "schools", "board", "commission",
    "commissioners", "authority", "association", "committee", "agency", "government",
    "sheriff", "rescue", "ems", "league", "chamber", "foundation", "society", "services",
    "administration", "corporation", "company", "bank", "times", "herald", "tribune",
    "gazette", "democrats", "republicans", "officials", "attorney", "prosecutor",
    # newspapers, named after their town ("the Fresno Courier-Examiner")
    "post", "journal", "chronicle", "courier", "examiner", "observer", "inquirer",
    "dispatch", "advertiser", "telegraph",
})
# the field a body serves, after "of" in its name ("the Bentonville Chamber of Commerce", "the
# College of Law", "the Department of Justice"): never the place the body lies in, though
# towns bear some of these names (Commerce, Texas; Justice, Illinois)
FIELDS = frozenset({
    "commerce", "industry", "trade", "education", "justice", "law", "health", "medicine",
    "agriculture", "labor", "labour", "transportation", "energy", "defense", "defence",
    "finance", "treasury", "interior", "arts", "fine arts", "music", "science", "sciences",
    "technology", "public works", "human services", "natural resources", "veterans affairs",
})
