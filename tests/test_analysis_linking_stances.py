"""Linking undated reports of what someone said: news repeats a stance (a denial, a
pledge, an accusation) for weeks in the same words, so two undated tellings of it weeks
apart are one event; an act done again (a shelling) is not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from belli.analysis.linking import Report, content_words, judge


def undated(doc: str, published: date, sentence: str, *, kind: str = "REJECT",
            quad: int = 3, trigger: str = "denies") -> Report:
    """A report whose text gives no date: its period is the week to its publication."""
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type=kind, quad=quad,
        countries=frozenset({"AZE", "ARM"}), sources=frozenset({"AZE"}),
        targets=frozenset({"ARM"}), first=published - timedelta(days=7), last=published,
        dated=False, place=None, place_country=None, trigger=trigger,
        words=content_words(sentence))


DENIAL = "Baku denies that it has closed the mountain road to civilian convoys"
FIRST_DAY = date(2023, 1, 5)


def test_a_denial_told_again_weeks_later_in_the_same_words_is_one_event() -> None:
    again = undated("d2", FIRST_DAY + timedelta(days=21), DENIAL)
    link = judge(undated("d1", FIRST_DAY, DENIAL), again)
    assert link is not None
    assert "both undated, published 21 days apart" in link.reason


def test_a_denial_weeks_later_in_other_words_stays_apart() -> None:
    other = undated("d2", FIRST_DAY + timedelta(days=21),
                    "Officials in Baku dismissed the report about fuel prices", trigger="dismissed")
    assert judge(undated("d1", FIRST_DAY, DENIAL), other) is None


def test_a_stance_told_again_after_the_background_days_stays_apart() -> None:
    two_months_on = undated("d2", FIRST_DAY + timedelta(days=60), DENIAL)
    assert judge(undated("d1", FIRST_DAY, DENIAL), two_months_on) is None


def test_an_act_done_again_weeks_later_in_the_same_words_is_another_event() -> None:
    shelled = "Azerbaijani forces shelled the border village of Sotk overnight"
    first, again = (undated(doc, day, shelled, kind="ASSAULT", quad=4, trigger="shelled")
                    for doc, day in (("d1", FIRST_DAY), ("d2", FIRST_DAY + timedelta(days=21))))
    assert judge(first, again) is None


def test_the_same_words_weeks_later_from_another_speaker_are_another_stance() -> None:
    again = undated("d2", FIRST_DAY + timedelta(days=21), DENIAL)
    from_ankara = replace(again, sources=frozenset({"TUR"}), countries=frozenset({"TUR", "ARM"}))
    assert judge(undated("d1", FIRST_DAY, DENIAL), from_ankara) is None
