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

from belli.analysis import likeness, linking
from belli.analysis.linking import DEFAULT, Rarity, Report, cluster_reports, content_words
from belli.analysis.stances import stance_blocks
from belli.analysis.wording import topic_words

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
    return [(g, h) for _, g, h in linking._stance_links(reports, DEFAULT, Rarity.even())]


def scored_pairs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The pairs linking scores from now on (uids), the fit of clusters aside. It wraps
    the private `linking._score`: what these tests guarantee is a cost (how many pairs
    are judged), which no public result shows."""
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
    would answer under `python -O` too: no day to tell, nothing reached, one day spanned."""
    day = date(2024, 5, 7)
    half = replace(over("d1", day, day), last=None)
    assert linking._earliest(half, DEFAULT) == date.max
    assert not linking._told_later(half, over("d2", day, day), DEFAULT)
    assert likeness._span_days(half) == 1


def published(report: Report) -> date:
    assert report.last is not None  # every telling here is published
    return report.last


def linear_stance_links(reports: list[Report]) -> list[tuple[float, int, int]]:
    """The next far tellings found by walking past every near one: what the bisection in
    `_stance_links` must find, however the earliest days fall."""
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
                if linking._earliest(b, DEFAULT) <= reach:
                    continue
                if tries == linking._STANCE_TRIES:
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
    assert list(linking._stance_links(reports, DEFAULT, Rarity.even())) == (
        linear_stance_links(reports))
