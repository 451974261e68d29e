"""Linking undated stances by what they name: two accusations worded alike weeks apart
are one stance only when neither names something (a village, a weapon, a person) the
other does not; naming another village is another incident."""

from __future__ import annotations

from datetime import date, timedelta

from belli.analysis.linking import Report, content_words, judge, proper_names

ACTORS = ("Armenia", "Azerbaijan")
FIRST_DAY = date(2023, 3, 2)


def accusation(doc: str, published: date, sentence: str) -> Report:
    """An undated accusation by Armenia: its period is the week to its publication."""
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type="ACCUSE", quad=3,
        countries=frozenset({"ARM", "AZE"}), sources=frozenset({"ARM"}),
        targets=frozenset({"AZE"}), first=published - timedelta(days=7), last=published,
        dated=False, place=None, place_country=None, trigger="accused",
        words=content_words(sentence), names=proper_names(sentence, ACTORS))


def three_weeks_apart(first: str, second: str) -> tuple[Report, Report]:
    return (accusation("d1", FIRST_DAY, first),
            accusation("d2", FIRST_DAY + timedelta(days=21), second))


def test_accusations_naming_two_villages_weeks_apart_are_two_incidents() -> None:
    assert judge(*three_weeks_apart(
        "Armenia accused Azerbaijan of shelling the village of Norashen",
        "Armenia accused Azerbaijan of shelling the village of Tegh")) is None


def test_the_same_accusation_naming_the_same_village_is_one_stance() -> None:
    told = "Armenia accused Azerbaijan of shelling the village of Norashen"
    assert judge(*three_weeks_apart(told, told)) is not None


def test_a_name_only_one_telling_gives_does_not_part_them() -> None:
    assert judge(*three_weeks_apart(
        "Armenia accused Azerbaijan of shelling the border village of Norashen",
        "Armenia again accused Azerbaijan of shelling the border village")) is not None


def test_a_country_named_by_its_people_agrees_with_its_name() -> None:
    assert judge(*three_weeks_apart(
        "Armenia accused Azerbaijan of shelling the village of Norashen with Grad rockets",
        "Armenia accused Azerbaijani troops of shelling the village of Norashen with Grad "
        "rockets")) is not None


def test_names_are_the_capitalised_words_beyond_the_actors() -> None:
    assert proper_names("Armenia accused Azerbaijan of firing a Smerch rocket at Tegh",
                        ACTORS) == {"smerch", "tegh"}


def test_a_capital_opening_a_sentence_or_a_quote_names_nothing() -> None:
    assert proper_names('Officials said: "Troops fired on Tegh." Shelling went on.') == {"tegh"}


def test_a_month_is_no_name() -> None:
    assert proper_names("Armenia accused Azerbaijan in March", ACTORS) == frozenset()


def test_an_actor_named_by_its_people_is_no_name_of_the_sentence() -> None:
    assert proper_names("Officials accused Azerbaijani troops of firing on Tegh",
                        ("Azerbaijan",)) == {"tegh"}
