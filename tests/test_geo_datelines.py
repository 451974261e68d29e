"""Datelines without their dash: what still marks one, and what an all-capitals headline
or acronym looks like instead.

Only the gazetteer loads; the texts are our own.
"""

from __future__ import annotations

import pytest

from belli.geo.datelines import find_datelines
from belli.geo.gazetteer import Gazetteer


def _names(text: str, gazetteer: Gazetteer) -> list[str]:
    return [d.text for d in find_datelines(text, gazetteer)]


@pytest.mark.parametrize(("text", "names"), [
    # a state of the town's own country
    ("Levee holds. PEORIA, Ill. Heavy rain closed two roads.", ["PEORIA", "Ill."]),
    # a wire agency
    ("Vote set. MUNCIE, Ind. (AP)  Voters will decide the levy.", ["MUNCIE", "Ind."]),
    # a station's call sign, with its dash
    ("Boaters found. CHATHAM COUNTY, GA (WTOC) - Two boaters were found.", ["CHATHAM COUNTY"]),
])
def test_dateline_without_a_dash_needs_a_state_or_an_agency(gazetteer: Gazetteer, text: str,
                                                            names: list[str]) -> None:
    assert _names(text, gazetteer) == names


@pytest.mark.parametrize("text", [
    # a headline in capitals that lists countries
    "UKRAINE, Russia trade blame over the dam.",
    "JORDAN, Israel and Egypt meet on water.",
    # an acronym and its gloss in brackets: no call sign without a dash
    "NATO (OTAN) leaders met in Brussels.",
])
def test_capitals_without_a_dash_state_or_agency_are_no_dateline(gazetteer: Gazetteer,
                                                                 text: str) -> None:
    assert _names(text, gazetteer) == []


def test_a_country_after_the_town_counts_with_the_dash(gazetteer: Gazetteer) -> None:
    assert _names("KHARKIV, Ukraine - Shelling resumed.", gazetteer) == ["KHARKIV", "Ukraine"]


@pytest.mark.parametrize(("text", "names"), [
    ("FORT NOWHERE, Texas (AP) — Troops returned home on Friday.", ["FORT NOWHERE", "Texas"]),
    ("CAMP HOLLOWAY, Wash. - Soldiers trained in the rain.", ["CAMP HOLLOWAY", "Wash."]),
])
def test_a_town_the_gazetteer_lacks_counts_with_its_state_and_the_dash(
        gazetteer: Gazetteer, text: str, names: list[str]) -> None:
    assert _names(text, gazetteer) == names


@pytest.mark.parametrize("text", [
    # no dash: a headline in capitals as often
    "CAMP HOLLOWAY, Wash. Soldiers trained in the rain.",
    # a country, not a state, after the unknown name
    "NOWHEREVILLE, France — The band played on.",
])
def test_an_unknown_name_without_dash_or_state_is_no_dateline(gazetteer: Gazetteer,
                                                              text: str) -> None:
    assert _names(text, gazetteer) == []


@pytest.mark.parametrize(("text", "names"), [
    ("AUSTIN, March 3, 2018 /PRNewswire/ -- The firm opened an office.", ["AUSTIN"]),
    # the day first
    ("LONDON, 3 March 2018 /PRNewswire/ -- The firm opened an office.", ["LONDON"]),
    ("Filed.\nDENVER, 5 JAN. 2020 — The mayor spoke.", ["DENVER"]),
    # two towns where a paragraph opens
    ("Filed.\nLAREDO & EL PASO, April 9, 2019 -- Both cities signed.", ["LAREDO", "EL PASO"]),
    ("LAREDO & EL PASO,, APRIL 9, 2019 -- Both cities signed the pact.", ["LAREDO", "EL PASO"]),
    ("Filed. DENVER, Jan. 5, 2020 — The mayor spoke.", ["DENVER"]),
    # far into a page of several releases, with the town's state
    ("Filed. " * 120 + "PEORIA, Ill., June 2, 2021 /PRNewswire/ -- A plant opened.",
     ["PEORIA", "Ill."]),
])
def test_a_press_release_s_dateline_ends_with_its_date_before_the_dash(
        gazetteer: Gazetteer, text: str, names: list[str]) -> None:
    assert _names(text, gazetteer) == names


@pytest.mark.parametrize("text", [
    # a date but no dash: a heading in capitals as likely
    "Report. DENVER, Jan. 5, 2020 The mayor spoke at length.",
    # a town joined to a word the gazetteer lacks stays one town at most
    "Report. WIDGETS & GADGETS, May 2, 2021 -- Sales rose.",
    # two names joined by "&" inside a paragraph: a company's name before a date
    "Shares rose 2%. JOHNSON & JOHNSON, March 3, 2018 -- filed its report.",
])
def test_a_date_after_capitals_without_a_dash_or_a_known_town_is_no_dateline(
        gazetteer: Gazetteer, text: str) -> None:
    assert _names(text, gazetteer) == []
