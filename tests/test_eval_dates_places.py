"""Date and place scoring on hand-built gold records and mentions (no model)."""

from __future__ import annotations

import pytest

from belli.eval.dates import score_dates
from belli.eval.gold import GoldRecord, iso_date
from belli.eval.places import score_places, to_iso3
from belli.records import Analysis, Article, DateSpan, Mention, Place

TEXT = "On Friday the army entered Shusha, 10 km from Khankendi, in March 2021."


def _at(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def _mention(text: str, label: str, **extra) -> Mention:
    start, end = _at(text)
    return Mention(doc_id="d", start=start, end=end, text=text, label=label, **extra)


def _timex(text: str, value: str, kind: str = "DATE") -> dict:
    start, end = _at(text)
    return {"start": start, "end": end, "type": "TIMEX3", "timex_type": kind, "value": value, "text": text}


def _by_name(metrics):
    return {m.name: m for m in metrics}


def test_date_value_accuracy_span_recall_and_accuracy_on_found_spans():
    record = GoldRecord("t:1", TEXT, (
        _timex("Friday", "2021-03-19"),
        _timex("March 2021", "2021-03"),
        _timex("10 km", "P1D", kind="DURATION"),  # not a DATE: not scored
    ), (), {"dct": "2021-03-22"})
    mentions = (
        _mention("Friday", "DATE", date=DateSpan(value="2021-03-19", granularity="day")),
        _mention("March 2021", "DATE", date=DateSpan(value="2021-02", granularity="month")),
    )
    metrics, errors = score_dates([(record, Analysis(Article.from_text(TEXT), mentions=mentions))])
    m = _by_name(metrics)
    assert (m["dates.timex_date.value_accuracy"].value, m["dates.timex_date.value_accuracy"].n) == (0.5, 2)
    assert m["dates.timex_date.span_recall"].value == 1.0
    assert [e["kind"] for e in errors] == ["wrong_value"]


def test_a_date_mention_without_a_value_is_found_but_wrong():
    record = GoldRecord("t:2", TEXT, (_timex("Friday", "2021-03-19"),), (), {"dct": "2021-03-22"})
    metrics, errors = score_dates([(record, Analysis(Article.from_text(TEXT),
                                                     mentions=(_mention("Friday", "DATE"),)))])
    m = _by_name(metrics)
    assert (m["dates.timex_date.span_recall"].value, m["dates.timex_date.value_accuracy"].value) == (1.0, 0.0)
    assert m["dates.timex_date.value_accuracy_found"].n == 1
    assert errors[0]["kind"] == "no_value"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("2013-03-22", "2013-03-22"), ("20080806", "2008-08-06"), ("2008-07-02T10:00", "2008-07-02"),
     ("unknown", None)],
)
def test_creation_dates_from_meta(raw, iso):
    assert iso_date(raw) == iso


def _toponym(text: str, lat: float, lon: float, **extra) -> dict:
    start, end = _at(text)
    return {"start": start, "end": end, "type": "TOPONYM", "text": text, "lat": lat, "lon": lon, **extra}


def test_places_within_161_km_country_and_median_error():
    record = GoldRecord("lgl:1", TEXT, (
        _toponym("Shusha", 39.7581, 46.7501, country="Azerbaijan"),
        _toponym("Khankendi", 39.8153, 46.7519, country="Azerbaijan"),
    ), (), {})
    shusha = _mention("Shusha", "GPE", place=Place(name="Shusha", country="AZE", lat=39.76, lon=46.75))
    # Khankendi placed at Baku: right country, ~300 km off
    khankendi = _mention("Khankendi", "GPE", place=Place(name="Khankendi", country="AZ",
                                                         lat=40.4093, lon=49.8671))
    metrics, errors = score_places([(record, Analysis(Article.from_text(TEXT), mentions=(shusha, khankendi)))])
    m = _by_name(metrics)
    assert (m["places.toponyms.acc161"].value, m["places.toponyms.acc161"].n) == (0.5, 2)
    assert m["places.toponyms.country"].value == 1.0  # ISO2 "AZ" read as AZE
    assert m["places.toponyms.median_km"].value == pytest.approx(137, abs=5)  # mean of ~0 and ~274
    assert [e["gold"]["text"] for e in errors] == ["Khankendi"]


def test_no_places_is_zero_with_n_and_no_median():
    record = GoldRecord("lgl:2", TEXT, (_toponym("Shusha", 39.7581, 46.7501, country="Azerbaijan"),), (), {})
    m = _by_name(score_places([(record, Analysis(Article.from_text(TEXT)))])[0])
    assert (m["places.toponyms.acc161"].value, m["places.toponyms.acc161"].n) == (0.0, 1)
    assert m["places.toponyms.coverage"].value == 0.0
    assert m["places.toponyms.median_km"].value is None


@pytest.mark.parametrize(
    ("given", "iso3"),
    [("AZ", "AZE"), ("AZE", "AZE"), ("Azerbaijan", "AZE"), ("United States", "USA"),
     ("Palestinian Territory", "PSE"), (None, None)],
)
def test_place_countries_to_iso3(given, iso3):
    assert to_iso3(given) == iso3


def test_geowebnews_gold_country_comes_from_geonames_id_or_nearest_city():
    from belli.eval.places import gold_places

    record = GoldRecord("gwn:1", TEXT, (
        _toponym("Shusha", 46.0, 2.0, geonameid="3017382"),  # France, by id
        _toponym("Khankendi", 40.41, 49.87, geonameid="0"),  # unknown id, near Baku
    ), (), {})
    assert [p.country for p in gold_places(record)] == ["FRA", "AZE"]


def test_a_continent_has_no_gold_country_even_where_its_point_is_near_a_town():
    from belli.eval.places import gold_places

    record = GoldRecord("gwn:2", TEXT, (
        _toponym("Shusha", 49.0, 10.0, geonameid="6255148"),  # Europe's id, a point in Germany
    ), (), {})
    assert [p.country for p in gold_places(record)] == [None]
