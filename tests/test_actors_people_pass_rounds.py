"""The people pass's two rounds (belli.actors.document.people_pass), by who ends up
resolved:

* a name before its apposition takes the apposition's reading, though the apposition is
  resolved only after the name was first read ("X, a senior police officer, said");
* a role resolved in the first round names a state for its sentence, so an office
  holder a few sentences on finds that state in the second round;
* where the first round resolves no one, no one is resolved: a second round adds nothing.

Every sentence here is invented.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes

pytestmark = pytest.mark.model

_codes = partial(actor_codes, published="2024-05-01")


@pytest.mark.parametrize(("text", "name", "codes"), [
    ("Omar Haddad, a police spokesman, said officers arrested five men in Amman.",
     "Omar Haddad", ["JOR COP"]),
    ("Sara Diaz, a senior army officer, said troops had entered villages near Goma in Congo.",
     "Sara Diaz", ["COD MIL"]),
])
def test_a_name_takes_the_reading_of_its_apposition_resolved_after_it(nlp_pipeline, text,
                                                                       name, codes):
    assert _codes(nlp_pipeline, text, name) == codes


def test_a_name_whose_apposition_holds_no_office_stays_unresolved(nlp_pipeline):
    text = "Omar Haddad, a local poet, said officers arrested five men in Amman."
    assert _codes(nlp_pipeline, text, "Omar Haddad") == []


_QUIET = "Rain fell for hours. Rivers rose fast. Many homes were damaged."


@pytest.mark.parametrize("role", ["A senior police officer said roads were closed.",
                                  "A police spokesman said roads were closed."])
def test_a_role_resolved_first_gives_its_state_to_an_office_holder_further_on(nlp_pipeline,
                                                                              role):
    # Kenya is five sentences before the commander: too far for him, not for the role
    text = f"Floods hit Kenya on Monday. {role} {_QUIET} Police commander Tom Reyes said help was coming."
    assert _codes(nlp_pipeline, text, "Tom Reyes") == ["KEN COP"]


def test_an_office_holder_too_far_from_any_state_named_stays_unresolved(nlp_pipeline):
    text = f"Floods hit Kenya on Monday. Roads were closed. {_QUIET} Police commander Tom Reyes said help was coming."
    assert _codes(nlp_pipeline, text, "Tom Reyes") == []
