"""Stories: events that more than one report tells, and the page that sets the outlets'
tellings side by side, marks their loaded words and shows where they part ways."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

import pytest
from dashtree import by_class, components, text, texts
from storystore import ARM_MIL, AZE_MIL, JERMUK, SCRIPT, agreement, drills, report, shelling

from belli.analysis.canonical import link_store
from belli.records import Quantity
from belli.server.handle import StoreHandle
from belli.store import Store
from belli.web.app import render_page
from belli.web.views.compare import LOADED, odd_ones


def story_ids(handle: StoreHandle) -> list[str]:
    page = render_page(handle, "/stories", "")
    return [c.href.rsplit("/", 1)[1] for c in by_class(page, "compare-button")]


def shelling_page(handle: StoreHandle) -> object:
    return render_page(handle, f"/compare/{story_ids(handle)[0]}", "")


def cards(page: object) -> dict[str, object]:
    """Each telling's card by its outlet."""
    return {text(by_class(c, "telling-outlet")[0]): c for c in by_class(page, "telling")}


def test_the_stories_list_shows_only_events_told_more_than_once(
        story_handle: StoreHandle) -> None:
    page = render_page(story_handle, "/stories", "")
    rows = [text(r) for r in components(page) if r._type == "Tr"][1:]
    assert len(rows) == 2
    assert rows[0].startswith("ASSAULT") and "3 reports" in rows[0]
    assert "from 3 outlets" in rows[0] and "2022-09-14 → 2022-09-16" in rows[0]
    assert rows[1].startswith("AGREE") and "2 reports" in rows[1]
    assert "COOPERATE" not in text(page)
    assert "1–2 of 2 stories" in text(page)


def test_each_story_links_to_its_comparison(story_handle: StoreHandle) -> None:
    page = render_page(story_handle, "/stories", "")
    ids = story_ids(story_handle)
    assert [c.href for c in by_class(page, "story-link")] == [f"/compare/{i}" for i in ids]


def test_the_actor_filter_narrows_the_stories(story_handle: StoreHandle) -> None:
    assert "AGREE" in text(render_page(story_handle, "/stories", "?actor=ARM GOV"))
    assert "ASSAULT" not in text(render_page(story_handle, "/stories", "?actor=ARM GOV"))
    assert "No stories with this actor" in text(render_page(story_handle, "/stories",
                                                            "?actor=TUR"))


def test_a_store_with_no_story_says_how_to_get_one(handle: StoreHandle) -> None:
    assert "No story told twice yet" in text(render_page(handle, "/stories", ""))


def test_the_stories_page_is_in_the_nav(story_handle: StoreHandle) -> None:
    from belli.web.app import _nav

    assert [c.href for c in _nav("/stories", {}) if "active" in c.className] == ["/stories"]


def test_the_compare_page_shows_each_outlets_telling_in_order(
        story_handle: StoreHandle) -> None:
    page = shelling_page(story_handle)
    assert list(cards(page)) == ["Ararat Dispatch", "Caspian Ledger", "Meridian Wire"]
    shown = text(page)
    assert "Told by 3 reports from 3 outlets" in shown
    assert "49 soldiers" in text(cards(page)["Ararat Dispatch"])
    assert "on the word of AZE GOV" in text(cards(page)["Caspian Ledger"])


def test_the_event_card_gives_each_figure_as_low_best_high_with_its_claimants(
        story_handle: StoreHandle) -> None:
    figures = text(by_class(shelling_page(story_handle), "facts")[0])
    assert "soldiers low 49 · best 49 · high 49" in figures
    assert "Ararat Dispatch: 49" in figures


def test_the_event_card_keeps_each_sides_toll_apart(tmp_path: Path) -> None:
    """Two outlets count the Armenian dead, one the Azerbaijani: two ranges, each with
    its side."""
    tolls = [("Ararat Dispatch", "2022-09-14", "20 Armenian soldiers", 20.0),
             ("Caspian Ledger", "2022-09-15", "six Azerbaijani soldiers", 6.0),
             ("Meridian Wire", "2022-09-16", "about 25 Armenian soldiers", 25.0)]
    with Store.open(tmp_path / "clash.duckdb") as store:
        store.write([report(outlet, day, f"Azerbaijani forces shelled Jermuk, and {toll} "
                            "died.", "ASSAULT", 4, -9.0, (AZE_MIL,), (ARM_MIL,),
                            "2022-09-13", JERMUK,
                            quantities=(Quantity(toll, value, "killed"),))
                     for outlet, day, toll, value in tolls])
        link_store(store.con)
    handle = StoreHandle(Store.open(tmp_path / "clash.duckdb", read_only=True))
    try:
        figures = text(by_class(shelling_page(handle), "facts")[0])
    finally:
        handle.close()
    assert "killed (ARM) low 20 · best 20 · high 25" in figures
    assert "killed (AZE) low 6 · best 6 · high 6" in figures


def test_an_event_without_figures_shows_none(story_handle: StoreHandle) -> None:
    page = render_page(story_handle, f"/compare/{story_ids(story_handle)[1]}", "")
    assert "Figures" not in text(by_class(page, "facts")[0])


def test_each_telling_links_to_its_evidence(story_handle: StoreHandle) -> None:
    page = shelling_page(story_handle)
    links = [c.href for c in components(page) if str(getattr(c, "href", "")).startswith(
        "/event/")]
    assert links == [f"/event/{a.article.doc_id}/e1" for a in shelling()]


def test_loaded_words_are_marked_by_what_they_do(story_handle: StoreHandle) -> None:
    page = shelling_page(story_handle)
    marked = {text(c): c.className for c in components(page) if c._type == "Mark"}
    assert marked == {"terrorists": "loaded loaded-delegitimizing",
                      "allegedly": "loaded loaded-hedge"}
    legend = text(by_class(page, "loaded-legend")[0])
    assert all(group in legend for group in LOADED)


def test_the_telling_that_blames_the_other_side_stands_out(
        story_handle: StoreHandle) -> None:
    told = cards(shelling_page(story_handle))
    flagged = {outlet: [text(c) for c in by_class(card, "differs")]
               for outlet, card in told.items()}
    assert flagged["Caspian Ledger"] == ["ARM MIL", "AZE MIL", "reported"]
    assert flagged["Ararat Dispatch"] == flagged["Meridian Wire"] == []
    assert "the others: AZE MIL → ARM MIL" in text(told["Caspian Ledger"])


def test_the_differences_are_listed_above_the_tellings(story_handle: StoreHandle) -> None:
    differences = text(by_class(shelling_page(story_handle), "differences")[0])
    assert "who acted on whom" in differences
    assert "Caspian LedgerARM MIL → AZE MIL" in differences
    assert "Meridian Wire words it with 'allegedly' (hedge)" in differences


def test_a_script_in_a_telling_stays_text(story_handle: StoreHandle) -> None:
    page = shelling_page(story_handle)
    assert any(SCRIPT in t for t in texts(page))
    assert not [c for c in components(page) if c._type.lower() == "script"]


def test_a_report_id_opens_its_story_too(story_handle: StoreHandle) -> None:
    doc = agreement()[0].article.doc_id
    page = render_page(story_handle, f"/compare/{doc}/e1", "")
    assert list(cards(page)) == ["Ararat Dispatch", "Meridian Wire"]


def test_an_unknown_story_says_it_is_not_there(story_handle: StoreHandle) -> None:
    page = render_page(story_handle, "/compare/ffffffffffff", "")
    assert "no canonical event or event has id" in text(by_class(page, "error")[0])


def test_the_evidence_page_links_to_the_comparison(story_handle: StoreHandle) -> None:
    doc = shelling()[1].article.doc_id
    (line,) = by_class(render_page(story_handle, f"/event/{doc}/e1", ""), "told-by")
    assert text(line) == "Told by 3 reports from 3 outlets — compare the tellings →"
    assert line.href == f"/compare/{story_ids(story_handle)[0]}"


def test_an_event_told_once_links_to_no_comparison(story_handle: StoreHandle,
                                                   handle: StoreHandle,
                                                   doc_id: str) -> None:
    lone = render_page(story_handle, f"/event/{drills().article.doc_id}/e1", "")
    unlinked = render_page(handle, f"/event/{doc_id}/shell", "")
    assert by_class(lone, "told-by") == by_class(unlinked, "told-by") == []
    assert not by_class(lone, "error") and not by_class(unlinked, "error")


@pytest.mark.parametrize(("values", "odd"), [
    (["AZE", "AZE", "ARM"], [False, False, True]),
    (["AZE", "ARM"], [True, True]),
    (["AZE", None, "AZE"], [False, False, False]),
    (["AZE", "ARM", "CSTO", None], [True, True, True, False]),
    (["AZE"], [False]),
])
def test_a_value_is_odd_when_it_parts_from_the_majority(values: list[Hashable | None],
                                                        odd: list[bool]) -> None:
    assert odd_ones(values) == odd
