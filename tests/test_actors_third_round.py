"""Actor resolution, third round: places an act is aimed at, bodies "it" refers to,
acronyms the text defines, stance nouns, towns placed by their division, national
adjectives on places named elsewhere, and new sector cues. End to end with the model;
every sentence is our own."""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes, analyse

pytestmark = pytest.mark.model


def test_a_place_fired_at_does_not_give_the_attackers_its_country(nlp_pipeline):
    text = "Militants fired mortars at Haifa overnight."
    assert actor_codes(nlp_pipeline, text, "Militants") == []


def test_a_place_the_group_is_in_still_places_it(nlp_pipeline):
    text = "Militants attacked a police post in Karachi overnight."
    assert actor_codes(nlp_pipeline, text, "Militants") == ["PAK REB"]


def test_it_refers_to_the_body_a_whole_phrase_names(nlp_pipeline):
    text = ("Ankara sent troops across the border on Monday. "
            "The Iraqi regional government said it would protest.")
    assert actor_codes(nlp_pipeline, text, "it") == ["IRQ GOV"]


def test_an_acronym_the_text_defines_is_that_body_wherever_it_recurs(nlp_pipeline):
    text = ("The Balochistan Liberation Army (BLA) claimed the blast. "
            "Police said BLA fighters had planted the device.")
    assert actor_codes(nlp_pipeline, text, "BLA", nth=1) == ["PAK REB"]
    assert actor_codes(nlp_pipeline, text, "Police") == ["PAK COP"]


def test_opposition_to_something_is_a_stance_not_the_opposition(nlp_pipeline):
    text = "Japan reiterated its opposition to the proposal."
    assert actor_codes(nlp_pipeline, text, "its") == ["JPN GOV"]


def test_a_countrys_opposition_is_still_the_opposition(nlp_pipeline):
    text = "Georgia's opposition staged a rally in the capital."
    assert actor_codes(nlp_pipeline, text, "Georgia's opposition") == ["GEO OPP"]


def test_a_town_placed_in_a_division_is_that_town_for_the_whole_story(nlp_pipeline):
    text = "A storm damaged homes in Paris, Texas, on Sunday. The Paris mayor said repairs began."
    assert actor_codes(nlp_pipeline, text, "Paris") == ["USA None"]
    assert actor_codes(nlp_pipeline, text, "Paris mayor") == ["USA GOV"]


def test_a_capital_named_like_its_country_stays_the_state_elsewhere(nlp_pipeline):
    text = "Talks opened in Djibouti, Djibouti, on Monday. Djibouti accused Eritrea of raids."
    assert actor_codes(nlp_pipeline, text, "Djibouti", nth=2) == ["DJI GOV"]


def test_a_national_adjective_on_a_place_lying_elsewhere_is_no_actor(nlp_pipeline):
    text = "Troops shelled the historic Armenian town of Shushi on Friday."
    assert actor_codes(nlp_pipeline, text, "Armenian") == []


def test_a_national_adjective_on_its_own_countrys_town_keeps_its_people(nlp_pipeline):
    text = "Food was trucked into the encircled Bosnian town of Bihac."
    assert actor_codes(nlp_pipeline, text, "Bosnian") == ["BIH CVL"]


CUES = [
    ("Gunmen seized dozens of Nigerian schoolgirls on Tuesday.", "Nigerian schoolgirls",
     "NGA CVL"),
    ("Erdogan phoned his French counterpart on Friday.", "French counterpart", "FRA GOV"),
    ("OSCE monitors visited the front line on Friday.", "OSCE monitors", "OSCE IGO"),
]


@pytest.mark.parametrize(("text", "wanted", "expected"), CUES)
def test_new_sector_cues(nlp_pipeline, text, wanted, expected):
    assert actor_codes(nlp_pipeline, text, wanted) == [expected]


def test_sector_cues_in_the_knowledge_base():
    from belli.actors.kb import load_kb

    kb = load_kb()
    assert kb.sector_cue("pupils")[0] == "EDU"
    assert kb.sector_cue("mosques")[0] == "REL"
    assert kb.sector_cue("candidates")[0] == "PTY"
    assert kb.sector_cue("opposition candidates")[0] == "OPP"
    assert kb.sector_cue("monitors")[0] == "NGO"  # "the Britain-based war monitor"


def test_a_state_acted_against_still_counts_as_a_state_of_the_sentence(nlp_pipeline):
    text = "The court rejected a request from Azerbaijan for measures against Armenia."
    assert actor_codes(nlp_pipeline, text, "The court") == []


def test_it_after_an_unknown_subject_is_left_alone(nlp_pipeline):
    text = "Somalia's army said the raid was a success. Separately, NISA said that it closed twelve websites."
    analysis = analyse(nlp_pipeline, text)
    assert not [m for m in analysis.mentions if m.text == "it"]


def test_coordinated_states_keep_an_antecedent_each(nlp_pipeline):
    text = ("Mali, Niger and Burkina Faso left the bloc last year. "
            "They said their exit was final.")
    analysis = analyse(nlp_pipeline, text)
    their = [m for m in analysis.mentions if m.text == "their"]
    assert their and {a.country for a in their[0].actors} == {"MLI", "NER", "BFA"}
