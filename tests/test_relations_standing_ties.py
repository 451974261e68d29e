"""Standing ties that news states in passing: a dispute between two states (and its end),
joint work the two sides named before "their" call theirs, trading partners and the
partner ranked above another, the ally in a war or coalition another state leads, the
military backing of one side, a pledge to guard another state, arms supplies named as
such, promised or halted, a member calling on its organization's treaty. Sentences
written for these tests; records built by hand, no model loads."""

from __future__ import annotations

from dataclasses import replace

import pytest
from relations_fixtures import actor, analysis, pairs, relations

from belli.records import Analysis


@pytest.mark.parametrize(("markup", "expected"), [
    ("A border dispute between [Ruritania](RUR GOV) and [Elbonia](ELB GOV) flared again.",
     {("rival", "ELB+RUR", "")}),
    ("The standoff between [Addis Ababa](ETH GOV) and [Cairo](EGY GOV) over the dam deepened.",
     {("rival", "EGY+ETH", "")}),
    ("[Peru](PER GOV) and [Chile](CHL GOV) defend their joint ventures in the mining region.",
     {("partner", "CHL+PER", "")}),
    ("[Oman](OMN GOV) and [India](IND GOV) officials praised their joint military operation.",
     {("partner", "IND+OMN", "")}),
    ("[Japan](JPN GOV) and [Australia](AUS GOV)'s joint exercises drew a crowd.",
     {("partner", "AUS+JPN", "")}),
    ("[Chile](CHL GOV) is [Peru](PER GOV)'s largest trading partner.",
     {("partner", "CHL+PER", "")}),
    ("Mining made Canada [Peru](PER GOV)'s second-largest trading partner after [China](CHN GOV).",
     {("partner", "CHN+PER", "")}),
    ("[Jordan](JOR GOV) remains a reliable ally in the [France](FRA GOV)-led naval mission.",
     {("ally", "FRA+JOR", "")}),
    ("[Iranian](IRN GOV) military backing for [Damascus](SYR GOV) kept the regime afloat.",
     {("ally", "IRN+SYR", "")}),
    ("The [Tokyo government](JPN GOV)'s firm commitment to [Manila](PHL GOV)'s defence held.",
     {("ally", "JPN+PHL", "")}),
    ("Officials said [French](FRA GOV) arms deliveries to [Chad](TCD GOV) went on.",
     {("arms_supplier", "FRA", "TCD")}),
    ("[Germany](DEU GOV) pledged to deliver more [Leopard tanks](item) to [Kyiv](UKR GOV).",
     {("arms_supplier", "DEU", "UKR")}),
    ("[Sweden](SWE GOV) suspended exports of [radar](item) parts to [Egypt](EGY GOV).",
     {("arms_supplier", "SWE", "EGY")}),
    ("[Norway](NOR GOV) halted arms sales to [Qatar](QAT GOV) last spring.",
     {("arms_supplier", "NOR", "QAT")}),
    ("[Malian](MLI MIL) troops are armed largely with [Russian](RUS GOV) weaponry.",
     {("arms_supplier", "RUS", "MLI")}),
    ("[Poland](POL GOV) invoked Article 4 of the [NATO](NATO IGO) treaty.",
     {("member_of", "POL", "NATO")}),
    ("[Latvia](LVA GOV) appealed to the [EU](EU IGO) for military aid under Article 42.",
     {("member_of", "LVA", "EU")}),
], ids=lambda m: m[:40] if isinstance(m, str) else "")
def test_a_passing_phrase_states_a_standing_tie(markup: str,
                                                 expected: set[tuple[str, str, str]]) -> None:
    assert pairs(relations(analysis(markup))) == expected


@pytest.mark.parametrize("markup", [
    # the joint drills are others': the two named only take a stance on them
    "Unlike [Peru](PER GOV), [Chile](CHL GOV) spoke out against the joint exercises.",
    # a ranking without a second state names no partner; "main ... after" is no ranking
    "[Peru](PER GOV)'s second-biggest trading partner is growing fast.",
    "[Ukraine](UKR GOV)'s main partner after [Russia](RUS GOV)'s invasion was a neighbour.",
    # goods that are not arms make no supplier
    "[French](FRA GOV) wine exports to [Chad](TCD GOV) doubled.",
    "[Paris](FRA GOV) promised to supply grain to [Kyiv](UKR GOV).",
    "[Kenyan](KEN MIL) units equipped with new radios went to [Somalia](SOM GOV).",
    # a call for a halt is no halt of exports under way
    "Activists urged [Norway](NOR GOV) to halt arms sales to [Qatar](QAT GOV).",
    # anyone may ask an organization for help; only a member calls on its treaty
    "[Kenya](KEN GOV) asked the [AU](AU IGO) for help with the refugees.",
    # one row of one season is no standing rivalry
    "[Peru](PER GOV)'s trade dispute with [Chile](CHL GOV) eased.",
], ids=lambda m: m[:40])
def test_work_not_theirs_a_ranking_or_plain_trade_states_no_tie(markup: str) -> None:
    assert pairs(relations(analysis(markup))) == set()


def _their(markup: str, *codes: str) -> Analysis:
    """The marked-up text with "their" read by coreference as all of `codes`."""
    built = analysis(markup)
    mentions = tuple(replace(m, actors=tuple(actor(c) for c in codes))
                     if m.text == "their" else m for m in built.mentions)
    return built.replace(mentions=mentions)


@pytest.mark.parametrize(("markup", "read_as", "expected"), [
    # coreference took the subjects; the work belongs to the pair named just before it
    (("[Brazil](BRA GOV) and [Chile](CHL GOV) faulted [Peru](PER GOV) and [Bolivia](BOL GOV) "
     "over [their](BRA GOV) joint drills."), ("BRA", "CHL"), {("partner", "BOL+PER", "")}),
    # coreference took all four: still only the nearest pair
    (("[Norway](NOR GOV) and [Sweden](SWE GOV) objected after [Iran](IRN GOV) and "
     "[Syria](SYR GOV) staged [their](IRN GOV) joint exercises."),
     ("NOR", "SWE", "IRN", "SYR"), {("partner", "IRN+SYR", "")}),
    # another state named between the pair and "their" leaves the owners unclear
    (("[Peru](PER GOV) and [Chile](CHL GOV) told [Bolivia](BOL GOV) that [their](PER GOV) "
     "joint projects go on."), ("PER", "CHL"), set()),
], ids=["subjects-read", "all-four-read", "state-between"])
def test_their_joint_work_belongs_to_the_names_just_before_it(
        markup: str, read_as: tuple[str, ...], expected: set[tuple[str, str, str]]) -> None:
    assert pairs(relations(_their(markup, *read_as)), "partner") == expected


def test_halted_exports_were_under_way_until_then() -> None:
    (halted,) = relations(analysis(
        "[Sweden](SWE GOV) suspended exports of [radar](item) parts to [Egypt](EGY GOV)."))
    assert halted.status == "delivered" and halted.valid_to is not None


@pytest.mark.parametrize("markup", [
    ("The dispute between [Belize](BLZ GOV) and [Guatemala](GTM GOV) was settled "
    "[in 2019](date 2019)."),
    ("A court ruling [in 2019](date 2019) resolved the dispute between [Belize](BLZ GOV) and "
    "[Guatemala](GTM GOV)."),
    ("The standoff between [Belize](BLZ GOV) and [Guatemala](GTM GOV) ended "
    "[in 2019](date 2019)."),
], ids=lambda m: m[:40])
def test_a_settled_dispute_ends_the_rivalry_there(markup: str) -> None:
    (rivalry,) = relations(analysis(markup))
    assert (rivalry.valid_from, rivalry.valid_to) == (None, "2019")


@pytest.mark.parametrize("markup", [
    "The dispute between [Belize](BLZ GOV) and [Guatemala](GTM GOV) has yet to be resolved.",
    "The dispute between [Belize](BLZ GOV) and [Guatemala](GTM GOV) was never settled.",
    "The dispute between [Belize](BLZ GOV) and [Guatemala](GTM GOV) could be settled soon.",
    # a third side offering to mediate presupposes the dispute: the two are at odds
    ("[Mexico](MEX GOV) offered to mediate the dispute between [Belize](BLZ GOV) and "
    "[Guatemala](GTM GOV)."),
], ids=lambda m: m[:40])
def test_an_unsettled_or_mediated_dispute_stands(markup: str) -> None:
    (rivalry,) = relations(analysis(markup))
    assert (rivalry.type, rivalry.valid_to) == ("rival", None)
