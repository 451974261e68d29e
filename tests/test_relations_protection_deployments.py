"""Troops sent to protect a people are coded as military AID to the protected, not as a
MOBILIZE; the country they went to hosts them all the same. Military aid of arms, not of
troops, hosts no one. Records are built by hand; no model loads."""

from __future__ import annotations

from relations_fixtures import actor, analysis, event, pairs, relations

PROTECTION = ("[Ruritania](RUR GOV) deployed soldiers to [Elbonia](place ELB) to protect "
              "civilians.")


def military_aid(text: str, trigger: str, giver: str = "RUR", sector: str = "MIL",
                 giver_text: str | None = None) -> set[tuple[str, str, str]]:
    """The hosts_forces pairs of one sentence whose event is military AID to civilians."""
    coded = event("AID", trigger=trigger, contexts=("military",), quad=2,
                  source=(actor(giver, sector, giver_text),),
                  target=(actor("ELB", "CVL", "civilians"),))
    return pairs(relations(analysis(text, coded)), "hosts_forces")


def test_troops_deployed_to_protect_civilians_are_hosted_where_they_went() -> None:
    assert military_aid(PROTECTION, "deployed", sector="GOV") == {
        ("hosts_forces", "ELB", "RUR")}


def test_a_mission_whose_forces_were_deployed_is_hosted_by_the_country_it_serves() -> None:
    text = ("Forces of the [United Nations](UN IGO) mission in [Elbonia](place ELB) have been "
            "deployed to protect civilians.")
    assert military_aid(text, "deployed", "UN", "IGO", "United Nations") == {
        ("hosts_forces", "ELB", "UN")}


def test_arms_sent_as_military_aid_host_no_forces() -> None:
    text = "[Ruritania](RUR GOV) sent weapons to [Elbonia](place ELB) to protect civilians."
    assert military_aid(text, "sent", sector="GOV") == set()


def test_military_aid_naming_no_troops_hosts_no_forces() -> None:
    text = "[Ruritania](RUR GOV) sent help to [Elbonia](place ELB) to protect civilians."
    assert military_aid(text, "sent", sector="GOV") == set()
