"""Helpers of the actor tests: the mention a case looks at and the actors it resolved to,
written "COUNTRY SECTOR" ("None" for a part left open), end to end with the model.

A case names its mention by text. `exact` takes mentions whose text is that text,
`holding` those whose text holds it (in text order), `closest` the exact ones else the
shortest holding it; `nth` picks among them in that order.
"""

from __future__ import annotations

from typing import Any, Literal

from belli.records import Analysis, Article, Mention

Matching = Literal["exact", "holding", "closest"]


def analyse(pipeline: Any, text: str, published: str | None = "2019-03-01") -> Analysis:
    return pipeline.process(Article.from_text(text, published=published))


def find_mention(analysis: Analysis, wanted: str, *, match: Matching = "exact",
                 nth: int = 0) -> Mention:
    """The `nth` mention that `wanted` names under `match`; fails the test when none."""
    exact = [m for m in analysis.mentions if m.text == wanted]
    holding = [m for m in analysis.mentions if wanted in m.text]
    found = {"exact": exact, "holding": holding,
             "closest": exact or sorted(holding, key=lambda m: len(m.text))}[match]
    assert len(found) > nth, f"no mention {wanted!r}: {[m.text for m in analysis.mentions]}"
    return found[nth]


def codes_of(mention: Mention) -> list[str]:
    return [f"{a.country} {a.sector}" for a in mention.actors]


def actor_codes(pipeline: Any, text: str, wanted: str, *, nth: int = 0,
                match: Matching = "exact", published: str | None = "2019-03-01") -> list[str]:
    """The actors of the mention `wanted` names in `text` (see the module docstring)."""
    return codes_of(find_mention(analyse(pipeline, text, published), wanted,
                                 match=match, nth=nth))
