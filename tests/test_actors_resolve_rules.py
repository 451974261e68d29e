"""The pure decisions behind actor resolution, with hand-built facts: no model, no KB files."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

import pytest

from belli.actors.context import lost_case
from belli.actors.coref import Antecedent, pick_countries, pick_salient
from belli.actors.people import PersonMemory, choose_person, name_keys
from belli.actors.policy import pre_actor, rebels_of, variants_of
from belli.actors.readings import Facts, choose_match, is_location_reading, read_anchor
from belli.actors.sectors import clean_role, fallback_sector, find_cue, split_name
from belli.nlp.lexicon import load_lexicon
from belli.records import Actor


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    capital: str | None = None
    seat: str | None = None
    aliases: tuple[str, ...] = ()
    claimed_by: str | None = None
    own_code: str | None = None


@dataclass(frozen=True)
class Igo:
    code: str
    name: str
    seat_metonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    name: str
    country: str
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass(frozen=True)
class Match:
    kind: str
    code: str
    sector: str | None
    entry: object = field(default=None)


AZE = Country("AZE", "Azerbaijan", capital="Baku")
ARM = Country("ARM", "Armenia", capital="Yerevan")
RUS = Country("RUS", "Russia", capital="Moscow")
PAK = Country("PAK", "Pakistan", capital="Islamabad")
BEL = Country("BEL", "Belgium", capital="Brussels")
NKR = Country("XNK", "Nagorno-Karabakh", aliases=("Artsakh", "Nagorno-Karabakh Republic"),
              claimed_by="AZE", own_code="NKR")
EU = Igo("EU", "European Union", seat_metonyms=("Brussels",))
CSTO = Igo("CSTO", "Collective Security Treaty Organization")


def _read(match: Match, policy: str = "claimed_state", **facts):
    return read_anchor(match, Facts(**facts), policy)


def _code(actor: Actor | None) -> str | None:
    return None if actor is None else f"{actor.country} {actor.sector}"


# --- readings ------------------------------------------------------------------------------

ACTOR_READINGS = [
    (Match("metonym", "AZE", "GOV", AZE), {"text": "Baku", "position": "subject"}, "AZE GOV", "seat of government"),
    (Match("metonym", "RUS", "GOV", RUS), {"text": "Moscow", "position": "agent"}, "RUS GOV", "seat of government"),
    (Match("metonym", "AZE", "GOV", AZE), {"text": "Baku", "position": "possessor"}, "AZE GOV", "seat of government"),
    (Match("metonym", "AZE", "GOV", AZE), {"text": "Baku", "position": "object"}, "AZE GOV", "seat of government"),
    (Match("country", "PAK", None, PAK), {"text": "Pakistan", "position": "subject"}, "PAK GOV", "the state"),
    (Match("country", "PAK", None, PAK), {"text": "Pakistan", "position": "object"}, "PAK GOV", "the state"),
    (Match("adjective", "RUS", None, RUS), {"text": "Russian peacekeepers", "name": "Russian",
                                                "cue": ("peacekeepers", "MIL"), "is_phrase": True}, "RUS MIL", "cue 'peacekeepers'"),
    (Match("country", "AZE", None, AZE), {"text": "Azerbaijan's defence ministry", "name": "Azerbaijan",
                                              "cue": ("defence ministry", "MIL"), "is_phrase": True}, "AZE MIL", "defence ministry"),
    (Match("adjective", "ARM", None, ARM), {"text": "Armenian separatists", "name": "Armenian",
                                                "cue": ("separatists", "REB"), "is_phrase": True}, "ARM REB", "separatists"),
    (Match("adjective", "IRN", None, Country("IRN", "Iran")), {"text": "Iranian trucks", "name": "Iranian",
                                                                  "fallback": ("BUS", "'trucks' are commercial"), "is_phrase": True}, "IRN BUS", "commercial"),
    (Match("demonym", "ARM", None, ARM), {"text": "Armenians", "position": "subject"}, "ARM CVL", "people of ARM"),
    (Match("igo", "CSTO", "IGO", CSTO), {"text": "CSTO's Secretary General", "name": "CSTO", "role": "secretary general",
                                             "is_phrase": True}, "CSTO IGO", "IGO CSTO"),
    (Match("metonym", "EU", "IGO", EU), {"text": "Brussels", "position": "subject"}, "EU IGO", "seat of EU"),
    (Match("institution", "AZE", "COP", Country("AZE", "State Customs Committee")),
     {"text": "State Customs Committee", "position": "subject"}, "AZE COP", "institution"),
    (Match("adjective", "IRN", None, Country("IRN", "Iran")), {"text": "Iranian leader", "name": "Iranian",
                                                                  "role": "leader", "is_phrase": True}, "IRN GOV", "title 'leader'"),
]


@pytest.mark.parametrize(("match", "facts", "code", "why"), ACTOR_READINGS)
def test_actor_readings(match, facts, code, why):
    reading = _read(match, **facts)
    assert _code(reading.actor) == code
    assert why in (reading.actor.reason or "")


PLACE_READINGS = [
    (Match("metonym", "AZE", "GOV", AZE), {"text": "Baku", "position": "location"}, "AZE", "capital"),
    (Match("metonym", "AZE", "GOV", AZE), {"text": "Baku", "position": "modifier"}, "AZE", "capital"),
    (Match("capital", "BEL", None, BEL), {"text": "Brussels", "position": "location"}, "BEL", "capital"),
    (Match("country", "SYR", None, Country("SYR", "Syria")), {"text": "Syria", "position": "location"}, "SYR", "country"),
    (Match("institution", "RUS", "GOV", Country("RUS", "the Kremlin")), {"text": "Kremlin", "position": "location"}, "RUS", "institution"),
]


@pytest.mark.parametrize(("match", "facts", "country", "feature"), PLACE_READINGS)
def test_location_readings_are_places(match, facts, country, feature):
    reading = _read(match, **facts)
    assert reading.actor is not None and is_location_reading(reading.actor)
    assert reading.actor.country == country
    assert reading.place is not None
    assert (reading.place.country, reading.place.feature) == (country, feature)


def test_capital_acting_keeps_its_place():
    reading = _read(Match("metonym", "AZE", "GOV", AZE), text="Baku", position="subject")
    assert _code(reading.actor) == "AZE GOV" and not is_location_reading(reading.actor)
    assert reading.place is not None and reading.place.name == "Baku"


def test_capital_with_a_cue_acts_even_after_a_preposition():
    reading = _read(Match("metonym", "RUS", "GOV", RUS), text="the Moscow government",
                    position="location", cue=("government", "GOV"), is_phrase=True)
    assert _code(reading.actor) == "RUS GOV"


@pytest.mark.parametrize(("position", "code"), [("subject", "EU"), ("agent", "EU"), ("location", "BEL")])
def test_ambiguous_name_reads_by_position(position, code):
    matches = [Match("metonym", "EU", "IGO", EU), Match("capital", "BEL", None, BEL)]
    assert choose_match(matches, position).code == code


# --- partly recognized entities -------------------------------------------------------------

PRE_CASES = [
    ("claimed_state", None, "AZE PRE"),
    ("claimed_state", ("authorities", "GOV"), "AZE PRE"),
    ("claimed_state", ("separatists", "REB"), "AZE REB"),
    ("own_code", None, "NKR GOV"),
    ("own_code", ("army", "MIL"), "NKR MIL"),
]


@pytest.mark.parametrize(("policy", "cue", "code"), PRE_CASES)
def test_pre_policy(policy, cue, code):
    reading = _read(Match("country", "XNK", None, NKR), policy, text="Nagorno-Karabakh",
                    position="subject", cue=cue, is_phrase=cue is not None)
    assert _code(reading.actor) == code
    assert f"pre_policy={policy}" in (reading.actor.reason or "")


def test_pre_actor_names_the_entity():
    actor = pre_actor(NKR, "Artsakh", None, "claimed_state", "country Artsakh")
    assert (actor.country, actor.sector, actor.name) == ("AZE", "PRE", "Nagorno-Karabakh")


@pytest.mark.parametrize(("policy", "country"), [("claimed_state", "AZE"), ("own_code", "NKR")])
def test_rebels_in_a_pre_document(policy, country):
    found = rebels_of([NKR], policy)
    assert found is not None and found[0] == country
    reading = _read(Match("adjective", "ARM", None, ARM), policy, text="Armenian separatists",
                    name="Armenian", cue=("separatists", "REB"), is_phrase=True, pre_rebels=found)
    assert _code(reading.actor) == f"{country} REB"


def test_no_pre_in_document_means_no_rebel_override():
    assert rebels_of([], "claimed_state") is None


def test_contested_place_keeps_every_variant():
    assert variants_of(NKR) == ("Nagorno-Karabakh", "Artsakh", "Nagorno-Karabakh Republic")
    place = _read(Match("country", "XNK", None, NKR), text="Artsakh", position="location").place
    assert place is not None and place.country == "AZE" and "Artsakh" in place.variants


# --- sectors and roles ----------------------------------------------------------------------

class Cues:
    """A sector source with only `sector_for`, as a knowledge base without `sector_cue`."""

    table: ClassVar[dict[str, str]] = {"defence ministry": "MIL", "spokesman": "GOV", "armed forces": "MIL",
             "customs service": "COP", "foreign ministry": "GOV", "ministry": "GOV"}

    def sector_for(self, phrase: str) -> str | None:
        return self.table.get(phrase)


CUE_CASES = [
    (["defence", "ministry", "spokesman"], "defence ministry", "MIL"),
    (["armed", "forces"], "armed forces", "MIL"),
    (["Customs", "Service"], "customs service", "COP"),
    (["foreign", "ministry", "spokesman"], "foreign ministry", "GOV"),
    (["spokesman"], "spokesman", "GOV"),
]


@pytest.mark.parametrize(("words", "phrase", "sector"), CUE_CASES)
def test_longest_cue_wins(words, phrase, sector):
    cue = find_cue(words, Cues())
    assert cue is not None and (cue.phrase, cue.sector) == (phrase, sector)


def test_no_cue():
    assert find_cue(["positions"], Cues()) is None
    assert find_cue([], Cues()) is None


@pytest.mark.parametrize(("head", "sector"), [("trucks", "BUS"), ("companies", "BUS"),
                                              ("people", "CVL"), ("residents", "CVL"),
                                              ("positions", None), (None, None)])
def test_fallback_sector_from_the_head_noun(head, sector):
    found = fallback_sector(head, load_lexicon())
    assert (found[0] if found else None) == sector


@pytest.mark.parametrize(("words", "role"), [
    (["foreign", "ministry", "spokesman"], "foreign ministry spokesman"),
    (["President"], "president"),
    (["former", "Prime", "Minister"], "prime minister"),
    (["Secretary", "General"], "secretary general"),
    (["the", "new", "ambassador"], "ambassador"),
    ([], None),
])
def test_clean_role(words, role):
    assert clean_role(words) == role


TITLES = frozenset({"president", "minister", "prime", "secretary", "general", "ambassador"})


@pytest.mark.parametrize(("words", "title", "name"), [
    (["President", "Recep", "Tayyip", "Erdoğan"], ["President"], ["Recep", "Tayyip", "Erdoğan"]),
    (["Secretary", "of", "State", "Antony", "Blinken"], ["Secretary", "of", "State"], ["Antony", "Blinken"]),
    (["Foreign", "Minister", "Sergei", "Lavrov"], ["Foreign", "Minister"], ["Sergei", "Lavrov"]),
    (["Said", "Khatibzadeh"], [], ["Said", "Khatibzadeh"]),
    (["Secretary", "General"], ["Secretary", "General"], []),
    # an office with its qualifiers and no name after it is all title
    (["Federal", "Secretary"], ["Federal", "Secretary"], []),
    (["Senior", "Minister"], ["Senior", "Minister"], []),
])
def test_split_title_from_name(words, title, name):
    assert split_name(words, TITLES) == (title, name)


# --- people ---------------------------------------------------------------------------------

def test_person_named_once_is_recalled_by_surname():
    memory = PersonMemory()
    memory.remember(Actor(text="Azerbaijani President Ilham Aliyev", country="AZE", sector="GOV",
                          role="president", person="Ilham Aliyev"))
    recalled = memory.recall("Aliyev")
    assert recalled is not None and (recalled.country, recalled.role) == ("AZE", "president")
    assert memory.recall("Ilham Aliyev") is recalled


def test_shared_surname_is_ambiguous():
    memory = PersonMemory()
    memory.remember(Actor(text="x", country="AZE", sector="GOV", person="Ilham Aliyev"))
    memory.remember(Actor(text="y", country="AZE", sector="GOV", person="Heydar Aliyev"))
    assert memory.recall("Aliyev") is None
    assert memory.recall("Heydar Aliyev") is not None


def test_people_without_a_country_are_not_remembered():
    memory = PersonMemory()
    memory.remember(Actor(text="John Smith", person="John Smith"))
    assert memory.recall("Smith") is None


@pytest.mark.parametrize(("name", "keys"), [
    ("Ilham Aliyev", ("ilham aliyev", "aliyev")),
    ("President Aliyev", ("aliyev",)),
    ("Putin", ("putin",)),
])
def test_name_keys(name, keys):
    assert name_keys(name) == keys


ALIYEVS = [Person("Heydar Aliyev", "AZE", "president", "1993-06-15", "2003-10-31"),
           Person("Ilham Aliyev", "AZE", "president", "2003-10-31", None)]


@pytest.mark.parametrize(("date", "name"), [("2021-10-07", "Ilham Aliyev"), ("1998", "Heydar Aliyev"),
                                            (None, "Ilham Aliyev")])
def test_person_in_office_on_the_date(date, name):
    assert choose_person(ALIYEVS, date).name == name


# --- coreference ----------------------------------------------------------------------------

def _ante(start: int, sentence: int, country: str, subject: bool = False, kind: str = "state") -> Antecedent:
    return Antecedent(start, sentence, Actor(text=country, country=country, sector="GOV"), kind, subject)


TWO = [_ante(0, 0, "AZE", True), _ante(14, 0, "ARM", True), _ante(40, 1, "RUS")]


def test_two_countries_are_the_last_two_distinct():
    picked = pick_countries(TWO, start=60, sentence=1, count=2)
    assert [a.actor.country for a in picked] == ["ARM", "RUS"]


def test_two_countries_skip_repeats():
    antecedents = [_ante(0, 0, "AZE"), _ante(10, 0, "ARM"), _ante(20, 0, "ARM")]
    picked = pick_countries(antecedents, start=30, sentence=0, count=2)
    assert [a.actor.country for a in picked] == ["AZE", "ARM"]


def test_too_few_countries_resolve_nothing():
    assert pick_countries([_ante(0, 0, "AZE")], start=30, sentence=0, count=2) == []


def test_countries_out_of_the_window_are_forgotten():
    assert pick_countries([_ante(0, 0, "AZE"), _ante(5, 0, "ARM")], start=500, sentence=5, count=2) == []


def test_it_is_the_subject_of_the_previous_sentence():
    antecedents = [_ante(0, 0, "PAK", subject=True), _ante(20, 0, "AZE")]
    assert [a.actor.country for a in pick_salient(antecedents, 40, 1)] == ["PAK"]


def test_it_in_its_own_sentence_is_the_nearest_name():
    antecedents = [_ante(0, 0, "PAK", subject=True), _ante(40, 1, "AZE")]
    assert [a.actor.country for a in pick_salient(antecedents, 60, 1)] == ["AZE"]


def test_it_in_its_own_sentence_prefers_the_subject():
    # "Islamabad has been the only country not to recognise Armenia ... its readiness"
    antecedents = [_ante(0, 0, "PAK", subject=True), _ante(40, 0, "ARM")]
    assert [a.actor.country for a in pick_salient(antecedents, 60, 0)] == ["PAK"]


def test_it_with_two_subjects_is_unclear():
    antecedents = [_ante(0, 0, "AZE", subject=True), _ante(14, 0, "ARM", subject=True)]
    assert pick_salient(antecedents, 40, 1) == []


def test_they_needs_two_coordinated_subjects():
    antecedents = [_ante(0, 0, "AZE", subject=True), _ante(14, 0, "TUR", subject=True)]
    assert [a.actor.country for a in pick_salient(antecedents, 40, 1, plural=True)] == ["AZE", "TUR"]
    assert pick_salient(antecedents[:1], 40, 1, plural=True) == []


def test_owners_inside_group_phrases_are_not_pronoun_antecedents():
    antecedents = [_ante(0, 0, "IRQ", subject=True, kind="owner")]
    assert pick_salient(antecedents, 40, 1) == []
    assert [a.actor.country for a in pick_countries(antecedents, 40, 1, 1)] == ["IRQ"]


# --- text that has lost its case ------------------------------------------------------------

_PROSE = ("The foreign minister met his counterpart in the capital on Monday. They spoke of "
          "trade, of the border and of the refugees who crossed it last winter. ") * 2


def test_ordinary_prose_keeps_its_case():
    assert not lost_case(_PROSE)


def test_lower_case_and_all_capital_wire_copy_has_lost_its_case():
    assert lost_case(_PROSE.lower())
    assert lost_case(_PROSE.upper())


def test_a_short_line_says_too_little_about_case():
    assert not lost_case("the u.s. said")
