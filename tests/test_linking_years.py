"""The words linking compares keep a name apart from the year joined to it: outlets write
one exercise "Zapad-2021", "Zapad 2021" or "Zapad", and one weapon always "S-400"."""

from __future__ import annotations

import pytest

from belli.analysis.wording import content_words


@pytest.mark.parametrize(("joined", "apart"), [
    ("Troops ended the Zapad-2021 drills", "Troops ended the Zapad 2021 drills"),
    ("sailors left the Northern Shield-2019 games", "sailors left the Northern Shield – 2019 games"),
    ("the Caucasus-2020 manoeuvres", "the Caucasus manoeuvres"),
])
def test_a_name_with_its_year_joined_is_the_name(joined: str, apart: str) -> None:
    assert content_words(joined) == content_words(apart)


@pytest.mark.parametrize(("model", "word"), [
    ("Ankara tested the S-400 system", "s-400"),
    ("Cairo bought F-16 jets", "f-16"),
    ("the MiG-29 fleet", "mig-29"),
])
def test_a_model_number_stays_part_of_its_name(model: str, word: str) -> None:
    assert word in content_words(model)
