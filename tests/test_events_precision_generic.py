"""Acts an analyst does not code because the text does not tell them as done:

- a "when" clause with no subject of its own on a clause in the present simple says what
  happens each time ("the rebels escape across the river when attacked"), not an attack
  that happened; on a past or future clause it tells an occasion;
- an act down a chain of to-clauses under a noun of means, right or attempt ("the only
  way to force Serbia to withdraw") is only a means, whichever to-clause it stands in;
- an act another is relied on to do, or that something is needed for, is hoped for
  ("Ankara relies on Washington to veto the bill", "needs funds to provide aid");
- an attack or a seizure a military drill rehearses ("staged drills, firing missiles into
  the sea", "practised seizing an airfield", "repelled a mock attack") is simulated; the
  drill itself is coded, and an attack on troops during a drill is real, as is an act
  told beside the drill ("held drills and seized a boat", "as drones struck the port");
- a conflict's running toll ("hundreds have been killed since 2009", "thousands were
  killed in the fighting") names no attack; one attack with its dead is coded, and so is
  a toll whose attacks name their doer ("killed in attacks by the militia");
- fighting FOR a cause ("fighting for their freedom") names the cause, not a battle;
  fighting for ground, or fighting an enemy, is one;
- deaths a thing causes by exploding or crashing ("a fuel tanker exploded, killing
  twenty") are an accident; a bomb, or a car or a van that explodes, is an attack.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2024-05-02")).events)


def _triggers(pipeline, text: str) -> set[str]:
    return {e.trigger for e in _events(pipeline, text)}


@pytest.mark.parametrize("text", [
    ("The militia has about 300 fighters who hold several villages near the border and "
     "usually slip into Chad when attacked by Sudanese troops."),
    ("Officials in Niger say the smugglers often hide in the hills where herders "
     "traditionally try to shelter when raided by armed bandits."),
])
def test_a_when_clause_of_a_habit_is_no_attack(nlp_pipeline, text):
    assert not {"attacked", "raided"} & _triggers(nlp_pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Malian soldiers fired back when attacked by the militants near Gao on Sunday.",
     "attacked"),
    ("Ethiopian troops pulled back to their base when attacked by Eritrean forces on Monday.",
     "attacked"),
])
def test_a_when_clause_of_a_past_act_is_an_attack(nlp_pipeline, text, trigger):
    attack = next(e for e in _events(nlp_pipeline, text) if e.trigger == trigger)
    assert attack.type == "ASSAULT"


@pytest.mark.parametrize(("text", "act"), [
    (("Kenya concluded that the only way to force Somalia to comply with the accord is to "
      "close the border."), "comply"),
    ("The cheapest way to persuade Sudan to accept the ceasefire is to cut its oil revenue.",
     "accept"),
    ("The cheapest way to persuade Sudan to accept the ceasefire is to cut its oil revenue.",
     "persuade"),
])
def test_an_act_down_a_chain_of_to_clauses_under_a_means_is_no_event(nlp_pipeline, text, act):
    assert act not in _triggers(nlp_pipeline, text)


def test_a_to_clause_under_a_verb_is_coded(nlp_pipeline):
    events = _events(nlp_pipeline, "Turkey urged Sweden to extradite the suspects.")
    assert [("REQUEST", "urged")] == [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(("text", "act"), [
    ("Ankara is relying on the U.S. president to veto the sanctions bill.", "veto"),
    ("Kyiv is counting on Washington to send more air defence systems.", "send"),
    ("The agency needs a billion dollars this year to provide food to children in Sudan.",
     "provide"),
])
def test_an_act_hoped_for_is_no_event(nlp_pipeline, text, act):
    assert act not in _triggers(nlp_pipeline, text)


def test_an_act_done_after_waiting_is_coded(nlp_pipeline):
    text = "Turkey waited for the talks to end before it sent troops to Libya."
    assert [("MOBILIZE", "sent")] == [(e.type, e.trigger) for e in _events(nlp_pipeline, text)]


@pytest.mark.parametrize(("text", "act"), [
    ("Chinese warships staged drills around Taiwan, firing missiles into the sea.", "firing"),
    ("Russian paratroopers practised seizing an airfield during the exercises in Belarus.",
     "seizing"),
    ("During the drills, Iranian troops repelled a mock attack by enemy commandos.", "attack"),
    (("Azerbaijani and Turkish naval units held joint exercises in the Caspian Sea, "
      "destroying a vessel seized by an imaginary terrorist group."), "seized"),
    ("Chinese warships staged drills off the coast, launching missiles and bombing a target ship.",
     "bombing"),
    ("The drills included the destruction of enemy radars and the seizure of an island.",
     "seizure"),
])
def test_an_attack_a_drill_rehearses_is_no_event(nlp_pipeline, text, act):
    assert act not in _triggers(nlp_pipeline, text)


def test_the_drill_itself_is_coded(nlp_pipeline):
    text = "Chinese warships staged drills around Taiwan, firing missiles into the sea."
    assert [("MOBILIZE", "drills")] == [(e.type, e.trigger) for e in _events(nlp_pipeline, text)]


@pytest.mark.parametrize("text", [
    "Rebels attacked Malian soldiers during a training exercise near Gao.",
    "Chinese warships fired missiles at a Taiwanese patrol boat near Kinmen on Monday.",
])
def test_a_real_attack_near_a_drill_is_coded(nlp_pipeline, text):
    assert "ASSAULT" in {e.type for e in _events(nlp_pipeline, text)}


@pytest.mark.parametrize(("text", "act"), [
    (("North Korean troops held artillery drills near the border and shelled a South "
      "Korean island."), ("ASSAULT", "shelled")),
    ("The Chinese navy staged drills in the strait and seized a Philippine supply boat.",
     ("COERCE", "seized")),
    (("The exercises ended on Thursday, the ministry said, and Turkish jets bombed Kurdish "
      "positions in Iraq."), ("ASSAULT", "bombed")),
    ("Russian warships held exercises in the Black Sea as Ukrainian drones struck a port in Crimea.",
     ("ASSAULT", "struck")),
])
def test_an_act_told_beside_a_drill_is_coded(nlp_pipeline, text, act):
    assert act in {(e.type, e.trigger) for e in _events(nlp_pipeline, text)}


def _attacks(pipeline, text: str) -> bool:
    return "ASSAULT" in {e.type for e in _events(pipeline, text)}


TOLLS = [
    # must not: a running toll names no attack
    ("Since 2015, hundreds of people have been killed in bombings on markets and mosques.",
     False),
    ("Thousands of soldiers and civilians were killed in the war, which began in April.", False),
    ("The war, which has killed thousands of people, entered its third year on Sunday.", False),
    # fires: a toll whose attacks name their doer
    ("Hundreds of people have been killed since March in attacks by Boko Haram.", True),
    ("Dozens of villagers have been killed this year in the militia's raids.", True),
    ("Hundreds of civilians have been killed since 2019 in French-led air strikes in the Sahel.",
     True),
    ("Thousands of people have been killed in Russian strikes since the war began.", True),
]


@pytest.mark.parametrize(("text", "coded"), TOLLS)
def test_a_tolls_killing_is_coded_only_where_its_attacks_name_their_doer(nlp_pipeline, text,
                                                                          coded):
    assert ("killed" in _triggers(nlp_pipeline, text)) is coded


ATTACKS = [
    # fires: one attack with its dead
    ("Dozens of people were killed by a car bomb in Mogadishu on Monday.", True),
    ("Five Malian soldiers have been killed in an ambush near Gao.", True),
    ("Rebels have killed hundreds of villagers in Ituri since January.", True),
    ("Hundreds of Armenian soldiers were killed in the war, the ministry said.", True),
    ("The separatists said dozens of their fighters had been killed in the fighting.", True),
    # must not: a toll whose attacks name no doer
    ("Thousands have been killed in suicide attacks since the insurgency began.", False),
    ("Hundreds of people have been killed since January in attacks on villages and markets.",
     False),
    # must not: fighting for a cause names no battle
    ("Ukrainians who are fighting for their freedom deserve our support, the senator said.",
     False),
    ("Kurdish rebels have fought for independence for decades.", False),
    # fires: fighting for ground, or fighting an enemy, is a battle
    ("Government troops fought for control of the town on Sunday.", True),
    ("Rebels fought Malian troops near Gao for two days.", True),
    # must not: deaths a thing causes by exploding or crashing are an accident
    ("A fuel tanker exploded on the highway near Lagos, killing 20 people and injuring dozens.",
     False),
    ("A passenger plane crashed near Tehran on Wednesday, killing all 176 people aboard.", False),
    ("A gas pipeline exploded in the south of the country, killing 12 workers.", False),
    ("A boiler exploded at a textile factory near Dhaka, killing nine workers.", False),
    ("An oil tanker blew up on a highway in Kenya, killing 13 people.", False),
    # fires: a bomb, or a car or a van that explodes, is an attack
    ("A car bomb exploded near a checkpoint in Mogadishu, killing five soldiers.", True),
    (("A truck rigged with explosives exploded outside a police station in Kabul, "
      "killing 12 people."), True),
    ("A car exploded outside a police station in Kirkuk, killing seven officers.", True),
    ("A motorcycle exploded outside a market in Kabul, killing four people.", True),
    ("A van exploded near an army checkpoint in Mogadishu, killing six soldiers.", True),
]


@pytest.mark.parametrize(("text", "attack"), ATTACKS)
def test_an_attack_is_coded_only_where_the_text_tells_one_done(nlp_pipeline, text, attack):
    assert _attacks(nlp_pipeline, text) is attack
