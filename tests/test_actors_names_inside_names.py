"""Names the knowledge base knows, read inside other names or beside them: whose actor a
phrase is when a state, a capital or a known body only stands in its words.

* a known body's name inside a longer proper name is another body ("the Unity Congress
  Party" is not India's "Congress party");
* a capital's name inside a person's name is part of the name ("Amina Farah Aden");
* an acronym the text gives a body is never a town of that spelling elsewhere;
* "X's U.N. ambassador" is X's; an envoy "in"/"to" a place is not that place's official;
* a sea, a gulf or a strait is a place, whatever state its name holds;
* a place whose name ends in a state's or a town's is that place: "North Carolina police"
  are no Puerto Rican town's, "New Mexico officials" no Mexican ones;
* a state's name after an organization's own name words ("Clean Air Kenya") is that
  state's NGO, not its government;
* a named storm or war is an event, never an actor ("Cyclone Tamsin", "the Vietnam War");
* lawyers are no judiciary (civilians, or the body named before them); a state's
  paramilitary force is military;
* a group of a region ("European leaders") or of several states ("national governments")
  has no one country; "ruling coalition" lawmakers are the state's own;
* a division named by its kind ("the Amur Region") is no town of that name abroad.

Every sentence here is invented.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes, analyse, codes_of, find_mention

pytestmark = pytest.mark.model

_codes = partial(actor_codes, match="closest", published="2024-05-01")


def _countries(codes: list[str]) -> set[str]:
    return {c.split()[0] for c in codes}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Leaders of the Unity Congress Party marched in Bamako on Monday.",
     "Unity Congress Party"),
    ("The Free Congress Party called a strike in Dakar.", "Free Congress Party"),
])
def test_a_known_body_inside_a_longer_name_is_another_body(nlp_pipeline, text, wanted):
    assert "IND" not in _countries(_codes(nlp_pipeline, text, wanted))


@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("The Sudanese Rapid Support Forces shelled the town.", "Rapid Support Forces", ["SDN REB"]),
    ("The Islamist Hayat Tahrir al-Sham seized the town.", "Hayat Tahrir al-Sham", ["SYR REB"]),
])
def test_a_qualifier_before_a_known_body_keeps_the_body(nlp_pipeline, text, wanted, codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


@pytest.mark.parametrize(("text", "wanted"), [
    ("Amina Farah Aden opposed the closure of the camps on Monday.", "Amina Farah Aden"),
    ("Amina Farah Aden opposed the closure on Monday. Aden said she would stay.", "Aden"),
])
def test_a_capital_inside_a_persons_name_is_no_government(nlp_pipeline, text, wanted):
    assert "YEM" not in _countries(_codes(nlp_pipeline, text, wanted, match="exact"))


def test_the_capital_alone_still_speaks_for_its_government(nlp_pipeline):
    text = "The government in Aden rejected the plan on Sunday."
    assert "YEM" in _countries(_codes(nlp_pipeline, text, "Aden"))


def test_an_acronym_the_text_gives_a_body_is_no_town_of_that_spelling(nlp_pipeline):
    text = ("Gunmen attacked a bus in Pakistan on Tuesday. The Bolan Liberation Army, or BLA, "
            "claimed the attack. The BLA said it held ten hostages.")
    assert "MLI" not in _countries(_codes(nlp_pipeline, text, "Bolan Liberation Army"))
    assert "MLI" not in _countries(_codes(nlp_pipeline, text, "BLA", nth=1))


def test_the_town_of_that_spelling_stays_a_town_where_no_body_takes_it(nlp_pipeline):
    text = "Fighting reached the town of Bla in central Mali on Monday."
    assert _countries(_codes(nlp_pipeline, text, "Bla", match="exact")) == {"MLI"}


@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("China's U.N. ambassador told reporters the talks had stalled.",
     "China's U.N. ambassador", ["CHN GOV"]),
    ("Iran's U.N. envoy rejected the resolution on Friday.", "Iran's U.N. envoy", ["IRN GOV"]),
    ("The U.N. Syria envoy met the opposition in Geneva.", "U.N. Syria envoy", ["UN IGO"]),
])
def test_the_first_of_two_names_sends_the_envoy_the_next_is_the_posting(nlp_pipeline, text,
                                                                         wanted, codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


def test_an_envoy_in_a_country_is_not_that_countrys_official(nlp_pipeline):
    text = "The U.N. chief's special representative in Haiti, Maria Lenz, voiced concern."
    assert "HTI" not in _countries(_codes(nlp_pipeline, text, "special representative in Haiti"))


def test_names_joined_by_and_both_send_their_envoys(nlp_pipeline):
    text = "British and French ambassadors met the minister on Monday."
    assert _codes(nlp_pipeline, text, "British and French ambassadors") == ["GBR GOV", "FRA GOV"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Chinese coast guard ships patrolled the South China Sea on Monday.", "South China Sea"),
    ("The navy sent two frigates to the Indian Ocean.", "Indian Ocean"),
    ("Fishing boats crowded the Sea of Japan in May.", "Sea of Japan"),
])
def test_a_sea_is_a_place_whatever_state_its_name_holds(nlp_pipeline, text, wanted):
    assert _codes(nlp_pipeline, text, wanted) == []


@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("The New York resident was detained on Monday.", "New York resident", ["USA CVL"]),
    ("North Carolina police arrested two men on Monday.", "North Carolina police", ["USA COP"]),
    ("West Virginia officials criticized the plan.", "West Virginia officials", ["USA GOV"]),
    ("New Mexico officials said the crossing was closed.", "New Mexico officials", ["USA GOV"]),
    ("The Northern Ireland police arrested a suspect.", "Northern Ireland police", ["GBR COP"]),
    ("Western Australia police arrested two men.", "Western Australia", ["AUS COP"]),
    ("Northern Ireland said it would hold an inquiry.", "Northern Ireland", ["GBR GOV"]),
])
def test_a_place_whose_name_ends_in_another_is_read_whole(nlp_pipeline, text, wanted, codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("Papua New Guinea police arrested a man.", "Papua New Guinea police", ["PNG COP"]),
    ("Mexico City police arrested a man.", "Mexico City police", ["MEX COP"]),
    ("New York City authorities closed the schools.", "New York City authorities", ["USA GOV"]),
    # a name a city and another state's division share: the one whose state the story
    # names, else the division
    ("Santa Barbara police arrested two men, U.S. officials said.", "Santa Barbara police",
     ["USA COP"]),
    ("New Brunswick officials closed the schools.", "New Brunswick officials", ["CAN GOV"]),
])
def test_a_state_or_city_named_whole_keeps_its_country(nlp_pipeline, text, wanted, codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("Solomon Islands said it would join the talks.", "Solomon Islands", ["SLB GOV"]),
    ("Russia's Black Sea Fleet fired missiles at the port.", "Russia's Black Sea Fleet",
     ["RUS MIL"]),
])
def test_a_state_or_a_fleet_named_after_a_water_still_acts(nlp_pipeline, text, wanted, codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("The minister met representatives from Clean Air Kenya on Tuesday.", "Clean Air Kenya",
     ["KEN NGO"]),
    ("Activists from Green Future Ghana marched in Accra.", "Green Future Ghana", ["GHA NGO"]),
])
def test_a_state_named_after_a_bodys_own_name_words_is_an_ngo_of_it(nlp_pipeline, text, wanted,
                                                                   codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("The Nigeria Center for Disease Control warned of an outbreak.",
     "Nigeria Center for Disease Control", ["NGA GOV"]),
    ("Kenya Defence Forces attacked the camp on Friday.", "Kenya Defence Forces", ["KEN MIL"]),
])
def test_a_body_of_a_state_or_that_a_state_begins_stays_the_states(nlp_pipeline, text, wanted,
                                                                  codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


def test_an_ngo_called_a_watch_is_civil_society(nlp_pipeline):
    text = "Uganda Election Watch accused the commission of fraud."
    assert _codes(nlp_pipeline, text, "Uganda Election Watch") == ["UGA NGO"]


@pytest.mark.parametrize(("text", "wanted", "codes"), [
    ("Kenyan lawyers protested outside parliament.", "Kenyan lawyers", ["KEN CVL"]),
    ("U.S. government lawyers argued the case on Monday.", "U.S. government lawyers",
     ["USA GOV"]),
])
def test_lawyers_are_no_judiciary_but_a_body_before_them_owns_them(nlp_pipeline, text,
                                                                   wanted, codes):
    assert _codes(nlp_pipeline, text, wanted) == codes


def test_judges_are_the_judiciary(nlp_pipeline):
    assert _codes(nlp_pipeline, "Kenyan judges rejected the appeal.", "Kenyan judges") == ["KEN JUD"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("European leaders met in Brussels as Russia pressed its attack.", "European leaders"),
    ("African governments criticized the vote in Moscow.", "African governments"),
    ("The commission urged national governments to act, France said.", "national governments"),
    ("Governments across the region condemned the coup in Niger.", "Governments"),
])
def test_a_group_of_several_states_takes_no_one_state_from_its_sentence(nlp_pipeline, text,
                                                                         wanted):
    assert _codes(nlp_pipeline, text, wanted) == ["None GOV"]


def test_one_states_government_keeps_its_state(nlp_pipeline):
    text = "The government in Niger condemned the attack."
    assert _codes(nlp_pipeline, text, "government in Niger") == ["NER GOV"]


def test_ruling_coalition_lawmakers_are_the_states_own(nlp_pipeline):
    text = "On Friday, ruling coalition lawmakers passed a bill in Pakistan."
    assert _codes(nlp_pipeline, text, "ruling coalition lawmakers") == ["PAK LEG"]


def test_coalition_forces_are_still_foreign(nlp_pipeline):
    text = "Coalition forces attacked a village in Iraq on Friday."
    assert "IRQ" not in _countries(_codes(nlp_pipeline, text, "Coalition forces"))


@pytest.mark.parametrize(("text", "wanted"), [
    ("Malawi was struck by Cyclone Tamsin in December.", "Cyclone Tamsin"),
    ("Hurricane Delia destroyed two hundred homes on the island.", "Hurricane Delia"),
])
def test_a_named_storm_is_an_event_never_an_actor(nlp_pipeline, text, wanted):
    mention = find_mention(analyse(nlp_pipeline, text), wanted, match="closest")
    assert (mention.label, mention.actors) == ("EVENT", ())


def test_a_person_named_storm_stays_a_person(nlp_pipeline):
    text = "Storm Jensen, the mayor of Durban, asked for help."
    mention = find_mention(analyse(nlp_pipeline, text), "Storm Jensen", match="closest")
    assert mention.label != "EVENT"


def test_a_named_war_is_no_actor(nlp_pipeline):
    text = "Veterans of the Vietnam War marched in Hanoi."
    assert _codes(nlp_pipeline, text, "Vietnam War") == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Russia annexed the Amur Region from China in the 19th century.", "Amur Region"),
    ("Chinese traders crossed into Amur Province from Heilongjiang.", "Amur Province"),
])
def test_a_division_is_no_town_of_that_name_in_a_state_the_story_never_names(nlp_pipeline,
                                                                           text, wanted):
    assert "IND" not in _countries(_codes(nlp_pipeline, text, wanted))


def test_a_division_of_a_named_state_keeps_its_state(nlp_pipeline):
    text = "Officials in the Tyumen region of Russia said the plant was hit."
    assert _codes(nlp_pipeline, text, "Tyumen region") == ["RUS None"]


@pytest.mark.parametrize(("phrase", "sector"), [
    ("a paramilitary force", "MIL"),
    ("the paramilitary units", "MIL"),
    ("the paramilitaries", "REB"),
])
def test_a_states_paramilitary_force_is_military_paramilitaries_alone_are_not(phrase, sector):
    from belli.actors.kb import load_kb

    assert load_kb().sector_for(phrase) == sector


def test_a_dateline_capital_before_a_name_is_still_the_capital(nlp_pipeline):
    text = "NAIROBI Pope Francis led prayers for the victims of the floods."
    mention = find_mention(analyse(nlp_pipeline, text), "NAIROBI", match="holding")
    assert "KEN" in _countries(codes_of(mention))
