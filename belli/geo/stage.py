"""The place stage (`geo.resolve.v1`): every toponym mention gets its `Place`.

It runs after the actor stage and reads only records: the mentions (with their actors)
and the article text, so its tests build mentions by hand and load no model. For each
mention that names a place (`belli.geo.toponyms`) it chooses one gazetteer entry
(`belli.geo.resolve`) and writes `Mention.place`: name, country, coordinates, gazetteer
id, `feature` (the entry's kind: country, admin1, admin2, city, continent, sea, region,
corridor...), `precision` and `reason`.

Precision is the geometry class, so a country is never drawn as a town:

    country   a country (its point stands for the whole country)
    region    a division, a continent, a sea, a corridor, a disputed region
    town      a populated place
    exact     a point smaller than a town, from an analyst's own places file

A dateline the model missed ("COLUMBUS, Ohio (AP) —") becomes a GPE mention with source
"dateline" (`belli.geo.datelines`); so does a party-and-place tag ("D-N.D.", source
"party") or a name in a list of divisions ("Hardin and Story counties", source "list"), or
an untagged repeat of a name tagged as a place elsewhere (source "repeat") or a large
state after a direction ("Eastern Oregon", source "part") or an untagged town of the
story's country after "in" or "at" (source "locative") or a division of it after a name
and a comma ("Hever Castle, Kent.", source "stated") or an untagged town before a word
for its people ("Chicopee residents", source "resident") or a division named with its
own word ("the Avoyelles Parish jail", source "designated") or an untagged town before its
tagged division ("Silverstone, Northamptonshire", source "contained", `belli.geo.missed`)
or an untagged street ("Desire Street", "Bourbon and Dauphine streets", label FAC, source
"street", `belli.geo.streets`), which is placed where the text ties it (a town after or
owning it, or the story's town named in its sentence or the one before) and never read as
a town of its name;
so does each country of a coordination inside one mention ("the Japanese and UK
governments", source "coordinated", `belli.geo.coordinated`), whose whole then keeps no
place: the only mentions this stage adds. A mention cut short of a curated place's name
("Redhill" in "near Redhill post", an analyst's checkpoint) is widened to that name
(`belli.geo.curated_spans`): the longest name the text gives wins.

A street, a building (a facility's last word: "Elm Street") or a name tagged as a place
that the gazetteer lacks (a village, a suburb) is placed at the article's main town, with
the reason saying so; the latter at `region` precision, since it only lies near it. So is
a name the model tagged as a person where the text uses it as a place ("the
suburb of Marrowby", `belli.geo.misread_places`), and only in a story set in one country. A
name the gazetteer holds whose reading a plausibility rule rejected (a stray small town:
"the Schengen zone" in a story set in France) is no such name: it gets no place. An
organization or an event named as a venue ("a talk at the OAS in Washington") is placed
only where the text puts it.

The actor stage already decided who acts ("Moscow sent..." is Russia's government) and
which names are only places ("in Moscow"); this stage does not change that reading. It
geocodes the name either way: the event coder takes an event's place only from a
mention its clause puts the event in (`belli.geo.events`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from belli.actors.sectors import NON_STATE_BODIES
from belli.geo.coordinated import coordinated_parts, holders
from belli.geo.curated_spans import widened_to_curated
from belli.geo.datelines import Dateline, find_datelines
from belli.geo.division_names import NAMESAKE
from belli.geo.gazetteer import Entry, Gazetteer, load_gazetteer
from belli.geo.misread_places import used_as_place
from belli.geo.missed import (
    Span,
    countries_unmentioned,
    designated_unmentioned,
    divisions_in,
    find_missed,
    located_unmentioned,
    parts_unmentioned,
    repeated_places,
    resident_unmentioned,
    span_mentions,
    stated_unmentioned,
    towns_before_divisions,
)
from belli.geo.names import alike, designator, fold, plain
from belli.geo.plausible import plausible, rejected, set_in_one_country
from belli.geo.resolve import Resolution, resolve_toponyms
from belli.geo.streets import SOURCE as STREET  # in the story's town, never a town of its name
from belli.geo.streets import owner, streets_unmentioned, town_named_near
from belli.geo.toponyms import PLACE_LABELS, find_toponyms, never_alone
from belli.geo.usage import newsroom_countries
from belli.geo.words import FACILITIES
from belli.records import Analysis, Mention, Place, Sentence
from belli.settings import Settings

__all__ = ["PlaceStage", "precision_of", "to_place"]

_UNLISTED_LABELS = frozenset({"GPE", "LOC"})  # a place's labels, for a name the gazetteer lacks
# ...and a facility's: a canal, a chapel, a race circuit lies where the story is set
_LOCAL_LABELS = _UNLISTED_LABELS | {"FAC"}
_TOWNS = frozenset({"city", "town", "capital"})  # gazetteer and actor-stage kinds
_ECHOED_KINDS = frozenset({"city", "admin1", "admin2"})  # places a story's repeats may name
# a person's name may share a town's; a place-tagged name was echoed before resolving
_UNECHOED_LABELS = frozenset({"PERSON", "GPE", "LOC"})
# between a local name and the place the text puts it in: "Mill Road, Ashcombe",
# "a clinic in Soweto", "Marrowby, near Ashcombe", "the chapel at Ashcombe Castle"
_PUT_IN = re.compile(r"^(?:\s*,\s*(?:(?:in|near|outside)\s+)?|\s+(?:in|near|outside|at)\s+)"
                     r"(?:the\s+)?$", re.IGNORECASE)
# an organization or an event the text names as a venue ("a talk at Blue Heron Hall in
# Lagos", "a baker from Maple Cakes in Tacoma") lies in the place it then names; a comma alone
# there may list another actor ("at the UN, France said"), so only "in" and its like count
_VENUE_LABELS = frozenset({"ORG", "EVENT"})
_VENUE_BEFORE = re.compile(r"\b(?:at|inside|outside|from)\s+(?:the\s+)?$", re.IGNORECASE)
_VENUE_IN = re.compile(r"^\s+(?:in|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# the actor stage's reasons for a country read off another mention, not the actor's own name
_POINTS = frozenset({"site", "base", "airport", "checkpoint", "building", "port", "camp",
                     "village", "bridge", "crossing", "dam", "plant"})


def precision_of(entry: Entry) -> str:
    """The geometry class of a gazetteer entry: country, region, town or exact."""
    return _precision(entry.kind)


def _precision(kind: str | None) -> str:
    if kind == "country":
        return "country"
    if kind in _TOWNS:
        return "town"
    if kind in _POINTS:
        return "exact"
    return "region"


def to_place(resolution: Resolution, earlier: Place | None = None) -> Place:
    """The Place record for a resolution; keeps the name variants an earlier stage found."""
    entry = resolution.entry
    variants = [entry.name, *entry.variants]
    if earlier is not None:
        ours = {fold(v) for v in (*variants, resolution.toponym.text)}
        if ours & {fold(v) for v in (earlier.name, *earlier.variants)}:
            variants += [earlier.name, *earlier.variants]
    return Place(name=shown_name(resolution), country=entry.country, lat=entry.lat,
                 lon=entry.lon, gazetteer_id=entry.gazetteer_id, feature=entry.kind,
                 variants=tuple(dict.fromkeys(variants)), precision=precision_of(entry),
                 reason=resolution.reason)


def shown_name(resolution: Resolution) -> str:
    """The name a reader searches for (the gazetteer's stays among the variants): the
    article's spelling where the gazetteer's is accented ("Jenin" for Janīn) or the
    division is named after the town the article wrote ("Sagaing" for Sagain), else the
    gazetteer's name without accents ("Hamah" for Ḩamāh)."""
    entry, toponym = resolution.entry, resolution.toponym
    written = designator(toponym.text)[0]
    written = written.title() if written.isupper() else written  # a dateline's "JENIN"
    if written[:1].isupper() and (
            any(c.entry == entry and c.why == NAMESAKE for c in toponym.candidates)
            or (not entry.name.isascii() and alike(written, entry.name))):
        return written
    return plain(entry.name)


def _one_name_each(mentions: list[Mention]) -> None:
    """Give, in `mentions`, each gazetteer place the name its first mention in the text
    shows ("Jenin", then "Janin" of the same town): one place shows one name in an
    article, as the explorer groups places by name. The other stays among the variants."""
    first: dict[str, str] = {}
    for i in sorted(range(len(mentions)), key=lambda i: mentions[i].start):
        place = mentions[i].place
        if place is None or place.gazetteer_id is None:
            continue
        name = first.setdefault(place.gazetteer_id, place.name)
        if name != place.name:
            variants = tuple(dict.fromkeys((*place.variants, place.name)))
            mentions[i] = mentions[i].replace(place=place.replace(name=name, variants=variants))


@dataclass
class PlaceStage:
    """Pipeline stage: fills `Mention.place` for the mentions that name places."""

    kb: Any
    gazetteer: Gazetteer | None = None
    name: str = "geo.resolve.v1"
    needs: frozenset[str] = frozenset({"mentions", "actors"})
    adds: frozenset[str] = frozenset({"places"})

    @classmethod
    def from_settings(cls, settings: Settings) -> PlaceStage:
        from belli.actors.document import shared_memo
        from belli.actors.kb import load_kb

        return cls(shared_memo(load_kb()))

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        return [self.resolve(analysis) for analysis in batch]

    def resolve(self, analysis: Analysis) -> Analysis:
        """The analysis with a place on every mention that names one."""
        gazetteer = self._gazetteer()
        text = analysis.article.text
        datelines = find_datelines(text, gazetteer)
        listed = divisions_in(text, gazetteer, self.kb)
        mentions = widened_to_curated(
            text, self._with_missed(analysis, gazetteer, datelines, listed), gazetteer)
        split = self._split_coordinated(analysis.doc_id, mentions)
        toponyms = [t for t in find_toponyms(text, mentions, gazetteer, self.kb,
                                             frozenset(d.start for d in datelines),
                                             frozenset(s.start for s in listed))
                    if t.index not in split and mentions[t.index].source != STREET]
        named = {t.index for t in toponyms} | split
        others = [m for i, m in enumerate(mentions) if i not in named]
        resolutions = resolve_toponyms(text, toponyms, _actor_countries(others),
                                       newsroom_countries(text))
        dated = frozenset(d.start for d in datelines)
        kept = plausible(resolutions, mentions, text, dated)
        for resolution in kept:
            i = resolution.toponym.index
            mentions[i] = mentions[i].replace(place=to_place(resolution, mentions[i].place))
        _place_unresolved(text, mentions, kept, dated,
                          rejected(resolutions, kept, mentions, text), analysis.sentences)
        mentions += _echoes(analysis, mentions, kept)
        _one_name_each(mentions)
        return analysis.replace(mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))))

    def _split_coordinated(self, doc_id: str, mentions: list[Mention]) -> frozenset[int]:
        """Add, in `mentions`, a mention for each country a coordination names ("the
        Japanese and UK governments", `belli.geo.coordinated`); the indices of the
        mentions so split, which keep no place of their own."""
        parts = coordinated_parts(doc_id, mentions, self.kb)
        if not parts:
            return frozenset()
        mentions[:] = sorted([*mentions, *parts], key=lambda m: (m.start, m.end))
        split = holders(mentions, parts)
        for i in split:
            mentions[i] = mentions[i].replace(place=None)
        return split

    def _with_missed(self, analysis: Analysis, gazetteer: Gazetteer,
                     datelines: Sequence[Dateline], listed: Sequence[Span]) -> list[Mention]:
        """The analysis's mentions and the places the model missed (`belli.geo.missed`),
        in the text's order."""
        text = analysis.article.text
        spans = [*(Span(d.start, d.end, d.text, "dateline") for d in datelines),
                 *find_missed(text, gazetteer, listed),
                 *countries_unmentioned(text, analysis.mentions, self.kb),
                 *parts_unmentioned(text, analysis.mentions, gazetteer),
                 *located_unmentioned(text, analysis.mentions, gazetteer, self.kb),
                 *stated_unmentioned(text, analysis.mentions, gazetteer),
                 *towns_before_divisions(text, analysis.mentions, gazetteer, self.kb),
                 *designated_unmentioned(text, analysis.mentions, gazetteer),
                 *resident_unmentioned(text, analysis.mentions, gazetteer, self.kb),
                 *streets_unmentioned(text),
                 *repeated_places(text, analysis.mentions, [d.text for d in datelines])]
        extra = span_mentions(analysis.doc_id, spans, analysis.mentions, analysis.sentences)
        return sorted([*analysis.mentions, *extra], key=lambda m: (m.start, m.end))

    def _gazetteer(self) -> Gazetteer:
        """Loaded on first use, so building a pipeline stays cheap."""
        if self.gazetteer is None:
            self.gazetteer = load_gazetteer()
        return self.gazetteer


def _place_unresolved(text: str, mentions: list[Mention], kept: list[Resolution],
                      datelines: frozenset[int] = frozenset(),
                      rejected: frozenset[int] = frozenset(),
                      sentences: Sequence[Sentence] = ()) -> None:
    """Place, in `mentions`, the streets, buildings and unlisted places no toponym placed:
    where the text puts them, else at the article's focus; a venue or a dateline's town
    (its start in `datelines`) whatever its label, only where the text puts it; a name
    tagged as a person that the text uses as a place (`used_as_place`) where
    the text puts it, else at the focus of a story set in one country; an untagged street
    only where the text ties it to a place (`_street_placed`); a name whose gazetteer
    reading `plausible` rejected (its index in `rejected`) nowhere, since the gazetteer
    does hold it; and give a place the actor stage's knowledge base located its precision."""
    focus = _focus(kept)
    settled = focus if set_in_one_country(kept) else None
    placed = {r.toponym.index for r in kept}
    for i, mention in enumerate(mentions):
        if i in placed:
            continue
        if mention.place is None:
            if mention.source == STREET:
                mentions[i] = _street_placed(text, mention, kept, focus, sentences)
            elif _local(mention) or (_unlisted(mention) and i not in rejected):
                mentions[i] = _placed_near(text, mention, kept, focus)
            elif mention.start in datelines:
                mentions[i] = _placed_near(text, mention, kept, None)
            elif i in rejected:
                continue
            elif _venue(text, mention):
                mentions[i] = _placed_near(text, mention, kept, None, _VENUE_IN)
            elif used_as_place(text, mention):
                mentions[i] = _near_only(_placed_near(text, mention, kept, settled))
        elif mention.place.precision is None and mention.place.lat is not None:
            # a place the actor stage's knowledge base located and the gazetteer lacks
            mentions[i] = mention.replace(place=mention.place.replace(
                precision=_precision(mention.place.feature)))


def _street_placed(text: str, mention: Mention, kept: list[Resolution],
                   focus: Resolution | None, sentences: Sequence[Sentence]) -> Mention:
    """An untagged street (`belli.geo.streets`), placed only where the text ties it: in a
    place it names right after it or as its owner ("Fifth Street in Tulsa", "Tulsa's
    Fifth Street"), else in the story's town where that town is named in its sentence or
    the one before. "Wall Street" in a story set in Beijing lies in no town of the story."""
    near = _container(text, mention, kept) or owner(text, mention, kept)
    if near is not None:
        return mention.replace(place=_at_focus(mention, near, True))
    if focus is None or focus.entry.kind != "city" or not town_named_near(
            mention, kept, focus, sentences):
        return mention
    return mention.replace(place=_at_focus(mention, focus))


def _near_only(mention: Mention) -> Mention:
    """A name the model tagged as a person, placed where the text puts it or
    at the focus (`belli.geo.misread_places`): it lies near that place, never at its point."""
    place = mention.place
    if place is None:
        return mention
    coarse = "region" if place.precision in ("town", "exact") else place.precision
    return mention.replace(place=place.replace(
        precision=coarse, reason=f"{place.reason}; the text uses it as a place"))


def _echoes(analysis: Analysis, mentions: list[Mention],
            kept: list[Resolution]) -> list[Mention]:
    """Untagged repeats of a town or division the stage placed through a mention the model
    did not tag as a place ("Brookings" an organization in a headline, "Salem" before
    its police): a story uses a name in one sense throughout, so each occurrence standing
    alone or opening a body's name (`repeated_places`) is that place."""
    placed = {r.toponym.key: r for r in kept if r.entry.kind in _ECHOED_KINDS
              and (r.toponym.how == "inside" or mentions[r.toponym.index].label not in
                   _UNECHOED_LABELS)}
    text = analysis.article.text
    if not any(text.count(r.toponym.text) > 1 for r in placed.values()):
        return []  # named once: nothing to echo, and the scan below is not free
    spans = repeated_places(text, mentions, [r.toponym.text for r in placed.values()])
    out = []
    for mention in span_mentions(analysis.doc_id, spans, mentions, analysis.sentences):
        source = placed.get(fold(mention.text))
        if source is not None:
            why = f"'{mention.text}' repeats '{source.toponym.text}': {source.reason}"
            out.append(mention.replace(place=to_place(Resolution(source.toponym, source.entry,
                                                                 why))))
    return out


def _focus(resolutions: list[Resolution]) -> Resolution | None:
    """The article's main town (else division, else country): the one its toponyms name
    most often, in the country they name most ("Liverpool" in a story set in Egypt is no
    local focus)."""
    main = _main_country(resolutions)
    inside = [r for r in resolutions if r.entry.country == main]
    for kinds in (("city",), ("admin2", "admin1"), ("country",)):
        counts = Counter(r.entry.gazetteer_id for r in inside if r.entry.kind in kinds)
        if counts:
            top = counts.most_common(1)[0][0]
            return next(r for r in resolutions if r.entry.gazetteer_id == top)
    return None


def _venue(text: str, mention: Mention) -> bool:
    """An organization or an event after a venue's preposition ("at", "from")."""
    before = text[max(0, mention.start - 12):mention.start]
    return mention.label in _VENUE_LABELS and _VENUE_BEFORE.search(before) is not None


def _placed_near(text: str, mention: Mention, kept: list[Resolution],
                 focus: Resolution | None, put_in: re.Pattern[str] = _PUT_IN) -> Mention:
    """A place the gazetteer lacks, put in the place the text puts it in (`put_in` between
    them), else at the article's focus."""
    near = _container(text, mention, kept, put_in)
    target = near or focus
    if target is None:
        return mention
    return mention.replace(place=_at_focus(mention, target, near is not None))


def _container(text: str, mention: Mention, kept: list[Resolution],
               put_in: re.Pattern[str] = _PUT_IN) -> Resolution | None:
    """The place the text puts a mention in, right after it ("Mill Road, Ashcombe";
    "the Karl Hospital in Utrecht"), if the stage placed it."""
    after = [r for r in kept if r.toponym.start >= mention.end]
    first = min(after, key=lambda r: r.toponym.start, default=None)
    if first is None or not put_in.match(text[mention.end:first.toponym.start]):
        return None
    return first


def _main_country(resolutions: list[Resolution]) -> str | None:
    """The country the article's toponyms name most often, counting each name once: a name
    repeated ("Tonopah" four times, a person the model took for a place) weighs less than
    several places named once ("Durban", "KwaZulu-Natal"). An adjective names where
    people come from ("Kenyan runners"), not where the story is set: it does not count."""
    named = dict.fromkeys((r.toponym.key, r.entry.country) for r in resolutions
                          if r.entry.country and r.toponym.how != "adjective")
    counts = Counter(country for _, country in named)  # ties: the first named wins
    return counts.most_common(1)[0][0] if counts else None


def _local(mention: Mention) -> bool:
    """A street or a building: a facility's label or a facility's last word ("Royal
    Street"), not a bare word ("the West")."""
    words = mention.text.split()
    return (len(words) >= 2 and mention.label in PLACE_LABELS | {"ORG", "PERSON"}
            and words[-1].lower() in FACILITIES)


def _unlisted(mention: Mention) -> bool:
    """A name the model tags as a place that the gazetteer does not list (a village, a
    suburb, a neighborhood: "Soweto", "Marrowby") or as a facility ("the Grand
    Union Canal", "St Mary's Chapel"), not a bare word ("the West") and not a name the
    actor stage reads as an actor. An owner's "'s" is no part of the name ("the West's
    démarche" is still the bare word)."""
    name = mention.text[4:] if mention.text[:4].lower() == "the " else mention.text
    name = re.sub(r"['’]s$", "", name)
    return (mention.label in _LOCAL_LABELS and name[:1].isupper() and not never_alone(name)
            and all(actor.is_location for actor in mention.actors))


def _at_focus(mention: Mention, focus: Resolution, contained: bool = False) -> Place:
    """A street, building or local area the gazetteer does not list: the place the text
    puts it in (`contained`), else the article's town. A name tagged as a place is only
    near it: its precision is a region's, never finer."""
    entry = focus.entry
    how = "the text puts it in" if contained else "the place the article names most"
    why = f"'{mention.text}' is not in the gazetteer: placed at {entry.name}, {how}"
    precision = precision_of(entry)
    if mention.label in _UNLISTED_LABELS and precision in ("town", "exact"):
        precision = "region"
    shown = shown_name(focus)
    return Place(name=shown, country=entry.country, lat=entry.lat, lon=entry.lon,
                 gazetteer_id=entry.gazetteer_id, feature=entry.kind,
                 variants=(entry.name,) if shown != entry.name else (),
                 precision=precision, reason=why)


def _actor_countries(mentions: list[Mention]) -> list[str]:
    """Countries of the acting actors that no toponym names ("the Kremlin", "Putin"): a
    toponym's own actor reading must not vote for itself, nor an actor that copied its
    country from another mention ("Ann Cole, 52, Peru"; "it"), which is some toponym's
    reading again."""
    return [a.country for m in mentions for a in m.actors
            if a.country and not a.is_location and a.sector not in NON_STATE_BODIES
            and len(a.country) == 3 and not a.is_copied]
