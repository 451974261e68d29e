"""News constructions that state or imply a standing relation beyond "X's ally Y": the
members a meeting brings together, two sides at war, an arms maker named by its
adjective, joint acts that make partners, troops that back another state's forces.
Sentences written for these tests; records built by hand, no model loads."""

from __future__ import annotations

import pytest
from relations_fixtures import actor, analysis, event, pairs, relations

# ---- what sentences state -------------------------------------------------------------

@pytest.mark.parametrize(("markup", "expected"), [
    (("The [ASEAN](ASEAN IGO) summit in [Jakarta](place IDN) brought together leaders from "
      "[Vietnam](VNM GOV), [Laos](LAO GOV) and [Thailand](THA GOV)."),
     {("member_of", "VNM", "ASEAN"), ("member_of", "LAO", "ASEAN"),
      ("member_of", "THA", "ASEAN")}),
    ("Every member of the [UN](UN IGO), such as [Chile](CHL GOV), voted for it.",
     {("member_of", "CHL", "UN")}),
    ("[Ghana](GHA GOV) and the other [AU](AU IGO) members backed the plan.",
     {("member_of", "GHA", "AU")}),
    ("[Rwandan](RWA MIL) soldiers, who are part of the [AU](AU IGO) mission, guarded it.",
     {("member_of", "RWA", "AU")}),
    ("[Mali](MLI GOV) and [Niger](NER GOV) formed a bloc known as the [AES](AES IGO).",
     {("member_of", "MLI", "AES"), ("member_of", "NER", "AES")}),
    ("[Ruritanian](RUR GOV)-[Elbonian](ELB GOV) relations are marked by rivalry.",
     {("rival", "ELB+RUR", "")}),
    ("[Peru](PER GOV)-[Chile](CHL GOV) ties are characterised by cooperation.",
     {("partner", "CHL+PER", "")}),
    ("Veterans of the [Iran](IRN GOV)-[Iraq](IRQ GOV) war gathered in the square.",
     {("rival", "IRN+IRQ", "")}),
    ("Fighting between [Sudan](SDN GOV) and [South Sudan](SSD GOV) broke out again.",
     {("rival", "SDN+SSD", "")}),
    ("Military cooperation between [Oman](OMN GOV) and [India](IND GOV) has grown.",
     {("partner", "IND+OMN", "")}),
    ("[India](IND GOV) has designated the [TRF](PAK REB) as a terrorist group.",
     {("rival", "IND+PAK", "")}),
    ("[Greece](GRC GOV), along with [Cyprus](CYP GOV), faced off against [Turkey](TUR GOV).",
     {("rival", "GRC+TUR", ""), ("rival", "CYP+TUR", "")}),
    ("[Serbian](SRB GOV) officials have long accused [Kosovo](XKX GOV) of provocations.",
     {("rival", "SRB+XKX", "")}),
    (("[Russia](RUS GOV) is one of [India](IND GOV)'s main arms suppliers, along with "
     "[France](FRA GOV)."), {("arms_supplier", "RUS", "IND"), ("arms_supplier", "FRA", "IND")}),
    (("[Indonesia](IDN GOV), whose air force is acquiring [French](FRA GOV)-built "
     "[Rafale jets](item), joined the exercise."), {("arms_supplier", "FRA", "IDN")}),
    ("[Darfur rebels](SDN REB) survived on weapons supplied from [Chad](TCD GOV).",
     {("arms_supplier", "TCD", "SDN")}),
])
def test_a_news_construction_states_its_relation(markup: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    assert pairs(relations(analysis(markup))) == expected


@pytest.mark.parametrize("markup", [
    ("Lawmakers hope that economic cooperation between [Peru](PER GOV) and [Chile](CHL GOV) "
    "could resume."),
    "[Pakistan](PAK GOV) hosted 50 [Saudi](SAU MIL) personnel for military training.",
    "The [ASEAN](ASEAN IGO) summit was held without [Myanmar](MMR GOV).",
], ids=lambda m: m[:40])
def test_a_hoped_for_or_passing_link_states_no_relation(markup: str) -> None:
    assert relations(analysis(markup)) == ()


def test_a_buyer_still_acquiring_the_items_has_them_contracted() -> None:
    (bought,) = relations(analysis(
        "[Indonesia](IDN GOV), whose air force is acquiring [French](FRA GOV)-built "
        "[Rafale jets](item), joined the exercise."))
    assert (bought.status, bought.item) == ("contracted", "Rafale jets")


def test_co_chairs_of_a_mediating_group_mediate_the_documents_conflict() -> None:
    a = analysis("[Ruritania](RUR GOV) shelled [Elbonia](ELB GOV) again.\n"
                 "[Norway](NOR GOV) and [Cuba](CUB GOV), which co-chair the [OSCE](OSCE IGO) "
                 "mediating the conflict, called for calm.",
                 event("ASSAULT", trigger="shelled", source=(actor("RUR"),),
                       target=(actor("ELB"),), quad=4))
    assert pairs(relations(a), "mediator") == {("mediator", "NOR", "ELB+RUR"),
                                               ("mediator", "CUB", "ELB+RUR"),
                                               ("mediator", "OSCE", "ELB+RUR")}


# ---- what events imply ----------------------------------------------------------------

def test_joint_drills_make_the_states_partners_from_their_date() -> None:
    a = analysis("[Egyptian](EGY MIL) and [Greek](GRC MIL) troops held joint drills.",
                 event("COOPERATE", trigger="drills", contexts=("military",),
                       source=(actor("EGY", "MIL"), actor("GRC", "MIL")), date="2021-04"))
    (partners,) = relations(a)
    assert pairs((partners,)) == {("partner", "EGY+GRC", "")}
    assert partners.valid_from == "2021-04" and partners.event_ids == (a.events[0].event_id,)


@pytest.mark.parametrize(("markup", "trigger", "fields"), [
    ("Some speculated that [Egypt](EGY GOV) coordinated with [Greece](GRC GOV).",
     "coordinated", {}),
    ("[Egypt](EGY GOV) and [Greece](GRC GOV) created a fund.", "created", {}),
    ("[Egypt](EGY GOV) and [Greece](GRC GOV) will hold drills.", "drills",
     {"aux": ("future",)}),
    ("[Egypt](EGY GOV) and [Greece](GRC GOV) reportedly held drills.", "drills",
     {"certainty": "reported"}),
], ids=["a guess", "a one-off act", "still to come", "passed on"])
def test_cooperation_guessed_one_off_planned_or_passed_on_makes_no_partners(
        markup: str, trigger: str, fields: dict[str, object]) -> None:
    a = analysis(markup, event("COOPERATE", trigger=trigger,
                               source=(actor("EGY"), actor("GRC")), **fields))
    assert pairs(relations(a), "partner") == set()


def test_troops_backing_another_states_forces_are_its_guests_not_its_partners() -> None:
    a = analysis("[Somali](SOM MIL) soldiers backed by [Kenyan troops](KEN MIL) retook it.",
                 event("COOPERATE", trigger="backed", contexts=("military",),
                       source=(actor("KEN", "MIL", text="Kenyan troops"),),
                       target=(actor("SOM", "MIL"),)))
    assert pairs(relations(a)) == {("hosts_forces", "SOM", "KEN")}


def test_military_support_not_named_as_troops_makes_partners() -> None:
    a = analysis("[Somali](SOM MIL) units, supported by the [U.S. military](USA MIL), "
                 "attacked.",
                 event("COOPERATE", trigger="supported", contexts=("military",),
                       source=(actor("USA", "MIL", text="the U.S. military"),),
                       target=(actor("SOM", "MIL"),)))
    assert pairs(relations(a)) == {("partner", "SOM+USA", "")}


@pytest.mark.parametrize(("words", "expected"), [
    ("a monitoring mission", {("hosts_forces", "GEO", "EU")}),
    ("a civilian monitoring mission", set()),
])
def test_a_civilian_mission_deployed_is_no_forces(words: str,
                                                  expected: set[tuple[str, str, str]]) -> None:
    a = analysis(f"The [EU](EU IGO) deployed {words} to [Georgia](place GEO).",
                 event("MOBILIZE", trigger="deployed", mode="troops",
                       source=(actor("EU", "IGO"),)))
    assert pairs(relations(a), "hosts_forces") == expected


def test_beside_the_hosts_own_troops_the_foreign_force_deployed_is_the_guest() -> None:
    a = analysis("[Mali](MLI GOV) says that besides [its](MLI MIL) troops, forces of the "
                 "[UN](UN IGO) mission in [Mali](place MLI) have been deployed.",
                 event("MOBILIZE", trigger="deployed", mode="troops",
                       source=(actor("MLI", "MIL"), actor("UN", "IGO"))))
    assert pairs(relations(a), "hosts_forces") == {("hosts_forces", "MLI", "UN")}


def test_troops_sent_abroad_are_hosted_there() -> None:
    a = analysis("[Ruritania](RUR GOV) sent troops to [Elbonia](place ELB).",
                 event("MOBILIZE", trigger="sent", mode="troops", source=(actor("RUR"),)))
    assert pairs(relations(a), "hosts_forces") == {("hosts_forces", "ELB", "RUR")}


def test_a_delivery_of_military_aircraft_makes_an_arms_supplier() -> None:
    a = analysis("[Brazil](BRA GOV) reported the delivery of six aircraft from "
                 "[Sweden](SWE MIL).",
                 event("AID", trigger="delivery", contexts=("military",),
                       source=(actor("SWE", "MIL"),), target=(actor("BRA"),)))
    assert pairs(relations(a)) == {("arms_supplier", "SWE", "BRA")}


def test_an_agreement_to_act_jointly_makes_partners() -> None:
    a = analysis("[Chad](TCD GOV) and [Niger](NER GOV) signed an agreement to jointly "
                 "patrol the border.",
                 event("AGREE", trigger="signed", source=(actor("TCD"), actor("NER"))))
    assert pairs(relations(a)) == {("partner", "NER+TCD", "")}
