"""What one hands another, and trade measures. "Provided Ukraine WITH air defence systems"
gives Ukraine the systems, a promise of it is an agreement, and details handed to
reporters are no aid. Lending suspended is aid cut off; companies put on an export
control list are blacklisted (not sites put on a heritage list); a surcharge is a levy;
levies paused are eased. Backing a side with arms aids it; troops sent to a peacekeeping
mission keep the peace. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Germany provided Ukraine with air defense systems.", "AID DEU>UKR"),
    ("Turkey provided Azerbaijan with drones and military advisers.", "AID TUR>AZE"),
    ("The World Bank provided Ukraine with a $1.5 billion loan.", "AID WBG>UKR"),
    ("Britain provided Kyiv with intelligence on Russian positions.", "AID GBR>UKR"),
])
def test_providing_someone_with_help_aids_them(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"AID"}) == [wanted]


def test_a_promise_to_provide_someone_with_help_is_an_agreement(nlp_pipeline):
    text = "Japan will provide Ukraine with $4.5 billion in aid."
    assert sides(nlp_pipeline, text, {"AGREE"}) == ["AGREE JPN>UKR"]


@pytest.mark.parametrize("text", [
    # the parser hangs "to Sudan" on the aid, which the promise's sum is in
    "The European Union will send an additional 50 million euros in humanitarian aid to Sudan.",
    "Japan will send an extra $10 million in emergency assistance to Haiti.",
])
def test_a_promised_sum_in_aid_is_one_promise_not_a_promise_and_a_gift(nlp_pipeline, text):
    assert [s.split()[0] for s in sides(nlp_pipeline, text, {"AGREE", "AID"})] == ["AGREE"]


def test_providing_reporters_with_details_is_no_aid(nlp_pipeline):
    text = "The Israeli army provided reporters with details of the operation."
    assert sides(nlp_pipeline, text, {"AID"}) == []


def test_lending_suspended_is_aid_cut_off(nlp_pipeline):
    text = "The World Bank suspended new lending to Uganda over the law."
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION WBG>UGA"]


def test_companies_added_to_an_export_control_list_are_blacklisted(nlp_pipeline):
    text = "Beijing added 15 U.S. companies to its export control list."
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION CHN>USA"]


@pytest.mark.parametrize("text", [
    "UNESCO added the Old City of Hebron to its list of World Heritage sites in danger.",
    "The WHO added Nigeria to its list of polio-free countries.",
])
def test_a_place_added_to_a_list_of_honour_is_no_sanction(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"SANCTION"}) == []


def test_a_surcharge_imposed_is_a_levy(nlp_pipeline):
    text = "Canada imposed a 25% surcharge on American steel."
    assert sides(nlp_pipeline, text, {"SANCTION"}) == ["SANCTION CAN>USA"]


def test_levies_paused_are_eased(nlp_pipeline):
    text = "Ottawa suspended its retaliatory tariffs after Washington paused its levies."
    assert "CONCEDE USA>" in sides(nlp_pipeline, text, {"CONCEDE"})


def test_people_taking_shelter_are_sheltered_by_no_one(nlp_pipeline):
    assert sides(nlp_pipeline, "About 150 people were sheltering at a monastery in Sagaing.",
                 {"AID"}) == []


def test_a_state_sheltering_refugees_aids_them(nlp_pipeline):
    assert sides(nlp_pipeline, "Turkey sheltered 3.5 million Syrian refugees.", {"AID"}) == [
        "AID TUR>SYR"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Emirates backed Sudan's Rapid Support Forces with weapons flown through Chad.",
     ["AID ARE>SDN"]),
    ("Russia backed the separatists with tanks and artillery.", ["AID RUS>RUS"]),
])
def test_backing_someone_with_arms_aids_them(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"AID", "SUPPORT"}) == wanted


def test_backing_a_resolution_with_a_vote_is_support(nlp_pipeline):
    assert sides(nlp_pipeline, "France backed the resolution with its vote.",
                 {"AID", "SUPPORT"}) == ["SUPPORT FRA>"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Kenya sent 400 police officers to the U.N.-backed mission in Haiti.", ["AID KEN>HTI"]),
    ("Egypt sent troops to the new African Union mission in Somalia.", ["AID EGY>AU"]),
])
def test_troops_sent_to_a_peacekeeping_mission_keep_the_peace(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"AID", "MOBILIZE"}) == wanted
