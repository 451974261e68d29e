"""What each number on an event counts, and who claims it: the dead, the wounded and the
displaced an event causes (coordinated and passive victims included, and those it "left
dead"), forces sent, sums
in their written forms (by "worth" and "valued at" too), items, qualifiers; never a year,
an age, a date, a phone number, a rank ("one of the largest") or a rate read as a count.
The sentences are our own invention."""

from __future__ import annotations

import pytest
from event_fixtures import numbers, quantities_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # passive victims of an event, and those joined to them by "and", share it as cause
    (("More than 2,000 people were displaced and about 40 wounded by Russian shelling "
     "in Kherson."), "ASSAULT", [(2000, "more than", "displaced"), (40, "about", "wounded")]),
    ("Some 5,000 villagers were displaced by the Azerbaijani offensive near Lachin.",
     "offensive", [(5000, "about", "displaced")]),
    ("Twelve civilians and three soldiers died in the Russian attack on Sumy.", "attack",
     [(12, None, "killed"), (3, None, "killed")]),
    ("Russian strikes killed 12 civilians and three soldiers in Sumy.", "strikes",
     [(12, None, "killed"), (3, None, "killed")]),
    # a verb of loss joined to the act's own, whose victims name no one it could act on
    ("The strike killed 45 people and wounded 100 others, Afghan officials said.", "killed",
     [(45, None, "killed"), (100, None, "wounded")]),
    # the losses of a clause that tells when the event happened are the event's
    ("Five soldiers died when militants attacked a checkpoint in Borno state.", "attacked",
     [(5, None, "killed")]),
    ("Three civilians were injured after Israeli troops raided Jenin.", "raided",
     [(3, None, "wounded")]),
    ("Five soldiers were on patrol when militants attacked a checkpoint in Borno state.",
     "attacked", []),
    # the state an act left its victims in says what its count means
    ("Russian shelling left 40 people dead in Kherson.", "ASSAULT", [(40, None, "killed")]),
    ("Fighting between the army and the RSF left 40 dead in Darfur.", "ASSAULT",
     [(40, None, "killed")]),
    ("The Israeli strike left 12 people wounded in Tyre.", "ASSAULT", [(12, None, "wounded")]),
    ("Kenyan police shot dead 16 protesters in Nairobi.", "shot", [(16, None, "killed")]),
    # the parser may read "dead" as the count's adjective
    ("Gunmen shot dead two police officers in Peshawar.", "shot", [(2, None, "killed")]),
    ("Kenyan police shot 16 protesters in Nairobi.", "shot", [(16, None, "protesters")]),
    # an event noun says what its "of" count means, as its verb would
    ("The army announced the killing of 33 militants in Kurram.", "killing",
     [(33, None, "killed")]),
    ("NATO ordered the deployment of 4,000 troops to Estonia.", "deployment",
     [(4000, None, "deployed")]),
    ("Russian troops completed the capture of 20 villages near Avdiivka.", "capture",
     [(20, None, "villages")]),
    # a count of a pronoun ("18 of them") is what its verb makes of it; a noun stays
    ("Militants ambushed a convoy of 30 soldiers and killed 18 of them near Kidal.",
     "ambushed", [(30, None, "soldiers"), (18, None, "killed")]),
    ("Troops surrounded 50 rebels in the forest and killed 12 of them, the army said.",
     "surrounded", [(50, None, "rebels"), (12, None, "killed")]),
    # those who fled an event are displaced by it
    ("Nearly 300 villagers fled the Houthi offensive on Marib.", "offensive",
     [(300, "nearly", "displaced")]),
    ("Hundreds of civilians fled from the Russian bombardment of Mariupol.", "bombardment",
     [(200, "at least", "displaced")]),
    ("Russian artillery killed at least 15 civilians in Donetsk.", "killed",
     [(15, "at least", "killed")]),
    ("About 30 soldiers were wounded in the Azerbaijani attack on Lachin.", "wounded",
     [(30, "about", "wounded")]),
    ("Armenia said more than 100 of its servicemen were killed in the Azerbaijani assault.",
     "killed", [(100, "more than", "killed")]),
    ("Nigerian police arrested over 40 protesters in Lagos.", "arrested",
     [(40, "more than", "arrested")]),
    # forces sent or dispatched are deployed; people sent back are not
    ("Russia deployed more than 10,000 troops to the Belarusian border.", "deployed",
     [(10_000, "more than", "deployed")]),
    ("Turkey has sent up to 2,000 soldiers to northern Syria.", "sent",
     [(2000, "up to", "deployed")]),
    ("China dispatched some 300 peacekeepers to South Sudan.", "dispatched",
     [(300, "about", "deployed")]),
    ("Thailand sent 109 Uyghurs back to China.", "sent", [(109, None, "sent")]),
    # sums in their written forms, and the sum a deal or a delivery is valued at
    ("The United States pledged $400 million in military aid to Ukraine.", "pledged",
     [(4e8, None, "USD")]),
    ("Japan promised 50 billion yen to Ukraine.", "promised", [(5e10, None, "JPY")]),
    ("The EU pledged two billion US dollars to Ukraine.", "pledged", [(2e9, None, "USD")]),
    ("Germany pledged more than €1 billion in humanitarian aid to Syria.", "pledged",
     [(1e9, "more than", "EUR")]),
    ("Pakistan promised to supply drones to Azerbaijan worth $3.5 million.", "promised",
     [(3.5e6, None, "USD")]),
    ("Britain signed an arms deal with Poland worth £4 billion.", "signed",
     [(4e9, None, "GBP")]),
    ("Baku signed contracts for Israeli radars worth nearly $2 billion.", "signed",
     [(2e9, "nearly", "USD")]),
    ("Washington approved a weapons package for Taiwan valued at $1.1 billion.", "approved",
     [(1.1e9, None, "USD")]),
    # items
    ("Turkey delivered 10 aircraft to Azerbaijan.", "delivered", [(10, None, "aircraft")]),
    ("Iran supplied 20 drones to Russia.", "supplied", [(20, None, "drones")]),
    ("Ukrainian drones destroyed over 40 Russian tanks near Izium.", "destroyed",
     [(40, "more than", "tanks")]),
    # a percentage is a rate, never a count of people
    ("Turkey raised tariffs on US goods by 25 percent.", "tariffs", [(25, None, "percent")]),
    ("Russian shelling destroyed 40% of the town of Avdiivka.", "shelling",
     [(40, None, "percent")]),
])
def test_a_number_says_what_it_counts(nlp_pipeline, text, trigger, expected):
    assert numbers(nlp_pipeline, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("In 2022, Russia attacked Ukraine.", "attacked"),
    ("Armenia and Azerbaijan signed the accord on 10 November.", "signed"),
    ("Police arrested a 34-year-old man in Tbilisi.", "arrested"),
    ("Police in Tbilisi arrested a suspect and asked witnesses to call 0161 496 0750.",
     "arrested"),
    ("Russia launched one of the largest attacks on Kyiv.", "attacks"),
    ("Russia launched two of its biggest drone attacks on Kyiv.", "attacks"),
    ("Some 2,000 people watched the Russian shelling of Kherson.", "shelling"),
    ("Pakistan signed an arms deal with Azerbaijan that observers called worth the risk.",
     "signed"),
])
def test_years_dates_ages_phones_ranks_and_onlookers_are_no_counts(nlp_pipeline, text, trigger):
    assert numbers(nlp_pipeline, text, trigger) == []


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # an age compared ("younger than five") counts nothing; "more than 20" counts
    ("Militiamen raped dozens of girls, including some younger than five, the charity said.",
     "raped", [(24, "at least", "girls")]),
    ("Gunmen abducted dozens of pupils, including some younger than ten, in Kaduna.",
     "abducted", [(24, "at least", "abducted")]),
    ("Rebels abducted dozens of pupils, including more than 20 girls, in Kaduna.", "abducted",
     [(24, "at least", "abducted"), (20, "more than", "abducted")]),
])
def test_an_age_compared_is_no_count(nlp_pipeline, text, trigger, expected):
    assert numbers(nlp_pipeline, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The health ministry said 50 people were killed in the Israeli strike on Rafah.",
     "killed", [(50, "killed", "The health ministry")]),
    ("According to monitors, 80 fighters died in the clashes near Idlib.", "clashes",
     [(80, "killed", "monitors")]),
    ("Up to 60 people were wounded in the Israeli air strike on Jenin, according to medics.",
     "wounded", [(60, "wounded", "medics")]),
    ("Experts say Iran may have sent some 3,000 troops to the border.", "sent",
     [(3000, "deployed", "Experts")]),
    (("More than 2,000 people were displaced and about 40 wounded by Russian shelling in "
     "Kherson, Ukraine said."), "ASSAULT",
     [(2000, "displaced", "Ukraine"), (40, "wounded", "Ukraine")]),
    # each side's figure is claimed by the side that gave it
    (("Azerbaijan said Armenian forces killed at least 7 soldiers, while Armenia said 20 "
     "Azerbaijani troops were killed."), "killed",
     [(7, "killed", "Azerbaijan"), (20, "killed", "Armenia")]),
    ("Turkey delivered 10 aircraft to Azerbaijan, the defence ministry in Baku said.",
     "delivered", [(10, "aircraft", "the defence ministry")]),
])
def test_a_number_is_claimed_by_whoever_tells_it(nlp_pipeline, text, trigger, expected):
    found = quantities_of(nlp_pipeline, text, trigger)
    assert [(q.value, q.unit, q.claimed_by) for q in found] == expected


def test_each_number_stays_on_its_own_event(nlp_pipeline):
    text = "Russia shelled Kharkiv, killing 12 civilians, and Ukraine sent 500 troops to the city."
    assert numbers(nlp_pipeline, text, "shelled") == [(12, None, "killed")]
    assert numbers(nlp_pipeline, text, "sent") == [(500, None, "deployed")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Georgia tried to mediate between the two sides.", "CONSULT"),
    ("Russia urged the two leaders to meet in Moscow.", "urged"),
    ("China invited all three countries to talks in Beijing.", "invited"),
    ("France hosted their two foreign ministers in Paris.", "hosted"),
])
def test_a_number_counting_the_parties_of_a_dyad_is_no_count(nlp_pipeline, text, trigger):
    assert numbers(nlp_pipeline, text, trigger) == []


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the same nouns counted as what an event did or hit
    ("Iran expelled two diplomats and sent three delegations home.", "expelled",
     [(2, None, "diplomats")]),
    ("Russia sanctioned two countries over the shipments.", "sanctioned",
     [(2, None, "countries")]),
])
def test_parties_an_event_acts_on_are_still_counted(nlp_pipeline, text, trigger, expected):
    assert numbers(nlp_pipeline, text, trigger) == expected
