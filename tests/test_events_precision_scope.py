"""What is no event between political actors, though a trigger word is there: a
cooperation no one named takes part in, what an agreement is for, a teaser that repeats
the lead, a question asked, a connective ("as opposed to"), a passive whose "by" names a
means, and a possession. Beside each, the act that stays.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2023-10-07")).events)


def _coded(pipeline, text: str) -> set[tuple[str, str]]:
    return {(e.type, e.trigger.lower()) for e in _events(pipeline, text)}


def test_a_cooperation_between_no_one_placed_is_no_event(nlp_pipeline):
    text = "Next spring the medics of both brigades will exchange experience in field surgery."
    assert not _events(nlp_pipeline, text)


def test_a_cooperation_of_a_party_belli_cannot_place_is_still_an_event(nlp_pipeline):
    text = "The Ruritania Farmers Union will exchange experience with growers from the valley."
    assert _events(nlp_pipeline, text)


def test_violence_by_unplaced_gunmen_is_still_an_event(nlp_pipeline):
    assert ("ASSAULT", "killed") in _coded(nlp_pipeline, "Gunmen killed three villagers on Sunday.")


def test_what_an_agreement_is_for_is_coded_with_it_not_as_done(nlp_pipeline):
    text = "Ethiopia and Eritrea signed a memorandum in Nairobi to open a joint office to monitor the truce."
    assert _coded(nlp_pipeline, text) == {("AGREE", "signed")}


def test_a_teaser_repeating_the_lead_with_other_punctuation_codes_once(nlp_pipeline):
    text = ("Kenya and Uganda signed a border pact on Monday – the first such deal in a decade.\n\n"
            "Officials in Nairobi said more talks would follow.\n\n"
            "Kenya and Uganda signed a border pact on Monday, the first such deal in a decade.")
    assert [e.type for e in _events(nlp_pipeline, text)] == ["AGREE"]


def test_asking_whether_something_will_happen_is_no_request(nlp_pipeline):
    text = "Families in Stepanakert are asking whether the road to Armenia will be opened."
    assert not any(e.type == "REQUEST" for e in _events(nlp_pipeline, text))


def test_asking_whether_someone_could_act_is_a_polite_request(nlp_pipeline):
    text = "Armenia asked whether the United Nations could send observers to the border."
    assert ("REQUEST", "asked") in _coded(nlp_pipeline, text)


def test_asking_someone_to_act_is_a_request(nlp_pipeline):
    text = "Armenia asked Russia to send more peacekeepers to the region."
    assert ("REQUEST", "asked") in _coded(nlp_pipeline, text)


def test_as_opposed_to_is_a_connective_not_a_rejection(nlp_pipeline):
    text = "Indonesia now buys its jets from France, as opposed to years of Russian supplies."
    assert not any(e.type == "REJECT" for e in _events(nlp_pipeline, text))


def test_a_passive_whose_by_names_a_means_has_no_doer(nlp_pipeline):
    text = "Residents of the Armenian border town were evacuated by bus overnight."
    assert not _events(nlp_pipeline, text)


def test_a_passive_whose_by_names_troops_keeps_them_as_doers(nlp_pipeline):
    text = "Residents of the border town were evacuated by Armenian troops overnight."
    (event,) = _events(nlp_pipeline, text)
    assert event.type == "AID" and {a.country for a in event.source} == {"ARM"}


def test_a_treaty_an_actor_has_is_a_standing_tie_not_an_act(nlp_pipeline):
    text = "Japan has a security treaty with the United States, which keeps troops on Okinawa."
    assert not any(e.type == "AGREE" for e in _events(nlp_pipeline, text))


def test_signing_a_treaty_is_an_act(nlp_pipeline):
    assert ("AGREE", "signed") in _coded(nlp_pipeline, "Russia signed a defence treaty with Armenia in 1997.")


def test_a_warning_and_its_own_content_are_one_threat(nlp_pipeline):
    text = "Iran warned on Monday that it would not tolerate Israeli drills near its border."
    assert [e.type for e in _events(nlp_pipeline, text)] == ["THREATEN"]


def test_the_terms_of_an_agreement_are_each_partys_own_commitment(nlp_pipeline):
    text = ("Armenia and Azerbaijan signed a statement under which Armenia will return three "
            "districts to Azerbaijan.")
    assert [e.type for e in _events(nlp_pipeline, text)] == ["AGREE", "AGREE"]
