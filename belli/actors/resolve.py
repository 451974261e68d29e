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

The stage needs {"mentions", "parse"} and adds {"actors"}.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from belli.actors.acronyms import shared_readings
from belli.actors.context import (
    Anchor,
    CaselessNames,
    Misspellings,
    conflict_sides,
    find_anchors,
    head_noun,
    is_coordinated,
    lost_case,
    phrase_words,
    position_of,
    stance_noun,
    title_and_name,
)
from belli.actors.coref import Antecedent, kind_of
from belli.actors.divisions import division_abroad, division_official
from belli.actors.document import (
    NOT_ACTORS,
    MemoKB,
    Office,
    compound_words,
    recalled,
    used_as_noun,
)
from belli.actors.features import natural_feature, storm_name
from belli.actors.inside_names import inside_longer_name, posted_at, posting_place
from belli.actors.passes import DocumentPasses, Known, mention_span
from belli.actors.people import PersonMemory, choose_person, people_in
from belli.actors.person_names import PersonWords, names_a_person, person_words
from belli.actors.places import PlaceNames, in_town
from belli.actors.policy import fold_own_codes, is_pre, rebels_of
from belli.actors.readings import (
    Facts,
    Reading,
    choose_match,
    is_location_reading,
    read_anchor,
)
from belli.actors.sectors import FORMER, STATE_ORGANS, clean_role, fallback_sector, find_cue
from belli.actors.societies import local_words, national_society
from belli.actors.titles import bare_congress, state_title
from belli.actors.towns import placed_towns
from belli.geo.gazetteer import load_gazetteer
from belli.nlp.gazetteer import city_names
from belli.nlp.lexicon import PhraseLexicon, load_lexicon
from belli.records import Actor, Analysis, Mention, Place
from belli.settings import Settings

__all__ = ["ActorStage", "Resolver"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MISSPELLABLE = frozenset({"GPE", "NORP", "LOC", "ORG"})
_STATE_KINDS = frozenset({"country", "capital", "metonym", "adjective", "demonym"})
_MAX_TITLE = 5
_OWNER_PREPS = frozenset({"of", "for", "on", "in", "to"})  # "the Authority of Kenya"
_STANCES = frozenset({"anti", "pro", "pan"})  # "pan-American": a whole region, no owner
_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})
# "Russian-made drone", "French-speaking teacher": the thing's origin or a language, no actor
_ORIGIN_WORDS = frozenset({"made", "built", "manufactured", "designed", "produced", "speaking",
                           "language"})
# ...unless the thing changes hands: a navy "acquiring Turkish-designed warships" gets them from Turkey
_TRANSFER_VERBS = frozenset({"acquire", "buy", "purchase", "order", "import", "receive", "obtain",
                             "supply", "deliver", "sell", "export", "provide", "send", "transfer"})
# sectors that "opposition" before their cue turns into OPP (a party, a politician)
_OPPOSABLE = frozenset({"PTY", "ELI"})


@dataclass
class _Doc:
    """What the stage knows about the document being resolved."""

    doc: Any
    date: str | None
    pre_rebels: tuple[str, str] | None
    memory: PersonMemory = field(default_factory=PersonMemory)
    antecedents: list[Antecedent] = field(default_factory=list)
    # the stated office of each person the knowledge base does not know, by mention start
    offices: dict[int, Office] = field(default_factory=dict)
    # towns the text places in a division ("Paris, Texas"), by name
    towns: dict[str, Place] = field(default_factory=dict)
    # the codes of the states the document names anywhere
    named: frozenset[str] = frozenset()
    # the words of the people's names the document gives in full ("Jesse Jackson")
    person_words: PersonWords = field(default_factory=PersonWords)


@dataclass
class Resolver:
    """Resolves the mentions of one analysis at a time against a knowledge base."""

    kb: Any
    lexicon: PhraseLexicon
    policy: str = "claimed_state"

    def __post_init__(self) -> None:
        self.kb = MemoKB(self.kb)
        self.title_words = frozenset(w for p in self.lexicon.persons for w in p.split())
        self.misspellings = Misspellings(self.kb)
        self.places = PlaceNames(self.kb, city_names(), self.title_words)
        self.passes = DocumentPasses(self.kb, self.lexicon, self.policy)

    def resolve(self, analysis: Analysis) -> Analysis:
        doc = analysis.parse
        if doc is None or not analysis.mentions:
            return analysis
        spans = [mention_span(doc, m) for m in analysis.mentions]
        names = CaselessNames(self.kb) if lost_case(analysis.article.text) else self.kb
        anchors = [self._anchors(m, s, names)
                   for m, s in zip(analysis.mentions, spans, strict=True)]
        named = frozenset(m.code for group in anchors for a in group
                          for m in a.matches if m.kind in _STATE_KINDS)
        anchors = shared_readings(anchors, named, self.kb)  # "RSF" in a story on Sudan
        pre = self._pre_entries(anchors)
        state = _Doc(doc, analysis.article.published, rebels_of(pre, self.policy),
                     towns=placed_towns(analysis.mentions, spans, load_gazetteer),
                     named=named,
                     person_words=person_words(analysis.mentions, spans, self.title_words))
        read = [self._mention(m, s, a, state)
                for m, s, a in zip(analysis.mentions, spans, anchors, strict=True)]
        known = Known(state.memory, state.offices, state.antecedents, pre, names)
        mentions = self.passes.run(doc, analysis.doc_id, read, spans, known)
        return analysis.replace(mentions=tuple(self._folded(m) for m in mentions))

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
        found = [a for a in found if not _stance(span.doc, a.start)
                 and not inside_longer_name(span, a, found)]
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

    def _mention(self, mention: Mention, span: Any, anchors: list[Anchor], state: _Doc) -> Mention:
        if span is None or mention.label in NOT_ACTORS or _currency(span):
            return mention
        other = _not_an_actor(mention, span)
        if other is not None:
            return other
        person_like = mention.label == "PERSON"
        _, name = title_and_name(span, anchors, self.title_words) if person_like else ([], [])
        facts = self._facts(mention, span, anchors, name, state)
        told = self._division_official(mention, span, anchors, facts, state)
        if told is None:
            told = self._town_or_namesake(mention, span, anchors, facts, state)
        return told if told is not None else self._read_mention(mention, span, anchors, facts,
                                                                 name, state)

    def _town_or_namesake(self, mention: Mention, span: Any, anchors: list[Anchor], facts: Facts,
                          state: _Doc) -> Mention | None:
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
                      name: list[Any], state: _Doc) -> Mention:
        """The actors and place of a mention: from the places it names, else its own words,
        else a city of its name."""
        places = [a for a in anchors if a.kinds() - {"person"}
                  and not posting_place(span.doc, a, facts)]
        actors, place = self._read_places(places, facts, span.doc, state, mention)
        if not places:
            actors = self._unplaced(mention, span, anchors, facts, name, state, actors)
        for actor in actors:
            state.memory.remember(actor)
        if not actors:
            actors, place = self._bare_place(mention, span, anchors, place, state)
        return mention.replace(actors=tuple(actors), place=place)

    def _unplaced(self, mention: Mention, span: Any, anchors: list[Anchor], facts: Facts,
                  name: list[Any], state: _Doc, actors: list[Actor]) -> list[Actor]:
        """A mention naming no place: a person, a body named after its leader, a titled
        body, or a city's phrase."""
        person_like = mention.label == "PERSON"
        if person_like:
            actor = (self._person(mention, anchors, facts, state)
                     or self._titled(mention, span, facts, person=True))
            actors = [actor] if actor else []
            office = None if actor else self._office(facts)
            if office is not None:
                state.offices[mention.start] = office
        elif facts.cue:
            actors = self._led_by(mention, anchors, facts, state)
        if not actors and not person_like:
            titled = self._titled(mention, span, facts, person=False) or bare_congress(
                span, state.named - {"USA"})
            actors = [titled.replace(text=mention.text)] if titled else []
        if not actors and (mention.source == "phrase" or _state_organ(mention, facts)):
            actors = self.places.city_phrase(mention, span, facts, name)
        return actors

    def _bare_place(self, mention: Mention, span: Any, anchors: list[Anchor], place: Any,
                    state: _Doc) -> tuple[list[Actor], Any]:
        """A mention no actor reads: the place the knowledge base lists, else a city."""
        actors: list[Actor] = []
        if place is None:
            inside = span if mention.label in _PLACE_LABELS else None
            place = self.places.known_place(mention.text, inside)
        if mention.label in _PLACE_LABELS:
            guessed = place is None  # no place the knowledge base lists
            actors, place = self.places.city(mention, place)
            if _named_after(anchors, actors, state.named) or (
                    guessed and division_abroad(mention, actors, state.named)):
                # "Mandela township": a town named after a person, and the gazetteer's
                # town of that name lies in a state the story never names: no guess
                actors, place = [], None
        return actors, place

    def _division_official(self, mention: Mention, span: Any, anchors: list[Anchor],
                           facts: Facts, state: _Doc) -> Mention | None:
        """"Central Java Governor X": a division's office, for a person the KB does not know."""
        if mention.label != "PERSON" or any("person" in a.kinds() for a in anchors):
            return None
        title = self._title_tokens(span)
        first = title[0].i if title else span.start
        official = division_official(span, first, load_gazetteer().lookup, state.named)
        if official is None:
            return None
        official = official.replace(role=facts.role, person=facts.person)
        state.memory.remember(official)  # "said Harjono" later
        return mention.replace(actors=(official,), place=None)

    def _led_by(self, mention: Mention, anchors: list[Anchor], facts: Facts,
                state: _Doc) -> list[Actor]:
        """A body named after its leader: "the Assad regime", "Obama's administration"."""
        entry = choose_person([e for a in anchors for e in people_in(a.matches)], state.date)
        if entry is None or facts.cue is None:
            return []
        cue, sector = facts.cue
        why = f"'{cue}' of {entry.name}, {entry.role or 'official'} of {entry.country} → {sector}"
        return [Actor(text=mention.text, name=entry.name, country=entry.country, sector=sector,
                      reason=why)]

    def _titled(self, mention: Mention, span: Any, facts: Facts, person: bool) -> Actor | None:
        """A title or body that names one state by itself (`belli.actors.titles`):
        "Secretary of State Jane Doe", "Republican lawmakers"."""
        tokens = (self._title_tokens(span) + list(span) + _apposed_title(span) if person
                  else _title_of(span) + list(span))
        found = state_title(tokens)
        if found is None:
            return None
        if person and found.sector in STATE_ORGANS and any(t.lower_ in FORMER for t in tokens):
            # "former Secretary of State X": a former office holder is an elite (CAMEO ELI)
            found = found.replace(sector="ELI", reason=f"former {found.reason} → ELI")
        return found.replace(text=mention.text, role=facts.role if person else None,
                             person=facts.person if person else None)

    def _facts(self, mention: Mention, span: Any, anchors: list[Anchor], name: list[Any],
               state: _Doc) -> Facts:
        words = phrase_words(span, anchors, name)
        if mention.label == "PERSON":
            # a title the model left outside the name: "former president [Carlos Menem]"
            words = self._title_tokens(span) + words
        head = span.root if words else head_noun(span)
        # an institution's own words are cues for names coordinated with it
        # ("Azerbaijani and [Turkish Armed Forces]": both MIL)
        bodies = [a for a in anchors if "institution" in a.kinds()]
        context = (phrase_words(span, [a for a in anchors if a not in bodies], name)
                   if bodies else words) or compound_words(head)
        texts = ["former" if t.lower_ in FORMER else t.text for t in context]
        cue = find_cue(texts, self.kb) or find_cue([t.lemma_ for t in context], self.kb)
        role = clean_role([t.text for t in words]) if mention.label == "PERSON" and words else None
        found = (cue.phrase, cue.sector) if cue else None
        if found and found[1] == "OPP" and stance_noun(head if head is not None else span.root):
            found = None  # "Japan's opposition to the plan": a stance, not the opposition
        if found and found[1] in _OPPOSABLE and "opposition" in (w.lower() for w in texts):
            # "the opposition CUF party", "opposition politician X": CAMEO codes parties
            # and politicians of the opposition OPP, whatever words stand between
            found = (f"opposition {found[0]}", "OPP")
        if (found and mention.label == "PERSON" and found[1] in STATE_ORGANS
                and "former" in (w.lower() for w in texts)):
            # "Former Socialist prime minister Andreas Papandreou": a former office holder
            # is an elite (CAMEO ELI) even with words between "former" and the office
            found = (f"former {found[0]}", "ELI")
        return Facts(
            text=mention.text,
            position=position_of(span, self.lexicon),
            cue=found,
            fallback=self._fallback(head),
            role=role,
            role_is_office=role is None or self._names_office(role),
            person=self._person_name(anchors, name, state),
            is_phrase=bool(words),
            pre_rebels=state.pre_rebels,
            standalone=not words and head is None and used_as_noun(span),
            named_body=self._named_body(mention, span, anchors),
        )

    def _named_body(self, mention: Mention, span: Any, anchors: list[Anchor]) -> bool:
        """Whether an organization's own name words come before the state's name in it
        ("Clean Water Kenya", "Radio France International"); not a body "of" a state
        ("the Tourism Authority of Kenya") nor one the state's name begins ("the Kenya
        Wildlife Service", "Malawi's Department of ...": the state's own)."""
        state = next((a for a in anchors if a.kinds() & _STATE_KINDS), None)
        if mention.label != "ORG" or state is None:
            return False
        before = [t for t in span.doc[span.start:state.start] if t.lower_ != "the"]
        return (bool(before) and before[-1].lower_ not in _OWNER_PREPS
                and any(self._name_word(t) for t in before))

    def _name_word(self, token: Any) -> bool:
        """A capitalized word of an organization's own name: no title, no sector cue."""
        return (token.is_alpha and token.is_title
                and token.lower_ not in self.title_words and token.lower_ not in FORMER
                and self.kb.sector_for(token.lower_) is None)

    def _names_office(self, role: str) -> bool:
        """Whether a role has a title word ("deputy minister"), not only a description
        ("billionaire", "right-winger")."""
        return any(w in self.title_words for w in role.replace("-", " ").split())

    def _fallback(self, head: Any) -> tuple[str, str] | None:
        """A sector from the head noun when no cue matched: "Iranian trucks", "Iraqi Kurds"."""
        if head is None:
            return None
        found = fallback_sector(head.lower_, self.lexicon) or fallback_sector(
            head.lemma_.lower(), self.lexicon)
        if found is None and head.ent_type_ in ("WEAPON", "MILITARY_PLATFORM"):
            found = ("MIL", f"'{head.text}' is military hardware")
        if found is None and (head.tag_ == "NNPS" or any(
                m.kind == "demonym" for m in self.kb.lookup_name(head.text))):
            found = ("CVL", f"'{head.text}' are a people")  # "Iraqi Kurds", "Bosnian Serbs"
        return found

    def _office(self, facts: Facts) -> Office | None:
        """The office a person's own words state ("former president", "General",
        "opposition leader"), for a person the knowledge base does not know. Words of the
        noun a name modifies are no office ("Hutu rebel group": a group, see `domestic`)."""
        if not facts.is_phrase:
            return None
        if facts.cue is not None:
            cue, sector = facts.cue
            return Office(facts.role or cue, sector, f"title '{facts.role or cue}' → {sector}",
                          facts.person)
        if facts.role and any(w in self.title_words for w in facts.role.split()):
            return Office(facts.role, "GOV", f"title '{facts.role}' with no sector cue → GOV",
                          facts.person)
        return None

    def _title_tokens(self, span: Any) -> list[Any]:
        """Title words right before a name: "Ousted President", "former president", and
        the sector word that says whose title it is ("rebel commander", "union leader")."""
        doc, i = span.doc, span.start
        out: list[Any] = []
        while i > 0 and len(out) < _MAX_TITLE:
            token = doc[i - 1]
            if not (self._titles(token) or (token.text[:1].isupper() and token.is_alpha
                                             and not token.ent_type_)):
                break
            out.insert(0, token)
            i -= 1
        while out and not (self._titles(out[0]) or (
                len(out) > 1 and self.kb.sector_for(f"{out[0].lower_} {out[1].lower_}"))):
            out.pop(0)  # keep from the first title or sector word on ("Union leader")
        # sector words alone make a title only as one person's noun next to the name
        # ("warlord"), never a group's ("rebels")
        titled = any(t.lower_ in self.title_words or t.lower_ in FORMER for t in out)
        return out if titled or (out and out[-1].tag_ == "NN") else []

    def _titles(self, token: Any) -> bool:
        """Whether a word belongs to a title: a title word, a qualifier ("former"), or an
        alphabetic sector cue ("rebel" in "rebel commander")."""
        word = token.lower_
        return (word in self.title_words or word in FORMER
                or (token.is_alpha and word not in self.kb.inheriting_cues
                    and self.kb.sector_for(word) is not None))

    def _person_name(self, anchors: list[Anchor], name: list[Any], state: _Doc) -> str | None:
        for anchor in anchors:
            entry = choose_person(people_in(anchor.matches), state.date)
            if entry is not None:
                return str(entry.name)
        return " ".join(t.text for t in name) or None

    def _read_places(self, places: list[Anchor], facts: Facts, doc: Any, state: _Doc,
                     mention: Mention) -> tuple[list[Actor], Any]:
        actors: list[Actor] = []
        place = None
        society = national_society(places, doc, facts)  # "the Kenya Red Cross": KEN NGO
        if society is not None:
            return [society], None
        places = [a for i, a in enumerate(places) if not _qualifies(a, places[i + 1:i + 2])]
        for i, anchor in enumerate(places):
            if i and (not is_coordinated(doc, places[i - 1], anchor)
                      or posted_at(doc, places[i - 1], anchor, facts)):
                break  # only the owner and names coordinated with it ("Armenian and Azerbaijani")
            match = choose_match(anchor.matches, facts.position)
            reading = read_anchor(match, _for_anchor(facts, anchor, len(places)), self.policy)
            place = place or self.places.located(self.places.enriched(reading.place, anchor.text))
            if reading.actor is not None:
                actors.append(reading.actor)
                if not is_location_reading(reading.actor):
                    self._note_antecedent(state, mention, match, reading, facts)
        return actors, place

    def _note_antecedent(self, state: _Doc, mention: Mention, match: Any, reading: Reading,
                         facts: Facts) -> None:
        actor = reading.actor
        if actor is None or actor.person or actor.role:
            return
        kind = ("igo" if kind_of(actor) == "igo" else "state" if match.kind in _STATE_KINDS
                else None)
        if kind is None or (match.kind in ("adjective", "demonym") and facts.is_phrase):
            kind = "owner"  # "Iraqi" in "Iraqi forces": a country to refer back to, not a subject
        state.antecedents.append(Antecedent(
            start=mention.start, sentence=mention.sentence, actor=actor, kind=kind,
            subject=facts.position == "subject",
        ))

    def _person(self, mention: Mention, anchors: list[Anchor], facts: Facts,
                state: _Doc) -> Actor | None:
        """A person with no country in the phrase: earlier in the document, or the KB."""
        known = recalled(state.memory, facts.person or mention.text)
        if known is not None:
            return known.replace(text=mention.text, role=facts.role or known.role)
        entries = [e for a in anchors for e in people_in(a.matches)]
        entry = choose_person(entries, state.date)
        if entry is None:
            return None
        sector = facts.cue[1] if facts.cue else entry.sector
        return Actor(text=mention.text, name=entry.name, country=entry.country, sector=sector,
                     role=facts.role or entry.role, person=entry.name,
                     reason=f"known person: {entry.name}, {entry.role or 'official'} of {entry.country}")


def _qualifies(anchor: Anchor, after: list[Anchor]) -> bool:
    """A national adjective right before a named body only says whose body it is ("the
    Iranian Revolutionary Guards", "Sudanese Rapid Support Forces"): one actor, the body."""
    return (bool(after) and anchor.kinds() <= {"adjective", "demonym"}
            and after[0].start == anchor.end and "institution" in after[0].kinds())


def _not_an_actor(mention: Mention, span: Any) -> Mention | None:
    """The mention as it stays where its words name no actor, or None."""
    if conflict_sides(span.root):
        return mention  # "the warring parties": the sides, for the events layer to name
    if storm_name(span):
        return mention.replace(label="EVENT", actors=(), place=None)  # "Cyclone Idai"
    if natural_feature(mention, span):
        return mention  # "the Indian Ocean", "the Sea of Japan": a place, whoever it names
    if _origin_compound(span):
        return mention.replace(actors=())
    return None


def _origin_compound(span: Any) -> bool:
    """A name joined by a hyphen to "made", "speaking" ("a Russian-made drone"): it says
    where a thing comes from or what language someone speaks, not whose actor it is."""
    doc, end = span.doc, span.end
    return (end + 1 < len(doc) and doc[end].text == "-"
            and doc[end + 1].lower_ in _ORIGIN_WORDS and not _changes_hands(span.root))


def _changes_hands(token: Any) -> bool:
    """Whether the thing the name qualifies is what a verb of transfer moves."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
            return token.lemma_.lower() in _TRANSFER_VERBS
        if token.head is token:
            return False
        token = token.head
    return False


def _named_after(anchors: list[Anchor], actors: list[Actor], named: frozenset[str]) -> bool:
    """Whether a place's name is only a known person's and its town lies in a state the
    document does not name."""
    return (bool(anchors) and all(a.kinds() == {"person"} for a in anchors)
            and bool(actors) and actors[0].country not in named)


def _title_of(span: Any) -> list[Any]:
    """The title word and "of" before a body the model cut out of a title: "the secretary
    of [state] said" (the model tags "state" ORG); not in an apposition, whose name
    holds the title already ("Jane Doe, the secretary of state,")."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].dep_ == "appos":
        return []
    return [doc[i - 2], doc[i - 1]]


def _apposed_title(span: Any) -> list[Any]:
    """The words of a title in apposition after a name: "Jane Doe, the secretary of
    state, said" (a title the model did not join to the name)."""
    return [t for c in span.root.children if c.dep_ == "appos" and c.i >= span.end
            for t in c.subtree]


def _state_organ(mention: Mention, facts: Facts) -> bool:
    """A named body whose words make it a town's own organ: the town it names is its
    owner ("the Kadugli Town Council", "the Tyumen city administration")."""
    return (mention.label == "ORG" and facts.cue is not None and facts.cue[1] in STATE_ORGANS
            and any(w in local_words() for w in mention.text.lower().split()))


# names a person may bear: a state's ("Jordan") and a city's that stands for one ("Aden")
_NAMESAKE_KINDS = frozenset({"country", "capital", "metonym"})
_CITY_KINDS = frozenset({"capital", "metonym"})


def _currency(span: Any) -> bool:
    """A country that only says whose dollars: "US $50 million", "Hong Kong $"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in _CURRENCY_SIGNS


def _stance(doc: Any, start: int) -> bool:
    """A name after "anti-" or "pro-" says what a group stands for, not whose it is:
    "a prominent anti-Syria journalist" in Beirut is Lebanese."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _STANCES


def _for_anchor(facts: Facts, anchor: Anchor, count: int) -> Facts:
    """Facts for one name of the mention; several coordinated names each keep their text."""
    return replace(facts, text=facts.text if count == 1 else anchor.text,
                   is_phrase=facts.is_phrase or count > 1, name=anchor.text)


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
