"""Standing ties that news states in passing: a dispute between two states, joint work
the two sides call theirs, the trading partner ranked above another, the ally in a war
another state leads, the military backing of one side, a pledge to guard another state,
arms supplies named as such, promised or halted, a member calling on its organization's
treaty. Sentences written for these tests; records built by hand, no model loads."""

from __future__ import annotations

import pytest
from relations_fixtures import analysis, pairs, relations


@pytest.mark.parametrize(("markup", "expected"), [
    ("A border dispute between [Ruritania](RUR GOV) and [Elbonia](ELB GOV) flared again.",
     {("rival", "ELB+RUR", "")}),
    ("Drills sharpened the dispute between [Tehran](IRN GOV) and [Baku](AZE GOV) over trade.",
     {("rival", "AZE+IRN", "")}),
    ("[Peru](PER GOV) and [Chile](CHL GOV) defend their joint ventures in the mining region.",
     {("partner", "CHL+PER", "")}),
    ("[Oman](OMN GOV) and [India](IND GOV) officials praised their joint military operation.",
     {("partner", "IND+OMN", "")}),
    ("Canada is [Peru](PER GOV)'s second-biggest trading partner after [Chile](CHL GOV).",
     {("partner", "CHL+PER", "")}),
    ("The [Kurdish militia](SYR REB) is a key ally in the [Washington](place USA)-led campaign.",
     {("ally", "SYR+USA", "")}),
    ("[Ankara](place TUR)'s military backing of [Tripoli](LBY GOV) averted its defeat.",
     {("ally", "LBY+TUR", "")}),
    ("The [Tokyo government](JPN GOV)'s firm commitment to [Manila](PHL GOV)'s defence held.",
     {("ally", "JPN+PHL", "")}),
    ("Officials said [French](FRA GOV) arms deliveries to [Chad](TCD GOV) went on.",
     {("arms_supplier", "FRA", "TCD")}),
    (("[Paris](FRA GOV) promised to supply, to the dismay of many, [howitzers](item) to "
      "[Kyiv](UKR GOV)."), {("arms_supplier", "FRA", "UKR")}),
    ("[Sweden](SWE GOV) suspended exports of [radar](item) parts to [Egypt](EGY GOV).",
     {("arms_supplier", "SWE", "EGY")}),
    ("[Kenyan](KEN MIL) forces, equipped mostly with older [American](USA GOV) weapons, held.",
     {("arms_supplier", "USA", "KEN")}),
    ("[Poland](POL GOV) invoked Article 4 of the [NATO](NATO IGO) treaty.",
     {("member_of", "POL", "NATO")}),
    (("[Kenya](KEN GOV)'s cabinet formally asked the [AU](AU IGO) for urgent help under "
      "Article 4 of its charter."), {("member_of", "KEN", "AU")}),
], ids=lambda m: m[:40] if isinstance(m, str) else "")
def test_a_passing_phrase_states_a_standing_tie(markup: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    assert pairs(relations(analysis(markup))) == expected


@pytest.mark.parametrize("markup", [
    # the joint drills are others': the two named only take a stance on them
    "Unlike [Peru](PER GOV), [Chile](CHL GOV) spoke out against the joint exercises.",
    # a ranking without a second state names no partner
    "[Peru](PER GOV)'s second-biggest trading partner is growing fast.",
    # goods that are not arms make no supplier
    "[French](FRA GOV) wine exports to [Chad](TCD GOV) doubled.",
    "[Paris](FRA GOV) promised to supply grain to [Kyiv](UKR GOV).",
    "[Kenyan](KEN MIL) units equipped with new radios went to [Somalia](SOM GOV).",
    # anyone may ask an organization for help; only a member calls on its treaty
    "[Kenya](KEN GOV) asked the [AU](AU IGO) for help with the refugees.",
    # one row of one season is no standing rivalry
    "[Peru](PER GOV)'s trade dispute with [Chile](CHL GOV) eased.",
], ids=lambda m: m[:40])
def test_work_not_theirs_a_ranking_or_plain_trade_states_no_tie(markup: str) -> None:
    assert pairs(relations(analysis(markup))) == set()


def test_halted_exports_were_under_way_until_then() -> None:
    (halted,) = relations(analysis(
        "[Sweden](SWE GOV) suspended exports of [radar](item) parts to [Egypt](EGY GOV)."))
    assert halted.status == "delivered" and halted.valid_to is not None
