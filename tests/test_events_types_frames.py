"""Which PLOVER type a trigger codes when its frame decides: a modal, a negation, what it
is done with or to, and who foresees it (`events.rules.v1`). Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, summary
from event_fixtures import trigger_types as _trigger_types
from event_fixtures import types_coded as _types

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[str]:
    return [summary(e) for e in analyse(pipeline, text).events]


# (sentence, the type it must code, a type it must not code)
TYPES = [
    # refusing to let others act, said of what is to come, warns them
    ("Israel will not allow Iran to build a nuclear bomb.", "THREATEN", "REJECT"),
    ("Greece would not tolerate violations of its airspace.", "THREATEN", None),
    # a past refusal is a refusal
    ("Serbia did not allow the inspectors to enter the site.", "REJECT", "THREATEN"),
    # a decree binds no other party, whatever the date after "on"
    ("Citing unrest, Chad's interim leader signed a decree on Monday extending the curfew.",
     None, "AGREE"),
    ("Serbia and Kosovo signed a trade agreement on Thursday.", "AGREE", None),
    # troops sent to an ally help it; troops sent to a border are a show of force
    ("Nigeria may send another battalion to its allies in Benin.", "AID", "MOBILIZE"),
    ("Russia sent more troops to the border.", "MOBILIZE", "AID"),
    # an armed force's use of weapons in a place is its attack
    ("Russian forces have used cluster munitions in Kharkiv.", "ASSAULT", None),
    # a border opened to people takes them in; courting a leader seeks closer ties
    ("Jordan opened its border to Syrian refugees.", "AID", "RETREAT"),
    ("The Russian president is courting the Turkish president.", "AGREE", "SUPPORT"),
    # homes pulled down by an occupying army are property seized; a bridge blown is an attack
    ("Myanmar army bulldozers demolished dozens of Rohingya houses near Maungdaw.", "COERCE", "ASSAULT"),
    ("Russian troops demolished a bridge near Kherson.", "ASSAULT", "COERCE"),
    # a newspaper ordered shut is censored; a website defaced is a cyber attack
    ("Zimbabwe's information ministry ordered an opposition newspaper to suspend publication for a month.",
     "COERCE", "REQUEST"),
    ("Iranian hackers defaced hundreds of Israeli websites.", "COERCE", None),
    # duties raised are a tariff; a soldier on duty imposes nothing
    ("Brussels raised duties on Chinese steel to 40% on Friday.", "SANCTION", None),
    ("A Nepali soldier on duty in Lebanon was wounded by Israeli fire.", "ASSAULT", "SANCTION"),
    # export curbs cut trade as sanctions do; tariffs removed are a concession
    ("Tokyo imposed export curbs on Seoul in July.", "SANCTION", None),
    ("Beijing removed its tariffs on Australian barley.", "CONCEDE", "SANCTION"),
    # a levy lowered, paused or suspended is eased too; aid paused is cut, fighting paused stops
    ("Canberra lowered its tariffs on Indonesian palm oil.", "CONCEDE", "SANCTION"),
    ("The White House paused the new duties on Vietnam for 90 days.", "CONCEDE", "SANCTION"),
    ("Ottawa suspended its sanctions on Belarusian potash.", "CONCEDE", "SANCTION"),
    ("Washington paused military aid to Kyiv in March.", "SANCTION", "CONCEDE"),
    # restrictions on imports cut trade, whoever's imports they are
    ("Kenya imposed restrictions on imports of Ugandan sugar.", "SANCTION", "COERCE"),
    # a package, a bill or an accession blocked is vetoed, not a restriction imposed
    ("Hungary blocked the EU's latest aid package for Ukraine.", "REJECT", "COERCE"),
    ("Police blocked Georgian protesters from reaching parliament.", "COERCE", "REJECT"),
    ("Sudan's army blocked humanitarian aid to Darfur.", "COERCE", "REJECT"),
    # a quota on one's own output coerces no one; a mine worked for gold is attacked
    ("Riyadh extended its oil output curbs until June.", None, "COERCE"),
    ("Jihadists struck a gold mine near Djibo.", "ASSAULT", None),
    # cutting contact to come is a threat to relations; boycotting a meeting refuses it
    ("Bolivia will boycott all contact with the Chilean government, its foreign minister said.",
     "THREATEN", "REJECT"),
    ("Armenia boycotted the talks in Moscow.", "REJECT", "SANCTION"),
    # calling for war on a foe announces it; calling for an end to one asks for peace
    ("Kenya's president called for all-out war on the cattle raiders.", "THREATEN", "REQUEST"),
    ("France called for an end to the war in Ukraine.", "REQUEST", "THREATEN"),
    # a retaliation told by its means is that act; warships on a friendly visit pay it
    ("Ottawa retaliated by imposing tariffs on American steel.", "SANCTION", "THREATEN"),
    ("Moscow sent two warships to Baku on a friendly visit.", "CONSULT", "MOBILIZE"),
    # a weapons test is a show of capacity, as "test-fired" is; jets scrambled are put up
    ("Islamabad conducted a successful test of its Babur cruise missile.", "MOBILIZE", None),
    ("Seoul said Pyongyang carried out a nuclear test on Sunday.", "MOBILIZE", None),
    ("Manila scrambled fighter jets after Chinese bombers neared its coast.", "MOBILIZE", None),
    ("The vote is a test of the president's support.", None, "MOBILIZE"),
    ("The election commission conducted a test of the electronic voting system.", None,
     "MOBILIZE"),
    # a member's part in a body frozen is cut, as its aid or ties frozen are
    ("Yerevan froze its participation in the CSTO.", "SANCTION", None),
    # an attack ordered is the orderer's, as one carried out is
    ("Sudan's army ordered the shelling of the displaced persons' camp.", "ASSAULT", None),
    ("Moscow ordered airstrikes on rebel-held towns in Idlib.", "ASSAULT", None),
    # what was cut, resumed: joint work done again, aid given again, an attack again
    ("Washington resumed intelligence sharing with Kyiv on Tuesday.", "COOPERATE", None),
    ("The Netherlands resumed military aid to Jordan.", "AID", None),
    ("Israel resumed airstrikes on Rafah.", "ASSAULT", None),
    # people barred from a place or an act are restricted; imports barred cut trade
    ("Kabul's rulers barred girls from secondary schools.", "COERCE", None),
    ("Poland barred imports of Ukrainian wheat.", "SANCTION", "COERCE"),
    # a state's own parliament suspended, or a government dissolved by a junta, is
    # restricted; a premier dissolving parliament for an election does nothing of the kind
    ("Tunisia's president suspended parliament on Sunday.", "COERCE", "SANCTION"),
    ("Guinea's junta dissolved the government.", "COERCE", None),
    ("Niger's rulers dissolved the government.", "COERCE", None),
    ("Britain's prime minister dissolved parliament ahead of the election.", None, "COERCE"),
    # weapons moved somewhere are deployed there; offices moved are no show of force
    ("Moscow reportedly moved tactical nuclear weapons to Belarus.", "MOBILIZE", None),
    ("Russia moved heavy guns to the border.", "MOBILIZE", None),
    ("The ministry moved its offices to Lviv.", None, "MOBILIZE"),
    ("The logistics firm moved its equipment to Poland.", None, "MOBILIZE"),
    # an exchange of fire resumed is fire again, no cooperation
    ("Indian and Pakistani troops resumed the exchange of fire along the border.", "ASSAULT",
     "COOPERATE"),
    # a commitment to another's security backs it
    ("At the summit, Berlin expressed a firm commitment to Estonia's security.", "SUPPORT", "AGREE"),
    # two verbs coordinated before one object both act on it
    ("Delhi upset Dhaka by first imposing and then postponing a 20% tariff on Bangladesh.",
     "SANCTION", None),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), TYPES)
def test_frame_decides_the_type(nlp_pipeline, text: str, wanted: str | None,
                                unwanted: str | None) -> None:
    coded = _types(nlp_pipeline, text)
    if wanted is not None:
        assert wanted in coded, coded
    if unwanted is not None:
        assert unwanted not in coded, coded


def test_the_one_warned_is_whoever_is_not_to_act(nlp_pipeline) -> None:
    assert "THREATEN ISR>IRN" in _events(nlp_pipeline, "Israel will not allow Iran to build a nuclear bomb.")


def test_no_longer_negates_the_act(nlp_pipeline) -> None:
    text = "Baku will no longer tolerate Iranian trucks crossing the border."
    assert _trigger_types(nlp_pipeline, text).get("tolerate") == "THREATEN"


def test_questioning_a_choice_criticizes_it(nlp_pipeline) -> None:
    text = "Chile's foreign minister questioned why Bolivia had decided to shut the border this week."
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == "questioned")
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_police_questioning_suspects_investigate(nlp_pipeline) -> None:
    found = _trigger_types(nlp_pipeline, "Kenyan police questioned the suspects on Monday.")
    assert found.get("questioned") == "ACCUSE"
    text = "Kenyan police questioned the suspects on Monday."
    events = [e for e in analyse(nlp_pipeline, text).events if e.trigger == "questioned"]
    assert all(e.mode == "investigate" for e in events), events


def test_farmers_using_tools_attack_no_one(nlp_pipeline) -> None:
    assert "ASSAULT" not in _types(nlp_pipeline, "Farmers used tractors in the fields of Kharkiv.")


def test_a_meeting_someone_believes_will_come_is_no_promise(nlp_pipeline) -> None:
    text = "The minister said he believes the leaders of India and China will meet next year."
    assert _types(nlp_pipeline, text) == {"CONSULT"}


def test_a_visit_announced_is_still_a_promise(nlp_pipeline) -> None:
    assert "AGREE" in _types(nlp_pipeline, "The German foreign minister will visit Albania in June.")


def test_closing_a_newspaper_censors_it(nlp_pipeline) -> None:
    text = "The Egyptian government closed two opposition newspapers on Sunday."
    modes = {(e.type, e.mode) for e in analyse(nlp_pipeline, text).events}
    assert ("COERCE", "censor") in modes, modes


@pytest.mark.parametrize(("text", "censor"), [
    ("Mali's junta suspended the French broadcaster's transmissions on Monday.", "MLI"),
    # the act ordered is the orderer's ("ordered the closure", "ordered the expulsion")
    ("The Nicaraguan government ordered the suspension of the opposition newspaper La Prensa.",
     "NIC"),
])
def test_a_broadcaster_or_a_paper_suspended_is_censored_by_whoever_did_it(
        nlp_pipeline, text: str, censor: str) -> None:
    found = {(e.type, e.mode, e.source[0].country) for e in analyse(nlp_pipeline, text).events
             if e.source}
    assert ("COERCE", "censor", censor) in found, found


def test_a_named_news_outlet_does_not_say_where_the_people_it_reports_on_are(
        nlp_pipeline) -> None:
    # the actor layer keeps outlets out of a sentence's states; so does the event coder
    events = analyse(nlp_pipeline, "The junta suspended Radio France Internationale.").events
    assert [(e.type, [a.country for a in e.source]) for e in events] == [("COERCE", [None])]


def test_a_corridor_opened_for_people_gives_access(nlp_pipeline) -> None:
    text = "Azerbaijan opened a corridor for residents who wished to leave."
    assert _trigger_types(nlp_pipeline, text).get("opened") == "RETREAT"
