"""What may vote for a place's country, and the names that give a country away.

An actor whose country the actor stage read off a nearby place name ("Ann Cole, 52,
Peru"; "the officer" in a sentence about a town's police) is that place's reading
again: letting it vote would make a first guess confirm itself. Singular demonyms name
their country (an ethnic group's name does not: "Sinhalese", "Tamil"); a dateline's dash
may come as a Windows-1252 byte. Hand-built mentions and our own sentences; no spaCy model loads.
"""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of

from belli.actors.kb import load_kb
from belli.geo.candidates import COUNTRY_KINDS
from belli.geo.datelines import find_datelines
from belli.geo.gazetteer import Gazetteer
from belli.geo.stage import PlaceStage, _actor_countries
from belli.records import COPIED_REASON, Actor, Mention


def _acting(text: str, country: str, reason: str) -> Mention:
    actor = Actor(text=text, country=country, sector="GOV", reason=reason)
    return Mention(doc_id="d", start=0, end=len(text), text=text, label="PERSON",
                   actors=(actor,))


def test_an_actor_whose_country_comes_from_another_mention_casts_no_vote() -> None:
    copied = _acting("Ann Cole", "PER", f"{COPIED_REASON}: apposition to 'Peru'")
    assert copied.actors[0].is_copied
    assert _actor_countries([copied]) == []


@pytest.mark.parametrize(("code", "sector"), [("HRW", "NGO"), ("NATO", "IGO")])
def test_an_international_or_non_governmental_body_casts_no_vote(code: str,
                                                                  sector: str) -> None:
    body = Mention(doc_id="d", start=0, end=4, text=code, label="ORG",
                   actors=(Actor(text=code, country=code, sector=sector, reason="listed"),))
    assert _actor_countries([body]) == []


@pytest.mark.parametrize("reason", [
    "known person: Vladimir Putin, president of RUS",
    "title 'minister' → GOV; Ann Cole copied the speech",  # the word, not the marker
])
def test_an_actor_known_by_its_own_name_votes_for_its_country(reason: str) -> None:
    known = _acting("Vladimir Putin", "RUS", reason)
    assert not known.actors[0].is_copied
    assert _actor_countries([known]) == ["RUS"]


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("A Briton was detained at the border.", "Briton", "GBR"),
    ("The Spaniard won the final set.", "Spaniard", "ESP"),
    ("Two Aussie climbers were rescued.", "Aussie", "AUS"),
])
def test_a_singular_demonym_names_its_country(
        stage: PlaceStage, text: str, surface: str, country: str) -> None:
    place = place_of(analyse(stage, text, [(surface, "NORP")]), surface)
    assert (place.country, place.feature) == (country, "country")


@pytest.mark.parametrize("dash", ["\x97", "\x96"])
def test_a_dateline_dash_decoded_from_windows_1252_still_ends_the_dateline(
        gazetteer: Gazetteer, dash: str) -> None:
    text = f"Levy passes. The vote was close. TOLEDO {dash} The school board met on Monday."
    assert [d.text for d in find_datelines(text, gazetteer)] == ["TOLEDO"]


@pytest.mark.parametrize("name", ["Sinhalese", "Bosniak", "Bosniaks", "Tamil"])
def test_an_ethnic_group_s_name_names_no_country(name: str) -> None:
    """A people is no state's nationality, however large its share of one."""
    assert not [m for m in load_kb().lookup_name(name) if m.kind in COUNTRY_KINDS]
