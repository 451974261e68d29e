"""A national adjective joined by a hyphen to "made" or "speaking" tells where a thing
comes from or what language someone speaks, not whose actor it is ("shot down a
Russian-made drone"); where the thing changes hands the maker supplies it ("acquiring
Turkish-designed warships"). A group noun after a count is still an actor ("20
schoolchildren"), the count staying its own entity.
"""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes, analyse

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Ukrainian troops shot down an Iranian-made drone near Kherson.", "Iranian"),
    ("A Spanish-speaking priest was kidnapped in Haiti on Sunday.", "Spanish"),
])
def test_an_origin_compound_names_no_actor(nlp_pipeline, text, wanted):
    assert actor_codes(nlp_pipeline, text, wanted) == []


def test_the_maker_of_what_changes_hands_stays_an_actor(nlp_pipeline):
    text = "Nigeria is buying Italian-built helicopters for its air force."
    assert [c.split()[0] for c in actor_codes(nlp_pipeline, text, "Italian")] == ["ITA"]


def test_a_counted_group_is_an_actor_and_its_count_an_entity(nlp_pipeline):
    analysis = analyse(nlp_pipeline, "Gunmen killed 14 villagers in Burkina Faso's north.")
    texts = {m.text: m for m in analysis.mentions}
    assert "14" in texts
    assert [(a.country, a.sector) for a in texts["villagers"].actors] == [("BFA", "CVL")]
