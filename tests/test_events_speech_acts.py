"""Typed speech acts (issue 7): blame laid by holding an actor responsible or saying it
bears the responsibility, a plea to stop fighting aimed at those it names as fighting,
criticism drawn from a named critic, a warning of what another side will suffer, and the
speech acts that are no threat or aim at no one: justice promised to criminals, the
consequences of a misfortune, a call made on social media. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran held Washington responsible for the assassination of the general.",
     "ACCUSE IRN>USA"),
    ("Baku holds Yerevan accountable for the attack on the convoy.", "ACCUSE AZE>ARM"),
    ("Serbia called Kosovo responsible for the shooting at the border.", "ACCUSE SRB>XKX"),
])
def test_holding_an_actor_responsible_for_an_act_accuses_it(nlp_pipeline, text: str,
                                                            expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


@pytest.mark.parametrize("text", [
    "Ankara holds Washington responsible for security in the region.",  # a duty, no act
    "The council held the talks productive.",  # "hold" names no wrong
])
def test_holding_responsible_for_a_duty_or_holding_a_view_accuses_no_one(
        nlp_pipeline, text: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Lebanon said Israel bears full responsibility for the escalation.", "ACCUSE LBN>ISR"),
    ("Armenia said responsibility for the shelling lay with the Azerbaijani side.",
     "ACCUSE ARM>AZE"),
])
def test_saying_the_blame_for_an_act_lies_with_another_accuses_it(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


@pytest.mark.parametrize("text", [
    "Kenya said the police bear responsibility for security at the border.",  # a duty
    "Kyiv said it bears no responsibility for the explosion.",  # denied
    "The Ukrainian army said it bore responsibility for the strike.",  # its own deed
])
def test_a_duty_a_denial_or_a_claim_of_ones_own_act_lays_no_blame(nlp_pipeline,
                                                                  text: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    (("Brazil and India called for an immediate end to the fighting between Armenia "
      "and Azerbaijan."), "REQUEST BRA,IND>ARM,AZE"),
    ("The pope urged a truce between Israel and Hamas.", "REQUEST ?>ISR,PSE"),
])
def test_a_plea_to_stop_fighting_is_aimed_at_those_it_names_as_fighting(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"REQUEST"}) == [expected]


def test_a_plea_to_end_violence_against_others_names_no_fighters(nlp_pipeline) -> None:
    text = "The UN called for an end to violence against women in Sudan."
    assert sides(nlp_pipeline, text, {"REQUEST"}) == ["REQUEST UN>"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel drew condemnation from Turkey over the raid.", "ACCUSE TUR>ISR"),
    ("Hungary faced criticism from the European Union over the new law.", "ACCUSE EU>HUN"),
])
def test_criticism_drawn_from_a_named_critic_is_its_accusation(nlp_pipeline, text: str,
                                                               expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


def test_criticism_from_no_one_named_is_no_event(nlp_pipeline) -> None:
    assert sides(nlp_pipeline, "The decision drew criticism.", {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey has branded the Kurdish militants terrorists.", "ACCUSE TUR>"),
    ("Azerbaijan labeled the Armenian fighters as terrorists.", "ACCUSE AZE>ARM"),
])
def test_branding_an_actor_with_a_charge_accuses_it(nlp_pipeline, text: str,
                                                    expected: str) -> None:
    found = sides(nlp_pipeline, text, {"ACCUSE"})
    assert len(found) == 1 and found[0].startswith(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing warned that Taiwan would face consequences if it sought independence.",
     "THREATEN CHN>TWN"),
    ("Tehran warned that Israel would pay a heavy price for the strike.", "THREATEN IRN>ISR"),
])
def test_a_warning_of_what_another_side_will_suffer_threatens_it(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"THREATEN", "ACCUSE"}) == [expected]


def test_a_warning_of_what_another_side_does_still_accuses_it(nlp_pipeline) -> None:
    text = "Armenian officials warned that Baku was preparing an attack."
    assert sides(nlp_pipeline, text, {"THREATEN", "ACCUSE"}) == ["ACCUSE ARM>AZE"]


@pytest.mark.parametrize("text", [
    "The president said the criminals will be punished.",  # justice, no political target
    "The minister said the farmers will suffer the consequences of the floods.",  # nature
])
def test_justice_for_criminals_and_the_toll_of_a_misfortune_are_no_threats(
        nlp_pipeline, text: str) -> None:
    assert sides(nlp_pipeline, text, {"THREATEN"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow said Kyiv will suffer the consequences of its provocation.", "THREATEN RUS>UKR"),
    ("Russia said the gangs will be crushed.", "THREATEN RUS>RUS"),
])
def test_consequences_of_an_act_and_force_against_gangs_still_threaten(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"THREATEN"}) == [expected]


@pytest.mark.parametrize("text", [
    "The protest movement calls on social media to boycott French goods.",
    "The opposition leader called on television for a general strike.",
])
def test_a_call_made_on_a_medium_is_not_aimed_at_the_medium(nlp_pipeline, text: str) -> None:
    found = sides(nlp_pipeline, text, {"REQUEST"})
    assert len(found) == 1 and found[0].endswith(">")


def test_a_call_on_people_is_aimed_at_them(nlp_pipeline) -> None:
    text = "The Turkish president called on Turks to boycott French goods."
    assert sides(nlp_pipeline, text, {"REQUEST"}) == ["REQUEST TUR>TUR"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Canadian premier said Canada would not hesitate to raise the levy on electricity.",
     "THREATEN CAN>"),
    ("Ottawa will not hesitate to impose tariffs on American goods.", "THREATEN CAN>USA"),
])
def test_not_hesitating_to_coerce_announces_a_threat(nlp_pipeline, text: str,
                                                     expected: str) -> None:
    assert sides(nlp_pipeline, text, {"THREATEN", "SANCTION"}) == [expected]


def test_a_coercion_its_doer_will_not_take_is_no_threat(nlp_pipeline) -> None:
    text = "Canada will not impose tariffs on American goods."
    assert sides(nlp_pipeline, text, {"THREATEN"}) == []


def _aux_of(pipeline, text: str, kind: str) -> list[list[str]]:
    from event_fixtures import analyse

    return [list(e.aux) for e in analyse(pipeline, text).events if e.type == kind]


@pytest.mark.parametrize("text", [
    "The European Union announced it would impose sanctions on Belarus.",
    "The United States announced that it would cease military aid to Ukraine.",
])
def test_a_sanction_announced_as_decided_is_taken_now_not_planned(nlp_pipeline,
                                                                  text: str) -> None:
    assert _aux_of(nlp_pipeline, text, "SANCTION") == [[]]


def test_a_sanction_only_said_to_come_stays_a_future_threat(nlp_pipeline) -> None:
    text = "The U.S. president said he would impose new tariffs on Canada."
    assert _aux_of(nlp_pipeline, text, "THREATEN") == [["future"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan said India was behind the bombing in Quetta.", "ACCUSE PAK>IND"),
    ("Kyiv said Moscow was behind the cyberattack on its banks.", "ACCUSE UKR>RUS"),
])
def test_saying_an_actor_was_behind_an_act_accuses_it(nlp_pipeline, text: str,
                                                      expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


@pytest.mark.parametrize("text", [
    "Hamas said it was behind the rocket attack.",  # claims its own deed
    "The minister said the village was behind the front line.",  # a place, no act
])
def test_owning_an_act_or_lying_behind_a_place_accuses_no_one(nlp_pipeline, text: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Baku said its units had responded to provocations by Armenian troops.",
     "ACCUSE AZE>ARM"),
    ("The Russian ministry said its army was only answering provocations by Georgian units.",
     "ACCUSE RUS>GEO"),
])
def test_a_cause_blamed_on_its_doer_accuses_the_doer_not_the_speakers_own_side(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


def test_answering_what_no_one_is_charged_with_accuses_no_one(nlp_pipeline) -> None:
    text = "The ministry said its army was answering questions by journalists."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("China lodged stern representations with the United States over the arms sale.",
     "ACCUSE CHN>USA"),
    ("Beijing made solemn representations to Tokyo over the visit.", "ACCUSE CHN>"),
])
def test_representations_lodged_are_a_diplomatic_protest(nlp_pipeline, text: str,
                                                         expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


def test_representations_as_delegates_are_no_protest(nlp_pipeline) -> None:
    text = "Representations of the two parties met in Geneva."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel repeated its assertion that Hamas was behind the attack.", "ACCUSE ISR>PSE"),
    (("Moscow's version, that its troops were only answering provocations by Georgian "
      "units, was rejected in Tbilisi."), "ACCUSE RUS>GEO"),
])
def test_a_claim_nouns_that_clause_carries_a_verdict_as_speech_does(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


def test_a_claim_with_a_relative_clause_reports_nothing(nlp_pipeline) -> None:
    text = "The claim that was made by the minister surprised many."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []


def test_a_claim_rejected_in_its_sentence_is_coded_with_its_denial(nlp_pipeline) -> None:
    text = "Tbilisi rejected Russia's claim that Georgia was behind the attack."
    assert sides(nlp_pipeline, text, {"ACCUSE", "REJECT"}) == ["ACCUSE RUS>GEO",
                                                                "REJECT GEO>RUS"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkish president lashed out at Greece over the migrants.", "ACCUSE TUR>GRC"),
    ("The U.S. president hit out at Canada over its dairy tariffs.", "ACCUSE USA>CAN"),
    ("Poland voiced concern over Russia's military buildup in Belarus.", "ACCUSE POL>RUS"),
    ("France expressed outrage at Iran's execution of the protester.", "ACCUSE FRA>IRN"),
])
def test_attacks_in_words_and_feelings_over_anothers_act_accuse_it(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


@pytest.mark.parametrize("text", [
    "The storm hit the coast.",  # no words
    "Ukrainian forces pushed back the Russian troops.",  # a push on the ground
])
def test_phrasal_verbs_in_their_other_senses_are_no_speech_act(nlp_pipeline, text: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE", "REJECT"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali turned down an offer of mediation from Algeria.", "REJECT MLI>DZA"),
    ("The Philippines pushed back against Chinese claims in the South China Sea.",
     "REJECT PHL>CHN"),
    ("Azerbaijan will not accept any foreign peacekeepers.", "REJECT AZE>?"),
])
def test_turning_down_pushing_back_and_not_accepting_are_refusals(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"REJECT"}) == [expected]


def test_accepting_a_proposal_is_no_refusal(nlp_pipeline) -> None:
    text = "Armenia accepted the proposal from the EU."
    assert sides(nlp_pipeline, text, {"REJECT", "AGREE"}) == ["AGREE ARM>EU"]


def test_a_renewed_call_for_another_to_act_is_a_demand_on_it(nlp_pipeline) -> None:
    text = "Kenya renewed its call for Ethiopia to withdraw its troops."
    assert sides(nlp_pipeline, text, {"REQUEST", "RETREAT"}) == ["REQUEST KEN>ETH"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Houthis attacked a tanker on Monday. They vowed to continue the attacks on Israel.",
     "THREATEN YEM>ISR"),
    ("The Taliban seized the capital. They rejected calls from the UN to reopen schools.",
     "REJECT AFG>UN"),
])
def test_they_after_a_named_movement_is_that_movement_speaking(nlp_pipeline, text: str,
                                                               expected: str) -> None:
    assert sides(nlp_pipeline, text, {"THREATEN", "REJECT"}) == [expected]


def test_they_after_a_named_state_is_not_that_state(nlp_pipeline) -> None:
    text = "Azerbaijan launched an offensive. They accused Armenia of shelling."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == ["ACCUSE >ARM"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia said the Ukrainian drone attack on the airfield was an act of terrorism.",
     "ACCUSE RUS>UKR"),
    ("Kyiv said the shelling of the city by Russian troops was genocide.", "ACCUSE UKR>RUS"),
])
def test_calling_an_act_one_of_the_gravest_wrongs_condemns_it(nlp_pipeline, text: str,
                                                              expected: str) -> None:
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == [expected]


def test_calling_an_act_one_of_friendship_condemns_nothing(nlp_pipeline) -> None:
    text = "The minister said the visit by the Turkish president was an act of friendship."
    assert sides(nlp_pipeline, text, {"ACCUSE"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban dismissed the findings of the UN as propaganda.", "REJECT AFG>UN"),
    ("Moscow dismissed the statement by NATO.", "REJECT RUS>NATO"),
])
def test_dismissing_findings_or_statements_rejects_them(nlp_pipeline, text: str,
                                                        expected: str) -> None:
    assert sides(nlp_pipeline, text, {"REJECT"}) == [expected]


def test_dismissing_an_official_is_no_rejection(nlp_pipeline) -> None:
    assert sides(nlp_pipeline, "The Russian president dismissed the minister on Friday.",
                 {"REJECT"}) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington called for the release of the American journalist detained by Russia.",
     "REQUEST USA>RUS"),
    ("Kenya demanded the release of hostages held by al-Shabab.", "REQUEST KEN>SOM"),
])
def test_a_release_asked_for_is_asked_of_whoever_holds_the_captives(
        nlp_pipeline, text: str, expected: str) -> None:
    assert sides(nlp_pipeline, text, {"REQUEST"}) == [expected]


def test_a_withdrawal_asked_for_is_still_asked_of_those_to_withdraw(nlp_pipeline) -> None:
    text = "The UN called for the withdrawal of Russian troops."
    assert sides(nlp_pipeline, text, {"REQUEST"}) == ["REQUEST UN>RUS"]


def test_a_by_phrase_after_a_passive_verb_is_its_agent_not_the_objects_author(
        nlp_pipeline) -> None:
    text = "The proposal was rejected by Baku."
    assert sides(nlp_pipeline, text, {"REJECT"}) == ["REJECT AZE>"]


_BORDER_WAR = ("Indian and Pakistani troops exchanged fire along the border on Monday. "
               "Pakistani artillery shelled Indian positions. ")


@pytest.mark.parametrize("plea", ["The United Nations urged restraint.",
                                  "China called for calm and de-escalation."])
def test_a_plea_for_restraint_is_aimed_at_the_sides_of_the_fighting(nlp_pipeline,
                                                                    plea: str) -> None:
    found = sides(nlp_pipeline, _BORDER_WAR + plea, {"REQUEST"})
    assert len(found) == 1 and found[0].endswith(">IND,PAK")


def test_asking_others_to_keep_calm_is_not_aimed_at_the_fighters(nlp_pipeline) -> None:
    text = _BORDER_WAR + "The governor urged the population to remain calm."
    assert not [s for s in sides(nlp_pipeline, text, {"REQUEST"}) if s.endswith(">IND,PAK")]
