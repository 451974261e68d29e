"""Which country a local story's bare town names lie in: its newsroom's writing, one sense
per name, and the place a facility stands at.

A local paper names its town bare ("Portsmouth council approves budget"), and many towns
share a famous foreign namesake. American or British spelling, dates and money tell the
newsroom's side of the ocean; a name keeps one sense throughout the story ("Vienna,
Va." and then "Vienna police"); "the chapel at X Castle" lies at X; a town's school or
civic center is no country's; "central X" is an area, not a town. Hand-built mentions
and our own sentences; no spaCy model loads.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage
from belli.geo.usage import newsroom_countries, read_usage

_AMERICAN = ("The council will honor its favorite neighbor at the civic center on March 3, "
             "which cost $2 million.")
_BRITISH = ("The council will honour its favourite neighbour at the civic centre on 3 March, "
            "next to the theatre.")
_PLAIN = "The council met again and will meet next week."


@pytest.mark.parametrize(("text", "code"), [
    (_AMERICAN, "USA"),
    ("Crews cleared the curb by the theater; 40 percent of the neighborhood lost power.", "USA"),
    (_BRITISH, "GBR"),
    ("The programme cost £3m, and the colour of the kerb was grey.", "GBR"),
])
def test_a_story_s_writing_names_its_newsroom_s_country(text: str, code: str) -> None:
    assert list(newsroom_countries(text)) == [code]


@pytest.mark.parametrize("text", [
    _PLAIN,
    f"{_AMERICAN} {_BRITISH}",  # mixed: a wire story quoting another side
    "The colour of the theatre's centre drew $4 million in pledges.",  # Canada, Australia
    "The theatre's centre and its colour cost 4 million euros.",  # Ireland
    "The centre opened.",  # one cue is too few
])
def test_few_or_mixed_cues_name_no_country(text: str) -> None:
    assert newsroom_countries(text) == {}


def test_names_keep_their_own_spelling_and_point_nowhere() -> None:
    text = ("The Australian Labor Party and the World Health Organization met the Pan "
            "American Health Organization at the Kennedy Center in the Harbor District. "
            "The U.S. Labor Department and Mr. Harbor agreed.")
    assert read_usage(text).american == 0
    assert newsroom_countries(text) == {}


def test_usage_counts_each_side() -> None:
    usage = read_usage(_BRITISH)
    assert (usage.british, usage.american, usage.pounds) == (6, 0, False)


@pytest.mark.parametrize("town", ["Portsmouth", "Plymouth", "Hastings"])
def test_a_bare_town_in_american_writing_is_the_american_one(stage: PlaceStage,
                                                             town: str) -> None:
    text = f"{town} council approves budget. {_AMERICAN}"
    assert place_of(analyse(stage, text, [(town, "GPE")]), town).country == "USA"


@pytest.mark.parametrize("town", ["Worcester", "Portsmouth"])
def test_a_bare_town_in_british_writing_is_the_british_one(stage: PlaceStage,
                                                           town: str) -> None:
    text = f"{town} council approves budget. {_BRITISH}"
    assert place_of(analyse(stage, text, [(town, "GPE")]), town).country == "GBR"


def test_a_great_city_keeps_its_reading_whatever_the_writing(stage: PlaceStage) -> None:
    text = f"Boston council approves budget. {_BRITISH}"
    assert place_of(analyse(stage, text, [("Boston", "GPE")]), "Boston").country == "USA"


@pytest.mark.parametrize(("text", "marked", "inner"), [
    ("A driver hit a tree in Vienna, Va., on Sunday. Vienna police are investigating.",
     [("Vienna", "GPE"), ("Va.", "GPE"), ("Vienna police", "ORG")], "Vienna police"),
    ("A driver hit a tree in Moscow, Idaho, on Sunday. Moscow police are investigating.",
     [("Moscow", "GPE"), ("Idaho", "GPE"), ("Moscow police", "ORG")], "Moscow police"),
])
def test_a_name_keeps_one_sense_through_the_story(stage: PlaceStage, text: str,
                                                  marked: list[tuple[str, str]],
                                                  inner: str) -> None:
    mentions = analyse(stage, text, marked)
    assert place_of(mentions, inner).country == place_of(mentions, marked[0][0]).country == "USA"


def test_a_city_named_with_its_settlement_word_is_not_the_country(stage: PlaceStage) -> None:
    text = "Storms hit Panama City, Fla., on Monday, while Panama sent aid from Colon."
    mentions = analyse(stage, text, [("Panama City", "GPE"), ("Fla.", "GPE"),
                                     ("Panama", "GPE"), ("Colon", "GPE")])
    assert place_of(mentions, "Panama City").country == "USA"
    assert place_of(mentions, "Panama").country == "PAN"


def test_two_names_keep_their_own_senses(stage: PlaceStage) -> None:
    text = "A choir from Paris, Texas, flew to Vienna, where the Vienna Philharmonic played."
    mentions = analyse(stage, text, [("Paris", "GPE"), ("Texas", "GPE"), ("Vienna", "GPE"),
                                     ("the Vienna Philharmonic", "ORG")])
    assert place_of(mentions, "Paris").country == "USA"
    assert place_of(mentions, "the Vienna Philharmonic").country == "AUT"


@pytest.mark.parametrize(("text", "marked", "code"), [
    ("The wedding is in St Anne's Chapel at Edinburgh; Reykjavik and Iceland lost bookings.",
     [("St Anne's Chapel", "FAC"), ("Edinburgh", "GPE"), ("Reykjavik", "GPE"),
      ("Iceland", "GPE")], "GBR"),
    ("Fans met at the Grand Lodge at Nairobi before flying to Oslo and on to Norway.",
     [("the Grand Lodge", "FAC"), ("Nairobi", "GPE"), ("Oslo", "GPE"), ("Norway", "GPE")],
     "KEN"),
])
def test_a_facility_at_a_place_lies_there(stage: PlaceStage, text: str,
                                          marked: list[tuple[str, str]], code: str) -> None:
    assert place_of(analyse(stage, text, marked), marked[0][0]).country == code


def test_a_facility_with_no_place_after_it_lies_at_the_story_s_focus(stage: PlaceStage) -> None:
    text = "The Grand Lodge reopened. Guests came from Nairobi, Oslo and the rest of Norway."
    mentions = analyse(stage, text, [("The Grand Lodge", "FAC"), ("Nairobi", "GPE"),
                                     ("Oslo", "GPE"), ("Norway", "GPE")])
    assert place_of(mentions, "The Grand Lodge").country == "NOR"


def test_an_adjective_does_not_set_the_story_s_focus(stage: PlaceStage) -> None:
    text = ("Kenyan runners and Kenyan coaches rested as the Grand Lodge filled; "
            "later the crowd walked through Rome.")
    mentions = analyse(stage, text, [("Kenyan", "NORP"), ("Kenyan", "NORP"),
                                     ("the Grand Lodge", "FAC"), ("Rome", "GPE")])
    assert place_of(mentions, "the Grand Lodge").country == "ITA"


@pytest.mark.parametrize(("text", "marked"), [
    ("Peru Elementary School won a state award, and the Kokomo board cheered.",
     [("Peru", "GPE"), ("Kokomo", "GPE")]),
    ("Students at Lebanon High School raised money; the Hershey mayor joined them.",
     [("Lebanon", "GPE"), ("Hershey", "GPE")]),
    ("The band plays at the Peru Civic Center on Friday, near Kokomo.",
     [("Peru", "GPE"), ("Kokomo", "GPE")]),
])
def test_a_town_s_school_or_civic_center_is_no_country(stage: PlaceStage, text: str,
                                                       marked: list[tuple[str, str]]) -> None:
    assert place_of(analyse(stage, text, marked), marked[0][0]).country == "USA"


def test_a_country_named_without_a_town_s_buildings_stays_the_country(
        stage: PlaceStage) -> None:
    text = "Ministers from Peru met in Lima to talk about schools."
    assert place_of(analyse(stage, text, [("Peru", "GPE"), ("Lima", "GPE")]),
                    "Peru").country == "PER"


@pytest.mark.parametrize(("text", "marked"), [
    ("A man from Glendale drowned in central Ontario's lake country.",
     [("Glendale", "GPE"), ("Ontario", "GPE")]),
    ("A hiker from Fresno got lost in northern Ontario.",
     [("Fresno", "GPE"), ("Ontario", "GPE")]),
])
def test_a_compass_part_makes_a_name_an_area(stage: PlaceStage, text: str,
                                             marked: list[tuple[str, str]]) -> None:
    place = place_of(analyse(stage, text, marked), "Ontario")
    assert (place.country, place.feature) == ("CAN", "admin1")


def test_a_name_without_a_compass_part_may_be_the_town(stage: PlaceStage) -> None:
    text = "A family from Glendale moved to Ontario last year."
    place = place_of(analyse(stage, text, [("Glendale", "GPE"), ("Ontario", "GPE")]),
                     "Ontario")
    assert (place.country, place.feature) == ("USA", "city")


@pytest.mark.parametrize(("text", "marked", "name", "country"), [
    ("Egyptian trucks carried flour into southern Gaza on Tuesday.",
     [("Egyptian", "NORP"), ("Gaza", "GPE")], "Gaza", "PSE"),
    ("Qatari aid reached northern Gaza after the Israeli strikes.",
     [("Qatari", "NORP"), ("Gaza", "GPE"), ("Israeli", "NORP")], "Gaza", "PSE"),
])
def test_a_compass_part_reads_a_conflict_region_of_the_places_file_as_an_area_too(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], name: str,
        country: str) -> None:
    # not a first-level division of another country that shares the name
    assert place_of(analyse(stage, text, marked), name).country == country
