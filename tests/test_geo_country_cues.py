"""Where a country or a local place hides in news text: later datelines, amounts and laws,
regions inside organizations' names, and the place a local name lies in.

Hand-built mentions as the model and the actor stage would leave them; no spaCy model
loads. Each case states a convention of news text, not a gold record.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.datelines import find_datelines
from belli.geo.gazetteer import Gazetteer
from belli.geo.stage import PlaceStage

_FILLER = "The council met for hours and heard every complaint about the budget again. " * 10


def test_dateline_of_a_later_story_on_the_same_page(gazetteer: Gazetteer) -> None:
    text = f"WINNIPEG — Snow closed schools. {_FILLER}By A. Writer, Staff.  CALGARY — Rain fell."
    assert [d.text for d in find_datelines(text, gazetteer)] == ["WINNIPEG", "CALGARY"]


def test_capitals_far_from_the_head_need_a_dash(gazetteer: Gazetteer) -> None:
    text = f"WINNIPEG — Snow closed schools. {_FILLER}Fans chanted. CALGARY (AP) won again."
    assert [d.text for d in find_datelines(text, gazetteer)] == ["WINNIPEG"]


@pytest.mark.parametrize(("text", "marked", "code"), [
    ("The deal is worth 40 billion US dollars.", [("40 billion US dollars", "MONEY")], "USA"),
    ("Tickets cost 800 Kenyan shillings.", [("800 Kenyan shillings", "MONEY")], "KEN"),
    ("Deputies rewrote the Polish Law on Media.",
     [("the Polish Law on Media", "LAW")], "POL"),
])
def test_amount_or_law_names_its_country(stage: PlaceStage, text: str,
                                         marked: list[tuple[str, str]], code: str) -> None:
    assert place_of(analyse(stage, text, marked), marked[0][0]).country == code


@pytest.mark.parametrize(("text", "marked"), [
    ("Donors pledged $5 million.", [("$5 million", "MONEY")]),
    ("Signatories of the Paris Agreement met.", [("the Paris Agreement", "LAW")]),
])
def test_amount_or_law_names_no_town(stage: PlaceStage, text: str,
                                     marked: list[tuple[str, str]]) -> None:
    mention = next(m for m in analyse(stage, text, marked) if m.text == marked[0][0])
    assert mention.place is None


def test_division_in_an_organization_name_outranks_an_ocean(stage: PlaceStage) -> None:
    text = "He trained nurses at the California Pacific Medical Center."
    place = place_of(analyse(stage, text, [("the California Pacific Medical Center", "ORG")]),
                     "the California Pacific Medical Center")
    assert (place.name, place.country) == ("California", "USA")


def test_region_adjective_is_not_its_last_word_country(stage: PlaceStage) -> None:
    text = "Several South American exporters cut prices."
    place = place_of(analyse(stage, text, [("South American exporters", "ORG")]),
                     "South American exporters")
    assert place.name == "South America" and place.country != "USA"


def test_unlisted_name_lies_in_the_place_the_text_names_after_it(stage: PlaceStage) -> None:
    text = ("Police in Bristol searched a house on Elm Road, Zorbleton, Bristol. "
            "Later they drove to Leeds, Leeds and Leeds again.")
    marked = [("Bristol", "GPE"), ("Zorbleton", "GPE"), ("Bristol", "GPE"),
              ("Leeds", "GPE"), ("Leeds", "GPE"), ("Leeds", "GPE")]
    place = place_of(analyse(stage, text, marked), "Zorbleton")
    assert place.name == "Bristol" and "text puts it in" in (place.reason or "")


def test_unlisted_name_falls_back_to_a_town_of_the_main_country(stage: PlaceStage) -> None:
    text = ("Cairo officials opened a school; Egypt hopes Cairo, Giza and Alexandria gain. "
            "Coaches from Liverpool, Liverpool and Liverpool now work in Zorblatt.")
    marked = [("Cairo", "GPE"), ("Egypt", "GPE"), ("Cairo", "GPE"), ("Giza", "GPE"),
              ("Alexandria", "GPE"), *[("Liverpool", "GPE")] * 3, ("Zorblatt", "GPE")]
    assert place_of(analyse(stage, text, marked), "Zorblatt").country == "EGY"


@pytest.mark.parametrize(("text", "state"), [
    ("Judges of the Eastern Oregon Sheepdog Society met.", "Oregon"),
    ("The South East Arizona Water Board voted.", "Arizona"),
])
def test_untagged_state_after_a_direction_is_a_place(stage: PlaceStage, text: str,
                                                     state: str) -> None:
    mentions = analyse(stage, text, [])
    parts = [m for m in mentions if m.source == "part"]
    assert [m.text for m in parts] == [state]
    assert parts[0].place is not None and parts[0].place.feature == "admin1"


@pytest.mark.parametrize("text", [
    "He moved to West Virginia in May.",  # the direction is part of the state's name
    "Lower Saxony voted on Sunday.",
    "Virginia Woolf wrote it.",  # no direction: may be a person's name
])
def test_direction_that_belongs_to_the_name_adds_no_part(stage: PlaceStage, text: str) -> None:
    assert not [m for m in analyse(stage, text, []) if m.source == "part"]


def test_supreme_opens_an_institution_not_a_town(stage: PlaceStage) -> None:
    text = "His file went to the Supreme People's Procuratorate in May."
    mentions = analyse(stage, text, [("the Supreme People's Procuratorate", "ORG")])
    court = next(m for m in mentions if m.text == "the Supreme People's Procuratorate")
    assert court.place is None or court.place.country != "USA"
