"""Which gazetteer readings of a story's names are plausible (`belli.geo.stage`).

A small foreign town chosen for a local name (a street's, a building's, a force's: a
"Dijon" street in a Memphis story) is dropped when the story is set in another country,
and so is a small town whose country no other name names, beside names mostly of one
other country ("Schengen" in a story set in France) or inside a body's name ("Peel
Regional Police"); the gazetteer holds such a name, so the stage gives it no place at all
(`rejected`). A name a street bears ("Concord Avenue") keeps its street's reading.
"""

from __future__ import annotations

import re
from collections import Counter

from belli.geo.names import designator
from belli.geo.resolve import Resolution
from belli.geo.streets import FIRM_STREETS
from belli.geo.untagged import PLACE_LABELS
from belli.geo.words import STREETS
from belli.records import Mention

__all__ = ["plausible", "rejected", "set_in_one_country"]

_SMALL_TOWN = 50_000
_DOMINANT = 0.6  # the article's main country has this share of its places...
_STRAY = 0.1  # ...and the town's country less than this
_STRAY_AMONG = 3  # a small town the only one of its country among this many other names
# the word after a name, unless a name goes on after it ("St. Louis")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]*|[a-z]+)\b(?!\.? [A-Z])")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|one|each|every|another)\s+$", re.IGNORECASE)
_ARTICLE_REACH = 12  # characters before a name enough to hold an article and its space


def plausible(resolutions: list[Resolution], mentions: list[Mention], text: str = "",
              datelines: frozenset[int] = frozenset()) -> list[Resolution]:
    """Drop a small foreign town chosen for a name (a street's, a building's, a team's or a
    force's: "Tonopah Regional Police") when the article is about another country (a "Dijon"
    street in a Memphis story is no French town): such a name is a local one the
    gazetteer reads wrongly, and gets no place (`rejected`). An adjective names a
    country, never such a town; a dateline (its start in `datelines`) names where the story
    was filed, which no other name of it outweighs."""
    resolutions = [r for r in resolutions if not _street_borne(r, mentions, text)]
    filed = frozenset(r.toponym.key for r in resolutions
                      if mentions[r.toponym.index].start in datelines)
    resolutions = _without_stray_towns(resolutions, filed)
    shares = Counter(r.entry.country or "" for r in resolutions if r.entry.country)
    total = sum(shares.values())
    if not total:
        return resolutions
    main, count = shares.most_common(1)[0]
    return [r for r in resolutions if not (
        r.toponym.how != "adjective" and r.toponym.key not in filed
        and r.entry.kind == "city" and r.entry.population < _SMALL_TOWN
        and r.entry.country != main and count / total >= _DOMINANT
        and shares[r.entry.country or ""] / total < _STRAY)]


def _without_stray_towns(resolutions: list[Resolution],
                         filed: frozenset[str] = frozenset()) -> list[Resolution]:
    """Drop a small town whose country no other name of the story names, on its own or as
    an adjective. Named on its own beside three or more names mostly of one other country
    ("Rehab and New Cairo", in Egypt) it is a local name the gazetteer reads wrongly, which then gets
    no place (`rejected`); beside names of several countries ("Davos" among Washington,
    Beijing and Brussels) the story roams, and it stays. Read inside a longer name
    ("Venice" in "the Venice Commission", "Peel" in "Peel Regional Police") it is the
    body's namesake, unless a name that stays names its country: a body is named after a
    far-off small town far less often than after a local name the gazetteer lacks. An
    adjective names its country ("the Kazakh resort of Burabay"); a dateline's town
    (its name in `filed`) always stays. A story that names no place on its own gives no
    such evidence, and keeps it."""
    named = _countries_named(resolutions)
    strays = {r.toponym.key for r in resolutions if r.toponym.how == "name"
              and r.toponym.key not in filed and _small_town(r)
              and _alone_among_one_country(r, named)}
    resolutions = [r for r in resolutions if r.toponym.key not in strays]
    named = _countries_named(resolutions)
    if not named:
        return resolutions
    return [r for r in resolutions if not (
        r.toponym.how == "inside" and _small_town(r) and r.entry.country not in named)]


def _small_town(resolution: Resolution) -> bool:
    return resolution.entry.kind == "city" and resolution.entry.population < _SMALL_TOWN


def _countries_named(resolutions: list[Resolution]) -> Counter[str]:
    """Each country's count of the story's names, each name counted once, that name it on
    their own or as an adjective ("Kazakh"), not inside a longer name."""
    named = {r.toponym.key: r.entry.country for r in resolutions
             if r.toponym.how in ("name", "adjective") and r.entry.country}
    return Counter(named.values())


def _alone_among_one_country(resolution: Resolution, named: Counter[str]) -> bool:
    """The only name of its country, beside `_STRAY_AMONG` or more names mostly of one
    other country."""
    country = resolution.entry.country or ""
    others = named - Counter({country: named[country]})
    return (named[country] == 1 and sum(others.values()) >= _STRAY_AMONG
            and _mostly_one(others))


def _street_borne(resolution: Resolution, mentions: list[Mention], text: str) -> bool:
    """A name a street bears, inside the mention or cut off before its street word."""
    mention = mentions[resolution.toponym.index]
    return _street_named(resolution, mention) or _before_street_word(text, mention)


def _street_named(resolution: Resolution, mention: Mention) -> bool:
    """A place named inside a street's name ("Concord Avenue", "Irishmen Street"): a
    street bears the name, it does not lie there. The name still told the resolver the
    region; the stage puts the street in its town. A town that owns the street ("Kampala's
    Fifth Street") or a county that names its road ("Stearns County Road") holds it."""
    toponym = resolution.toponym
    words = mention.text.split()
    if toponym.how != "inside" or len(words) < 2 or words[-1].lower().rstrip(".") not in STREETS:
        return False
    after = mention.text[toponym.end - mention.start:][:2]
    return after not in ("'s", "’s") and designator(toponym.text)[1] is None


def _before_street_word(text: str, mention: Mention) -> bool:
    """A mention the model cut short of its street's last word ("North State" in "North
    State Street", "Dover" in "on Dover Road", "Hamra" in "Hamra street"): the street bears
    the name and lies in the article's town, as a street named inside a mention does
    (`_street_named`). A lower-case "road" or "drive" is most often a common noun ("the
    Kabul road"): only the street words of `FIRM_STREETS` count in lower case, and not
    after an article ("a Beirut street" is a street of Beirut)."""
    after = _NEXT_WORD.match(text, mention.end)
    if after is None or mention.label not in PLACE_LABELS:
        return False
    word = after.group(1)
    if word.islower():
        return word in FIRM_STREETS and not _ARTICLE_BEFORE.search(
            text, max(0, mention.start - _ARTICLE_REACH), mention.start)
    return word.lower() in STREETS


def rejected(resolutions: list[Resolution], kept: list[Resolution],
              mentions: list[Mention], text: str) -> frozenset[int]:
    """The mentions whose only gazetteer readings `plausible` dropped as implausible (a
    stray small town: "Schengen" in a story set in France): the gazetteer holds the name,
    so it is no unlisted local place to put at the story's focus. A name dropped because a
    street bears it is a street's, which the stage still places."""
    placed = {r.toponym.index for r in kept}
    return frozenset(r.toponym.index for r in resolutions if r.toponym.index not in placed
                     and not _street_borne(r, mentions, text))


def set_in_one_country(resolutions: list[Resolution]) -> bool:
    """Whether the story's places lie mostly in one country (`_DOMINANT` of its names, each
    counted once): only then does a name the model took for a person fall back on the
    story's focus; a story of several countries may set it in any of them."""
    named = dict.fromkeys((r.toponym.key, r.entry.country) for r in resolutions
                          if r.entry.country and r.toponym.how != "adjective")
    return _mostly_one(Counter(country for _, country in named))


def _mostly_one(counts: Counter[str]) -> bool:
    """Whether one country has `_DOMINANT` of the names counted."""
    total = sum(counts.values())
    return bool(total) and counts.most_common(1)[0][1] / total >= _DOMINANT
