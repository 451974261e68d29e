"""The event coder on real sentences, end to end with the model (`events.rules.v1`).

Each case is a sentence and the events it must code, written "TYPE SOURCES>TARGETS"
with country codes (sorted, comma-separated; a side may be empty). Sentences are in the
style of the seeds, VOA stories and wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from event_fixtures import summary as _summary

from belli.records import Analysis, Article, Event

pytestmark = pytest.mark.model


def _analyse(pipeline, text: str, published: str = "2021-10-07") -> Analysis:
    return pipeline.process(Article.from_text(text, published=published))


def _events(pipeline, text: str) -> list[Event]:
    return list(_analyse(pipeline, text).events)


def _only(pipeline, text: str, expected: list[str]) -> list[Event]:
    events = _events(pipeline, text)
    assert sorted(_summary(e) for e in events) == sorted(expected), [e.reason for e in events]
    return events


# --- roles: subjects, objects, passives, possessors, prepositions ---------------------------

ROLES = [
    ("Azerbaijani forces shelled Stepanakert overnight.", ["ASSAULT AZE>AZE"]),
    ("Five soldiers were killed by Armenian forces near Lachin.", ["ASSAULT ARM>AZE"]),
    ("Iran held large military exercises near its border with Azerbaijan.", ["MOBILIZE IRN>AZE"]),
    ("Moscow sent two warships to Baku.", ["MOBILIZE RUS>AZE"]),
    ("The European Union imposed sanctions on Belarus.", ["SANCTION EU>BLR"]),
    # the act an accusation names is coded too, on the accuser's word (allegation.py)
    ("Armenia accused Azerbaijan of violating the ceasefire.",
     ["ACCUSE ARM>AZE", "ASSAULT AZE>ARM"]),
    ("Turkey's president visited Baku on Tuesday.", ["CONSULT TUR>AZE"]),
    ("Pakistan expelled two Indian diplomats.", ["SANCTION PAK>IND"]),
    ("Armenia condemned Azerbaijan's shelling of Stepanakert.",
     ["ACCUSE ARM>AZE", "ASSAULT AZE>AZE"]),
    ("Russia's invasion of Ukraine began in February.", ["ASSAULT RUS>UKR"]),
    ("Yemen rejected a U.S. request to interrogate the detainees.", ["REJECT YEM>USA"]),
    ("Israeli police arrested three Palestinian activists.", ["COERCE ISR>PSE"]),
    # leaving an agreement is a SANCTION; troops leaving after one are a RETREAT
    ("The United States pulled out of the nuclear deal with Iran.", ["SANCTION USA>IRN"]),
    ("Russia withdrew its troops after the agreement with Georgia.", ["RETREAT RUS>"]),
    # a demand's clause: its subject is whom the demand is aimed at
    ("Baku renewed its demand that Armenian troops leave Karabakh.", ["REQUEST AZE>ARM"]),
    ("Yerevan alleged that Azerbaijani soldiers shelled a village.", ["ACCUSE ARM>AZE"]),
    # a number or quantifier stands for its "of" object
    ("Two of the Russian peacekeepers were killed.", ["ASSAULT >RUS"]),
    ("Moscow said several of its soldiers were wounded in the blast.", ["ASSAULT >RUS"]),
    # coming under fire: the subject is hit, "from" names who fired
    ("An Armenian army post came under fire from Azerbaijani forces.", ["ASSAULT AZE>ARM"]),
    # a withdrawal from a country targets that country; aid from a place does not
    ("Israel withdrew its troops from Lebanon in May.", ["RETREAT ISR>LBN"]),
    # the phrase on the means belongs to the verb: "by telephone WITH"
    ("Putin spoke by telephone with Pashinyan on Monday.", ["CONSULT RUS>ARM"]),
    # only a means of talking lends its "with": "hit by a drone from Iran in Syria" does
    # not make Syria the target
    ("The convoy was hit by a drone from Iran in Syria.", []),
    # a dateline is where the story was filed: it never acts
    ("KYIV (Reuters) - Russian forces shelled Kharkiv on Monday.", ["ASSAULT RUS>UKR"]),
    (("THE HAGUE, Feb 22 (Meridian Wire) - The International Court of Justice on Wednesday "
      "ordered Azerbaijan to reopen the road."), ["REQUEST ICJ>AZE"]),
    # a particle the parse made an adverb still decides the reading ("stepped BACK")
    ("Washington stepped back from the brink.", ["CONCEDE USA>"]),
    # sealing a border restricts movement
    ("Azerbaijani troops sealed the border crossing near Lachin.", ["COERCE AZE>AZE"]),
    # peacekeepers who deploy are aid to the side that hosts them
    ("Russian peacekeepers deployed to Karabakh in November.", ["AID RUS>AZE"]),
    # what is seized or stopped points at its owner
    ("Iran seized a Greek tanker in the Gulf.", ["COERCE IRN>GRC"]),
    # martial law that names no one falls on the state's own people
    ("Armenia declared martial law on Sunday.", ["COERCE ARM>ARM"]),
    # a trade war is tariffs, coded where they are imposed; a war of words is rhetoric
    ("The White House escalated its trade war with Canada on Tuesday.", []),
    ("Russia and Ukraine traded accusations in a war of words.", ["ACCUSE RUS,UKR>"]),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles_come_from_the_parse(nlp_pipeline, text, expected):
    _only(nlp_pipeline, text, expected)


def test_coordinated_actors_make_one_reciprocal_event(nlp_pipeline):
    (event,) = _only(nlp_pipeline, "Azerbaijan, Turkey and Pakistan held joint drills in Baku.",
                     ["COOPERATE AZE,PAK,TUR>"])
    assert event.reciprocal
    assert event.place is not None and event.place.country == "AZE"


def test_the_speaker_never_acts_on_itself_through_a_pronoun_that_is_hit(nlp_pipeline):
    # "it" is the convoy: the officials who report the attack did not make it
    events = _events(nlp_pipeline, "Indian police said the bus was leaving "
                                   "Jammu when it came under attack.")
    assert not any(a.country == "PAK" for e in events for a in e.source), [e.reason for e in events]


def test_a_state_that_orders_its_own_forces_does_the_act(nlp_pipeline):
    # no request between two actors: the dispersal is the event, by the police
    _only(nlp_pipeline, "Pashinyan ordered the police to disperse the protesters.",
          ["COERCE ARM>ARM"])
    # ordering another state is a request
    _only(nlp_pipeline, "The UN Security Council ordered Iraq to destroy its chemical weapons.",
          ["REQUEST UN>IRQ"])


def test_a_promise_aimed_at_a_place_targets_its_country(nlp_pipeline):
    _only(nlp_pipeline, "Germany promised to send aid to the camps in Chad.", ["AGREE DEU>TCD"])


def test_a_place_never_acts(nlp_pipeline):
    (event,) = _events(nlp_pipeline, "Armenian and Azerbaijani diplomats met in Moscow.")
    assert "RUS" not in {a.country for a in (*event.source, *event.target)}
    assert event.place is not None and event.place.country == "RUS"


def test_supplies_used_by_an_actor_code_aid_from_the_supplier(nlp_pipeline):
    events = _events(nlp_pipeline, "Azerbaijan used drones supplied by Turkey against Armenian positions.")
    assert "AID TUR>AZE" in [_summary(e) for e in events]


def test_a_request_names_who_must_act(nlp_pipeline):
    (event,) = _only(nlp_pipeline, "Russia pressured Armenia to withdraw its troops from the border.",
                     ["REQUEST RUS>ARM"])
    assert event.mode == "yield" and event.intent == "RETREAT"


def test_a_demand_that_another_state_act_targets_that_state(nlp_pipeline):
    _only(nlp_pipeline, "China demanded that the United States cancel the arms sale to Taiwan.",
          ["REQUEST CHN>USA"])


def test_persuading_someone_codes_the_persuasion_and_the_act(nlp_pipeline):
    events = _events(nlp_pipeline, "France persuaded Armenia to accept the EU monitoring mission.")
    assert "REQUEST FRA>ARM" in [_summary(e) for e in events]


# --- PLOVER conventions: promises, threats, refusals ----------------------------------------

def test_a_promise_to_supply_is_an_agree_with_its_intent(nlp_pipeline):
    (event,) = _only(nlp_pipeline, "Moscow promised to supply heavy weapons to Yerevan.",
                     ["AGREE RUS>ARM"])
    assert event.intent == "AID" and "future" in event.aux


def test_an_announced_coercion_is_a_threat(nlp_pipeline):
    (event,) = _only(nlp_pipeline, "Israel will impose a curfew on the West Bank.",
                     ["THREATEN ISR>PSE"])
    assert "future" in event.aux and event.intent == "COERCE"


def test_a_refusal_is_a_reject(nlp_pipeline):
    (event,) = _only(nlp_pipeline, "Serbia refused to extradite the suspects to Croatia.",
                     ["REJECT SRB>HRV"])
    assert event.mode == "assist"


def test_a_conditional_threat_targets_whoever_must_meet_the_condition(nlp_pipeline):
    (event,) = _only(nlp_pipeline,
                     "Turkey will withdraw its troops from Syria unless Damascus stops the attacks.",
                     ["THREATEN TUR>SYR"])
    assert event.intent == "RETREAT" and "hypothetical" in event.aux


# --- targets further from the trigger --------------------------------------------------------

TARGETS = [
    # a bloc before "partners" or "allies" is the group they belong to
    ("Greece demanded that its European Union partners reject the plan.", ["REQUEST GRC>EU"]),
    # a threat's condition may hang on the act threatened
    ("Iran threatened to close the strait unless Washington lifted the sanctions.",
     ["THREATEN IRN>USA"]),
    # a go-between's talks are aimed at the parties they are between
    ("Egypt hosted talks between Israel and Hamas in Cairo.", ["CONSULT EGY>ISR,PSE"]),
    # an announced curfew falls where the curfew would
    ("Kenya will extend the curfew in Mombasa.", ["THREATEN KEN>KEN"]),
    # others of the source's country are targets; only its own forces ("its troops") are not
    ("Museveni threatened to ban Ugandan opposition parties.", ["THREATEN UGA>UGA"]),
    # a border's other side
    ("Pakistan closed its border with Afghanistan.", ["COERCE PAK>AFG"]),
    # the prepositions of what an event noun is about ("a suspension of ties WITH")
    ("Moscow announced a suspension of trade ties with Georgia.", ["SANCTION RUS>GEO"]),
    # a demand's clause the parse hung on the verb still names whom it is aimed at; the
    # concession it asks for yields to whoever demands it
    (("The United Nations repeated its demand today that Qatar ease restrictions on "
      "the press."), ["REQUEST UN>QAT", "CONCEDE QAT>UN"]),
    # a thing reacted to points at its owner: "a proposal FROM", "abuses committed BY"
    ("Iran refused to respond to a proposal from the European Union.", ["REJECT IRN>EU"]),
    ("Kyiv launched an inquiry into abuses committed by Russian soldiers.", ["ACCUSE UKR>RUS"]),
    # a promised act with no trigger of its own is aimed at where it goes
    ("France is ready to contribute troops to a force in Mali.", ["AGREE FRA>MLI"]),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_targets_are_found_beyond_the_verbs_object(nlp_pipeline, text, expected):
    _only(nlp_pipeline, text, expected)


def test_delegations_between_two_states_are_the_parties_not_a_go_between(nlp_pipeline):
    events = _events(nlp_pipeline, "There were regular visits by military delegations "
                                   "between Turkey and Pakistan.")
    assert all("TUR" not in {a.country for a in e.target} for e in events), \
        [e.reason for e in events]


# --- modality ------------------------------------------------------------------------------

MODALITY = [
    ("Azerbaijani troops reportedly shelled the village of Sotk.", "reported", ()),
    ("Armenian forces allegedly fired on the border post.", "reported", ()),
    ("Russian forces may have shelled the town of Izium.", "speculative", ()),
    ("Observers believe that Iran supplied drones to Russia.", "speculative", ()),
    ("Turkey did not send troops to Libya.", "asserted", ("negated",)),
    ("Azerbaijan never attacked Armenian territory.", "asserted", ("negated",)),
    ("Turkey and Azerbaijan will hold joint exercises next month.", "asserted", ("future",)),
    ("Iran could attack Azerbaijan if the drills continue.", "asserted", ("hypothetical",)),
]


@pytest.mark.parametrize(("text", "certainty", "aux"), MODALITY)
def test_modality_is_read_from_the_cues(nlp_pipeline, text, certainty, aux):
    events = _events(nlp_pipeline, text)
    assert events, "no event"
    event = events[0]
    assert event.certainty == certainty, event.reason
    assert set(aux) <= set(event.aux), event.reason


def test_background_history_is_marked_historical(nlp_pipeline):
    analysis = _analyse(nlp_pipeline, "In 2019, Pakistan delivered ten aircraft to Azerbaijan.",
                        published="2021-10-07")
    (event,) = analysis.events
    assert "historical" in event.aux and event.date == "2019"


# --- claims and attribution ----------------------------------------------------------------

def test_events_in_reported_speech_carry_the_speaker(nlp_pipeline):
    analysis = _analyse(nlp_pipeline, "A Turkish official said Armenian forces shelled Azerbaijani villages.")
    (event,) = analysis.events
    assert event.certainty == "reported"
    assert event.attributed_to is not None and event.attributed_to.country == "TUR"
    (claim,) = analysis.claims
    assert claim.event_ids == (event.event_id,) and event.claim_id == claim.claim_id
    assert analysis.article.text[claim.start:claim.end] == claim.text


def test_according_to_attributes_the_clause(nlp_pipeline):
    analysis = _analyse(nlp_pipeline,
                        "According to the defence ministry, Armenian units fired on Azerbaijani positions.")
    (event,) = analysis.events
    assert event.certainty == "reported"
    assert event.attributed_to is not None and "defence ministry" in (event.attributed_to.text or "")


def test_a_denial_answers_the_accusation_before_it(nlp_pipeline):
    events = _events(nlp_pipeline, "Armenia accused Azerbaijan of blocking the road. Baku denies any blockade.")
    assert "REJECT AZE>ARM" in [_summary(e) for e in events]


# --- quantities ----------------------------------------------------------------------------

def test_numbers_are_tied_to_their_event(nlp_pipeline):
    (event,) = _events(nlp_pipeline, "Gunmen attacked a hotel in Mogadishu, killing at least 12 people.")
    (quantity,) = event.quantities
    assert (quantity.value, quantity.unit, quantity.qualifier) == (12, "killed", "at least")


def test_soldiers_counted_by_any_name_are_counted_as_killed(nlp_pipeline):
    (event,) = _events(nlp_pipeline, "Azerbaijani shelling killed 71 servicemen near the border.")
    assert [(q.value, q.unit) for q in event.quantities] == [(71, "killed")]


def test_money_is_normalized(nlp_pipeline):
    (event,) = _events(nlp_pipeline, "The United States gave Ukraine $3.5 million in humanitarian aid.")
    assert [(q.value, q.unit) for q in event.quantities] == [(3_500_000, "USD")]


# --- one real event, one record ------------------------------------------------------------

def test_one_event_told_twice_in_a_sentence_is_one_record(nlp_pipeline):
    _only(nlp_pipeline, "Russian forces shelled Kharkiv, killing at least 12 civilians.",
          ["ASSAULT RUS>UKR"])


def test_two_events_of_one_sentence_with_one_verb_are_both_kept(nlp_pipeline):
    _only(nlp_pipeline, "Russia attacked Kharkiv on Monday, and Ukraine attacked Belgorod on Tuesday.",
          ["ASSAULT RUS>UKR", "ASSAULT UKR>RUS"])


def test_the_condition_of_a_promise_is_no_threat_of_its_subject(nlp_pipeline):
    events = _events(nlp_pipeline, "If Iran attacks Azerbaijan, Turkey will respond.")
    attack = next(e for e in events if e.trigger == "attacks")
    assert attack.type == "ASSAULT" and "hypothetical" in attack.aux


def test_a_meeting_place_is_no_target(nlp_pipeline):
    (event,) = _events(nlp_pipeline, "Armenia and Azerbaijan agreed to hold talks in Brussels.")
    assert event.type == "AGREE" and not event.target and event.reciprocal


@pytest.mark.parametrize(("text", "place"), [
    ("Turkish police arrested six suspects during a raid in Izmir.", "Izmir"),
    ("Azerbaijani troops shelled positions near a village in Syunik.", "Syunik"),
    ("Azerbaijani troops shelled positions near a convoy in the town of Kapan.", "Kapan"),
])
def test_a_place_reached_through_prepositions_is_where_the_act_happened(nlp_pipeline, text,
                                                                        place):
    (event,) = _events(nlp_pipeline, text)
    assert event.place is not None and event.place.name == place


@pytest.mark.parametrize("text", [
    "A Georgian lawyer living in Paris condemned Russia.",  # where the speaker lives
    "Armenia accused Azerbaijan of the shelling of a school near Kapan.",  # the other act's
    "Azerbaijan shelled Armenian villages after talks in Moscow.",  # an earlier act's
    "Azerbaijan agreed to the deployment of peacekeepers in Karabakh.",  # the act agreed to
    "The European Union imposed sanctions on companies in Crimea.",  # the target's
])
def test_a_place_of_an_actor_or_of_another_act_is_not_the_events(nlp_pipeline, text):
    (event,) = _events(nlp_pipeline, text)
    assert event.place is None, event.place


@pytest.mark.parametrize(("text", "country"), [
    (("Georgian officials said six people were killed in a strike by government forces. "
     "Georgia has asked for help."), "GEO"),
    # two countries named once each: neither is what the story is about
    (("The Georgian Monitoring Centre, a France-based group, said six people were killed "
     "in a strike by government forces."), None),
])
def test_unnamed_actors_take_the_country_the_story_is_about(nlp_pipeline, text, country):
    attack = next(e for e in _events(nlp_pipeline, text) if e.type == "ASSAULT")
    assert [a.country for a in attack.source + attack.target] == [country, country]


def test_a_quoted_statement_is_one_claim(nlp_pipeline):
    analysis = _analyse(nlp_pipeline,
                        'The Armenian foreign minister said "Azerbaijan will attack Armenia tomorrow."')
    assert len(analysis.claims) == 1


def test_an_attack_takes_its_mode_from_its_means(nlp_pipeline):
    (event,) = _events(nlp_pipeline, "Russian drones attacked Kyiv overnight.")
    assert event.mode == "drone"


def test_a_verb_without_any_actor_codes_nothing(nlp_pipeline):
    assert _events(nlp_pipeline, "The talks were held in a friendly atmosphere.") == []


def test_every_event_explains_itself(nlp_pipeline):
    for event in _events(nlp_pipeline, "Iran warned Azerbaijan against hosting Israeli forces."):
        assert event.stage == "events.rules.v1"
        assert "lexicon" in event.reason and event.trigger in event.sentence
        assert 0 < event.confidence <= 1


# --- deployments, tariffs, verdicts by equation, counterparts of a settlement ------------

def test_forces_deployed_without_an_agent_are_the_mobilizer(nlp_pipeline):
    _only(nlp_pipeline, "Hundreds of Malian troops were deployed to the northern border on Monday.",
          ["MOBILIZE MLI>"])


def test_a_state_deploying_its_own_forces_keeps_them_on_its_side(nlp_pipeline):
    (event,) = _events(nlp_pipeline, "Kenya deployed Kenyan police officers to the coast.")
    assert event.type == "MOBILIZE"
    assert {a.country for a in event.source} == {"KEN"}
    assert not any(a.sector == "COP" for a in event.target)


def test_hitting_a_country_with_tariffs_is_a_sanction_not_an_assault(nlp_pipeline):
    _only(nlp_pipeline, "Washington hit Brazil with a 40% levy on steel last month.",
          ["SANCTION USA>BRA"])


def test_adding_a_levy_imposes_it(nlp_pipeline):
    (event,) = _events(nlp_pipeline, "Beijing is adding a 15% levy on Australian wine.")
    assert (event.type, event.trigger) == ("SANCTION", "levy")


def test_adding_a_remark_is_no_event(nlp_pipeline):
    assert not _events(nlp_pipeline, "The Japanese minister added that talks would go on.")


def test_saying_an_act_amounts_to_a_crime_condemns_it(nlp_pipeline):
    events = _events(nlp_pipeline, "Serbian police evicted hundreds of Kosovars. Kosovo's "
                                   "president said the evictions amounted to ethnic cleansing.")
    assert any(e.type == "ACCUSE" and {a.country for a in e.source} == {"XKX"} for e in events), \
        [e.reason for e in events]


def test_a_relative_pronoun_object_stands_for_its_noun(nlp_pipeline):
    events = _events(nlp_pipeline, "Trump praised Japan, which he had hit with tariffs in May.")
    assert any(e.type == "SANCTION" and {a.country for a in e.target} == {"JPN"} for e in events), \
        [e.reason for e in events]


def _first_target(pipeline, text: str, event_type: str) -> set[str | None]:
    """The target countries of the text's first event of the type (its reason on failure)."""
    event = next(e for e in _events(pipeline, text) if e.type == event_type)
    return {a.country for a in event.target} or {event.reason}


def test_an_agreement_with_no_partner_named_is_with_the_adversary(nlp_pipeline):
    assert _first_target(nlp_pipeline, "Ethiopian troops attacked Eritrea on Monday. On "
                                       "Friday, Eritrea agreed to disarm.", "AGREE") == {"ETH"}


# --- denials, naming clauses, unnamed groups away from the story's country ------------------

def test_a_denial_of_the_charge_answers_the_nearest_accuser(nlp_pipeline):
    assert _first_target(nlp_pipeline, "Greece's premier condemned the arrests of journalists. "
                                       "Turkey rejects the charge.", "REJECT") == {"GRC"}


def test_an_accusation_naming_no_one_is_aimed_at_whoever_denies_it(nlp_pipeline):
    assert _first_target(nlp_pipeline, "Kenyan officials describe the closure as a blockade. "
                                       "Uganda denies any blockade.", "ACCUSE") == {"UGA"}


def test_a_refusal_that_answers_no_claim_takes_no_accuser(nlp_pipeline):
    events = _events(nlp_pipeline, "Kenyan officials describe the closure as a blockade. "
                                   "Uganda has not allowed repairs to the road.")
    refusals = [e for e in events if e.type == "REJECT"]
    assert all("answers" not in e.reason for e in refusals), [e.reason for e in refusals]


@pytest.mark.parametrize("text", [
    # an accusation of someone else is no charge the denier answers
    "Russia accused Ukraine of shelling Donetsk. Turkey denied the charge.",
    # an offer or a proposal turned down is no claim answered
    "Greece's premier condemned the arrests of journalists. Turkey rejected the offer.",
])
def test_a_denial_answers_no_accusation_of_another_nor_an_offer(nlp_pipeline, text):
    refusals = [e for e in _events(nlp_pipeline, text) if e.type == "REJECT"]
    assert all(not e.target for e in refusals), [e.reason for e in refusals]


def test_what_a_speaker_calls_an_act_is_the_object_condemned(nlp_pipeline):
    events = _events(nlp_pipeline, "The senator condemned what she called deadly attacks "
                                   "by Rwanda.")
    assert [e.type for e in events] == ["ACCUSE"], [e.reason for e in events]


def test_what_a_speaker_calls_a_proposal_is_no_request_of_the_speaker(nlp_pipeline):
    # the parser may hang the name as a second object of "called"
    events = _events(nlp_pipeline, "Turkey rejected what Greece called a proposal for talks.")
    assert "REQUEST" not in [e.type for e in events], [e.reason for e in events]


def test_unnamed_rebels_take_the_story_country_only_where_the_paragraph_names_it(nlp_pipeline):
    text = ("Thailand's army chief met Thai ministers in Bangkok on Monday. Thai police "
            "arrested two Thai officials. Thailand's cabinet approved the budget.\n"
            "Far to the north, guerrillas attacked a stronghold of the junta.")
    for after in ("", "\n\nThailand's prime minister spoke on Tuesday."):  # not the next one
        attack = next(e for e in _events(nlp_pipeline, text + after) if e.type == "ASSAULT")
        assert "THA" not in {a.country for a in attack.source}, attack.reason


# --- partners of a commitment left unnamed: the seller, the maker, "the two sides" ------

def test_agreeing_to_buy_from_a_seller_is_an_agreement_with_the_seller(nlp_pipeline):
    _only(nlp_pipeline, "Poland agreed to buy drones from Turkey.", ["AGREE POL>TUR"])


def test_agreeing_to_buy_things_made_abroad_is_an_agreement_with_their_maker(nlp_pipeline):
    _only(nlp_pipeline, "Kenya agreed to purchase howitzers made in France.", ["AGREE KEN>FRA"])


def test_a_nationality_on_the_thing_bought_names_no_seller(nlp_pipeline):
    # "Azerbaijani drones" may be drones Azerbaijan flies, not drones it sells
    _only(nlp_pipeline, "Kenya agreed to buy Azerbaijani drones.", ["AGREE KEN>"])


def test_acquiring_foreign_designed_arms_is_aid_from_their_maker(nlp_pipeline):
    _only(nlp_pipeline, "The Egyptian navy is acquiring Italian-designed frigates.", ["AID ITA>EGY"])


def test_the_two_sides_a_third_state_offers_to_help_are_the_adversaries(nlp_pipeline):
    events = _events(nlp_pipeline, "Georgian troops shelled Russian positions on Sunday. Russian "
                                   "jets bombed Georgian towns on Monday. Turkey, which borders "
                                   "both countries, said it was ready to help the two sides "
                                   "start talks.")
    offer = next(e for e in events if e.type == "AGREE")
    assert {a.country for a in offer.target} == {"GEO", "RUS"}, offer.reason


def test_allowing_someone_to_act_is_aimed_at_them(nlp_pipeline):
    events = _events(nlp_pipeline, "Serbia has said it will allow a European Union team to visit "
                                   "the mine.")
    allow = next(e for e in events if e.trigger == "allow")
    assert {a.country for a in allow.target} == {"EU"}, allow.reason


@pytest.mark.parametrize(("text", "event_type"), [
    ("Kenyan teachers went on strike over pay on Monday.", "PROTEST"),
    ("Kenyan nurses have been on strike since March.", "PROTEST"),
    ("Israel launched a strike on a Hamas camp in Gaza.", "ASSAULT"),
])
def test_a_strike_of_workers_is_a_protest_and_one_launched_an_assault(nlp_pipeline, text,
                                                                      event_type):
    strikes = [e for e in _events(nlp_pipeline, text) if e.trigger.lower() == "strike"]
    assert [e.type for e in strikes] == [event_type], [e.reason for e in strikes]
