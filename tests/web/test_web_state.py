"""The address holds the dashboard's state: filter controls write into it, pages read it,
and the same state always gives the same address."""

from __future__ import annotations

from datetime import date
from typing import Any

import dash
import pytest

from belli.errors import QueryError
from belli.store.explore import TimelineRow
from belli.web.urlstate import encode, event_filter, href, parse_search
from belli.web.views.timeline import choose_bucket, core_span, period_end


def apply(dashboard: dash.Dash, search: str, changed: str, **values: Any) -> str | None:
    """Run the callback that writes controls into the address, as the browser would."""
    body = {
        "output": "url.search", "outputs": {"id": "url", "property": "search"},
        "inputs": [[{"id": {"q": k}, "property": "value", "value": v}
                    for k, v in values.items()]],
        "state": [{"id": "url", "property": "search", "value": search}],
        "changedPropIds": [f'{{"q":"{changed}"}}.value'],
    }
    reply = dashboard.server.test_client().post("/_dash-update-component", json=body)
    assert reply.status_code in (200, 204), reply.get_data(as_text=True)
    update = reply.get_json()["response"] if reply.status_code == 200 else {}
    return update.get("url", {}).get("search")  # None: the address stays as it is


def test_a_changed_filter_goes_into_the_address_and_restarts_paging(
        dashboard: dash.Dash) -> None:
    search = apply(dashboard, "?offset=50", "actor", actor="AZE MIL", sort="date")
    assert search == "?actor=AZE+MIL"


def test_a_control_showing_its_default_changes_nothing(dashboard: dash.Dash) -> None:
    assert apply(dashboard, "?offset=50", "sort", actor=None, sort="date") is None


def test_a_cleared_filter_leaves_the_address(dashboard: dash.Dash) -> None:
    assert apply(dashboard, "?type=ASSAULT&actor=AZE", "type", type=[], actor="AZE") \
        == "?actor=AZE"


def test_several_values_are_written_comma_separated(dashboard: dash.Dash) -> None:
    assert apply(dashboard, "", "quad", quad=["3", "4"]) == "?quad=3%2C4"


def test_the_address_is_canonical() -> None:
    assert encode({"until": "2021", "actor": "AZE", "offset": "0", "sort": "date"}) \
        == "?actor=AZE&until=2021"
    assert href("/events", {"actor": "AZE"}, offset=50) == "/events?actor=AZE&offset=50"


def test_a_blank_value_in_the_address_is_no_value() -> None:
    assert parse_search("?actor=&text=%20drone%20") == {"text": "drone"}


def test_the_address_becomes_an_event_filter() -> None:
    where = event_filter(parse_search("?type=assault,coerce&quad=4&without=historical"
                                      "&since=2021-09&outlet=Ledger"))
    assert where.types == ("ASSAULT", "COERCE")
    assert where.quads == (4,)
    assert where.without_aux == ("historical",)
    assert (where.since, where.outlet) == ("2021-09", "Ledger")


def test_a_bad_value_in_the_address_raises_a_query_error() -> None:
    with pytest.raises(QueryError):
        event_filter({"type": "PICNIC"})


def rows(*spec: tuple[str, bool, int]) -> list[TimelineRow]:
    return [TimelineRow(period, 4, historical, n) for period, historical, n in spec]


def test_the_timeline_spans_the_bulk_of_current_events_not_a_stray_date() -> None:
    found = rows(("1997-01-01", False, 1), ("1994-01-01", True, 5),
                 *((f"2021-{m:02d}-01", False, 10) for m in range(1, 13)))
    assert core_span(found) == (date(2021, 1, 1), date(2021, 12, 1))
    assert choose_bucket(found) == "week"


@pytest.mark.parametrize("span, bucket", [
    (["2021-01-01", "2021-01-20"], "day"),
    (["2021-01-01", "2021-05-01"], "week"),
    (["2019-01-01", "2021-05-01"], "month"),
    (["2001-01-01", "2021-05-01"], "year"),
])
def test_the_timeline_picks_a_readable_bucket(span: list[str], bucket: str) -> None:
    assert choose_bucket(rows(*((p, False, 1) for p in span))) == bucket


@pytest.mark.parametrize("start, bucket, end", [
    ("2024-02-01", "month", "2024-02-29"),
    ("2021-03-01", "week", "2021-03-07"),
    ("2021-01-01", "year", "2021-12-31"),
    ("2021-01-05", "day", "2021-01-05"),
])
def test_a_bar_covers_its_whole_period(start: str, bucket: str, end: str) -> None:
    assert period_end(start, bucket) == end
