"""Linking across outlets' codings: two types outlets often give one happening (the talks
and the text signed at them) count in part towards a link; a mutual act ("the two armies
clashed") agrees with one side's account of it; actors are compared by country whatever
their sector; and a report with no place vetoes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from belli.analysis.canonical import link_store
from belli.analysis.likeness import compatible_types, read_compatible
from belli.analysis.linking import Report, content_words, judge
from belli.errors import KnowledgeBaseError
from belli.events.lexicon import load_plover
from belli.records import Actor, Analysis, Article, Event, Place
from belli.store import Store

SUMMIT_DAY = date(2024, 5, 20)
BOTH = frozenset({"RUR", "ELB"})


def summit(doc: str, type_: str, sentence: str, trigger: str) -> Report:
    """Ruritania's and Elbonia's leaders at their summit, as one outlet codes it."""
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type=type_, quad=load_plover().quads[type_],
        countries=BOTH, sources=BOTH, first=SUMMIT_DAY, last=SUMMIT_DAY, dated=True,
        place=None, place_country=None, trigger=trigger, words=content_words(sentence))


MET = summit("d1", "CONSULT", "The two presidents met behind closed doors", "met")
SIGNED = summit("d2", "AGREE", "Both leaders put their names to a border accord", "signed")


def test_talks_and_the_text_signed_at_them_link_as_one_summit() -> None:
    link = judge(MET, SIGNED)
    assert link is not None and "compatible types CONSULT/AGREE" in link.reason


def test_a_compatible_type_counts_less_than_the_same_type() -> None:
    same, compatible = judge(MET, replace(SIGNED, type="CONSULT")), judge(MET, SIGNED)
    assert same is not None and compatible is not None
    assert same.score > compatible.score


def test_types_no_outlet_would_mix_up_stay_apart() -> None:
    """Praise for the other side (SUPPORT) on the summit's day is another act."""
    assert judge(MET, replace(SIGNED, type="SUPPORT")) is None


def test_every_compatible_pair_is_of_one_quad_class() -> None:
    quads = load_plover().quads
    assert compatible_types()
    for pair in compatible_types():
        assert len({quads[t] for t in pair}) == 1


@pytest.mark.parametrize("data", [
    {"CONSULT": {"ASSAULT": 0.5}},  # two quad classes
    {"CONSULT": {"PARLEY": 0.5}},  # no PLOVER type
    {"CONSULT": {"AGREE": 1.5}},  # a share above a same-type match
])
def test_a_bad_compatible_pair_is_an_error(data: dict[str, dict[str, float]]) -> None:
    with pytest.raises(KnowledgeBaseError):
        read_compatible(data, load_plover().quads)


# --- a mutual act and one side's account of it ---------------------------------------------

CLASH_DAY = date(2024, 6, 2)


def clash(doc: str, sources: set[str], targets: set[str], sentence: str,
          reciprocal: bool = False) -> Report:
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type="ASSAULT", quad=4,
        countries=frozenset(sources | targets), sources=frozenset(sources),
        targets=frozenset(targets), reciprocal=reciprocal, first=CLASH_DAY, last=CLASH_DAY,
        dated=True, place=None, place_country=None, trigger="",
        words=content_words(sentence))


MUTUAL = clash("d1", {"RUR", "ELB"}, set(), "Troops of the two countries exchanged fire "
               "at the frontier posts")
ACCOUNT = clash("d2", {"RUR"}, {"ELB"}, "Ruritanian artillery pounded the frontier posts")


def test_one_sides_account_agrees_with_the_mutual_act_in_part() -> None:
    """The account agrees on who acted, not that both did: half of the same direction."""
    link = judge(MUTUAL, ACCOUNT)
    same_direction = judge(replace(MUTUAL, targets=frozenset({"ELB"})), ACCOUNT)
    assert link is not None and "one side's account of a mutual act" in link.reason
    assert same_direction is not None and same_direction.score > link.score


def test_an_act_coded_reciprocal_is_mutual_whichever_side_it_names_first() -> None:
    """Coded with Ruritania as its source, the fighting is still Elbonia's act too: the
    Elbonian side's account agrees with it in part, as a one-way act's reverse does not."""
    coded = clash("d1", {"RUR"}, {"ELB"}, "Fighting between the two armies went on",
                  reciprocal=True)
    elbonian_account = clash("d2", {"ELB"}, {"RUR"}, "Elbonian gunners hit the posts")
    link = judge(coded, elbonian_account)
    one_way = judge(replace(coded, reciprocal=False), elbonian_account)
    assert link is not None and "one side's account of a mutual act" in link.reason
    assert one_way is None or link.score > one_way.score


def test_each_sides_accusation_is_part_of_their_mutual_blame() -> None:
    """Accusations are their speakers': Elbonia's and Ruritania's are two acts, but
    "the two blamed one another", coded with one of them first, tells both."""
    blames = {"type": "ACCUSE", "quad": 3}
    mutual_blame = replace(clash("d1", {"RUR"}, {"ELB"}, "The two sides blamed one another "
                                 "for the fighting", reciprocal=True), **blames)
    elbonia_blames = replace(clash("d2", {"ELB"}, {"RUR"}, "Elbonia blamed Ruritania for "
                                   "the fighting"), **blames)
    ruritania_blames = replace(ACCOUNT, **blames)
    assert judge(mutual_blame, elbonia_blames) is not None
    assert judge(ruritania_blames, elbonia_blames) is None


def test_an_account_naming_a_third_country_is_no_account_of_the_mutual_act() -> None:
    third = clash("d2", {"RUR"}, {"ELB", "KRA"}, "Ruritanian artillery pounded the posts")
    link = judge(MUTUAL, third)
    assert link is None or "one side's account" not in link.reason


def test_two_directed_accounts_are_no_mutual_act() -> None:
    other_side = clash("d3", {"ELB"}, {"RUR"}, "Elbonian gunners answered the shelling")
    link = judge(ACCOUNT, other_side)
    assert link is None or "one side's account" not in link.reason


# --- where -------------------------------------------------------------------------------------

def test_a_report_with_no_place_vetoes_nothing() -> None:
    placed = replace(ACCOUNT, place="Northgate", place_country="ELB")
    assert judge(MUTUAL, placed) is not None
    assert judge(replace(MUTUAL, place="Southgate", place_country="RUR"), placed) is None


# --- in the store: who by country, whatever the sector -----------------------------------------

def told(publisher: str, sentence: str, source: tuple[Actor, ...], target: tuple[Actor, ...],
         reciprocal: bool = False) -> Analysis:
    doc = Article.from_text(sentence, publisher=publisher, published="2024-06-03")
    event = Event(doc.doc_id, "e1", "ASSAULT", None, 4, -9.0, sentence, 0, len(sentence),
                  "shelled", source=source, target=target, date="2024-06-02",
                  place=Place("Northgate", "ELB", 40.0, 45.0, precision="town"),
                  reciprocal=reciprocal)
    return Analysis(article=doc, events=(event,))


def canonical_count(tmp_path: Path, *analyses: Analysis) -> tuple[int, list[str]]:
    with Store.open(str(tmp_path / "belli.duckdb")) as store:
        store.write(list(analyses))
        link_store(store.con)
        count = store.con.execute("SELECT count(*) FROM canonical_events").fetchone()
        reasons = [r[0] for r in store.con.execute("SELECT reason FROM event_links").fetchall()]
    return (int(count[0]) if count else 0), reasons


RUR_GOV = Actor("the government", "Ruritania", "RUR", "GOV")
RUR_MIL = Actor("the army", "Ruritania", "RUR", "MIL")
ELB_MIL = Actor("Elbonian posts", "Elbonia", "ELB", "MIL")


def test_the_same_country_in_another_sector_is_the_same_actor(tmp_path: Path) -> None:
    count, _ = canonical_count(
        tmp_path, told("Wire A", "The Ruritanian government shelled Northgate", (RUR_GOV,),
                       (ELB_MIL,)),
        told("Wire B", "The Ruritanian army shelled Northgate overnight", (RUR_MIL,),
             (ELB_MIL,)))
    assert count == 1


def test_another_country_shelling_the_same_town_is_another_act(tmp_path: Path) -> None:
    kravia = Actor("Kravian gunners", "Kravia", "KRA", "MIL")
    count, _ = canonical_count(
        tmp_path, told("Wire A", "The Ruritanian army shelled Northgate", (RUR_MIL,), ()),
        told("Wire B", "Kravian gunners shelled Northgate", (kravia,), ()))
    assert count == 2


def test_the_store_reads_which_acts_are_mutual(tmp_path: Path) -> None:
    """A fight coded reciprocal with Ruritania first, and Elbonia's account of it."""
    _, reasons = canonical_count(
        tmp_path, told("Wire A", "Ruritania and Elbonia traded fire near Northgate",
                       (RUR_MIL,), (ELB_MIL,), reciprocal=True),
        told("Wire B", "Elbonian posts shelled Ruritanian lines near Northgate",
             (ELB_MIL,), (RUR_MIL,)))
    assert any("one side's account of a mutual act" in r for r in reasons)
