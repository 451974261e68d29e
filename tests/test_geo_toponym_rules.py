"""Toponyms that news text gives away beyond the model's tags, and the readings they take.

Hand-built mentions as the model and the actor stage would leave them; no spaCy model
loads. Each case states a rule any news text needs, not a gold record.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.actors.kb import load_kb
from belli.geo.gazetteer import load_gazetteer
from belli.geo.missed import divisions_in
from belli.geo.stage import PlaceStage


@pytest.mark.parametrize(("text", "marked", "surface", "country", "feature"), [
    # a state's name tagged as a person
    ("West Bengal blamed the Centre for the delay, and West Bengal said so again.",
     [("West Bengal", "PERSON"), ("West Bengal", "PERSON")], "West Bengal", "IND", "admin1"),
    # a place before a possessive inside an organization's name
    ("Nearly a quarter of North Carolina's teachers took leave.",
     [("North Carolina's teachers", "ORG")], "North Carolina's teachers", "USA", "admin1"),
    # a country before a hyphen
    ("Arab states joined the U.S.-led coalition.",
     [("the U.S.-led coalition", "ORG")], "the U.S.-led coalition", "USA", "country"),
    # a division opens an office's name; a later word that is also a town does not count
    ("A spokeswoman for the Texas Department of Parks and Wildlife denied the claim.",
     [("the Texas Department of Parks and Wildlife", "ORG")],
     "the Texas Department of Parks and Wildlife", "USA", "admin1"),
    # ... but a division's name that opens a longer place name is that place
    ("Oklahoma City Water Utilities reported 900 homes without water.",
     [("Oklahoma City Water Utilities", "ORG")], "Oklahoma City Water Utilities", "USA",
     "city"),
    # a role, not a person's name, follows the town
    ("A third Tulare police officer was hurt in the crash.",
     [("Tulare police officer", "PERSON")], "Tulare police officer", "USA", "city"),
    # a title owned by a country
    ("Several guests were hurt, including Nepal's Minister of Tourism.",
     [("Nepal's Minister", "PERSON")], "Nepal's Minister", "NPL", "country"),
])
def test_place_inside_a_mention_the_model_mislabels(stage: PlaceStage, text: str,
                                                    marked: list[tuple[str, str]], surface: str,
                                                    country: str, feature: str) -> None:
    place = place_of(analyse(stage, text, marked), surface)
    assert (place.country, place.feature) == (country, feature)


def test_a_state_beats_a_small_town_named_after_it(stage: PlaceStage) -> None:
    text = ("A professor in Chicago and Peoria, Illinois, backs the law Oregon passed on "
            "assisted dying.")
    mentions = analyse(stage, text, [("Chicago", "GPE"), ("Peoria", "GPE"),
                                     ("Illinois", "GPE"), ("Oregon", "GPE")])
    place = place_of(mentions, "Oregon")
    assert (place.country, place.feature) == ("USA", "admin1")


def test_a_town_the_text_puts_in_another_state_keeps_its_name(stage: PlaceStage) -> None:
    text = "The plant in Oregon, Ill., closed."
    mentions = analyse(stage, text, [("Oregon", "GPE"), ("Ill.", "GPE")])
    place = place_of(mentions, "Oregon")
    assert place.feature == "city"


def test_a_curated_region_beats_a_small_town_whatever_the_context(stage: PlaceStage) -> None:
    text = "The US envoy toured the Middle East, then Washington and Damascus, Maryland."
    mentions = analyse(stage, text, [("US", "GPE"), ("the Middle East", "LOC"),
                                     ("Washington", "GPE"), ("Damascus", "GPE"),
                                     ("Maryland", "GPE")])
    assert place_of(mentions, "the Middle East").feature == "region"


def test_a_country_name_is_no_town_that_once_bore_it(stage: PlaceStage) -> None:
    text = ("A museum in Glendale, between Los Angeles and Phoenix, Arizona, shows "
            "jewellery from ancient Egypt.")
    mentions = analyse(stage, text, [("Glendale", "GPE"), ("Los Angeles", "GPE"),
                                     ("Phoenix", "GPE"), ("Arizona", "GPE"), ("Egypt", "GPE")])
    assert place_of(mentions, "Egypt").country == "EGY"


@pytest.mark.parametrize(("text", "name", "source", "country", "feature"), [
    ("Sen. Ann Berg, D-N.D., opposed the deal.", "N.D.", "party", "USA",
     "admin1"),
    ("The bill was drafted by state Sen. Mary Hale (R-Tifton), who chairs the panel.", "Tifton",
     "party", "USA", "city"),
    ("Later, the U.S. Trade Representative announced new duties.", "U.S.", "country", "USA",
     "country"),
    ("Talks with Mexican Economy Secretary Ildefonso Guajardo went on.", "Mexican", "country",
     "MEX", "country"),
    ("COLUMBIA --- South Carolina lawmakers passed the budget late Tuesday.", "COLUMBIA",
     "dateline", "USA", "city"),
    ("PORT-AU-PRINCE -- Gangs blocked the main road north.", "PORT-AU-PRINCE",
     "dateline", "HTI", "city"),
])
def test_place_the_model_missed_becomes_a_mention(stage: PlaceStage, text: str, name: str,
                                                  source: str, country: str,
                                                  feature: str) -> None:
    marked = [("South Carolina", "GPE")] if "South Carolina" in text else []
    added = next(m for m in analyse(stage, text, marked) if m.source == source)
    assert (added.text, text[added.start:added.end]) == (name, name)
    assert added.place is not None
    assert (added.place.country, added.place.feature) == (country, feature)


@pytest.mark.parametrize("text", [
    "Michael Jordan scored forty points.",
    "Jordan Peterson gave a talk.",
    "The results were fine.",
])
def test_no_country_is_read_into_a_person_or_a_plain_word(stage: PlaceStage,
                                                          text: str) -> None:
    assert analyse(stage, text, []) == []


def test_every_name_of_a_list_of_counties_is_a_county(stage: PlaceStage) -> None:
    text = "Jobless claims fell last month in Bibb, Jones, Monroe and Twiggs counties."
    assert [s.text for s in divisions_in(text, load_gazetteer(), load_kb())] == [
        "Bibb", "Jones", "Monroe", "Twiggs"]
    mentions = analyse(stage, text, [("Jones", "PERSON")])
    places = {m.text: m.place for m in mentions}
    assert set(places) == {"Bibb", "Jones", "Monroe", "Twiggs"}
    assert all(p is not None and p.feature == "admin2" and p.country == "USA"
               for p in places.values())


@pytest.mark.parametrize("text", [
    "Iran warned the Gulf and Arab states on Monday.",
    "Rain fell across the Northern and Western regions.",
    "Aid reached Kachin and Texas states.",  # divisions, but of two countries
])
def test_a_list_before_a_plural_designator_is_no_list_of_divisions_unless_it_is_one(
        stage: PlaceStage, text: str) -> None:
    assert divisions_in(text, load_gazetteer(), load_kb()) == []
    assert all(m.place is None or m.place.feature not in ("admin1", "admin2")
               for m in analyse(stage, text, []))


@pytest.mark.parametrize(("text", "marked", "surface", "name", "country"), [
    # a compass word alone is a province where the story names its country or a sibling
    ("Platinum mines in the North West and Limpopo employ thousands.",
     [("the North West", "LOC"), ("Limpopo", "GPE")], "the North West", "North-West", "ZAF"),
    ("Cholera spread through the North East, health officials in Botswana said.",
     [("the North East", "LOC"), ("Botswana", "GPE")], "the North East", "North East", "BWA"),
])
def test_a_compass_word_names_a_division_of_the_story_s_country(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], surface: str,
        name: str, country: str) -> None:
    place = place_of(analyse(stage, text, marked), surface)
    assert (place.name, place.country, place.feature) == (name, country, "admin1")


def test_a_compass_word_names_no_division_of_another_country(stage: PlaceStage) -> None:
    text = "Storms lashed the North West overnight, and roads near Manchester flooded."
    mentions = analyse(stage, text, [("the North West", "LOC"), ("Manchester", "GPE")])
    assert next(m for m in mentions if m.text == "the North West").place is None


def test_a_lone_compass_word_is_no_division_even_where_one_is_so_named(
        stage: PlaceStage) -> None:
    # Cameroon has a West region, but "the West" here is the world's West
    text = "Officials in Cameroon accused the West of meddling."
    mentions = analyse(stage, text, [("Cameroon", "GPE"), ("the West", "LOC")])
    assert next(m for m in mentions if m.text == "the West").place is None


@pytest.mark.parametrize(("text", "surface"), [
    ("Officials in Cameroon rejected the West's demands.", "the West's"),
    ("Officials in Cameroon rejected the West’s demands.", "the West’s"),
])
def test_a_lone_compass_word_that_owns_something_is_still_no_place(
        stage: PlaceStage, text: str, surface: str) -> None:
    mentions = analyse(stage, text, [("Cameroon", "GPE"), (surface, "LOC")])
    assert next(m for m in mentions if m.text == surface).place is None


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("The Deputy Minister of Energy of Kazakhstan Aidar Bekov opened the new plant.",
     "Kazakhstan Aidar Bekov", "KAZ"),
    ("An envoy of Armenia in the Holy See Ani Petrosyan presented her letters on Monday.",
     "Holy See Ani Petrosyan", "VAT"),
    ("The Minister for Trade and Industry of Kenya Ruth Njeri opened the fair.",
     "Kenya Ruth Njeri", "KEN"),
    ("A Deputy Minister for Mines and Energy of Ghana Kofi Mensah toured the site.",
     "Ghana Kofi Mensah", "GHA"),
])
def test_a_title_s_country_the_model_ran_into_an_official_s_name_is_placed(
        stage: PlaceStage, text: str, surface: str, country: str) -> None:
    place = place_of(analyse(stage, text, [(surface, "PERSON")]), surface)
    assert (place.country, place.feature) == (country, "country")


@pytest.mark.parametrize(("text", "surface"), [
    ("A new biography of Jordan Lee Hart came out in May.", "Jordan Lee Hart"),
    ("The sister of Chad Ellis Moore spoke to the court.", "Chad Ellis Moore"),
    ("The minister thanked Jordan Lee Hart for the report.", "Jordan Lee Hart"),
    # a title's word earlier in the sentence, but not running up to the "of"
    ("The embassy confirmed on Monday the death of Chad Michael Murray.",
     "Chad Michael Murray"),
    ("The governor met fans of Jordan Lee Hart in Amman.", "Jordan Lee Hart"),
    # "and" joins a portfolio's words, not a title to a plain phrase
    ("The minister and the friends of Chad Ellis Moore spoke.", "Chad Ellis Moore"),
])
def test_a_country_s_name_opening_a_person_s_full_name_is_no_place_without_a_title_s_of(
        stage: PlaceStage, text: str, surface: str) -> None:
    mentions = analyse(stage, text, [(surface, "PERSON")])
    assert next(m for m in mentions if m.text == surface).place is None
