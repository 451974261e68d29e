"""Date scoring (tempeval3_platinum, meantime_en): TIMEX3 values given the creation date.

Articles are built with `published` set to the gold document creation date, as belli
would receive them. For every gold TIMEX3 of type DATE:
- span recall: some belli mention overlaps it (a DATE/TIME mention, or any with a date);
- value accuracy: some overlapping belli mention has `date.value` equal to the gold value
  (n = all gold DATE values, so a missed span counts as wrong);
- value accuracy on found spans: the same over the spans belli found (n = those).
DURATION, SET and TIME values are not scored: belli resolves calendar dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from belli.eval.gold import GoldRecord
from belli.eval.metrics import Metric, Tally
from belli.records import Analysis, Mention

DATE_LABELS = frozenset({"DATE", "TIME"})


def gold_dates(record: GoldRecord) -> list[dict[str, Any]]:
    return [
        dict(e) for e in record.entities
        if e.get("type") == "TIMEX3" and e.get("timex_type") == "DATE" and e.get("value")
    ]


def _overlapping(gold: dict[str, Any], mentions: Sequence[Mention]) -> list[Mention]:
    return [
        m for m in mentions
        if m.start < int(gold["end"]) and int(gold["start"]) < m.end
        and (m.label in DATE_LABELS or m.date is not None)
    ]


def score_dates(
    pairs: Iterable[tuple[GoldRecord, Analysis | None]],
) -> tuple[list[Metric], list[dict[str, Any]]]:
    value, found, value_found = Tally(), Tally(), Tally()
    errors: list[dict[str, Any]] = []
    for record, analysis in pairs:
        mentions = analysis.mentions if analysis else ()
        for gold in gold_dates(record):
            near = _overlapping(gold, mentions)
            wanted = str(gold["value"]).strip()
            ok = any(m.date is not None and m.date.value.strip() == wanted for m in near)
            value.add(ok)
            found.add(bool(near))
            if near:
                value_found.add(ok)
            if not ok:
                errors.append(_date_error(record, gold, near))
    return [
        value.metric("dates.timex_date.value_accuracy"),
        found.metric("dates.timex_date.span_recall"),
        value_found.metric("dates.timex_date.value_accuracy_found"),
    ], errors


def _date_error(record: GoldRecord, gold: dict[str, Any], near: Sequence[Mention]) -> dict[str, Any]:
    kind = "wrong_value" if any(m.date for m in near) else ("no_value" if near else "missed")
    return {
        "record": record.id, "task": "dates", "kind": kind,
        "gold": {"text": gold.get("text"), "value": gold.get("value"), "dct": record.published},
        "pred": [{"text": m.text, "label": m.label, "value": m.date.value if m.date else None}
                 for m in near] or None,
        "start": int(gold["start"]),
    }
