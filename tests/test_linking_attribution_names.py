"""A rare name two reports share singles one event out only where it names the thing
told: not a word of who said it or where it was told ("Colonel", "Telegram", "Eastern"),
not the speaker a claim is attributed to, and not where the two reports are placed in
different places (two scenes of one dyad's fighting). And an undated report joining a
cluster must still retell its other members a little: the frame alone is no fit.

Names, places and sentences are invented for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from linking_reports import dyad_report

from belli.analysis.canonical import _read_reports
from belli.analysis.likeness import likeness
from belli.analysis.linking import (
    LinkSettings,
    Rarity,
    Report,
    cluster_reports,
)
from belli.records import Actor, Analysis, Article, Event
from belli.store import Store

DAY = date(2024, 6, 11)


def shelling(doc: str, sentence: str, first: date = DAY, last: date = DAY,
             **changes: object) -> Report:
    """Ruritania shelling Elbonia, as one outlet tells it."""
    return dyad_report(doc, sentence, first, last, **{
        "type": "ASSAULT", "quad": 4, "sources": frozenset({"RUR"}),
        "targets": frozenset({"ELB"}), "trigger": "shelled", **changes})


def reasons(a: Report, b: Report) -> list[str]:
    """Why the two are alike, with the word rarities of a month of other news."""
    others = [shelling(f"n{i}", "Officials of Ruritania and Elbonia met again",
                       DAY + timedelta(days=40 + i), DAY + timedelta(days=40 + i))
              for i in range(30)]
    why: list[str] = []
    likeness(a, b, 0, Rarity.of([a, b, *others]), why)
    return why


def test_a_rare_village_both_name_counts() -> None:
    a = shelling("d1", "Ruritanian guns shelled the hamlet of Tovuzan before dawn")
    b = shelling("d2", "Shells fell on Tovuzan, Elbonian officials said")
    assert "same name tovuzan" in reasons(a, b)


def test_words_of_office_rank_channel_and_direction_are_no_shared_name() -> None:
    a = shelling("d1", "Ruritanian guns shelled a post, Colonel Telegram of the Eastern "
                 "Command wrote on Telegram")
    b = shelling("d2", "Elbonian lines were hit, the Colonel posted on Telegram from the "
                 "Eastern front")
    assert not any(r.startswith("same name") for r in reasons(a, b))


def test_a_name_is_no_evidence_where_the_two_are_placed_apart() -> None:
    a = shelling("d1", "Ruritanian guns shelled the hamlet of Tovuzan before dawn",
                 place="Tovuzan", place_country="ELB")
    b = shelling("d2", "Shells fell near Tovuzan road, said officials in Marsk",
                 place="Marsk", place_country="ELB")
    assert not any(r.startswith("same name") for r in reasons(a, b))
    unplaced = replace(b, place=None, place_country=None)
    assert "same name tovuzan" in reasons(a, unplaced)


# --- the speaker of a claim, read from the store -------------------------------------------

def claimed(publisher: str, sentence: str, speaker: Actor | None) -> Analysis:
    doc = Article.from_text(sentence, publisher=publisher, published="2024-06-12")
    event = Event(doc.doc_id, "e1", "ASSAULT", None, 4, -9.0, sentence, 0, len(sentence),
                  "shelled", source=(Actor("the army", "Ruritania", "RUR", "MIL"),),
                  target=(Actor("Elbonian posts", "Elbonia", "ELB", "MIL"),),
                  date="2024-06-11", attributed_to=speaker)
    return Analysis(article=doc, events=(event,))


def test_the_speaker_a_claim_is_attributed_to_is_no_name_of_the_act(tmp_path: Path) -> None:
    sentence = "The army shelled Tovuzan overnight, Garo Mendelian told reporters in Marsk"
    speaker = Actor("Garo Mendelian", "Garo Mendelian", "RUR", "GOV")
    said, unsaid = claimed("Wire A", sentence, speaker), claimed("Wire B", sentence + ".", None)
    with Store.open(str(tmp_path / "belli.duckdb")) as store:
        store.write([said, unsaid])
        names = {r.doc_id: r.names for r in _read_reports(store.con)}
    assert {"tovuzan", "marsk"} <= names[said.article.doc_id]
    assert not {"garo", "mendelian"} & names[said.article.doc_id]
    assert {"garo", "mendelian"} <= names[unsaid.article.doc_id]


# --- an undated report fitting a cluster ---------------------------------------------------

DRILL = {"type": "COOPERATE", "quad": 2, "trigger": "", "targets": frozenset(),
         "sources": frozenset({"RUR", "ELB"}), "reciprocal": True}
WEEK_WORDS = "Marines of both navies held the Iron Harvest drills for a week off Cape Orel"


def drills(opening: str) -> list[Report]:
    """Drills begun on a day (d1, told in `opening`), told as that week's (d2), and an
    undated report (d3) three weeks later that retells the week's telling word for word;
    and other news of the two, which makes the drills' words rare."""
    return [shelling("d1", opening, **DRILL),
            shelling("d2", WEEK_WORDS, DAY, DAY + timedelta(days=6), **DRILL),
            shelling("d3", WEEK_WORDS, DAY + timedelta(days=14), DAY + timedelta(days=21),
                     dated=False, **DRILL),
            *(shelling(f"n{i}", "Officials of Ruritania and Elbonia met again",
                       DAY + timedelta(days=40 + i), DAY + timedelta(days=40 + i), **DRILL)
              for i in range(3))]


def test_an_undated_report_retelling_a_member_in_part_fits_its_cluster() -> None:
    reports = drills("Ruritanian and Elbonian marines began drills at sea on Monday")
    assert ("d1/e1", "d2/e1", "d3/e1") in [c.reports for c in cluster_reports(reports)]


def test_an_undated_report_sharing_only_the_frame_with_a_member_does_not_fit() -> None:
    """The first report shares no word with the late one: only the frame (type,
    countries, sides) is alike, which any act of that month would be."""
    reports = drills("Joint manoeuvres opened on Monday with two countries' troops")
    clusters = [c.reports for c in cluster_reports(reports)]
    assert ("d1/e1", "d2/e1", "d3/e1") not in clusters
    unfloored = LinkSettings(min_fit_background_telling=0.0)
    assert ("d1/e1", "d2/e1", "d3/e1") in [c.reports for c in cluster_reports(reports, unfloored)]
