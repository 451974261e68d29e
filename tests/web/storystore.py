"""A tiny linked store for the stories and compare pages (no model, no /tmp).

One shelling near Jermuk told by three outlets that part ways: two blame Azerbaijan,
one blames Armenia (calling them "terrorists", on a ministry's word, with a <script> in
the sentence), one hedges with "allegedly" and gives a figure. A border agreement told
by two outlets; a joint drill told by one, which is no story.
"""

from __future__ import annotations

from pathlib import Path

from belli.analysis.canonical import link_store
from belli.records import Actor, Analysis, Article, Event, Place, Quantity
from belli.store import Store

AZE_MIL = Actor("Azerbaijani forces", "Azerbaijan", "AZE", "MIL")
ARM_MIL = Actor("Armenian units", "Armenia", "ARM", "MIL")
AZE_GOV = Actor("Baku", "Azerbaijan", "AZE", "GOV")
ARM_GOV = Actor("Yerevan", "Armenia", "ARM", "GOV")
TUR_GOV = Actor("Ankara", "Turkey", "TUR", "GOV")
MINISTRY = Actor("the ministry", "Azerbaijan", "AZE", "GOV")

SCRIPT = "<script>alert('told')</script>"
JERMUK = Place("Jermuk", "ARM", 39.84, 45.67, precision="town")
PRAGUE = Place("Prague", "CZE", 50.08, 14.43, precision="town")


def report(publisher: str, published: str, sentence: str, kind: str, quad: int,
           score: float, source: tuple[Actor, ...], target: tuple[Actor, ...], date: str,
           place: Place | None, **extra: object) -> Analysis:
    article = Article.from_text(sentence, title=f"{publisher}: {kind.lower()}",
                                publisher=publisher, published=published)
    trigger = sentence.split()[2]
    at = sentence.index(trigger)
    event = Event(article.doc_id, "e1", kind, None, quad, score, sentence, 0, len(sentence),
                  trigger, source=source, target=target, date=date, date_granularity="day",
                  place=place, trigger_start=at, trigger_end=at + len(trigger),
                  **extra)  # type: ignore[arg-type]
    return Analysis(article=article, events=(event,))


def shelling() -> list[Analysis]:
    return [
        report("Ararat Dispatch", "2022-09-14",
               "Azerbaijani forces shelled Jermuk overnight, killing 49 soldiers.",
               "ASSAULT", 4, -9.0, (AZE_MIL,), (ARM_MIL,), "2022-09-13", JERMUK,
               quantities=(Quantity("49 soldiers", 49.0, "soldiers"),)),
        report("Caspian Ledger", "2022-09-15",
               f"Armenian terrorists shelled positions near Jermuk, {SCRIPT} the ministry "
               "said.", "ASSAULT", 4, -9.0, (ARM_MIL,), (AZE_MIL,), "2022-09-13", JERMUK,
               certainty="reported", attributed_to=MINISTRY),
        report("Meridian Wire", "2022-09-16",
               "Azerbaijani forces allegedly shelled Jermuk on Tuesday.",
               "ASSAULT", 4, -9.0, (AZE_MIL,), (ARM_MIL,), "2022-09-13", JERMUK),
    ]


def agreement() -> list[Analysis]:
    return [
        report(publisher, published, sentence, "AGREE", 1, 6.0, (ARM_GOV,), (AZE_GOV,),
               "2022-10-06", PRAGUE)
        for publisher, published, sentence in (
            ("Ararat Dispatch", "2022-10-07",
             "Yerevan and Baku agreed in Prague to a border commission."),
            ("Meridian Wire", "2022-10-07",
             "Armenia and Azerbaijan agreed in Prague to send observers to the border."),
        )]


def drills() -> Analysis:
    return report("Meridian Wire", "2021-10-05", "Ankara and Baku held joint drills.",
                  "COOPERATE", 2, 4.0, (TUR_GOV, AZE_GOV), (), "2021-10-04", None,
                  reciprocal=True)


def write_story_store(path: Path) -> Path:
    with Store.open(path) as store:
        store.write([*shelling(), *agreement(), drills()])
        link_store(store.con)
    return path
