"""Charges, denials and demands: a reported act its doer denies is coded as the
speaker's accusation; a label that names a wrongdoer accuses; a material act someone must
or should do is asked for, not done; a denial in a relative clause on the charge it denies
still codes. Each case is a text and the events of the types named it must code, written
"TYPE SOURCES>TARGETS" with country codes. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides, types_coded

pytestmark = pytest.mark.model


CHARGES = [
    # a reported act its doer denies is alleged: the speech acts are coded, not the act
    ("Moscow said Ukrainian troops shelled the dam, which Kyiv denies.",
     {"ACCUSE", "REJECT", "ASSAULT"}, ["ACCUSE RUS>UKR", "REJECT UKR>RUS"]),
    (("Syrian state television said Turkish soldiers killed four farmers near the border. "
      "Ankara denied the report."),
     {"ACCUSE", "REJECT", "ASSAULT"}, ["ACCUSE SYR>TUR", "REJECT TUR>SYR"]),
    ("Ukrainian officials said Russian forces shelled Kharkiv. Moscow rebutted the claim.",
     {"ACCUSE", "REJECT", "ASSAULT"}, ["ACCUSE UKR>RUS", "REJECT RUS>UKR"]),
    # ... but a report the doer does not deny stays the act, on the speaker's word
    (("Kenyan police said Somali militants attacked a bus on Monday. Kenyan officials "
      "later rejected an offer of talks."),
     {"ACCUSE", "ASSAULT"}, ["ASSAULT SOM>"]),
    # calling an actor the aggressor, or guilty, accuses it
    ("A Ukrainian minister said Russia is the aggressor.", {"ACCUSE"}, ["ACCUSE UKR>RUS"]),
    ("Armenian officials said Azerbaijan was guilty of the attack.", {"ACCUSE"},
     ["ACCUSE ARM>AZE"]),
    # ... calling a region a producer does not
    ("Kenyan officials said the region is the main food producer.", {"ACCUSE"}, []),
]


@pytest.mark.parametrize(("text", "types", "expected"), CHARGES)
def test_a_denied_report_or_a_label_of_wrongdoing_is_an_accusation(nlp_pipeline, text, types,
                                                                   expected):
    assert sides(nlp_pipeline, text, types) == sorted(expected)


DENIED_CHARGES = [
    # an accusation a denial disputes, said with an accuser other than the denier, is the
    # accuser's speech act, laid against the one who denies it
    ("The Kremlin dismissed accusations by Ukraine that its forces shelled the plant.",
     ["ACCUSE UKR>RUS"], ["REJECT RUS>UKR"]),
    ("Russian officials rejected criticism from Kyiv that they failed to protect civilians.",
     ["ACCUSE UKR>RUS"], ["REJECT RUS>UKR"]),
    ("China rejected U.S. criticism of its human rights record.", ["ACCUSE USA>CHN"],
     ["REJECT CHN>USA"]),
    ("Iran rejected Israel's accusations of supplying drones to Russia.", ["ACCUSE ISR>IRN"],
     ["REJECT IRN>ISR"]),
    ("Russia refuted Ukraine's accusations.", ["ACCUSE UKR>RUS"], ["REJECT RUS>UKR"]),
    # ... told in the passive too
    ("Pakistan's allegations were rejected by Kabul.", ["ACCUSE PAK>AFG"], ["REJECT AFG>PAK"]),
    # ... but against the target it names itself, not the denier
    ("Russia rejected Ukraine's accusations against Belarus.", ["ACCUSE UKR>BLR"], None),
    ("Washington rejected Russia's allegation that Ukraine was behind the attack.",
     ["ACCUSE RUS>UKR"], ["REJECT USA>RUS"]),
    # not one that names no accuser, or none but the denier
    ("Russia rejected accusations of war crimes in Bucha.", [], ["REJECT RUS>"]),
    ("Beijing dismissed the criticism of its policy.", [], ["REJECT CHN>"]),
    ("Moscow rejected accusations by its critics.", [], ["REJECT RUS>"]),
    # nor a condemnation vetoed or an inquiry boycotted: never made, or no charge
    ("The United States vetoed the UN's condemnation of Israel.", [], ["REJECT USA>UN"]),
    ("Israel boycotted the UN's inquiry.", [], ["REJECT ISR>UN"]),
]


@pytest.mark.parametrize(("text", "accusations", "denials"), DENIED_CHARGES)
def test_a_denied_accusation_with_its_accuser_is_coded_beside_the_denial(
        nlp_pipeline, text, accusations, denials):
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == accusations
    if denials is not None:
        assert sides(nlp_pipeline, text, {"REJECT"}) == denials


OWED = [
    # an act someone must or should do is asked for: neither done nor denied
    "The president's spokesman said that if the rebels are sincere, they must stop killing civilians.",
    "The rebels should release the hostages, Colombian officials said.",
    "Turkey must stop shelling Kurdish villages, the Kurdish leader said.",
]


@pytest.mark.parametrize("text", OWED)
def test_an_act_that_is_owed_is_not_coded_as_done(nlp_pipeline, text):
    assert not types_coded(nlp_pipeline, text) & {"ASSAULT", "RETREAT"}


@pytest.mark.parametrize("text", [
    # an inference about the past tells an act
    "Russian troops must have shelled the bridge before dawn.",
    # ... and so does a clause of its own after a demand
    "Kyiv said Moscow must negotiate, but Russian troops attacked the town on Monday.",
])
def test_an_act_beside_or_inferred_from_an_obligation_is_still_told(nlp_pipeline, text):
    assert "ASSAULT" in types_coded(nlp_pipeline, text)


def _sectors(pipeline, text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [([f"{a.country} {a.sector}" for a in e.source],
             [f"{a.country} {a.sector}" for a in e.target])
            for e in analyse(pipeline, text).events if e.type == kind]


def test_a_government_denying_what_rebels_told_of_it_answers_the_rebels(nlp_pipeline):
    text = ("Taliban commanders said the Afghan army had shelled their villages. A spokesman "
            "for the Afghan government rejected the accusations.")
    assert _sectors(nlp_pipeline, text, "ACCUSE") == [(["AFG REB"], ["AFG MIL"])]
    assert _sectors(nlp_pipeline, text, "REJECT") == [(["AFG GOV"], ["AFG REB"])]


def test_a_government_denies_what_is_told_of_its_army(nlp_pipeline):
    text = "Russia said Ukrainian forces shelled the dam, which the Ukrainian government denies."
    assert _sectors(nlp_pipeline, text, "ACCUSE") == [(["RUS GOV"], ["UKR MIL"])]


def test_an_act_inferred_with_must_have_is_speculative(nlp_pipeline):
    text = "Russian troops must have shelled the bridge before dawn."
    assert [e.certainty for e in analyse(nlp_pipeline, text).events
            if e.type == "ASSAULT"] == ["speculative"]


DENIED_IN_A_CLAUSE = [
    # a denial in a relative clause on the charge it denies does not absorb itself
    ("Israel repeated the accusations, which the Iranian foreign ministry rejected.",
     ["REJECT IRN>"]),
    ("Syria made the charges, which Turkish officials dismissed.", ["REJECT TUR>"]),
    # ... while the charge it reacts to is still its object, not an act of its own
    ("Iran rejected the accusations.", ["REJECT IRN>"]),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_IN_A_CLAUSE)
def test_a_denial_on_the_charge_it_denies_is_coded_once(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"REJECT", "ACCUSE"}) == expected


MERGED = [
    # a weapon fired by one side that hits the other: one attack, with both sides
    ("A drone launched by Russian forces struck a Ukrainian power plant.", ["ASSAULT RUS>UKR"]),
    ("A rocket fired by Hamas militants killed two Israeli soldiers.", ["ASSAULT PSE>ISR"]),
]


@pytest.mark.parametrize(("text", "expected"), MERGED)
def test_a_weapon_fired_and_its_hit_are_one_attack(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == expected
