"""The read endpoints: every list is a page with its total, and every filter narrows it."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def get(client: TestClient, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def sentences(body: dict[str, Any]) -> list[str]:
    return [item["sentence"] for item in body["items"]]


def test_events_page_reports_the_total_of_every_match(client: TestClient) -> None:
    first = get(client, "/api/events", limit=2)
    second = get(client, "/api/events", limit=2, offset=2)
    rest = get(client, "/api/events", limit=1000, offset=4)
    assert (first["total"], second["total"], rest["total"]) == (7, 7, 7)
    assert len(first["items"]) == len(second["items"]) == 2
    assert len(rest["items"]) == 3
    seen = sentences(first) + sentences(second) + sentences(rest)
    assert len(set(seen)) == 7


def test_an_event_carries_its_evidence_and_its_document(client: TestClient) -> None:
    item = get(client, "/api/events", q="shelled")["items"][0]
    assert item["kind"] == "event"
    assert item["sentence"] == "Azerbaijani forces shelled Stepanakert on Sunday."
    assert (item["start"], item["end"]) == (0, len(item["sentence"]))
    assert item["document"] == {"title": "Story 0", "publisher": "Caspian Wire",
                                "published": "2020-10-05"}


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor": "TUR"}, 2),
    ({"actor": "peacekeepers"}, 2),
    ({"actor": "AZE MIL"}, 4),
    ({"dyad": "AZE,ARM"}, 1),
    ({"dyad": "AZE,ARM", "either_direction": "true"}, 3),
    ({"type": "ASSAULT"}, 3),
    ({"type": "ASSAULT,AGREE"}, 4),
    ({"type": ["ASSAULT", "AGREE"]}, 4),
    ({"quad": 1}, 2),
    ({"quad": [1, 2]}, 4),
    ({"certainty": "reported"}, 1),
    ({"certainty": "speculative"}, 1),
    ({"aux": "historical"}, 1),
    ({"aux": "negated"}, 1),
    ({"without_aux": "historical,future,negated"}, 4),
    ({"since": "2021"}, 3),
    ({"since": "2020-10", "until": "2020-10"}, 3),  # the year-dated 2020 event overlaps
    ({"since": "2020-10", "until": "2020-10", "within": "true"}, 2),
    ({"published_since": "2021-01-01", "published_until": "2021-12-31"}, 2),
    ({"outlet": "caspian"}, 5),
    ({"place": "shusha"}, 1),
    ({"country": "AZE"}, 3),
    ({"country": "aze"}, 3),
    ({"q": "drones"}, 1),
])
def test_each_event_filter_narrows_the_events(client: TestClient, params: dict[str, Any],
                                              expected: int) -> None:
    body = get(client, "/api/events", **params)
    assert body["total"] == expected, sentences(body)


def test_event_date_and_publication_date_are_kept_apart(client: TestClient) -> None:
    # The 2020 drone delivery is reported in a 2021 article.
    by_event_date = sentences(get(client, "/api/events", since="2020", until="2020"))
    by_published = sentences(get(client, "/api/events", published_since="2020",
                                 published_until="2020"))
    assert "Turkey supplied drones to Azerbaijan in 2020." in by_event_date
    assert "Turkey supplied drones to Azerbaijan in 2020." not in by_published


def test_the_doc_filter_takes_an_id_prefix(client: TestClient) -> None:
    doc_id = get(client, "/api/documents", limit=1)["items"][0]["doc_id"]
    assert get(client, "/api/events", doc=doc_id[:6])["total"] == 2


@pytest.mark.parametrize(("sort", "order", "first"), [
    ("date", "asc", "Turkey supplied drones to Azerbaijan in 2020."),
    ("date", "desc", "Armenian troops withdrew from the line."),
    ("published", "desc", "Russian peacekeepers did not intervene."),
    ("type", "asc", "Turkey and Azerbaijan signed a declaration in Shusha."),
])
def test_events_sort_by_date_publication_or_type(client: TestClient, sort: str, order: str,
                                                 first: str) -> None:
    assert sentences(get(client, "/api/events", sort=sort, order=order))[0] == first


def test_one_event_by_document_and_event_id(client: TestClient) -> None:
    listed = get(client, "/api/events", q="drones")["items"][0]
    one = get(client, f"/api/events/{listed['doc_id']}/{listed['event_id']}")
    assert one["sentence"] == listed["sentence"]
    missing = client.get(f"/api/events/{listed['doc_id']}/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"


def test_a_listed_event_is_the_event_read_alone_key_for_key(client: TestClient) -> None:
    # The list is built from rows, the one event from records: the two must not drift.
    listed = get(client, "/api/events", limit=1000)["items"]
    assert len(listed) == 7
    for item in listed:
        one = client.get(f"/api/events/{item['doc_id']}/{item['event_id']}")
        assert list(one.json().items()) == list(item.items())


def test_documents_list_with_counts_filters_and_order(client: TestClient) -> None:
    body = get(client, "/api/documents", sort="published", order="desc")
    assert body["total"] == 3
    assert [d["published"] for d in body["items"]] == ["2023-09-21", "2021-06-16", "2020-10-05"]
    assert [d["events"] for d in body["items"]] == [3, 2, 2]
    assert get(client, "/api/documents", outlet="ledger")["total"] == 1
    assert get(client, "/api/documents", q="peacekeepers")["total"] == 1
    assert get(client, "/api/documents", published_since="2021")["total"] == 2
    assert get(client, "/api/documents", language="fr")["total"] == 0


def test_one_document_holds_all_its_records(client: TestClient) -> None:
    doc_id = get(client, "/api/documents", limit=1)["items"][0]["doc_id"]
    body = get(client, f"/api/documents/{doc_id[:8]}")
    assert body["document"]["doc_id"] == doc_id
    assert body["document"]["text"].startswith("Azerbaijani forces shelled")
    assert len(body["events"]) == 2
    assert len(body["claims"]) == 1


def test_actors_are_counted_on_both_sides(client: TestClient) -> None:
    body = get(client, "/api/actors")
    rows = {row["actor"]: row for row in body["items"]}
    assert body["total"] == len(rows) == 6
    assert rows["ARM MIL"]["events"] == 4
    assert (rows["ARM MIL"]["as_source"], rows["ARM MIL"]["as_target"]) == (2, 2)
    assert body["items"][0]["actor"] == "ARM MIL"  # busiest first
    narrowed = get(client, "/api/actors", quad=1)
    assert {row["actor"] for row in narrowed["items"]} == {"TUR GOV", "AZE GOV", "ARM GOV",
                                                          "RUS MIL"}


def test_dyads_pair_sources_with_targets_and_reciprocal_actors_once(
        client: TestClient) -> None:
    rows = {(r["source"], r["target"]): r for r in get(client, "/api/dyads")["items"]}
    assert rows[("AZE MIL", "ARM MIL")]["events"] == 1
    assert rows[("ARM MIL", "AZE MIL")]["events"] == 2
    assert rows[("AZE GOV", "TUR GOV")]["reciprocal"] == 1
    assert ("TUR GOV", "AZE GOV") not in rows


def test_dyads_by_month_carry_each_pairs_score_over_time(client: TestClient) -> None:
    body = get(client, "/api/dyads", bucket="month", actor="ARM MIL")
    pair = next(r for r in body["items"] if (r["source"], r["target"]) == ("ARM MIL", "AZE MIL"))
    assert [p["period"] for p in pair["series"]] == ["2020-10-01", "2023-09-01"]
    assert [p["mean_score"] for p in pair["series"]] == [-9.0, 5.0]


def test_dyad_series_lists_the_events_behind_each_point(client: TestClient) -> None:
    body = get(client, "/api/dyads/series", source="AZE", target="ARM", bucket="week")
    assert body["bucket"] == "week"
    assert [p["period"] for p in body["items"]] == ["2020-09-28", "2023-09-18"]
    assert body["items"][0]["events"] == 2
    assert len(body["items"][0]["event_ids"]) == 2
    one_way = get(client, "/api/dyads/series", source="AZE", target="ARM",
                  both_directions="false")
    assert sum(p["events"] for p in one_way["items"]) == 1


def test_places_carry_coordinates_and_precision(client: TestClient) -> None:
    rows = {r["name"]: r for r in get(client, "/api/places")["items"]}
    assert rows["Shusha"]["precision"] == "town"
    assert rows["Azerbaijan"]["precision"] == "country"
    assert (rows["Shusha"]["lat"], rows["Shusha"]["lon"]) == (39.76, 46.75)


def test_timeline_counts_by_event_date_and_keeps_history_apart(client: TestClient) -> None:
    rows = get(client, "/api/timeline", bucket="year")["items"]
    assert {"period": "2020-01-01", "quad": 2, "historical": True, "events": 1} in rows
    assert {"period": "2020-01-01", "quad": 4, "historical": False, "events": 2} in rows
    assert sum(r["events"] for r in rows) == 6  # the undated event has no place in time


def test_claims_with_speaker_filter(client: TestClient) -> None:
    body = get(client, "/api/claims")
    assert body["total"] == 1
    assert body["items"][0]["speaker"] == "AZE GOV"
    assert get(client, "/api/claims", speaker="AZE GOV")["total"] == 1
    assert get(client, "/api/claims", speaker="baku")["total"] == 1
    assert get(client, "/api/claims", speaker="TUR")["total"] == 0
    assert get(client, "/api/claims", q="fired")["total"] == 1


def test_stats_and_failures(client: TestClient) -> None:
    stats = get(client, "/api/stats")
    assert stats["counts"]["events"] == 7
    assert stats["counts"]["failures"] == 1
    failures = get(client, "/api/failures")
    assert failures["total"] == 1
    assert failures["items"][0]["message"] == "bad.html: not valid UTF-8"


def test_filter_values_are_data_never_sql(client: TestClient) -> None:
    hostile = "x'); DROP TABLE events; --"
    for params in ({"actor": hostile}, {"q": hostile}, {"outlet": hostile},
                   {"place": hostile}):
        assert get(client, "/api/events", **params)["total"] == 0
    assert get(client, "/api/events")["total"] == 7


def test_openapi_and_docs_are_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/dyads", "/api/actors", "/api/places", "/api/claims",
            "/api/stats", "/api/documents", "/api/timeline"} <= paths
    assert client.get("/docs").status_code == 200


def test_openapi_describes_every_read_answer_as_a_json_object(client: TestClient) -> None:
    # The read endpoints return ready Responses; response_model keeps them described.
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/dyads", "/api/dyads/series", "/api/stats",
                 "/api/documents/{doc_id}", "/api/canonical"):
        answer = spec["paths"][path]["get"]["responses"]["200"]
        assert answer["content"]["application/json"]["schema"]["type"] == "object", path


def test_canonical_events_list_and_explain_each_report(client: TestClient) -> None:
    client.app.state.handle.relink_now()  # type: ignore[attr-defined]
    body = get(client, "/api/canonical")
    assert body["total"] == 7  # no two documents here tell one event: each stands alone
    one = body["items"][0]
    detail = get(client, f"/api/canonical/{one['canonical_id']}")
    assert detail["n_reports"] == 1
    assert detail["report_events"][0]["link"]["reason"] == "alone"
    uid = one["reports"][0]
    assert get(client, f"/api/canonical/{uid}")["canonical_id"] == one["canonical_id"]


def test_a_pairs_series_adds_up_to_its_row(client: TestClient) -> None:
    body = get(client, "/api/dyads", bucket="week")
    for row in body["items"]:
        assert sum(p["events"] for p in row["series"]) <= row["events"], row
    pair = next(r for r in body["items"] if (r["source"], r["target"]) == ("AZE GOV", "TUR GOV"))
    assert sum(p["events"] for p in pair["series"]) == pair["events"] == 1  # reciprocal, once
