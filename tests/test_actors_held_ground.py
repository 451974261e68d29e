"""The ground an army holds, named with a country's adjective, is that army: "shelled
Armenian positions" hits ARM MIL. "Positions" and "posts" also name views and messages,
which stay the state's or nobody's ("the American positions on the deal", "Russian posts
on Telegram"). The sentences are our own."""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model

_codes = partial(actor_codes, match="closest")


@pytest.mark.parametrize(("text", "wanted", "expected"), [
    ("Georgian forces shelled Russian positions near the pass.", "Russian positions",
     ["RUS MIL"]),
    ("Militants attacked Pakistani posts overnight.", "Pakistani posts", ["PAK MIL"]),
    ("Indian artillery hit Chinese trenches on the ridge.", "Chinese trenches", ["CHN MIL"]),
    ("Drones struck Iraqi outposts in the desert.", "Iraqi outposts", ["IRQ MIL"]),
    ("Serbia shelled Bosnian military positions on the hills.", "Bosnian military positions",
     ["BIH MIL"]),
    ("Sudanese troops fired on Ethiopian positions on the border.", "Ethiopian positions",
     ["ETH MIL"]),
    # any noun after "on" or "over" but an abstract topic is the ground held
    ("Drones hit Armenian positions on the plain.", "Armenian positions", ["ARM MIL"]),
    ("Azerbaijani guns shelled Armenian positions over the village.", "Armenian positions",
     ["ARM MIL"]),
])
def test_the_ground_an_army_holds_is_that_army(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted) == expected


@pytest.mark.parametrize(("text", "wanted"), [
    ("Tehran criticized the American positions on the nuclear deal.", "American positions"),
    ("Russian posts on Telegram claimed the town had fallen.", "Russian posts"),
    ("The French and German positions regarding the budget differ.", "French and German positions"),
    ("Kenya welcomed the Ugandan positions on the trade dispute.", "Ugandan positions"),
])
def test_positions_and_posts_that_are_views_or_messages_are_no_army(nlp_pipeline, text, wanted):
    assert not any(code.endswith("MIL") for code in _codes(nlp_pipeline, text, wanted))
