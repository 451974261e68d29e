"""The actor stage (`actors.resolve.v1`): every mention gets its actors, with reasons.

For each mention the stage reads the parse (`Analysis.parse`) around it: the knowledge-
base names inside it (whatever label the model gave: "Azerbaijan" tagged PERSON still
resolves to the country), its position in the clause, the sector cue and role words of
its phrase, a person's name. `belli.actors.readings` turns those facts into actors and
places. Then, over the whole document:

1. people: a person resolved once keeps country, sector and role for later mentions
   ("Aliyev said"); appositions share an actor ("Maria Zakharova, the Russian foreign
   ministry spokeswoman"); a person the knowledge base does not know takes the sector of
   the office the text states ("General", "opposition leader", "former president": ELI)
   and the only state of the sentence ("President Prosper Avril" in a sentence about
   Haiti);
2. split coordinations (`belli.actors.coordination`): "Sierra Leonean and Liberian
   refugees" tagged as two mentions is one group of both countries, and so are "units
   of Ghana, Chile and Norway" and "troops from Peru and Bolivia";
3. acronyms the text defines (`belli.actors.acronyms`): "the Balochistan Liberation
   Army (BLA)" makes every later "BLA" that body; coreference (`belli.actors.coref`):
   "the two countries", "both sides", "it", "its", "the country" become new mentions
   (label NP or PRON, source "coref"); "it" may be any singular body a whole mention
   names, however it was resolved ("The regional government said it ...").
4. bodies of a partly recognized entity the document names (`belli.actors.breakaway`):
   "the region's authorities", "the separatist government" follow the PRE policy;
5. groups with no country of their own (`belli.actors.document.domestic`,
   `belli.actors.scene`): where they are based, a member they list ("candidates,
   including former President X": an untagged group becomes a new mention), the place
   they are in ("activists across Zambia"), the scene the sentence opens with ("In
   Cairo, police ..."), the same group told just before, the sentence's only state; a
   body "led by" a resolved leader or sent from an organization becomes a new mention.
6. roles the text states beside a name it did not resolve (`belli.actors.roles`): "X, a
   rebel commander", "X, spokesman for the Somali army", "X, who heads the opposition
   party"; a body named after its type ("the Zambian charity Hope Trust"); a body of a
   person named earlier ("Arce's government", "forces loyal to Mahamat").

A mention naming no state may hold a title of one state ("Secretary of State Jane Doe",
"Jane Doe, the secretary of state", "Republican senators", a bare "Congress":
`belli.actors.titles`); a word of a person's own name is never the town that gives an
office its country ("Minister of Energy Marco X"), and a one-word place mention that is a
word of a person's name the story gives is that person (`belli.actors.person_names`). A
movement's national society is its state's NGO ("the Kenya Red Cross":
`belli.actors.societies`); a body whose name holds a town and a local word is that town's
("the Kadugli town council").

Places come from `belli.actors.places`: the knowledge base's places, cities it does not
list, and a town the text places in a division ("Paris, Texas": `belli.actors.towns`),
that town in every mention of the document, but never a town of a division's name in a
state the story never names ("the Dorsk Region"); a national adjective on a place named in another
country ("the historic Armenian town of Shushi") is no actor.

A knowledge-base body's name inside a longer proper name is another body ("the National
Congress Party" is no "Congress party"); a sea or a strait is a place whatever state its name
holds ("the South China Sea", data/features.yaml), and a storm an event ("Cyclone Idai");
"China's U.N. ambassador" is China's and an envoy "in Haiti" no Haitian official
(roles.yaml `postings`); a state's name after a body's own name words is that state's NGO
("Clean Air Kenya").

A name after "anti-", "pro-" or "pan-" is a stance or a scope, not an owner ("pro-Russian separatists" in
Donetsk), and a country before a currency sign only says whose money ("US $50 million").

The stage reads each mention with helpers of its own: the facts around it
(`belli.actors.mention_facts`), the places it names (`belli.actors.named_places`), the
person or title of a mention naming none (`belli.actors.unplaced`), the words that make
a name no actor's (`belli.actors.non_actors`); what it knows of the whole document is a
`belli.actors.doc_state.DocState`.

The stage needs {"mentions", "parse"} and adds {"actors"}.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from belli.actors.acronyms import shared_readings
from belli.actors.context import (
    Anchor,
    CaselessNames,
    Misspellings,
    find_anchors,
    lost_case,
    title_and_name,
)
from belli.actors.doc_state import STATE_KINDS, DocState
from belli.actors.document import NOT_ACTORS, shared_memo
from belli.actors.inside_names import inside_longer_name, place_named_around, posting_place
from belli.actors.mention_facts import FactReader
from belli.actors.named_places import PlaceReader
from belli.actors.non_actors import after_stance, before_currency, not_an_actor
from belli.actors.passes import DocumentPasses, Known, mention_span
from belli.actors.people import PersonMemory, first_full_names
from belli.actors.person_names import names_a_person, person_words
from belli.actors.places import PlaceNames, in_town
from belli.actors.policy import fold_own_codes, is_pre, rebels_of
from belli.actors.readings import Facts
from belli.actors.towns import placed_towns
from belli.actors.unplaced import UnplacedReader
from belli.geo.gazetteer import load_gazetteer
from belli.nlp.doc_index import known_text
from belli.nlp.gazetteer import city_names
from belli.nlp.lexicon import PhraseLexicon, load_lexicon
from belli.records import Analysis, Mention
from belli.settings import Settings

__all__ = ["ActorStage", "Resolver"]

_MISSPELLABLE = frozenset({"GPE", "NORP", "LOC", "ORG"})
# names a person may bear: a state's ("Jordan") and a city's that stands for one ("Aden")
_NAMESAKE_KINDS = frozenset({"country", "capital", "metonym"})
_CITY_KINDS = frozenset({"capital", "metonym"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # labels a province or a region is named by


@dataclass
class Resolver:
    """Resolves the mentions of one analysis at a time against a knowledge base."""

    kb: Any
    lexicon: PhraseLexicon
    policy: str = "claimed_state"

    def __post_init__(self) -> None:
        self.kb = shared_memo(self.kb)
        self.title_words = frozenset(w for p in self.lexicon.persons for w in p.split())
        self.misspellings = Misspellings(self.kb)
        self.places = PlaceNames(self.kb, city_names(), self.title_words)
        self.passes = DocumentPasses(self.kb, self.lexicon, self.policy)
        self.fact_reader = FactReader(self.kb, self.lexicon, self.title_words)
        self.place_reader = PlaceReader(self.places, self.policy)
        self.unplaced = UnplacedReader(self.fact_reader, self.places)

    def resolve(self, analysis: Analysis) -> Analysis:
        doc = analysis.parse
        if doc is None or not analysis.mentions:
            return analysis
        known_text(doc, analysis.article.text)  # the passes that read the text need no join
        spans = [mention_span(doc, m) for m in analysis.mentions]
        names = CaselessNames(self.kb) if lost_case(analysis.article.text) else self.kb
        anchors = [self._anchors(m, s, names)
                   for m, s in zip(analysis.mentions, spans, strict=True)]
        named = frozenset(m.code for group in anchors for a in group
                          for m in a.matches if m.kind in STATE_KINDS)
        # "RSF" in a story on Sudan, or on Darfur: a province the KB lists names its state
        anchors = shared_readings(anchors, named | self._regions_named(analysis.mentions),
                                  self.kb, doc)
        pre = self._pre_entries(anchors)
        state = DocState(doc, analysis.article.published, rebels_of(pre, self.policy),
                         memory=PersonMemory(first_full=first_full_names(analysis.mentions)),
                         towns=placed_towns(analysis.mentions, spans, load_gazetteer),
                         named=named,
                         person_words=person_words(analysis.mentions, spans, self.title_words))
        read = [self._mention(m, s, a, state)
                for m, s, a in zip(analysis.mentions, spans, anchors, strict=True)]
        known = Known(state.memory, state.offices, state.antecedents, pre, names)
        mentions = self.passes.run(doc, analysis.doc_id, read, spans, known)
        return analysis.replace(mentions=tuple(self._folded(m) for m in mentions))

    def _regions_named(self, mentions: Sequence[Mention]) -> frozenset[str]:
        """The states of the knowledge base's provinces and regions a text names
        ("Darfur": Sudan)."""
        return frozenset(p.country for m in mentions if m.label in _PLACE_LABELS
                         for p in self.kb.lookup_place(m.text) if p.country)

    def _folded(self, mention: Mention) -> Mention:
        """Every actor under the PRE policy, whichever path resolved it."""
        actors = tuple(fold_own_codes(a, self.kb, self.policy) for a in mention.actors)
        return mention if actors == mention.actors else mention.replace(actors=actors)

    def _anchors(self, mention: Mention, span: Any, names: Any) -> list[Anchor]:
        """The knowledge-base names in a mention; `names` is the KB, or `CaselessNames`
        for a text in one case."""
        if span is None or mention.label in NOT_ACTORS:
            return []
        found = find_anchors(span, names)
        if not found and (mention.label in _MISSPELLABLE or mention.source == "phrase"):
            found = self.misspellings.anchors(span)
        found = [place_named_around(span, a, self.kb) for a in found
                 if not after_stance(span.doc, a.start) and not inside_longer_name(span, a, found)]
        if mention.label == "PERSON":
            found = [a for a in found if not self._part_of_personal_name(span, a)]
        return found

    def _part_of_personal_name(self, span: Any, anchor: Anchor) -> bool:
        """A state's or a capital's name inside a person's name is a given name or a
        surname ("Michael Jordan", "Tom Holland", "Aden" in a Somali name): a capitalized
        word beside it that is neither a title nor the article's "of" ("King Abdullah of
        Jordan", "Jordan's King") makes it one, unless a title follows it in the mention
        ("U.S. Defense Secretary X")."""
        if (not anchor.kinds() <= _NAMESAKE_KINDS or anchor.end - anchor.start != 1
                or anchor.text.isupper()):
            return False  # "LONDON Pope Francis": a dateline, no one's name
        doc = span.doc
        if any(t.lower_ in self.title_words for t in doc[anchor.end:span.end]):
            return False  # "U.S. Defense Secretary X": the state owns the title after it
        beside = [doc[i] for i in (anchor.start - 1, anchor.end) if span.start <= i < span.end]
        return any(t.is_alpha and t.text[:1].isupper() and t.lower_ not in self.title_words
                   and not self.kb.lookup_name(t.text) for t in beside)

    def _pre_entries(self, anchors: Sequence[list[Anchor]]) -> list[Any]:
        """The PRE entities the document names, by any of their names ("Nagorno-Karabakh",
        "Karabakh Armenians", "Stepanakert"), in order of first mention."""
        entries = [m.entry for group in anchors for a in group for m in a.matches
                   if is_pre(m.entry)]
        return list(dict.fromkeys(entries))

    def _mention(self, mention: Mention, span: Any, anchors: list[Anchor],
                 state: DocState) -> Mention:
        if span is None or mention.label in NOT_ACTORS or before_currency(span):
            return mention
        other = not_an_actor(mention, span, self.kb)
        if other is not None:
            return other
        person_like = mention.label == "PERSON"
        _, name = title_and_name(span, anchors, self.title_words) if person_like else ([], [])
        facts = self.fact_reader.facts(mention, span, anchors, name, state)
        told = self.unplaced.division_official(mention, span, anchors, facts, state)
        if told is None:
            told = self._town_or_namesake(mention, span, anchors, facts, state)
        return told if told is not None else self._read_mention(mention, span, anchors, facts,
                                                                 name, state)

    def _town_or_namesake(self, mention: Mention, span: Any, anchors: list[Anchor], facts: Facts,
                          state: DocState) -> Mention | None:
        """A town the document placed, or a person's name that only looks like a place."""
        town = next((state.towns[t] for t in (mention.text, *(a.text for a in anchors))
                     if t in state.towns), None)
        if town is not None:
            return in_town(mention, town, facts)
        if (all(a.kinds() <= _CITY_KINDS for a in anchors)
                and names_a_person(mention, span, state.person_words)
                and self.places.known_place(mention.text) is None):
            # "a statement from Jackson" after "Jesse Jackson": the person, for the people
            # pass to recall, never the town of that name, nor a capital ("Aden said"
            # after "Hodan Nur Aden")
            return mention.replace(label="PERSON", actors=(), place=None)
        return None

    def _read_mention(self, mention: Mention, span: Any, anchors: list[Anchor], facts: Facts,
                      name: list[Any], state: DocState) -> Mention:
        """The actors and place of a mention: from the places it names, else its own words,
        else a city of its name."""
        places = [a for a in anchors if a.kinds() - {"person"}
                  and not posting_place(span.doc, a, facts)]
        actors, place = self.place_reader.read(places, facts, span.doc, state, mention)
        if not places:
            actors = self.unplaced.read(mention, span, anchors, facts, name, state, actors)
        for actor in actors:
            state.memory.remember(actor)
        if not actors:
            actors, place = self.place_reader.bare_place(mention, span, anchors, place, state)
        return mention.replace(actors=tuple(actors), place=place)


@dataclass
class ActorStage:
    """Pipeline stage: fills `Mention.actors` (and `Mention.place` for toponyms)."""

    resolver: Resolver
    name: str = "actors.resolve.v1"
    needs: frozenset[str] = frozenset({"mentions", "parse"})
    adds: frozenset[str] = frozenset({"actors"})

    @classmethod
    def from_settings(cls, settings: Settings) -> ActorStage:
        from belli.actors.kb import load_kb

        kb = load_kb()
        cues = [c for phrases in kb.sector_cues.values() for c in phrases]
        return cls(Resolver(kb, load_lexicon().with_cues(cues), settings.pre_policy))

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        return [self.resolver.resolve(analysis) for analysis in batch]
