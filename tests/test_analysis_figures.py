"""A canonical event's figures: every claimant of each kind of quantity kept, with the
lowest, the best (by the linking policy) and the highest figure, shown by `belli why`,
`belli compare` (text and JSON) and `/api/canonical/{id}`. The stores are written by
hand from sentences written for these tests (no model), except the last test's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from analysis_fixtures import api_client

from belli.analysis.canonical import link_store
from belli.analysis.cli import render, render_comparison
from belli.analysis.figures import Told, figure_lines, figure_ranges
from belli.analysis.framing import compare
from belli.analysis.views import explain
from belli.records import Actor, Analysis, Article, Event, FigureRange, Place, Quantity
from belli.store import Store


def killed(value: float, text: str, claimed_by: str | None = None,
           qualifier: str | None = None) -> Quantity:
    return Quantity(text, value, "killed", claimed_by, qualifier)


def told(report: str, outlet: str, *quantities: Quantity, speaker: str | None = None) -> Told:
    return Told(report, outlet, speaker, quantities)


# ---- combining the claims ---------------------------------------------------------------

DIFFERING = [
    told("d1/e1", "Ararat Dispatch", killed(6, "six soldiers", "the defence ministry")),
    told("d2/e1", "Caspian Ledger", killed(9, "about nine soldiers", "local monitors", "about")),
    told("d3/e1", "Meridian Wire", killed(4, "at least four soldiers", None, "at least")),
]


def only(ranges: tuple[FigureRange, ...]) -> FigureRange:
    (one,) = ranges
    return one


def test_each_claimant_keeps_its_figure_and_qualifier_between_the_lowest_and_highest() -> None:
    deaths = only(figure_ranges(DIFFERING, "most_sourced"))
    assert (deaths.unit, deaths.low, deaths.high) == ("killed", 4, 9)
    assert [(c.claimant, c.value, c.qualifier, c.outlet) for c in deaths.claims] == [
        ("the defence ministry", 6, None, "Ararat Dispatch"),
        ("local monitors", 9, "about", "Caspian Ledger"),
        ("Meridian Wire", 4, "at least", "Meridian Wire"),  # no speaker: the outlet's own
    ]
    assert [c.report for c in deaths.claims] == ["d1/e1", "d2/e1", "d3/e1"]


@pytest.mark.parametrize(("values", "best", "basis"), [
    ([50, 80, 50], 50, "most claimed (2 of 3)"),
    ([50, 80, 30], 50, "median of 3 claims"),
    ([50, 80], 50, "median of 2 claims"),  # the lower middle: a figure somebody gave
    ([12, 12], 12, "every claim agrees"),
    ([7], 7, "one claim"),
])
def test_best_is_the_figure_most_claims_give_else_their_median(
        values: list[float], best: float, basis: str) -> None:
    reports = [told(f"d{n}/e1", f"Outlet {n}", killed(v, f"{v:g} people"))
               for n, v in enumerate(values)]
    deaths = only(figure_ranges(reports, "most_sourced"))
    assert (deaths.best, deaths.basis) == (best, basis)


@pytest.mark.parametrize(("policy", "best", "basis"), [
    ("earliest", 6, "the earliest report's"),
    ("conservative", 4, "the lowest claim"),
    ("most_sourced", 6, "median of 3 claims"),
])
def test_the_linking_policy_chooses_the_best_figure(policy: str, best: float,
                                                    basis: str) -> None:
    deaths = only(figure_ranges(DIFFERING, policy))
    assert (deaths.low, deaths.best, deaths.high, deaths.basis) == (4, best, 9, basis)


def test_kinds_of_quantity_stay_apart_and_the_most_claimed_kind_comes_first() -> None:
    reports = [told("d1/e1", "Wire A", Quantity("$2 million", 2e6, "USD"),
                    killed(3, "three people")),
               told("d2/e1", "Wire B", killed(5, "five people"))]
    ranges = figure_ranges(reports, "most_sourced")
    assert [(r.unit, len(r.claims)) for r in ranges] == [("killed", 2), ("USD", 1)]


def test_the_figure_speaker_else_the_report_speaker_else_the_outlet_claims_it() -> None:
    reports = [told("d1/e1", "Wire A", killed(3, "three", "the army"), killed(40, "40"),
                    speaker="the rebels"),
               told("d2/e1", "Wire B", killed(5, "five"))]
    claims = only(figure_ranges(reports, "most_sourced")).claims
    assert [c.claimant for c in claims] == ["the army", "the rebels", "Wire B"]


def test_a_number_read_twice_in_one_report_is_one_claim_and_a_wordless_one_none() -> None:
    reports = [told("d1/e1", "Wire A", killed(3, "three"), killed(3, "three"),
                    Quantity("several", None, "killed"))]
    assert len(only(figure_ranges(reports, "most_sourced")).claims) == 1
    assert figure_ranges([told("d1/e1", "Wire A")], "most_sourced") == ()


def test_the_figures_read_as_text_with_who_said_what() -> None:
    lines = figure_lines(figure_ranges(DIFFERING, "most_sourced"))
    assert lines == [
        "  figures:",
        "    killed: low 4, best 6 (median of 3 claims), high 9",
        '      the defence ministry via Ararat Dispatch: 6 ("six soldiers")',
        '      local monitors via Caspian Ledger: about 9 ("about nine soldiers")',
        '      Meridian Wire: at least 4 ("at least four soldiers")',
    ]
    assert figure_lines(()) == []


# ---- whose figures: one side's toll never ranges with the other's ----------------------

def side(report: str, outlet: str, *quantities: Quantity, speaker: str | None = None,
         speaker_country: str | None = None, targets: frozenset[str] = frozenset()) -> Told:
    return Told(report, outlet, speaker, quantities, targets, speaker_country)


def kinds(reports: list[Told]) -> dict[tuple[str | None, str | None], tuple[float, ...]]:
    """Each range's (unit, whose) and its claimed values, first told first."""
    return {(r.unit, r.whose): tuple(c.value for c in r.claims)
            for r in figure_ranges(reports, "most_sourced")}


def test_a_figure_that_names_its_side_ranges_with_that_sides_figures_only() -> None:
    reports = [side("d1/e1", "Wire A", killed(30, "at least 30 Azerbaijani soldiers"),
                    targets=frozenset({"ARM"})),
               side("d2/e1", "Wire B", killed(40, "about 40 Azerbaijani troops")),
               side("d3/e1", "Wire C", killed(12, "12 Armenian conscripts"))]
    assert kinds(reports) == {("killed", "AZE"): (30, 40), ("killed", "ARM"): (12,)}


def test_a_loss_with_no_side_named_is_the_struck_sides_and_other_counts_are_nobodys() -> None:
    reports = [side("d1/e1", "Wire A", killed(6, "six soldiers"),
                    Quantity("3,000 troops", 3000, "deployed"), targets=frozenset({"ARM"})),
               side("d2/e1", "Wire B", killed(8, "eight soldiers"),
                    targets=frozenset({"ARM", "AZE"}))]  # two sides struck: whose is unsaid
    assert kinds(reports) == {("killed", "ARM"): (6,), ("deployed", None): (3000,),
                              ("killed", None): (8,)}


def test_a_side_counting_its_own_dead_gives_the_speakers_side() -> None:
    reports = [side("d1/e1", "Wire A", killed(14, "14 of its soldiers"), speaker="Yerevan",
                    speaker_country="ARM"),
               side("d2/e1", "Wire B", killed(9, "nine of our men"),
                    speaker="an Azerbaijani commander", speaker_country="AZE"),
               side("d3/e1", "Wire C", killed(5, "five soldiers"), speaker="Baku",
                    speaker_country="AZE")]  # no "its", "our": not said to be Baku's own
    assert kinds(reports) == {("killed", "ARM"): (14,), ("killed", "AZE"): (9,),
                              ("killed", None): (5,)}


@pytest.mark.parametrize(("text", "whose"), [
    ("12 South Sudanese peacekeepers", "SSD"),  # the longer name, not "Sudanese"
    ("four Israelis", "ISR"),
    ("ten Armenian and Azerbaijani soldiers", None),  # two sides in one count
    ("two Kremlin aides", None),  # a seat of government is no people
])
def test_the_country_a_figures_words_name(text: str, whose: str | None) -> None:
    (deaths,) = figure_ranges([side("d1/e1", "Wire A", killed(1, text))], "most_sourced")
    assert deaths.whose == whose


def test_each_sides_range_reads_as_text_with_its_side() -> None:
    reports = [side("d1/e1", "Wire A", killed(30, "30 Azerbaijani soldiers")),
               side("d2/e1", "Wire B", killed(12, "12 Armenian conscripts"))]
    lines = figure_lines(figure_ranges(reports, "most_sourced"))
    assert "    killed (AZE): low 30, best 30 (one claim), high 30" in lines
    assert "    killed (ARM): low 12, best 12 (one claim), high 12" in lines


# ---- in the store, the commands and the API -------------------------------------------

AZE = Actor("Azerbaijani forces", "Azerbaijan", "AZE", "MIL")
ARM = Actor("Armenian troops", "Armenia", "ARM", "MIL")
BORDER = Place("Sotk", "ARM", 40.2, 45.9, precision="town")

# one night's shelling of a border village, as three made-up outlets tell it
TELLINGS = [
    ("Ararat Dispatch", "2024-03-12",
     ("Azerbaijani forces shelled the village of Sotk on Monday, killing six soldiers, the "
     "defence ministry said."), killed(6, "six soldiers", "the defence ministry")),
    ("Caspian Ledger", "2024-03-12",
     ("Azerbaijani artillery shelled Sotk on Monday and killed about nine soldiers, local "
     "monitors said."), killed(9, "about nine soldiers", "local monitors", "about")),
    ("Meridian Wire", "2024-03-13",
     "At least four soldiers died when Azerbaijani forces shelled Sotk on Monday.",
     killed(4, "At least four soldiers", None, "at least")),
]


def telling(outlet: str, published: str, sentence: str, figure: Quantity) -> Analysis:
    doc = Article.from_text(sentence, publisher=outlet, published=published)
    event = Event(doc.doc_id, "e1", "ASSAULT", None, 4, -9.0, sentence, 0, len(sentence),
                  "shelled", source=(AZE,), target=(ARM,), date="2024-03-11", place=BORDER,
                  quantities=(figure,))
    return Analysis(article=doc, events=(event,))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "belli.duckdb"
    with Store.open(path) as store:
        store.write([telling(*t) for t in TELLINGS])
        run = link_store(store.con)
    assert run.linked == 1
    return path


def test_the_canonical_event_stores_low_best_high_with_every_claimant(store_path: Path) -> None:
    with Store.open(store_path, read_only=True) as store:
        event = explain(store.con, _any_uid(store)).event
    deaths = only(event.figures)
    assert (deaths.unit, deaths.low, deaths.best, deaths.high) == ("killed", 4, 6, 9)
    assert {(c.claimant, c.value) for c in deaths.claims} == {
        ("the defence ministry", 6), ("local monitors", 9), ("Meridian Wire", 4)}


def test_relinking_with_another_policy_chooses_another_best(store_path: Path) -> None:
    with Store.open(store_path) as store:
        link_store(store.con, policy="conservative")
        event = explain(store.con, _any_uid(store)).event
    assert (only(event.figures).best, only(event.figures).basis) == (4, "the lowest claim")


def test_why_and_compare_show_the_figures_with_who_said_what(store_path: Path) -> None:
    with Store.open(store_path, read_only=True) as store:
        uid = _any_uid(store)
        why, comparison = render(explain(store.con, uid)), compare(store.con, uid)
    assert "    killed (ARM): low 4, best 6 (median of 3 claims), high 9" in why
    assert "local monitors via Caspian Ledger: about 9" in why
    text = render_comparison(comparison)
    assert "  killed (ARM): low 4, best 6 (median of 3 claims), high 9" in text
    as_json = json.loads(json.dumps(comparison.to_dict()))
    (deaths,) = as_json["event"]["figures"]
    assert (deaths["low"], deaths["best"], deaths["high"]) == (4, 6, 9)
    assert {c["claimant"]: c["qualifier"] for c in deaths["claims"]}["local monitors"] == "about"


def test_an_event_linked_before_figures_existed_reads_with_none(store_path: Path) -> None:
    with Store.open(store_path) as store:
        store.con.execute("UPDATE canonical_events SET figures = NULL")  # as a migration adds
        event = explain(store.con, _any_uid(store)).event
    assert event.figures == () and event.n_reports == 3


@pytest.fixture
def client(store_path: Path) -> Iterator[Any]:
    yield from api_client(store_path)


def test_the_api_canonical_item_carries_the_figures(client: Any, store_path: Path) -> None:
    (listed,) = client.get("/api/canonical", params={"min_reports": 2}).json()["items"]
    item = client.get(f"/api/canonical/{listed['canonical_id']}").json()
    (deaths,) = item["figures"]
    assert (deaths["unit"], deaths["whose"], deaths["low"], deaths["best"],
            deaths["high"]) == ("killed", "ARM", 4, 6, 9)
    assert [c["outlet"] for c in deaths["claims"]] == [t[0] for t in TELLINGS]
    assert listed["figures"] == item["figures"]


def _any_uid(store: Store) -> str:
    (uid,) = store.con.execute(
        "SELECT doc_id || '/' || event_id FROM events LIMIT 1").fetchone() or ("",)
    return str(uid)


# a border clash that each side reports, each counting its own dead; two outlets give two
# tolls of the Armenian dead
YEREVAN = Actor("Yerevan", "Armenia", "ARM", "GOV")
BAKU = Actor("Baku", "Azerbaijan", "AZE", "GOV")
CLASH = [
    ("Ararat Dispatch", "2024-05-02",
     "Yerevan said 14 of its soldiers died in the clash with Azerbaijani troops at Sotk.",
     killed(14, "14 of its soldiers", "Yerevan"), YEREVAN),
    ("Caspian Ledger", "2024-05-02",
     ("Baku said nine of its servicemen were killed as Armenian units clashed with its "
      "troops at Sotk."), killed(9, "nine of its servicemen", "Baku"), BAKU),
    ("Meridian Wire", "2024-05-03",
     "Yerevan now says 17 of its soldiers were killed in the clash at Sotk.",
     killed(17, "17 of its soldiers", "Yerevan"), YEREVAN),
]


def clash_telling(outlet: str, published: str, sentence: str, figure: Quantity,
                  speaker: Actor) -> Analysis:
    doc = Article.from_text(sentence, publisher=outlet, published=published)
    event = Event(doc.doc_id, "e1", "FIGHT", None, 4, -10.0, sentence, 0, len(sentence),
                  "clash", source=(AZE,), target=(ARM,), reciprocal=True, date="2024-05-01",
                  place=BORDER, quantities=(figure,), attributed_to=speaker)
    return Analysis(article=doc, events=(event,))


def test_a_clash_keeps_each_sides_own_toll_apart(tmp_path: Path) -> None:
    with Store.open(tmp_path / "belli.duckdb") as store:
        store.write([clash_telling(*t) for t in CLASH])
        assert link_store(store.con).linked == 1
        uid = _any_uid(store)
        event, why = explain(store.con, uid).event, render(explain(store.con, uid))
    assert [(r.unit, r.whose, r.low, r.high) for r in event.figures] == [
        ("killed", "ARM", 14, 17), ("killed", "AZE", 9, 9)]
    assert "    killed (ARM): low 14, best 14 (median of 2 claims), high 17" in why
    assert "    killed (AZE): low 9, best 9 (one claim), high 9" in why


# ---- end to end -------------------------------------------------------------------------

@pytest.mark.model
def test_three_outlets_differing_death_tolls_become_one_range(nlp_pipeline: Any,
                                                             tmp_path: Path) -> None:
    from belli.ingest import read_sources
    from belli.settings import Settings

    articles = Path(__file__).parent / "articles" / "figures.jsonl"
    found = nlp_pipeline.run(read_sources([str(articles)], Settings.load()))
    with Store.open(tmp_path / "belli.duckdb") as store:
        store.write(found)
        link_store(store.con)
        (told_thrice,) = store.con.execute(
            "SELECT canonical_id FROM canonical_events WHERE n_reports = 3").fetchall()
        event = explain(store.con, told_thrice[0]).event
    deaths = next(r for r in event.figures if r.unit == "killed")
    assert (deaths.low, deaths.best, deaths.high) == (4, 6, 9)
    assert {c.outlet: (c.value, c.qualifier) for c in deaths.claims} == {
        "Ararat Dispatch": (6, None), "Caspian Ledger": (9, "about"),
        "Meridian Wire": (4, "at least")}
    assert {c.claimant for c in deaths.claims} >= {"local monitors"}


OWN_TOLLS = [  # a clash that each side reports, each counting its own dead
    ("Ararat Dispatch", "2024-05-02", ("Armenian and Azerbaijani troops clashed near the "
     "village of Sotk on Wednesday. Armenia's defence ministry said 14 of its soldiers "
     "were killed in the fighting.")),
    ("Caspian Ledger", "2024-05-02", ("Azerbaijani and Armenian troops clashed near Sotk on "
     "Wednesday. Azerbaijan's defence ministry said nine of its servicemen were killed in "
     "the fighting.")),
    ("Meridian Wire", "2024-05-03", ("Armenian and Azerbaijani troops clashed near Sotk on "
     "Wednesday. Armenia said 17 of its soldiers were killed in the fighting.")),
]


@pytest.mark.model
def test_each_sides_own_toll_keeps_its_side_from_text(nlp_pipeline: Any,
                                                      tmp_path: Path) -> None:
    from belli.ingest import read_sources
    from belli.settings import Settings

    articles = tmp_path / "clash.jsonl"
    articles.write_text("".join(json.dumps({"publisher": p, "published": d, "text": t}) + "\n"
                                for p, d, t in OWN_TOLLS), encoding="utf-8")
    found = nlp_pipeline.run(read_sources([str(articles)], Settings.load()))
    with Store.open(tmp_path / "belli.duckdb") as store:
        store.write(found)
        link_store(store.con)
        ids = [r[0] for r in store.con.execute(
            "SELECT canonical_id FROM canonical_events").fetchall()]
        ranges = [r for i in ids for r in explain(store.con, i).event.figures]
    assert sorted((r.unit, r.whose, c.value) for r in ranges for c in r.claims) == [
        ("killed", "ARM", 14), ("killed", "ARM", 17), ("killed", "AZE", 9)]
