"""People barred or banned FROM a place or an act are kept from it: the place is no one
the act is aimed at. Goods stopped or banned still come from whom "from" names, however
the parser hangs it ("stopped arms shipments FROM Iran"). Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Taliban said they had barred the UN envoy from the country.", ["COERCE AFG>UN"]),
    # the parser hangs this "from" on the object: still where they are kept from
    ("Kyiv banned Russian vessels from Ukrainian ports.", ["COERCE UKR>RUS"]),
])
def test_what_people_are_barred_from_is_no_target(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"COERCE"}) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Ankara stopped arms shipments from Iran.", ["COERCE TUR>IRN"]),
    ("Budapest banned imports from Ukraine.", ["SANCTION HUN>UKR"]),
])
def test_goods_kept_out_still_come_from_whom_from_names(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"COERCE", "SANCTION"}) == wanted
