"""Words the lexicon lacked for acts that wire copy tells often.

- A verb that raises a levy codes the levy: "boosted tariffs" imposes more of them, the
  subject imposing, as "raised" and "hiked" do; a budget or an economy boosted is no act.
- Easing, reducing, defusing or calming the tension BETWEEN two others is mediating it
  (CONSULT, third-party); a side's own "eased tensions", or tension eased by a thing, is
  no act.
- Forces that enter another's waters, airspace or land make an incursion ("warships
  entered Japan's waters": COERCE; "troops entered the town": ASSAULT); a firm entering a
  market or a treaty entering into force does not.
- Fighting between two parties is their fight, whether "between" hangs on the gerund or
  on the verb that starts it ("fighting broke out between"); a gerund that does something
  ("fighting Chinese influence is a priority") names no fight.
- A candidacy frozen, talks ruled out or a resolution voted against is refused (REJECT);
  assets frozen are still a sanction, foul play ruled out a finding.
- Money spent on, earmarked for, paid out to or deposited in the bank of another, aid
  airlifted, and a weapons or aid package announced is aid; spending on one's own
  imports, money put in an account, or a stimulus package, is none. Military advisers
  sent are military aid, legal ones none; a peacekeeping mission extended (or the
  mandate of a council's mission) is aid; a state sheltering refugees aids them, a school
  they shelter in does not.
- Deals inked, initialled or struck are agreements; a tone struck is none.
- Force in wire words: a vessel rammed, prisoners hanged, a bomb set off, a missile that
  slammed into a block, positions hammered, troops pushed back, a palace taken over;
  a bill rammed through parliament, a flag hung, a truck that slammed into a wall, a
  delegation that set off for Geneva are none.
- Warships or jets escorting others, reservists called up, a border fortified and
  uranium enrichment expanded are MOBILIZE; police escorting a man out of court are not.
- Networks breached by hackers are cyber coercion, an accreditation revoked censorship,
  an agreement revoked a withdrawal; partners teaming up cooperate, and a state throwing
  its weight behind a bid backs it.
- Diplomacy in wire words: "sat down with", "a phone conversation with", "softened its
  stance", "let aid into", "sought weapons from", "blasted the decision", "took aim at",
  "approved the membership bid"; sitting down with reporters, a bomb that blasted a
  market, snipers taking aim are none, and "raped" (lemmatized "rap") stays an assault.
- Restrictions and build-ups: a no-fly zone imposed (COERCE), aid withheld (SANCTION, and
  the aid the sum is "in" is no gift), a tourist put on trial (ACCUSE), forces bolstered or
  a military presence beefed up (MOBILIZE), boats or reporters harassed (COERCE); names
  withheld, an economy bolstered, a presence merely held, flares released are none.

- Each sense is held by the lexicon's conditions, and its look-alikes code none: force
  "hammered" or "pummelled" by an armed hand or with a weapon (not critics, voters, a
  storm, "hammered home"), a boat rammed by a coast guard or militia (not a ferry in fog),
  another's waters entered (not the Black Sea), a stockpile of weapons (not of grain), a
  resolution voted for (not a parliament's motion), states teaming up (not teams or
  clubs), police blasting protesters with water cannon (no rebuke), weapons bought with no
  recipient (MOBILIZE); the "at" of "took aim at" names the target, never the place.

Each case is a sentence and its events for the given trigger words, written "TYPE
SOURCES>TARGETS" with country codes; the sentences are our own.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

LEVIES = [
    ("Washington boosted tariffs on Chinese steel on Tuesday.", {"tariffs"},
     ["SANCTION USA>CHN"]),
    ("India boosted the import duty on Turkish apples.", {"duty"}, ["SANCTION IND>TUR"]),
    ("Beijing boosted its economy with new spending.", {"boosted", "economy"}, []),
    ("Japan boosted its defense budget by 10 percent.", {"boosted", "budget"}, []),
]

MEDIATION = [
    ("Qatar is working to ease tensions between Washington and Tehran.", {"ease"},
     ["CONSULT QAT>IRN,USA"]),
    ("The UN envoy sought to defuse tensions between Ethiopia and Sudan.", {"defuse"},
     ["CONSULT UN>ETH,SDN"]),
    ("The ceasefire eased tensions in the region.", {"eased"}, []),
    ("Police defused a bomb near the Israeli embassy.", {"defused"}, []),
    ("The move reduced tensions between Serbia and Kosovo.", {"reduced"}, []),
]


INCURSIONS = [
    ("Two Chinese warships entered Japan's territorial waters on Friday.", {"entered"},
     ["COERCE CHN>JPN"]),
    ("Russian military aircraft entered South Korea's air defence zone.", {"entered"},
     ["COERCE RUS>KOR"]),
    ("Turkish troops entered the Syrian town of Afrin.", {"entered"}, ["ASSAULT TUR>SYR"]),
    ("Chinese warships entered Philippine waters near the shoal.", {"entered"},
     ["COERCE CHN>PHL"]),
    ("Chinese warships entered the exclusive economic zone of Vietnam.", {"entered"},
     ["COERCE CHN>VNM"]),
    # waters of no one's, or a sea open to all: no incursion
    ("US warships entered the Black Sea.", {"entered"}, []),
    ("Russian warships entered international waters.", {"entered"}, []),
    ("The Indian carmaker entered the Brazilian market last year.", {"entered"}, []),
    ("The pact between Russia and Iran entered into force in July.", {"entered"}, []),
]

FIGHTS_BETWEEN = [
    ("Fighting between Ethiopian troops and Eritrean forces erupted near the border.",
     {"Fighting"}, ["ASSAULT ERI,ETH>"]),
    ("Fighting broke out between Indian and Chinese soldiers in the Himalayas.",
     {"Fighting"}, ["ASSAULT CHN,IND>"]),
    ("Fighting Chinese influence is a priority for Australia, its minister said.",
     {"Fighting"}, []),
]

REFUSALS = [
    ("The European Union froze Serbia's accession bid.", {"froze"}, ["REJECT EU>SRB"]),
    ("Tehran ruled out direct talks with Washington.", {"ruled"}, ["REJECT IRN>USA"]),
    ("Russia voted against the resolution drafted by France.", {"voted"}, ["REJECT RUS>FRA"]),
    ("Canada froze the assets of Russian oligarchs.", {"froze"}, ["SANCTION CAN>RUS"]),
    ("China voted for the draft resolution proposed by Brazil.", {"voted"},
     ["SUPPORT CHN>BRA"]),
    # a parliament's motion at home is no act between states
    ("Lawmakers in Kyiv voted for the motion of no confidence in the government.",
     {"voted"}, []),
    ("Police in Ankara ruled out foul play in the death of the Iranian diplomat.",
     {"ruled"}, []),
]

MONEY_AND_PACKAGES = [
    ("Denmark has spent 1 billion euros on weapons for Ukraine.", {"spent"},
     ["AID DNK>UKR"]),
    ("Japan earmarked 200 million dollars for Jordan's refugee programme.", {"earmarked"},
     ["AID JPN>JOR"]),
    ("The European Union disbursed 4 billion euros to Ukraine.", {"disbursed"},
     ["AID EU>UKR"]),
    # money put in another state's bank props it up; ballots put in a box are no money
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", {"deposited"},
     ["AID SAU>PAK"]),
    ("Voters deposited their ballots in boxes.", {"deposited"}, []),
    ("Smugglers deposited $5 million in a Swiss bank account.", {"deposited"}, []),
    # a state sheltering refugees aids them; the school they shelter in gives no aid
    ("Uganda shelters more than a million refugees.", {"shelters"}, ["AID UGA>?"]),
    ("An Israeli airstrike hit a school sheltering displaced people in Gaza City.",
     {"sheltering"}, []),
    # sanctions extended stay sanctions, not aid (a peacekeeping mission extended: below)
    ("The EU extended sanctions on Russia for six months.", {"sanctions", "extended"},
     ["SANCTION EU>RUS"]),
    ("Russia extended its military mission in Syria for another year.", {"extended"}, []),
    # military advisers sent to another state train its forces
    ("Russia sent military advisers to Mali.", {"sent"}, ["AID RUS>MLI"]),
    ("Germany sent legal advisers to Ukraine to help draft anti-corruption laws.",
     {"sent"}, []),
    ("Jordan airlifted food aid to Gaza.", {"airlifted"}, ["AID JOR>PSE"]),
    # a package announced is aid promised (PLOVER codes a pledge of aid AGREE)
    ("Britain announced a new military aid package for Ukraine.", {"package"},
     ["AGREE GBR>UKR"]),
    ("Egypt spent 2 billion dollars on food imports.", {"spent"}, []),
    # weapons bought with no recipient named build up one's own forces
    ("Ukraine spent 2 billion euros on weapons.", {"spent"}, ["MOBILIZE UKR>"]),
    ("Italy announced a stimulus package for its economy.", {"package", "announced"}, []),
]

DEALS = [
    ("India and France inked a deal for 26 fighter jets.", {"inked"}, ["AGREE FRA,IND>"]),
    ("Armenia and Azerbaijan initialled a peace treaty in Washington.", {"initialled"},
     ["AGREE ARM,AZE>"]),
    ("Hanoi struck a deal with Washington on tariffs.", {"struck"}, ["AGREE VNM>USA"]),
    ("The prime minister of Japan struck a cautious tone on China.", {"struck"}, []),
]

FORCE = [
    ("A Chinese coast guard ship rammed a Vietnamese fishing boat.", {"rammed"},
     ["ASSAULT CHN>VNM"]),
    ("Saudi Arabia hanged a Pakistani man for drug smuggling.", {"hanged"},
     ["ASSAULT SAU>PAK"]),
    ("A Russian missile slammed into a Ukrainian apartment block.", {"slammed"},
     ["ASSAULT RUS>UKR"]),
    ("Russian artillery hammered Ukrainian positions near Kupiansk.", {"hammered"},
     ["ASSAULT RUS>UKR"]),
    ("Russia pummelled Kharkiv with missiles overnight.", {"pummelled"}, ["ASSAULT RUS>UKR"]),
    ("Chinese maritime militia vessels rammed a Philippine supply boat.", {"rammed"},
     ["ASSAULT CHN>PHL"]),
    ("Ukrainian forces pushed back Russian troops near Kharkiv.", {"pushed"},
     ["ASSAULT UKR>RUS"]),
    ("The Malian army took over the presidential palace.", {"took"}, ["COERCE MLI>"]),
    ("The ruling party rammed the bill through the Georgian parliament.", {"rammed"}, []),
    ("Protesters hung a Ukrainian flag on the Russian embassy fence.", {"hung"}, []),
    ("A Kenyan truck slammed into a wall in Nairobi.", {"slammed"}, []),
    ("The Iranian delegation set off for Geneva on Monday.", {"set"}, []),
    # no armed hand and no weapon: criticism, a vote, a storm, an accident at sea
    ("Opposition leaders hammered the government over the budget.", {"hammered"}, []),
    ("Voters hammered the ruling party at the polls.", {"hammered"}, []),
    ("Hamas hammered home its message to Israel.", {"hammered"}, []),
    ("The storm pummelled the coast of Florida.", {"pummelled"}, []),
    ("A ferry rammed a fishing boat in fog off Greece.", {"rammed"}, []),
    ("A Greek ferry rammed a Turkish fishing boat in fog.", {"rammed"}, []),
]

BUILD_UPS = [
    ("French warships escorted merchant vessels through the Red Sea.", {"escorted"},
     ["MOBILIZE FRA>"]),
    ("Israel called up 300,000 reservists.", {"called"}, ["MOBILIZE ISR>"]),
    ("Finland fortified its border with Russia.", {"fortified"}, ["MOBILIZE FIN>RUS"]),
    ("Iran expanded uranium enrichment at Fordow.", {"enrichment"}, ["MOBILIZE IRN>"]),
    ("Russian police officers escorted the Ukrainian journalist out of the courtroom.",
     {"escorted"}, []),
    ("Iran expanded its trade with China.", {"expanded", "trade"}, []),
    ("North Korea expanded its nuclear arsenal.", {"arsenal"}, ["MOBILIZE PRK>"]),
    ("Russia holds the largest nuclear arsenal in the world.", {"arsenal"}, []),
    ("North Korea expanded its stockpile of missiles.", {"stockpile"}, ["MOBILIZE PRK>"]),
    ("Russia increased its nuclear stockpile.", {"stockpile"}, ["MOBILIZE RUS>"]),
    ("The government increased its stockpile of grain.", {"stockpile"}, []),
]

WORDS_OF_DIPLOMACY = [
    ("Putin sat down with Xi in Beijing.", {"sat"}, ["CONSULT RUS>CHN"]),
    ("Modi held a phone conversation with Biden.", {"conversation"}, ["CONSULT IND>USA"]),
    ("Putin sat down with reporters from Russian television.", {"sat"}, []),
    ("India softened its stance on Canada.", {"softened"}, ["CONCEDE IND>CAN"]),
    ("Israel let aid trucks into Gaza.", {"let"}, ["RETREAT ISR>"]),
    ("Kyiv sought more weapons from Germany.", {"sought"}, ["REQUEST UKR>DEU"]),
    ("Zelensky blasted Hungary's decision.", {"blasted"}, ["ACCUSE UKR>HUN"]),
    ("Beijing took aim at Washington over the tariffs.", {"took"}, ["ACCUSE CHN>USA"]),
    ("A bomb blasted the market in Kabul.", {"blasted"}, []),
    ("Police blasted protesters with water cannon in Tbilisi.", {"blasted"}, []),
    ("Snipers took aim at protesters in Khartoum.", {"took"}, []),
    ("Turkey approved Sweden's NATO membership bid.", {"approved"}, ["SUPPORT TUR>NATO,SWE"]),
    # the small model lemmatizes "raped" as "rap": no rebuke may take the word
    ("Sudanese soldiers raped dozens of women in Darfur.", {"raped"}, ["ASSAULT SDN>SDN"]),
]

RESTRICTIONS_AND_BUILD_UPS = [
    ("Turkey imposed a no-fly zone over northern Syria.", None, ["COERCE TUR>SYR"]),
    ("The pilots flew over the no-fly zone.", None, []),
    ("The United States withheld 95 million dollars in aid to Egypt.", None,
     ["SANCTION USA>EGY"]),
    ("Russia withheld gas from Moldova.", None, ["COERCE RUS>MDA"]),
    ("The ministry withheld the names of the Indian victims.", None, []),
    ("Iran put a French tourist on trial.", None, ["ACCUSE IRN>FRA"]),
    ("Russia beefed up its military presence in Belarus.", None, ["MOBILIZE RUS>BLR"]),
    ("Israel bolstered its forces along the Lebanese border.", None, ["MOBILIZE ISR>LBN"]),
    ("China bolstered its economy with new spending.", None, []),
    ("Russia has a military presence in Syria.", None, []),
    ("Chinese vessels harassed Philippine fishing boats near Scarborough Shoal.", None,
     ["COERCE CHN>PHL"]),
    ("Police harassed opposition journalists in Minsk.", None, ["COERCE BLR>BLR"]),
    ("A Chinese jet released flares in front of an Australian helicopter.", None, []),
]

OTHER_ACTS = [
    ("Chinese hackers breached US government networks.", {"breached"}, ["COERCE CHN>USA"]),
    ("Russia revoked the accreditation of a German reporter.", {"revoked"},
     ["COERCE RUS>DEU"]),
    ("Mali revoked its defence agreement with France.", {"revoked"}, ["SANCTION MLI>FRA"]),
    ("Russia and Iran teamed up on drone production.", {"teamed"}, ["COOPERATE IRN,RUS>"]),
    ("France teamed up with Germany on a new fighter jet.", {"teamed"}, ["COOPERATE FRA>DEU"]),
    # sides that are no states or armed groups, or a team out to win a contest
    ("Argentina teamed up with Brazil to win the football tournament.", {"teamed"}, []),
    ("The Lakers teamed up with a charity in Los Angeles.", {"teamed"}, []),
    ("Germany threw its weight behind Ukraine's bid.", {"threw"}, ["SUPPORT DEU>UKR"]),
]


# each table, by the behaviour it specifies
TABLES = {
    "boosting_a_levy_imposes_it": LEVIES,
    "easing_tension_between_others_mediates": MEDIATION,
    "forces_entering_anothers_waters_or_land_make_an_incursion": INCURSIONS,
    "fighting_between_two_parties_is_their_fight": FIGHTS_BETWEEN,
    "a_bid_frozen_or_talks_ruled_out_are_refused": REFUSALS,
    "money_spent_or_paid_out_for_another_is_aid": MONEY_AND_PACKAGES,
    "a_deal_inked_or_struck_is_agreed": DEALS,
    "force_in_wire_words_is_coded_and_its_other_senses_are_not": FORCE,
    "escorts_call_ups_and_enrichment_build_up_forces": BUILD_UPS,
    "breaches_revocations_and_backing_code_their_types": OTHER_ACTS,
    "wire_words_of_meeting_easing_asking_and_rebuke_code_their_types": WORDS_OF_DIPLOMACY,
    "restrictions_withholdings_and_build_ups_code_one_event_each": RESTRICTIONS_AND_BUILD_UPS,
}
CASES = [pytest.param(*case, id=f"{name}-{i}") for name, table in TABLES.items()
         for i, case in enumerate(table)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "expected"), CASES)
def test_a_wire_word_codes_its_sense_and_not_its_others(
        nlp_pipeline, text: str, triggers: set[str] | None, expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, triggers=triggers) == expected


# where a verbal act is done; its "at" may name whom it is aimed at
AIMED_AT = [
    ("Beijing took aim at Washington over the tariffs.", None),
    ("Erdogan lashed out at Athens over the islands.", None),
    ("The United States took aim at China over tariffs in Washington.", "Washington"),
    ("Macron took aim at Moscow at a summit in Brussels.", "Brussels"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "place"), AIMED_AT)
def test_whom_a_rebuke_takes_aim_at_is_not_where_it_was_made(
        nlp_pipeline, text: str, place: str | None) -> None:
    event = next(e for e in analyse(nlp_pipeline, text).events if e.type == "ACCUSE")
    assert (event.place.name if event.place else None) == place


def test_a_peacekeeping_mission_extended_keeps_the_peace_longer(nlp_pipeline):
    text = "The United Nations extended its peacekeeping mission in South Sudan for a year."
    (found,) = sides(nlp_pipeline, text, triggers={"extended"})
    assert found.startswith("AID UN>") and "SSD" in found


@pytest.mark.parametrize(("text", "wanted"), [
    ("The U.N. Security Council extended the mandate of its mission in South Sudan.",
     ["AID UN>"]),
    # a mission of no council or international body is no peacekeeping
    ("NASA extended its mission to Mars by two years.", []),
])
def test_a_council_extending_a_missions_mandate_keeps_the_peace_longer(nlp_pipeline, text,
                                                                        wanted):
    assert sides(nlp_pipeline, text, triggers={"extended"}) == wanted


def test_an_embassy_that_shelters_people_aids_them_for_its_state(nlp_pipeline):
    (found,) = sides(nlp_pipeline, "The British embassy sheltered 30 dissidents.",
                     triggers={"sheltered"})
    assert found.startswith("AID GBR>")
