"""Who died in an attack was hit by it, never did it: "twelve soldiers DIED IN an attack"
makes the soldiers its target (as "were killed in" and "lost their lives in" do), while
"the rebels KILLED 400 people in attacks" still makes the rebels the attackers. And an
attack "CLAIMED BY" a group, that "WAS CLAIMED BY" it or "WHICH" it "CLAIMED", was carried
out by that group, as when it claims responsibility for it (not one "claimed by Moscow TO
BE a Ukrainian plot").
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("Twelve Somali soldiers died in an attack near Mogadishu.", ["ASSAULT >SOM"]),
    ("Twelve soldiers died in an attack by al-Shabab.", ["ASSAULT SOM>SOM"]),
    ("Twelve soldiers died in an attack claimed by al-Shabab.", ["ASSAULT SOM>SOM"]),
])
def test_who_died_in_an_attack_is_its_target(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


def test_who_killed_in_attacks_made_them(nlp_pipeline):
    text = "In 2024, Baloch separatists killed nearly 400 Pakistani civilians in attacks."
    assert all(s.startswith("ASSAULT PAK>") for s in sides(nlp_pipeline, text, {"ASSAULT"}))


def test_the_group_an_attack_is_claimed_by_made_it(nlp_pipeline):
    text = "At least 20 people were killed in an attack claimed by the Islamic State group."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == ["ASSAULT IMG>?"]


def test_the_group_that_claimed_a_told_attack_made_it(nlp_pipeline):
    assert sides(nlp_pipeline, "The bombing was claimed by al-Shabab on Monday.",
                 {"ASSAULT"}) == ["ASSAULT SOM>"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("The attack, which Hamas claimed, killed three Israelis.", ["ASSAULT PSE>ISR"]),
    ("The bombing that al-Shabab claimed killed 12 people.", ["ASSAULT SOM>SOM"]),
])
def test_the_group_a_relative_clause_says_claimed_it_made_it(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


def test_who_claimed_something_about_an_attack_did_not_make_it(nlp_pipeline):
    text = "The attack, which Israel claimed was carried out by Hezbollah, killed two soldiers."
    assert not any(s.startswith("ASSAULT ISR>") for s in sides(nlp_pipeline, text, {"ASSAULT"}))


def test_an_attack_claimed_to_be_anothers_plot_is_not_owned(nlp_pipeline):
    text = "The attack was claimed by Moscow to be a Ukrainian plot."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == []


def test_who_lost_their_lives_in_an_attack_is_its_target(nlp_pipeline):
    text = "Twelve Somali soldiers lost their lives in an attack by al-Shabab near Mogadishu."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == ["ASSAULT SOM>SOM"]


def test_a_side_that_lost_in_an_offensive_still_made_it(nlp_pipeline):
    text = "Russian forces lost heavily in the offensive near Bakhmut."
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == ["ASSAULT RUS>UKR"]


def test_an_attack_claimed_by_someone_to_be_anothers_is_not_theirs(nlp_pipeline):
    text = ("A drone attack on the Kremlin, claimed by Moscow to be a Ukrainian plot, "
            "caused little damage.")
    assert all(not s.startswith("ASSAULT RUS>") for s in sides(nlp_pipeline, text, {"ASSAULT"}))
