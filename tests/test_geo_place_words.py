"""Four ways a name the model mislabels or the GeoNames divisions lack still gets its place.

* A word for a place and "of" before a name ("the town of Ruston", "the outskirts of
  Ruston") makes the name a place's, whatever the model tagged it, or where it tagged
  nothing; "the wife of Jackson" does not.
* A town's plain name the model took for a thing ("a Saratoga native" as a PRODUCT) is
  read by the cues of a person-tagged name; a real title stays unplaced.
* An organization or an event named as a venue ("at the OAS in Washington") lies in the
  place the text then names.
* England's counties that GeoNames lists as no division ("Cheshire", "Merseyside") are
  curated counties that still yield to a same-named town the text puts elsewhere
  ("Cheshire, Conn.").

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.geo.stage import PlaceStage
from belli.records import Mention, Place


@pytest.mark.parametrize(("text", "marked"), [
    ("Shelling hit the town of Ruston overnight.", [("Ruston", "PERSON")]),
    ("Police sealed off the outskirts of Ruston on Friday.", [("Ruston", "PERSON")]),
    ("Shops reopened in the suburbs of Ruston after the storm.", [("Ruston", "PERSON")]),
])
def test_a_word_for_a_place_and_of_make_a_tagged_name_a_place(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    place = place_of(analyse(stage, text, marked), "Ruston")
    assert (place.name, place.country) == ("Ruston", "USA")


def test_a_word_for_a_place_and_of_find_an_untagged_town_of_the_story(
        stage: PlaceStage) -> None:
    text = "Flooding in Louisiana reached the town of Ruston on Sunday."
    mentions = analyse(stage, text, [("Louisiana", "GPE")])
    place = place_of(mentions, "Ruston")
    assert (place.name, place.country) == ("Ruston", "USA")


@pytest.mark.parametrize("text", [
    "The wife of Jackson spoke to reporters.",
    "A portrait of Jackson hung in the hall.",
])
def test_of_after_another_noun_leaves_a_person_unplaced(stage: PlaceStage, text: str) -> None:
    assert all(m.place is None for m in analyse(stage, text, [("Jackson", "PERSON")]))


@pytest.mark.parametrize(("text", "marked"), [
    ("A Saratoga native produced the film.", [("Saratoga", "PRODUCT")]),
    ("Saratoga residents packed the hall.", [("Saratoga", "WORK_OF_ART")]),
    ("Crews from Saratoga and San Jose helped. Saratoga police closed roads.",
     [("Saratoga", "GPE"), ("San Jose", "GPE"), ("Saratoga", "PRODUCT")]),
])
def test_a_town_tagged_as_a_thing_is_a_town_where_the_text_says_so(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    place = place_of(analyse(stage, text, marked), "Saratoga")
    assert (place.name, place.country) == ("Saratoga", "USA")


@pytest.mark.parametrize(("text", "marked"), [
    ("She read Saratoga on the train.", [("Saratoga", "WORK_OF_ART")]),
    # after "in" alone a title's word is as likely as a town: no place, though a town
    # bears the name
    ("He starred in Shakespeare in Love.", [("Love", "WORK_OF_ART")]),
    ("The film was shot in Saratoga.", [("Saratoga", "WORK_OF_ART")]),
    ("Fans in Ohio bought the new Falcon Deluxe 3000.", [("Ohio", "GPE"),
                                                         ("Falcon Deluxe 3000", "PRODUCT")]),
])
def test_a_title_or_a_product_stays_unplaced(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    mentions = analyse(stage, text, marked)
    assert all(m.place is None for m in mentions if m.label in ("PRODUCT", "WORK_OF_ART"))


@pytest.mark.parametrize(("text", "marked", "county"), [
    ("Flooding closed roads across Cheshire and Merseyside, police in Chester said.",
     [("Cheshire", "GPE"), ("Merseyside", "GPE"), ("Chester", "GPE")], "Cheshire"),
    ("Trains between Leeds and Sheffield stopped in West Yorkshire.",
     [("Leeds", "GPE"), ("Sheffield", "GPE"), ("West Yorkshire", "GPE")], "West Yorkshire"),
    ("Rescuers searched the coast of Co. Durham for the missing boat.",
     [("Co. Durham", "GPE")], "Co. Durham"),
])
def test_an_english_county_geonames_lacks_is_a_british_county(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], county: str) -> None:
    place = place_of(analyse(stage, text, marked), county)
    assert (place.country, place.feature, place.precision) == ("GBR", "county", "region")


def test_a_town_the_text_puts_in_a_state_outranks_a_county_of_its_name(
        stage: PlaceStage) -> None:
    text = "Police in Cheshire, Conn., said the school was closed."
    place = place_of(analyse(stage, text, [("Cheshire", "GPE"), ("Conn.", "GPE")]), "Cheshire")
    assert (place.name, place.country, place.feature) == ("Cheshire", "USA", "city")


@pytest.mark.parametrize(("text", "marked", "venue", "town"), [
    ("She spoke at Blue Heron Hall Trust in Lagos on Friday.",
     [("Blue Heron Hall Trust", "ORG"), ("Lagos", "GPE")], "Blue Heron Hall Trust", "Lagos"),
    ("Delegates met at the OAS in Washington last week.",
     [("OAS", "ORG"), ("Washington", "GPE")], "OAS", "Washington"),
    ("Crews who worked at Winter Jam 9 in Minneapolis were thanked.",
     [("Winter Jam 9", "EVENT"), ("Minneapolis", "GPE")], "Winter Jam 9", "Minneapolis"),
])
def test_an_organization_or_event_named_as_a_venue_lies_where_the_text_puts_it(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]], venue: str,
        town: str) -> None:
    place = place_of(analyse(stage, text, marked), venue)
    assert place.name == town


@pytest.mark.parametrize(("text", "marked"), [
    # no venue's preposition: the organization acts, it is no venue
    ("The UN said in Geneva that talks would resume.", [("UN", "ORG"), ("Geneva", "GPE")]),
    # a comma alone may list another actor
    ("Talks at the UN, France said, would resume.", [("UN", "ORG"), ("France", "GPE")]),
])
def test_an_organization_not_named_as_a_venue_gets_no_place(
        stage: PlaceStage, text: str, marked: list[tuple[str, str]]) -> None:
    assert place_or_none(analyse(stage, text, marked), "UN") is None


def place_or_none(mentions: list[Mention], surface: str) -> Place | None:
    return next(m for m in mentions if m.text == surface).place


@pytest.mark.parametrize(("text", "division", "town"), [
    ("Round two: Oundle, Northamptonshire.", "Northamptonshire", "Oundle"),
    ("Next stop: Tetbury, Gloucestershire.", "Gloucestershire", "Tetbury"),
])
def test_an_untagged_town_before_its_own_division_is_that_town(
        stage: PlaceStage, text: str, division: str, town: str) -> None:
    place = place_of(analyse(stage, text, [(division, "GPE")]), town)
    assert (place.name, place.country) == (town, "GBR")


@pytest.mark.parametrize(("text", "division"), [
    ("Thanks, Virginia, for the letter.", "Virginia"),
    # a town of that name lies in another country altogether
    ("Round two: Paonia, Northamptonshire.", "Northamptonshire"),
])
def test_a_name_before_a_division_it_does_not_lie_in_is_no_town(
        stage: PlaceStage, text: str, division: str) -> None:
    mentions = analyse(stage, text, [(division, "GPE")])
    assert [m.text for m in mentions] == [division]


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_dateline_town_the_gazetteer_lacks_lies_in_its_state_whatever_its_label(
        stage: PlaceStage, label: str) -> None:
    text = "CAMP HOLLOWAY, Wash. - Soldiers trained in the rain."
    place = place_of(analyse(stage, text, [("CAMP HOLLOWAY", label)]), "CAMP HOLLOWAY")
    assert (place.name, place.country, place.precision) == ("Washington", "USA", "region")


def test_an_organization_opening_a_sentence_is_no_dateline(stage: PlaceStage) -> None:
    text = "Storms hit. ACME HOLDINGS said on Monday, Wash. officials agreed."
    mentions = analyse(stage, text, [("ACME HOLDINGS", "ORG")])
    assert place_or_none(mentions, "ACME HOLDINGS") is None
