"""Gold codes in belli's terms: CAMEO actor codes, CAMEO / PLOVER-2016 / MUC-4 event labels."""

from __future__ import annotations

import pytest

from belli.eval.codes import (
    country_matches,
    country_of_name,
    parse_cameo_actor,
    plover_of,
    sector_matches,
)
from belli.records import Actor


@pytest.mark.parametrize(
    ("code", "sector", "country", "expected_sector"),
    [
        ("USAGOV", None, "USA", "GOV"),
        ("JAP", None, "JPN", None),  # PLOVER gold writes Japan as JAP
        ("ITL", None, "ITA", None),
        ("RUSMIL", None, "RUS", "MIL"),
        ("IGOUNOMIL", None, "IGO", "MIL"),  # UN organisation chunk skipped, MIL kept
        ("IGOCOPITP", None, "IGO", "COP"),  # Interpol: police
        ("PSEGZACVL", None, "PSE", "CVL"),  # Gaza region chunk skipped
        ("SYROPPHRI", None, "SYR", "OPP"),
        ("---LEG", None, None, "LEG"),  # unknown country
        ("BIH", "CIVsrp", "BIH", "CVL"),  # lower-case ethnic code dropped
        ("PSE", "***", "PSE", None),  # *** = sector unknown
        ("ALB", "CVLalb", "ALB", "CVL"),
        ("USA", "MED", "USA", "JRN"),  # CAMEO media -> belli journalists
        ("BDI", "UAF", "BDI", "REB"),  # unaffiliated armed forces
    ],
)
def test_cameo_actor_codes_become_iso3_and_sector(code, sector, country, expected_sector):
    actor = parse_cameo_actor(code, sector)
    assert (actor.country, actor.sector) == (country, expected_sector)


@pytest.mark.parametrize(
    ("scheme", "label", "expected"),
    [
        ("plover2016", "DEMAND", ("REQUEST", None)),
        ("plover2016", "DISAPPROVE", ("ACCUSE", "disapprove")),
        ("plover2016", "INVESTIGATE", ("ACCUSE", "investigate")),
        ("plover2016", "FIGHT", ("ASSAULT", None)),
        ("plover2016", "AGREE", ("AGREE", None)),  # shared labels keep their names
        ("cameo", "031", ("AGREE", None)),  # express intent to cooperate
        ("cameo", "040", ("CONSULT", None)),
        ("cameo", "046", ("CONSULT", None)),
        ("cameo", "084", ("RETREAT", "release")),  # documented sub-code beats the root
        ("cameo", "0874", ("RETREAT", None)),
        ("cameo", "085", ("CONCEDE", None)),
        ("cameo", "1124", ("ACCUSE", None)),
        ("cameo", "173", ("COERCE", None)),
        ("cameo", "190", ("ASSAULT", None)),
        ("cameo", "015", (None, None)),  # public statement: no PLOVER equivalent
        ("cameo", "903", (None, None)),  # not a CAMEO root at all
        ("muc4", "BOMBING", ("ASSAULT", "explosives")),
        ("muc4", "KIDNAPPING", ("ASSAULT", "abduct")),
        ("muc4", "BOMBING / ATTACK", ("ASSAULT", "explosives")),
        ("muc4", "ROBBERY", ("COERCE", "seize")),
    ],
)
def test_event_labels_map_to_plover(scheme, label, expected):
    assert plover_of(scheme, label) == expected


@pytest.mark.parametrize(
    ("code", "actor", "ok"),
    [
        ("RUS", Actor(text="Moscow", country="RUS", sector="GOV"), True),
        ("JAP", Actor(text="Tokyo", country="JPN"), True),
        ("RUS", Actor(text="Kyiv", country="UKR"), False),
        ("IGO", Actor(text="NATO", country="NATO", sector="IGO"), True),
        ("IGO", Actor(text="the United Nations", country="UN"), True),  # any non-ISO code
        ("IGO", Actor(text="France", country="FRA"), False),
        ("NGO", Actor(text="Amnesty International", sector="NGO"), True),
        ("IMG", Actor(text="al-Qaeda", sector="REB"), True),
        ("USA", Actor(text="someone"), False),  # no country at all
    ],
)
def test_country_match_treats_non_state_codes_by_kind(code, actor, ok):
    assert country_matches(parse_cameo_actor(code), actor) is ok


@pytest.mark.parametrize(
    ("code", "actor", "ok"),
    [
        ("USAGOV", Actor(text="Obama", country="USA", sector="GOV"), True),
        ("USAMED", Actor(text="CNN", country="USA", sector="JRN"), True),
        ("USAMIL", Actor(text="the Pentagon", country="USA", sector="GOV"), False),
        ("USA", Actor(text="Washington", country="USA", sector="GOV"), False),  # no gold sector
        ("IGOGOV", Actor(text="the Security Council", country="UN", sector="IGO"), True),
        ("IGOMIL", Actor(text="UN peacekeepers", country="UN", sector="IGO"), False),
    ],
)
def test_sector_match_needs_a_gold_sector(code, actor, ok):
    assert sector_matches(parse_cameo_actor(code), actor) is ok


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Iraq", "IRQ"),
        ("the United States", "USA"),
        ("The UK", "GBR"),
        ("Syria’s", "SYR"),
        ("Mosul", None),
        ("ISIL", None),
    ],
)
def test_country_names_for_re3d_either_label_rule(text, iso3):
    assert country_of_name(text) == iso3
