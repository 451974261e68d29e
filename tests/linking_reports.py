"""Reports of an invented dyad, Ruritania and Elbonia, for the linking specifications."""

from __future__ import annotations

from datetime import date
from typing import Any

from belli.analysis.linking import Report, content_words, proper_names

ACTORS = ("Ruritania", "Elbonia", "Ruritanian", "Elbonian")
BOTH = frozenset({"RUR", "ELB"})


def dyad_report(doc: str, sentence: str, first: date, last: date, **fields: Any) -> Report:
    """One outlet's report of the dyad, its words and names read from `sentence`; `fields`
    give the type, the sides and whatever else differs from an undated-place default."""
    base: dict[str, Any] = {
        "uid": f"{doc}/e1", "doc_id": doc, "countries": BOTH, "targets": frozenset(),
        "first": first, "last": last, "dated": True, "place": None, "place_country": None,
        "trigger": "", "words": content_words(sentence), "names": proper_names(sentence, ACTORS)}
    return Report(**{**base, **fields})
