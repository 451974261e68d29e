"""The records of a tiny hand-made store for the dashboard's tests (no model, no /tmp).

Two articles: one with a <script> payload in its text and three events (a shelling
in a town, a country-level agreement that is background history, a claim someone
makes), one from another outlet with a reciprocal event; and one failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from belli.records import Actor, Analysis, Article, Claim, Event, Failure, Place, Sentence
from belli.store import Store

AZE_MIL = Actor("Azerbaijani forces", "Azerbaijan", "AZE", "MIL")
ARM_MIL = Actor("Armenian troops", "Armenia", "ARM", "MIL")
ARM_GOV = Actor("Yerevan", "Armenia", "ARM", "GOV")
TUR_GOV = Actor("Ankara", "Turkey", "TUR", "GOV")
AZE_GOV = Actor("Baku", "Azerbaijan", "AZE", "GOV")
SPOKESMAN = Actor("the defence ministry", "Armenia", "ARM", "MIL")

SCRIPT = "<script>alert('owned')</script>"
SENTENCES = (
    "Azerbaijani forces shelled Jermuk on Thursday, killing 3 people.",
    "In 1994 Yerevan agreed to a ceasefire with Baku in Armenia.",
    f"The defence ministry said {SCRIPT} Armenian troops repelled an attack.",
)
TEXT = " ".join(SENTENCES)


def _offsets(index: int) -> tuple[int, int]:
    start = TEXT.index(SENTENCES[index])
    return start, start + len(SENTENCES[index])


def _event(event_id: str, index: int, kind: str, quad: int, score: float, trigger: str,
           mode: str | None = None, **extra: Any) -> Event:
    start, end = _offsets(index)
    at = TEXT.index(trigger, start)
    return Event("", event_id, kind, mode, quad, score, SENTENCES[index], start, end, trigger,
                 trigger_start=at, trigger_end=at + len(trigger), stage="events.rules.v1",
                 reason=f"verb {trigger!r} → {kind}", **extra)


def first_article() -> Analysis:
    article = Article.from_text(TEXT, title=f"Shelling {SCRIPT} near Jermuk",
                                publisher="Caspian Ledger", published="2021-09-03",
                                url="javascript:alert(1)")
    doc = article.doc_id
    claim_start = TEXT.index(SENTENCES[2])
    events = (
        _event("shell", 0, "ASSAULT", 4, -9.0, "shelled", mode="bombard",
               source=(AZE_MIL,), target=(ARM_MIL,), date="2021-09-02",
               date_text="on Thursday", date_granularity="day", date_type="clause",
               place=Place("Jermuk", "ARM", 39.84, 45.67, precision="town")),
        _event("truce", 1, "AGREE", 1, 6.0, "agreed", source=(ARM_GOV,), target=(AZE_GOV,),
               date="1994", date_text="In 1994", date_granularity="year",
               aux=("historical",),
               place=Place("Armenia", "ARM", 40.0, 45.0, precision="country")),
        _event("repel", 2, "ASSAULT", 4, -7.0, "repelled", source=(ARM_MIL,),
               date="2021-09-02", date_granularity="day", certainty="reported",
               attributed_to=SPOKESMAN, claim_id="c1"),
    )
    events = tuple(e.replace(doc_id=doc) for e in events)
    sentences = tuple(Sentence(doc, i, *_offsets(i), s) for i, s in enumerate(SENTENCES))
    claim = Claim(doc, "c1", SENTENCES[2], claim_start, claim_start + len(SENTENCES[2]),
                  speaker=SPOKESMAN, speaker_text="The defence ministry",
                  event_ids=("repel",))
    return Analysis(article=article, sentences=sentences, events=events, claims=(claim,))


def second_article() -> Analysis:
    text = "Ankara and Baku held joint drills near Baku in October 2021."
    article = Article.from_text(text, title="Joint drills", publisher="Meridian Wire",
                                published="2021-10-05")
    drill = Event(article.doc_id, "drills", "COOPERATE", None, 2, 4.0, text, 0, len(text),
                  "held", source=(TUR_GOV, AZE_GOV), reciprocal=True, date="2021-10",
                  date_text="October 2021", date_granularity="month",
                  place=Place("Baku", "AZE", 40.38, 49.89, precision="town"),
                  trigger_start=14, trigger_end=18)
    return Analysis(article=article, events=(drill,))


def write_store(path: Path) -> Path:
    with Store.open(path) as store:
        store.write([first_article(), second_article(),
                     Failure(None, "ingest", "not a news article", source="menu.html")])
    return path
