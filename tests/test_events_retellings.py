"""One real event, one record across a story (`belli.events.retellings`): a later
telling of the same act ("the arrest of X" after "police arrested X", "the talks" after
"held talks") adds no second event; acts of one kind that differ in who suffered them,
when they happened, or that the text calls another stay apart. Sentences are our own."""

from __future__ import annotations

import pytest

from belli.events.retellings import retold, stem
from belli.records import Actor, Article, Event


def _events(pipeline, text: str, type_: str) -> list[Event]:
    found = pipeline.process(Article.from_text(text, published="2025-05-10")).events
    return [e for e in found if e.type == type_]


@pytest.mark.model
@pytest.mark.parametrize(("text", "type_"), [
    (("Police arrested the opposition leader in Harare on Monday. Rights groups condemned "
      "the arrest of the opposition leader."), "COERCE"),
    (("Iran and the United States held talks in Oman on Saturday. The talks in Oman lasted "
      "four hours."), "CONSULT"),
])
def test_a_story_retelling_an_act_codes_it_once(nlp_pipeline, text, type_):
    events = _events(nlp_pipeline, text, type_)
    assert len(events) == 1
    assert "also told at" in events[0].reason


@pytest.mark.model
@pytest.mark.parametrize(("text", "type_"), [
    # different victims: soldiers, then civilians
    (("Militants killed five soldiers in an ambush on Monday. Two days later, militants "
      "killed three civilians in a market."), "ASSAULT"),
    # the text says it is one more
    (("Militants attacked an army post in the north on Monday. Another attack on a police "
      "station followed."), "ASSAULT"),
    # two dates of the events' own
    (("Iran and the United States held talks in Oman on Saturday. They held talks again "
      "in Rome on May 3."), "CONSULT"),
])
def test_two_acts_of_one_kind_stay_two(nlp_pipeline, text, type_):
    assert len(_events(nlp_pipeline, text, type_)) == 2


@pytest.mark.parametrize(("a", "b"), [
    ("arrest", "arrest"), ("invade", "invasion"), ("negotiate", "negotiation"),
    ("agree", "agreement"), ("deploy", "deployment"), ("talk", "talks"),
    ("released", "release"),
])
def test_derived_words_share_a_stem(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("attack", "attempt"), ("ban", "bank"), ("strike", "strife")])
def test_unrelated_words_do_not(a, b):
    assert stem(a) != stem(b)


def _actor(text: str, country: str | None, sector: str | None = "GOV") -> Actor:
    return Actor(text=text, name=text, country=country, sector=sector)


def _event(start: int, trigger: str, type_: str = "RETREAT", quad: int = 2, **fields) -> Event:
    values = {"doc_id": "d", "event_id": f"e{start}", "type": type_, "mode": None,
              "quad": quad, "score": 0.0, "sentence": f"sentence {start}", "start": start,
              "end": start + 10, "trigger": trigger, "reason": "r"}
    values.update(fields)
    return Event(**values)  # type: ignore[arg-type]


_DARA = _actor("Dara Keo", "KHM", "JRN")


def _no_token(event: Event) -> None:
    return None


def test_the_first_telling_keeps_its_evidence_and_takes_a_missing_side():
    first = _event(0, "released", target=(_DARA,))
    later = _event(40, "released", source=(_actor("the court", "KHM", "JUD"),), target=(_DARA,),
                   date="2025-05-02", date_type="clause")
    [kept] = retold([first, later], _no_token)
    assert kept.start == 0 and kept.source == later.source and kept.date == "2025-05-02"
    assert "also told at 40-50 ('released')" in kept.reason


@pytest.mark.parametrize("later", [
    # a plan is not the deed
    _event(40, "released", target=(_DARA,), aux=("future",)),
    # an own date that differs
    _event(40, "released", target=(_DARA,), date="2023-01", date_type="clause"),
    # another country on the same side
    _event(40, "released", target=(_DARA, _actor("Lao", "LAO")), source=()),
])
def test_a_telling_that_differs_stays_its_own_event(later):
    first = _event(0, "released", target=(_DARA,), date="2025-05-05", date_type="clause")
    assert len(retold([first, later], _no_token)) == 2


def test_without_a_shared_participant_or_a_noun_pointing_back_two_tellings_stay_two():
    first = _event(0, "released", target=(_DARA,))
    later = _event(40, "released", target=(_actor("a reporter", "KHM", "JRN"),))
    assert len(retold([first, later], _no_token)) == 2


def test_a_speech_act_said_twice_may_say_two_things():
    first = _event(0, "demanded", type_="REQUEST", quad=3, source=(_DARA,))
    later = _event(40, "demanded", type_="REQUEST", quad=3, source=(_DARA,))
    assert len(retold([first, later], _no_token)) == 2


def test_an_act_told_twice_with_the_same_participant_is_one():
    first = _event(0, "released", target=(_DARA,))
    later = _event(40, "release", target=(_DARA,))
    assert len(retold([first, later], _no_token)) == 1


_POLICE = _actor("Police", "KHM", "COP")


@pytest.mark.parametrize("targets", [
    # the same police, two people arrested
    ((_DARA,), (Actor(text="Sok Vanna", name="Sok Vanna", country="KHM", sector="JRN",
                      person="Sok Vanna"),)),
    # the same doer, two things hit
    ((_actor("a convoy", "KHM", "MIL"),), (_actor("a clinic", "KHM", "MED"),)),
    # a doer named twice and nothing named undergoing: nothing says it is one act
    ((), ()),
])
def test_one_doer_acting_on_two_undergoers_did_two_acts(targets):
    first = _event(0, "arrested", type_="COERCE", source=(_POLICE,), target=targets[0])
    later = _event(40, "arrested", type_="COERCE", source=(_POLICE,), target=targets[1])
    assert len(retold([first, later], _no_token)) == 2


def test_a_meeting_of_the_same_parties_told_twice_is_one():
    sides = {"source": (_actor("Laos", "LAO"),), "target": (_actor("Thailand", "THA"),)}
    first = _event(0, "talks", type_="CONSULT", quad=1, **sides)
    later = _event(40, "talks", type_="CONSULT", quad=1, **sides)
    assert len(retold([first, later], _no_token)) == 1
    other = _event(40, "talks", type_="CONSULT", quad=1, source=sides["source"],
                   target=(_actor("Vietnam", "VNM"),))
    assert len(retold([first, other], _no_token)) == 2


@pytest.mark.model
@pytest.mark.parametrize(("text", "type_"), [
    (("Rebels killed three farmers near the river, a spokesman said. In a separate incident, "
      "rebels killed a shepherd."), "ASSAULT"),
    (("Border guards detained Omar Haddad at the crossing. Border guards detained his "
      "nephew."), "COERCE"),
])
def test_a_separate_incident_or_another_undergoer_stays_apart(nlp_pipeline, text, type_):
    assert len(_events(nlp_pipeline, text, type_)) == 2



@pytest.mark.model
def test_a_group_claiming_an_attack_by_unnamed_gunmen_names_their_group(nlp_pipeline):
    text = ("Gunmen attacked a hotel in Mogadishu on Sunday. Al-Shabab claimed responsibility "
            "for the attack in a statement.")
    attacks = _events(nlp_pipeline, text, "ASSAULT")
    assert [[(a.country, a.sector) for a in e.source] for e in attacks] == [[("SOM", "REB")]]


@pytest.mark.model
def test_police_told_again_are_no_gunmen_named(nlp_pipeline):
    text = ("Police arrested two men in Nairobi on Monday. Kenyan police later arrested a "
            "third man in Mombasa.")
    assert len(_events(nlp_pipeline, text, "COERCE")) == 2
