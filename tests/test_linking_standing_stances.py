"""A standing stance told again months later: news repeats an accusation or a denial for
as long as it stands, in its own specifics ("supplying drones and mercenaries"), so two
undated tellings of the same speaker to the same addressee that share words of their
subject beyond the actors and the verb are one stance; "Baku denies this" is not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from belli.analysis.linking import (
    DEFAULT,
    Report,
    cluster_reports,
    content_words,
    judge,
    link_settings,
    topic_words,
)
from belli.settings import Settings

FIRST_DAY = date(2021, 3, 1)


def stance(doc: str, days_on: int, sentence: str, *, speaker: str = "RUR",
           addressee: str = "ELB", trigger: str = "accused", kind: str = "ACCUSE",
           quad: int = 3, said_by: tuple[str, ...] = ("Ruritanian officials", "Elbonia")) -> Report:
    """An undated report published `days_on` days after FIRST_DAY."""
    published = FIRST_DAY + timedelta(days=days_on)
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type=kind, quad=quad,
        countries=frozenset({speaker, addressee}), sources=frozenset({speaker}),
        targets=frozenset({addressee}), first=published - timedelta(days=7), last=published,
        dated=False, place=None, place_country=None, trigger=trigger,
        words=content_words(sentence), topic=topic_words(sentence, (trigger, *said_by)))


ARMS = "Ruritanian officials accused Elbonia of supplying rockets and hiring mercenaries"
ARMS_AGAIN = ("Ruritanian officials have accused Elbonia of supplying the rockets that hit "
              "the capital, and of paying mercenaries")
ROAD = "Ruritanian officials accused Elbonia of closing the mountain pass to grain lorries"
ROAD_AGAIN = "Ruritanian officials say Elbonia keeps the mountain pass shut to lorries"


@pytest.mark.parametrize(("first", "again", "days"), [
    (ARMS, ARMS_AGAIN, 80),
    (ROAD, ROAD_AGAIN, 45),
])
def test_an_accusation_told_again_months_on_in_its_specifics_is_one_stance(
        first: str, again: str, days: int) -> None:
    link = judge(stance("d1", 0, first), stance("d2", days, again))
    assert link is not None
    assert f"both undated, published {days} days apart" in link.reason
    assert "one standing stance (" in link.reason


def test_the_stance_is_found_among_many_reports_not_only_judged_in_pairs() -> None:
    noise = [stance(f"n{i}", 30 * i, f"Ruritanian officials accused Elbonia of a raid on "
                    f"village {name}") for i, name in enumerate(("Alba", "Borov", "Cvet"))]
    first, again = stance("d1", 0, ARMS), stance("d2", 240, ARMS_AGAIN)
    clusters = cluster_reports([first, *noise, again], replace(DEFAULT, stance_days=365))
    assert ("d1/e1", "d2/e1") in [c.reports for c in clusters]


def test_a_bare_denial_months_on_shares_no_subject_and_stays_apart() -> None:
    denial = "Elbonia denies any blockade of the pass"
    first = stance("d1", 0, denial, speaker="ELB", addressee="RUR", trigger="denies",
                   kind="REJECT", said_by=("Elbonia",))
    again = stance("d2", 60, "Elbonia denies this", speaker="ELB", addressee="RUR",
                   trigger="denies", kind="REJECT", said_by=("Elbonia",))
    assert judge(first, again) is None


def test_one_word_of_subject_in_common_is_not_enough_months_on() -> None:
    first = stance("d1", 0, "Ruritanian officials accused Elbonia of shelling a school")
    again = stance("d2", 60, "Ruritanian officials accused Elbonia of shelling a dam")
    assert judge(first, again) is None


def test_the_same_specifics_to_another_addressee_are_another_stance() -> None:
    again = stance("d2", 60, ARMS_AGAIN, addressee="GRD", said_by=("Ruritanian officials",
                                                                     "Grand Fenwick"))
    assert judge(stance("d1", 0, ARMS), again) is None


def test_a_stance_told_again_after_the_stance_days_stays_apart() -> None:
    assert DEFAULT.stance_days < 240
    assert judge(stance("d1", 0, ARMS), stance("d2", DEFAULT.stance_days + 20,
                                                ARMS_AGAIN)) is None
    longer = replace(DEFAULT, stance_days=365)
    assert judge(stance("d1", 0, ARMS), stance("d2", 240, ARMS_AGAIN)) is None
    assert judge(stance("d1", 0, ARMS), stance("d2", 240, ARMS_AGAIN), longer) is not None


def test_an_act_done_again_months_on_in_the_same_words_is_another_event() -> None:
    shelled = "Ruritanian guns shelled the Elbonian border village of Sotka at night"
    first, again = (stance(doc, days, shelled, kind="ASSAULT", quad=4, trigger="shelled")
                    for doc, days in (("d1", 0), ("d2", 60)))
    assert judge(first, again) is None


def test_the_actors_the_verb_and_general_words_are_no_words_of_the_subject() -> None:
    assert topic_words("Baku denies any blockade", ("denies", "Baku")) == {"blockad"}
    assert topic_words("Baku again denied all such claims", ("denied", "Baku")) == {"claim"}


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Ruritania is supplying drone parts", "part"),
    ("Ruritania seized the oil wells", "well"),
    ("Ruritania rejected a lasting ceasefire", "last"),
    ("Ruritania blamed the currents", "current"),
    ("Ruritania sent weapons of all kinds", "kind"),
])
def test_a_word_of_the_subject_stays_though_its_stem_is_a_general_word(
        sentence: str, subject: str) -> None:
    """General words are compared as written: a noun of the subject sharing a stem with
    one ("lasting" with "last") or being one in another sense ("parts") is kept."""
    assert subject in topic_words(sentence, ("Ruritania",))


@pytest.mark.parametrize("sentence", [
    "Ruritania gets nothing", "Ruritania puts it another way", "Ruritania takes things",
    "Ruritania comes again", "Ruritania gives lots",
])
def test_every_form_of_a_general_word_is_dropped(sentence: str) -> None:
    assert topic_words(sentence, ("Ruritania",)) == frozenset()


@pytest.mark.parametrize(("first", "again", "trigger"), [
    ("Ruritania denied any involvement in the poisoning of an exiled writer",
     "Ruritania denied any involvement in the drone strike on an Elbonian airfield", "denied"),
    ("Ruritania denied last week any role in the sinking of a fishing boat",
     "Ruritania denied last spring any role in the burning of a customs post", "denied"),
    ("Ruritania denied any role in the sinking of a trawler as well as the arrest of a priest",
     "Ruritania denied any role in the fire at a depot as well as the murder of a judge",
     "denied"),
    ("Ruritania would like to deny any role in the hacking of a bank",
     "Ruritania would like to deny any role in the bombing of a bridge", "deny"),
    ("For its part, Ruritania denied any role in the sinking of a trawler",
     "Ruritania, for its part, denied any role in the fire at a depot", "denied"),
    ("Ruritania denied a role of any kind in the sinking of a trawler",
     "Ruritania denied a role of any kind in the fire at a depot", "denied"),
    ("Ruritania denied any role in the current unrest at a port",
     "Ruritania denied any role in the current flooding of a valley", "denied"),
])
def test_two_denials_sharing_only_general_words_and_one_noun_are_two_stances(
        first: str, again: str, trigger: str) -> None:
    def denial(doc: str, days_on: int, sentence: str) -> Report:
        return stance(doc, days_on, sentence, trigger=trigger, kind="REJECT",
                      said_by=("Ruritania",))
    assert judge(denial("d1", 0, first), denial("d2", 75, again)) is None


def test_the_stance_days_are_a_setting() -> None:
    assert link_settings(Settings.load(link_stance_days=30)).stance_days == 30
