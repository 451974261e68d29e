"""The relation rules on sentences written for these tests: what a sentence states, and
what its coded events imply. Every case builds its records by hand; no model loads."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from relations_fixtures import actor, analysis, event, pairs, relations

from belli.records import Relation


def only(found: tuple[Relation, ...], kind: str) -> Relation:
    (relation,) = [r for r in found if r.type == kind]
    return relation


# ---- what sentences state -------------------------------------------------------------

@pytest.mark.parametrize(("markup", "expected"), [
    ("[NATO](NATO IGO) member [Norway](NOR GOV) hosted the exercise.",
     {("member_of", "NOR", "NATO")}),
    ("[Chile](CHL GOV), a founding member of the [OAS](OAS IGO), voted for the motion.",
     {("member_of", "CHL", "OAS")}),
    (("The [ASEAN](ASEAN IGO), whose members include [Vietnam](VNM GOV) and [Laos](LAO GOV), "
     "met on Monday."), {("member_of", "VNM", "ASEAN"), ("member_of", "LAO", "ASEAN")}),
    ("The [CSTO](CSTO IGO), of which [Kazakhstan](KAZ GOV) is a member, sent observers.",
     {("member_of", "KAZ", "CSTO")}),
    ("[Croatia](HRV GOV) joined the [EU](EU IGO) [in 2013](date 2013).",
     {("member_of", "HRV", "EU")}),
    ("[Washington](USA GOV)'s closest ally [Britain](GBR GOV) sent two destroyers.",
     {("ally", "GBR+USA", "")}),
    ("[Morocco](MAR GOV) and [Jordan](JOR GOV) are traditional allies.",
     {("ally", "JOR+MAR", "")}),
    ("[Oman](OMN GOV), a close ally of [Britain](GBR GOV), stayed neutral.",
     {("ally", "GBR+OMN", "")}),
    ("[Greece](GRC GOV) and [Turkey](TUR GOV) are longtime rivals.",
     {("rival", "GRC+TUR", "")}),
    ("[India](IND GOV) and its arch-rival [Pakistan](PAK GOV) both tested missiles.",
     {("rival", "IND+PAK", "")}),
    ("[Iran](IRN GOV), [Saudi Arabia](SAU GOV)'s regional rival, denied the claim.",
     {("rival", "IRN+SAU", "")}),
    ("[Kenya](KEN GOV), a key partner of [Japan](JPN GOV), signed the loan.",
     {("partner", "JPN+KEN", "")}),
    ("The [Brazil](BRA GOV)-[China](CHN GOV) partnership has deepened.",
     {("partner", "BRA+CHN", "")}),
    ("[Serbia](SRB GOV)'s main arms supplier [Russia](RUS GOV) delivered nothing this year.",
     {("arms_supplier", "RUS", "SRB")}),
    ("[Italian](ITA MIL) peacekeepers in [Lebanon](LBN GOV) patrolled the border.",
     {("hosts_forces", "LBN", "ITA")}),
    ("[Qatar](QAT GOV) hosts about 10,000 [American](USA MIL) troops at a desert base.",
     {("hosts_forces", "QAT", "USA")}),
    (("[Djibouti](DJI GOV) is home to a [French](FRA MIL) military base in [Djibouti City]"
     "(place DJI)."), {("hosts_forces", "DJI", "FRA")}),
])
def test_a_sentence_that_states_a_relation_gives_it(markup: str,
                                                    expected: set[tuple[str, str, str]]) -> None:
    assert pairs(relations(analysis(markup))) == expected


@pytest.mark.parametrize("markup", [
    "[Ukraine](UKR GOV) is not a member of [NATO](NATO IGO).",
    "[Georgia](GEO GOV) hopes to join [NATO](NATO IGO) one day.",
    "[Georgia](GEO GOV) would become a member of the [EU](EU IGO) under the plan.",
    "[Chile](CHL GOV) and [Peru](PER GOV) are not allies.",
    "If [Sweden](SWE GOV) were an ally of [Finland](FIN GOV), little would change.",
    "[Canada](CAN GOV) is the main trading partner of [Mexico](MEX GOV)'s north.",
    "[Egypt](EGY GOV) is one of [Israel](ISR GOV)'s main suppliers of natural gas.",
    "[French](FRA GOV) officials in [Paris](place FRA) met [Nigerian](NGA GOV) envoys.",
], ids=lambda m: m[:40])
def test_a_sentence_that_denies_doubts_or_only_resembles_a_relation_gives_none(
        markup: str) -> None:
    assert relations(analysis(markup)) == ()


def test_a_stated_relation_holds_from_the_date_near_it_or_from_publication() -> None:
    dated = only(relations(analysis(
        "[Croatia](HRV GOV) joined the [EU](EU IGO) [in 2013](date 2013).")), "member_of")
    undated = only(relations(analysis(
        "[NATO](NATO IGO) member [Norway](NOR GOV) hosted the exercise.",
        published="2019-03-02")), "member_of")
    assert (dated.valid_from, dated.valid_to) == ("2013", None)
    assert (undated.valid_from, undated.valid_to) == ("2019-03-02", None)


def test_leaving_an_organization_ends_the_membership_at_its_date() -> None:
    left = only(relations(analysis(
        "[Mali](MLI GOV) withdrew from [ECOWAS](ECOWAS IGO) [in January](date 2024-01).",
        published="2024-03-01")), "member_of")
    assert (left.valid_from, left.valid_to) == (None, "2024-01")


def test_a_hedged_statement_is_less_sure_and_an_arms_supply_in_it_is_reported() -> None:
    plain = only(relations(analysis(
        "[Serbia](SRB GOV)'s main arms supplier [Russia](RUS GOV) delivered nothing.")),
        "arms_supplier")
    hedged = only(relations(analysis(
        "According to analysts, [Serbia](SRB GOV)'s main arms supplier [Russia](RUS GOV) "
        "delivered nothing.")), "arms_supplier")
    assert (plain.status, hedged.status) == ("delivered", "reported")
    assert hedged.confidence < plain.confidence


def test_troops_in_a_country_their_own_attacks_are_no_guests() -> None:
    text = "[Ruritanian](RUR MIL) troops in [Elbonia](ELB GOV) shelled the town."
    at_war = analysis(text, event("ASSAULT", trigger="shelled", source=(actor("RUR", "MIL"),),
                                  target=(actor("ELB"),), quad=4))
    at_peace = analysis(text)
    assert pairs(relations(at_war), "hosts_forces") == set()
    assert pairs(relations(at_peace), "hosts_forces") == {("hosts_forces", "ELB", "RUR")}


def test_an_appositive_ally_takes_its_other_side_from_the_sentences_event() -> None:
    found = relations(analysis(
        "[Qatar](QAT GOV) sent aid to [Oman](OMN GOV), a close ally.",
        event("AID", trigger="sent", source=(actor("QAT"),), target=(actor("OMN"),), quad=2)))
    assert pairs(found, "ally") == {("ally", "OMN+QAT", "")}


def test_a_compound_name_reads_as_both_countries() -> None:
    markup = "Talks on the [Kazakh-Uzbek](KAZ GOV) alliance resumed."
    a = analysis(markup)
    (mention,) = a.mentions
    both = mention.replace(actors=(actor("KAZ"), actor("UZB")))
    assert pairs(relations(a.replace(mentions=(both,)))) == {("ally", "KAZ+UZB", "")}


# ---- what events imply ----------------------------------------------------------------

def arms_event(**fields: object) -> dict[str, object]:
    base = {"trigger": "delivered", "source": (actor("FRA"),), "target": (actor("EGY"),),
            "contexts": ("military",), "quad": 2, "date": "2015"}
    return event("AID", **{**base, **fields})  # type: ignore[arg-type]


ARMS = "[France](FRA GOV) delivered [Rafale jets](item) to [Egypt](EGY GOV) [in 2015](date 2015)."


def test_an_aid_of_arms_makes_the_giver_an_arms_supplier_with_item_and_date() -> None:
    a = analysis(ARMS, arms_event())
    supplied = only(relations(a), "arms_supplier")
    assert pairs((supplied,)) == {("arms_supplier", "FRA", "EGY")}
    assert (supplied.item, supplied.status, supplied.valid_from) == ("Rafale jets", "delivered",
                                                                     "2015")
    assert supplied.event_ids == (a.events[0].event_id,)
    assert a.article.text[supplied.start:supplied.end] == supplied.sentence


@pytest.mark.parametrize(("fields", "status"), [
    ({"certainty": "reported"}, "reported"),
    ({"aux": ("future",)}, "planned"),
    ({"certainty": "speculative"}, "reported"),
])
def test_a_transfer_only_told_or_still_to_come_is_never_delivered(fields: dict[str, object],
                                                                 status: str) -> None:
    supplied = only(relations(analysis(ARMS, arms_event(**fields))), "arms_supplier")
    assert supplied.status == status


def test_a_contract_for_arms_is_contracted_and_the_buyer_is_the_recipient() -> None:
    a = analysis("[Greece](GRC GOV) signed a contract for [French](FRA GOV) [frigates](item).",
                 event("AGREE", trigger="signed", source=(actor("GRC"),),
                       target=(actor("FRA", "MIL"),), quad=1))
    bought = only(relations(a), "arms_supplier")
    assert pairs((bought,)) == {("arms_supplier", "FRA", "GRC")}
    assert bought.status == "contracted"


@pytest.mark.parametrize("aux", [("negated",), ("hypothetical",)])
def test_a_negated_or_hypothetical_event_implies_no_relation(aux: tuple[str, ...]) -> None:
    a = analysis(ARMS, arms_event(aux=aux, negated="negated" in aux))
    assert relations(a) == ()


def test_without_a_named_giver_the_maker_of_the_items_supplies_them() -> None:
    a = analysis("[Armenia](ARM MIL) received [Russian](RUS) [howitzers](item) last year.",
                 event("AID", trigger="received", target=(actor("ARM", "MIL"),),
                       contexts=("military",), quad=2))
    assert pairs(relations(a), "arms_supplier") == {("arms_supplier", "RUS", "ARM")}


def test_an_agreement_on_an_alliance_makes_its_parties_allies() -> None:
    a = analysis("[Poland](POL GOV) and [Lithuania](LTU GOV) signed a mutual defence treaty.",
                 event("AGREE", trigger="signed", source=(actor("POL"), actor("LTU")),
                       reciprocal=True, date="2022-05-09"))
    allied = only(relations(a), "ally")
    assert [x.country for x in allied.source] == ["LTU", "POL"] and allied.target == ()
    assert allied.valid_from == "2022-05-09"


def test_a_deployment_abroad_hosts_forces_and_a_planned_one_is_planned() -> None:
    text = "[Turkey](TUR GOV) deployed troops to [Qatar](place QAT) [in 2017](date 2017)."
    done = analysis(text, event("MOBILIZE", trigger="deployed", mode="troops",
                                source=(actor("TUR"),), date="2017", quad=4))
    planned = analysis(text.replace("deployed", "will deploy"),
                       event("MOBILIZE", trigger="deploy", mode="troops",
                             source=(actor("TUR"),), aux=("future",), quad=4))
    hosted = only(relations(done), "hosts_forces")
    assert pairs((hosted,)) == {("hosts_forces", "QAT", "TUR")}
    assert (hosted.status, hosted.valid_from) == (None, "2017")
    assert only(relations(planned), "hosts_forces").status == "planned"


def test_forces_withdrawn_from_a_country_end_their_stay() -> None:
    a = analysis("[American](USA MIL) troops withdrew from [Iraq](place IRQ) [in 2011]"
                 "(date 2011).",
                 event("RETREAT", trigger="withdrew", mode="withdraw",
                       source=(actor("USA", "MIL"),), date="2011", quad=2))
    ended = only(relations(a), "hosts_forces")
    assert pairs((ended,)) == {("hosts_forces", "IRQ", "USA")}
    assert (ended.valid_from, ended.valid_to) == (None, "2011")


def test_a_mediator_mediates_between_the_sides_of_the_documents_conflict() -> None:
    a = analysis("""[Ruritania](RUR GOV) shelled [Elbonia](ELB GOV) again.
                    The truce was brokered by [Qatar](QAT GOV).""",
                 event("ASSAULT", trigger="shelled", source=(actor("RUR"),),
                       target=(actor("ELB"),), quad=4))
    mediated = only(relations(a), "mediator")
    assert pairs((mediated,)) == {("mediator", "QAT", "ELB+RUR")}
    assert "main conflict" in mediated.reason


def test_a_third_party_consultation_makes_its_source_a_mediator() -> None:
    a = analysis("[Norway](NOR GOV) hosted talks with [Colombia](COL GOV) and rebels.",
                 event("CONSULT", trigger="hosted", mode="third-party",
                       source=(actor("NOR"),), target=(actor("COL"), actor("COL", "REB"))))
    assert pairs(relations(a), "mediator") == {("mediator", "NOR", "COL")}


# ---- the records ----------------------------------------------------------------------

def test_one_relation_found_by_an_event_and_a_template_is_one_record_citing_both() -> None:
    a = analysis("[Israel](ISR GOV), which has supplied [Azerbaijan](AZE GOV) with [drones]"
                 "(item), denied it.",
                 event("AID", trigger="supplied", source=(actor("ISR"),),
                       target=(actor("AZE"),), contexts=("military",), quad=2))
    (supplied,) = relations(a)
    assert supplied.event_ids == (a.events[0].event_id,)
    assert "AID 'supplied'" in supplied.reason and "template" in supplied.reason
    assert supplied.stage == "relations.rules.v1"


def test_relation_ids_are_stable_and_offsets_index_the_text() -> None:
    a = analysis("[NATO](NATO IGO) member [Norway](NOR GOV) hosted it.\n"
                 "[Greece](GRC GOV) and [Turkey](TUR GOV) are rivals.")
    first, second = relations(a), relations(a)
    assert [r.relation_id for r in first] == [r.relation_id for r in second]
    for r in first:
        assert a.article.text[r.start:r.end] == r.sentence
        assert r.to_dict()["kind"] == "relation"


# ---- any sentence ---------------------------------------------------------------------

PIECES = ["[Norway](NOR GOV)", "[Chile](CHL GOV)", "[NATO](NATO IGO)", "[its](NOR GOV)",
          "[drones](item)", "[in 2013](date 2013)", "[Gyumri](place ARM)",
          "[Russian](RUS MIL)", "member", "ally", "allies", "rival", "partner", "of", "'s",
          ",", "and", "are", "is", "not", "peacekeepers", "troops", "in", "base", "arms",
          "supplier", "brokered", "by", "withdrew", "from", "joined", "the", "a", "has",
          "with", "defence", "treaty", "whose", "members", "include", "-", "would", "former"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=20))
def test_any_sentence_gives_only_well_formed_relations(words: list[str]) -> None:
    a = analysis(" ".join(words) + ".")
    for r in relations(a):
        assert a.article.text[r.start:r.end] == r.sentence
        assert r.source and all(x.country for x in (*r.source, *r.target))
        if r.type in ("ally", "partner", "rival"):
            codes = [x.country or "" for x in r.source]
            assert r.target == () and codes == sorted(codes) and len(set(codes)) == 2
        else:
            assert not {x.country for x in r.source} & {x.country for x in r.target}
