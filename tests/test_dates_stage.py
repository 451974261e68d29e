"""The date stage (`dates.resolve.v1`): inputs built by hand, so no model loads (the tense
then comes from the words of the clause), and a small set end to end with the model."""

from __future__ import annotations

import re

import pytest

from belli.dates.stage import REFERENCE_LABEL, DateStage, resolve_dates
from belli.records import Analysis, Article, Mention, Sentence


def _analysis(text: str, dates: list[str], *, published: str | None = "2022-09-15",
              labels: dict[str, str] | None = None) -> Analysis:
    """An analysis of `text` whose model saw the given DATE mentions (and other labels)."""
    article = Article.from_text(text, published=published)
    sentences = tuple(
        Sentence(article.doc_id, i, m.start(), m.end(), m.group())
        for i, m in enumerate(re.finditer(r"[^.]+\.?", text))
    )
    wanted = [(t, "DATE") for t in dates] + list((labels or {}).items())
    mentions = tuple(
        Mention(article.doc_id, text.index(t), text.index(t) + len(t), t, label)
        for t, label in sorted(wanted, key=lambda p: text.index(p[0]))
    )
    return Analysis(article=article, sentences=sentences, mentions=mentions)


def _dates(analysis: Analysis) -> dict[str, str | None]:
    return {m.text: m.date.value if m.date else None for m in analysis.mentions
            if m.label in ("DATE", "TIME", REFERENCE_LABEL)}


def test_every_date_mention_gets_its_date() -> None:
    analysis = _analysis(
        "Troops shelled the village on Tuesday. Talks failed in February. "
        "Last year's war left thousands homeless.",
        ["Tuesday", "February", "Last year's"],
    )
    assert _dates(resolve_dates(analysis)) == {
        "Tuesday": "2022-09-13", "February": "2022-02", "Last year's": "2021",
    }


def test_a_mention_holding_two_years_becomes_two_mentions() -> None:
    analysis = resolve_dates(_analysis("The pandemic of 2009-2010 killed many.", ["2009-2010"]))
    assert _dates(analysis) == {"2009": "2009", "2010": "2010"}
    assert all(m.source == "dates" for m in analysis.mentions)


def test_a_reference_the_model_missed_becomes_a_mention_of_its_own() -> None:
    analysis = resolve_dates(_analysis("The store recently began selling films.", []))
    (mention,) = analysis.mentions
    assert (mention.text, mention.label, mention.source) == ("recently", REFERENCE_LABEL, "dates")
    assert mention.date is not None and mention.date.value == "PAST_REF"


def test_a_year_read_as_a_number_is_read_again_as_a_date() -> None:
    analysis = resolve_dates(
        _analysis("Deliveries ran from 2009 to 2011.", ["2009"], labels={"2011": "CARDINAL"})
    )
    assert _dates(analysis) == {"2009": "2009", "2011": "2011"}
    assert [m.label for m in analysis.mentions] == ["DATE", "DATE"]


def test_that_day_takes_the_day_named_before_it() -> None:
    analysis = _analysis(
        "On Monday, markets fell. For the day, the index lost six percent.",
        ["Monday", "the day"],
    )
    assert _dates(resolve_dates(analysis))["the day"] == "2022-09-12"


def test_an_undated_article_is_anchored_on_the_date_its_text_supports() -> None:
    analysis = resolve_dates(_analysis(
        "The truce of 3 May 2021 held. Talks had failed last month.",
        ["3 May 2021", "last month"], published=None,
    ))
    last_month = next(m for m in analysis.mentions if m.text == "last month")
    assert last_month.date is not None and last_month.date.inferred
    assert last_month.date.value == "2021-04"


def test_a_month_long_publication_date_keeps_what_both_its_ends_agree_on() -> None:
    analysis = _analysis(
        "Talks failed last month. Prices rose earlier this month. Fighting resumed on Tuesday.",
        ["last month", "earlier this month", "Tuesday"], published="2022-09",
    )
    assert _dates(resolve_dates(analysis)) == {
        "last month": "2022-08", "earlier this month": "2022-09",
        "Tuesday": "XXXX-WXX-2",  # a day of the month or just before it: unknown
    }


def test_offsets_still_index_into_the_text() -> None:
    analysis = resolve_dates(_analysis(
        "From 2009 to 2011 and in the early 1990s, recently, 1957-58.", ["2009", "1957-58"]
    ))
    text = analysis.article.text
    assert all(text[m.start : m.end] == m.text for m in analysis.mentions)


def test_the_stage_declares_what_it_needs_and_adds() -> None:
    stage = DateStage()
    assert stage.name == "dates.resolve.v1"
    assert stage.needs == {"mentions", "parse"} and stage.adds == {"dates"}


# --- with the model: the parse gives the tense ------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "wanted", "value"),
    [
        ("The hearing is due to start on Wednesday in Leeds.", "2006-03-28", "Wednesday",
         "2006-03-29"),
        ("Maria Lenz told reporters in August that her brother planned the theft.", "2013-03-22",
         "August", "2012-08"),
        ("A June 3 vote has been scheduled in the city council.", "2009-05-14", "June 3",
         "2009-06-03"),
        ("The ministry has kept every school shut until Friday.", "2008-09-18",
         "Friday", "2008-09-19"),
        ("Talks will resume next week, officials said on Tuesday.", "2022-09-15", "next week",
         "2022-W38"),
        ("The region was poor in the early 1990s.", "2022-09-15", "the early 1990s", "199"),
    ],
)
def test_the_governing_verb_decides_with_the_model(
    nlp_pipeline, text: str, published: str, wanted: str, value: str
) -> None:
    analysis = nlp_pipeline.process(Article.from_text(text, published=published))
    dated = {m.text: m.date.value for m in analysis.mentions if m.date is not None}
    assert dated.get(wanted) == value, dated
