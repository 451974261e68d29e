"""Actor resolution with the wider knowledge base, end to end with the model: armed groups,
provinces and regions, office holders since 1990 chosen by the article's date, former
office holders, "the Security Council", and groups named without a country.

Each case is a sentence, the mention to look at, and the actors it must resolve to as
"COUNTRY SECTOR" strings (PLOVER and CAMEO conventions, see data/sectors.yaml).
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model

_codes = partial(actor_codes, match="closest", published="2000-01-01")


ARMED_GROUPS = [
    ("The SPLM/A accused Khartoum of bombing civilians.", "SPLM/A", ["SDN REB"]),
    ("Sudan People's Liberation Army rebels shelled the town.", "Sudan People's Liberation Army",
     ["SDN REB"]),
    ("FARC guerrillas released two hostages.", "FARC", ["COL REB"]),
    ("Hezbollah fired rockets into northern Israel.", "Hezbollah", ["LBN REB"]),
    ("Traders stayed home after the Movement for the Actualization of the Sovereign State of Biafra urged a boycott.",
     "Movement for the Actualization", ["NGA REB"]),
    ("Da'esh fighters overran two villages at dawn.", "Da'esh", ["IMG REB"]),
    ("The NPFL attacked the capital.", "NPFL", ["LBR REB"]),
    ("UNITA rejected the peace plan.", "UNITA", ["AGO REB"]),
    ("The Peshmerga retook the town.", "Peshmerga", ["IRQ MIL"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), ARMED_GROUPS)
def test_armed_groups_resolve_to_their_country_and_sector(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


REGIONS = [
    # a province or region as a place, linked to its country
    ("Fighting continued in Chechnya on Monday.", "Chechnya", ["RUS None"]),
    ("Aid reached West Darfur State last week.", "West Darfur State", ["SDN None"]),
    ("Convoys left Al-Raqqa province before dawn.", "Al-Raqqa province",
     ["SYR None"]),
    # a body of a province acts for its state
    ("Schools were shut by the government of Sindh province on Tuesday.", "government of Sindh province",
     ["PAK GOV"]),
    ("The deputy governor of the Samara region escaped unhurt, police said.",
     "deputy governor of the Samara region", ["RUS GOV"]),
    ("The governor of Anbar province resigned.", "governor of Anbar province", ["IRQ GOV"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), REGIONS)
def test_provinces_and_regions_belong_to_their_country(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


OFFICE_HOLDERS = [
    ("President Francois Mitterand arrived in Bonn on Monday.", "Mitterand", "1990-05-01",
     ["FRA GOV"]),
    ("William Perry, the defense secretary, toured the base.", "William Perry",
     "1995-12-10", ["USA GOV"]),
    ("Burhanuddin Rabbani met the envoy in Kabul.", "Burhanuddin Rabbani", "1995-03-01",
     ["AFG GOV"]),
    ("Prosper Avril addressed the nation by radio.", "Prosper Avril", "1990-01-20",
     ["HTI GOV"]),
    # the same person in two periods
    ("Alassane Ouattara called for new elections.", "Alassane Ouattara", "2000-10-01",
     ["CIV ELI"]),
    ("Alassane Ouattara called for new elections.", "Alassane Ouattara", "2015-10-01",
     ["CIV GOV"]),
    ("Charles Taylor's fighters advanced on Monrovia.", "Charles Taylor", "1992-10-01",
     ["LBR REB"]),
    ("Mullah Omar rejected the demand.", "Mullah Omar", "2001-10-01", ["AFG REB"]),
]


@pytest.mark.parametrize(("text", "wanted", "published", "expected"), OFFICE_HOLDERS)
def test_office_holders_since_1990_by_date(nlp_pipeline, text, wanted, published, expected):
    assert _codes(nlp_pipeline, text, wanted, published=published) == expected


FORMER = [
    # "former" before the office, even with a word between: an elite (CAMEO ELI)
    ("Former Labour prime minister Tony Blair opened the library.",
     "Tony Blair", ["GBR ELI"]),
    ("The former Pakistani prime minister Benazir Bhutto returned home.", "Benazir Bhutto",
     ["PAK ELI"]),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), FORMER)
def test_former_office_holders_are_elites(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


SECURITY_COUNCIL = [
    ("On Thursday the Security Council voted to renew the mandate of the peacekeeping "
     + "mission in Cyprus.", "Security Council", ["UN IGO"]),
    ("A Security Council resolution on the blockade was vetoed by France.",
     "Security Council", ["UN IGO"]),
    ("The U.N. chief briefed reporters. Later the Security Council met behind closed doors.",
     "Security Council", ["UN IGO"]),
    ("The U.N. Security Council condemned the attack.", "Security Council", ["UN IGO"]),
    # a state's own security council
    ("Russia's Security Council discussed the new doctrine on Friday.", "Security Council",
     ["RUS GOV"]),
    ("The Security Council of Armenia met on Friday.", "Security Council", ["ARM GOV"]),
    # nothing says which: left open
    ("The Security Council met on Friday to discuss the budget.", "Security Council", []),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), SECURITY_COUNCIL)
def test_security_council_is_the_uns_only_where_the_text_says_so(nlp_pipeline, text, wanted,
                                                                 expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


NOMINAL_GROUPS = [
    # a group named without a country takes the only country of its sentence
    ("The regime continued to bomb Aleppo, the Syrian opposition said.", "The regime",
     ["SYR GOV"]),
    ("Security forces in the Syrian city of Homs opened fire on protesters.", "Security forces",
     ["SYR COP"]),
    ("Rebels in Darfur attacked a convoy.", "Rebels in Darfur", ["SDN REB"]),
    ("Israeli police arrested Druze inhabitants of the Golan Heights.",
     "inhabitants of the Golan Heights", ["SYR CVL"]),
    # a leader's regime is his state's government
    ("The Assad regime rejected the plan.", "The Assad regime", ["SYR GOV"]),
    ("Assad's government rejected the plan.", "Assad's government", ["SYR GOV"]),
    # a cue the knowledge base now knows
    ("The Palestinian administrators of Muslim property protested the closure of a shrine.",
     "Palestinian administrators", ["PSE GOV"]),
    # two countries in the sentence: the group stays open
    ("Security forces clashed with protesters as Iraq and Syria traded accusations.",
     "Security forces", []),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), NOMINAL_GROUPS)
def test_groups_named_without_a_country(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted, published="2012-06-01") == expected
