"""How far linking looks for a standing stance's next telling, and what it leaves
unjudged: a stance repeated all year links each telling to its next only (once, whichever
word of its subject found it), tries only the first few far tellings, and long periods
whose spans cannot tell one happening, or reports with half a period, are not judged."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from belli.analysis import likeness, linking, stances
from belli.analysis.likeness import earliest_day
from belli.analysis.linking import (
    DEFAULT,
    Rarity,
    Report,
    cluster_reports,
    content_words,
    judge,
    link_settings,
)
from belli.analysis.stances import stance_blocks
from belli.analysis.wording import topic_words
from belli.errors import BelliError, SettingError
from belli.settings import Settings

FIRST_DAY = date(2021, 3, 1)
ARMS = "Ruritanian officials accused Elbonia of supplying rockets and hiring mercenaries"


def telling(doc: str, days_on: int, sentence: str = ARMS, *,
            names: frozenset[str] = frozenset()) -> Report:
    """An undated accusation of Ruritania's against Elbonia published `days_on` days on."""
    published = FIRST_DAY + timedelta(days=days_on)
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type="ACCUSE", quad=3,
        countries=frozenset({"RUR", "ELB"}), sources=frozenset({"RUR"}),
        targets=frozenset({"ELB"}), first=published - timedelta(days=7), last=published,
        dated=False, place=None, place_country=None, trigger="accused",
        words=content_words(sentence) | names, names=names,
        topic=topic_words(sentence, ("accused", "Ruritanian officials", "Elbonia")) | names)


def stance_links(reports: list[Report]) -> list[tuple[int, int]]:
    return [(g, h) for _, g, h in stances.stance_links(reports, DEFAULT, Rarity.even(),
                                                      linking._score)]


def scored_pairs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The pairs linking scores from now on (uids), the fit of clusters aside. It wraps
    the private `linking._score` (given to `stance_links` by name, so the wrapper counts
    as it is called): what these tests guarantee is a cost (how many pairs are judged),
    which no public result shows."""
    pairs: list[tuple[str, str]] = []
    original = linking._score

    def recorded(a: Report, b: Report, settings: Any, rarity: Rarity) -> float | None:
        if settings.min_telling:  # a cluster's fit asks no telling
            pairs.append((a.uid, b.uid))
        return original(a, b, settings, rarity)

    monkeypatch.setattr(linking, "_score", recorded)
    return pairs


def test_a_stance_links_to_its_next_telling_once_whichever_word_found_it() -> None:
    """Every word of the subject (rockets, mercenaries, ...) finds the telling 50 days on;
    the one 60 days on is that telling's next (the blocks' sweep judges those ten days)."""
    assert stance_links([telling("d1", 0), telling("d2", 50), telling("d3", 60)]) == [(0, 1)]


def test_only_the_first_far_tellings_are_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten accusations naming ten villages share the words but tell other incidents: the
    first telling is compared with a few of them, not all (a speed guarantee, so it counts
    the calls of the private `_score`, `scored_pairs`)."""
    villages = [telling(f"v{i}", 40 + 4 * i, names=frozenset({f"village{'abcdefghij'[i]}"}))
                for i in range(10)]
    first = telling("d1", 0, names=frozenset({"alba"}))
    pairs = scored_pairs(monkeypatch)
    assert stance_links([first, *villages]) == []
    assert 0 < len([p for p in pairs if "d1/e1" in p]) < len(villages) / 2


def over(doc: str, first: date, last: date) -> Report:
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type="AID", quad=2, countries=frozenset({"RUR", "ELB"}),
        sources=frozenset({"RUR"}), targets=frozenset({"ELB"}), first=first, last=last,
        dated=True, place=None, place_country=None, trigger="supplied",
        words=content_words("Ruritania supplied Elbonia's artillery and drones"))


def test_long_periods_too_unlike_in_span_are_not_scored(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A decade meets each of its two-year spells, but a fifth of it tells no one happening
    (a speed guarantee, so it counts the calls of the private `_score`, `scored_pairs`)."""
    decade = over("d0", date(2010, 1, 1), date(2019, 12, 31))
    spells = [over(f"d{y}", date(y, 1, 1), date(y + 1, 12, 31)) for y in range(2010, 2020, 2)]
    pairs = scored_pairs(monkeypatch)
    assert all(len(c.reports) == 1 for c in cluster_reports([decade, *spells]))
    assert pairs == []


def test_a_report_with_a_first_day_and_no_last_links_to_nothing() -> None:
    day = date(2024, 5, 7)
    half = Report(uid="d1/e1", doc_id="d1", type="AID", quad=2, countries=frozenset({"RUR"}),
                  sources=frozenset({"RUR"}), targets=frozenset(), first=day, last=None,
                  dated=True, place=None, place_country=None, trigger="supplied",
                  words=frozenset())
    whole = over("d2", day, day)
    assert [c.reports for c in cluster_reports([half, whole])] == [("d1/e1",), ("d2/e1",)]


def test_the_helpers_given_half_a_period_answer_rather_than_assert() -> None:
    """What the period checks answer where linking never asks (unlinkable reports), and
    would answer under `python -O` too: nothing reached, one day spanned; and the earliest
    day told, which no answer could stand for, is an error."""
    day = date(2024, 5, 7)
    half = replace(over("d1", day, day), last=None)
    with pytest.raises(BelliError, match="has no period"):
        earliest_day(half, DEFAULT)
    assert not linking._told_later(half, over("d2", day, day), DEFAULT)
    assert likeness._span_days(half) == 1


@pytest.mark.parametrize(("no_first", "no_last"), [(True, False), (False, True), (True, True)])
def test_no_report_without_a_period_reaches_the_earliest_day(no_first: bool,
                                                             no_last: bool) -> None:
    """Undated stances (blocked by their subject's words, swept and scanned far) and dated
    acts, some missing a day of their period, beside whole ones: nothing asks their
    earliest day, they link to nothing, and the whole ones still link."""
    day = date(2024, 5, 7)
    tellings = [telling(f"s{i}", days) for i, days in enumerate((0, 2, 50, 90))]
    acts = [over(f"a{i}", day, day) for i in range(3)]
    halves = [replace(report, uid=f"h{report.uid}", doc_id=f"h{report.doc_id}",
                      first=None if no_first else report.first,
                      last=None if no_last else report.last)
              for report in (*tellings, *acts)]
    clusters = [c.reports for c in cluster_reports([*halves, *tellings, *acts])]
    assert all((half.uid,) in clusters for half in halves)
    assert ("a0/e1", "a1/e1", "a2/e1") in clusters
    assert ("s0/e1", "s1/e1", "s2/e1", "s3/e1") in clusters
    assert all(judge(half, whole) is None for half in halves for whole in (*tellings, *acts))


def test_a_negative_window_is_refused_before_linking_reckons_with_it() -> None:
    """The far tellings of a stance are found by bisection forward of each publication."""
    with pytest.raises(SettingError, match="link_window_days must be 0 or more, not -1"):
        link_settings(Settings(link_window_days=-1))


def published(report: Report) -> date:
    assert report.last is not None  # every telling here is published
    return report.last


def linear_stance_links(reports: list[Report]) -> list[tuple[float, int, int]]:
    """The next far tellings found by walking past every near one: what the bisection in
    `stance_links` must find, however the earliest days fall."""
    judged: dict[tuple[int, int], bool] = {}
    found = []
    rarity = Rarity.even()
    for block in stance_blocks(reports, rarity).values():
        block.sort(key=lambda g: (reports[g].last, g))
        for p, g in enumerate(block):
            a = reports[g]
            reach, tries = published(a) + timedelta(days=DEFAULT.window_days), 0
            for h in block[p + 1:]:
                b = reports[h]
                if (published(b) - published(a)).days > DEFAULT.stance_days:
                    break
                if earliest_day(b, DEFAULT) <= reach:
                    continue
                if tries == stances._STANCE_TRIES:
                    break
                tries += 1
                pair = (min(g, h), max(g, h))
                if pair in judged:
                    if judged[pair]:
                        break
                    continue
                score = linking._score(a, b, DEFAULT, rarity)
                judged[pair] = score is not None
                if score is not None:
                    found.append((score, *pair))
                    break
    return found


@pytest.mark.parametrize("seed", range(8))
def test_the_next_far_telling_is_the_one_a_walk_past_the_near_ones_finds(seed: int) -> None:
    """Random stances, published over half a year, some told over a longer period than
    their week (so their earliest days do not rise with publication), some naming a
    village another does not."""
    chance = random.Random(seed)
    reports = []
    for i in range(60):
        report = telling(f"d{i}", chance.randrange(180),
                         names=frozenset({f"village{chance.randrange(4)}"})
                         if chance.random() < 0.3 else frozenset())
        reports.append(replace(report, first=published(report) - timedelta(
            days=chance.choice([7, 7, 20, 45, 90]))))
    assert list(stances.stance_links(reports, DEFAULT, Rarity.even(), linking._score)) == (
        linear_stance_links(reports))
