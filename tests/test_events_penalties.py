"""A fine is a penalty laid on whoever is fined; what one is stripped of says what the act
is (citizenship: repression; immunity or a seat: a penalty); a retaliation WITH a measure or a
weapon is that measure or that attack, done by the retaliator. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("A court in Moscow fined Google for failing to delete content.", ["SANCTION RUS>"]),
    ("Police fined dozens of drivers in Nairobi.", ["SANCTION KEN>"]),
    ("The weather was fine, he said.", []),
])
def test_a_fine_is_a_penalty(nlp_pipeline, text, wanted):
    found = [s.split(">")[0] + ">" for s in sides(nlp_pipeline, text, {"SANCTION"})]
    assert found == wanted


@pytest.mark.parametrize(("text", "types", "wanted"), [
    ("Canada retaliated with tariffs on American goods.", {"SANCTION", "ASSAULT"},
     ["SANCTION CAN>USA"]),
    ("Israel retaliated with airstrikes on Gaza.", {"ASSAULT"}, ["ASSAULT ISR>PSE"]),
    # no means named, or arms: a retaliation done is a use of force
    ("The Azerbaijani army retaliated on Monday.", {"ASSAULT"}, ["ASSAULT AZE>"]),
    ("The army retaliated with artillery fire after the ambush.", {"ASSAULT"},
     ["ASSAULT ?>"]),
    # any other means names the act
    ("Beijing retaliated with a formal protest to Washington.", {"ACCUSE", "ASSAULT"},
     ["ACCUSE CHN>"]),
    ("Moscow retaliated with the expulsion of 20 British diplomats.", {"SANCTION", "ASSAULT"},
     ["SANCTION RUS>GBR"]),
])
def test_a_retaliation_with_a_means_is_that_means(nlp_pipeline, text, types, wanted):
    assert sides(nlp_pipeline, text, types) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Nicaragua stripped 94 critics of their citizenship.", ["COERCE"]),
    ("The critics were stripped of their Nicaraguan nationality last year.", ["COERCE"]),
    ("Parliament in Kyiv stripped the opposition leader of his immunity.", ["SANCTION"]),
    ("FIFA stripped Indonesia of the right to host the Under-20 World Cup.", ["SANCTION"]),
    ("The dancers stripped off their costumes before the show in Rome.", []),
])
def test_what_is_stripped_says_what_the_act_is(nlp_pipeline, text, wanted):
    found = [s.split()[0] for s in sides(nlp_pipeline, text, {"COERCE", "SANCTION"})]
    assert found == wanted
