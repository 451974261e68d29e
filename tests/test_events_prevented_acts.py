"""Acts someone stopped before they happened are no events.

An event noun that a verb of prevention takes ("FOILED an attack", "THWARTED a raid",
"AVERTED a strike") did not happen, as with "prevented" and "stopped"; nor did an act in
the "to" clause of a plot or a scheme ("a plot to BOMB the embassy"), as with a plan. An
attack that was repelled or condemned did happen. The sentences are our own.
"""

from __future__ import annotations

import pytest

from belli.records import Article

pytestmark = pytest.mark.model


def _types(pipeline, text: str) -> list[str]:
    return [e.type for e in pipeline.process(Article.from_text(text, published="2024-05-02")).events]


@pytest.mark.parametrize("text", [
    "Kenyan forces foiled an attack by al-Shabab fighters on a police station near Garissa.",
    "Georgian troops thwarted a raid by Russian special forces on the border post.",
    "Last-minute talks averted a strike by Azerbaijan on Armenian positions.",
    "Police in Germany foiled a plot by two Iranian agents to bomb the Israeli embassy.",
    "Turkish police said they had uncovered a scheme by militants to attack a church.",
])
def test_an_act_stopped_before_it_happened_is_no_assault(nlp_pipeline, text: str) -> None:
    assert "ASSAULT" not in _types(nlp_pipeline, text)


@pytest.mark.parametrize("text", [
    "Kenyan forces repelled an attack by al-Shabab fighters on a police station near Garissa.",
    "Armenia condemned the attack by Azerbaijani drones on a village near Kapan.",
])
def test_an_attack_repelled_or_condemned_did_happen(nlp_pipeline, text: str) -> None:
    assert "ASSAULT" in _types(nlp_pipeline, text)
